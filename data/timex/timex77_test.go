package timex

import (
	"strings"
	"testing"
)

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

// A participle after an auxiliary and a measure of progress ("be half built", "be 40 percent
// leased") carries no past of its own: the auxiliary's tense dates the deadline. The past of
// the auxiliary, a plain past with a measure and a measure before an adjective stay as they are.
func TestBuildMeasuredParticiple(t *testing.T) {
	run47(t, []case47{
		{"will be half finished by", date(2002, 6, 17), "The garage will be half finished by December.",
			[]tagged{{"December", "2002-12"}}},
		{"must be 40 percent leased by", date(2002, 6, 17), "The tower must be 60 percent leased by January, lenders say.",
			[]tagged{{"January", "2003-01"}}},
		{"should be two-thirds built by", date(2009, 7, 6), "The arena should be two-thirds built by February.",
			[]tagged{{"February", "2010-02"}}},
		// near misses: a past auxiliary, a past with its measure, an adjective
		{"was half finished in", date(2002, 6, 17), "The garage was half finished in December.",
			[]tagged{{"December", "2001-12"}}},
		{"leased 40 percent in", date(2002, 6, 17), "The firm leased 40 percent of the space in January.",
			[]tagged{{"January", "2002-01"}}},
		{"percent complete", date(2002, 6, 17), "The tower will be 90 percent complete by December.",
			[]tagged{{"December", "2002-12"}}},
	})
}

// The date a verb of moving sends a schedule to lies ahead when an aside of the former date
// stands between the object and "to" or "until", as it does right after the object; an aside
// of something else and a move with no verb of moving are left to the tense.
func TestBuildMovedPastAside(t *testing.T) {
	run47(t, []case47{
		{"had moved ..., once planned for, to", date(2008, 4, 3), "The county had already moved the repaving of the square, once planned for March, to June.",
			[]tagged{{"March", "2008-03"}, {"June", "2008-06"}}},
		{"had delayed ..., first set for, to", date(2008, 4, 3), "The district had delayed the roof work, first set for January, to November.",
			[]tagged{{"January", "2008-01"}, {"November", "2008-11"}}},
		{"had postponed ..., first set for, until", date(2008, 4, 3), "The district had postponed the roof work, first set for January, until November.",
			[]tagged{{"January", "2008-01"}, {"November", "2008-11"}}},
		// near misses: the move dated by "in", no verb of moving
		{"moved ... in", date(2008, 4, 3), "The county had moved the repaving, once planned for March, in January.",
			[]tagged{{"March", "2008-03"}, {"January", "2008-01"}}},
		{"no verb of moving", date(2008, 4, 3), "The county had cut the budget, once planned for March, to a third by June.",
			[]tagged{{"March", "2008-03"}, {"June", "2007-06"}}},
	})
}

// The month of a plan told in the past that its sentence then moves is the plan's month nearest
// the telling; without the move, or with a month the move does not follow, the tense decides.
func TestBuildPlanMovedLater(t *testing.T) {
	run47(t, []case47{
		{"was to ..., but ... pushed back to", date(2002, 6, 17), "The garage was to open in April, but the opening was pushed back to September.",
			[]tagged{{"April", "2002-04"}, {"September", "2002-09"}}},
		{"were to ... before ... delayed until", date(2006, 7, 10), "Tenants were to move in during May before the inspections delayed the building until October.",
			[]tagged{{"May", "2006-05"}, {"October", "2006-10"}}},
		// near misses: a supposition, not a plan; a plan moved with no month after
		{"if ... were to", date(2002, 6, 17), "If the vote were to come in April, the council could move the money to June.",
			[]tagged{{"April", "2003-04"}, {"June", "2002-06"}}},
		{"was to, moved to a place", date(2002, 2, 11), "The sale was to close in April, but the buyer moved to Denver.",
			[]tagged{{"April", "2002-04"}}},
	})
}

// A year in a restrictive relative clause dates what the relative tells of its noun; a month
// in a clause after the comma that closes it is told from the present. Without the comma, or
// with the year outside a relative, the year still dates the month.
func TestBuildRelativeYear(t *testing.T) {
	run47(t, []case47{
		{"that were ... in YEAR, and ... in MONTH", date(2002, 6, 17), "Two malls that were planned in 1999 for the east side have stalled, and the city said in March that it would buy one site.",
			[]tagged{{"1999", "1999"}, {"March", "2002-03"}}},
		{"that voters approved in YEAR, and ... in MONTH", date(2009, 10, 5), "The bonds that voters approved in 2004 have been spent, and the board asked in February for more.",
			[]tagged{{"2004", "2004"}, {"February", "2009-02"}}},
		// near misses: no comma, a year of the main clause, "said that"
		{"no comma", date(2002, 6, 17), "The mall that was planned in 1999 opened in March.",
			[]tagged{{"1999", "1999"}, {"March", "1999-03"}}},
		{"main clause year", date(2002, 6, 17), "The city planned two malls in 1999, and it bought one site in March.",
			[]tagged{{"1999", "1999"}, {"March", "1999-03"}}},
	})
}

