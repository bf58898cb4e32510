package timex

import "testing"

// "last" as the ordinal of a day counted to a holiday tells no past: the clause's verb places
// the holiday.
func TestOrdinalLastBeforeHoliday(t *testing.T) {
	run47(t, []case47{
		{"Saturday before Christmas ahead", date(2007, 8, 17), "Malls will be packed on the last Saturday before Christmas.",
			[]tagged{{"the last Saturday before Christmas", "2007-12-22"}}},
		{"Sunday before Easter ahead", date(2007, 8, 17), "The choir plans to sing on the last Sunday before Easter.",
			[]tagged{{"the last Sunday before Easter", "2008-03-16"}}},
		{"Friday before Labor Day", date(2007, 8, 17), "Traders expect thin volume on the last Friday before Labor Day.",
			[]tagged{{"the last Friday before Labor Day", "2007-08-31"}}},
		// told in the past, the holiday gone stays the one gone
		{"told in the past", date(2007, 8, 17), "Malls were packed on the last Saturday before Christmas.",
			[]tagged{{"the last Saturday before Christmas", "2006-12-23"}}},
	})
}

// A month and day not yet come, right after a past verb of its own, is the one gone; a past
// that sets or reports the day, or a clause that looks ahead, keeps it ahead.
func TestPastVerbOfDayGone(t *testing.T) {
	run47(t, []case47{
		{"ran out on", date(1998, 6, 15), "Their contract ran out on June 30.",
			[]tagged{{"June 30", "1997-06-30"}}},
		{"closed bare", date(2003, 3, 2), "The mill closed March 20, leaving 300 jobless.",
			[]tagged{{"March 20", "2002-03-20"}}},
		// near misses: a passive sets the day, a saying reports it, a clause looks ahead
		{"a passive", date(1998, 6, 15), "The offer was extended to June 30.",
			[]tagged{{"June 30", "1998-06-30"}}},
		{"a saying's backshift", date(1998, 6, 15), "The company said the offer expired June 30.",
			[]tagged{{"June 30", "1998-06-30"}}},
		{"a clause ahead", date(1998, 6, 15), "The talks will resume on June 30.",
			[]tagged{{"June 30", "1998-06-30"}}},
	})
}
