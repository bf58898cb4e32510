package timex

import "testing"

// Families of international economic news (heldout62's registers), with sentences of our own.

// A year glued by a slash to the next one is one year of a calendar that straddles two, a
// fiscal, crop or budget year, valued as its first; so is a hyphened pair after "fiscal".
func TestTwoYearFiscal(t *testing.T) {
	run47(t, []case47{
		{"fiscal with a slash", date(2004, 2, 28), "The government presented its budget for fiscal 2003/04 on Tuesday.",
			[]tagged{{"fiscal 2003/04", "2003"}, {"Tuesday", "2004-02-24"}}},
		{"a crop year beside a fiscal year", date(2004, 2, 28), "Wheat output fell in the 2001/02 crop year, the budget for fiscal 2004/05 says.",
			[]tagged{{"the 2001/02 crop year", "2001"}, {"fiscal 2004/05", "2004"}}},
		{"a bare pair beside a fiscal year", date(2004, 2, 28), "The target for 2002/03 was missed, and the one for fiscal 2003/04 will be too.",
			[]tagged{{"2002/03", "2002"}, {"fiscal 2003/04", "2003"}}},
		{"a financial year", date(2004, 2, 28), "The 2005/06 financial year will be harder.",
			[]tagged{{"The 2005/06 financial year", "2005"}}},
		{"fiscal with a hyphen", date(2004, 2, 28), "The plan covers fiscal 2004-05.",
			[]tagged{{"fiscal 2004-05", "2004"}}},
		// a number that is not the next year is no such year; a bare hyphened pair stays the
		// year rule's
		{"no next year", date(2004, 2, 28), "The score was 2001/17 in the ledger.",
			nil},
		// a crop or marketing year named so is one, as straddled-season reads "the 2001-02
		// crop year" (timex69.go)
		{"a crop year alone", date(2004, 2, 28), "Wheat output fell in the 2001/02 crop year.",
			[]tagged{{"the 2001/02 crop year", "2001"}}},
		{"a bare hyphened pair", date(2004, 2, 28), "Prices in 1998-99 rose.",
			[]tagged{{"1998", "1998"}}},
	})
}

// A text that names its fiscal years by the two years they straddle names "the current" and
// "the next fiscal year" by the year each begins in, once it says when they begin or end.
func TestTwoYearFiscalRelative(t *testing.T) {
	run47(t, []case47{
		{"begins in April", date(2004, 2, 28), "The minister presented a budget for the 2004-2005 fiscal year, which begins on April 1. The deficit will reach 5 percent in the current fiscal year. Spending will rise in the next fiscal year.",
			[]tagged{{"the 2004-2005 fiscal year", "2004"}, {"April 1", "2004-04-01"}, {"the current fiscal year", "2003"}, {"the next fiscal year", "2004"}}},
		{"the year beginning", date(2004, 2, 28), "The budget for fiscal 2004/05 was presented on Tuesday. It assumes growth of 6 percent in the year beginning April 1. The deficit for the current fiscal year is larger.",
			[]tagged{{"fiscal 2004/05", "2004"}, {"Tuesday", "2004-02-24"}, {"April 1", "2004-04-01"}, {"the current fiscal year", "2003"}}},
		// a fiscal year named by one number keeps the name of the year it ends in
		{"one number", date(2004, 8, 10), "The cabinet approved a budget for fiscal 2005, which begins on Oct. 1. The deficit will reach 5 percent in the current fiscal year.",
			[]tagged{{"fiscal 2005", "2005"}, {"Oct. 1", "2004-10-01"}, {"the current fiscal year", "2004"}}},
	})
}