// "A year ago" outside a comparison, after a sentence about a quarter still to come, counts
// back from the telling; after a quarter gone, or as the term of a comparison, it is that
// quarter a year before.
func TestBuildYearAgoAfterQuarterAhead(t *testing.T) {
	run47(t, []case47{
		{"quarter ahead, a year ago", date(2010, 2, 8), "The agency will pick a builder in the third quarter. The bids it saw a year ago were 10 percent under its estimates.",
			[]tagged{{"the third quarter", "2010-Q3"}, {"a year ago", "2009"}}},
		{"quarter ahead, figures a year ago", date(2010, 2, 8), "The agency will pick a builder in the third quarter. Bids a year ago came in 10 percent below estimates.",
			[]tagged{{"the third quarter", "2010-Q3"}, {"a year ago", "2009"}}},
		// near misses: a quarter gone, a comparison with a quarter ahead
		{"quarter gone", date(2010, 11, 8), "Rent in the third quarter was $40 a foot. A year ago it was $46.",
			[]tagged{{"the third quarter", "2010-Q3"}, {"A year ago", "2009-Q3"}}},
		{"comparison", date(2010, 2, 8), "The company expects sales in the third quarter to rise 4 percent from a year ago.",
			[]tagged{{"the third quarter", "2010-Q3"}, {"a year ago", "2009-Q3"}}},
	})
}

// A headline's "to" and verb, with no finite verb and no closing mark, tells what is to come;
// prose with a verb or a closing mark, and a headline's own past, are read by their verbs.
func TestBuildHeadlineInfinitive(t *testing.T) {
	run47(t, []case47{
		{"to close for the weekend", date(2008, 4, 3), "Ferry dock to close for the weekend\n\nThe dock will reopen Monday.",
			[]tagged{{"the weekend", "2008-W14-WE"}, {"Monday", "2008-04-07"}}},
		{"to name ... on Monday", date(2008, 4, 3), "Mayor to name new fire chief on Monday\n\nThe pick ends a long search.",
			[]tagged{{"Monday", "2008-04-07"}}},
		{"to sell bonds in January", date(2008, 4, 3), "County to sell stadium bonds in January\n\nThe sale is the first of three.",
			[]tagged{{"January", "2009-01"}}},
		// near misses: prose with a verb, a headline in the past
		{"the plan to ... was", date(2008, 4, 3), "The plan to close the dock in January was dropped.",
			[]tagged{{"January", "2008-01"}}},
		{"headline past", date(2008, 4, 3), "Ferry dock closed for repairs in January\n\nThe dock reopened in March.",
			[]tagged{{"January", "2008-01"}, {"March", "2008-03"}}},
	})
}

// A bare season after "by" or "before" ends its phrase before a clause of what is to be
// decided ("where", "whether"), and is a time; before a noun it still names a kind.
func TestBuildSeasonBeforeQuestion(t *testing.T) {
	run47(t, []case47{
		{"by spring where", date(1996, 10, 29), "The owners will decide by spring where the club plays.",
			[]tagged{{"spring", "1997-SP"}}},
		{"before summer whether", date(2005, 1, 10), "The board must choose before summer whether to rebuild the pier.",
			[]tagged{{"summer", "2005-SU"}}},
		// near misses: a noun after the season, a spring of water
		{"by summer crowds", date(2005, 1, 10), "The pier was worn down by summer crowds.", nil},
		{"a spring where", date(2005, 1, 10), "The town grew up by a spring where travelers stopped.", nil},
	})
}

// A headline's "to" is read for the dates it tells: what else the line names keeps the reading
// it had ("Port to sell two cranes to win approval for merger": the merger is no plan).
func TestBuildHeadlineInfinitiveNoDate(t *testing.T) {
	for _, text := range []string{"Port to sell two cranes to win approval for merger", "Holders to get a payout of 40 cents a share"} {
		word := "merger"
		if !strings.Contains(text, word) {
			word = "payout"
		}
		i := strings.Index(text, word)
		if r := NewText(text).Reading(i, i+len(word)); r.Tense == TenseFuture {
			t.Errorf("Reading(%q in %q) = %+v, want no future", word, text, r)
		}
	}
}
