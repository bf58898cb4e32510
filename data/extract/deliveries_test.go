package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A count of goods delivered, shipped, produced or sold in a reporting period is the company's
// results (deliveries.go); a holding sold, a month's count and goods with no period are not.
func TestOutputCounted(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type status tickers"
	}{
		{"General Motors delivered 693,363 vehicles in the United States in the second quarter.",
			[]string{"earnings occurred GM"}},
		{"Lennar delivered 17,834 homes during its fiscal first quarter.", []string{"earnings occurred LEN"}},
		{"Rivian produced 9,612 vehicles over the second quarter, short of its own target.", []string{"earnings occurred RIVN"}},
		{"Ford reported third-quarter deliveries of 504,039 vehicles in the U.S.", []string{"earnings occurred F"}},
		{"Harley-Davidson posted weaker shipments for the year.", []string{"earnings occurred HOG"}},
		// controls: a month's count, a rate with no period, a holding sold (a deal, not results)
		{"Boeing delivered 44 jets in April.", nil},
		{"Boeing built 38 planes a month at its Renton plant.", nil},
		{"Walgreens sold 40 stores in the quarter to a regional chain.", []string{"acquisition occurred WBA"}},
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
