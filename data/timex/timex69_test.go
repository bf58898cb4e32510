package timex

import "testing"

// A futures contract named by its delivery month before the traded good, with a verb of the
// session's price or "at" and a price after it, is the next such month; a month after a
// preposition of time, or before a good that a noun follows, is the month's.
func TestCommodityBareContractMonth(t *testing.T) {
	run47(t, []case47{
		{"closed at", date(2009, 10, 6), "March wheat closed at $4.82 a bushel, and July soybeans at $9.10.",
			[]tagged{{"March", "2010-03"}, {"July", "2010-07"}}},
		{"a market's name between", date(2011, 9, 14), "Front-month November soybeans on the Chicago Board of Trade slipped 6 cents, while January heating oil gained.",
			[]tagged{{"November", "2011-11"}, {"January", "2012-01"}}},
		// near misses: a month after "in", a good that is a noun's, a month of last year
		{"in December", date(2009, 10, 6), "In December corn rose 5 percent as exports picked up.",
			[]tagged{{"December", "2008-12"}}},
		{"exports", date(2009, 10, 6), "August wheat exports fell to 2 million tons.",
			[]tagged{{"August", "2009-08"}}},
	})
}

// A crop or marketing year written with a slash is one year of its own calendar, the first
// of the two it straddles, and a bare pair beside such a name is one too; a pair with no word
// of a year after it stays with the year rule.
func TestCommoditySlashCropYear(t *testing.T) {
	run47(t, []case47{
		{"marketing year", date(2010, 5, 11), "Exports in the 2010/11 marketing year should rise, after a weak 2009/10.",
			[]tagged{{"the 2010/11 marketing year", "2010"}, {"2009/10", "2009"}}},
		{"crop year", date(2003, 2, 20), "Sugar output in the 2002/03 crop year fell 8 percent.",
			[]tagged{{"the 2002/03 crop year", "2002"}}},
		// near miss: a crop's pair with no "year" after it, in a text that names no such year
		{"no year", date(2003, 2, 20), "Sugar output rose to 4 million tons in 2002/03 trading.",
			nil},
	})
}

// "the rest of the year" and its kin are the period they are part of: the telling's, or the
// story's past one in a narrative; a plural or a day is none.
func TestCommodityRestOfUnit(t *testing.T) {
	run47(t, []case47{
		{"ahead", date(2006, 8, 3), "Refiners expect margins to stay thin for the rest of the year.",
			[]tagged{{"the rest of the year", "2006"}}},
		{"remainder of the month", date(2006, 8, 3), "The pipeline will run at half rate for the remainder of the month.",
			[]tagged{{"the remainder of the month", "2006-08"}}},
		{"story's year", date(2006, 8, 3), "The elevator burned in June 1994 and stayed shut for the rest of the year.",
			[]tagged{{"June 1994", "1994-06"}, {"the rest of the year", "1994"}}},
		// near misses: a plural, a day
		{"plural", date(2006, 8, 3), "He farmed the land for the rest of the years he had.",
			nil},
		{"day", date(2006, 8, 3), "Trading was quiet for the rest of the day.",
			nil},
	})
}

// A bare season before a crop or a farm's work names the crop ("summer grain", "winter wheat
// planting"), no time; the same season after a preposition, ending its phrase, is one.
func TestCommoditySeasonNamesCrop(t *testing.T) {
	run47(t, []case47{
		{"summer grain", date(2005, 7, 21), "The province reported growth in summer grain output.",
			nil},
		{"winter wheat", date(2005, 7, 21), "Rain delayed work in winter wheat fields across the north.",
			nil},
		{"spring planting", date(2005, 3, 2), "Farmers are short of diesel in spring planting.",
			nil},
		// near miss: the season as a time
		{"in the summer", date(2005, 3, 2), "The ministry will buy more grain in the summer, officials said.",
			[]tagged{{"summer", "2005-SU"}}},
	})
}

// "this" and the season the telling is in is that season: a winter told of in January or
// February is the one begun in December, as "last winter" told in April is the one before;
// "this summer" in January and "this winter" in December keep their readings.
func TestCommodityThisSeasonNow(t *testing.T) {
	run47(t, []case47{
		{"January", date(2011, 1, 18), "This winter has been the snowiest in Boston since 1996.",
			[]tagged{{"This winter", "2010-WI"}, {"1996", "1996"}}},
		{"February, ahead", date(2011, 2, 8), "Utilities expect gas demand to stay high this winter.",
			[]tagged{{"this winter", "2010-WI"}}},
		// near misses: the season ahead, the winter told in December
		{"summer in January", date(2011, 1, 18), "Growers hope for rain this summer.",
			[]tagged{{"this summer", "2011-SU"}}},
		{"December", date(2010, 12, 9), "This winter has started cold.",
			[]tagged{{"This winter", "2010-WI"}}},
	})
}

// A contract named by its delivery month is no figure's month, so "a year ago" after its
// price is the year; a month that is a figure's keeps the year-back month.
func TestCommodityDeliveryMonthYearAgo(t *testing.T) {
	run47(t, []case47{
		{"contract", date(2003, 10, 14), "The January heating oil contract rose 2 cents to 88 cents a gallon, up from 70 cents a year ago.",
			[]tagged{{"January", "2004-01"}, {"a year ago", "2002"}}},
		{"bare", date(2003, 10, 14), "December corn closed at $2.30, down from $2.55 a year ago.",
			[]tagged{{"December", "2003-12"}, {"a year ago", "2002"}}},
		// near miss: a month's figure
		{"month's figure", date(2003, 10, 14), "Heating oil averaged 88 cents in September, up from 70 cents a year ago.",
			[]tagged{{"September", "2003-09"}, {"a year ago", "2002-09"}}},
	})
}

// A holiday that is the cause of what a clause tells, in the six days before the telling,
// is the one gone though the clause looks ahead; one ahead, or farther back, is left to the
// tense.
func TestCommodityCauseHolidayGone(t *testing.T) {
	run47(t, []case47{
		{"because of", date(2006, 9, 5), "The storage report will be released Friday because of the Labor Day holiday.",
			[]tagged{{"Friday", "2006-09-08"}, {"Labor Day", "2006-09-04"}}},
		{"due to", date(2006, 5, 31), "Cattle slaughter will be light this week due to Memorial Day.",
			[]tagged{{"this week", "2006-W22"}, {"Memorial Day", "2006-05-29"}}},
		// near miss: the holiday ahead
		{"ahead", date(2006, 12, 20), "Exchanges will close early on Friday because of Christmas.",
			[]tagged{{"Friday", "2006-12-22"}, {"Christmas", "2006-12-25"}}},
	})
}

// A schedule verb's base form after four or five words that a singular determiner opens is
// the head of a noun phrase, no present: "said in its weekly crop progress report on Monday"
// is the Monday gone; a plural before it ("its growers report") leaves the verb.
func TestCommodityLongCompoundHead(t *testing.T) {
	run47(t, []case47{
		{"crop progress report", date(2008, 4, 16), "Iowa had planted no corn, the department said in its weekly crop progress report on Monday.",
			[]tagged{{"weekly", "P1W"}, {"Monday", "2008-04-14"}}},
		{"market news release", date(2008, 4, 16), "Hog prices fell, the agency said in the daily livestock market news release on Tuesday.",
			[]tagged{{"daily", "P1D"}, {"Tuesday", "2008-04-15"}}},
		// near miss: a present after a plural subject
		{"plural", date(2008, 4, 16), "The state's dairy and hog farmers meet on Monday.",
			[]tagged{{"Monday", "2008-04-21"}}},
	})
}
