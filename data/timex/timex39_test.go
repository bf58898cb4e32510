package timex

import (
	"testing"
	"time"
)

// Features, profiles and retrospectives (heldout47's registers), with sentences of our own.

func day39(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

func runTags39(t *testing.T, tests []struct {
	name string
	doc  time.Time
	text string
	want []tagged
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A fraction of a century or a decade before "ago", "later" or "earlier" counts its years.
func TestFractionOfEraClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"half a century ago", day39(2011, 3, 2), "The cannery shut its doors half a century ago.",
			[]tagged{{"half a century ago", "1961"}}},
		{"a half-century ago", day39(2011, 3, 2), "Her parents opened the shop a half-century ago.",
			[]tagged{{"a half-century ago", "1961"}}},
		{"a quarter century ago", day39(2019, 8, 14), "The county paved the road a quarter century ago.",
			[]tagged{{"a quarter century ago", "1994"}}},
		{"more than a quarter-century ago", day39(2019, 8, 14), "The club last reached a final more than a quarter-century ago.",
			[]tagged{{"a quarter-century ago", "1994"}}},
		{"three-quarters of a century ago", day39(2020, 5, 1), "The ferry began service three-quarters of a century ago.",
			[]tagged{{"three-quarters of a century ago", "1945"}}},
		{"half a decade ago", day39(2020, 5, 1), "Rents began climbing half a decade ago.",
			[]tagged{{"half a decade ago", "2015"}}},
		{"later from a named year", day39(2020, 5, 1), "The theater opened in 1928. Half a century later it became a church.",
			[]tagged{{"1928", "1928"}, {"Half a century later", "1978"}}},
		{"earlier from a named year", day39(2020, 5, 1), "The line was electrified in 1990, a quarter-century earlier than planned.",
			[]tagged{{"1990", "1990"}}},
		// controls: a whole count, a quarter of a year, a length
		{"a century ago", day39(2011, 3, 2), "The church burned a century ago.", []tagged{{"a century ago", "1911"}}},
		{"a quarter decade", day39(2011, 3, 2), "Sales fell a quarter decade ago.", nil},
		{"a span of half a century", day39(2011, 3, 2), "He taught there for half a century.", nil},
	})
}

// "last summer" set beside the summer named as the present one is the summer before it.
func TestLastSeasonBesideClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"this summer and last summer's", day39(2011, 9, 6), "Campground fees this summer were higher than last summer's.",
			[]tagged{{"this summer", "2011-SU"}, {"last summer", "2010-SU"}}},
		{"the fall and last fall", day39(2005, 12, 12), "Enrollment for the fall rose 3 percent from last fall.",
			[]tagged{{"fall", "2005-FA"}, {"last fall", "2004-FA"}}},
		// controls: alone, beside another season, in the sentence after, or a season not yet
		// gone ("this winter" told in December holds the telling, and "last" is a year back)
		{"last winter beside this winter in December", day39(2015, 12, 20), "Heating bills this winter are well below last winter's.",
			[]tagged{{"this winter", "2015-WI"}, {"last winter", "2014-WI"}}},
		{"last summer alone in September", day39(2011, 9, 6), "The pier was rebuilt last summer.",
			[]tagged{{"last summer", "2011-SU"}}},
		{"last fall beside this spring", day39(2005, 12, 12), "The plant hired 40 people last fall and plans to hire more this spring.",
			[]tagged{{"last fall", "2005-FA"}, {"this spring", "2006-SP"}}},
		{"last spring beside this spring told in June", day39(2005, 6, 20), "Rainfall this spring matched last spring's.",
			[]tagged{{"this spring", "2005-SP"}, {"last spring", "2004-SP"}}},
		{"next sentence", day39(2011, 9, 6), "Campground fees rose this summer. The park was closed last summer.",
			[]tagged{{"this summer", "2011-SU"}, {"last summer", "2011-SU"}}},
	})
}

// "now" after ", and" before a clause's noun phrase is the present set against the past.
func TestNowOpensClauseClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"and now the", day39(2012, 4, 3), "The rail yard closed in 1985, and now the county wants to build houses there.",
			[]tagged{{"1985", "1985"}, {"now", "PRESENT_REF"}}},
		{"and now a possessive", day39(2012, 4, 3), "Her father ran the diner for decades, and now her brother runs it.",
			[]tagged{{"now", "PRESENT_REF"}}},
		{"and now a name", day39(2012, 4, 3), "Toyota built the plant, and now Honda leases it.",
			[]tagged{{"now", "PRESENT_REF"}}},
		// controls: a verb of the same subject, a pronoun's clause, "between then and now"
		{"and now a verb", day39(2012, 4, 3), "The company cut 200 jobs and now expects a profit.", nil},
		{"and now a pronoun", day39(2012, 4, 3), "The city spent heavily, and now it is paying for it.", nil},
	})
}

