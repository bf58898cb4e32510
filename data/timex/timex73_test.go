package timex

import "testing"

// A bare season before a maker's, a network's or a designer's set for it is that season of
// the telling's year; without a determiner, or in a name, it names a kind and is no time.
func TestTechSeasonLineup(t *testing.T) {
	run47(t, []case47{
		{"possessive lineup", date(2004, 6, 16), "Sony's fall lineup of televisions reaches stores in August.",
			[]tagged{{"fall", "2004-FA"}, {"August", "2004-08"}}},
		{"its schedule", date(2004, 6, 16), "The network unveiled its fall schedule on Tuesday.",
			[]tagged{{"fall", "2004-FA"}, {"Tuesday", "2004-06-15"}}},
		{"their collections", date(2004, 2, 9), "Designers will show their spring collections next week.",
			[]tagged{{"spring", "2004-SP"}, {"next week", "2004-W08"}}},
		// near misses: no determiner, a sale's kind
		{"no determiner", date(2004, 6, 16), "Fall lineup changes were small, and stores held a summer sale.", nil},
	})
}

// The period of a forecast a verb changed lies ahead of the change, though the verb is past;
// a forecast missed, a month that dates the cut and a cut of prices are left to the tense.
func TestTechForecastChangedFor(t *testing.T) {
	run47(t, []case47{
		{"cut its forecast for ... in", date(2004, 6, 16), "The firm cut its forecast for PC sales in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2004-Q4"}}},
		{"raised their outlook for ... in", date(2006, 3, 22), "Analysts raised their outlook for chip revenue in the second half.",
			[]tagged{{"the second half", "2006-H2"}}},
		{"lowered its estimate for", date(2010, 5, 3), "The agency lowered its estimate for the fourth quarter.",
			[]tagged{{"the fourth quarter", "2010-Q4"}}},
		// near misses: a cut dated by its month, a price cut, a pluperfect's month beside a
		// quarter ahead
		{"cut ... in January", date(2019, 4, 18), "The rival's shares slid after it cut its forecast in January.",
			[]tagged{{"January", "2019-01"}}},
		{"cut prices", date(2004, 6, 16), "The firm cut prices in the fourth quarter.",
			[]tagged{{"the fourth quarter", "2003-Q4"}}},
		{"had predicted in December", date(2004, 10, 18), "Lockwood expects a profit in the fourth quarter, later than it had predicted in December.",
			[]tagged{{"the fourth quarter", "2004-Q4"}, {"December", "2003-12"}}},
	})
}

// What is "on track for" a time lies ahead of the saying, counted from the month the saying is
// dated by; a state "on track in" a month is that month's.
func TestTechOnTrackFor(t *testing.T) {
	run47(t, []case47{
		{"pluperfect saying", date(2005, 2, 7), "In January the chief executive had said the chip was on track for the fall.",
			[]tagged{{"January", "2005-01"}, {"fall", "2005-FA"}}},
		{"told in November", date(2005, 2, 7), "The maker told analysts in November that the chip was on track for June.",
			[]tagged{{"November", "2004-11"}, {"June", "2005-06"}}},
		{"on track to open", date(2005, 2, 7), "Last month the company had said the plant was on track to open in the summer.",
			[]tagged{{"Last month", "2005-01"}, {"summer", "2005-SU"}}},
		{"said in March", date(2004, 10, 18), "The company said in March that the phone was on track for a launch in September.",
			[]tagged{{"March", "2004-03"}, {"September", "2004-09"}}},
		{"on track to ship", date(2009, 1, 12), "The maker is on track to ship the tablet in April.",
			[]tagged{{"April", "2009-04"}}},
		// near miss: a state in a month
		{"on track in March", date(2004, 6, 16), "The project was on track in March, but slipped in April.",
			[]tagged{{"March", "2004-03"}, {"April", "2004-04"}}},
	})
}

// A sentence fronted by "By" and a time, whose main verb is a modal's, looks ahead though a
// relative clause in it is past; a pluperfect or a past main verb is left to the tense.
func TestTechFrontedBy(t *testing.T) {
	run47(t, []case47{
		{"By June, will", date(2005, 2, 7), "By June, the shoppers who held off will be back.",
			[]tagged{{"June", "2005-06"}}},
		{"By March, will have", date(2005, 2, 7), "By March, the engineers who left in the fall will have been replaced.",
			[]tagged{{"March", "2005-03"}, {"fall", "2004-FA"}}},
		{"By May, we'll", date(2005, 2, 7), "By May, we'll have the stores that closed open again.",
			[]tagged{{"May", "2005-05"}}},
		// near misses: a pluperfect, a past main verb
		{"had fallen", date(2004, 10, 18), "By June, sales had fallen 10 percent.",
			[]tagged{{"June", "2004-06"}}},
		{"were back", date(2004, 10, 18), "By June, buyers were back in the stores.",
			[]tagged{{"June", "2004-06"}}},
	})
}

