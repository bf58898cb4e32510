package timex

import "testing"

// A fiscal year clipped to two digits after its apostrophe is that year, alone or after a
// quarter, a half or an end of it; an apostrophe year without "fiscal" keeps year-apostrophe's
// reading, and a decade's "'90s" is no year.
func TestFiscalApostropheYear(t *testing.T) {
	run47(t, []case47{
		{"fiscal '24 alone", date(2024, 1, 30), "We still see revenue growth of 6% to 8% for fiscal '24, and we will give a first look at fiscal '25 in August.",
			[]tagged{{"fiscal '24", "2024"}, {"fiscal '25", "2025"}, {"August", "2024-08"}}},
		{"fiscal year '23", date(2023, 3, 2), "Fiscal year '23 is shaping up better than we planned, the finance chief said.",
			[]tagged{{"Fiscal year '23", "2023"}}},
		{"the end of fiscal '24", date(2024, 1, 30), "Most of those projects close before the end of fiscal '24.",
			[]tagged{{"the end of fiscal '24", "2024"}}},
		{"first half of fiscal '25", date(2024, 1, 30), "The bigger lift comes in the first half of fiscal '25, when the new line ships.",
			[]tagged{{"the first half of fiscal '25", "2025-H1"}}},
		{"typographic apostrophe", date(2024, 1, 30), "Margins recover in the second half of fiscal ’24.",
			[]tagged{{"the second half of fiscal ’24", "2024-H2"}}},
		// near misses: a decade, and a bare apostrophe year with no word of time
		{"decade", date(2024, 1, 30), "Fiscal discipline of the '90s is back in fashion.",
			[]tagged{{"'90s", "199"}}},
		{"bare", date(2024, 1, 30), "The fiscal plan calls for '24 stores to close.", nil},
	})
}
