package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A headline closes a takeover by the target's name before "deal" without the determiner a
// body sentence has (ownworks.go closedDealNoName).
func TestHeadlineClosedDeals(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title string
		want  []string // "type status tickers"
	}{
		{"Synopsys closes Ansys deal", []string{"acquisition occurred SNPS;ANSS"}},
		{"Capital One completes Discover deal after regulators sign off", []string{"acquisition occurred COF;DFS"}},
		// controls: no name, and a close of trading
		{"Boeing closes deal", nil},
		{"Apple closes up 3% after deal", []string{"price_move occurred AAPL"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, "", func(e extract.Event) string {
			return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
