package timex

import "testing"

// What a trip is booked, ticketed or priced for lies ahead of the saying, though the saying is
// past; a month that dates the bookings, a result's period and a past verb of booking with its
// subject are left to the tense.
func TestTravelBookedFor(t *testing.T) {
	run47(t, []case47{
		{"reservations for a month", date(2001, 5, 9), "Hotel owners said reservations for July had slowed since the spring.",
			[]tagged{{"July", "2001-07"}, {"spring", "2001-SP"}}},
		{"tickets for travel on a weekday", date(2003, 3, 19), "The railroad said it had halted sales of tickets for travel on Sunday.",
			[]tagged{{"Sunday", "2003-03-23"}}},
		{"fares for a season", date(2009, 2, 11), "Fares for the summer were already 8 percent lower, agents said.",
			[]tagged{{"summer", "2009-SU"}}},
		{"announced cuts for a season", date(2009, 2, 11), "Two carriers have announced capacity cuts for the summer.",
			[]tagged{{"summer", "2009-SU"}}},
		{"passengers booked through", date(2007, 12, 18), "The line refunded passengers booked through Friday.",
			[]tagged{{"Friday", "2007-12-21"}}},
		// near misses: the month of the bookings, a result's period, cuts with no plan, a
		// past verb of booking with its subject
		{"bookings in a month", date(2001, 10, 9), "Bookings in September fell by a third.",
			[]tagged{{"September", "2001-09"}}},
		{"bookings for the month gone", date(2001, 10, 9), "Bookings for September fell by a third, the cruise line said.",
			[]tagged{{"September", "2001-09"}}},
		{"booked on a day", date(2007, 12, 18), "Passengers booked on Monday were stranded for hours.",
			[]tagged{{"Monday", "2007-12-17"}}},
		{"results for a quarter", date(2009, 2, 11), "The carrier posted results for the fourth quarter.",
			[]tagged{{"the fourth quarter", "2008-Q4"}}},
		{"cuts for a past quarter", date(2009, 7, 20), "Job cuts for the second quarter were deeper than planned.",
			[]tagged{{"the second quarter", "2009-Q2"}}},
		{"they booked through", date(2007, 12, 18), "They booked through Friday and left on Saturday.",
			[]tagged{{"Friday", "2007-12-14"}, {"Saturday", "2007-12-15"}}},
	})
}

// "A year earlier" compares the nearest period its sentence names before it: a half with no
// quarter beside it, a half after the story's year, a quarter after a month of reporting.
// A year after the half, or a month after the quarter, stays the figure's.
func TestTravelYearEarlierNearest(t *testing.T) {
	run47(t, []case47{
		{"half alone", date(2006, 8, 14), "Passenger numbers at the airport grew 7 percent in the first half from a year earlier.",
			[]tagged{{"the first half", "2006-H1"}, {"a year earlier", "2005-H1"}}},
		{"half after this year", date(2006, 8, 14), "The port hired crews this year because cargo rose in the first half from a year earlier.",
			[]tagged{{"this year", "2006"}, {"the first half", "2006-H1"}, {"a year earlier", "2005-H1"}}},
		{"quarter after last month", date(2012, 2, 7), "The railroad gave its results last month and said shipments in the first quarter would top those of a year earlier.",
			[]tagged{{"last month", "2012-01"}, {"the first quarter", "2012-Q1"}, {"a year earlier", "2011-Q1"}}},
		// near misses: a year named after the half, a month after the quarter
		{"year after half", date(2006, 8, 14), "Cargo slipped in the first half; for 2005 the port handled 9 million tons, up from 8 million a year earlier.",
			[]tagged{{"the first half", "2006-H1"}, {"2005", "2005"}, {"a year earlier", "2004"}}},
		{"month after quarter", date(2012, 2, 7), "Shipments rose in the fourth quarter, and loadings in January were 3 percent above a year earlier.",
			[]tagged{{"the fourth quarter", "2011-Q4"}, {"January", "2012-01"}, {"a year earlier", "2011-01"}}},
	})
}

