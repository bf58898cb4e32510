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
