package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A company's own outlook affirmed is guidance; an agency's outlook on a grade is not
// (outlooks.go).
func TestAffirmedOutlooks(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers"
	}{
		{"Clorox affirmed its outlook for fiscal 2026 sales.", []string{"guidance CLX"}},
		{"Hormel Foods affirmed its full-year outlook on Thursday.", []string{"guidance HRL"}},
		// controls: a rating agency's outlook
		{"Moody's affirmed Pfizer's A2 rating and its stable outlook.", nil},
		{"S&P affirmed its negative outlook on Intel.", []string{"analyst INTC"}},
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
