package timex

import "testing"

// Three tense misreads the last rounds left, fixed as classes (timex50), with sentences of our
// own.

// The horizon of an expectation told in the pluperfect, a month or two after the telling, is
// ahead; a farther month, and a pluperfect of no expecting, stay behind.
func TestExpectedHorizon(t *testing.T) {
	run47(t, []case47{
		{"had expected to wait until December", day47(2013, 11, 14), "Markets had expected the bank to wait until December.",
			[]tagged{{"December", "2013-12"}}},
		{"had anticipated that it would stay till January", day47(2013, 11, 20), "Traders had anticipated that the Fed would stay put till January.",
			[]tagged{{"January", "2014-01"}}},
		{"had been expecting until late March", day47(2015, 2, 3), "Growers had been expecting the frost to hold until late March.",
			[]tagged{{"late March", "2015-03"}}},
		{"had predicted to last until October", day47(2012, 9, 25), "Forecasters had predicted the drought to last until October, but rain came.",
			[]tagged{{"October", "2012-10"}}},
		// a horizon far ahead of the telling was the last one's
		{"had expected until April, told in November", day47(2013, 11, 14), "Markets had expected the bank to wait until April.",
			[]tagged{{"April", "2013-04"}}},
		// a year just named governs
		{"had expected until December, in 2009", day47(2013, 11, 14), "In 2009, markets had expected the bank to wait until December.",
			[]tagged{{"2009", "2009"}, {"December", "2009-12"}}},
		{"had expected until December, last year", day47(2013, 11, 14), "Last year markets had expected the bank to wait until December.",
			[]tagged{{"Last year", "2012"}, {"December", "2012-12"}}},
		// a pluperfect of no expecting is a time gone
		{"had stayed shut until December", day47(2013, 11, 14), "The mine had stayed shut until December.",
			[]tagged{{"December", "2012-12"}}},
	})
}
