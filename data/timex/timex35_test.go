package timex

import (
	"testing"
	"time"
)

// Families of markets and economy copy of 2015-2025 (heldout43's registers), with sentences of
// our own.

func day35(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

// A preview's "week ahead", a wrap's "For the month," and "month-end" told at a month's end.
func TestMarketsWrapUnits(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"week ahead told on a Sunday", day35(2019, 6, 9), "Trade talks will dominate the week ahead for currency traders.",
			[]tagged{{"the week ahead", "2019-W24"}}},
		{"week ahead told on a Monday", day35(2019, 6, 10), "Bond traders brace for a heavy week ahead; the week ahead brings three auctions.",
			[]tagged{{"the week ahead", "2019-W24"}}},
		{"year ahead told in December", day35(2021, 12, 20), "Strategists at UBS see slower gains in the year ahead.",
			[]tagged{{"the year ahead", "2022"}}},
		{"year ahead told in March", day35(2021, 3, 2), "Airlines face a hard year ahead; the year ahead will test them.",
			[]tagged{{"the year ahead", "2021"}}},
		{"month ahead told in its last week", day35(2022, 9, 27), "Retailers are hiring for the month ahead.",
			[]tagged{{"the month ahead", "2022-10"}}},
		// a week before an event is no unit of its own
		{"the week ahead of a vote", day35(2019, 6, 9), "Stocks often rally in the week ahead of a Fed decision.", nil},
		{"For the month in a wrap", day35(2022, 7, 29), "For the month, the Russell 2000 climbed 10.4%.",
			[]tagged{{"the month", "2022-07"}}},
		{"For the week in a wrap", day35(2018, 3, 23), "For the week, the Dow lost 1,400 points.",
			[]tagged{{"the week", "2018-W12"}}},
		// without a figure after it, or after a month that is not the telling's, it is
		// left to the other rules
		{"For the month without a figure", day35(2022, 7, 29), "For the month, traders stayed cautious.", nil},
		{"For the month after another month", day35(2022, 8, 12), "Retail sales rose in July. For the month, sales at gas stations jumped 4%.",
			[]tagged{{"July", "2022-07"}, {"the month", "2022-07"}}},
		{"month-end told on a month's last day", day35(2021, 3, 31), "Pension funds sold equities at month-end to rebalance.",
			[]tagged{{"month-end", "2021-03"}}},
		{"quarter-end told in a quarter's last days", day35(2021, 6, 29), "Banks trimmed repo lending ahead of quarter-end, which tightened funding.",
			[]tagged{{"quarter-end", "2021-Q2"}}},
		// told early in a month, a past month-end is the last one
		{"month-end told early in a month", day35(2021, 4, 9), "Pension funds sold equities at month-end to rebalance.",
			[]tagged{{"month-end", "2021-03"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// The calendar of data releases and meetings: dates pushed back, weekdays of a preview, and
// the meeting that minutes are of.
func TestMarketsReleaseCalendar(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"pushed back with a long object", day35(2023, 2, 14), "Economists pushed back their call for the first rate cut to November from June.",
			[]tagged{{"November", "2023-11"}, {"June", "2023-06"}}},
		{"brought forward", day35(2022, 1, 18), "Volvo brought forward the launch of its smallest electric model to March.",
			[]tagged{{"March", "2022-03"}}},
		// a move back to a place is no schedule
		{"moved back to a place", day35(2024, 9, 16), "The insurer moved back to its old headquarters in June.",
			[]tagged{{"June", "2024-06"}}},
		{"a weekday's report that is the week's test", day35(2022, 5, 8), "Wednesday's inflation report is the key test for bonds.",
			[]tagged{{"Wednesday", "2022-05-11"}}},
		{"a weekday's report that is a reminder", day35(2022, 5, 7), "Friday's payrolls report is a reminder that the labor market is tight.",
			[]tagged{{"Friday", "2022-05-06"}}},
		{"a weekday's release named in capitals", day35(2023, 3, 12), "Tuesday's CPI reading is the last big number before the Fed meets.",
			[]tagged{{"Tuesday", "2023-03-14"}}},
		{"a weekday's ruling told in the past", day35(2022, 5, 8), "Wednesday's ruling was a setback for the company.",
			[]tagged{{"Wednesday", "2022-05-04"}}},
		{"this week in a Sunday preview", day35(2022, 10, 23), "Alphabet and Amazon report results this week.",
			[]tagged{{"this week", "2022-W43"}}},
		{"this week gone on a Sunday", day35(2022, 10, 23), "Treasury yields jumped this week.",
			[]tagged{{"this week", "2022-W42"}}},
		{"this week on a Saturday", day35(2022, 10, 22), "Alphabet and Amazon report results this week.",
			[]tagged{{"this week", "2022-W42"}}},
		{"a weekday's report a modal may delay", day35(2023, 9, 24), "A strike at the agency could delay Thursday's GDP release.",
			[]tagged{{"Thursday", "2023-09-28"}}},
		{"a weekday's report delayed", day35(2023, 9, 24), "A computer fault delayed Thursday's GDP release.",
			[]tagged{{"Thursday", "2023-09-21"}}},
		{"follows on a weekday", day35(2019, 7, 29), "The Bank of England follows on Thursday with its own decision.",
			[]tagged{{"Thursday", "2019-08-01"}}},
		{"followed on a weekday", day35(2019, 7, 29), "The Bank of England followed on Thursday with a cut.",
			[]tagged{{"Thursday", "2019-07-25"}}},
		{"the following weekday after a day ahead", day35(2019, 7, 23), "Amazon reports on Thursday. Its shares could swing sharply the following Monday.",
			[]tagged{{"Thursday", "2019-07-25"}, {"the following Monday", "2019-07-29"}}},
		{"minutes of a month's meeting", day35(2019, 8, 18), "Minutes of the ECB's July meeting, due Thursday, should show how close a cut was.",
			[]tagged{{"July", "2019-07"}, {"Thursday", "2019-08-22"}}},
		{"minutes of last year's meeting", day35(2019, 1, 6), "The minutes from the December meeting will be released on Wednesday.",
			[]tagged{{"December", "2018-12"}, {"Wednesday", "2019-01-09"}}},
		// a meeting itself, without minutes, keeps its schedule
		{"a meeting ahead", day35(2019, 8, 18), "The ECB's September meeting will decide on more bond buying.",
			[]tagged{{"September", "2019-09"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A quarter told in a clause that hangs on a half and its year is of that year.
func TestMarketsPeriodOfHalfNamed(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a quarter inside a half of a year", day35(2023, 5, 3), "Japan's economy shrank in the second half of 2022, when exports fell in the fourth quarter.",
			[]tagged{{"the second half of 2022", "2022-H2"}, {"the fourth quarter", "2022-Q4"}}},
		// a quarter in its own sentence is told from the publication
		{"a quarter in the next sentence", day35(2023, 5, 3), "Japan's economy shrank in the second half of 2022. It grew in the first quarter.",
			[]tagged{{"the second half of 2022", "2022-H2"}, {"the first quarter", "2023-Q1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A span's bound ("since November 2023") is no time the rest of its sentence is told from, and
// a date of the predicate before "and" leaves a forecast after it to its content.
func TestMarketsSinceAndForecast(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a month after a since-bound", day35(2021, 8, 31), "The Dow posted its best month since March 2019 in August.",
			[]tagged{{"March 2019", "2019-03"}, {"August", "2021-08"}}},
		{"a month ahead after a since-bound", day35(2021, 5, 11), "Chipmakers expect their worst quarter since June 2019 in September.",
			[]tagged{{"June 2019", "2019-06"}, {"September", "2021-09"}}},
		// a narrative's month still carries the months after it
		{"a narrative's month", day35(2021, 8, 31), "The mine opened in March 2019. In August it shipped its first ore.",
			[]tagged{{"March 2019", "2019-03"}, {"August", "2019-08"}}},
		{"a forecast after a since-bound", day35(2022, 11, 2), "The bank raised rates for the first time since October and signaled another hike by year-end.",
			[]tagged{{"October", "2022-10"}, {"year-end", "2022"}}},
		{"a forecast after a results period", day35(2023, 7, 27), "Intel posted a loss for the June quarter and guided for the September quarter.",
			[]tagged{{"the June quarter", "2023-Q2"}, {"the September quarter", "2023-Q3"}}},
		{"a forecast in a year that leads the sentence", day35(2023, 7, 27), "In 2019, the company cut jobs and projected a profit in the fourth quarter.",
			[]tagged{{"2019", "2019"}, {"the fourth quarter", "2019-Q4"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
