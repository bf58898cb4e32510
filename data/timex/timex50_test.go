package timex

import "testing"

// Three tense misreads the last rounds left, fixed as classes (timex50), with sentences of our
// own.

// The horizon of an expectation told in the pluperfect, a month or two after the telling, is
// ahead; a farther month, and a pluperfect of no expecting, stay behind.
func TestExpectedHorizon(t *testing.T) {
	run47(t, []case47{
		{"had expected to wait until December", date(2013, 11, 14), "Markets had expected the bank to wait until December.",
			[]tagged{{"December", "2013-12"}}},
		{"had anticipated that it would stay till January", date(2013, 11, 20), "Traders had anticipated that the Fed would stay put till January.",
			[]tagged{{"January", "2014-01"}}},
		{"had been expecting until late March", date(2015, 2, 3), "Growers had been expecting the frost to hold until late March.",
			[]tagged{{"late March", "2015-03"}}},
		{"had predicted to last until October", date(2012, 9, 25), "Forecasters had predicted the drought to last until October, but rain came.",
			[]tagged{{"October", "2012-10"}}},
		// a horizon far ahead of the telling was the last one's
		{"had expected until April, told in November", date(2013, 11, 14), "Markets had expected the bank to wait until April.",
			[]tagged{{"April", "2013-04"}}},
		// a year just named governs
		{"had expected until December, in 2009", date(2013, 11, 14), "In 2009, markets had expected the bank to wait until December.",
			[]tagged{{"2009", "2009"}, {"December", "2009-12"}}},
		{"had expected until December, last year", date(2013, 11, 14), "Last year markets had expected the bank to wait until December.",
			[]tagged{{"Last year", "2012"}, {"December", "2012-12"}}},
		// a pluperfect of no expecting is a time gone
		{"had stayed shut until December", date(2013, 11, 14), "The mine had stayed shut until December.",
			[]tagged{{"December", "2012-12"}}},
	})
}

// A relative clause that looks ahead tells its own time, after a verb of saying too.
func TestRelativeClauseAhead(t *testing.T) {
	run47(t, []case47{
		{"who will chair from Friday", date(2013, 11, 13), `"We need a deal," said Anna Berg, who will chair the talks from Friday.`,
			[]tagged{{"Friday", "2013-11-15"}}},
		{"who will run from Monday", date(2014, 4, 2), `"The plant is safe," said the inspector, who will run the hearings from Monday.`,
			[]tagged{{"Monday", "2014-04-07"}}},
		{"who takes office Tuesday", date(2014, 4, 2), `"Taxes stay," said Mayor Ortiz, who takes office Tuesday.`,
			[]tagged{{"Tuesday", "2014-04-08"}}},
		{"who becomes chairman Thursday", date(2014, 4, 2), `"Costs rise," said Ruth Lam, who becomes chairman Thursday.`,
			[]tagged{{"Thursday", "2014-04-03"}}},
		{"who is to lead from Saturday", date(2012, 6, 6), "The plan is sound, said Ito, who is to lead the patrols from Saturday.",
			[]tagged{{"Saturday", "2012-06-09"}}},
		// the onset of conducting outside a relative clause keeps its clause's tense
		{"will lead the drills from Monday", date(2014, 4, 2), "Captain Moro will lead the drills from Monday.",
			[]tagged{{"Monday", "2014-04-07"}}},
		{"led the drills from Monday", date(2014, 4, 2), "Captain Moro led the drills from Monday.",
			[]tagged{{"Monday", "2014-03-31"}}},
		// a past in the relative clause, or a relative clause told in the past, keeps it behind
		{"who chaired from Friday", date(2013, 11, 13), `"We need a deal," said Anna Berg, who chaired the talks from Friday.`,
			[]tagged{{"Friday", "2013-11-08"}}},
		{"who will release videos from Friday", date(2013, 11, 13), "The police, who will release videos from Friday, asked for calm.",
			[]tagged{{"Friday", "2013-11-08"}}},
		{"who will say what happened", date(2013, 11, 13), "The inquiry will hear Moss, who will say what happened Friday.",
			[]tagged{{"Friday", "2013-11-08"}}},
	})
}

// The onset of an act dated on a past day is the first such day after it.
func TestOnsetAfterAct(t *testing.T) {
	run47(t, []case47{
		{"effective Monday after Saturday", date(2013, 11, 13), "The board on Saturday named Lee chief executive, effective Monday.",
			[]tagged{{"Saturday", "2013-11-09"}, {"Monday", "2013-11-11"}}},
		{"starting Tuesday after Friday", date(2014, 3, 6), "On Friday the council raised parking fees, starting Tuesday.",
			[]tagged{{"Friday", "2014-02-28"}, {"Tuesday", "2014-03-04"}}},
		// "as of" after a past act was read so before; it stays
		{"as of Sunday after Thursday", date(2014, 3, 4), "The ministry lifted the import ban on Thursday, as of Sunday.",
			[]tagged{{"Thursday", "2014-02-27"}, {"Sunday", "2014-03-02"}}},
		{"beginning Monday after a month and day", date(2013, 11, 13), "The airline on Nov. 1 cut its fares, beginning Monday.",
			[]tagged{{"Nov. 1", "2013-11-01"}, {"Monday", "2013-11-04"}}},
		// no past act's day in the sentence: the onset is ahead of the telling
		{"effective Monday alone", date(2013, 11, 13), "The board named Lee chief executive, effective Monday.",
			[]tagged{{"Monday", "2013-11-18"}}},
		// an act ahead of the telling sets no past onset
		{"will vote Friday, effective Monday", date(2013, 11, 13), "The board will vote on Friday on the fee, effective Monday.",
			[]tagged{{"Friday", "2013-11-15"}, {"Monday", "2013-11-18"}}},
	})
}
