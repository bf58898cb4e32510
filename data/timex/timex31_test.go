package timex

import (
	"testing"
	"time"
)

// Families of 2010-2013 wire news (heldout40's registers), with sentences of our own.
func TestWireNewsNegatedModals(t *testing.T) {
	feb := time.Date(2011, 2, 2, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		// A modal negated before its verb governs the verb: the verb is no present of a
		// schedule, and what it will not do lies ahead as what it will do does.
		{"would not before a verb of the calendar", feb, "The president said he would not run for re-election in September.",
			[]tagged{{"September", "2011-09"}}},
		{"will never", feb, "The senator will never run for governor in November, her aides said.",
			[]tagged{{"November", "2011-11"}}},
		// "won't" is split at its apostrophe: its "won" is the future's, no past of "win".
		{"won't", feb, "The mayor won't seek a third term in September.",
			[]tagged{{"September", "2011-09"}}},
		{"wouldn't", feb, "Analysts said the central bank wouldn't raise rates in the third quarter.",
			[]tagged{{"the third quarter", "2011-Q3"}}},
		{"won't before a weekday", feb, "The coach said his striker won't play on Sunday.",
			[]tagged{{"Sunday", "2011-02-06"}}},
		// The past of "win" and a negated past keep their months gone.
		{"won stays past", feb, "The incumbent won the runoff in September.",
			[]tagged{{"September", "2010-09"}}},
		{"did not stays past", feb, "The party did not run a candidate for governor in November.",
			[]tagged{{"November", "2010-11"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
