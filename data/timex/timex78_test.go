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
