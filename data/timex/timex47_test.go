package timex

import (
	"testing"
	"time"
)

// Families of magazine features, columns and interviews (heldout55's), with sentences of our
// own.

type case47 struct {
	name string
	doc  time.Time
	text string
	want []tagged
}

func run47(t *testing.T, tests []case47) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}

// A verb of the calendar after a quoted title, and a bare irregular verb after "who".
func TestFeatureVerbs(t *testing.T) {
	run47(t, []case47{
		// a title in quotes before a verb of the calendar is its subject
		{"title with commas", date(2002, 10, 7), `His third play, "Low Water," opens Friday at the Public Theater.`,
			[]tagged{{"Friday", "2002-10-11"}}},
		{"title without commas", date(2002, 10, 7), `The documentary "River Towns" premieres Wednesday on PBS.`,
			[]tagged{{"Wednesday", "2002-10-09"}}},
		{"title, then its past", date(2002, 10, 7), `His third play, "Low Water," opened Friday to poor reviews.`,
			[]tagged{{"Friday", "2002-10-04"}}},
		{"speech before its saying", date(2002, 10, 7), `"We close Friday," said the manager.`,
			[]tagged{{"Friday", "2002-10-11"}}},
		// "who" and a verb whose past is its base: past, unless a habit
		{"who hit Sunday", date(2006, 5, 1), "Fans still cheer the catcher, who hit two home runs in a game Sunday.",
			[]tagged{{"Sunday", "2006-04-30"}}},
		{"who cut Thursday", date(2006, 5, 1), "Reporters wait for Mayor Kane, who cut the budget in a late vote Thursday.",
			[]tagged{{"Thursday", "2006-04-27"}}},
		{"who usually cut in June", date(2006, 5, 1), "Growers who usually cut hay in June are waiting.",
			[]tagged{{"June", "XXXX-06"}}},
	})
}

// The tense of a clause a date opens, whose subject carries a "who" clause.
func TestFeatureWhoClauseSubject(t *testing.T) {
	run47(t, []case47{
		{"by spring ... who ... had", date(2008, 12, 28), "By spring the tenants who rent the upper floors had moved out.",
			[]tagged{{"spring", "2008-SP"}}},
		{"in March ... who ... will", date(2008, 12, 28), "In March the nurses who staff the clinic will vote on a contract.",
			[]tagged{{"March", "2009-03"}}},
		{"on Friday ... who ... said", date(2008, 12, 28), "On Friday the man who runs the ferry said it would stop.",
			[]tagged{{"Friday", "2008-12-26"}}},
	})
}

// A season after "by" that opens its clause, before the clause's subject.
func TestFeatureFrontedSeason(t *testing.T) {
	run47(t, []case47{
		{"by winter, fronted", date(2003, 12, 21), "The mill reopened in May; by winter the town had its jobs back.",
			[]tagged{{"May", "2003-05"}, {"winter", "2003-WI"}}},
		{"by fall, after and", date(2003, 12, 21), "Prices rose in June, and by fall they had doubled.",
			[]tagged{{"June", "2003-06"}, {"fall", "2003-FA"}}},
		{"by summer sales", date(2003, 12, 21), "Revenue was lifted by summer sales.", nil},
	})
}

// Seasons of the calendar counted back in the plural.
func TestFeatureSeasonsAgo(t *testing.T) {
	run47(t, []case47{
		{"three winters ago", date(2010, 4, 12), "Three winters ago the harbor froze over.",
			[]tagged{{"Three winters ago", "2007-WI"}}},
		{"two springs ago, told in spring", date(2010, 4, 12), "Two springs ago the river flooded the fields.",
			[]tagged{{"Two springs ago", "2008-SP"}}},
		{"a summer ago, told in summer", date(2010, 7, 20), "A summer ago the beach was empty.",
			[]tagged{{"A summer ago", "2009-SU"}}},
	})
}

