package timex

import (
	"testing"
	"time"
)

// Families of US business and general news of 2014-2025 (heldout42's registers), with
// sentences of our own.

// Halves and quarters named by words: "the back half of the year" and "the holiday quarter".
func TestModernNewsPeriodWords(t *testing.T) {
	mar := time.Date(2022, 3, 9, 0, 0, 0, 0, time.UTC)
	nov := time.Date(2021, 11, 18, 0, 0, 0, 0, time.UTC)
	feb := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"back half of the year", mar, "Boeing expects deliveries to pick up in the back half of the year.",
			[]tagged{{"the back half of the year", "2022-H2"}}},
		{"back half of next year", mar, "Intel said margins would recover in the back half of next year.",
			[]tagged{{"the back half of next year", "2023-H2"}}},
		{"front half of a year written", mar, "Costs weighed on results in the front half of 2021.",
			[]tagged{{"the front half of 2021", "2021-H1"}}},
		{"back half of this year, capitalized", mar, `"The back half of this year is when orders return," he said.`,
			[]tagged{{"The back half of this year", "2022-H2"}}},
		// a season's, a game's or a field's back half is no half of a year
		{"a season's back half", mar, "The Lakers faded in the back half of the season.", nil},
		{"a field's back half", mar, "The back half of the field was shrouded in fog.", nil},
		{"the holiday quarter ahead", nov, "Target expects sales in the holiday quarter to rise 4 percent.",
			[]tagged{{"the holiday quarter", "2021-Q4"}}},
		{"the holiday quarter gone", feb, "Sales in the holiday quarter jumped 11 percent, Amazon said.",
			[]tagged{{"the holiday quarter", "2021-Q4"}}},
		// a fiscal calendar stated numbers its own quarters; the holiday quarter stays the
		// calendar's, as "the December quarter" does
		{"the holiday quarter of a fiscal company", feb, "Its fiscal first quarter ended Dec. 25. Sales in the holiday quarter rose.",
			[]tagged{{"fiscal first quarter", "2022-Q1"}, {"Dec. 25", "2021-12-25"}, {"the holiday quarter", "2021-Q4"}}},
		{"the holiday season stays untagged", nov, "Walmart said the holiday season started early.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A fiscal period's last day named in an aside dates it, over the fiscal year named before;
// "the current quarter" in a company's outlook follows a calendar stated in the sentences
// after it.
func TestModernNewsFiscalCalendars(t *testing.T) {
	jun23 := time.Date(2023, 6, 14, 0, 0, 0, 0, time.UTC)
	sep23 := time.Date(2023, 9, 28, 0, 0, 0, 0, time.UTC)
	jun24 := time.Date(2024, 6, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"fourth quarter ended after the next year named", jun23, "Oracle expects revenue to climb in fiscal 2024. For its fiscal fourth quarter, which ended May 31, it earned $3.3 billion.",
			[]tagged{{"fiscal 2024", "2024"}, {"fiscal fourth quarter", "2023-Q4"}, {"May 31", "2023-05-31"}}},
		{"first quarter ended, of the year named", sep23, "Sales for fiscal 2024 should rise. In its fiscal first quarter, which ended Aug. 31, the company earned $1 billion.",
			[]tagged{{"fiscal 2024", "2024"}, {"fiscal first quarter", "2024-Q1"}, {"Aug. 31", "2023-08-31"}}},
		// without a day, the fiscal year named still counts
		{"fiscal year named, no day", time.Date(2008, 3, 1, 0, 0, 0, 0, time.UTC), "Fiscal 2008 looks strong; in the fiscal second quarter orders doubled.",
			[]tagged{{"Fiscal 2008", "2008"}, {"the fiscal second quarter", "2008-Q2"}}},
		{"current quarter of an outlook, calendar after", jun24, "FedEx said profit would slip in the current quarter. Its fiscal year began June 1, and it expects growth after that.",
			[]tagged{{"current quarter", "2025-Q1"}, {"June 1", "2024-06-01"}}},
		// too far after, or no one's outlook: the calendar's quarter
		{"calendar five sentences after", jun24, "FedEx said profit would slip in the current quarter. Shares fell. Analysts were surprised. Investors sold. Bonds rose. Its fiscal year began June 1.",
			[]tagged{{"current quarter", "2024-Q2"}, {"June 1", "2024-06-01"}}},
		{"no outlook", jun24, "Oil demand should rise in the current quarter. Nike's fiscal year ends May 31.",
			[]tagged{{"current quarter", "2024-Q2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A date set for an event lies ahead; a first schedule that was given up is the nearest; an
// ordinal's compound is a noun, no present of the calendar.
func TestModernNewsSchedules(t *testing.T) {
	feb := time.Date(2021, 2, 10, 0, 0, 0, 0, time.UTC) // a Wednesday
	sep := time.Date(2021, 9, 20, 0, 0, 0, 0, time.UTC)
	apr := time.Date(2022, 4, 12, 0, 0, 0, 0, time.UTC)
	may := time.Date(2018, 5, 14, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a trial date set", feb, "The judge on Tuesday set an Aug. 16 trial date for the three defendants.",
			[]tagged{{"Tuesday", "2021-02-09"}, {"Aug. 16", "2021-08-16"}}},
		{"a hearing set", feb, "Regulators set a May 4 hearing for the merger.",
			[]tagged{{"May 4", "2021-05-04"}}},
		{"a start date picked", feb, "The judge picked a Dec. 1 start date for the retrial.",
			[]tagged{{"Dec. 1", "2021-12-01"}}},
		// a setting dated before, or a deadline missed, keeps the date gone
		{"setting dated by a month", sep, "In May, the board gave the union a June 30 deadline to respond.",
			[]tagged{{"May", "2021-05"}, {"June 30", "2021-06-30"}}},
		{"a deadline missed", sep, "The union missed a June 30 deadline to respond.",
			[]tagged{{"June 30", "2021-06-30"}}},
		{"originally scheduled", apr, "The launch, originally scheduled for February, was delayed to July.",
			[]tagged{{"February", "2022-02"}, {"July", "2022-07"}}},
		{"initially set, a day", apr, "The hearing, initially set for Jan. 18, was postponed twice.",
			[]tagged{{"Jan. 18", "2022-01-18"}}},
		// a schedule that stands looks ahead as before
		{"set for, standing", apr, "The hearing is set for January.",
			[]tagged{{"January", "2023-01"}}},
		{"an ordinal's home run", may, "Judge, who could opt out of his contract next year, hit his 14th home run Sunday.",
			[]tagged{{"next year", "2019"}, {"Sunday", "2018-05-13"}}},
		{"an ordinal's career start", may, "Judge, who will turn 26 next month, made his 100th career start Saturday.",
			[]tagged{{"next month", "2018-06"}, {"Saturday", "2018-05-12"}}},
		{"a fixture stays ahead", may, "The Yankees open a road trip Tuesday.",
			[]tagged{{"Tuesday", "2018-05-15"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A quarter or half takes the year its sentence names as the time of the same telling; a
// year in a list of figures, in an aside or of another predicate leaves it to the tense.
func TestModernNewsPeriodOfYearNamed(t *testing.T) {
	sep := time.Date(2022, 9, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a half of the year gone", sep, "Sales rose in 2021, especially in the second half.",
			[]tagged{{"2021", "2021"}, {"the second half", "2021-H2"}}},
		{"a half of the year ahead", sep, "The company expects sales to rise in 2023, mostly in the second half.",
			[]tagged{{"2023", "2023"}, {"the second half", "2023-H2"}}},
		{"a year that leads the sentence", sep, "In 2019, the plant reached full output in the fourth quarter.",
			[]tagged{{"2019", "2019"}, {"the fourth quarter", "2019-Q4"}}},
		{"early in a year ahead", sep, "The company will ship the headset in early 2023, with a cheaper model in the second half.",
			[]tagged{{"early 2023", "2023"}, {"the second half", "2023-H2"}}},
		{"a year in an aside", sep, "Acme, founded in 1998, expects a profit in the fourth quarter.",
			[]tagged{{"1998", "1998"}, {"the fourth quarter", "2022-Q4"}}},
		{"another predicate's year", sep, "Acme went public in 2015 and expects a profit in the fourth quarter.",
			[]tagged{{"2015", "2015"}, {"the fourth quarter", "2022-Q4"}}},
		{"a list of figures", sep, "Dunmore earned $40 million in 2021 and $22 million in the first half.",
			[]tagged{{"2021", "2021"}, {"the first half", "2022-H1"}}},
		{"a span since a year", sep, "Shares have fallen 30 percent since 2019, and the company expects a loss in the fourth quarter.",
			[]tagged{{"2019", "2019"}, {"the fourth quarter", "2022-Q4"}}},
		{"the sentence after", sep, "Sales rose 4 percent in 2021. Most of the gain came in the second half.",
			[]tagged{{"2021", "2021"}, {"the second half", "2022-H2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// What a modal "have" holds by a day lies ahead; the month of a present's subject is the
// nearest, whatever the verb of saying; a hint of what a central bank or a company will do is a
// forecast, and the month right after the verb of forecasting is its own time.
func TestModernNewsOutlookTense(t *testing.T) {
	jun := time.Date(2019, 6, 7, 0, 0, 0, 0, time.UTC) // a Friday
	sep := time.Date(2023, 9, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"should have power back", jun, "Most customers should have power back by Sunday evening.",
			[]tagged{{"Sunday evening", "2019-06-09"}}},
		{"could have the road open", jun, "Crews could have the road open by Monday.",
			[]tagged{{"Monday", "2019-06-10"}}},
		{"should have crews", jun, "The utility should have 300 crews in the field by Saturday.",
			[]tagged{{"Saturday", "2019-06-08"}}},
		// a modal perfect stays a past that did not happen
		{"should have finished", jun, "The utility should have finished repairs by Saturday.",
			[]tagged{{"Saturday", "2019-06-01"}}},
		{"would have reported", jun, "The company would have reported earnings on Monday.",
			[]tagged{{"Monday", "2019-06-03"}}},
		{"a month's meeting that is", sep, "Powell said the November meeting is live.",
			[]tagged{{"November", "2023-11"}}},
		{"a possessive's meeting that looks", sep, "Powell said the Fed's December meeting looks open.",
			[]tagged{{"December", "2023-12"}}},
		{"a month's meeting that was", sep, "Powell said the December meeting was important.",
			[]tagged{{"December", "2022-12"}}},
		{"signaled a month ahead", sep, "The Fed signaled one more increase in December.",
			[]tagged{{"December", "2023-12"}}},
		{"signaled by year-end", sep, "The central bank signaled one more increase by year-end.",
			[]tagged{{"year-end", "2023"}}},
		{"penciled in a quarter", sep, "Officials penciled in a cut in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2023-Q4"}}},
		{"signaled in a month", sep, "The company signaled in March that it would cut jobs.",
			[]tagged{{"March", "2023-03"}}},
		{"projected in a month", sep, "The Fed projected in June that rates would stay high.",
			[]tagged{{"June", "2023-06"}}},
		{"a passive's month is the content's", sep, "A cut is projected in December.",
			[]tagged{{"December", "2023-12"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A schedule moved: the date it was moved from is the nearest, the date it was moved to lies
// ahead, with the "from" before or after it.
func TestModernNewsMovedSchedules(t *testing.T) {
	mar := time.Date(2019, 3, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"to a month from a month", mar, "The judge moved the trial to October from June.",
			[]tagged{{"October", "2019-10"}, {"June", "2019-06"}}},
		{"from a month to a month", mar, "The board postponed the vote from March to May.",
			[]tagged{{"March", "2019-03"}, {"May", "2019-05"}}},
		// "from" after a figure is a comparison's, past
		{"a figure from a month", mar, "Sales rose to $5 billion from June.",
			[]tagged{{"June", "2018-06"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
