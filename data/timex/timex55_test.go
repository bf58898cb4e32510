package timex

import "testing"

// Families of holiday and calendar copy (heldout61's registers), with sentences of our own.

// Passover and the days counted from it, Rosh Hashanah and Yom Kippur, are their days of the
// Hebrew calendar, placed by the tense as other holidays are.
func TestHolidayHebrewCalendar(t *testing.T) {
	run47(t, []case47{
		{"Passover ahead", date(2005, 4, 10), "Matzo sales rise in the weeks before Passover.",
			[]tagged{{"Passover", "2005-04-24"}}},
		{"Passover gone", date(1997, 5, 2), "The hotel was full over Passover, its owner said.",
			[]tagged{{"Passover", "1997-04-22"}}},
		{"Yom Kippur", date(2000, 9, 1), "The exchange will close for Yom Kippur.",
			[]tagged{{"Yom Kippur", "2000-10-09"}}},
		{"Rosh Hashanah", date(2010, 8, 20), "Schools will be closed on Rosh Hashanah.",
			[]tagged{{"Rosh Hashanah", "2010-09-09"}}},
		// a lower-case word is no holiday
		{"a passover of planes", date(2000, 9, 1), "Residents complained about the passover of low jets.",
			nil},
	})
}

// "the Lunar New Year" and "Chinese New Year" are the first day of the lunar year, by a table;
// a day the text says the holiday falls on gives its year.
func TestHolidayLunarNewYear(t *testing.T) {
	run47(t, []case47{
		{"the Lunar New Year ahead", date(2004, 1, 10), "Factories in Guangdong will close for the Lunar New Year.",
			[]tagged{{"Lunar New Year", "2004-01-22"}}},
		{"Chinese New Year gone", date(1999, 3, 1), "Retail sales jumped around Chinese New Year, the bureau said.",
			[]tagged{{"Chinese New Year", "1999-02-16"}}},
		{"falls on a day of another year", date(2006, 3, 1), "Next year Chinese New Year falls on Feb. 18, 2007.",
			[]tagged{{"Next year", "2007"}, {"Chinese New Year", "2007-02-18"}, {"Feb. 18, 2007", "2007-02-18"}}},
		{"a holiday falls on a day of another year", date(2006, 12, 28), "Easter falls on April 8, 2007.",
			[]tagged{{"Easter", "2007-04-08"}, {"April 8, 2007", "2007-04-08"}}},
		// an adjective and a crater are no holiday
		{"lunar new year lower case", date(2004, 1, 10), "Scientists mapped a lunar crater new to them.",
			nil},
	})
}

// A sentence opened by a past year before a comma dates the holidays and days it tells in the
// past, even after a day of another year in it.
func TestHolidayFrontedPastYear(t *testing.T) {
	run47(t, []case47{
		{"Last year, too", date(2000, 4, 20), "Last year, too, the feasts came close: Passover began on April 1 and Easter fell on April 4.",
			[]tagged{{"Last year", "1999"}, {"Passover", "1999-04-01"}, {"April 1", "1999-04-01"}, {"Easter", "1999-04-04"}, {"April 4", "1999-04-04"}}},
		{"In a year", date(2003, 6, 2), "In 1998, stores opened on Thanksgiving and closed early on Christmas Eve.",
			[]tagged{{"1998", "1998"}, {"Thanksgiving", "1998-11-26"}, {"Christmas Eve", "1998-12-24"}}},
		// a clause ahead keeps the tense's reading
		{"a clause ahead", date(2003, 6, 2), "Last year, sales fell, and the chain expects a better Christmas.",
			[]tagged{{"Last year", "2002"}, {"Christmas", "2003-12-25"}}},
	})
}

// "the first full week of January" starts on the month's first Monday.
func TestFullWeekOfMonth(t *testing.T) {
	run47(t, []case47{
		{"first full week", date(1999, 12, 31), "Extra crews stay on through the first full week of January.",
			[]tagged{{"the first full week of January", "2000-W01"}}},
		{"second full week", date(2001, 8, 10), "Classes begin in the second full week of September.",
			[]tagged{{"the second full week of September", "2001-W37"}}},
		{"last full week", date(1998, 2, 2), "The show runs the last full week of May.",
			[]tagged{{"the last full week of May", "1998-W22"}}},
		// no ordinal, no week of the month
		{"a full week", date(1998, 2, 2), "The strike lasted a full week in May.",
			[]tagged{{"May", "1997-05"}}},
	})
}

