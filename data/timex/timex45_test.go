package timex

import (
	"testing"
	"time"
)

// Families of broadcast copy of 1998 (heldout53's), with sentences of our own.

func TestBroadcastCounts(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// a week ahead in the singular is the day, as a week back is
		{"a week from today", day(2001, 5, 8), "The jury will hear closing arguments a week from today.",
			[]tagged{{"a week from today", "2001-05-15"}}},
		{"one week from now", day(2001, 5, 8), "Voting ends one week from now, officials said.",
			[]tagged{{"one week from now", "2001-05-15"}}},
		{"two weeks from today", day(2001, 5, 8), "The shuttle is to launch two weeks from today.",
			[]tagged{{"two weeks from today", "2001-W21"}}},
		{"a month from now", day(2001, 5, 8), "The bridge reopens a month from now.",
			[]tagged{{"a month from now", "2001-06"}}},
		// an article's full or whole year is a length
		{"in a whole year", day(2003, 8, 12), "The valley got more snow in one night than it usually sees in a whole year.", nil},
		{"for a full year", day(2003, 8, 12), "The tenants went without heat for a full year.", nil},
		{"the whole year", day(2003, 8, 12), "The union expects wages to rise 4 percent for the whole year.",
			[]tagged{{"the whole year", "2003"}}},
		{"a full-year loss", day(2003, 8, 12), "The airline warned of a full-year loss.",
			[]tagged{{"full-year", "2003"}}},
		// a second participle after an auxiliary is a participle too
		{"fixed and tested by", day(2002, 11, 12), "The pumps have to be fixed and tested by June 30.",
			[]tagged{{"June 30", "2003-06-30"}}},
		{"signed and returned by", day(2002, 11, 12), "The forms must be signed and returned by Friday.",
			[]tagged{{"Friday", "2002-11-15"}}},
		{"to be signed and completed", day(2002, 11, 12), "The sale, to be signed and completed by April, values the mill at $90 million.",
			[]tagged{{"April", "2003-04"}}},
		{"was arrested and charged", day(2002, 11, 12), "He was arrested and charged Monday.",
			[]tagged{{"Monday", "2002-11-11"}}},
		{"were found and raised", day(2002, 11, 12), "The two barges were found and raised in June.",
			[]tagged{{"June", "2002-06"}}},
		{"arrested and charged since", day(2002, 11, 12), "Four men have been arrested and charged since Friday.",
			[]tagged{{"Friday", "2002-11-08"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectTags(t, tt.text, tt.doc, tt.want) })
	}
}
