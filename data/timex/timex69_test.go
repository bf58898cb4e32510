package timex

import "testing"

// A futures contract named by its delivery month before the traded good, with a verb of the
// session's price or "at" and a price after it, is the next such month; a month after a
// preposition of time, or before a good that a noun follows, is the month's.
func TestCommodityBareContractMonth(t *testing.T) {
	run47(t, []case47{
		{"closed at", date(2009, 10, 6), "March wheat closed at $4.82 a bushel, and July soybeans at $9.10.",
			[]tagged{{"March", "2010-03"}, {"July", "2010-07"}}},
		{"a market's name between", date(2011, 9, 14), "Front-month November soybeans on the Chicago Board of Trade slipped 6 cents, while January heating oil gained.",
			[]tagged{{"November", "2011-11"}, {"January", "2012-01"}}},
		// near misses: a month after "in", a good that is a noun's, a month of last year
		{"in December", date(2009, 10, 6), "In December corn rose 5 percent as exports picked up.",
			[]tagged{{"December", "2008-12"}}},
		{"exports", date(2009, 10, 6), "August wheat exports fell to 2 million tons.",
			[]tagged{{"August", "2009-08"}}},
	})
}
