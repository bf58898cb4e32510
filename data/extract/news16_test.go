package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews16Rules checks modern16's classes in whole articles about real companies, linked by
// the embedded directory alone: a price level a rally reached behind a decision is its history,
// not a move; results told by their change after "posted"; the initials of a company the body
// named in full in the title; a rival taken on is no party.
func TestNews16Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A level reached in an after-clause behind a split is the split's history; a change with
		// its percentage stays a move, and so does a level told alone.
		{"Walmart news", "Walmart declared a three-for-one stock split on Friday, after its shares climbed above $150.", []string{"split:WMT"}},
		{"Walmart news", "Walmart declared a three-for-one stock split on Friday, after its shares climbed 12% above $150.",
			[]string{"split:WMT", "price_move:WMT"}},
		{"Walmart news", "Walmart shares climbed above $150 on Friday.", []string{"price_move:WMT"}},
		// Results told by their change after a verb of telling them, beside a payout.
		{"Costco news", "Costco raised its quarterly dividend on Thursday after it posted a 9% rise in quarterly revenue.",
			[]string{"dividend:COST", "earnings:COST"}},
		// Two-letter initials in the title after the body's full name.
		{"GE to cut 500 jobs at its lighting unit", "General Electric said on Monday it would cut 500 jobs at its lighting unit.",
			[]string{"restructuring:GE"}},
		// A rival taken on is no party to the partnership.
		{"Oracle news", "Salesforce teamed up with Nvidia on Tuesday as it takes on Microsoft in business software.",
			[]string{"partnership:CRM;NVDA"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
