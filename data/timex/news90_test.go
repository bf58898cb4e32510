package timex

import "testing"

// A weekday after an aside that holds a day is the telling's, not the first such day after the
// aside's (news90): "The split, announced on Aug. 11, took effect on Friday". A day of the main
// clause still governs a weekday after it.
func TestNews90AsideDayApart(t *testing.T) {
	run47(t, []case47{
		{"split announced in an aside", date(2024, 8, 28), "The stock split, announced on Aug. 11, took effect after the close on Friday.",
			[]tagged{{"Aug. 11", "2024-08-11"}, {"Friday", "2024-08-23"}}},
		{"offer launched in a relative clause", date(2024, 8, 28), "The tender offer, which was launched on Aug. 2, expired on Tuesday.",
			[]tagged{{"Aug. 2", "2024-08-02"}, {"Tuesday", "2024-08-27"}}},
		// Control: the day of the main clause governs.
		{"split took effect", date(2024, 8, 28), "The stock split took effect on Aug. 9 and trading resumed on Tuesday.",
			[]tagged{{"Aug. 9", "2024-08-09"}, {"Tuesday", "2024-08-13"}}},
	})
}
