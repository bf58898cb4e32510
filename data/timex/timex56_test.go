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

// A date a past verb with "last" tells ("last got a raise in July 1996") bounds a span to the
// telling, as after "since": no narrative's time, and a month told after it is read from the
// telling. Without "last" the narrative moves forward from it.
func TestLastDoneBound(t *testing.T) {
	run47(t, []case47{
		{"last got", date(1998, 9, 10), "The workers last got a raise in July 1996, and their contract expired in June.",
			[]tagged{{"July 1996", "1996-07"}, {"June", "1998-06"}}},
		{"last cut", date(1998, 9, 10), "The central bank last cut rates in March 1996, and the currency fell in May.",
			[]tagged{{"March 1996", "1996-03"}, {"May", "1998-05"}}},
		// near miss: a past without "last" is a narrative's time
		{"no last", date(1998, 9, 10), "The central bank cut rates in March 1996, and the currency fell in May.",
			[]tagged{{"March 1996", "1996-03"}, {"May", "1996-05"}}},
		// near miss: what the same clause goes on to say of that event is its story
		{"same event", date(1998, 9, 10), "The pilots last walked out in 1995, a stoppage that ended on May 3.",
			[]tagged{{"1995", "1995"}, {"May 3", "1995-05-03"}}},
		{"an ordinal", date(1998, 9, 10), "The workers got the last raise in July 1996, and their contract expired in June.",
			[]tagged{{"July 1996", "1996-07"}, {"June", "1997-06"}}},
	})
}