// A second season joined by "and" or "or" to one a preposition of time governs is a time too,
// read as the first is; so is the season a start or an end is "to". A season joined with no
// preposition before the first, and a start "to" something else, are none.
func TestTravelSeasonJoined(t *testing.T) {
	run47(t, []case47{
		{"and the fall", date(2010, 3, 9), "The resort expects crowds in the summer and the fall.",
			[]tagged{{"summer", "2010-SU"}, {"fall", "2010-FA"}}},
		{"or the spring", date(2010, 11, 9), "Work on the runway will resume during the winter or the spring.",
			[]tagged{{"winter", "2010-WI"}, {"spring", "2011-SP"}}},
		{"fares for both", date(2010, 3, 9), "Agents said fares for the summer and the fall had climbed.",
			[]tagged{{"summer", "2010-SU"}, {"fall", "2010-FA"}}},
		{"start to", date(2010, 7, 21), "Hotels on the coast reported a strong start to the summer.",
			[]tagged{{"summer", "2010-SU"}}},
		{"end to", date(2010, 3, 23), "Skiers had a wet end to the winter.",
			[]tagged{{"winter", "2009-WI"}}},
		// near misses: no preposition of time before the first season, a start to talks
		{"between", date(2010, 3, 9), "Prices swing between the spring and the fall.", nil},
		{"start to talks", date(2010, 3, 9), "The union wants a start to talks.", nil},
	})
}

// "That winter" after a month of the first quarter is the winter that holds it, named for the
// year before; after a later month, an "after" between puts the winter before the month. A
// winter after an October with no "after", and another season, are left as they were.
func TestTravelThatWinter(t *testing.T) {
	run47(t, []case47{
		{"after January", date(2009, 6, 2), "The ferry began sailing in January 2003, and storms cancelled a dozen crossings that winter.",
			[]tagged{{"January 2003", "2003-01"}, {"that winter", "2002-WI"}}},
		{"after ... after", date(2009, 6, 2), "The carrier was sold in May 2006, after heavy losses that winter.",
			[]tagged{{"May 2006", "2006-05"}, {"that winter", "2005-WI"}}},
		// near misses: a winter after the autumn's month, a season other than winter
		{"October", date(2009, 6, 2), "The ferry began sailing in October 2003, and storms cancelled a dozen crossings that winter.",
			[]tagged{{"October 2003", "2003-10"}, {"that winter", "2003-WI"}}},
		{"that fall", date(2009, 6, 2), "The carrier was sold in February 2006, after heavy losses, and relaunched that fall.",
			[]tagged{{"February 2006", "2006-02"}, {"that fall", "2006-FA"}}},
	})
}

// A month that a schedule's next stage starts in, after a stage that runs through a season
// still ahead, comes after that season. A month within the season, and a run that has ended,
// are left to the tense.
func TestTravelMonthAfterSeasonRun(t *testing.T) {
	run47(t, []case47{
		{"from after summer", date(2002, 9, 24), "The new service will fly twice a day through the summer and fall back to one flight from October.",
			[]tagged{{"summer", "2003-SU"}, {"October", "2003-10"}}},
		{"in after winter", date(2002, 9, 10), "The bridge will stay closed to trucks through the winter and reopen to them in October.",
			[]tagged{{"winter", "2002-WI"}, {"October", "2003-10"}}},
		// near misses: a month within the season, a run told as ended
		{"within the winter", date(2002, 10, 8), "The line will sail through the winter and add a second ship from January.",
			[]tagged{{"winter", "2002-WI"}, {"January", "2003-01"}}},
		{"ended run", date(2002, 10, 8), "Bookings held up through the summer and slipped in September.",
			[]tagged{{"summer", "2002-SU"}, {"September", "2002-09"}}},
	})
}
