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
