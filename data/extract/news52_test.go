package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news52Extractor knows the companies of TestNews52's stories, all invented.
func news52Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Corvane Aero", Company: extract.Company{Name: "Corvane Aero Corp", Ticker: "CRVA"}},
		{Alias: "Corvane", Company: extract.Company{Name: "Corvane Aero Corp", Ticker: "CRVA"}},
		{Alias: "Halden Structures", Company: extract.Company{Name: "Halden Structures Inc", Ticker: "HLDS"}},
		{Alias: "Halden", Company: extract.Company{Name: "Halden Structures Inc", Ticker: "HLDS"}},
		{Alias: "Merrow Mills", Company: extract.Company{Name: "Merrow Mills Inc", Ticker: "MRRW"}},
	})}
}

// TestNews52 checks the classes modern48 found in local news about big employers, each beside a
// neighbour that must stay as it was: a named company as the object of "buy back", and money
// raised for a charity. Each row is "type status date tickers"; the stories are our own.
func TestNews52(t *testing.T) {
	x := news52Extractor()
	for _, tc := range []struct {
		name, title, published, body string
		want                         []string
	}{
		// companyBoughtBack: a company bought again is a deal, not the buyer's own stock.
		{
			name: "a maker buys back a named company it spun off", title: "Corvane statement", published: "2023-05-08",
			body: "Corvane Aero said it will buy back Halden Structures, the wing maker it spun off in 2009.",
			want: []string{"acquisition forecast 2023-05-08 CRVA;HLDS"},
		},
		{
			name: "a named company's own shares bought back stay a buyback", title: "Halden statement", published: "2023-05-08",
			body: "Halden Structures will buy back Halden shares worth $200 million over two years.",
			want: []string{"buyback forecast 2023-05-08 HLDS"},
		},
		{
			name: "an amount bought back stays a buyback", title: "Corvane statement", published: "2023-05-08",
			body: "Corvane Aero will buy back $500 million of its stock this year.",
			want: []string{"buyback forecast 2023 CRVA"},
		},
		// raisedForCharity: money collected for a cause is no financing.
		{
			name: "staff raise money for a food bank", title: "A run in Lowell", published: "2019-10-06",
			body: "Hundreds of Merrow Mills Inc. employees ran on Saturday, raising about $80,000 for the Merrimack Valley food bank.",
			want: nil,
		},
		{
			name: "a company raises money for hurricane relief", title: "Corvane statement", published: "2017-09-12",
			body: "Corvane Aero Corp. raised $2 million for hurricane relief from its workers and suppliers.",
			want: nil,
		},
		{
			name: "money raised for a plant stays an offering", title: "Merrow statement", published: "2019-10-07",
			body: "Merrow Mills Inc. raised $300 million in a share sale for its new mill in Georgia.",
			want: []string{"offering occurred 2019-10-07 MRRW"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, tc.published, tc.body)).Events {
				tickers := slices.Clone(e.Tickers)
				slices.Sort(tickers)
				s := strings.Join([]string{string(e.Type), string(e.Status), e.Value, strings.Join(tickers, ";")}, " ")
				if !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
