package timex

import "testing"

// "until the end of" a month, its middle or its start, is read as "until" the month is:
// ahead of a past verb that postpones, extends or gives time. A verb of lasting ("stayed
// open until the end of August") and a pluperfect keep the past.
func TestUntilEndOfPhrase(t *testing.T) {
	run47(t, []case47{
		{"postponed", date(2004, 6, 15), "The court postponed the hearing until the end of July.",
			[]tagged{{"the end of July", "2004-07"}}},
		{"extended", date(2004, 6, 15), "The agency extended the comment period until the middle of September.",
			[]tagged{{"the middle of September", "2004-09"}}},
		{"gave until", date(2004, 6, 15), "The judge gave the company until the end of July to respond.",
			[]tagged{{"the end of July", "2004-07"}}},
		// after "to", "through" and "into" as after "until"
		{"extended to", date(2010, 6, 14), "The offer was extended to the end of August.",
			[]tagged{{"the end of August", "2010-08"}}},
		{"pushed back to", date(2010, 6, 14), "The court pushed the hearing back to the end of August.",
			[]tagged{{"the end of August", "2010-08"}}},
		{"extended through", date(2010, 6, 14), "The agency extended the comment period through the end of September.",
			[]tagged{{"the end of September", "2010-09"}}},
		{"stayed open through", date(2010, 6, 14), "The museum stayed open through the end of September.",
			[]tagged{{"the end of September", "2009-09"}}},
		// near misses: a verb of lasting, a pluperfect
		{"were strong through", date(2010, 6, 14), "Sales were strong through the end of August.",
			[]tagged{{"the end of August", "2009-08"}}},
		{"dragged on into", date(2010, 6, 14), "The strike dragged on into the end of August.",
			[]tagged{{"the end of August", "2009-08"}}},
		{"stayed open", date(2004, 6, 15), "The plant stayed open until the end of August.",
			[]tagged{{"the end of August", "2003-08"}}},
		{"had been", date(2004, 6, 15), "He had been chairman until the end of September.",
			[]tagged{{"the end of September", "2003-09"}}},
	})
}

// What a request asks for comes after the asking: a month in the infinitive or the "that"
// clause of "has asked", "have sought", "have petitioned" lies ahead, and so does one after a
// plain past of asking when the act is one that is scheduled (a ruling, a vote, a hearing).
// A date between the asking and its "to", a plain past of another act, a pluperfect and a
// past verb of the infinitive's own keep the past.
func TestRequestedAct(t *testing.T) {
	run47(t, []case47{
		{"have asked to hold", date(2004, 6, 15), "Lawyers for the union have asked the court to hold a hearing in early August.",
			[]tagged{{"early August", "2004-08"}}},
		{"has asked to rule", date(2004, 6, 15), "The company has asked the judge to rule in July.",
			[]tagged{{"July", "2004-07"}}},
		{"asked that", date(2004, 6, 15), "Both sides have asked that the trial start in November.",
			[]tagged{{"November", "2004-11"}}},
		{"sought permission", date(2004, 6, 15), "The maker has sought permission to file its answer in August.",
			[]tagged{{"August", "2004-08"}}},
		{"asked to vote", date(2004, 6, 15), "The city asked the board to vote in September.",
			[]tagged{{"September", "2004-09"}}},
		// near misses
		{"asked in March", date(2004, 6, 15), "The defendants asked the court in March to dismiss the case.",
			[]tagged{{"March", "2004-03"}}},
		{"asked to dismiss", date(2004, 6, 15), "The company asked the court to dismiss the suit in August.",
			[]tagged{{"August", "2003-08"}}},
		{"had asked", date(2004, 6, 15), "The company had asked the judge to rule in July.",
			[]tagged{{"July", "2003-07"}}},
		{"issued", date(2004, 6, 15), "The lawyers asked the judge to reconsider a ruling he issued in March.",
			[]tagged{{"March", "2004-03"}}},
		// a month far ahead of the telling is more likely of the year gone
		{"far ahead", date(2006, 2, 10), "The court asked both sides to submit briefs in December.",
			[]tagged{{"December", "2005-12"}}},
		{"not yet far", date(2005, 11, 8), "The court asked both sides to submit briefs in December.",
			[]tagged{{"December", "2005-12"}}},
	})
}

// An event of a court's calendar that a request asks for ("asked for a hearing in April",
// "requested a hearing", "sought a trial date", "the request for a hearing") is dated ahead
// of the asking; a request without an event and a pluperfect keep the past.
func TestRequestedEvent(t *testing.T) {
	run47(t, []case47{
		{"asked for a hearing", date(2009, 3, 4), "Lawyers for the plaintiffs have asked for a hearing in April.",
			[]tagged{{"April", "2009-04"}}},
		{"requested a hearing", date(2009, 3, 4), "The company has requested a hearing in April.",
			[]tagged{{"April", "2009-04"}}},
		{"sought a trial date", date(2009, 3, 4), "The plaintiffs sought a trial date in September.",
			[]tagged{{"September", "2009-09"}}},
		{"request for", date(2009, 3, 4), "The judge granted the company's request for a hearing in April.",
			[]tagged{{"April", "2009-04"}}},
		// near misses: no event asked for, a pluperfect
		{"request in", date(2009, 3, 4), "The judge granted the company's request in January.",
			[]tagged{{"January", "2009-01"}}},
		{"a delay", date(2009, 3, 4), "The company asked for a delay in August.",
			[]tagged{{"August", "2008-08"}}},
		{"had asked", date(2009, 3, 4), "The company had asked for a hearing in April.",
			[]tagged{{"April", "2008-04"}}},
	})
}
