package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news51Extractor knows the companies of TestNews51's stories, all invented.
func news51Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harwick Foods", Company: extract.Company{Name: "Harwick Foods Inc", Ticker: "HRWK"}},
		{Alias: "Harwick", Company: extract.Company{Name: "Harwick Foods Inc", Ticker: "HRWK"}},
		{Alias: "Tolland Devices", Company: extract.Company{Name: "Tolland Devices Corp", Ticker: "TLND"}},
		{Alias: "Tolland", Company: extract.Company{Name: "Tolland Devices Corp", Ticker: "TLND"}},
		{Alias: "Pell Energy", Company: extract.Company{Name: "Pell Energy Corp", Ticker: "PELE"}},
	})}
}

// TestNews51 checks the classes feed5 found in feed items about listed companies, each beside a
// neighbour that must stay as it was: a superlative's relative clause, shares bought by people,
// an employee stock purchase plan, the lawsuits a bankruptcy is filed to resolve, a second event
// joined by "alongside" or "along with", and "pop" as a move. Each row is "type status date
// tickers"; the stories are our own.
func TestNews51(t *testing.T) {
	x := news51Extractor()
	for _, tc := range []struct {
		name, title, published, body string
		want                         []string
	}{
		// superlativeRecord: a thing measured against what the company has done before.
		{
			name: "a review's fastest chip the maker has ever shipped", title: "Orra 5 review: a quicker phone for the same money", published: "2025-03-14",
			body: "The Orra 5 has a sharper display and the fastest chip Tolland Devices has ever shipped, though it costs $100 more.",
			want: nil,
		},
		{
			name: "the largest plant a company has opened", title: "A visit to Ohio", published: "2024-06-03",
			body: "The line in Dayton runs through the largest plant Harwick Foods has opened, a building of a million square feet.",
			want: nil,
		},
		{
			name: "a superlative subject's perfect verb stays news", title: "Pell statement", published: "2024-06-03",
			body: "The largest wind producer in Texas has agreed to sell its Panhandle farms to Pell Energy Corp. for $900 million.",
			want: []string{"acquisition occurred 2024-06-03 PELE"},
		},
		{
			name: "a shipment told plainly stays product news", title: "Tolland statement", published: "2025-03-14",
			body: "Tolland Devices Corp. has shipped the most advanced chip in its history to its first customers.",
			want: []string{"product occurred 2025-03-14 TLND"},
		},
		// peopleBuyShares and stockPurchasePlan: shares bought by staff or investors.
		{
			name: "a split so that employees in a plan can buy whole shares stays a split", title: "Harwick statement", published: "2024-02-20",
			body: "Harwick Foods Inc. said it will split its stock two-for-one so that employees in its savings plan can buy whole shares.",
			want: []string{"split forecast 2024-02-20 HRWK"},
		},
		{
			name: "a company able to buy the rest of another stays a deal", title: "Pell statement", published: "2024-02-20",
			body: "Pell Energy Corp. said it could buy the rest of Harwick Foods Inc. under an option agreed last year.",
			want: []string{"acquisition forecast 2024-02-20 HRWK;PELE"},
		},
		// suitsBehindBankruptcy: the claims a filing is made to resolve.
		{
			name: "a bankruptcy to resolve asbestos lawsuits", title: "Pell statement", published: "2023-05-08",
			body: "Pell Energy Corp. filed for Chapter 11 protection in Texas as it tries to resolve thousands of asbestos lawsuits.",
			want: []string{"bankruptcy occurred 2023-05-08 PELE"},
		},
		{
			name: "a payment to resolve lawsuits without a bankruptcy stays legal", title: "Pell statement", published: "2023-05-08",
			body: "Pell Energy Corp. agreed to pay $40 million to resolve shareholder lawsuits over its accounting.",
			want: []string{"legal occurred 2023-05-08 PELE"},
		},
		// news51Joins: a second event after "alongside" or "along with".
		{
			name: "a dividend raised alongside results", title: "Harwick statement", published: "2024-10-24",
			body: "Harwick Foods Inc. raised its quarterly dividend by 5% alongside third-quarter results that topped estimates.",
			want: []string{"dividend occurred 2024-10-24 HRWK", "earnings occurred 2024-10-24 HRWK"},
		},
		{
			name: "a buyback along with a higher forecast", title: "Tolland statement", published: "2024-10-24",
			body: "Tolland Devices Corp. announced a $2 billion buyback along with a higher full-year forecast.",
			want: []string{"buyback occurred 2024-10-24 TLND", "guidance occurred 2024-10-24 TLND"},
		},
		{
			name: "a deal made alongside investors stays one deal", title: "Pell statement", published: "2024-10-24",
			body: "Pell Energy Corp. agreed to buy Harwick Foods Inc. alongside a group of pension funds.",
			want: []string{"acquisition occurred 2024-10-24 HRWK;PELE"},
		},
		// titleDealTyped: a title's bare "deal" is the body's contract.
		{
			name: "a title's deal that the body tells as a supply contract", title: "Pell Energy, Harwick Foods sign deal to power its plants", published: "2025-02-10",
			body: "Pell Energy Corp. signed a 15-year power purchase agreement with Harwick Foods Inc. to supply wind power to its plants.",
			want: []string{"contract occurred 2025-02-10 HRWK;PELE"},
		},
		{
			name: "a title's deal the body tells as a partnership stays one", title: "Tolland, Harwick sign deal to build smart kitchens", published: "2025-02-10",
			body: "Tolland Devices Corp. and Harwick Foods Inc. formed a partnership to build connected kitchen appliances.",
			want: []string{"partnership occurred 2025-02-10 HRWK;TLND"},
		},
		{
			name: "a title that says partners keeps its word beside the body's contract", title: "Pell Energy, Harwick Foods team up on wind power", published: "2025-02-10",
			body: "Pell Energy Corp. signed a 15-year power purchase agreement with Harwick Foods Inc. to supply wind power to its plants.",
			want: []string{"partnership occurred 2025-02-10 HRWK;PELE", "contract occurred 2025-02-10 HRWK;PELE"},
		},
		// news51Moves: "pop" as a move.
		{
			name: "shares pop in a title", title: "Tolland Devices shares pop 14% on Tuesday", published: "2025-01-14",
			body: "The company gave no reason for the move.",
			want: []string{"price_move occurred 2025-01-14 TLND"},
		},
		{
			name: "the stock popped after an outlook", title: "Harwick statement", published: "2025-01-14",
			body: "Harwick Foods stock popped 9% in early trading after the company raised its outlook.",
			want: []string{"price_move occurred 2025-01-14 HRWK", "guidance occurred 2025-01-14 HRWK"},
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

// TestNews51Directory checks shares bought by staff or investors with the linker eval events
// uses (the listing directory), where the company's own name is linked and the purchase was read
// as its deal. The stories are our own.
func TestNews51Directory(t *testing.T) {
	x := &extract.Extractor{Companies: directoryOnly(t)}
	for _, tc := range []struct {
		name, title, published, body string
		want                         []string
	}{
		{
			name: "shares added to an employee stock purchase plan", title: "Target adds 2 million shares to employee stock purchase plan", published: "2024-04-25",
			body: "The company said the filing registers the shares for the plan.",
			want: nil,
		},
		{
			name: "retail investors able to buy fractional shares", title: "Schwab statement", published: "2024-04-25",
			body: "Charles Schwab Corp. said retail investors on its app can buy fractional shares of any S&P 500 company starting Monday.",
			want: nil,
		},
		{
			name: "a share purchase plan can be a buyback and is left alone", title: "Target statement", published: "2024-04-25",
			body: "Target Corp. said it would buy back $5 billion of its shares under a new share purchase plan.",
			want: []string{"buyback forecast 2024-04-25 TGT"},
		},
		{
			name: "a company that can buy a rival stays a deal", title: "Cisco statement", published: "2023-09-21",
			body: "Cisco Systems Inc. said it could buy Splunk Inc. for $157 a share in cash if regulators agree.",
			want: []string{"acquisition forecast 2023-09-21 CSCO;SPLK"},
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