// A quarter or half without its year, after "next year" or "last year" in its sentence as the
// time of the same telling, is of that year.
func TestPeriodOfRelativeYear(t *testing.T) {
	run47(t, []case47{
		{"next year's half", date(1998, 11, 21), "The ministry forecasts growth of 2 percent next year, with a recovery beginning in the second half.",
			[]tagged{{"next year", "1999"}, {"the second half", "1999-H2"}}},
		{"last year's quarter", date(1998, 11, 21), "Shipments fell sharply last year, especially in the fourth quarter.",
			[]tagged{{"last year", "1997"}, {"the fourth quarter", "1997-Q4"}}},
		// a coordination moves to the telling; another sentence is the tense's
		{"coordinated", date(1998, 11, 21), "Profit rose last year, and the bank expects a loss in the first quarter.",
			[]tagged{{"last year", "1997"}, {"the first quarter", "1999-Q1"}}},
		{"next sentence", date(1998, 11, 21), "Output will rise next year. The second half will be stronger.",
			[]tagged{{"next year", "1999"}, {"The second half", "1998-H2"}}},
	})
}

// Economists speak of an economy, whose quarters and halves are the calendar's, though the story
// states a government's fiscal year; a company's analysts keep its fiscal calendar.
func TestEconomistsCalendarPeriod(t *testing.T) {
	run47(t, []case47{
		{"economists warned", date(1999, 6, 10), "Output shrank 2 percent in fiscal 1998, which ended March 31. Many economists warned that growth would slow again in the second half.",
			[]tagged{{"fiscal 1998", "1998"}, {"March 31", "1999-03-31"}, {"the second half", "1999-H2"}}},
		{"an economist expects", date(1999, 6, 10), "The government's fiscal year ends in March. An economist at a Tokyo bank expects a rebound in the fourth quarter.",
			[]tagged{{"the fourth quarter", "1999-Q4"}}},
		{"analysts of a company", date(1999, 6, 10), "Acme's fiscal year ends March 31. Analysts expect sales to rise in the second half.",
			[]tagged{{"the second half", "2000-H2"}}},
	})
}

// A "when" clause after a written year dates its past month however long its subject; a
// clause run on in the present keeps the telling's.
func TestLongWhenClause(t *testing.T) {
	run47(t, []case47{
		{"a long subject", date(1999, 6, 10), "Japan has been in recession since the autumn of 1997, when the failures of a large brokerage and a big bank followed a rise in the consumption tax in April.",
			[]tagged{{"autumn of 1997", "1997-FA"}, {"April", "1997-04"}}},
		{"a long object", date(1999, 6, 10), "The port has been idle since 1994, when a long strike by dock workers against the new owners of the terminal shut it in March.",
			[]tagged{{"1994", "1994"}, {"March", "1994-03"}}},
		{"run on in the present", date(1999, 6, 10), "Prices have not been this low since 1994, when the market last peaked and analysts at the largest banks now expect a rebound in March.",
			[]tagged{{"1994", "1994"}, {"now", "PRESENT_REF"}, {"March", "2000-03"}}},
	})
}

// A plan told by a plural present of intent after "and" lies ahead; "plan" as a noun is none.
func TestPluralIntentAfterAnd(t *testing.T) {
	run47(t, []case47{
		{"and plan a march", date(1999, 11, 29), "Protesters have gathered in the city and plan a march on Tuesday.",
			[]tagged{{"Tuesday", "1999-11-30"}}},
		{"and want a price", date(1999, 11, 29), "Growers have lost money for years and want a new price by Friday.",
			[]tagged{{"Friday", "1999-12-03"}}},
		{"a plan noun", date(1999, 11, 29), "The board approved the budget and plan on Tuesday.",
			[]tagged{{"Tuesday", "1999-11-23"}}},
	})
}

// A clause after a comma and "after" or "before" with a bare plural subject has verbs of its
// own, which do not date the day before the comma; a time after "after" is no clause.
func TestBareSubjectAfterComma(t *testing.T) {
	run47(t, []case47{
		{"after a bare plural", date(1999, 11, 29), "Ministers will open the conference on Tuesday, after ambassadors failed to settle their differences.",
			[]tagged{{"Tuesday", "1999-11-30"}}},
		{"before a bare plural", date(1999, 11, 29), "The board will vote on Thursday, before regulators here could weigh in.",
			[]tagged{{"Thursday", "1999-12-02"}}},
		{"after hours", date(1999, 11, 29), "The company said on Tuesday, after hours of talks, that it would sell the unit.",
			[]tagged{{"Tuesday", "1999-11-23"}}},
	})
}
