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

// "The same season" right after a season of a year is that season, not its year; after a
// year alone it keeps the year, and "the same month" keeps the month named.
func TestSameSeasonNamed(t *testing.T) {
	jun := date(2026, 6, 10)
	run47(t, []case47{
		{"season year, same season", jun, "The company opened a plant in spring 2024. It opened a second plant the same season.",
			[]tagged{{"spring 2024", "2024-SP"}, {"the same season", "2024-SP"}}},
		{"fall of year, same season", jun, "Acme hired 200 workers in the fall of 2023 and laid off 50 the same season.",
			[]tagged{{"fall of 2023", "2023-FA"}, {"the same season", "2023-FA"}}},
		// near misses: a year alone, and a month
		{"year, same season", jun, "Acme cut jobs in 2019. Rival cut jobs the same season.",
			[]tagged{{"2019", "2019"}, {"the same season", "2019"}}},
		{"month, same month", jun, "Acme cut jobs in March 2025. Rival Corp cut jobs the same month.",
			[]tagged{{"March 2025", "2025-03"}, {"the same month", "2025-03"}}},
	})
}
