package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire30Extractor knows the companies of TestWire30's stories, all invented.
func wire30Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Hutton Roof Foods", Company: extract.Company{Name: "Hutton Roof Foods Inc", Ticker: "HRFD"}},
		{Alias: "Mallowdale Markets", Company: extract.Company{Name: "Mallowdale Markets Plc", Ticker: "MLWM"}},
		{Alias: "Kentmere Shipping", Company: extract.Company{Name: "Kentmere Shipping Co", Ticker: "KNMS"}},
		{Alias: "Sizergh Stores", Company: extract.Company{Name: "Sizergh Stores Inc", Ticker: "SZST"}},
	})}
}

// TestWire30 checks the classes newswire21 found first seen in market reports: a stock placed
// on the actives in a "with" clause before its quote, or as "the most heavily traded", is a
// move; a quote in pence or yen is a quote as one in points is; a site noun that is a word of a
// company's name ("Stores") is no site the market "closed". Each has a neighbour that must stay
// as it was. The stories are our own.
func TestWire30(t *testing.T) {
	runWireStories(t, wire30Extractor(), []wireStory{
		{
			name:  "the actives in a with clause, with the quote after",
			title: "U.S. STOCKS",
			body:  "Stocks ended higher in brisk trading, with Hutton Roof Foods Inc the most active issue on the Big Board, up 7/8 at 22-1/4.\nReuter",
			want:  []string{"price_move HRFD"},
		},
		{
			name:  "the actives in a with clause with no quote move nothing",
			title: "U.S. STOCKS",
			body:  "Stocks ended higher in brisk trading, with Hutton Roof Foods Inc the most active issue on the Big Board.\nReuter",
			want:  nil,
		},
		{
			name:  "the most heavily traded stock with its quote",
			title: "AMERICAN EXCHANGE",
			body:  "Prices were mixed, and Kentmere Shipping Co was the most heavily traded stock, off 1/4 at 9-3/8.\nReuter",
			want:  []string{"price_move KNMS"},
		},
		{
			name:  "a quote in pence in a London report's lead",
			title: "LONDON STOCKS",
			body:  "Prices ended easier in London, and Mallowdale Markets Plc lost 9p to 211p on worries about its margins.\nReuter",
			want:  []string{"price_move MLWM"},
		},
		{
			name:  "a quote in yen in a Tokyo report's lead",
			title: "TOKYO STOCKS",
			body:  "Tokyo shares closed mixed, while Kentmere Shipping Co rose 25 yen to 812 yen on hopes of higher freight rates.\nReuter",
			want:  []string{"price_move KNMS"},
		},
		{
			name:  "pence of a dividend are no quote",
			title: "MALLOWDALE MARKETS NEWS",
			body:  "Mallowdale Markets Plc raised its final dividend to 6p from 5p.\nReuter",
			want:  []string{"dividend MLWM"},
		},
		{
			name:  "the market's close before a stores company's name",
			title: "U.S. STOCKS",
			body:  "Stock prices closed lower in thin trading, and Sizergh Stores Inc fell 1-1/4 to 30-1/2.\nReuter",
			want:  []string{"price_move SZST"},
		},
		{
			name:  "a stores company closing its own stores stays a restructuring",
			title: "SIZERGH STORES NEWS",
			body:  "Sizergh Stores Inc said it closed 14 stores in Ohio and Indiana.\nReuter",
			want:  []string{"restructuring SZST"},
		},
		{
			name:  "another company's stores named as the sites closed stay a restructuring",
			title: "HUTTON ROOF FOODS NEWS",
			body:  "Hutton Roof Foods Inc said it closed about 60 Sizergh Stores outlets after buying the chain.\nReuter",
			want:  []string{"restructuring HRFD"},
		},
	})
}
