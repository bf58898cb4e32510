package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// Results told by their change with the period after the figure's noun: "sales in the fourth
// quarter fell", "revenue for the three months that ended in June rose" (lead13.go
// resultsInPeriod). A month's, a region's or a retailer's weeks' sales stay no results.
func TestResultsInPeriod(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Kohl's said sales in the quarter that ended in February fell 3%.",
			[]string{"earnings occurred KSS 2024-06-12"}},
		{"Deere said revenue for the three months that ended in April rose 5%.",
			[]string{"earnings occurred DE 2024-06-12"}},
		{"Nike said revenue in its fiscal fourth quarter slipped 2%.",
			[]string{"earnings occurred NKE 2024-06-12"}},
		{"Oracle said sales in the period ended May 31 grew 3%.",
			[]string{"earnings occurred ORCL 2024-06-12"}},
		{"Oracle said sales in the period ended Nov. 30 grew 3%, the company said.",
			[]string{"earnings occurred ORCL 2024-06-12"}},
		// near-misses: a month's sales, a region's, a retailer's month of weeks
		{"Costco said sales in May rose 4%.", nil},
		{"Costco said sales in the five weeks ended in June rose 7%.", nil},
		{"Nike said sales in China fell 3%.", nil},
		{"Ford said sales in the first two months of the year rose 5%.", nil},
	})
}

// A company selling new shares, or shares to investors no one names, places its own stock: an
// offering. Shares sold to a named buyer, or a holder's own shares, stay a deal (lead13.go
// ownSharesSold).
func TestOwnSharesSold(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"ZIM Integrated Shipping said it agreed to sell 5 million new shares in a private placement.",
			[]string{"offering occurred ZIM 2024-06-12"}},
		{"Plug Power sold 40 million shares to institutional investors, raising $200 million.",
			[]string{"offering occurred PLUG 2024-06-12"}},
		{"Lucid Group is selling new common shares to a group of investors led by its largest holder.",
			[]string{"offering occurred LCID 2024-06-12"}},
		// near-misses: a named buyer; a holder's shares
		{"Paramount sold shares to Berkshire Hathaway.",
			[]string{"acquisition occurred PARA;BRK.A 2024-06-12"}},
		{"SoftBank sold its shares in T-Mobile to investors.",
			[]string{"acquisition occurred TMUS 2024-06-12"}},
	})
}

// A private company's field before its role may be an acronym: "in AI startup Anthropic", "in
// EV maker Rivian" buy a stake as "in artificial intelligence startup" does (investments.go).
func TestInvestsInAcronymFieldStartup(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Amazon has agreed to invest up to $4 billion in AI startup Anthropic.",
			[]string{"acquisition occurred AMZN 2024-06-12"}},
		{"Nvidia invested $500 million in AI chipmaker Groq.",
			[]string{"acquisition occurred NVDA 2024-06-12"}},
		// near-misses: money put into plants or a field, not a company
		{"Amazon will invest $10 billion in AI data centers in Ohio.", nil},
		{"Ford invested $2 billion in EV production at its Kentucky plant.", nil},
	})
}

// A forecast of two measures joined by "and" is still the forecast the verb moves: "raised its
// annual sales and profit forecasts" is a raise (guidancemoves.go movesForecast).
func TestForecastOfTwoMeasuresRaised(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart raised its annual sales and profit forecasts on Thursday.",
			[]string{"guidance occurred WMT 2024-06-06 raised"}},
		{"Deere lifted its revenue and earnings outlook for the year.",
			[]string{"guidance occurred DE 2024-06-12 raised"}},
		// near-miss: the raise is of something else, the outlook kept
		{"Kohl's raised prices and kept its forecast for the year.",
			[]string{"guidance occurred KSS 2024-06-12 reaffirmed"}},
	})
}

// The whole company sold by its stock or its assets is a deal: "the sale of all its outstanding
// shares", "the sale of substantially all of its assets" (triggers.go). Told as a lead: talks
// that "could lead to" a sale are a forecast, which a later body sentence does not tell.
func TestSaleOfAllShares(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		lead string
		want []string
	}{
		{"Peloton said it is holding discussions that could lead to the sale of all its outstanding shares.",
			[]string{"acquisition forecast PTON"}},
		{"Big Lots agreed to the sale of substantially all of its assets to a liquidator.",
			[]string{"acquisition occurred BIG"}},
		// near-miss: goods sold, not the company
		{"Apple halted the sale of all its watches with the blood-oxygen feature.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("Company update", "2024-06-12", tt.lead)).Events {
			if e.Type == events.Acquisition {
				got = append(got, string(e.Type)+" "+string(e.Status)+" "+strings.Join(e.Tickers, ";"))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: acquisitions %q, want %q", tt.lead, got, tt.want)
		}
	}
}

// A firm leaving the post it holds for a company, as auditor or underwriter, is no change in the
// company's management (lead13.go firmRoleLeft); an officer's exit still is.
func TestFirmRoleLeft(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Super Micro Computer shares plunged 33% after Ernst & Young resigned as the server maker's auditor.",
			[]string{"price_move occurred SMCI 2024-06-12"}},
		{"Nikola dismissed KPMG as its independent accountants on Monday.", nil},
		// near-misses: officers leave
		{"Boeing said its general counsel resigned as the company's top lawyer.",
			[]string{"executive occurred BA 2024-06-12"}},
		{"Nikola's chief financial officer resigned on Monday.",
			[]string{"executive occurred NKLA 2024-06-10"}},
	})
}

// Business won told in the plural is a contract as the singular is: "has won $5 billion in
// contracts", "landed contracts worth $300 million" (triggers.go).
func TestContractsWonPlural(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Lumen Technologies said it has won $5 billion in contracts from AI customers.",
			[]string{"contract occurred LUMN 2024-06-12"}},
		{"Palantir landed contracts worth $300 million from the Army.",
			[]string{"contract occurred PLTR 2024-06-12"}},
		// near-miss: contracts that expire are no business won
		{"Lumen said several of its contracts with carriers expire next year.", nil},
	})
}
