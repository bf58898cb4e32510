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