// Named days: a weekday's part in the plural, national days, a named day of a year.
func TestFeatureNamedDays(t *testing.T) {
	run47(t, []case47{
		{"Tuesday nights", date(2004, 6, 6), "The band plays Tuesday nights at the Anchor.",
			[]tagged{{"Tuesday nights", "XXXX-WXX-2TNI"}}},
		{"Sunday afternoons", date(2004, 6, 6), "Sunday afternoons belong to the cricket club.",
			[]tagged{{"Sunday afternoons", "XXXX-WXX-7TAF"}}},
		{"Victoria Day", date(2009, 5, 10), "The marina opens for the season on Victoria Day.",
			[]tagged{{"Victoria Day", "2009-05-18"}}},
		{"Canada Day", date(2009, 5, 10), "Fireworks are planned for Canada Day.",
			[]tagged{{"Canada Day", "2009-07-01"}}},
		{"Boxing Day", date(2009, 12, 20), "Stores in Toronto open early on Boxing Day.",
			[]tagged{{"Boxing Day", "2009-12-26"}}},
		{"Remembrance Day", date(2009, 10, 30), "Veterans will march on Remembrance Day.",
			[]tagged{{"Remembrance Day", "2009-11-11"}}},
		{"Bastille Day", date(2009, 6, 1), "The café throws a party on Bastille Day.",
			[]tagged{{"Bastille Day", "2009-07-14"}}},
		{"Bank of Canada", date(2009, 5, 10), "The Bank of Canada held its rate.", nil},
		{"Easter Sunday of a year", date(2011, 3, 1), "The church burned on Easter Sunday of 1948.",
			[]tagged{{"Easter Sunday of 1948", "1948-03-28"}}},
		{"Christmas Eve, a year", date(2011, 3, 1), "She was born on Christmas Eve, 1920.",
			[]tagged{{"Christmas Eve, 1920", "1920-12-24"}}},
		{"a count after the comma", date(2011, 3, 1), "By Christmas, 1500 workers had been hired.",
			[]tagged{{"Christmas", "2010-12-25"}}},
	})
}

// A year-end column's and a history's times: the year as the subject of its beginning, a day
// of a happening gone, "that" and a month before its verb.
func TestFeatureLookingBack(t *testing.T) {
	run47(t, []case47{
		{"the year began", date(2005, 12, 25), "The year began with a flood and ended with a fire.",
			[]tagged{{"The year", "2005"}}},
		{"the year ended, told in January", date(2006, 1, 4), "The year ended with the mill's sale.",
			[]tagged{{"The year", "2005"}}},
		{"the year of a history", date(2006, 1, 4), "Nobody here forgets 1977. The year began with a blizzard.",
			[]tagged{{"1977", "1977"}, {"The year", "1977"}}},
		{"for the year ended", date(2006, 1, 4), "Profit for the year ended Sept. 30 rose 4 percent.",
			[]tagged{{"the year ended Sept. 30", "2005"}}},
		{"a happening's day gone", date(2005, 12, 27), "The blizzard of Jan. 8 stranded 300 drivers.",
			[]tagged{{"Jan. 8", "2005-01-08"}}},
		{"a fire on a day gone", date(2005, 12, 27), "A fire on Jan. 19 gutted the old depot.",
			[]tagged{{"Jan. 19", "2005-01-19"}}},
		{"a deadline ahead", date(2005, 12, 27), "The union rejected the Jan. 8 deadline.",
			[]tagged{{"Jan. 8", "2006-01-08"}}},
		{"a storm forecast", date(2005, 12, 27), "Forecasters said the storm on Jan. 3 would bring ice.",
			[]tagged{{"Jan. 3", "2006-01-03"}}},
		{"that month before its verb", date(2010, 3, 2), "She moved to Memphis in 1968. The heat of that July nearly broke her.",
			[]tagged{{"1968", "1968"}, {"that July", "1968-07"}}},
	})
}

