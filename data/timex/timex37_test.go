package timex

import (
	"testing"
	"time"
)

// Weekly figures of business copy (heldout45's WSJ register), with sentences of our own.

func day37(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC) }

// A weekly report's latest week, the week before it and the same week a year back.
func TestWeeklyFigures(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"latest week told on a Thursday", day37(2003, 1, 9), "Initial jobless claims rose by 8,000 in the latest week, the Labor Department said.",
			[]tagged{{"the latest week", "2003-W01"}}},
		{"most recent week and the previous one", day37(1995, 3, 16), "Chain-store sales rose 0.8% in the most recent week from the previous week.",
			[]tagged{{"the most recent week", "1995-W10"}, {"the previous week", "1995-W09"}}},
		{"the week before a latest week", day37(1995, 3, 16), "Money-market fund assets grew $1.2 billion in the latest week, after falling the week before.",
			[]tagged{{"the latest week", "1995-W10"}, {"the week before", "1995-W09"}}},
		{"year-earlier week after a week ended", day37(1992, 6, 11), "Lumber shipments in the week ended June 6 were 5% below the year-earlier week.",
			[]tagged{{"June 6", "1992-06-06"}, {"the year-earlier week", "1991-W23"}}},
		{"a year earlier after a week ending", day37(1992, 6, 11), "Car loadings in the week ending June 6 rose 2.4% from a year earlier, the railroads said.",
			[]tagged{{"June 6", "1992-06-06"}, {"a year earlier", "1991-W23"}}},
		{"a year ago after the latest week", day37(2003, 1, 9), "Mortgage applications rose 4% in the latest week and were up 30% from a year ago.",
			[]tagged{{"the latest week", "2003-W01"}, {"a year ago", "2002-W01"}}},
		{"the previous week after a week in the sentence before", day37(1995, 3, 16), "Utilities burned more coal in the week ended March 11. Stockpiles had grown the previous week.",
			[]tagged{{"March 11", "1995-03-11"}, {"the previous week", "1995-W09"}}},
		{"the same week last year", day37(2003, 1, 9), "Retail gasoline sales rose in the latest week and were 6% above the same week last year.",
			[]tagged{{"the latest week", "2003-W01"}, {"the same week last year", "2002-W01"}}},
		{"the comparable week a year ago", day37(1992, 6, 11), "Orders in the week ended June 6 trailed the comparable week a year ago.",
			[]tagged{{"June 6", "1992-06-06"}, {"the comparable week a year ago", "1991-W23"}}},
		// a comparison's week is no figure's: "a year earlier" after it is the latest week's
		{"a year earlier after the previous week", day37(1995, 3, 16), "Sales rose in the latest week from the previous week. They were up 2% from a year earlier.",
			[]tagged{{"the latest week", "1995-W10"}, {"the previous week", "1995-W09"}, {"a year earlier", "1994-W10"}}},
		// controls: no week's figure before them, a later period, or no comparison
		{"the same week last year without a week", day37(1992, 6, 11), "Crowds were bigger than in the same week last year.",
			[]tagged{{"last year", "1991"}}},
		{"a year earlier after a year", day37(1992, 6, 11), "Profit in 1991 was $4 million, down from $6 million a year earlier.",
			[]tagged{{"1991", "1991"}, {"a year earlier", "1990"}}},
		{"a year earlier not compared", day37(1992, 6, 11), "Shipments rose in the week ended June 6. A year earlier, the mill was closed.",
			[]tagged{{"June 6", "1992-06-06"}, {"A year earlier", "1991"}}},
		{"a quarter named after the week", day37(1995, 3, 16), "Steel output rose in the latest week. Fourth-quarter shipments were up 6% from a year earlier.",
			[]tagged{{"the latest week", "1995-W10"}, {"Fourth-quarter", "1994-Q4"}, {"a year earlier", "1993-Q4"}}},
		{"the week before an event", day37(1992, 6, 11), "Polls tightened the week before the primary.", nil},
		{"the latest week of talks", day37(1992, 6, 11), "Negotiators met in the latest week of talks.", nil},
		{"the previous week after a day", day37(1995, 3, 16), "The shares fell on Tuesday. The previous week, they had risen 4%.",
			[]tagged{{"Tuesday", "1995-03-14"}, {"The previous week", "1995-W10"}}},
		{"a week far back", day37(1995, 3, 16), "Output rose in the latest week. The mill said little else. Prices were up from a year earlier.",
			[]tagged{{"the latest week", "1995-W10"}, {"a year earlier", "1994"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// Broadcast copy's anniversaries of weeks and months, and of a season years back.
func TestBroadcastAnniversaries(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"a month ago today", day37(1998, 5, 6), "A month ago today, the bill seemed dead.",
			[]tagged{{"A month ago today", "1998-04-06"}}},
		{"three weeks ago today", day37(1998, 11, 19), "Three weeks ago today, voters went to the polls.",
			[]tagged{{"Three weeks ago today", "1998-10-29"}}},
		{"six months ago this week", day37(1998, 9, 2), "Six months ago this week, the peace talks collapsed.",
			[]tagged{{"Six months ago this week", "1998-W10"}}},
		{"two years ago this spring", day37(1998, 5, 6), "Two years ago this spring, the industry offered a settlement.",
			[]tagged{{"Two years ago this spring", "1996-SP"}}},
		{"a year ago this fall", day37(1998, 10, 14), "A year ago this fall, the market was booming.",
			[]tagged{{"A year ago this fall", "1997-FA"}}},
		// controls: the years' anniversaries stay ago-this's; a winter, a bare "ago" are left
		{"years ago today", day37(1998, 5, 6), "Fifty years ago today, Israel was founded.",
			[]tagged{{"Fifty years ago today", "1948-05-06"}}},
		{"a year ago this week", day37(1998, 3, 5), "A year ago this week, the Dow was below 7,000.",
			[]tagged{{"A year ago this week", "1997-W10"}}},
		{"a month ago", day37(1998, 5, 6), "A month ago, the bill seemed dead.",
			[]tagged{{"A month ago", "1998-04"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A results story's just-ended quarter, and a quarter named by its months that holds the
// telling.
func TestQuartersOfTheTelling(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"the just-ended quarter", day37(1991, 7, 18), "Brennan Steel said profit in the just-ended quarter fell 30%.",
			[]tagged{{"the just-ended quarter", "1991-Q2"}}},
		{"the recently completed quarter", day37(1996, 1, 25), "Shipments in the recently completed quarter were a record.",
			[]tagged{{"the recently completed quarter", "1995-Q4"}}},
		{"the just-ended month", day37(2001, 3, 6), "Auto sales in the just-ended month fell 4%.",
			[]tagged{{"the just-ended month", "2001-02"}}},
		{"the just-ended fiscal quarter of a stated year", day37(1990, 11, 8), "The company's fiscal year ends Sept. 30. Profit in the just-ended quarter rose.",
			[]tagged{{"the just-ended quarter", "1990-Q4"}}},
		{"October-December ahead, told in November", day37(1989, 11, 2), "Retailers expect the October-December quarter to be strong.",
			[]tagged{{"October-December quarter", "1989-Q4"}}},
		{"April-June ahead, told in May", day37(1997, 5, 14), "Economists think growth will slow in the April-June period.",
			[]tagged{{"April-June period", "1997-Q2"}}},
		// controls: a quarter ahead that has not begun, one gone, "recently" alone
		{"July-September ahead, told in May", day37(1997, 5, 14), "Economists think growth will pick up in the July-September quarter.",
			[]tagged{{"July-September quarter", "1997-Q3"}}},
		{"January-March ahead, told in November", day37(1989, 11, 2), "Retailers expect the January-March quarter to be weak.",
			[]tagged{{"January-March quarter", "1990-Q1"}}},
		{"October-December gone, told in February", day37(1998, 2, 11), "Sales in the October-December period fell 3%.",
			[]tagged{{"October-December period", "1997-Q4"}}},
		{"recently alone", day37(1991, 7, 18), "The mill recently completed a new furnace.",
			[]tagged{{"recently", "PAST_REF"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// Broadcast copy spells the 30th as it does the other days before a month.
func TestSpelledThirtieth(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"the thirtieth of a month", day37(1998, 6, 10), "The mine closed on the thirtieth of April.",
			[]tagged{{"the thirtieth of April", "1998-04-30"}}},
		{"the thirtieth of a month with its year", day37(1998, 6, 10), "The accord was signed on the thirtieth of September, nineteen ninety-three.",
			[]tagged{{"the thirtieth of September, nineteen ninety-three", "1993-09-30"}}},
		// controls: an anniversary is no day; the other spelled days as before
		{"the thirtieth anniversary", day37(1998, 6, 10), "Veterans marked the thirtieth anniversary of the battle.", nil},
		{"the twenty-first of a month", day37(1998, 6, 10), "Talks resume on the twenty-first of July.",
			[]tagged{{"the twenty-first of July", "1998-07-21"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
