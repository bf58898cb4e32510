package timex

import "testing"

// A bare season before a maker's, a network's or a designer's set for it is that season of
// the telling's year; without a determiner, or in a name, it names a kind and is no time.
func TestTechSeasonLineup(t *testing.T) {
	run47(t, []case47{
		{"possessive lineup", date(2004, 6, 16), "Sony's fall lineup of televisions reaches stores in August.",
			[]tagged{{"fall", "2004-FA"}, {"August", "2004-08"}}},
		{"its schedule", date(2004, 6, 16), "The network unveiled its fall schedule on Tuesday.",
			[]tagged{{"fall", "2004-FA"}, {"Tuesday", "2004-06-15"}}},
		{"their collections", date(2004, 2, 9), "Designers will show their spring collections next week.",
			[]tagged{{"spring", "2004-SP"}, {"next week", "2004-W08"}}},
		// near misses: no determiner, a sale's kind
		{"no determiner", date(2004, 6, 16), "Fall lineup changes were small, and stores held a summer sale.", nil},
	})
}
