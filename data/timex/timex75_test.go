package timex

import "testing"

// A date of the asking between a past of asking and its "that" or "to" ("asked in March that
// ...") is the asking's, in the past; the month in the clause after it still lies ahead. A
// past of telling, a pluperfect and a clause of its own tense keep the past.
func TestAskingDatedBeforeThat(t *testing.T) {
	run47(t, []case47{
		{"asked in month that", date(2004, 6, 15), "Defense lawyers asked in March that the retrial begin in November.",
			[]tagged{{"March", "2004-03"}, {"November", "2004-11"}}},
		{"requested in month that", date(2004, 6, 15), "The seller requested in April that the transaction close in August.",
			[]tagged{{"April", "2004-04"}, {"August", "2004-08"}}},
		{"demanded in early month", date(2004, 6, 15), "Investors demanded in early May that a vote be held in September.",
			[]tagged{{"early May", "2004-05"}, {"September", "2004-09"}}},
		{"asked on weekday", date(2004, 6, 15), "The union requested on Friday that talks resume in July.",
			[]tagged{{"Friday", "2004-06-11"}, {"July", "2004-07"}}},
		// near misses
		{"said in month that", date(2004, 6, 15), "The seller said in March that the plant closed in November.",
			[]tagged{{"March", "2004-03"}, {"November", "2003-11"}}},
		{"had asked in month", date(2004, 6, 15), "Defense lawyers had asked in March that the retrial begin in November.",
			[]tagged{{"March", "2004-03"}, {"November", "2003-11"}}},
		{"own past", date(2004, 6, 15), "The seller asked in April that papers it filed in August be sealed.",
			[]tagged{{"April", "2004-04"}, {"August", "2003-08"}}},
	})
}

// A headline's present of telling results with yesterday's weekday is the day gone, whichever
// verb of the class tells it; another weekday, or the same words after the lead, keep the
// schedule's reading ahead.
func TestPresentResultsJustGone(t *testing.T) {
	wed := date(2025, 6, 4)
	run47(t, []case47{
		{"releases", wed, "Velcor releases results Tuesday", []tagged{{"Tuesday", "2025-06-03"}}},
		{"reports", wed, "Halden Bank reports earnings Tuesday", []tagged{{"Tuesday", "2025-06-03"}}},
		{"posts", wed, "Velcor posts results Tuesday", []tagged{{"Tuesday", "2025-06-03"}}},
		{"reports, yesterday", date(2016, 9, 22), "Harwick reports results Wednesday.", []tagged{{"Wednesday", "2016-09-21"}}},
		{"publishes", wed, "Orbis publishes annual figures Tuesday", []tagged{{"Tuesday", "2025-06-03"}}},
		// near misses: a weekday ahead, or a later sentence
		{"weekday ahead", wed, "Velcor releases results Thursday", []tagged{{"Thursday", "2025-06-05"}}},
		{"told the same day", date(2025, 6, 2), "Velcor releases results Tuesday", []tagged{{"Tuesday", "2025-06-03"}}},
		{"said, then reports", date(2024, 1, 26), "The chipmaker said Acme reports on Thursday.", []tagged{{"Thursday", "2024-02-01"}}},
		{"past of releasing", wed, "Velcor said profit rose. Its rival released results Tuesday.", []tagged{{"Tuesday", "2025-06-03"}}},
	})
}

// "Until after" a holiday reads as "until" does, ahead of a past or negated verb that puts a
// matter off; capitalized "the New Year" closing such a clause is the year ahead, as lower
// case is. A bare "after" in a past, and "the New Year" before a noun, keep their readings.
func TestUntilAfterHoliday(t *testing.T) {
	jun := date(2025, 6, 4)
	run47(t, []case47{
		{"postponed until after", jun, "The decision was postponed until after Thanksgiving.",
			[]tagged{{"Thanksgiving", "2025-11-27"}}},
		{"put off until after the New Year", jun, "The board put off the vote until after the New Year.",
			[]tagged{{"the New Year", "2026"}}},
		{"into the New Year", jun, "Prices will hold steady into the New Year, the retailer said.",
			[]tagged{{"the New Year", "2026"}}},
		{"slips until after", jun, "The launch slips until after Christmas.",
			[]tagged{{"Christmas", "2025-12-25"}}},
		// near misses
		{"bare after, past", jun, "Sales recovered after Thanksgiving.",
			[]tagged{{"Thanksgiving", "2024-11-28"}}},
		{"New Year before a noun", jun, "The vote was put off until after the New Year celebrations.",
			nil},
		{"a stretch around the holiday", jun, "Talks were put off until after the Christmas holidays.",
			nil},
	})
}