// "a year to the day after" is the day it is set beside, or the date after it so many years on.
func TestYearToTheDay(t *testing.T) {
	run47(t, []case47{
		{"beside a weekday", date(2001, 5, 29), "Residents rebuilt the church and reopened it Sunday, a year to the day after the flood.",
			[]tagged{{"Sunday", "2001-05-27"}, {"a year to the day", "2001-05-27"}}},
		{"before a date", date(1997, 10, 20), "Traders marked the day ten years to the day after the crash of Oct. 19, 1987.",
			[]tagged{{"ten years to the day after the crash of Oct. 19, 1987", "1997-10-19"}}},
		// with no day to count from, no date
		{"no day", date(1997, 10, 20), "It took a year to the day after the fire to reopen.",
			nil},
	})
}

// "the last Saturday before Christmas" is the Saturday nearest before it.
func TestNthWeekdayAroundDay(t *testing.T) {
	run47(t, []case47{
		{"last before", date(1998, 11, 27), "Malls expect their biggest crowds on the last Saturday before Christmas.",
			[]tagged{{"the last Saturday before Christmas", "1998-12-19"}}},
		{"first after", date(2002, 8, 20), "The council meets the first Monday after Labor Day.",
			[]tagged{{"the first Monday after Labor Day", "2002-09-09"}}},
		// a vote is no name of a day
		{"before an event", date(2002, 8, 20), "They met the last Sunday before the vote.",
			[]tagged{{"last Sunday", "2002-08-18"}}},
	})
}

// A day or a week a superlative ranks within "the season" is the shopping or the travel season's,
// no sports year.
func TestSeasonDayRanked(t *testing.T) {
	run47(t, []case47{
		{"busiest day", date(1998, 11, 27), "For toy stores it was the busiest day of the season.",
			nil},
		{"best week", date(2002, 1, 3), "Christmas week was the chain's best week of the season.",
			[]tagged{{"Christmas week", "2001-W52"}}},
		// a game still ranks a sports year
		{"a win", date(1998, 11, 27), "It was the Rams' best win of the season.",
			[]tagged{{"the season", "1998"}}},
	})
}

// "the new year" is the year ahead, or the one just begun when told in January or February;
// inside another period's phrase it is no time of its own.
func TestTheNewYear(t *testing.T) {
	run47(t, []case47{
		{"told on New Year's Eve", date(1999, 12, 31), "Crowds cheered as the new year reached the islands.",
			[]tagged{{"the new year", "2000"}}},
		{"told in October", date(2001, 10, 2), "Builders expect orders to pick up in the new year.",
			[]tagged{{"the new year", "2002"}}},
		{"told in January", date(1998, 1, 12), "Shares have fallen 8 percent since the new year began.",
			[]tagged{{"the new year", "1998"}}},
		// a period's year and the holiday are not tagged so
		{"of the new year", date(1997, 12, 20), "The first quarter of the new year is its weakest.",
			[]tagged{{"The first quarter", "1998-Q1"}}},
		{"the New Year holiday", date(1997, 12, 20), "Trading will be thin over the New Year weekend.",
			nil},
	})
}

// "a year earlier" after a month's period that a day closes is that month a year before.
func TestPeriodEndedYearEarlier(t *testing.T) {
	run47(t, []case47{
		{"a retail month", date(2002, 1, 3), "Sales for the five-week December period ended Dec. 29 rose 3 percent from a year earlier.",
			[]tagged{{"five-week", "P5W"}, {"December", "2001-12"}, {"Dec. 29", "2001-12-29"}, {"a year earlier", "2000-12"}}},
		{"closing in the next month", date(2000, 1, 6), "December sales, in the five weeks ended Jan. 1, fell 2 percent from a year earlier.",
			[]tagged{{"December", "1999-12"}, {"the five weeks", "P5W"}, {"Jan. 1", "2000-01-01"}, {"a year earlier", "1998-12"}}},
		// a quarter's close is no month's
		{"a quarter", date(2002, 1, 30), "Profit for the quarter ended Dec. 31 rose from a year earlier.",
			[]tagged{{"the quarter ended Dec. 31", "2001-Q4"}, {"a year earlier", "2000-Q4"}}},
	})
}

// An event's possessive weekday after "for", which a present of expecting looks to, is ahead.
func TestExpectedForWeekday(t *testing.T) {
	run47(t, []case47{
		{"expects people for", date(1997, 7, 3), "The city expects a million people for Friday night's fireworks.",
			[]tagged{{"Friday night", "1997-07-04"}}},
		{"is expected for", date(2003, 5, 6), "Rain is expected for Saturday's parade.",
			[]tagged{{"Saturday", "2003-05-10"}}},
		// a crowd counted after the event stays past
		{"drew for", date(2003, 5, 6), "The town drew 20,000 people for Saturday's parade.",
			[]tagged{{"Saturday", "2003-05-03"}}},
	})
}
