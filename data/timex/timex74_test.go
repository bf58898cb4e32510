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

// "Next" before a body's sitting ("its next term", "its next session", "its next meeting")
// puts the sitting's month ahead of the telling, whatever the tense of the act that puts a
// matter off to it. "Its last meeting", "its meeting" and, after "at", a month earlier in
// the year than the telling's keep the clause's tense.
func TestNextSittingAhead(t *testing.T) {
	run47(t, []case47{
		{"start of next term", date(2004, 6, 15), "The justices held the appeal over until the start of their next term in October.",
			[]tagged{{"October", "2004-10"}}},
		{"next session", date(2004, 6, 15), "Lawmakers shelved the measure until their next session in January.",
			[]tagged{{"January", "2005-01"}}},
		{"next regular meeting", date(2004, 6, 15), "The council deferred the zoning request to its next regular meeting in September.",
			[]tagged{{"September", "2004-09"}}},
		{"left for next meeting", date(2004, 6, 15), "Directors left the dividend decision for their next meeting in August.",
			[]tagged{{"August", "2004-08"}}},
		{"tabled at next meeting", date(2004, 6, 15), "The commission tabled the plan, to be taken up at its next meeting in November.",
			[]tagged{{"November", "2004-11"}}},
		// near misses
		{"last meeting", date(2004, 6, 15), "The council approved the budget at its last meeting in October.",
			[]tagged{{"October", "2003-10"}}},
		{"no next", date(2004, 6, 15), "The council approved the budget at its meeting in October.",
			[]tagged{{"October", "2003-10"}}},
		{"at next, month gone", date(2004, 6, 15), "The council approved the budget at its next meeting in March.",
			[]tagged{{"March", "2004-03"}}},
	})
}

// A plain past of asking with a "that" clause whose verb is bare, a passive with "be", or
// after "should" puts the clause's month ahead: what is asked for is still to come. A
// clause with no date of its own, a past of the clause's own and a pluperfect keep the past.
func TestRequestedThatClause(t *testing.T) {
	run47(t, []case47{
		{"requested bare", date(2004, 6, 15), "The seller requested that the transaction close in August.",
			[]tagged{{"August", "2004-08"}}},
		{"asked bare", date(2004, 6, 15), "Defense lawyers asked that the retrial begin in November.",
			[]tagged{{"November", "2004-11"}}},
		{"asked be held", date(2004, 6, 15), "The shareholders asked that a special meeting be held in September.",
			[]tagged{{"September", "2004-09"}}},
		{"urged bare", date(2004, 6, 15), "The regulator urged that the lender raise fresh capital in October.",
			[]tagged{{"October", "2004-10"}}},
		// near misses
		{"asked in March", date(2004, 6, 15), "The seller asked in March that the transaction close quickly.",
			[]tagged{{"March", "2004-03"}}},
		{"own past", date(2004, 6, 15), "The seller requested that papers it filed in August be sealed.",
			[]tagged{{"August", "2003-08"}}},
		{"had asked", date(2004, 6, 15), "Defense lawyers had asked that the retrial begin in November.",
			[]tagged{{"November", "2003-11"}}},
	})
}
