package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews29ApprovalBehindMove checks that a regulator's approval told as the cause of a price
// move is the move's reason, not product news of its own, while an approval told alone stays
// one. Sentences of our own about other companies.
func TestNews29ApprovalBehindMove(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		{"Herbalife Slides", "Shares of Herbalife fell 9% on Tuesday, a day after regulators approved Novo Nordisk's new weight-loss pill.",
			[]string{"price_move:HLF"}},
		{"Herbalife Slides", "Herbalife shares slid 7% after regulators cleared Novo Nordisk's weight-loss pill.",
			[]string{"price_move:HLF"}},
		{"Novo Wins a Nod", "Regulators approved Novo Nordisk's new weight-loss pill on Monday.",
			[]string{"product:NVO"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
