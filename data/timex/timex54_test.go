package timex

import "testing"

// Families of labor, school and local-government copy (heldout60's registers), with sentences
// of our own.

// A bare irregular verb glued to a hyphen opens a compound, no verb: the future governs.
func TestLaborHyphenCompound(t *testing.T) {
	run47(t, []case47{
		{"cost-of-living", date(1999, 6, 15), "Retirees will receive their first annual cost-of-living adjustment in September.",
			[]tagged{{"September", "1999-09"}}},
		{"cut-rate", date(1999, 6, 15), "The grocer will open its first big cut-rate store in October.",
			[]tagged{{"October", "1999-10"}}},
		// the verb itself stays past
		{"cut as a verb", date(1999, 6, 15), "The board cut rates in October.",
			[]tagged{{"October", "1998-10"}}},
	})
}

// A year in a participle that describes a noun dates the participle, not the sentence's days.
func TestLaborParticipleYear(t *testing.T) {
	run47(t, []case47{
		{"apposition with a past", date(1998, 8, 31), "The union's old contract, a two-year pact signed in 1996, ran out on June 30.",
			[]tagged{{"two-year", "P2Y"}, {"1996", "1996"}, {"June 30", "1998-06-30"}}},
		{"apposition of a place", date(1998, 11, 19), "The plant, a mill built in 1970, closed on March 3 after the flood.",
			[]tagged{{"1970", "1970"}, {"March 3", "1998-03-03"}}},
		{"subject with a present", date(1998, 8, 31), "A city rule adopted in 1991 requires a public vote, which the council held on May 4.",
			[]tagged{{"1991", "1991"}, {"May 4", "1998-05-04"}}},
		// a past main verb keeps the story in the year
		{"subject with a past", date(1998, 8, 31), "A city rule adopted in 1991 required a public vote, which the council held on May 4.",
			[]tagged{{"1991", "1991"}, {"May 4", "1991-05-04"}}},
	})
}

// A forecast a future verb publishes or sends is dated by that act, ahead.
func TestLaborForecastNoun(t *testing.T) {
	run47(t, []case47{
		{"will publish a new forecast", date(1999, 6, 15), "The agency will publish a new forecast in May.",
			[]tagged{{"May", "2000-05"}}},
		{"would send a revised forecast", date(1999, 6, 15), "The city would send investors a revised forecast in August.",
			[]tagged{{"August", "1999-08"}}},
		// the forecast made in a month gone stays there
		{"the forecast in May", date(1999, 6, 15), "Growth slowed from the 2.5% forecast in May.",
			[]tagged{{"May", "1999-05"}}},
	})
}

// A deadline extended a second time runs to a time ahead, as the first extension does.
func TestLaborExtendedAgain(t *testing.T) {
	run47(t, []case47{
		{"first to, then to", date(1997, 9, 25), "The contract was extended twice, first to Aug. 31 and then to Friday.",
			[]tagged{{"Aug. 31", "1997-08-31"}, {"Friday", "1997-09-26"}}},
		{"to, and then to", date(1997, 9, 25), "The strike deadline was extended to Sunday and then to Tuesday.",
			[]tagged{{"Sunday", "1997-09-28"}, {"Tuesday", "1997-09-30"}}},
		// a sequence of no extension keeps its tense
		{"rose to, then to", date(1997, 9, 25), "The union's strike spread to Ohio on Monday and then to Indiana on Tuesday.",
			[]tagged{{"Monday", "1997-09-22"}, {"Tuesday", "1997-09-23"}}},
	})
}

// The cutoff of those a plan covers lies ahead with the plan.
func TestLaborCutoffOfPlan(t *testing.T) {
	run47(t, []case47{
		{"wants those hired after", date(1997, 9, 25), "The authority wants drivers hired after Jan. 1 to join a new plan.",
			[]tagged{{"Jan. 1", "1998-01-01"}}},
		{"would cover those hired before", date(1997, 9, 25), "The bill would cover teachers hired before Feb. 1.",
			[]tagged{{"Feb. 1", "1998-02-01"}}},
		// no plan: the participle's past
		{"were paid less", date(1997, 9, 25), "Workers hired after Jan. 1 were paid less.",
			[]tagged{{"Jan. 1", "1997-01-01"}}},
	})
}

// "the month" in apposition to a month, opening a clause that describes it, is no time.
func TestLaborMonthDescribed(t *testing.T) {
	run47(t, []case47{
		{"the month the state counts", date(2000, 1, 20), "Enrollment peaked in October, the month the state counts students.",
			[]tagged{{"October", "1999-10"}}},
		{"the month when", date(2000, 1, 20), "Filings rose in April, the month when most returns are due.",
			[]tagged{{"April", "1999-04"}}},
		// the month of a monthly report stays tagged
		{"permits fell in the month", date(2000, 1, 20), "Housing starts rose 4% in July. Permits fell in the month.",
			[]tagged{{"July", "1999-07"}, {"the month", "1999-07"}}},
	})
}

// A relative clause without "that" after a noun holds its own verb, not the date's.
func TestLaborContactRelative(t *testing.T) {
	run47(t, []case47{
		{"a bill the Senate passed", date(2000, 3, 9), "Retired teachers will get their first permanent pension increase in September under a bill the Senate passed Wednesday.",
			[]tagged{{"September", "2000-09"}, {"Wednesday", "2000-03-08"}}},
		{"a deal they signed", date(2000, 3, 9), "The mill will reopen with most of its old workers in June under a deal they signed Friday.",
			[]tagged{{"June", "2000-06"}, {"Friday", "2000-03-03"}}},
		// the main verb's past stays
		{"got a raise", date(2000, 3, 9), "Workers got a raise in September under a bill the Senate passed.",
			[]tagged{{"September", "1999-09"}}},
	})
}

// A school year's first or last day is a date, not a calendar of every year.
func TestLaborSchoolYearDay(t *testing.T) {
	run47(t, []case47{
		{"the school year begins", date(1998, 7, 15), "The school year begins Aug. 26 for students.",
			[]tagged{{"Aug. 26", "1998-08-26"}}},
		{"the new academic year starts", date(1998, 7, 15), "The new academic year starts Sept. 8 in most districts.",
			[]tagged{{"Sept. 8", "1998-09-08"}}},
		// a fiscal year's calendar stays untagged
		{"the fiscal year begins", date(1998, 7, 15), "The state's fiscal year begins April 1.",
			nil},
	})
}
