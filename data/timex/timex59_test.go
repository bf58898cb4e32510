package timex

import "testing"

// Misreads of news copy (timex59's), with sentences of our own.

// A modal's clause reaches through "as soon as", "as early as" or "as late as" and the noun
// phrase after it: the date in that phrase lies ahead.
func TestMisreadModalThroughAs(t *testing.T) {
	run47(t, []case47{
		{"as soon as", date(1990, 11, 20), "A strike could begin as soon as the contract's expiration on Jan. 15, the union said.",
			[]tagged{{"Jan. 15", "1991-01-15"}}},
		{"as early as", date(1990, 11, 20), "The sale may close as early as the holders' meeting in October, the bank said.",
			[]tagged{{"October", "1991-10"}}},
		{"as late as", date(1990, 11, 20), "The vote might slip as late as the union's meeting in January, officials said.",
			[]tagged{{"January", "1991-01"}}},
		// near miss: a clause after "as soon as" tells its own tense
		{"a clause's verb", date(1990, 11, 20), "Prices could fall as soon as traders returned to the pits on Monday, dealers said.",
			[]tagged{{"Monday", "1990-11-19"}}},
	})
}

// Irregular past participles in -n that no past form spells ("drawn", "sworn", "withdrawn")
// are participles as "taken" and "written" are: one that opens an aside dates it in the
// past, with its particle too, and one before its agent dates the act.
func TestMisreadIrregularParticiples(t *testing.T) {
	run47(t, []case47{
		{"drawn up", date(1990, 11, 21), "The rule, drawn up in March, will take effect next year.",
			[]tagged{{"March", "1990-03"}, {"next year", "1991"}}},
		{"sworn in", date(1990, 11, 21), "The judge, sworn in on Monday, will hear the case next year.",
			[]tagged{{"Monday", "1990-11-19"}, {"next year", "1991"}}},
		{"withdrawn", date(1990, 11, 21), "The bid, withdrawn in October, will be renewed next year.",
			[]tagged{{"October", "1990-10"}, {"next year", "1991"}}},
		{"forgiven", date(1990, 11, 21), "The loan, forgiven in March, will be repaid next year, officials said.",
			[]tagged{{"March", "1990-03"}, {"next year", "1991"}}},
		{"agent", date(1990, 11, 21), "The offer, withdrawn by Acme on Monday, will be renewed.",
			[]tagged{{"Monday", "1990-11-19"}}},
		// near misses: after "will be" the participle is the verb of a future; before a noun
		// the particle is no aside's
		{"will be drawn up", date(1990, 11, 21), "The rules will be drawn up in March, the agency said.",
			[]tagged{{"March", "1991-03"}}},
		{"sworn to", date(1990, 11, 21), "The judge, sworn to secrecy, will rule in March.",
			[]tagged{{"March", "1991-03"}}},
	})
}

// "after" or "before" and a bare plural noun with its past verb open a clause of
// their own without a comma too: its verb is not the date's before it.
func TestMisreadSubordinateBareNoun(t *testing.T) {
	run47(t, []case47{
		{"after", date(1990, 11, 21), "Ministers will open a conference on Tuesday after negotiators failed to agree.",
			[]tagged{{"Tuesday", "1990-11-27"}}},
		{"before", date(1990, 11, 21), "Acme will report its results on Monday before analysts gathered in Boston can ask.",
			[]tagged{{"Monday", "1990-11-26"}}},
		// near miss: "after hours of talks" is a time, no clause; the past main verb tells
		{"hours of talks", date(1990, 11, 21), "The board will meet on Tuesday after hours of talks.",
			[]tagged{{"Tuesday", "1990-11-27"}}},
		{"past main verb", date(1990, 11, 21), "Ministers opened a conference on Tuesday after negotiators failed to agree.",
			[]tagged{{"Tuesday", "1990-11-20"}}},
	})
}
