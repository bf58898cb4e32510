package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// Two companies' moves joined by a coordinator are two moves, each its own company's (movers.go,
// companyMove in feeds.go).
func TestCoordinatedMovers(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers"
	}{
		{"Hershey rose 4% and Mondelez fell 1.5% in early trading.", []string{"price_move HSY", "price_move MDLZ"}},
		{"Oracle shares jumped 9% while Workday slipped 2%.", []string{"price_move ORCL", "price_move WDAY"}},
		{"Lowe's gained 3%; Home Depot dropped 2%.", []string{"price_move LOW", "price_move HD"}},
		// controls: one company's two moves, and a second company that does not move
		{"Hershey rose 4% and then fell 1% by the close.", []string{"price_move HSY"}},
		{"Oracle shares jumped 9% and Workday was little changed.", []string{"price_move ORCL"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
