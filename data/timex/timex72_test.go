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
		// near misses: a verb of lasting, a pluperfect
		{"stayed open", date(2004, 6, 15), "The plant stayed open until the end of August.",
			[]tagged{{"the end of August", "2003-08"}}},
		{"had been", date(2004, 6, 15), "He had been chairman until the end of September.",
			[]tagged{{"the end of September", "2003-09"}}},
	})
}
