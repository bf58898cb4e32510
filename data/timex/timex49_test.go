package timex

import "testing"

// Families of TempEval-3-era wire copy (heldout57's registers), with sentences of our own.

// A verb of saying with its hearer, or its inverted speaker, dates the saying, not the
// quotation before it.
func TestWireSayingHearer(t *testing.T) {
	run47(t, []case47{
		{"told fighters late Saturday", date(2013, 6, 10), `"We will take the capital," the rebel commander told fighters late Saturday.`,
			[]tagged{{"Saturday", "2013-06-08"}}},
		{"told parliament Tuesday", date(2014, 2, 13), `"Prices will keep rising," the minister told parliament Tuesday.`,
			[]tagged{{"Tuesday", "2014-02-11"}}},
		{"said the name on Monday", date(2012, 3, 7), `"The strike goes on," said Okafor on Monday.`,
			[]tagged{{"Monday", "2012-03-05"}}},
		// what was told, after its subject, keeps its own tense
		{"told parliament it will vote", date(2014, 2, 13), "The minister told parliament it will vote Tuesday.",
			[]tagged{{"Tuesday", "2014-02-18"}}},
	})
}

// A day and month that "in" and a year follow are that year's.
func TestWireDayInYear(t *testing.T) {
	run47(t, []case47{
		{"two days in two years", date(2013, 5, 1), "The festival opened on March 3 in 2011 and on March 9 in 2012.",
			[]tagged{{"March 3", "2011-03-03"}, {"2011", "2011"}, {"March 9", "2012-03-09"}, {"2012", "2012"}}},
		{"a day in a year gone", date(2012, 1, 10), "The harvest began on Sept. 20 in 2010.",
			[]tagged{{"Sept. 20", "2010-09-20"}, {"2010", "2010"}}},
		{"a day in a place", date(2013, 10, 8), "Prices on Oct. 2 in Tokyo rose.",
			[]tagged{{"Oct. 2", "2013-10-02"}}},
	})
}

// A clause of manner or comparison after a comma has its own verb.
func TestWireAsClause(t *testing.T) {
	run47(t, []case47{
		{"may be called back, as they were", date(2013, 2, 10), "Senators may be called back in April, as they were in 2011.",
			[]tagged{{"April", "2013-04"}, {"2011", "2011"}}},
		{"might be sent home, as it was", date(2013, 2, 10), "The team might be sent home in March, as it was in 2012.",
			[]tagged{{"March", "2013-03"}, {"2012", "2012"}}},
		{"closed, as it had", date(2013, 5, 28), "The plant closed in July, as it had in 2010.",
			[]tagged{{"July", "2012-07"}, {"2010", "2010"}}},
	})
}

// A release to come shows figures of a period already over.
func TestWireShownStatistic(t *testing.T) {
	run47(t, []case47{
		{"expected to show growth in the third quarter", date(2013, 11, 5), "Data due Friday are expected to show growth of 0.4 percent in the third quarter.",
			[]tagged{{"Friday", "2013-11-08"}, {"the third quarter", "2013-Q3"}}},
		{"should show a drop in October", date(2013, 11, 20), "Figures next week should show a drop in exports in October.",
			[]tagged{{"next week", "2013-W48"}, {"October", "2013-10"}}},
		{"a quarter by its months", date(2013, 11, 5), "Figures due Friday will show a rise of 0.2 percent in the July-September period.",
			[]tagged{{"Friday", "2013-11-08"}, {"July-September period", "2013-Q3"}}},
		// what is shown is no figure
		{"to show the paintings", date(2013, 5, 10), "The museum plans to show the paintings in June.",
			[]tagged{{"June", "2013-06"}}},
	})
}

// A month that names an earlier issue of a forecast set against the new one is gone.
func TestWireEarlierIssue(t *testing.T) {
	run47(t, []case47{
		{"down from its April forecast", date(2013, 10, 8), "The bank now sees growth of 1.8 percent, down from 2.1 percent in its April forecast.",
			[]tagged{{"now", "PRESENT_REF"}, {"April", "2013-04"}}},
		{"after a year ahead", date(2013, 10, 8), "The IMF expects growth of 3 percent in 2014, up from 2.7 percent in its January outlook.",
			[]tagged{{"2014", "2014"}, {"January", "2013-01"}}},
		{"the bank's", date(2013, 10, 8), "Exports should grow 4 percent, up from 3 percent in the ministry's February estimate.",
			[]tagged{{"February", "2013-02"}}},
		// no comparison: the verb tells
		{"will revise in its January update", date(2013, 10, 8), "The Fund will revise the figures in its January update.",
			[]tagged{{"January", "2014-01"}}},
	})
}

// A day of the month told ahead, when the story is at a month gone.
func TestWireDayOfMonthAhead(t *testing.T) {
	run47(t, []case47{
		{"the 14th after that March", date(2013, 6, 3), `The mayor was first elected in 2009 and took office that March. "The new bridge opens on the 14th," she said.`,
			[]tagged{{"2009", "2009"}, {"that March", "2009-03"}, {"the 14th", "2013-06-14"}}},
		{"the 2nd, next month", date(2013, 6, 20), `Velt joined the board in 2004 and left that May. "We vote on the 2nd," he said.`,
			[]tagged{{"2004", "2004"}, {"that May", "2004-05"}, {"the 2nd", "2013-07-02"}}},
		// a day of the month gone, in the past, stays the story's
		{"came by the 15th", date(2013, 6, 3), "Payments were due Aug. 10, 2012; most came in by the 15th.",
			[]tagged{{"Aug. 10, 2012", "2012-08-10"}, {"the 15th", "2012-08-15"}}},
	})
}
