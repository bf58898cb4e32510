package extract_test

import "testing"

// A date in a phrase naming the thing an event replaces or adds to, told with a verb of its own
// ("replacing the one it announced in 2022"), is that thing's (lead16.go replacedInstance). A
// date with no verb of its own after the opener, or before it, stays the event's.
func TestReplacedInstance(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart said its board authorized a new $20 billion share repurchase program, replacing the one it announced in 2022.",
			[]string{"buyback occurred WMT 2024-06-12"}},
		{"Apple authorized another $110 billion of buybacks, on top of the $90 billion program approved in May 2023.",
			[]string{"buyback occurred AAPL 2024-06-12"}},
		{"Lowe's raised its quarterly dividend to $1.15 a share, in addition to the increase that it announced in March.",
			[]string{"dividend occurred LOW 2024-06-12 raised"}},
		// near-misses: the event's own date
		{"Walmart's board on Monday authorized a new $20 billion share repurchase program, replacing an older plan.",
			[]string{"buyback occurred WMT 2024-06-10"}},
		{"Walmart authorized a new $20 billion share repurchase program, replacing its older plan, in a filing on Monday.",
			[]string{"buyback occurred WMT 2024-06-10"}},
	})
}

// A period coarser than a day after a price move, behind a clause that adds the move to a course
// ("and have lost 45% this year", "extending its gain this month"), dates the course: the move
// is the day's (lead16.go cumulativeSpan). A period the move is told in stays its own.
func TestCumulativeSpan(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Pfizer shares fell 1% in late trading and have lost nearly 45% this year.",
			[]string{"price_move occurred PFE 2024-06-12"}},
		{"Intel shares dropped 3% and are down 60% this year.",
			[]string{"price_move occurred INTC 2024-06-12"}},
		{"Tesla stock climbed 5%, extending its gain this month to 40%.",
			[]string{"price_move occurred TSLA 2024-06-12"}},
		// near-misses: the move's own period
		{"Boeing shares fell 30% in 2023.",
			[]string{"price_move occurred BA 2023"}},
		{"Intel shares dropped 3% in May, and analysts cut their targets.",
			[]string{"price_move occurred INTC 2024-05"}},
	})
}
