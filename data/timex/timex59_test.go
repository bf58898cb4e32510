package timex

import "testing"

// Misreads of news copy (timex59's), with sentences of our own.

// A modal's clause reaches through "as soon as", "as early as" or "as late as" and the noun
// phrase after it: the date in that phrase lies ahead.
func TestMisreadModalThroughAs(t *testing.T) {
	run47(t, []case47{
		{"as soon as", date(1990, 11, 20), "A strike could begin as soon as the contract's expiration on Jan. 15, the union said.",
			[]tagged{{"Jan. 15", "1991-01-15"}}},
		{"as early as", date(1990, 11, 20), "The sale may close as early as the holders' meeting in October, the bank said.",
			[]tagged{{"October", "1991-10"}}},
		{"as late as", date(1990, 11, 20), "The vote might slip as late as the union's meeting in January, officials said.",
			[]tagged{{"January", "1991-01"}}},
		// near miss: a clause after "as soon as" tells its own tense
		{"a clause's verb", date(1990, 11, 20), "Prices could fall as soon as traders returned to the pits on Monday, dealers said.",
			[]tagged{{"Monday", "1990-11-19"}}},
	})
}
