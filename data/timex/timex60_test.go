package timex

import "testing"

// Previews and schedules (timex60's), with sentences of our own.

// An opera house's, an orchestra's or a ballet's season straddles the new year: told from
// January to June, "this season" is the one begun the autumn before and "next season" the
// one to begin in the autumn.
func TestScheduleArtsSeason(t *testing.T) {
	run47(t, []case47{
		{"opera this season", date(2004, 3, 10), "The opera company sold 92 percent of its seats this season.",
			[]tagged{{"this season", "2003"}}},
		{"orchestra next season", date(2004, 4, 2), "The orchestra will play four new works next season, its music director said.",
			[]tagged{{"next season", "2004"}}},
		{"ballet last season", date(2009, 1, 20), "The ballet lost money last season, its second deficit in a row.",
			[]tagged{{"last season", "2007"}}},
		// near misses: a summer festival's season is the year's; in the autumn the season
		// begun is the year's own
		{"opera festival", date(2004, 5, 12), "The opera festival will stage three new productions this season.",
			[]tagged{{"this season", "2004"}}},
		{"autumn", date(2004, 10, 12), "The symphony has added two concerts this season.",
			[]tagged{{"this season", "2004"}}},
		{"no arts", date(2004, 3, 10), "The team has lost six games this season.",
			[]tagged{{"this season", "2004"}}},
	})
}

// A month after a date ahead in its sentence, with a word of running on between, is the
// first such month after that date.
func TestScheduleRunsOn(t *testing.T) {
	run47(t, []case47{
		{"next May after a season's opening", date(2012, 2, 15), "The company will open its season on Sept. 29 and close it next May.",
			[]tagged{{"Sept. 29", "2012-09-29"}, {"next May", "2013-05"}}},
		{"reopen in March", date(2005, 8, 10), "The plant will shut on Nov. 1 and reopen in March, the company said.",
			[]tagged{{"Nov. 1", "2005-11-01"}, {"March", "2006-03"}}},
		{"through a day", date(2005, 8, 10), "The exhibit runs from Oct. 14 through Feb. 5 at the museum.",
			[]tagged{{"Oct. 14", "2005-10-14"}, {"Feb. 5", "2006-02-05"}}},
		{"end it in May", date(2012, 2, 15), "The band will start its tour on Sept. 10 and end it in May.",
			[]tagged{{"Sept. 10", "2012-09-10"}, {"May", "2013-05"}}},
		{"until April 2", date(2009, 3, 3), "The bridge will close on Oct. 5 and stay shut until April 2.",
			[]tagged{{"Oct. 5", "2009-10-05"}, {"April 2", "2010-04-02"}}},
		// near misses: no word of running on; a past run; a date ahead after the month
		{"no run", date(2012, 2, 15), "The law takes effect Jan. 1, 2013, and the agency will write its rules by May.",
			[]tagged{{"Jan. 1, 2013", "2013-01-01"}, {"May", "2012-05"}}},
		{"past run", date(2013, 6, 20), "The season opened on Sept. 29 and closed in May.",
			[]tagged{{"Sept. 29", "2012-09-29"}, {"May", "2013-05"}}},
	})
}

// The past verb of a relative clause on an indefinite noun, lasting on into a date, before a
// modal: a supposition, ahead of the telling.
func TestScheduleSupposedRelative(t *testing.T) {
	run47(t, []case47{
		{"stretched into a quarter", date(1999, 9, 8), "Analysts said a strike that stretched into the fourth quarter could cut profits.",
			[]tagged{{"the fourth quarter", "1999-Q4"}}},
		{"lasted past a month", date(2003, 11, 12), "Growers said a freeze that lasted well into January would ruin the crop.",
			[]tagged{{"January", "2004-01"}}},
		// near misses: a definite noun names what was; no modal after the date
		{"definite", date(1999, 9, 8), "Analysts said the strike that stretched into the third quarter could end soon.",
			[]tagged{{"the third quarter", "1999-Q3"}, {"soon", "FUTURE_REF"}}},
		{"no modal", date(2003, 11, 12), "Growers said a freeze that lasted into February ruined the crop.",
			[]tagged{{"February", "2003-02"}}},
	})
}

// The telling's own weekday told ahead, after the text has told that day's events as done
// in an earlier sentence, is the one a week on.
func TestScheduleWeekdayDone(t *testing.T) {
	run47(t, []case47{
		{"market column", date(2006, 7, 28), "Stocks rallied Friday. The jobs report comes Friday, and traders expect a weak one.",
			[]tagged{{"Friday", "2006-07-28"}, {"Friday", "2006-08-04"}}},
		{"strike", date(1999, 9, 8), "The talks broke off Wednesday. Workers will walk out Wednesday unless a deal is reached.",
			[]tagged{{"Wednesday", "1999-09-08"}, {"Wednesday", "1999-09-15"}}},
		// near misses: a saying's weekday; a later part of the day; the same sentence
		{"said", date(2006, 7, 28), "The company said Friday it would cut jobs. The board meets Friday.",
			[]tagged{{"Friday", "2006-07-28"}, {"Friday", "2006-07-28"}}},
		{"afternoon", date(1999, 9, 8), "The talks broke off Wednesday. Workers will rally Wednesday afternoon.",
			[]tagged{{"Wednesday", "1999-09-08"}, {"Wednesday afternoon", "1999-09-08"}}},
		{"until", date(2003, 5, 8), "The plant closed Thursday. Until Thursday, workers had expected a reprieve.",
			[]tagged{{"Thursday", "2003-05-08"}, {"Thursday", "2003-05-08"}}},
		{"told reporters", date(2003, 5, 5), "The mayor vetoed the bill Monday. \"We will keep at it,\" the mayor told reporters at City Hall Monday.",
			[]tagged{{"Monday", "2003-05-05"}, {"Monday", "2003-05-05"}}},
		{"same sentence", date(2006, 7, 28), "The Senate passed the bill Friday, and the House takes it up Friday.",
			[]tagged{{"Friday", "2006-07-28"}, {"Friday", "2006-07-28"}}},
	})
}