// A participle after ", as" that ends its phrase compares with what was said; it tells no
// tense of the date before it. "as promised cuts took effect" has a verb of its own.
func TestTechAsPlannedAside(t *testing.T) {
	run47(t, []case47{
		{"as promised", date(2006, 3, 22), "The maker said Tuesday that the software would be ready for business buyers in November, as promised.",
			[]tagged{{"Tuesday", "2006-03-21"}, {"November", "2006-11"}}},
		{"as agreed", date(2006, 3, 22), "The city said Tuesday that the bridge would be open to traffic in November, as agreed.",
			[]tagged{{"Tuesday", "2006-03-21"}, {"November", "2006-11"}}},
		{"as scheduled", date(2011, 8, 2), "The studio said the sequel would open in December, as scheduled.",
			[]tagged{{"December", "2011-12"}}},
		// near miss: a clause after "as"
		{"as promised cuts took effect", date(2006, 3, 22), "Sales rose in November, as promised cuts took effect.",
			[]tagged{{"November", "2005-11"}}},
	})
}

// A participle of fitting out before "with", after a noun, describes the noun and tells no
// tense; a subject's own verb does.
func TestTechFittedParticiple(t *testing.T) {
	run47(t, []case47{
		{"loaded with", date(2004, 10, 18), "Dealers said Monday they would start selling phones loaded with the new software on Thursday.",
			[]tagged{{"Monday", "2004-10-18"}, {"Thursday", "2004-10-21"}}},
		{"equipped with", date(2004, 10, 18), "The chain said it would stock laptops equipped with the chip on Friday.",
			[]tagged{{"Friday", "2004-10-22"}}},
		// near miss: the verb of a subject
		{"crews loaded", date(2004, 10, 20), "Crews loaded the trucks with sand on Monday.",
			[]tagged{{"Monday", "2004-10-18"}}},
	})
}

// "the quarter that ended" a day tags the day alone, as "the quarter ended" a day does; with a
// comma and "which" the quarter is the one that holds the day.
func TestTechQuarterThatEnded(t *testing.T) {
	run47(t, []case47{
		{"that ended", date(2004, 10, 18), "Analysts expect others to follow when they report results for the quarter that ended Sept. 30.",
			[]tagged{{"Sept. 30", "2004-09-30"}}},
		{"which ended", date(2004, 8, 10), "The company posted a loss for the quarter which ended June 30.",
			[]tagged{{"June 30", "2004-06-30"}}},
		// near miss: the comma's aside
		{", which ended", date(2004, 4, 12), "The company will report results for the quarter, which ended March 31, in early May.",
			[]tagged{{"the quarter", "2004-Q1"}, {"March 31", "2004-03-31"}, {"early May", "2004-05"}}},
	})
}

// The end of a run a present of lasting opens from a day just named is the first such day from
// the start on, not the telling's own weekday.
func TestTechRunEndAfterStart(t *testing.T) {
	run47(t, []case47{
		{"opens and runs through", date(2003, 3, 14), "The expo opens Monday and runs through Friday at the convention center.",
			[]tagged{{"Monday", "2003-03-17"}, {"Friday", "2003-03-21"}}},
		{"starts and lasts until", date(2003, 3, 16), "The sale starts Thursday and lasts until Sunday.",
			[]tagged{{"Thursday", "2003-03-20"}, {"Sunday", "2003-03-23"}}},
		// near miss: the run began before the telling
		{"opened and runs through", date(2003, 3, 12), "The show opened Monday and runs through Friday.",
			[]tagged{{"Monday", "2003-03-10"}, {"Friday", "2003-03-14"}}},
	})
}

// A weekday of onset after a modal is the onset of the act the modal tells, ahead of the
// telling; without one it is counted from the day that dates the act.
func TestTechOnsetAfterModal(t *testing.T) {
	run47(t, []case47{
		{"since ... and would ... starting", date(1998, 6, 22), "The maker said it had been selling the drives to a few dealers since June 15 and would offer them in every store starting Thursday.",
			[]tagged{{"June 15", "1998-06-15"}, {"Thursday", "1998-06-25"}}},
		{"and will ... effective", date(2005, 3, 9), "The board on Saturday named Lee chief executive and will name a finance chief effective Monday.",
			[]tagged{{"Saturday", "2005-03-05"}, {"Monday", "2005-03-14"}}},
		// near miss: the onset of the act the day dates
		{"effective after the act", date(2005, 3, 9), "The board on Saturday named Lee chief executive, effective Monday.",
			[]tagged{{"Saturday", "2005-03-05"}, {"Monday", "2005-03-07"}}},
	})
}
