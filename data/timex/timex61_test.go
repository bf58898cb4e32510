package timex

import "testing"

// Families of 2010-2013 wire copy where local affairs touch business (heldout65's registers),
// with sentences of our own.

// "so soon" says how early, as "too soon" does: no time ahead. "soon" alone, or after "and so",
// stays FUTURE_REF.
func TestLocalDegreeSoon(t *testing.T) {
	run47(t, []case47{
		{"did not expect", date(2011, 3, 16), "Workers did not expect the layoffs to come so soon.",
			[]tagged{}},
		{"present", date(2011, 3, 16), "Nobody thinks the plant should close so soon after the union's concessions.",
			[]tagged{}},
		// near misses: a time ahead
		{"soon alone", date(2011, 3, 16), "The company will soon decide whether to close the plant.",
			[]tagged{{"soon", "FUTURE_REF"}}},
		{"and so", date(2011, 3, 16), "The talks failed, and so soon the plant will close.",
			[]tagged{{"soon", "FUTURE_REF"}}},
	})
}
