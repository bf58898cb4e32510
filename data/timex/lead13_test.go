package timex

import "testing"

// A schedule verb's base form after a possessive and a capitalized name of several words is
// the head noun of "their New York debut", however the lexicon reads the name's words alone:
// the weekday takes the clause's past verb. A plural subject before the verb, a modal or a
// verb of making still look ahead (tense.go compoundHead, innerNameWord).
func TestCompoundHeadAfterName(t *testing.T) {
	// aug15 is a Wednesday: the Thursday behind is August 9, the one ahead August 16.
	tests := []struct {
		text, value string
	}{
		{"Halden shares jumped 48% in their New York debut on Thursday.", "2007-08-09"},
		{"Orland stock slid 6% in its New York Stock Exchange debut on Thursday, valuing it at $2 billion.", "2007-08-09"},
		{"The stock fell in its Hong Kong debut Thursday.", "2007-08-09"},
		// near-misses: the verb of a plural name, and a debut still to be made
		{"The New York Rangers open on Thursday.", "2007-08-16"},
		{"Halden will make its New York debut on Thursday.", "2007-08-16"},
		{"The Halden shares debut on Thursday.", "2007-08-16"},
	}
	for _, tt := range tests {
		expectTags(t, tt.text, aug15, []tagged{{"Thursday", tt.value}})
	}
}

// A half of "the decade" or "the century" is the publication's decade or century at its start
// or end, as a half of "the 1990s" is; alone, "the first half" stays the year's (lead13.go
// currentEra).
func TestHalfOfCurrentEra(t *testing.T) {
	doc := date(1998, 3, 11)
	expectWants(t, "In the first half of the decade, growth averaged 3 percent.", Reference{DocDate: doc},
		[]want{{text: "the first half of the decade", value: "199", mod: "START"}})
	expectWants(t, "Prices rose in the second half of this century.", Reference{DocDate: doc},
		[]want{{text: "the second half of this century", value: "19", mod: "END"}})
	// near-miss: a half of a year named
	expectTags(t, "Sales fell in the first half of last year.", doc, []tagged{{"the first half of last year", "1997-H1"}})
}
