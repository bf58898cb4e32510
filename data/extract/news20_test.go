package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews20Rules checks modern20's classes in whole articles about real companies, linked by
// the embedded directory alone: a product that customers can buy, told by a verb of buying with
// no object, and a listing told through the parent that owned the unit.
func TestNews20Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// What customers can buy is a product on sale, no deal; a company that could buy another
		// names it after the verb and stays a deal.
		{"Wearables news", "Garmin unveiled a running watch that shoppers can buy online for $399.", []string{"product:GRMN"}},
		{"Devices news", "The FDA cleared a home sleep test from ResMed, the first that patients can buy without a prescription.",
			[]string{"product:RMD"}},
		{"Toys news", "Mattel launched a card game that families will be able to buy at toy stores.", []string{"product:MAT"}},
		{"Wearables news", "Analysts said Garmin could buy a fitness tracker maker for $500 million.", []string{"acquisition:GRMN"}},
		// In an all-caps headline "MAY" is a name: "COMPLETES MAY BUY" is a purchase of May.
		{"CHEVRON COMPLETES MAY BUY", "The deal closed on Tuesday.", []string{"acquisition:CVX"}},
		// A listing told through the parent's unit is the unit's, named before the parent or
		// right after the unit's noun; a unit named nowhere leaves the parent.
		{"Zoetis raises $2.2 billion as Pfizer animal health unit prices IPO", "Trading begins on Friday.", []string{"ipo:ZTS"}},
		{"Animal health news", "Pfizer's animal health business Zoetis priced its initial public offering on Thursday.",
			[]string{"ipo:ZTS"}},
		{"Honeywell quantum computing unit files for IPO", "The filing gave no price range.", []string{"ipo:HON"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
