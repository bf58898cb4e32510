package timex

import (
	"testing"
	"time"
)

// Science, space, environment and disaster news (heldout49's registers), with sentences of our
// own.

func day41(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

type case41 struct {
	name string
	doc  time.Time
	text string
	want []tagged
}

func runTags41(t *testing.T, tests []case41) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A target or a forecast past 2099 is a year after a preposition of time; a clock time and a
// count are not.
func TestScienceNewsFarYears(t *testing.T) {
	runTags41(t, []case41{
		{"by 2100", day41(2009, 12, 8), "Negotiators in Copenhagen want to hold warming to 2 degrees by 2100.",
			[]tagged{{"2100", "2100"}}},
		{"in 2150", day41(2012, 4, 2), "The Dutch plan assumes the North Sea will stand a meter higher in 2150.",
			[]tagged{{"2150", "2150"}}},
		{"sentence-initial", day41(2001, 1, 22), "By 2100, most Alpine glaciers could be gone, the study said.",
			[]tagged{{"2100", "2100"}}},
		{"through", day41(2004, 6, 30), "Shell's scenarios run through 2200 and assume no new dams.",
			[]tagged{{"2200", "2200"}}},
		{"the year", day41(2010, 3, 3), "The model looks as far ahead as the year 2300.",
			[]tagged{{"the year 2300", "2300"}}},
		// controls: a clock time, a count, a bare number
		{"clock time", day41(1998, 5, 4), "The ceasefire will take effect at 2100 GMT on Tuesday.",
			[]tagged{{"Tuesday", "1998-05-05"}}},
		{"clock time after by", day41(1998, 5, 4), "Bids are due by 2100 local time.",
			nil},
		{"range of clock times", day41(1998, 5, 4), "The market opens from 2100 to 2300 GMT.",
			nil},
		{"count", day41(2003, 9, 10), "The storm destroyed 2100 homes on the island.",
			nil},
		{"bare number", day41(2003, 9, 10), "The index fell 2100 on the day.",
			nil},
	})
}

// An age counted in thousands of years or more is no date and no unsaid while before now;
// smaller counts are years, and an unsaid "years ago" stays a past reference.
func TestScienceNewsAgesOfTheEarth(t *testing.T) {
	runTags41(t, []case41{
		{"million", day41(2010, 3, 5), "The asteroid struck the Yucatan some 66 million years ago.",
			nil},
		{"billion", day41(2008, 7, 1), "The rocks in the canyon's floor formed about 1.7 billion years ago.",
			nil},
		{"thousands", day41(2008, 7, 1), "People first crossed the strait 15,000 years ago.",
			nil},
		{"thousands of", day41(2011, 8, 19), "The lake dried up thousands of years ago.",
			nil},
		{"millions of", day41(2011, 8, 19), "The seabed was lifted into mountains millions of years ago.",
			nil},
		// controls: a count that is a year, and unsaid counts
		{"centuries as a year", day41(2013, 3, 20), "The abbey was founded 900 years ago.",
			[]tagged{{"900 years ago", "1113"}}},
		{"hundreds of", day41(2011, 8, 19), "Hundreds of years ago the valley was a lake.",
			[]tagged{{"years ago", "PAST_REF"}}},
		{"years ago", day41(2011, 8, 19), "Years ago the valley was a lake.",
			[]tagged{{"Years ago", "PAST_REF"}}},
	})
}

// A launch site's name holds a schedule verb as its first noun: the date after it is the past
// verb's, not a schedule.
func TestSpaceNewsLaunchSite(t *testing.T) {
	runTags41(t, []case41{
		{"launch center", day41(2008, 9, 26), "The three astronauts lifted off from the Jiuquan launch center Thursday evening.",
			[]tagged{{"Thursday evening", "2008-09-25"}}},
		{"capitalized", day41(2008, 9, 26), "The rocket rose from the Xichang Satellite Launch Center on Wednesday.",
			[]tagged{{"Wednesday", "2008-09-24"}}},
		{"launch pad", day41(2001, 4, 30), "The Soyuz blasted off from the Baikonur launch pad on Saturday.",
			[]tagged{{"Saturday", "2001-04-28"}}},
		{"launch site", day41(1999, 2, 10), "Engineers returned to the Plesetsk launch site Monday after the blizzard.",
			[]tagged{{"Monday", "1999-02-08"}}},
		// controls: the verb itself, its third person, a place noun that is an object
		{"will launch", day41(2008, 9, 26), "The space agency will launch the probe Wednesday.",
			[]tagged{{"Wednesday", "2008-10-01"}}},
		{"launches", day41(2008, 9, 26), "The base launches a weather satellite on Tuesday.",
			[]tagged{{"Tuesday", "2008-09-30"}}},
		{"the launch", day41(2008, 9, 26), "Engineers are checking the rocket before the launch Tuesday.",
			[]tagged{{"Tuesday", "2008-09-30"}}},
	})
}

// "mid-century" and "midcentury" are the middle of the telling's century, or of the past
// century a narrative is at.
func TestClimateNewsMidCentury(t *testing.T) {
	runTags41(t, []case41{
		{"mid-century", day41(2009, 12, 8), "Rich nations should cut their emissions by 80 percent by mid-century, the minister said.",
			[]tagged{{"mid-century", "20"}}},
		{"midcentury", day41(2014, 5, 6), "Heat waves of this kind could come every other summer by midcentury.",
			[]tagged{{"midcentury", "20"}}},
		{"story's century", day41(2006, 2, 14), "The steelworks opened in 1947, and by mid-century it employed 12,000 people.",
			[]tagged{{"1947", "1947"}, {"mid-century", "19"}}},
		// controls: "mid" before a year or a month is early-late-mid's
		{"mid-year", day41(2006, 2, 14), "The dam was finished in mid-2004.",
			[]tagged{{"mid-2004", "2004"}}},
		{"mid-month", day41(2006, 2, 14), "The ice will break up in mid-March.",
			[]tagged{{"mid-March", "2006-03"}}},
	})
}

// A schedule that slips, or is moved by a measure without "by", moves to a date ahead of the
// telling; a price that slips to a day's level does not.
func TestSpaceNewsSlippedTo(t *testing.T) {
	runTags41(t, []case41{
		{"slipped to", day41(2006, 1, 16), "The Pluto probe's launch slipped to Thursday because of high winds at the Cape.",
			[]tagged{{"Thursday", "2006-01-19"}}},
		{"slipped back", day41(2006, 1, 16), "The spacewalk has slipped back to Friday.",
			[]tagged{{"Friday", "2006-01-20"}}},
		{"measure without by", day41(2009, 3, 16), "Managers delayed the shuttle's liftoff two days, to Wednesday, to fix a valve.",
			[]tagged{{"two days", "P2D"}, {"Wednesday", "2009-03-18"}}},
		{"moved up", day41(2009, 3, 16), "The crew's return was moved up a day, to Saturday.",
			[]tagged{{"Saturday", "2009-03-21"}}},
		// controls: a price's level on a day, a measure of a figure
		{"price level", day41(2009, 3, 16), "Copper slipped to Friday's low in early trading.",
			[]tagged{{"Friday", "2009-03-13"}}},
		{"figure", day41(2009, 3, 16), "Orders fell 4 percent, to 12,000, on Friday.",
			[]tagged{{"Friday", "2009-03-13"}}},
	})
}

// "this season" of storms, snow or the flu is the weather's, untagged as "the first storm of
// the season" is; a sports season stays the year, with weather in its sentence too.
func TestDisasterNewsWeatherSeason(t *testing.T) {
	runTags41(t, []case41{
		{"named storm", day41(2005, 8, 29), "Katrina is the 11th named storm this season.",
			nil},
		{"hurricane to hit", day41(2004, 9, 26), "Jeanne was the fourth hurricane to strike Florida this season.",
			nil},
		{"snowfall", day41(1996, 1, 9), "Snowfall so far this season stands at 48 inches in Boston.",
			nil},
		{"flu vaccine", day41(2004, 10, 6), "The maker warned that it could not ship next season's flu vaccine on time.",
			nil},
		// controls: sports seasons
		{"games", day41(2002, 9, 22), "The Braves have won 101 games this season.",
			[]tagged{{"this season", "2002"}}},
		{"rain delays", day41(2002, 9, 22), "The Cubs have sat through four rain delays this season.",
			[]tagged{{"this season", "2002"}}},
	})
}

// A comma closes the span of a "since" in an aside: the date after it is the present verb's.
func TestDisasterNewsSinceInAside(t *testing.T) {
	runTags41(t, []case41{
		{"reopen", day41(2011, 8, 29), "Ferries to the island, halted since Friday, resume Wednesday.",
			[]tagged{{"Friday", "2011-08-26"}, {"Wednesday", "2011-08-31"}}},
		{"reopens", day41(2011, 8, 29), "The Holland Tunnel, closed since Saturday, reopens Tuesday.",
			[]tagged{{"Saturday", "2011-08-27"}, {"Tuesday", "2011-08-30"}}},
		// controls: a past verb after the aside, a date the since itself takes
		{"reopened", day41(2011, 8, 29), "The Holland Tunnel, closed since Saturday, reopened Sunday.",
			[]tagged{{"Saturday", "2011-08-27"}, {"Sunday", "2011-08-28"}}},
		{"since last", day41(2011, 8, 29), "Power has been out in the county since last Friday.",
			[]tagged{{"last Friday", "2011-08-26"}}},
	})
}

// "the past" before a count written with a comma is the adjective of a stretch, no past
// reference; "the past" ending its phrase stays one.
func TestScienceNewsPastThousandsOfYears(t *testing.T) {
	runTags41(t, []case41{
		{"800,000", day41(2008, 5, 15), "The Antarctic ice core records the climate of the past 800,000 years.",
			nil},
		{"1,300", day41(2006, 6, 22), "The panel said the 1990s were likely the warmest decade of the past 1,300 years.",
			[]tagged{{"1990s", "199"}}},
		// controls: the past alone, before a comma and a count
		{"in the past", day41(2006, 6, 22), "Warm spells in the past were shorter.",
			[]tagged{{"the past", "PAST_REF"}}},
		{"comma then count", day41(2006, 6, 22), "In the past, 20 stations kept records.",
			[]tagged{{"the past", "PAST_REF"}}},
	})
}

// A month and day before its event's noun takes the year named after the noun.
func TestDisasterNewsEventDayOfYear(t *testing.T) {
	runTags41(t, []case41{
		{"quake last year", day41(2009, 5, 12), "Many families displaced by the May 12 quake last year still live in tents.",
			[]tagged{{"May 12", "2008-05-12"}, {"last year", "2008"}}},
		{"of last year", day41(2011, 4, 27), "Tornadoes like the April 27 outbreak of last year are rare.",
			[]tagged{{"April 27", "2010-04-27"}, {"last year", "2010"}}},
		{"storm last year", day41(2006, 8, 20), "The Aug. 29 storm last year flooded four-fifths of the city.",
			[]tagged{{"Aug. 29", "2005-08-29"}, {"last year", "2005"}}},
		{"vote next year", day41(2009, 5, 12), "The May 20 referendum next year will settle the question.",
			[]tagged{{"May 20", "2010-05-20"}, {"next year", "2010"}}},
		// controls: a verb between the date and the year, a date with no noun after it
		{"verb between", day41(2009, 5, 12), "The May 20 vote was postponed last year.",
			[]tagged{{"May 20", "2009-05-20"}, {"last year", "2008"}}},
		{"no noun", day41(2009, 5, 12), "Voters on May 20 rejected it last year.",
			[]tagged{{"May 20", "2009-05-20"}, {"last year", "2008"}}},
	})
}

// A price quoted without a comma after "to" or "from" is no far year.
func TestScienceNewsFarYearsPrices(t *testing.T) {
	runTags41(t, []case41{
		{"to a price", day41(1997, 4, 8), "Sony rose 50 yen to 2150 on Tuesday.",
			[]tagged{{"Tuesday", "1997-04-08"}}},
		{"from a price", day41(1997, 4, 8), "The index fell from 2350 in early trading.",
			nil},
	})
}
