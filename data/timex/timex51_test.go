package timex

import "testing"

// Families of sports and arts wire (heldout58, timex51), with sentences of our own.

// A month in a sentence that names a season by the two years it straddles is the first year's
// from July to December and the second's from January to June.
func TestStraddlingSeasonMonth(t *testing.T) {
	run47(t, []case47{
		{"a spring month of a season long gone", date(2010, 6, 1), "The 2004-05 season was halted in March by a strike.",
			[]tagged{{"The 2004-05 season", "2004"}, {"March", "2005-03"}}},
		{"an autumn month of a season long gone", date(2010, 6, 1), "The 2004-05 season opened on Oct. 9 in Prague.",
			[]tagged{{"The 2004-05 season", "2004"}, {"Oct. 9", "2004-10-09"}}},
		{"a spring month of the coming season", date(2012, 8, 20), "Organizers of the 2012-13 season expect the final in May.",
			[]tagged{{"the 2012-13 season", "2012"}, {"May", "2013-05"}}},
		{"a school year's winter month", date(2009, 9, 1), "Exams for the 1995-96 school year were moved to January.",
			[]tagged{{"the 1995-96 school year", "1995"}, {"January", "1996-01"}}},
		// a month before the season's name is the sentence's own
		{"the month comes first", date(2010, 6, 1), "In March the club sold tickets for the 2004-05 season.",
			[]tagged{{"March", "2010-03"}, {"the 2004-05 season", "2004"}}},
		// goods of a season are sold before it: the sentence's month is the sale's
		{"season tickets", date(2011, 6, 1), "The 2011-12 season tickets went on sale in March.",
			[]tagged{{"2011", "2011"}, {"March", "2011-03"}}},
		// two years of no season: the story's first year, as before
		{"a budget's two years", date(2010, 6, 1), "The 2004-05 budget was passed in March.",
			[]tagged{{"2004", "2004"}, {"March", "2004-03"}}},
	})
}

// A month and day whose clause tells when an event a year owns starts, ends or is held is that
// year's.
func TestYearOwnedEvent(t *testing.T) {
	run47(t, []case47{
		{"next year's race starts", date(2008, 9, 30), "Next year's marathon starts in Boston on April 20.",
			[]tagged{{"Next year", "2009"}, {"April 20", "2009-04-20"}}},
		{"last year's festival opened", date(2011, 8, 15), "Last year's festival opened on June 3 to rain.",
			[]tagged{{"Last year", "2010"}, {"June 3", "2010-06-03"}}},
		{"next year's fair will end", date(2003, 11, 5), "Next year's book fair will end on Oct. 10.",
			[]tagged{{"Next year", "2004"}, {"Oct. 10", "2004-10-10"}}},
		{"a year's possessive, then a month", date(2006, 10, 2), "Next year's Games open in March.",
			[]tagged{{"Next year", "2007"}, {"March", "2007-03"}}},
		{"a year before the event's noun", date(2007, 9, 10), "The 2008 Games open in Beijing on Aug. 8.",
			[]tagged{{"2008", "2008"}, {"Aug. 8", "2008-08-08"}}},
		// a verb of no calendar of the event's own dates its own act
		{"next year's budget was approved", date(2005, 7, 24), "Next year's budget was approved on July 1.",
			[]tagged{{"Next year", "2006"}, {"July 1", "2005-07-01"}}},
		// a person the year owns is no event: the day is this year's race's
		{"last year's champion starts", date(2005, 6, 20), "Last year's champion starts on July 2.",
			[]tagged{{"Last year", "2004"}, {"July 2", "2005-07-02"}}},
		{"a year's budget was passed", date(2005, 7, 24), "The 2006 budget was passed on July 1.",
			[]tagged{{"2006", "2006"}, {"July 1", "2005-07-01"}}},
	})
}

// The dates of a schedule announced as a list after a colon are ahead.
func TestAnnouncedScheduleList(t *testing.T) {
	run47(t, []case47{
		{"a tour's dates after a colon", date(2009, 4, 7), "The singer unveiled her tour dates on Tuesday: Dublin in October, Paris on Nov. 12 and Rome on Christmas Eve.",
			[]tagged{{"Tuesday", "2009-04-07"}, {"October", "2009-10"}, {"Nov. 12", "2009-11-12"}, {"Christmas Eve", "2009-12-24"}}},
		{"a league's fixtures after a colon", date(2001, 5, 2), "The league released its fixtures: the opening game on Aug. 18, the derby in December.",
			[]tagged{{"Aug. 18", "2001-08-18"}, {"December", "2001-12"}}},
		// an item with a verb of its own tells its own time
		{"an item with its own past", date(2009, 4, 7), "The singer unveiled her tour dates on Tuesday: the first show sold out in October.",
			[]tagged{{"Tuesday", "2009-04-07"}, {"October", "2008-10"}}},
		// a colon after no schedule
		{"a colon after a finding", date(2009, 4, 7), "The report listed the causes: a storm in October and a fire on Nov. 12.",
			[]tagged{{"October", "2008-10"}, {"Nov. 12", "2008-11-12"}}},
	})
}

