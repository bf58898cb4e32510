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
