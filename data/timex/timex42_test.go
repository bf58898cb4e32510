package timex

import (
	"testing"
	"time"
)

// Consumer, personal-finance, housing and indicator news (heldout50's registers), with
// sentences of our own.

func day42(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

type case42 struct {
	name string
	doc  time.Time
	text string
	want []tagged
}

func runTags42(t *testing.T, tests []case42) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// "tax day" is the filing deadline: April 15, or the next working day.
func TestConsumerTaxDay(t *testing.T) {
	runTags42(t, []case42{
		{"ahead, moved past Emancipation Day", day42(2012, 2, 6), "H&R Block expects a late surge of filers before tax day.",
			[]tagged{{"tax day", "2012-04-17"}}},
		{"gone, moved past a weekend", day42(2016, 4, 20), "The IRS received 5 million returns on tax day.",
			[]tagged{{"tax day", "2016-04-18"}}},
		{"capitalized, on its own day", day42(2003, 3, 10), "Tax Day falls on a Tuesday this year.",
			[]tagged{{"Tax Day", "2003-04-15"}, {"this year", "2003"}}},
		{"past, months after", day42(2009, 9, 1), "Refunds slowed after tax day.",
			[]tagged{{"tax day", "2009-04-15"}}},
		// control: a tax is no day
		{"a tax paid", day42(2009, 9, 1), "The tax due on the sale was paid in March.",
			[]tagged{{"March", "2009-03"}}},
	})
}

func TestTaxDeadline(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-17", 2001: "2001-04-16", 2006: "2006-04-17", 2007: "2007-04-17",
		2011: "2011-04-18", 2015: "2015-04-15", 2017: "2017-04-18", 2023: "2023-04-18"} {
		if got := dayVal(taxDeadline(y)); got != want {
			t.Errorf("taxDeadline(%d) = %s, want %s", y, got, want)
		}
	}
}

// A past verb of lasting before "until" tells of a day gone, as before "through".
func TestConsumerLastedUntil(t *testing.T) {
	runTags42(t, []case42{
		{"stayed closed until", day42(2014, 12, 1), "Several Target stores stayed closed until Friday morning.",
			[]tagged{{"Friday morning", "2014-11-28"}}},
		{"lasted until", day42(2014, 12, 1), "The clearance sale lasted until Sunday.",
			[]tagged{{"Sunday", "2014-11-30"}}},
		// controls: a future, a move, a present, a modal
		{"will stay closed until", day42(2014, 12, 1), "The stores will stay closed until Friday.",
			[]tagged{{"Friday", "2014-12-05"}}},
		{"extended until", day42(2014, 12, 1), "Kohl's extended the sale until Sunday.",
			[]tagged{{"Sunday", "2014-12-07"}}},
		{"stays open until", day42(2014, 12, 1), "The mall stays open until Friday.",
			[]tagged{{"Friday", "2014-12-05"}}},
		{"would remain closed until", day42(2014, 12, 1), "The chain said its stores would remain closed until Thursday.",
			[]tagged{{"Thursday", "2014-12-04"}}},
	})
}

// A season after "past" or "beyond" is a bound in time; one that qualifies a trade's season
// is none.
func TestConsumerSeasonWords(t *testing.T) {
	runTags42(t, []case42{
		{"past the summer", day42(2019, 6, 10), "Analysts doubt the merger will close past the summer.",
			[]tagged{{"summer", "2019-SU"}}},
		{"beyond the fall", day42(2019, 6, 10), "The Fed could hold rates steady beyond the fall.",
			[]tagged{{"fall", "2019-FA"}}},
		{"the start of a trade's season", day42(2011, 5, 24), "Memorial Day marks the start of the summer driving season.",
			[]tagged{{"Memorial Day", "2011-05-30"}}},
		{"the end of a trade's season", day42(2013, 5, 20), "Toy makers count on the end of the fall shopping season.", nil},
		// controls: a noun after "past the", a season's own end
		{"past the spring displays", day42(2019, 6, 10), "Shoppers walked past the spring displays.", nil},
		{"the end of the summer", day42(2013, 5, 20), "Refiners expect demand to peak at the end of the summer.",
			[]tagged{{"the end of the summer", "2013-SU"}}},
		{"the start of the summer, when", day42(2013, 5, 20), "Pools open at the start of the summer, when crowds are thin.",
			[]tagged{{"the start of the summer", "2013-SU"}}},
	})
}

