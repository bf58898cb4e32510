package timex

import "testing"

// A weekday closing a clause of condition told in the present is the coming one, whatever the
// main verb's tense; a past in the clause, and a clause with no verb, keep the past.
func TestConditionWeekdayAhead(t *testing.T) {
	run47(t, []case47{
		{"in case ... fail", date(2026, 12, 2), "The port has hired extra guards in case the talks fail on Friday, a spokesman said.",
			[]tagged{{"Friday", "2026-12-04"}}},
		{"in case ... hits", date(2026, 12, 2), "The utility has put crews on standby in case the storm hits on Tuesday.",
			[]tagged{{"Tuesday", "2026-12-08"}}},
		{"unless ... walks out", date(2026, 12, 2), "The city moved buses to the depot unless the union walks out Friday.",
			[]tagged{{"Friday", "2026-12-04"}}},
		{"if ... panic", date(2026, 12, 2), "The bank stocked extra cash if depositors panic on Monday.",
			[]tagged{{"Monday", "2026-12-07"}}},
		// near misses: a past in the clause, and a clause without a verb
		{"in case ... failed", date(2026, 12, 2), "The port hired extra guards in case the talks failed on Friday, a spokesman said.",
			[]tagged{{"Friday", "2026-11-27"}}},
		{"in case of", date(2026, 12, 2), "The port hired extra guards in case of a strike on Friday.",
			[]tagged{{"Friday", "2026-11-27"}}},
	})
}

// A comparison with a year back, paragraphs after a results lede, that opens with a measure a
// company counts over its quarter (loans, deposits, bookings) is the lede's quarter a year
// back; a share price's comparison keeps the year.
func TestPeriodFigureLedeQuarterBack(t *testing.T) {
	lede := "Kestrel Bank said on Thursday that its first-quarter profit rose 12 percent, helped by lending. " +
		"The bank has closed 20 branches since 2024. Its chief said the economy would slow next year. Analysts had expected less. "
	run47(t, []case47{
		{"loans from a year ago", date(2026, 4, 17), lede + "Loans grew 9 percent from a year ago.",
			[]tagged{{"Thursday", "2026-04-16"}, {"first-quarter", "2026-Q1"}, {"2024", "2024"}, {"next year", "2027"}, {"a year ago", "2025-Q1"}}},
		{"deposits from a year earlier", date(2026, 4, 17), lede + "Deposits at its branches rose 4 percent from a year earlier.",
			[]tagged{{"Thursday", "2026-04-16"}, {"first-quarter", "2026-Q1"}, {"2024", "2024"}, {"next year", "2027"}, {"a year earlier", "2025-Q1"}}},
		{"bookings from a year earlier", date(2026, 4, 17), "Alder Air said its first-quarter loss narrowed. The airline named a new chief. " +
			"It said fuel would cost more next year. Analysts had expected less. Bookings fell 3 percent from a year earlier.",
			[]tagged{{"first-quarter", "2026-Q1"}, {"next year", "2027"}, {"a year earlier", "2025-Q1"}}},
		// near miss: a share price is no count of the quarter
		{"shares from a year ago", date(2026, 4, 17), lede + "Its shares rose 20 percent from a year ago.",
			[]tagged{{"Thursday", "2026-04-16"}, {"first-quarter", "2026-Q1"}, {"2024", "2024"}, {"next year", "2027"}, {"a year ago", "2025"}}},
	})
}

// An nth quarter whose end day is not the calendar's gives the fiscal year, as "fiscal" would:
// the fourth quarter named after it is that year's. An end the calendar's own, or a quarter
// named by its end alone, leaves the calendar's fourth quarter.
func TestOrdinalQuarterEndedFiscalYear(t *testing.T) {
	run47(t, []case47{
		{"third quarter, which ended", date(2026, 11, 24), "Brightmart said its profit fell in its third quarter, which ended Oct. 27. It expects sales in the fourth quarter to rise.",
			[]tagged{{"third quarter", "2027-Q3"}, {"Oct. 27", "2026-10-27"}, {"the fourth quarter", "2027-Q4"}}},
		{"third quarter ended", date(2026, 11, 24), "Pinewood posted a loss for the third quarter ended Nov. 2. It forecast a profit for the fourth quarter.",
			[]tagged{{"the third quarter", "2027-Q3"}, {"Nov. 2", "2026-11-02"}, {"the fourth quarter", "2027-Q4"}}},
		// near misses: the calendar's end, and a first week's end on a 52-week calendar
		{"calendar end", date(2026, 10, 24), "Pinewood posted a loss for the third quarter ended Sept. 30. It forecast a profit for the fourth quarter.",
			[]tagged{{"the third quarter ended Sept. 30", "2026-Q3"}, {"the fourth quarter", "2026-Q4"}}},
		{"no ordinal", date(2026, 11, 24), "Pinewood posted a loss for the quarter ended Oct. 27. It forecast a profit for the fourth quarter.",
			[]tagged{{"the quarter ended Oct. 27", "2026-Q4"}, {"the fourth quarter", "2026-Q4"}}},
	})
}