// The second of two years in a row that name one season or school year is no year of its own,
// and a vote's infinitive of starting or ending lies ahead across the vote's own day.
func TestSeasonRangeAndStartInfinitive(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"four-digit school year", day39(2013, 10, 2), "Tuition rose 5 percent for the 2013-2014 school year.",
			[]tagged{{"the 2013-2014 school year", "2013"}}},
		{"four-digit season", day39(2013, 10, 2), "The Comets won 51 games in the 2012-2013 season.",
			[]tagged{{"the 2012-2013 season", "2012"}}},
		{"two-digit season", day39(2013, 10, 2), "The Comets won 51 games in the 2012-13 season.",
			[]tagged{{"the 2012-13 season", "2012"}}},
		{"a span of years stays two", day39(2013, 10, 2), "Prices were flat in 2009-2010 and rose in 2011.",
			[]tagged{{"2009", "2009"}, {"2010", "2010"}, {"2011", "2011"}}},
		{"not consecutive", day39(2013, 10, 2), "The study covered the 2008-2012 school years.",
			[]tagged{{"2008", "2008"}, {"2012", "2012"}}},
		{"voted Monday to start", day39(2013, 10, 2), "The district voted 4-3 Monday to start classes after Labor Day.",
			[]tagged{{"Monday", "2013-09-30"}, {"Labor Day", "2014-09-01"}}},
		{"agreed to end", day39(2013, 1, 9), "The union agreed Tuesday to end the walkout before Christmas.",
			[]tagged{{"Tuesday", "2013-01-08"}, {"Christmas", "2013-12-25"}}},
		// controls: a start told in the past, and "the start of"
		{"started after Labor Day", day39(2013, 10, 2), "Classes started after Labor Day.",
			[]tagged{{"Labor Day", "2013-09-02"}}},
		{"the start of", day39(2013, 10, 2), "The district voted Monday to delay the start of classes.",
			[]tagged{{"Monday", "2013-09-30"}}},
	})
}

// A holiday or a day without its year, with "last year", "next year", "this year" or "that
// year" after it, is that year's, one expression, as "March 3 last year" is.
func TestHolidayOfYearAfterClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"Black Friday last year", day39(2017, 11, 14), "Malls were half empty on Black Friday last year.",
			[]tagged{{"Black Friday last year", "2016-11-25"}}},
		{"Thanksgiving Day last year", day39(2017, 11, 14), "The parade drew a record crowd on Thanksgiving Day last year.",
			[]tagged{{"Thanksgiving Day last year", "2016-11-24"}}},
		{"holiday weekend this year told after it", day39(2017, 11, 14), "The fair moved to Labor Day weekend this year.",
			[]tagged{{"Labor Day weekend this year", "2017-W35-WE"}}},
		{"the day after a holiday next year", day39(2017, 11, 14), "The new school opens the day after Labor Day next year.",
			[]tagged{{"the day after Labor Day next year", "2018-09-04"}}},
		{"Christmas of last year", day39(2017, 3, 1), "The storm hit on Christmas of last year.",
			[]tagged{{"Christmas of last year", "2016-12-25"}}},
		{"that year after a named year", day39(2017, 3, 1), "The couple married in 1958. On Christmas Eve that year they bought the farm.",
			[]tagged{{"1958", "1958"}, {"Christmas Eve that year", "1958-12-24"}}},
		{"a month and day that year", day39(2017, 3, 1), "The mill opened in 1922. On May 4 that year it hired 80 men.",
			[]tagged{{"1922", "1922"}, {"May 4 that year", "1922-05-04"}}},
		{"the Fourth of July last year", day39(2017, 11, 14), "Fireworks were canceled on the Fourth of July last year.",
			[]tagged{{"the Fourth of July last year", "2016-07-04"}}},
		{"New Year's Day next year", day39(2017, 3, 1), "The new fares take effect on New Year's Day next year.",
			[]tagged{{"New Year's Day next year", "2018-01-01"}}},
		// controls: a possessive year, "last" before the holiday, and a holiday alone
		{"last year's after a holiday", day39(2017, 11, 14), "By Thanksgiving, last year's stock was gone.",
			[]tagged{{"Thanksgiving", "2017-11-23"}, {"last year", "2016"}}},
		{"last Christmas", day39(2017, 3, 1), "Sales were strong last Christmas.",
			[]tagged{{"last Christmas", "2016-12-25"}}},
		{"a holiday alone", day39(2017, 11, 14), "Malls will be half empty on Black Friday.",
			[]tagged{{"Black Friday", "2017-11-24"}}},
	})
}

// A school year from the telling is named by the year it starts in, as "the 2024-25 school
// year" is.
func TestRelativeSchoolYearClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"this school year in the fall", day39(2012, 10, 15), "Enrollment rose 3 percent this school year.",
			[]tagged{{"this school year", "2012"}}},
		{"this school year in the spring", day39(2013, 3, 4), "Enrollment rose 3 percent this school year.",
			[]tagged{{"this school year", "2012"}}},
		{"last academic year", day39(2013, 3, 4), "The college admitted 900 students last academic year.",
			[]tagged{{"last academic year", "2011"}}},
		{"next school year in the spring", day39(2013, 3, 4), "The district will hire 40 teachers for next school year.",
			[]tagged{{"next school year", "2013"}}},
		{"the coming school year in the summer", day39(2013, 7, 20), "Bus routes change for the coming school year.",
			[]tagged{{"coming school year", "2013"}}},
		// controls: the final one, and the school year alone
		{"her last school year", day39(2013, 3, 4), "It was her last school year before retiring.", nil},
		{"the school year alone", day39(2013, 3, 4), "Tests are given at the end of the school year.", nil},
	})
}

