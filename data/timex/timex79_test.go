package timex

import "testing"

// A plural noun in the object of a verb told before it is no present verb, though an amount's
// sign, a number's comma or a preposition such as "after" stands between; a present with its
// own subject, and a present after "until" under a future, stay ahead.
func TestTimex79ObjectNounNoVerb(t *testing.T) {
	wed := date(2019, 3, 13)
	run47(t, []case47{
		{"$ amount before of its X mills", wed, "The group got $350 million from selling its pulp mills on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		{"percent before on its works", wed, "Hartwell took a 12% charge on its dye works on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"euro amount before for its works", wed, "Hartwell paid €80 million for its dye works on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		{"thousands comma", wed, "The port handled 12,500 tonnes from its coal yards on Tuesday.",
			[]tagged{{"Tuesday", "2019-03-12"}}},
		{"past, then after the sale of", wed, "Its bonds rallied after the sale of the two sugar refineries on Monday.",
			[]tagged{{"Monday", "2019-03-11"}}},
		// near misses: a present with its own subject, a present after "until" or "after"
		// under a future, an amount in an opening phrase set off by a comma
		{"its subject's present", wed, "The sale of the sugar unit closes on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"will ... until ... leaves", wed, "The shop will stay open until its founder leaves on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"will ... after ... closes", wed, "Its bonds will rally after the sale of the refinery closes on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
		{"amount in an opening phrase", wed, "After raising $40 million, the bakery chain opens on Friday.",
			[]tagged{{"Friday", "2019-03-15"}}},
	})
}
