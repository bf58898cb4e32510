package timex

import "testing"

// Families of WSJ copy on regulation, law and politics (heldout63's), with sentences of our own.

// A name after a count modifies the noun after it: the noun's -s is no present verb of a
// subject, and the clause keeps the tense of its own verb.
func TestRegulationCountedName(t *testing.T) {
	run47(t, []case47{
		{"count with thousands", date(1989, 11, 15), "Prosecutors said the trader bought 12,500 Ferrant shares in March, before the bid.",
			[]tagged{{"March", "1989-03"}}},
		{"trucks", date(1989, 11, 15), "The dealer bought 1,200 Ford trucks in May.",
			[]tagged{{"May", "1989-05"}}},
		{"after a saying", date(1989, 11, 15), "Regulators said the firm sold 250,000 Amtel shares in April.",
			[]tagged{{"April", "1989-04"}}},
		{"million", date(1989, 11, 15), "The pension fund sold 2 million Kessler shares in August.",
			[]tagged{{"August", "1989-08"}}},
		// near misses: a name with no count before it is still a subject that schedules
		{"a subject", date(1989, 11, 15), "Meridian reports in March.",
			[]tagged{{"March", "1990-03"}}},
		{"the verb itself", date(1989, 11, 15), "Meridian shares its research with the agency in March.",
			[]tagged{{"March", "1990-03"}}},
	})
}

// A bare irregular verb after a possessive is a noun: "the plan's cost" is no past.
func TestRegulationPossessedBare(t *testing.T) {
	run47(t, []case47{
		{"cost ahead", date(1990, 2, 27), "The senator will question the plan's cost at a hearing on Thursday.",
			[]tagged{{"Thursday", "1990-03-01"}}},
		{"bid ahead", date(1990, 2, 27), "Shareholders will vote on Acme's bid at a meeting on Friday.",
			[]tagged{{"Friday", "1990-03-02"}}},
		{"forecast ahead", date(1990, 2, 27), "The panel will review the agency's forecast at a meeting on Friday.",
			[]tagged{{"Friday", "1990-03-02"}}},
		// near misses: the verb after its subject stays past
		{"a subject's past", date(1990, 2, 27), "The bank cut its prime rate on Thursday.",
			[]tagged{{"Thursday", "1990-02-22"}}},
		{"a pronoun's has", date(1990, 2, 27), "It's cost the company dearly, the chairman said on Thursday.",
			[]tagged{{"Thursday", "1990-02-22"}}},
	})
}

// A fiscal year named by its number, with a relative clause that gives its last day, is one
// "the year before" counts from.
func TestRegulationFiscalYearEnd(t *testing.T) {
	run47(t, []case47{
		{"fiscal and year", date(1989, 12, 1), "The agency opened 52 inquiries in fiscal 1989, which ended Sept. 30, against 47 the year before.",
			[]tagged{{"fiscal 1989", "1989"}, {"Sept. 30", "1989-09-30"}, {"the year before", "1988"}}},
		{"the year's number first", date(1990, 8, 1), "The state collected $4 billion in the 1990 fiscal year, which ended June 30, up from $3.6 billion in the year before.",
			[]tagged{{"the 1990 fiscal year", "1990"}, {"June 30", "1990-06-30"}, {"the year before", "1989"}}},
		// near miss: a quarter's end is no year's; "the year before" compares figures from the telling
		{"a quarter", date(1989, 12, 1), "Sales rose in the quarter, which ended Sept. 30, from $4 million the year before.",
			[]tagged{{"Sept. 30", "1989-09-30"}}},
	})
}

// "current" before a count-and-unit compound stands before its noun: the present.
func TestRegulationCurrentCompound(t *testing.T) {
	run47(t, []case47{
		{"two-year", date(1990, 3, 16), "Its current two-year contract runs out in June.",
			[]tagged{{"current", "PRESENT_REF"}, {"two-year", "P2Y"}, {"June", "1990-06"}}},
		{"10-year", date(1990, 3, 16), "The chain wants to leave before the current 10-year lease is over.",
			[]tagged{{"current", "PRESENT_REF"}, {"10-year", "P10Y"}}},
		// near miss: an accounting term after the compound
		{"liabilities", date(1990, 3, 16), "The company's current one-year liabilities rose to $40 million.",
			[]tagged{{"one-year", "P1Y"}}},
	})
}

// An irregular past participle that opens an aside after a noun dates its phrase in the past,
// as a participle in -ed does.
func TestRegulationIrregularAside(t *testing.T) {
	run47(t, []case47{
		{"begun", date(1989, 11, 15), "The talks, begun in August, will resume next week.",
			[]tagged{{"August", "1989-08"}, {"next week", "1989-W47"}}},
		{"written", date(1989, 11, 15), "The report, written in June, will be released next week.",
			[]tagged{{"June", "1989-06"}, {"next week", "1989-W47"}}},
		{"taken out", date(1989, 11, 15), "The loan, taken out in May, comes due next year.",
			[]tagged{{"May", "1989-05"}, {"next year", "1990"}}},
		// near misses: a participle after "to be" or a modal is the plan's
		{"to be taken", date(1989, 11, 15), "The decision, to be taken in May, will set the rate.",
			[]tagged{{"May", "1990-05"}}},
		{"will be taken", date(1989, 11, 15), "The vote will be taken in May.",
			[]tagged{{"May", "1990-05"}}},
	})
}
