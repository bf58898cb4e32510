package timex

import "testing"

// The fourth quarter told ahead in January or early February, in a sentence that names what
// a company books (a charge, a writedown, a loss), is the quarter just ended; a plan told
// ahead, the fourth quarter told ahead in June and the first quarter in January stay ahead.
func TestYearEndBookedAhead(t *testing.T) {
	run47(t, []case47{
		{"will take a charge", date(2027, 1, 14), "Harlow Mills said it will take a charge in the fourth quarter to cover the closing of two plants.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		{"would record a writedown", date(2027, 2, 9), "The insurer said it would record a writedown of its bond holdings in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		{"expects a loss", date(2027, 1, 22), "Corvane expects a loss for the fourth quarter because of weak chip prices.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		// near misses: a plan ahead, the fourth quarter ahead in June, the first quarter in January,
		// and late February, when the year's results are out
		{"plant will open", date(2027, 1, 14), "Harlow Mills said its new plant will open in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
		{"June charge", date(2027, 6, 14), "Harlow Mills said it will take a charge in the fourth quarter to cover the closing of two plants.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
		{"first quarter charge", date(2027, 1, 14), "Harlow Mills said it will take a charge in the first quarter to cover the closing of two plants.",
			[]tagged{{"the first quarter", "2027-Q1"}}},
		{"late February", date(2027, 2, 25), "The insurer said it would record a writedown of its bond holdings in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
	})
}
