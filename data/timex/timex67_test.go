package timex

import "testing"

// The fourth quarter told ahead in January or early February, in a sentence that names what
// a company books (a charge, a writedown, a loss), is the quarter just ended; a plan told
// ahead, the fourth quarter told ahead in June and the first quarter in January stay ahead.
func TestYearEndBookedAhead(t *testing.T) {
	run47(t, []case47{
		{"will take a charge", date(2027, 1, 14), "Harlow Mills said it will take a charge in the fourth quarter to cover the closing of two plants.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		{"would record a writedown", date(2027, 2, 9), "The insurer said it would record a writedown of its bond holdings in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		{"expects a loss", date(2027, 1, 22), "Corvane expects a loss for the fourth quarter because of weak chip prices.",
			[]tagged{{"the fourth quarter", "2026-Q4"}}},
		// near misses: a plan ahead, the fourth quarter ahead in June, the first quarter in January,
		// and late February, when the year's results are out
		{"plant will open", date(2027, 1, 14), "Harlow Mills said its new plant will open in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
		{"June charge", date(2027, 6, 14), "Harlow Mills said it will take a charge in the fourth quarter to cover the closing of two plants.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
		{"first quarter charge", date(2027, 1, 14), "Harlow Mills said it will take a charge in the first quarter to cover the closing of two plants.",
			[]tagged{{"the first quarter", "2027-Q1"}}},
		{"late February", date(2027, 2, 25), "The insurer said it would record a writedown of its bond holdings in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2027-Q4"}}},
	})
}

// A calendar quarter glued to its month before its noun, in a clause reported after a saying,
// takes the tense of the modal after the noun: ahead when the clause speaks ahead, the one
// gone when it speaks in the past.
func TestReportedQuarterCompoundModal(t *testing.T) {
	run47(t, []case47{
		{"would be flat", date(2024, 10, 15), "The CFO said December-quarter revenue would be flat.",
			[]tagged{{"December-quarter", "2024-Q4"}}},
		{"will improve", date(2024, 10, 15), "Tarnwell said March-quarter gross margins will improve as costs ease.",
			[]tagged{{"March-quarter", "2025-Q1"}}},
		{"could fall", date(2024, 6, 10), "Its chief executive said September-quarter sales could fall 5%.",
			[]tagged{{"September-quarter", "2024-Q3"}}},
		// near misses: the past, told after the quarter and months later
		{"rose in February", date(2025, 2, 10), "The CFO said December-quarter revenue rose 5%.",
			[]tagged{{"December-quarter", "2024-Q4"}}},
		{"rose in October", date(2024, 10, 15), "The CFO said December-quarter revenue rose 5%.",
			[]tagged{{"December-quarter", "2023-Q4"}}},
	})
}
