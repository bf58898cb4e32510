package timex

import "testing"

// A present verb of the calendar after a relative clause between commas keeps its subject, and
// with it its present tense (news59), as after an apposition: the weekday is the coming one.
func TestRelativeAsideSchedule(t *testing.T) {
	run47(t, []case47{
		{"which runs ..., reports on Thursday", date(2023, 3, 14), "Harlow Markets, which runs more than 900 stores, mostly in the South, reports its results on Thursday.",
			[]tagged{{"Thursday", "2023-03-16"}}},
		{"which runs 900 stores, reports Thursday", date(2023, 3, 14), "Harlow Markets, which runs 900 stores, reports its results Thursday.",
			[]tagged{{"Thursday", "2023-03-16"}}},
		{"which makes boats, opens Friday", date(2023, 3, 14), "Pellworth Marine, which makes fishing boats, opens its new plant Friday.",
			[]tagged{{"Friday", "2023-03-17"}}},
		{"who chairs the panel, meets Monday", date(2023, 3, 14), "Senator Ruiz, who chairs the panel, meets the bank's chief Monday.",
			[]tagged{{"Monday", "2023-03-20"}}},
		// Controls: a past verb after the clause, and the present without a clause.
		{"which runs ..., reported on Thursday", date(2023, 3, 14), "Harlow Markets, which runs more than 900 stores, reported its results on Thursday.",
			[]tagged{{"Thursday", "2023-03-09"}}},
		{"reports on Thursday", date(2023, 3, 14), "Harlow Markets reports its results on Thursday.",
			[]tagged{{"Thursday", "2023-03-16"}}},
	})
}
