package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A stake a company holds, told in a relative clause that opens on a preposition ("in which",
// "of which") with its own subject, describes the holding; it is no purchase (news34.go
// heldStake).
func TestStakeInRelativeClause(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Exxon Mobil said the joint venture, in which Chevron has a 30% stake, met its output goal for the year.", nil},
		{"", "But Exxon Mobil said the refinery, in which Norway's Equinor has a 20 pct stake, had run at full capacity through the first quarter.", nil},
		{"", "Ford said the battery plant, of which its Korean partner owns a half share and a 49% stake, will open next year.", nil},
		// controls: a stake bought, and one taken in the relative clause's own news
		{"", "Chevron bought a 30% stake in the joint venture from Exxon Mobil.", []string{"acquisition CVX;XOM"}},
	}, typeTickers)
}
