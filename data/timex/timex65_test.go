package timex

import "testing"

// A weekday closing a clause of condition told in the present is the coming one, whatever the
// main verb's tense; a past in the clause, and a clause with no verb, keep the past.
func TestConditionWeekdayAhead(t *testing.T) {
	run47(t, []case47{
		{"in case ... fail", date(2026, 12, 2), "The port has hired extra guards in case the talks fail on Friday, a spokesman said.",
			[]tagged{{"Friday", "2026-12-04"}}},
		{"in case ... hits", date(2026, 12, 2), "The utility has put crews on standby in case the storm hits on Tuesday.",
			[]tagged{{"Tuesday", "2026-12-08"}}},
		{"unless ... walks out", date(2026, 12, 2), "The city moved buses to the depot unless the union walks out Friday.",
			[]tagged{{"Friday", "2026-12-04"}}},
		{"if ... panic", date(2026, 12, 2), "The bank stocked extra cash if depositors panic on Monday.",
			[]tagged{{"Monday", "2026-12-07"}}},
		// near misses: a past in the clause, and a clause without a verb
		{"in case ... failed", date(2026, 12, 2), "The port hired extra guards in case the talks failed on Friday, a spokesman said.",
			[]tagged{{"Friday", "2026-11-27"}}},
		{"in case of", date(2026, 12, 2), "The port hired extra guards in case of a strike on Friday.",
			[]tagged{{"Friday", "2026-11-27"}}},
	})
}
