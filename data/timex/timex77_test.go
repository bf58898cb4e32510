package timex

import "testing"

// A requirement in force, told in the present, binds its object to a deadline that lies ahead;
// the past "required" and a requirement without an infinitive are left to the tense.
func TestBuildRequiredByDeadline(t *testing.T) {
	run47(t, []case47{
		{"requires ... to finish by", date(2008, 4, 3), "The permit requires the builder to finish the roof by December.",
			[]tagged{{"December", "2008-12"}}},
		{"obliges ... to be leased by", date(2002, 6, 17), "The loan obliges the developer to lease half the tower by January.",
			[]tagged{{"January", "2003-01"}}},
		{"require ... before", date(2010, 8, 2), "New rules require cities to file repair plans before March.",
			[]tagged{{"March", "2011-03"}}},
		// near misses: a past requirement, a bare object, a date of the requiring
		{"required ... by", date(2008, 9, 10), "The old law required states to comply by July.",
			[]tagged{{"July", "2008-07"}}},
		{"requires a roof by", date(2008, 4, 3), "The inspector said in January that the code requires a new roof.",
			[]tagged{{"January", "2008-01"}}},
	})
}
