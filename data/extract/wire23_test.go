package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire23Extractor links the invented companies of the wire23 stories.
func wire23Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Wrexford Savings", Company: extract.Company{Name: "Wrexford Savings Corp", Ticker: "WXF"}},
		{Alias: "Hindlow Tool", Company: extract.Company{Name: "Hindlow Tool Co", Ticker: "HDL"}},
		{Alias: "Pelsall Stores", Company: extract.Company{Name: "Pelsall Stores Inc", Ticker: "PLS"}},
		{Alias: "Crummock Data", Company: extract.Company{Name: "Crummock Data Corp", Ticker: "CDC"}},
	})}
}

// TestRightsOffering checks rights that let holders buy new shares of the company: a sale of its
// stock to its own holders, so an offering.
func TestRightsOffering(t *testing.T) {
	runWireStories(t, wire23Extractor(), []wireStory{
		{
			name:  "rights to buy new shares issued to holders",
			title: "WREXFORD SAVINGS NEWS",
			body:  "Wrexford Savings Corp said it will issue to its holders rights to buy 1.2 mln new shares at nine dlrs each.\nReuter",
			want:  []string{"offering WXF"},
		},
		{
			name:  "rights to subscribe for shares",
			title: "HINDLOW TOOL NEWS",
			body:  "Hindlow Tool Co said it will distribute rights to subscribe for about 800,000 common shares at 21 dlrs a share.\nReuter",
			want:  []string{"offering HDL"},
		},
		{
			name:  "a headline's rights offering",
			title: "PELSALL STORES PLANS RIGHTS OFFERING",
			body:  "Pelsall Stores Inc has run discount stores in the Midwest since 1951.\nReuter",
			want:  []string{"offering PLS"},
		},
		{
			name:  "rights to buy another company's stock are no offering",
			title: "PELSALL STORES NEWS",
			body:  "Pelsall Stores Inc said it agreed to acquire Crummock Data Corp for 40 mln dlrs.\nPelsall also holds rights to buy Crummock Data common from its founder.\nReuter",
			want:  []string{"acquisition CDC;PLS"},
		},
	})
}

// TestEarningsCutToCome checks an event the company says will reduce, cut or trim a coming
// period's results by a sum: its outlook.
func TestEarningsCutToCome(t *testing.T) {
	runWireStories(t, wire23Extractor(), []wireStory{
		{
			name:  "a fire that will cut quarter profit by a sum a share",
			title: "HINDLOW TOOL NEWS",
			body:  "Hindlow Tool Co said the fire at its Akron warehouse will cut its second quarter profit by about 10 cts a share.\nReuter",
			want:  []string{"guidance HDL"},
		},
		{
			name:  "a price war that will reduce a year's earnings",
			title: "PELSALL STORES NEWS",
			body:  "Pelsall Stores Inc said a price war in its Chicago stores will reduce its fiscal 1988 earnings by about four mln dlrs.\nReuter",
			want:  []string{"guidance PLS"},
		},
		{
			name:  "a cut already made is no outlook",
			title: "PELSALL STORES NEWS",
			body:  "Pelsall Stores Inc said the strike reduced its second quarter earnings by 10 cts a share.\nReuter",
			want:  nil,
		},
	})
}

// TestOverTheCounterMoves checks a market report's line on one stock, the company and its move
// in points to a price ("gained 1-1/4 to 16-3/4"): a price move.
func TestOverTheCounterMoves(t *testing.T) {
	runWireStories(t, wire23Extractor(), []wireStory{
		{
			name:  "a gain in points to a price",
			title: "OTC MARKET REPORT",
			body:  "Over-the-counter prices were higher in active trading.\nCrummock Data Corp. gained 1-1/4 to 16-3/4 after a broker recommended the stock.\n",
			want:  []string{"price_move CDC"},
		},
		{
			name:  "a drop in points to a price",
			title: "OTC MARKET REPORT",
			body:  "Over-the-counter prices were lower in light trading.\nPelsall Stores Inc. dropped 2-1/2 to 30.\n",
			want:  []string{"price_move PLS"},
		},
		{
			name:  "results up a sum to a sum are no move",
			title: "HINDLOW TOOL NEWS",
			body:  "Hindlow Tool Co said net income rose 1.2 mln dlrs to 4.5 mln dlrs in the quarter.\nReuter",
			want:  []string{"earnings HDL"},
		},
	})
}
