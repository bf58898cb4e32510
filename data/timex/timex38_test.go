package timex

import (
	"testing"
	"time"
)

// Company reporting on fiscal calendars (heldout46's register), with sentences of our own.

func day38(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

type case38 struct {
	name string
	doc  time.Time
	text string
	want []tagged
}

func run38(t *testing.T, tests []case38) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// The fiscal year a results story is in is the one of the period it leads with, whichever
// fiscal year it named last; a quarter or half "of the fiscal year" is of that year.
func TestFiscalYearOfResults(t *testing.T) {
	run38(t, []case38{
		{"current after two years named", day38(2024, 12, 4), "Salesforce reported results for the third quarter of fiscal 2025 on Tuesday. It raised its forecasts for fiscal 2025 and fiscal 2026, and plans to hire 3,000 people in the current fiscal year.",
			[]tagged{{"the third quarter of fiscal 2025", "2025-Q3"}, {"Tuesday", "2024-12-03"}, {"fiscal 2025", "2025"}, {"fiscal 2026", "2026"}, {"the current fiscal year", "2025"}}},
		{"a code's year", day38(2025, 7, 18), "Infosys reported Q1 FY26 results on Thursday. It expects growth in FY26 and FY27, and will hire 20,000 graduates this fiscal year.",
			[]tagged{{"Q1 FY26", "2026-Q1"}, {"Thursday", "2025-07-17"}, {"FY26", "2026"}, {"FY27", "2027"}, {"this fiscal year", "2026"}}},
		{"after a fourth quarter the next year is in progress", day38(2025, 6, 27), "Nike reported sales for the fourth quarter of fiscal 2025 on Thursday. It set targets for fiscal 2026 and fiscal 2027 and expects margins to recover in the current fiscal year.",
			[]tagged{{"the fourth quarter of fiscal 2025", "2025-Q4"}, {"Thursday", "2025-06-26"}, {"fiscal 2026", "2026"}, {"fiscal 2027", "2027"}, {"the current fiscal year", "2026"}}},
		{"next fiscal year", day38(2024, 12, 4), "Salesforce reported results for the third quarter of fiscal 2025 on Tuesday. It sees growth in fiscal 2025 and fiscal 2026, and expects a bigger buyback next fiscal year.",
			[]tagged{{"the third quarter of fiscal 2025", "2025-Q3"}, {"Tuesday", "2024-12-03"}, {"fiscal 2025", "2025"}, {"fiscal 2026", "2026"}, {"next fiscal year", "2026"}}},
		// a quarter's last day after "of fiscal 2025" is the quarter's, not the fiscal year's
		{"a quarter's end after its fiscal year", day38(2024, 12, 10), "Oracle reported results for the second quarter of fiscal 2025, which ended Nov. 30, 2024. Hiring will slow in the current fiscal year.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"Nov. 30, 2024", "2024-11-30"}, {"the current fiscal year", "2025"}}},
		{"the back half of the fiscal year", day38(2024, 12, 10), "Oracle reported results for the second quarter of fiscal 2025, which ended Nov. 30, 2024. Cloud growth should speed up in the back half of the fiscal year.",
			[]tagged{{"the second quarter of fiscal 2025", "2025-Q2"}, {"Nov. 30, 2024", "2024-11-30"}, {"the back half of the fiscal year", "2025-H2"}}},
		{"the second half of the fiscal year", day38(2025, 3, 6), "Broadcom reported results for its fiscal first quarter on Thursday and sees growth in fiscal 2025. Chip sales should rise in the second half of the fiscal year.",
			[]tagged{{"fiscal first quarter", "2025-Q1"}, {"Thursday", "2025-03-06"}, {"fiscal 2025", "2025"}, {"the second half of the fiscal year", "2025-H2"}}},
		{"the first half of the current fiscal year", day38(2023, 9, 7), "Fiscal 2024 began in July. Orders will pick up in the first half of the current fiscal year.",
			[]tagged{{"Fiscal 2024", "2024"}, {"July", "2023-07"}, {"the first half of the current fiscal year", "2024-H1"}}},
		// controls: no period reported, a reported year not named, a season's half, the calendar's
		{"no period reported", day38(2024, 12, 4), "Sales will rise in fiscal 2025 and fiscal 2026, and costs will fall in the current fiscal year.",
			[]tagged{{"fiscal 2025", "2025"}, {"fiscal 2026", "2026"}, {"the current fiscal year", "2026"}}},
		{"the reported year not named", day38(2024, 12, 4), "Salesforce reported results for the third quarter of fiscal 2025 on Tuesday. It expects growth in fiscal 2026 and will hire in the current fiscal year.",
			[]tagged{{"the third quarter of fiscal 2025", "2025-Q3"}, {"Tuesday", "2024-12-03"}, {"fiscal 2026", "2026"}, {"the current fiscal year", "2026"}}},
		{"a season's back half", day38(2024, 6, 14), "Shipments should recover in the back half of the season.", nil},
		{"the calendar's second half", day38(2024, 6, 14), "Shipments should recover in the second half of the year.",
			[]tagged{{"the second half of the year", "2024-H2"}}},
	})
}

// A quarter the calendar names after the fiscal quarter a story reports is its second name
// for it: the comparisons a year back stay with the company's numbering.
func TestCalendarNameOfFiscalQuarter(t *testing.T) {
	run38(t, []case38{
		{"the holiday quarter in the lede", day38(2025, 1, 31), "Apple reported its fiscal first quarter on Thursday, as iPhone sales over the holiday quarter set a record. Revenue rose 4% from the year-ago period.",
			[]tagged{{"fiscal first quarter", "2025-Q1"}, {"Thursday", "2025-01-30"}, {"the holiday quarter", "2024-Q4"}, {"the year-ago period", "2024-Q1"}}},
		{"a month range in the next sentence", day38(2024, 10, 30), "HCLTech posted Q2 FY25 results on Monday. Revenue in the July-September quarter rose 8% from a year earlier.",
			[]tagged{{"Q2 FY25", "2025-Q2"}, {"Monday", "2024-10-28"}, {"July-September quarter", "2024-Q3"}, {"a year earlier", "2024-Q2"}}},
		// controls: a calendar company, and a fiscal quarter that is the calendar's
		{"a calendar company", day38(2025, 1, 31), "Target said fourth-quarter sales rose, as shoppers spent more over the holiday quarter. Revenue rose 4% from the year-ago period.",
			[]tagged{{"fourth-quarter", "2024-Q4"}, {"the holiday quarter", "2024-Q4"}, {"the year-ago period", "2023-Q4"}}},
		{"the same quarter both ways", day38(2024, 2, 2), "Amazon reported its fiscal fourth quarter results on Thursday. Sales in the holiday quarter rose 14%. Operating income beat the year-ago quarter.",
			[]tagged{{"fiscal fourth quarter", "2023-Q4"}, {"Thursday", "2024-02-01"}, {"the holiday quarter", "2023-Q4"}, {"the year-ago quarter", "2022-Q4"}}},
	})
}

// Times of a schedule and of a forecast made: a session's close as a time, a present of
// lapsing, a period "which ends" on a day, a figure forecast in a month.
func TestScheduleAndForecastTimes(t *testing.T) {
	run38(t, []case38{
		{"after the close on a day ahead", day38(2024, 11, 4), "The tender offer expires after the close on Friday.",
			[]tagged{{"Friday", "2024-11-08"}}},
		{"at the close on a day ahead", day38(2024, 11, 6), "Shares of the miner will join the index at the close on Monday.",
			[]tagged{{"Monday", "2024-11-11"}}},
		{"lapses", day38(2024, 11, 4), "The lock-up lapses Thursday.", []tagged{{"Thursday", "2024-11-07"}}},
		{"which ends, in a past sentence", day38(2025, 4, 10), "Adobe cut 200 jobs last week and said the second quarter, which ends May 30, would be strong.",
			[]tagged{{"last week", "2025-W14"}, {"the second quarter", "2025-Q2"}, {"May 30", "2025-05-30"}}},
		{"a figure forecast in a month", day38(2025, 1, 15), "Unilever now expects sales growth of 2%, down from 3% forecast in October.",
			[]tagged{{"now", "PRESENT_REF"}, {"October", "2024-10"}}},
		// controls: a price at a close, a past session, a lapse gone, a quarter ended, a
		// forecast ahead
		{"a premium to a close", day38(2024, 11, 6), "The bid is a 25% premium to its close on Friday.", []tagged{{"Friday", "2024-11-01"}}},
		{"after the close, past", day38(2024, 11, 6), "Shares fell 4% after the close on Tuesday.", []tagged{{"Tuesday", "2024-11-05"}}},
		{"lapsed", day38(2024, 11, 4), "The option lapsed on Thursday, the company said.", []tagged{{"Thursday", "2024-10-31"}}},
		{"which ended", day38(2025, 4, 10), "Adobe cut 200 jobs last week and said the second quarter, which ended Feb. 28, was strong.",
			[]tagged{{"last week", "2025-W14"}, {"the second quarter", "2025-Q2"}, {"Feb. 28", "2025-02-28"}}},
		{"will forecast in a month", day38(2025, 1, 15), "The agency now expects a deficit and will forecast in October whether it narrows.",
			[]tagged{{"now", "PRESENT_REF"}, {"October", "2025-10"}}},
		{"is forecast in a month", day38(2025, 1, 15), "Heavy snow is forecast in October.", []tagged{{"October", "2025-10"}}},
	})
}

// An adverb between an auxiliary and its participle leaves the auxiliary's tense.
func TestAdverbBeforeParticiple(t *testing.T) {
	run38(t, []case38{
		{"modal, be, adverb", day38(2024, 12, 19), "Inventory at PC makers should be largely worked down by March.",
			[]tagged{{"March", "2025-03"}}},
		{"will be fully", day38(2024, 12, 19), "Power will be fully restored by March, the utility said.",
			[]tagged{{"March", "2025-03"}}},
		// controls: the past auxiliary, and no auxiliary
		{"was largely", day38(2024, 12, 19), "Inventory was largely worked down by March.",
			[]tagged{{"March", "2024-03"}}},
		{"an adverb before a past verb", day38(2024, 12, 19), "The company quickly restored power in March.",
			[]tagged{{"March", "2024-03"}}},
	})
}
