package timex

import (
	"testing"
	"time"
)

// Families of AQUAINT's own registers of 1998-2000 (heldout52's), with sentences of our own.

func TestWireFamilies(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// "the night before" in the sentence after a told day counts from the events' day
		{"night before the event, not the telling", day(2004, 10, 18),
			"A guard was shot early Sunday at a warehouse in Dayton, the sheriff said Monday. Deputies said the gunman had been turned away the night before and came back with a rifle.",
			[]tagged{{"Sunday", "2004-10-17"}, {"Monday", "2004-10-18"}, {"the night before", "2004-10-16"}}},
		{"day before the telling, in its sentence", day(2004, 10, 18), "The sheriff said Monday that the gunman had been seen the day before.",
			[]tagged{{"Monday", "2004-10-18"}, {"the day before", "2004-10-17"}}},
		{"night before, then a verb", day(2003, 3, 20), "A fire broke out at a mill on March 4. Workers had smelled smoke the night before and called the owner.",
			[]tagged{{"March 4", "2003-03-04"}, {"the night before", "2003-03-03"}}},
		{"day before and after", day(2003, 3, 20), "The mill closed on March 4. Guards stood at the gate the day before and after the closing.",
			[]tagged{{"March 4", "2003-03-04"}}},
		// an ordinal ranks within the year as a superlative does
		{"ninth of the year", day(2005, 6, 2), "The crash was the county's ninth traffic death of the year.",
			[]tagged{{"the year", "2005"}}},
		{"14th of the year", day(2005, 6, 2), "It was her 14th win of the year.",
			[]tagged{{"the year", "2005"}}},
		{"the first of the year", day(2005, 6, 2), "Payment is due by the first of the year.",
			[]tagged{{"the first of the year", "2006-01-01"}}},
		{"a first of the year", day(2005, 6, 2), "The bank sold bonds in its first debt sale of the year.", nil},
		{"a quarter of the year", day(2005, 6, 2), "The first quarter of the year was weak.",
			[]tagged{{"The first quarter of the year", "2005-Q1"}}},
		// one is summoned ahead of the asking
		{"ordered to appear", day(2006, 3, 14), "The judge ordered both lawyers to appear in court Thursday.",
			[]tagged{{"Thursday", "2006-03-16"}}},
		{"told to report", day(2006, 3, 14), "The union told its members to report for work Monday.",
			[]tagged{{"Monday", "2006-03-20"}}},
		{"asked to return", day(2006, 3, 14), "The mediator asked both sides to return to the bargaining table Friday.",
			[]tagged{{"Friday", "2006-03-17"}}},
		{"the asking's day", day(2006, 3, 14), "The mayor asked the council Friday to delay the vote.",
			[]tagged{{"Friday", "2006-03-10"}}},
		{"no coming", day(2006, 3, 14), "Officials urged residents to stay home Wednesday.",
			[]tagged{{"Wednesday", "2006-03-08"}}},
		{"a past after the day", day(2006, 3, 14), "Police said the man was asked to come to the station Monday and was arrested there.",
			[]tagged{{"Monday", "2006-03-13"}}},
		{"a pluperfect order", day(2006, 3, 14), "The judge had ordered him to appear Monday.",
			[]tagged{{"Monday", "2006-03-13"}}},
		// a bare irregular verb after a relative pronoun is read by its antecedent
		{"hail that hit", day(2002, 10, 9), "Farmers expect a good crop despite the hail that hit the valley in June.",
			[]tagged{{"June", "2002-06"}}},
		{"storms that hit", day(2002, 10, 9), "Insurers expect claims to rise from the storms that hit the coast in September.",
			[]tagged{{"September", "2002-09"}}},
		{"stores that open", day(2002, 10, 9), "The chain will hire workers for the stores that open in July.",
			[]tagged{{"July", "2003-07"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}
