package timex

import "testing"

// International wire news of 2012-2014 (heldout51's registers), with sentences of our own:
// the results of companies whose year runs from April, as Reuters and AFP write them.

// An outlook for a year named by its last month ("the year to March") is of the year under way
// or to come, whatever tense the verb of the outlook has; results for it are told after it.
func TestWorldWireOutlookYearTo(t *testing.T) {
	runTags40(t, []case40{
		{"raised its forecast", day40(2012, 10, 30), "Panasonic raised its net profit forecast for the year to March as TV sales recovered.",
			[]tagged{{"March", "2013-03"}}},
		{"cut its outlook", day40(2014, 2, 4), "Vodafone cut its outlook for the financial year to March, citing price wars in Spain.",
			[]tagged{{"March", "2014-03"}}},
		{"half", day40(2013, 1, 17), "Burberry trimmed its forecast for the half to March, blaming weak demand.",
			[]tagged{{"March", "2013-03"}}},
		{"six months", day40(2013, 1, 15), "Burberry trimmed its profit forecast for the six months to March.",
			[]tagged{{"six months", "P6M"}, {"March", "2013-03"}}},
		// controls: the results of a year just ended, a change over twelve months, no outlook
		{"results", day40(2013, 5, 10), "Net profit for the year to March rose 20 percent, Mazda said.",
			[]tagged{{"March", "2013-03"}}},
		{"inflation", day40(2013, 11, 12), "Consumer prices rose 2.2 percent in the year to October, the statistics office said.",
			[]tagged{{"October", "2013-10"}}},
	})
}

// "the current business year" and "the last financial year" are fiscal years, in the calendar
// the story gives by naming its year's last month; "current" before other nouns stays the
// present.
func TestWorldWireBusinessYear(t *testing.T) {
	runTags40(t, []case40{
		{"current business year", day40(2013, 11, 5), "Nikon cut its forecast for the year to March and expects a loss in the current business year.",
			[]tagged{{"March", "2014-03"}, {"the current business year", "2014"}}},
		{"last financial year", day40(2014, 2, 6), "Sales in the year to March will rise, BT said. They fell 3 percent in the last financial year.",
			[]tagged{{"March", "2014-03"}, {"the last financial year", "2013"}}},
		{"no calendar", day40(2012, 9, 3), "Wipro expects hiring to slow in the current financial year.",
			[]tagged{{"the current financial year", "2012"}}},
		// controls: "current" before another noun, a fiscal year named so
		{"current climate", day40(2013, 11, 5), "The current business climate in Europe is poor.",
			[]tagged{{"current", "PRESENT_REF"}}},
		{"fiscal", day40(2013, 11, 5), "Nikon expects a loss in the current fiscal year.",
			[]tagged{{"the current fiscal year", "2013"}}},
	})
}

// Six months written as a span that is no calendar half are a fiscal half of a year from
// April, named for the year it ends in.
func TestWorldWireFiscalHalfRange(t *testing.T) {
	runTags40(t, []case40{
		{"April-September", day40(2012, 11, 2), "Operating profit in the April-September half fell 12 percent, Hitachi said.",
			[]tagged{{"April-September half", "2013-H1"}}},
		{"October-March", day40(2014, 1, 20), "Fujitsu expects sales in the October-March period to recover.",
			[]tagged{{"October-March period", "2014-H2"}}},
		// controls: the calendar's halves, a span of other months
		{"January-June", day40(2012, 11, 2), "Exports rose in the January-June period.",
			[]tagged{{"January-June period", "2012-H1"}}},
		{"other months", day40(2012, 11, 2), "Rainfall in the February-July period was light.",
			[]tagged{{"February", "2012-02"}, {"July", "2012-07"}}},
	})
}