// Families that probing our own sentences of the batch's registers showed: parts of a decade,
// the next decade after "in", New Year's days and Armistice Day of a year.
func TestFeatureDecadesAndYears(t *testing.T) {
	run47(t, []case47{
		{"in the next decade", date(2004, 9, 20), "The telescope should reach orbit in the next decade.",
			[]tagged{{"the next decade", "201"}}},
		{"early in the next decade", date(2004, 9, 20), "The county plans a new bridge early in the next decade.",
			[]tagged{{"early in the next decade", "201"}}},
		{"over the next decade", date(2004, 9, 20), "Premiums will climb over the next decade.",
			[]tagged{{"the next decade", "P10Y"}}},
		{"within the next decade", date(2004, 9, 20), "Half the pines could die within the next decade.",
			[]tagged{{"the next decade", "P10Y"}}},
		{"by mid-decade, ahead", date(2004, 9, 20), "The airline hopes to fly to Lima by mid-decade.",
			[]tagged{{"mid-decade", "200"}}},
		{"by mid-decade, a history", date(2004, 9, 20), "The cannery opened in 1962. By mid-decade it canned 40 tons a day.",
			[]tagged{{"1962", "1962"}, {"mid-decade", "196"}}},
		{"decade's end", date(2004, 9, 20), "Officials want every school wired by decade's end.",
			[]tagged{{"decade's end", "200"}}},
		{"decade's end, a history", date(2004, 9, 20), "The choir sang in Vienna in the late 1950s and in Tokyo by decade's end.",
			[]tagged{{"late 1950s", "195"}, {"decade's end", "195"}}},
		{"New Year's Eve of a year", date(2004, 9, 20), "The hotel burned on New Year's Eve, 1938.",
			[]tagged{{"New Year's Eve, 1938", "1938-12-31"}}},
		{"New Year's Day of a year", date(2004, 9, 20), "The couple wed on New Year's Day of 1946.",
			[]tagged{{"New Year's Day of 1946", "1946-01-01"}}},
		{"Armistice Day", date(2004, 9, 20), "The bells rang on Armistice Day, 1918.",
			[]tagged{{"Armistice Day, 1918", "1918-11-11"}}},
	})
}

// A weekday that an article and an adjective introduce, or that a form of be places in a
// month, is some day of that name; the turn of the millennium.
func TestFeatureIndefiniteDays(t *testing.T) {
	run47(t, []case47{
		{"on a rainy Saturday in May", date(1999, 2, 15), "They married on a rainy Saturday in May.",
			[]tagged{{"May", "1998-05"}}},
		{"was a cold Tuesday in January", date(1999, 2, 15), "It was a cold Tuesday in January when the letter came.",
			[]tagged{{"January", "1999-01"}}},
		{"was a Tuesday in March", date(1999, 2, 15), "It was a Tuesday in March when the dam broke.",
			[]tagged{{"March", "1998-03"}}},
		{"was a Monday, story's day", date(1999, 2, 15), "It was a Monday, the day the mill closed.",
			[]tagged{{"Monday", "1999-02-15"}}},
		{"signed a bill Wednesday", date(1999, 2, 15), "The governor signed a bill Wednesday that raises tolls.",
			[]tagged{{"Wednesday", "1999-02-10"}}},
		{"the turn of the millennium", date(1996, 11, 4), "Planners expect the county to reach a million people by the turn of the millennium.",
			[]tagged{{"the turn of the millennium", "2000"}}},
		{"the turn of the millennium, after", date(2008, 11, 4), "Prices have tripled since the turn of the millennium.",
			[]tagged{{"the turn of the millennium", "2000"}}},
	})
}

// A verb of the calendar before "again" or an adverb of place and its season.
func TestFeatureScheduleAdverb(t *testing.T) {
	run47(t, []case47{
		{"meets again in the spring", date(2009, 11, 30), "The review board meets again in the spring.",
			[]tagged{{"spring", "2010-SP"}}},
		{"opens here in the summer", date(2009, 11, 30), "The touring exhibit opens here in the summer.",
			[]tagged{{"summer", "2010-SU"}}},
		{"met again in the spring", date(2009, 11, 30), "The board met again in the spring.",
			[]tagged{{"spring", "2009-SP"}}},
	})
}

// The present perfect of be with a complement tells of a time gone.
func TestFeaturePerfectOfBe(t *testing.T) {
	run47(t, []case47{
		{"have been weak in", date(2002, 12, 22), "Orders have been weak in April and May.",
			[]tagged{{"April", "2002-04"}, {"May", "2002-05"}}},
		{"has been a year of", date(2002, 12, 22), "It has been a year of fires: in February, in July and again in September.",
			[]tagged{{"February", "2002-02"}, {"July", "2002-07"}, {"September", "2002-09"}}},
		{"has been moved to", date(2003, 6, 2), "The hearing has been moved to Friday.",
			[]tagged{{"Friday", "2003-06-06"}}},
		{"has been set for", date(2003, 6, 2), "The vote has been set for Thursday.",
			[]tagged{{"Thursday", "2003-06-05"}}},
	})
}