// A verbless comparison after a comma ("..., up from last year") gives no tense to the date
// before it.
func TestConsumerComparisonAfterComma(t *testing.T) {
	runTags42(t, []case42{
		{"holiday weekend ahead", day42(2012, 11, 21), "AAA expects 43.6 million people to travel over the holiday weekend, up 0.7 percent from last year.",
			[]tagged{{"the holiday weekend", "2012-W47-WE"}, {"last year", "2011"}}},
		{"a weekday ahead", day42(2012, 11, 21), "Retailers expect sales to rise on Friday, up from last year.",
			[]tagged{{"Friday", "2012-11-23"}, {"last year", "2011"}}},
		{"compared with", day42(2012, 11, 21), "Gas will cost $3.40 on Thursday, compared with $3.35 last year.",
			[]tagged{{"Thursday", "2012-11-22"}, {"last year", "2011"}}},
		// control: the clause's own past
		{"fell on Sunday", day42(2012, 11, 21), "Sales fell on Sunday, down 2 percent from last year.",
			[]tagged{{"Sunday", "2012-11-18"}, {"last year", "2011"}}},
	})
}

// A year after "since" in a month's figure leaves the month the figure's for "a year ago".
func TestConsumerFigureMonthPastSince(t *testing.T) {
	runTags42(t, []case42{
		{"since the start of the year", day42(2014, 8, 26), "Existing home sales rose 2.4 percent in July, the most since the start of the year. Sales were 4.3 percent lower than a year ago.",
			[]tagged{{"July", "2014-07"}, {"the start of the year", "2014"}, {"a year ago", "2013-07"}}},
		{"since a year", day42(2014, 8, 26), "Pending sales fell in June, their first drop since 2011. They were 3 percent below a year earlier.",
			[]tagged{{"June", "2014-06"}, {"2011", "2011"}, {"a year earlier", "2013-06"}}},
		// control: a "since" of another sentence ends the month's figure
		{"since in a sentence of its own", day42(2014, 8, 26), "Sales rose in July. Since 2011, they have doubled. They were up 3 percent from a year earlier.",
			[]tagged{{"July", "2014-07"}, {"2011", "2011"}, {"a year earlier", "2013"}}},
	})
}

// "holiday weekend" after a holiday's name is that holiday's weekend.
func TestConsumerHolidayHolidayWeekend(t *testing.T) {
	runTags42(t, []case42{
		{"Thanksgiving, past", day42(2016, 11, 28), "Sales over the Thanksgiving holiday weekend fell 3.5 percent.",
			[]tagged{{"Thanksgiving holiday weekend", "2016-W47-WE"}}},
		{"Labor Day, ahead", day42(2013, 8, 29), "Police will step up patrols over the Labor Day holiday weekend.",
			[]tagged{{"Labor Day holiday weekend", "2013-W35-WE"}}},
		{"Memorial Day, just gone", day42(2011, 6, 1), "Traffic deaths fell over the Memorial Day holiday weekend.",
			[]tagged{{"Memorial Day holiday weekend", "2011-W21-WE"}}},
		// controls: the holiday alone, a holiday's weekend without "holiday"
		{"the Labor Day holiday", day42(2013, 8, 29), "Prices were the lowest for the Labor Day holiday since 2010.",
			[]tagged{{"Labor Day", "2013-09-02"}, {"2010", "2010"}}},
		{"the long Labor Day weekend", day42(2013, 8, 29), "Traffic was heavy over the long Labor Day weekend.",
			[]tagged{{"Labor Day weekend", "2013-W35-WE"}}},
	})
}