// A weekday before or after a named day is one day: "the Wednesday before Thanksgiving".
func TestWeekdayAroundDayClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"the Wednesday before Thanksgiving", day39(2019, 11, 12), "Airlines expect the Wednesday before Thanksgiving to be their busiest day.",
			[]tagged{{"the Wednesday before Thanksgiving", "2019-11-27"}}},
		{"the Sunday after a holiday last year", day39(2019, 11, 12), "Highways jammed on the Sunday after Thanksgiving last year.",
			[]tagged{{"the Sunday after Thanksgiving last year", "2018-11-25"}}},
		{"the Friday before Christmas", day39(2019, 11, 12), "Malls stay open until midnight on the Friday before Christmas.",
			[]tagged{{"the Friday before Christmas", "2019-12-20"}}},
		{"the Monday after a month and day", day39(2019, 11, 12), "Hearings resume the Monday after Dec. 2.",
			[]tagged{{"the Monday after Dec. 2", "2019-12-09"}}},
		// controls: no name after it, a weekday after it, a weekday alone
		{"the Monday before the vote", day39(2019, 11, 12), "Both sides met the Monday before the vote.",
			[]tagged{{"Monday", "2019-11-11"}}},
		{"the Monday before Tuesday's vote", day39(2019, 11, 12), "Both sides met the Monday before Tuesday's vote.",
			[]tagged{{"Monday", "2019-11-11"}, {"Tuesday", "2019-11-12"}}},
	})
}

// "the next decade" of a past narrative is the decade after the one it is at.
func TestStoryNextDecadeClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"after a year, past", day39(2006, 2, 8), "The band formed in 1977, and the next decade made its members rich.",
			[]tagged{{"1977", "1977"}, {"the next decade", "198"}}},
		{"after a decade, the sentence after", day39(2006, 2, 8), "He farmed in Kansas through the 1950s. The following decade he moved to Denver.",
			[]tagged{{"1950s", "195"}, {"The following decade", "196"}}},
		// controls: told ahead, a stretch, and a narrative that reaches the telling's decade
		{"ahead", day39(2006, 2, 8), "The band expects the next decade to be quieter.",
			[]tagged{{"next decade", "201"}}},
		{"a stretch", day39(2006, 2, 8), "The band formed in 1977 and over the next decade sold 10 million records.",
			[]tagged{{"1977", "1977"}, {"the next decade", "P10Y"}}},
		{"up to the telling's decade", day39(2006, 2, 8), "The band formed in 1995, and the next decade made it rich.",
			[]tagged{{"1995", "1995"}, {"the next decade", "200"}}},
		{"from the telling's decade", day39(2006, 2, 8), "The band formed in 2001, and the next decade will tell.",
			[]tagged{{"2001", "2001"}, {"next decade", "201"}}},
	})
}

// The turn of the century near a year of history the text has just named is that turn.
func TestTurnOfStoryYearClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a year after the turn", day39(2010, 5, 16), "The foundry opened in 1903, at the turn of the century.",
			[]tagged{{"1903", "1903"}, {"the turn of the century", "1900"}}},
		{"a year before the turn, the sentence before", day39(2012, 1, 5), "The line reached the valley in 1889. By the turn of the century it ran four trains a day.",
			[]tagged{{"1889", "1889"}, {"the turn of the century", "1900"}}},
		// controls: a recent year, a year far from any turn, no year
		{"a recent year", day39(2003, 1, 5), "Sales peaked in 1998, before the turn of the century.",
			[]tagged{{"1998", "1998"}, {"the turn of the century", "2000"}}},
		{"a year far from a turn", day39(2010, 5, 16), "The foundry opened in 1948 and closed at the turn of the century.",
			[]tagged{{"1948", "1948"}, {"the turn of the century", "2000"}}},
		{"no year", day39(2010, 5, 16), "The foundry closed at the turn of the century.",
			[]tagged{{"the turn of the century", "2000"}}},
	})
}

// A sports season so many back is the year it was played in.
func TestSeasonsAgoClasses(t *testing.T) {
	runTags39(t, []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"two seasons ago", day39(2016, 9, 20), "The Rams won 11 games two seasons ago.",
			[]tagged{{"two seasons ago", "2014"}}},
		{"a season ago", day39(2016, 9, 20), "He led the league in sacks a season ago.",
			[]tagged{{"a season ago", "2015"}}},
		{"straddling season in March", day39(2016, 3, 2), "The hockey team missed the playoffs three seasons ago.",
			[]tagged{{"three seasons ago", "2012"}}},
		// control: a season not counted back
		{"seasons alone", day39(2016, 9, 20), "He has played three seasons in Denver.", nil},
	})
}
