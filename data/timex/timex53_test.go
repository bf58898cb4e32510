package timex

import "testing"

// Misreads the last round noticed, as families, with sentences of our own.

// A range of days under one month is two dates, as TimeML marks "April 24 and 25": the month
// and the first day, then the second day alone; a year after the second day dates both.
func TestDayRangeUnderOneMonth(t *testing.T) {
	run47(t, []case47{
		{"hyphen, no year", date(2004, 9, 14), "The trade show ran Aug. 17-19 at the convention center.",
			[]tagged{{"Aug. 17", "2004-08-17"}, {"19", "2004-08-19"}}},
		{"hyphen ahead in the present", date(2004, 9, 14), "The growers' conference is Nov. 8-10 in Fresno.",
			[]tagged{{"Nov. 8", "2004-11-08"}, {"10", "2004-11-10"}}},
		{"hyphen with a year", date(2011, 2, 1), "Delegates met July 21-23, 2009, in Nairobi.",
			[]tagged{{"July 21", "2009-07-21"}, {"23, 2009", "2009-07-23"}}},
		{"to with a year", date(2011, 2, 1), "The hearings lasted from September 14 to 16, 2008.",
			[]tagged{{"September 14", "2008-09-14"}, {"16, 2008", "2008-09-16"}}},
		{"and with a year", date(2011, 2, 1), "Polls opened on May 9 and 10, 2010, across the province.",
			[]tagged{{"May 9", "2010-05-09"}, {"10, 2010", "2010-05-10"}}},
		// a number that goes down is a score; one with "percent" after it an amount
		{"a score", date(2004, 9, 14), "On Sept. 12, they beat Ohio 7-3.",
			[]tagged{{"Sept. 12", "2004-09-12"}}},
		{"a range of percent", date(2004, 9, 14), "Sales in August 3-5 percent higher were forecast.",
			[]tagged{{"August", "2004-08"}}},
		{"a range with its sign", date(2004, 9, 14), "Rents in June 4-6% above plan worried landlords.",
			[]tagged{{"June", "2004-06"}}},
	})
}

// A season or a school year written with the two years it straddles is one expression, the
// written years and the noun with it.
func TestSeasonAcrossTwoYears(t *testing.T) {
	run47(t, []case47{
		{"winter of two years", date(2001, 6, 5), "Ice closed the harbor in the winter of 1977-78.",
			[]tagged{{"winter of 1977-78", "1977-WI"}}},
		{"winter of four-digit years", date(2001, 6, 5), "Snow fell in the winter of 1999-2000.",
			[]tagged{{"winter of 1999-2000", "1999-WI"}}},
		{"a sports season", date(2001, 6, 5), "The club lost money in the 1987-88 season.",
			[]tagged{{"the 1987-88 season", "1987"}}},
		{"an academic year", date(2001, 6, 5), "Fees rose for the 2000-01 academic year.",
			[]tagged{{"the 2000-01 academic year", "2000"}}},
		// years that are not one after the other stay a range of years
		{"a span of years", date(2001, 6, 5), "Output doubled in the 1990-95 season of reforms.",
			[]tagged{{"1990", "1990"}}},
		// a season's goods are bought before it
		{"season tickets", date(2001, 6, 5), "Fans renewed the 2001-02 season tickets.",
			[]tagged{{"2001", "2001"}}},
		{"school without year", date(2001, 6, 5), "Parents toured the 2000-01 school building.",
			[]tagged{{"2000", "2000"}}},
	})
}

// "The previous quarter" after a quarter named relative to the telling is the telling's
// previous quarter too; after a quarter named outright it is the one before that.
func TestPreviousQuarterAfterDeictic(t *testing.T) {
	run47(t, []case47{
		{"prior, then previous", date(2019, 11, 12), "Margins narrowed from the prior quarter. Costs also topped the previous quarter's level.",
			[]tagged{{"prior quarter", "2019-Q3"}, {"the previous quarter", "2019-Q3"}}},
		{"last, then preceding", date(2019, 5, 20), "Deliveries slipped last quarter. Orders beat the preceding quarter's.",
			[]tagged{{"last quarter", "2019-Q1"}, {"the preceding quarter", "2019-Q1"}}},
		{"three in a row", date(2019, 11, 12), "Revenue beat last quarter. Cash topped the previous quarter. Debt fell from the previous quarter.",
			[]tagged{{"last quarter", "2019-Q3"}, {"the previous quarter", "2019-Q3"}, {"the previous quarter", "2019-Q3"}}},
		// a quarter named outright is the story's, and the anaphor counts back from it
		{"named, then previous", date(2019, 11, 12), "In the third quarter, margins narrowed from the previous quarter.",
			[]tagged{{"the third quarter", "2019-Q3"}, {"the previous quarter", "2019-Q2"}}},
		{"deictic, then named, then previous", date(2019, 11, 12), "Sales beat the prior quarter. In the first quarter, they fell from the previous quarter.",
			[]tagged{{"prior quarter", "2019-Q3"}, {"the first quarter", "2019-Q1"}, {"the previous quarter", "2018-Q4"}}},
	})
}

// Written before its month, a range of days is the first day alone, then the second with the
// month (and the year, which dates both).
func TestDayRangeBeforeMonth(t *testing.T) {
	run47(t, []case47{
		{"hyphen, no year", date(2016, 11, 30), "Ministers met 14-16 November in Accra.",
			[]tagged{{"14", "2016-11-14"}, {"16 November", "2016-11-16"}}},
		{"and with a year", date(2016, 11, 30), "The census was taken on 8 and 9 April 2011.",
			[]tagged{{"8", "2011-04-08"}, {"9 April 2011", "2011-04-09"}}},
		{"to with a comma and a year", date(2016, 11, 30), "Trials ran from 2 to 6 March, 2015, near Perth.",
			[]tagged{{"2", "2015-03-02"}, {"6 March, 2015", "2015-03-06"}}},
		// a score before a date is no range
		{"a score", date(2016, 11, 30), "They lost 3-1 March 12 in Leeds.",
			[]tagged{{"March 12", "2016-03-12"}}},
		{"a lower case month", date(2016, 11, 30), "Shares fell 2-4 may analysts say.",
			nil},
	})
}