// "the week after" a holiday just gone, told within that week, is not next year's.
func TestConsumerWeekAfterHolidayJustGone(t *testing.T) {
	runTags42(t, []case42{
		{"two days after Christmas", day42(2016, 12, 27), "Sales in the week after Christmas are expected to rise.",
			[]tagged{{"the week after Christmas", "2016-W52"}}},
		{"the Monday after Thanksgiving", day42(2016, 11, 28), "Stores expect crowds the week after Thanksgiving.",
			[]tagged{{"the week after Thanksgiving", "2016-W48"}}},
		{"the day after, told on it", day42(2016, 12, 26), "Stores will be busiest the day after Christmas.",
			[]tagged{{"the day after Christmas", "2016-12-26"}}},
		// controls: a habit in the present, a holiday weeks ahead
		{"usually", day42(2016, 12, 27), "Returns usually peak the week after Christmas.",
			[]tagged{{"the week after Christmas", "2016-W52"}}},
		{"weeks ahead", day42(2016, 11, 1), "Stores expect crowds the week after Thanksgiving.",
			[]tagged{{"the week after Thanksgiving", "2016-W48"}}},
	})
}

// A "Last year," that opens the sentence dates its months, days and holidays, as a year
// written there does.
func TestConsumerLastYearLeads(t *testing.T) {
	runTags42(t, []case42{
		{"a holiday and a day", day42(2016, 11, 28), "Last year, Black Friday fell on Nov. 27.",
			[]tagged{{"Last year", "2015"}, {"Black Friday", "2015-11-27"}, {"Nov. 27", "2015-11-27"}}},
		{"a day", day42(2016, 11, 28), "Last year, the plant closed on March 3.",
			[]tagged{{"Last year", "2015"}, {"March 3", "2015-03-03"}}},
		{"a month", day42(1989, 12, 10), "Last year, a strong December rescued a season.",
			[]tagged{{"Last year", "1988"}, {"December", "1988-12"}}},
		// controls: past a semicolon, "last year" not leading, a clause of its own
		{"a semicolon", day42(1989, 12, 10), "Last year, sales rose; in December they fell.",
			[]tagged{{"Last year", "1988"}, {"December", "1989-12"}}},
		{"last year as subject", day42(2016, 11, 28), "Last year was hard, and in March the plant closed.",
			[]tagged{{"Last year", "2015"}, {"March", "2016-03"}}},
	})
}

// "a week earlier" after a week's figure named with no day is the week before it.
func TestConsumerWeekEarlierAfterWeek(t *testing.T) {
	runTags42(t, []case42{
		{"this week", day42(2014, 10, 28), "Mortgage rates fell to 3.98 percent this week from 4.12 percent a week earlier.",
			[]tagged{{"this week", "2014-W44"}, {"a week earlier", "2014-W43"}}},
		{"last week", day42(2014, 11, 14), "Jobless claims fell to 278,000 last week from 290,000 a week earlier.",
			[]tagged{{"last week", "2014-W45"}, {"a week earlier", "2014-W44"}}},
		// controls: a week that a day closes, a comparison with a plan, no week named
		{"the week ended", day42(2014, 11, 14), "Jobless claims fell to 278,000 in the week ended Nov. 8 from 290,000 a week earlier.",
			[]tagged{{"Nov. 8", "2014-11-08"}, {"a week earlier", "2014-W44"}}},
		{"earlier than planned", day42(2014, 11, 14), "The plant closed on Oct. 3, a week earlier than planned.",
			[]tagged{{"Oct. 3", "2014-10-03"}}},
		{"no week", day42(2014, 11, 14), "The strike began a week earlier.", nil},
	})
}

// "the weekend before" or "after" a day is the Saturday and Sunday next to it.
func TestConsumerWeekendAroundDay(t *testing.T) {
	runTags42(t, []case42{
		{"before Christmas, told after it", day42(2009, 12, 28), "Sales the weekend before Christmas rose 7 percent.",
			[]tagged{{"the weekend before Christmas", "2009-W51-WE"}}},
		{"after Thanksgiving, ahead", day42(2016, 11, 1), "Stores expect crowds the weekend after Thanksgiving.",
			[]tagged{{"the weekend after Thanksgiving", "2016-W47-WE"}}},
		{"before a Sunday Christmas", day42(2016, 12, 30), "Sales the weekend before Christmas were strong.",
			[]tagged{{"the weekend before Christmas", "2016-W50-WE"}}},
		// control: an event's weekend is the weekend rule's
		{"before the election", day42(2016, 10, 1), "The weekend before the election is the busiest.",
			[]tagged{{"The weekend", "2016-W39-WE"}}},
	})
}
