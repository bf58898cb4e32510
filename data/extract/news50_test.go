package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news50Extractor knows the companies of TestNews50's stories, all invented.
func news50Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Foods", Company: extract.Company{Name: "Harlow Foods Inc", Ticker: "HRLF"}},
		{Alias: "Harlow", Company: extract.Company{Name: "Harlow Foods Inc", Ticker: "HRLF"}},
		{Alias: "Brenton Gas", Company: extract.Company{Name: "Brenton Gas Co", Ticker: "BRNG"}},
		{Alias: "Brenton", Company: extract.Company{Name: "Brenton Gas Co", Ticker: "BRNG"}},
		{Alias: "Quillon Labs", Company: extract.Company{Name: "Quillon Labs Inc", Ticker: "QLLB"}},
		{Alias: "Quillon", Company: extract.Company{Name: "Quillon Labs Inc", Ticker: "QLLB"}},
		{Alias: "Mertz Bank", Company: extract.Company{Name: "Mertz Bank Corp", Ticker: "MRZB"}},
	})}
}

// TestNews50 checks the classes modern47's investor commentary found, each beside a neighbour
// that must stay as it was: a record of raised payouts, a valuation multiple, a kind of
// holding, profits taken, the columnist's or reader's buying and a guessed move. Each row is
// "type status date tickers"; the stories are our own.
func TestNews50(t *testing.T) {
	x := news50Extractor()
	for _, tc := range []struct {
		name, title, published, body string
		want                         []string
	}{
		// dividendRecord
		{
			name: "a payout raised for years is a record", title: "Why I Own Harlow Foods", published: "2021-06-10",
			body: "The grocer sells soup and crackers. It has raised its dividend for more than 25 years, and its sales have held up.",
			want: nil,
		},
		{
			name: "a record of raising", title: "Brenton Gas for Income", published: "2019-03-04",
			body: "Its pipes run from Ohio to Maine. Brenton yields about 5% and has a long record of raising its dividend, though growth has slowed.",
			want: nil,
		},
		{
			name: "years in a row", title: "Harlow Foods: A Steady Compounder", published: "2021-06-10",
			body: "Harlow Foods has raised its dividend for 41 years in a row, and it owns its stores.",
			want: nil,
		},
		{
			name: "a raise with an ordinal year stays the day's", title: "Harlow Foods lifts payout", published: "2021-06-10",
			body: "Harlow Foods raised its quarterly dividend 6% on Wednesday, the 41st consecutive year it has done so.",
			want: []string{"dividend occurred 2021-06-09 HRLF"},
		},
		// valuationMultiple
		{
			name: "a multiple of expected earnings", title: "Quillon Labs Looks Pricey", published: "2022-09-12",
			body: "Quillon Labs trades at about 40 times next year's expected earnings, double its peers' multiple.",
			want: nil,
		},
		{
			name: "the company's expected earnings stay guidance", title: "Quillon Labs outlook", published: "2022-09-12",
			body: "Quillon Labs said on Monday that it expected earnings of $2.10 a share for the year.",
			want: []string{"guidance occurred 2022-09-12 QLLB"},
		},
		// holdingKind
		{
			name: "dividend stocks", title: "Five Dividend Stocks to Hold for a Decade", published: "2020-01-15",
			body: "Income never goes out of style.",
			want: nil,
		},
		// profitsTaken
		{
			name: "taking profits", title: "Quillon Labs Has Doubled. I'm Taking Profits.", published: "2023-07-03",
			body: "The shares could keep climbing, but I would rather lock in the gain.",
			want: nil,
		},
		{
			name: "profits reported stay results", title: "Quillon Labs profits jump", published: "2023-07-03",
			body: "Quillon Labs said on Monday that its quarterly profits jumped 40%.",
			want: []string{"earnings occurred 2023-07-03 QLLB"},
		},
		// investorBuys
		{
			name: "the columnist would not buy", title: "Mertz Bank Upgraded Harlow Foods. I Still Wouldn't Buy It.", published: "2022-02-07",
			body: "Mertz Bank upgraded Harlow Foods to buy from hold on Monday.",
			want: []string{"analyst occurred 2022-02-07 HRLF"},
		},
		{
			name: "a company agreeing to buy stays a deal", title: "Brenton Gas to buy Harlow Foods", published: "2022-02-07",
			body: "Brenton Gas agreed on Monday to buy Harlow Foods for $2 billion.",
			want: []string{"acquisition occurred 2022-02-07 BRNG;HRLF"},
		},
		// guessedMove
		{
			name: "a guessed fall", title: "The Bear Case for Quillon Labs", published: "2024-04-22",
			body: "Quillon Labs has no product on the market. Its shares could easily fall by half if a trial fails.",
			want: nil,
		},
		// fromYearsPeak
		{
			name: "a fall from a year's peak", title: "Should You Buy Brenton Gas?", published: "2023-05-08",
			body: "Brenton Gas has had a hard few years. Its shares are down more than 60% from their 2021 peak, and its debt has grown.",
			want: nil,
		},
		{
			name: "a fall from a record high on the day stays a move", title: "Brenton Gas slides", published: "2023-05-08",
			body: "Brenton Gas shares fell 8% on Monday, retreating from a record high set last week.",
			want: []string{"price_move occurred 2023-05-08 BRNG"},
		},
		{
			name: "a fall on the day stays a move", title: "Quillon Labs shares slump", published: "2024-04-22",
			body: "Quillon Labs shares fell 30% on Monday after a trial failed.",
			want: []string{"price_move occurred 2024-04-22 QLLB"},
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
