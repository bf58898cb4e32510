package timex

import (
	"testing"
	"time"
)

// Technology, health and regulatory news (heldout48's registers), with sentences of our own.

func day40(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

type case40 struct {
	name string
	doc  time.Time
	text string
	want []tagged
}

func runTags40(t *testing.T, tests []case40) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A subordinate clause of time after a comma has its own verb: a future before it keeps the
// date ahead.
func TestTechNewsSubordinateAfterComma(t *testing.T) {
	runTags40(t, []case40{
		{"after it cut", day40(2013, 6, 11), "Nokia will unveil two handsets at a press event on Wednesday, after it cut its sales forecast on Monday.",
			[]tagged{{"Wednesday", "2013-06-12"}, {"Monday", "2013-06-10"}}},
		{"after the board approved", day40(2019, 4, 2), "The carrier will publish its new schedule on Friday, after the board approved the merger last week.",
			[]tagged{{"Friday", "2019-04-05"}, {"last week", "2019-W13"}}},
		// controls: a past before the comma, a fronted date with no verb of its own
		{"past before", day40(2013, 6, 13), "Shares of Nokia fell on Wednesday, after the company cut its forecast.",
			[]tagged{{"Wednesday", "2013-06-12"}}},
		{"fronted", day40(2013, 6, 13), "On Friday, after the market closed, the company said it had found accounting errors.",
			[]tagged{{"Friday", "2013-06-07"}}},
	})
}

// A date a participle of moving carries a schedule to lies ahead of the move.
func TestRegulatoryNewsMovedByParticiple(t *testing.T) {
	runTags40(t, []case40{
		{"pushing the decision date", day40(2015, 5, 6), "The agency delayed its ruling in March, pushing the decision date to Sept. 30.",
			[]tagged{{"March", "2015-03"}, {"Sept. 30", "2015-09-30"}}},
		{"shifting to a month", day40(2018, 7, 10), "Boeing slowed the line in May, shifting first deliveries to November.",
			[]tagged{{"May", "2018-05"}, {"November", "2018-11"}}},
		// controls: no date after the move, a move told with its past
		{"no date moved to", day40(2018, 7, 10), "The board met in June, moving quickly to approve the sale.",
			[]tagged{{"June", "2018-06"}}},
		{"moved to", day40(2015, 5, 6), "The agency moved the hearing to Sept. 30.",
			[]tagged{{"Sept. 30", "2015-09-30"}}},
	})
}

// "set the March 15 date", "a Nov. 3 action date": a date set is ahead of the setting, with
// "the" as with "a", and a regulator's date nouns as a court's.
func TestRegulatoryNewsActionDates(t *testing.T) {
	runTags40(t, []case40{
		{"set the date", day40(2020, 9, 15), "The agency accepted the filing and set the Jan. 28 date for its decision.",
			[]tagged{{"Jan. 28", "2021-01-28"}}},
		{"an action date", day40(2021, 6, 1), "Regulators gave the treatment a Nov. 3 action date.",
			[]tagged{{"Nov. 3", "2021-11-03"}}},
		{"an effective date", day40(2011, 2, 14), "The commission picked a July 1 effective date for the new fees.",
			[]tagged{{"July 1", "2011-07-01"}}},
		// controls: a date missed, not set; a date set after a month that dates the setting
		{"missed", day40(2020, 9, 15), "The company missed the June 30 date its lenders had demanded.",
			[]tagged{{"June 30", "2020-06-30"}}},
		{"dated setting", day40(2020, 9, 15), "In February, the court set the June 30 date for filings.",
			[]tagged{{"February", "2020-02"}, {"June 30", "2020-06-30"}}},
	})
}

// A habit in a predicate coordinated after a plan is the second predicate's: the plan's month
// is one month, and "a week later" after the habit a length.
func TestTechNewsHabitBesidePlan(t *testing.T) {
	runTags40(t, []case40{
		{"plan then habit", day40(2016, 11, 2), "Nintendo will open its flagship store in March, the company said, and typically hosts a fan event a week later.",
			[]tagged{{"March", "2017-03"}}},
		{"habit's later", day40(2016, 11, 2), "The film opened on Friday. The studio usually releases its films on disc three weeks later.",
			[]tagged{{"Friday", "2016-10-28"}, {"three weeks", "P3W"}}},
		// controls: a habit in the month's own clause, a narrative's later
		{"habit before", day40(2016, 11, 2), "In December, retailers typically hire extra staff.",
			[]tagged{{"December", "XXXX-12"}}},
		{"habit in the clause", day40(2016, 11, 2), "The chain will typically hire extra staff in December.",
			[]tagged{{"December", "XXXX-12"}}},
		{"narrative later", day40(2016, 11, 2), "The plant closed on May 2. Two weeks later, it reopened.",
			[]tagged{{"May 2", "2016-05-02"}, {"Two weeks later", "2016-W20"}}},
	})
}

// "that October" before a preposition is the month of the year named before.
func TestRegulatoryNewsThatMonthBeforePreposition(t *testing.T) {
	runTags40(t, []case40{
		{"under", day40(2005, 3, 1), "The mill was sold in 1987 and reopened that September under new owners.",
			[]tagged{{"1987", "1987"}, {"that September", "1987-09"}}},
		{"with", day40(2016, 5, 2), "The council approved the plan in March 2012, and work began that June with federal money.",
			[]tagged{{"March 2012", "2012-03"}, {"that June", "2012-06"}}},
		// control: a complementizer's "that" before a month that modifies a noun
		{"complementizer", day40(2016, 5, 2), "In 2012, the mayor said that October sales were weak.",
			[]tagged{{"2012", "2012"}, {"October", "2012-10"}}},
	})
}

// "a deadline of March 31", "a target date of Feb. 27" after a verb of setting, and a move
// measured with "by" before ", to" and its date: the date lies ahead of the setting or the
// move; a month that dates the setting puts the date after it.
func TestRegulatoryNewsDatesSetAfterOf(t *testing.T) {
	runTags40(t, []case40{
		{"deadline of", day40(2021, 11, 1), "The regulator set a deadline of March 31 for comments.",
			[]tagged{{"March 31", "2022-03-31"}}},
		{"action date of", day40(2021, 10, 4), "The agency extended the review, setting a new action date of Feb. 28.",
			[]tagged{{"Feb. 28", "2022-02-28"}}},
		{"by an amount, to", day40(2021, 1, 15), "The FDA pushed back its decision by three months, to June 30.",
			[]tagged{{"three months", "P3M"}, {"June 30", "2021-06-30"}}},
		{"by an amount, to a month", day40(2020, 9, 10), "The airline delayed the plane's debut by six months, to March.",
			[]tagged{{"six months", "P6M"}, {"March", "2021-03"}}},
		{"setting dated by a month", day40(2012, 10, 2), "The agency accepted the application in August, giving it a target date of Feb. 27.",
			[]tagged{{"August", "2012-08"}, {"Feb. 27", "2013-02-27"}}},
		// controls: no verb of setting; a setting dated before a date after it; a cut, not a move
		{"missed a deadline of", day40(2020, 9, 10), "The board missed a deadline of June 30.",
			[]tagged{{"June 30", "2020-06-30"}}},
		{"dated setting, date after", day40(2020, 9, 10), "In May, the board set a deadline of June 30.",
			[]tagged{{"May", "2020-05"}, {"June 30", "2020-06-30"}}},
		{"cut by an amount", day40(2020, 9, 10), "Sales were cut by a third, to $2 billion, in June.",
			[]tagged{{"June", "2020-06"}}},
	})
}
