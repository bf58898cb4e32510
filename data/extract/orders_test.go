package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A buyer ordering a count of goods is a contract for their maker (orders.go); "ordered" with
// no count is a court's or a company's instruction.
func TestGoodsOrdered(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers"
	}{
		{"Alaska Air ordered 105 Boeing 737 jets for delivery through 2030.", []string{"contract ALK;BA"}},
		{"CSX ordered 300 locomotives to replace its oldest fleet.", []string{"contract CSX"}},
		// a name with a labor word in it orders goods all the same (types.go laborContract)
		{"Union Pacific ordered 250 locomotives from Wabtec.", []string{"contract UNP;WAB"}},
		{"The union voted to accept a new labor contract with Boeing.", nil},
		// controls: an instruction, and people
		{"A judge ordered Meta to pay $300 million.", []string{"legal META"}},
		{"Amazon ordered 5,000 workers back to the office.", nil},
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
