package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A business sold by its name for a sum in millions or billions is a deal, listed or not
// (namedsales.go); a product sold at its price is not.
func TestNamedBusinessSales(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type status tickers"
	}{
		{"Newell Brands will sell Yankee Candle for $1.2 billion.", []string{"acquisition forecast NWL"}},
		{"Kraft Heinz sold Planters to a snack maker for $3.35 billion.", []string{"acquisition occurred KHC"}},
		{"Kimberly-Clark plans to sell Kleenex International for about $3.4 billion.", []string{"acquisition forecast KMB"}},
		// controls: a product at its price, a product line without a sum
		{"Tesla will sell Model Y for $44,990 in China.", nil},
		{"Ford sold F-150 Lightning trucks for $50 million in total.", nil},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
