package timex

import (
	"testing"
	"time"
)

// TestBroadcastDiplomacyClasses checks classes that heldout38's first run showed in broadcast
// transcripts, diplomacy and AP business copy (sentences of our own, none from the batch):
// each case lists every expression the tagger should find, by text and value.
func TestBroadcastDiplomacyClasses(t *testing.T) {
	nov := time.Date(1996, 11, 20, 0, 0, 0, 0, time.UTC) // a Wednesday
	mar := time.Date(1997, 3, 4, 0, 0, 0, 0, time.UTC)   // a Tuesday
	jun := time.Date(1998, 6, 10, 0, 0, 0, 0, time.UTC)  // a Wednesday
	apr := time.Date(1999, 4, 21, 0, 0, 0, 0, time.UTC)
	sep := time.Date(1997, 9, 17, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// What is due comes ahead, with a place phrase of a few words between "due" and the
		// day, after a clause told in the past.
		{"due back with a place phrase", nov, "The truce held overnight, and the envoys are due back at the table in Oslo on Friday.",
			[]tagged{{"Friday", "1996-11-22"}}},
		{"due home from a long trip", nov, "The minister is due home from her tour of the region on Sunday.",
			[]tagged{{"Sunday", "1996-11-24"}}},
		{"was due stays past", nov, "The minister was due back at the ministry on Monday but stayed in Rome.",
			[]tagged{{"Monday", "1996-11-18"}}},

		// A result reported after "after" or "following" and a gerund is of a period gone,
		// though the main clause looks ahead.
		{"after posting a loss for a quarter", mar, "The carrier will cut 900 jobs after posting a loss for the fourth quarter.",
			[]tagged{{"the fourth quarter", "1996-Q4"}}},
		{"after reporting weak sales in a quarter", mar, "The chain plans to close stores following reporting weak sales in the third quarter.",
			[]tagged{{"the third quarter", "1996-Q3"}}},
		{"after losing money and a year earlier", mar, "The mill will shut a line after losing money in the fourth quarter. It had earned $3 million a year earlier.",
			[]tagged{{"the fourth quarter", "1996-Q4"}, {"a year earlier", "1995-Q4"}}},
		// no gerund of a result: the plan's quarter stays ahead
		{"a plan's quarter after a noun", mar, "The bank will cut its dividend after a loss in the fourth quarter.",
			[]tagged{{"the fourth quarter", "1997-Q4"}}},
		{"a gerund of no result", mar, "The firm will open a plant after hiring engineers in the fourth quarter.",
			[]tagged{{"the fourth quarter", "1997-Q4"}}},

		// A traveler's second predicate, a present with its destination before its date, is
		// a schedule, ahead whatever the first predicate's tense; the first keeps its past.
		{"returns to a capital after a trip told", jun, "The chancellor flew to Tokyo on Monday and returns to Berlin on Saturday.",
			[]tagged{{"Monday", "1998-06-08"}, {"Saturday", "1998-06-13"}}},
		{"leaves for a city", jun, "The mediator reached Nairobi on Tuesday and leaves for Kampala on Friday.",
			[]tagged{{"Tuesday", "1998-06-09"}, {"Friday", "1998-06-12"}}},
		{"flies to a city of two words", jun, "The pope landed in Manila Monday and flies to New Delhi Thursday.",
			[]tagged{{"Monday", "1998-06-08"}, {"Thursday", "1998-06-11"}}},
		{"a past second predicate stays past", jun, "The chancellor flew to Tokyo on Monday and spoke to reporters on Tuesday.",
			[]tagged{{"Monday", "1998-06-08"}, {"Tuesday", "1998-06-09"}}},

		// "the end of the month" or "of the year" in a narrative told in the past is the end
		// of the month or year the story is at; ahead, or after "since", the telling's.
		{"end of the month in a past narrative", apr, "The river rose on Oct. 12. By the end of the month, two villages had been abandoned.",
			[]tagged{{"Oct. 12", "1998-10-12"}, {"the end of the month", "1998-10"}}},
		{"end of the year after a day with its year", apr, "The junta seized power on May 4, 1992. By the end of the year, it had closed every newspaper.",
			[]tagged{{"May 4, 1992", "1992-05-04"}, {"the end of the year", "1992"}}},
		{"end of the year ahead stays the telling's", apr, "Exports slumped in January. The ministry expects a rebound by the end of the year.",
			[]tagged{{"January", "1999-01"}, {"the end of the year", "1999"}}},
		{"end of the year after since", apr, "The firm has lost money since 1994, and by the end of the year it had sold its mills.",
			[]tagged{{"1994", "1994"}, {"the end of the year", "1999"}}},

		{"a plan's end of the year stays the telling's", apr, "The dam failed in the storm of 1996. Engineers had planned to rebuild it by the end of the year.",
			[]tagged{{"1996", "1996"}, {"the end of the year", "1999"}}},
		{"since the start of the year", apr, "Rates are the highest since last May, and have risen since the start of the year.",
			[]tagged{{"last May", "1998-05"}, {"the start of the year", "1999"}}},

		// A plural's present of intent before "to" looks ahead, as the third person's does.
		{"hope to in the plural", jun, "Mediators hope to bring both sides to the table on Sunday.",
			[]tagged{{"Sunday", "1998-06-14"}}},
		{"intend to in the plural", jun, "The generals intend to hand over power on Monday.",
			[]tagged{{"Monday", "1998-06-15"}}},
		{"a noun of hope is no intent", jun, "Their hope of a deal faded on Sunday.",
			[]tagged{{"Sunday", "1998-06-07"}}},
		// A deadline's possessive weekday is ahead in a clause told ahead; missed, it is gone.
		{"unlikely to meet a weekday's deadline", jun, "The militias are unlikely to meet Friday's deadline to disarm.",
			[]tagged{{"Friday", "1998-06-12"}}},
		{"will act after a weekday's strike deadline", jun, "The dockers say they will walk out after Thursday's strike deadline.",
			[]tagged{{"Thursday", "1998-06-11"}}},
		{"a missed deadline stays past", jun, "The militias missed Friday's deadline to disarm.",
			[]tagged{{"Friday", "1998-06-05"}}},

		// What a demand asks for lies ahead of the asking: a present's any date; a past's
		// after "by" or "before", or in the infinitive it asks for.
		{"calls for a month", sep, "The truce calls for a vote on autonomy in April.",
			[]tagged{{"April", "1998-04"}}},
		{"calls for a season past a dated aside", sep, "The plan drafted in August calls for free elections in the spring.",
			[]tagged{{"August", "1997-08"}, {"spring", "1998-SP"}}},
		{"demanded by a weekday", sep, "The council demanded a withdrawal by Friday.",
			[]tagged{{"Friday", "1997-09-19"}}},
		{"urged to do in a month", sep, "The mediator urged both parties to sign the accord in October.",
			[]tagged{{"October", "1997-10"}}},
		{"the demand's own day", sep, "The opposition called for fresh elections on Monday.",
			[]tagged{{"Monday", "1997-09-15"}}},
		{"a past demand in a month may date the asking", sep, "The students demanded reforms in May.",
			[]tagged{{"May", "1997-05"}}},
		{"called in is no demand", sep, "The governor called in the guard in May.",
			[]tagged{{"May", "1997-05"}}},

		// "a week ago" in the singular is the day seven days back; "two weeks ago" the week.
		{"a week ago is the day", nov, "A week ago, the guns were still firing.",
			[]tagged{{"A week ago", "1996-11-13"}}},
		{"one week ago is the day", nov, "The ferry sank one week ago.",
			[]tagged{{"one week ago", "1996-11-13"}}},
		{"two weeks ago stays the week", nov, "Two weeks ago the talks broke down.",
			[]tagged{{"Two weeks ago", "1996-W45"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
