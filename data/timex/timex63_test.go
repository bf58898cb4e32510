package timex

import "testing"

// Families of broadcast business news (heldout66's registers), with sentences of our own.

// A market's change told with its figure "for the year" is the telling's year, as "for the
// week" is its week; without a figure, or of a year that ended, it stays none.
func TestBroadcastChangeForYear(t *testing.T) {
	run47(t, []case47{
		{"percent", date(1997, 10, 28), "Even after the slide, the index is up about twenty percent for the year.",
			[]tagged{{"the year", "1997"}}},
		{"points", date(1998, 6, 5), "The Dow has gained 1,200 points for the year, traders said.",
			[]tagged{{"the year", "1998"}}},
		{"sign", date(1998, 6, 5), "Bond funds are down 3% for the year.",
			[]tagged{{"the year", "1998"}}},
		// near misses: no figure, and a figure of a year named before
		{"no figure", date(1998, 6, 5), "Stocks of small companies fell for the year.", nil},
		{"year before", date(1998, 6, 5), "The fund lost 4 percent for the year before.", nil},
	})
}

// A quarter or half "of" a year in words is that year's, one expression; a count after "of" is
// none.
func TestBroadcastPeriodSpelledYear(t *testing.T) {
	run47(t, []case47{
		{"half of two thousand one", date(2000, 12, 6), "We are planning for a slower first half of two thousand one.",
			[]tagged{{"first half of two thousand one", "2001-H1"}}},
		{"quarter of nineteen ninety-eight", date(1999, 3, 2), "Output fell in the fourth quarter of nineteen ninety-eight, the agency said.",
			[]tagged{{"the fourth quarter of nineteen ninety-eight", "1998-Q4"}}},
		{"second half of two thousand", date(1999, 6, 2), "Sales should recover in the second half of two thousand.",
			[]tagged{{"the second half of two thousand", "2000-H2"}}},
	})
	// near miss: a count after "of" is not the half's year ("two thousand" alone is
	// spelled-year's reading, left as it was)
	for _, e := range Tag("The fund sold the first half of two thousand shares on Monday.", Reference{DocDate: date(1999, 6, 2)}) {
		if e.Value == "2000-H1" || e.Text == "the first half of two thousand" {
			t.Errorf("a count joined the half: %q %s", e.Text, e.Value)
		}
	}
}

// A comparison with what a subject foresaw ("than anyone expected") tells no future of its
// own: the date after it takes the verb's tense. An expectation told as such is still ahead.
func TestBroadcastComparedSubject(t *testing.T) {
	run47(t, []case47{
		{"anyone", date(1999, 4, 13), "Sales were better than anyone expected in January.",
			[]tagged{{"January", "1999-01"}}},
		{"that's, back in", date(1999, 4, 13), "That's a lot better than anyone expected back in January.",
			[]tagged{{"January", "1999-01"}}},
		{"two-word name", date(1999, 4, 13), "Profits rose more than Wall Street expected in February.",
			[]tagged{{"February", "1999-02"}}},
		// near misses: the expectation itself, and a comparison told ahead
		{"is expected", date(1999, 4, 13), "The ruling is expected in January.",
			[]tagged{{"January", "2000-01"}}},
		{"will be, than expected", date(1999, 4, 13), "Sales will be weaker than expected in January.",
			[]tagged{{"January", "2000-01"}}},
	})
}

// A month or day in a clause of "in case" with no past is ahead: a precaution is against what
// may come. A past in the clause keeps its reading.
func TestBroadcastInCaseAhead(t *testing.T) {
	run47(t, []case47{
		{"day after has ordered", date(1999, 8, 18), "The Fed has ordered extra currency printed in case people withdraw cash before January 1.",
			[]tagged{{"January 1", "2000-01-01"}}},
		{"month after bought", date(1999, 4, 13), "The county bought sandbags in case the river floods in November.",
			[]tagged{{"November", "1999-11"}}},
		{"day, just in case", date(1999, 4, 13), "The utility has hired extra crews just in case the storm season turns bad by Oct. 30.",
			[]tagged{{"Oct. 30", "1999-10-30"}}},
		// near miss: the clause's own past
		{"past in the clause", date(1999, 4, 13), "The bank kept extra cash on hand in case customers panicked in November.",
			[]tagged{{"November", "1998-11"}}},
	})
}

// What a present of wanting has for its object, dated after it, is read from the telling, not
// with the story's last month of a year gone; a want told in the past keeps its reading.
func TestBroadcastWantedNow(t *testing.T) {
	run47(t, []case47{
		{"do not want, after November", date(1999, 8, 18), "The Fed cut rates in November. Officials say they do not want a rate increase in December.",
			[]tagged{{"November", "1998-11"}, {"December", "1999-12"}}},
		{"wants, after talks broke down", date(1999, 8, 18), "Talks broke down in November. The union wants a new contract in December.",
			[]tagged{{"November", "1998-11"}, {"December", "1999-12"}}},
		{"want, a comparative object", date(1999, 8, 18), "Prices rose in October. Customers want lower prices in December.",
			[]tagged{{"October", "1998-10"}, {"December", "1999-12"}}},
		// near miss: the want told in the past
		{"wanted", date(1999, 8, 18), "Talks broke down in November. The union wanted a new contract in December.",
			[]tagged{{"November", "1998-11"}, {"December", "1998-12"}}},
	})
}
