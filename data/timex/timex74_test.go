package timex

import "testing"

// A past that puts news out on the telling's weekday ("reported a loss on Tuesday") does not
// close the day: a schedule told later for the same weekday is that day. A past of another
// kind still does (TestScheduleWeekdayDone, timex60_test.go).
func TestAnnouncedWeekdayNotDone(t *testing.T) {
	run47(t, []case47{
		{"reported then reports", date(2004, 6, 15), "Acme Bank reported a 4% drop in profit on Tuesday. Its rival Beta Bank reports its results on Tuesday.",
			[]tagged{{"Tuesday", "2004-06-15"}, {"Tuesday", "2004-06-15"}}},
		{"posted then meets", date(2004, 6, 15), "The lender posted record earnings Tuesday. Its board meets Tuesday to vote on a buyback.",
			[]tagged{{"Tuesday", "2004-06-15"}, {"Tuesday", "2004-06-15"}}},
		{"announced then votes", date(2010, 3, 5), "Gamma Corp announced a bid for Delta on Friday. Delta's board votes Friday on a rival offer.",
			[]tagged{{"Friday", "2010-03-05"}, {"Friday", "2010-03-05"}}},
		// near misses: a past of another kind closes the day
		{"rallied", date(2004, 6, 15), "Bank shares rallied Tuesday. Beta Bank reports its results Tuesday.",
			[]tagged{{"Tuesday", "2004-06-15"}, {"Tuesday", "2004-06-22"}}},
		{"broke off", date(2010, 3, 5), "Merger talks broke off on Friday. The board meets Friday to weigh its options.",
			[]tagged{{"Friday", "2010-03-05"}, {"Friday", "2010-03-12"}}},
	})
}
