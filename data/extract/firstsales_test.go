package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// Orders a company starts taking for its own goods are a launch (firstsales.go).
func TestFirstSales(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers"
	}{
		{"Rivian started taking orders for its R2 sport utility vehicle.", []string{"product RIVN"}},
		{"Meta began accepting preorders for its new headset.", []string{"product META"}},
		{"Peloton said it would start selling refurbished bikes next month.", []string{"product PTON"}},
		// controls: a holding or a market, no goods; a sale started, told before; orders received
		{"Berkshire Hathaway began selling its stake in HP.", []string{"acquisition BRK.A;HPQ"}},
		{"Etsy started selling in Japan last year.", nil},
		{"Dell began shipping its new AI servers on Monday.", []string{"product DELL"}},
		{"Boeing took orders for 50 jets from United Airlines.", []string{"contract BA;UAL"}},
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
