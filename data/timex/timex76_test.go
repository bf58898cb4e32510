package timex

import "testing"

// "Until" a month or holiday after a past state or span ("were slow", "ran at half speed",
// "lagged") is the one gone, the stretch being over; a future, a passive that puts a matter
// off, a present and a past reported after a verb of saying keep the date ahead.
func TestPastStateUntil(t *testing.T) {
	jun := date(2026, 6, 10)
	dec := date(2026, 12, 10)
	run47(t, []case47{
		{"were slow until holiday", dec, "Sales were slow until Thanksgiving, the retailer said.",
			[]tagged{{"Thanksgiving", "2026-11-26"}}},
		{"ran until month", jun, "The plant ran at half speed until March, the company said.",
			[]tagged{{"March", "2026-03"}}},
		{"traded until month", jun, "Shares traded in a narrow range until October.",
			[]tagged{{"October", "2025-10"}}},
		{"was weak until month", jun, "Demand was weak until March, when orders picked up.",
			[]tagged{{"March", "2026-03"}}},
		{"lagged until holiday", dec, "Orders lagged until Thanksgiving.",
			[]tagged{{"Thanksgiving", "2026-11-26"}}},
		// near misses: the date still ahead
		{"will stay until", jun, "The store will stay closed until March, the company said.",
			[]tagged{{"March", "2027-03"}}},
		{"postponed until", jun, "The company postponed the vote until March.",
			[]tagged{{"March", "2027-03"}}},
		{"was postponed until", jun, "The vote was postponed until March.",
			[]tagged{{"March", "2027-03"}}},
		{"said ... was idle until", jun, "The company said the plant was idle until March.",
			[]tagged{{"March", "2027-03"}}},
		{"is idle until", jun, "The mill is idle until March.",
			[]tagged{{"March", "2027-03"}}},
	})
}
