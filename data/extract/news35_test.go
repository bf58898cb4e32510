package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews35Readings checks every event a sentence tells, with its tickers (news35.go): bare
// shares bought in the open market are the buyer's own.
func TestNews35Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Bare shares bought in the open market are a buyback.
		{body: "Ford Motor said it may buy shares on the open market from time to time.",
			want: []string{"buyback F"}},
		{body: "Target said it would repurchase stock in open-market transactions through 2026.",
			want: []string{"buyback TGT"}},
		{body: "Kellogg plans to buy back its common shares on the open market or in private deals.",
			want: []string{"buyback K"}},
		// Another company's shares, named, are a stake.
		{body: "Berkshire Hathaway bought shares of Occidental Petroleum on the open market this week.",
			want: []string{"acquisition BRK.A;OXY"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
