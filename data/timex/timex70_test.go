package timex

import "testing"

// A habit in an appositive after a complete clause describes the clause's figure, not its
// date; with no verb before the comma the habit is the clause's own.
func TestEpidemicAppositiveHabit(t *testing.T) {
	run47(t, []case47{
		{"a level ... normally", date(2009, 10, 16), "Visits on Oct. 10 were for flu, a level the agency normally sees only in bad seasons.",
			[]tagged{{"Oct. 10", "2009-10-10"}}},
		{"a gain ... usually", date(2011, 3, 4), "Sales on March 1 rose 6 percent, a gain that stores usually see only in December.",
			[]tagged{{"March 1", "2011-03-01"}, {"December", "XXXX-12"}}},
		// near miss: the habit is the clause's own
		{"no verb before the comma", date(2009, 10, 16), "On Oct. 10, a doctor usually sees ten patients.",
			[]tagged{{"Oct. 10", "XXXX-10-10"}}},
	})
}
