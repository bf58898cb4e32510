package timex

import "testing"

// A month in a clause of time in the present, under "will" or "would", lies ahead, though the
// clause's verb has an object before the date. A past clause, or one with no modal before it,
// keeps its reading.
func TestFutureTimeClauseMonth(t *testing.T) {
	run47(t, []case47{
		{"would, when", date(2024, 10, 15), "Union leaders said they would restore the hours when the council approves the budget in May.",
			[]tagged{{"May", "2025-05"}}},
		{"will, once", date(2024, 10, 15), "The union said it will end the strike once the company signs a new contract in June.",
			[]tagged{{"June", "2025-06"}}},
		{"'ll, after", date(2024, 9, 3), "We'll reopen the pool after the city repairs the roof in April, the manager said.",
			[]tagged{{"April", "2025-04"}}},
		// near misses: the clause told in the past, and no modal before the clause
		{"past clause", date(2024, 10, 15), "The mayor said the city would hire more officers when the council passed the budget in May.",
			[]tagged{{"May", "2024-05"}}},
		{"no modal", date(2024, 10, 15), "Officials say the library shuts its doors when the council approves the budget in May.",
			[]tagged{{"May", "2024-05"}}},
	})
}

// A weekday's possessive on a scheduled event or a release takes the future of "will" or "is
// expected" through a phrase after its noun; a ruling's consequence and an event told in the
// past stay past.
func TestPossessiveSubjectAhead(t *testing.T) {
	run47(t, []case47{
		{"phrase after the event", date(2024, 6, 14), "Wednesday's meeting of the board will set the dividend.",
			[]tagged{{"Wednesday", "2024-06-19"}}},
		{"likely, in the Senate", date(2024, 6, 14), "Monday's vote in the Senate is likely to be close.",
			[]tagged{{"Monday", "2024-06-17"}}},
		{"a release", date(2024, 6, 12), "Friday's jobs report will show whether hiring slowed.",
			[]tagged{{"Friday", "2024-06-14"}}},
		// near misses: a past event's consequence, and the event told in the past
		{"ruling", date(2024, 6, 12), "Tuesday's ruling will force the company to pay.",
			[]tagged{{"Tuesday", "2024-06-11"}}},
		{"auction drew", date(2024, 6, 12), "Thursday's auction of 30-year bonds drew strong demand.",
			[]tagged{{"Thursday", "2024-06-06"}, {"30-year", "P30Y"}}},
	})
}
