package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news84Extractor knows the companies of the news84 tests, all invented: a brewer, a freight
// line and a chip maker.
func news84Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Brewing", Company: co("Harlow Brewing Co", "HRLW")},
		{Alias: "Pendry Freight", Company: co("Pendry Freight Inc", "PNDF")},
		{Alias: "Osric Semiconductor", Company: co("Osric Semiconductor Corp", "OSRC")},
	})}
}

// TestNews84TakeOverSearch checks that an officer who takes over while a search for a lasting
// one runs is a succession, while a company taken over during a review stays a takeover.
func TestNews84TakeOverSearch(t *testing.T) {
	x := news84Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Harlow Brewing said its finance chief would take over while the board looks for a permanent chief executive.", []string{"executive"}},
		{"Pendry Freight said its president will take over as the board searches for a successor.", []string{"executive"}},
		{"Osric Semiconductor said its chief operating officer takes over during the search.", []string{"executive"}},
		{"Harlow Brewing said its vice chairman would take over while the company seeks a new leader.", []string{"executive"}},
		// Near misses: a company taken over while the deal is reviewed.
		{"Pendry Freight said it will take over Osric Semiconductor while regulators review the deal.", []string{"acquisition"}},
		{"Harlow Brewing said it would take over Pendry Freight during the search for new routes.", []string{"acquisition"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