// The month a sale or a booking reaches, told in the present or the present perfect, is ahead.
func TestBookedThrough(t *testing.T) {
	run47(t, []case47{
		{"has sold seats through", date(2004, 10, 3), "The opera has sold seats through February.",
			[]tagged{{"February", "2005-02"}}},
		{"is booked until", date(2004, 10, 3), "The hall is booked until March for weddings.",
			[]tagged{{"March", "2005-03"}}},
		{"sells tickets into", date(2004, 10, 3), "The club sells tickets into April.",
			[]tagged{{"April", "2005-04"}}},
		// the pluperfect is the past's
		{"had sold through", date(2004, 10, 3), "The opera had sold seats through February.",
			[]tagged{{"February", "2004-02"}}},
	})
}

// A capitalized plural or a pronoun before "leave" makes it the present of a journey ahead.
func TestPluralLeave(t *testing.T) {
	run47(t, []case47{
		{"a team leaves on a weekday", date(2002, 11, 19), "The Rangers leave on Friday for a six-game trip.",
			[]tagged{{"Friday", "2002-11-22"}}},
		{"they leave a weekday for a city", date(2002, 11, 19), "They leave Sunday for Denver.",
			[]tagged{{"Sunday", "2002-11-24"}}},
		// "leave" as a noun stays the past's
		{"on leave since", date(2002, 11, 19), "The Rangers put him on leave Friday.",
			[]tagged{{"Friday", "2002-11-15"}}},
	})
}

// A season before a recess names the recess, no time.
func TestSeasonOfRecess(t *testing.T) {
	run47(t, []case47{
		{"the winter break", date(2003, 12, 1), "The league stops for the winter break after Dec. 20.",
			[]tagged{{"Dec. 20", "2003-12-20"}}},
		{"the summer recess", date(2003, 6, 2), "Lawmakers want a vote before the summer recess.",
			nil},
		// a season alone after "for the" is the time
		{"for the winter", date(2003, 12, 1), "The league stops for the winter.",
			[]tagged{{"winter", "2003-WI"}}},
	})
}

// "the following weekend" after a day is the next week's weekend, and "the previous weekend"
// the last week's.
func TestFollowingWeekend(t *testing.T) {
	run47(t, []case47{
		{"after a Saturday", date(2009, 3, 20), "The semifinals were played on March 7, and the final the following weekend.",
			[]tagged{{"March 7", "2009-03-07"}, {"the following weekend", "2009-W11-WE"}}},
		{"after a Friday ahead", date(2004, 10, 1), "The show opens on Oct. 15 and tours Ohio the following weekend.",
			[]tagged{{"Oct. 15", "2004-10-15"}, {"the following weekend", "2004-W43-WE"}}},
		{"the previous weekend", date(1999, 5, 20), "The vote came on May 14. The previous weekend, rallies filled the square.",
			[]tagged{{"May 14", "1999-05-14"}, {"The previous weekend", "1999-W18-WE"}}},
	})
}

// A present of travel or of moving with its destination before the time is a schedule: the
// season or month ahead.
func TestDestinationBeforeTime(t *testing.T) {
	run47(t, []case47{
		{"a show travels in the spring", date(2006, 12, 1), "The exhibition travels to Chicago in the spring.",
			[]tagged{{"spring", "2007-SP"}}},
		{"a play moves in a month", date(2006, 12, 1), "The play moves to London in March.",
			[]tagged{{"March", "2007-03"}}},
		{"a two-word destination", date(2006, 12, 1), "The ballet returns to New Orleans in the spring.",
			[]tagged{{"spring", "2007-SP"}}},
		// the past keeps its time gone, and a noun's destination is no verb's
		{"a show moved", date(2006, 12, 1), "The show moved to London in March.",
			[]tagged{{"March", "2006-03"}}},
		{"exports to a country", date(2006, 12, 1), "Sales to China in March were weak.",
			[]tagged{{"March", "2006-03"}}},
	})
}
