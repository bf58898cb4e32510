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

// A word after a month's possessive is the event's noun, no verb of the clause: the clause's
// own verb tells which side of the publication the month is on.
func TestWireNewsMonthPossessiveNoun(t *testing.T) {
	feb := time.Date(2011, 2, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"taking part ahead", feb, "The Greens will take part in September's vote after all.",
			[]tagged{{"September", "2011-09"}}},
		{"preparing for", feb, "Both parties are preparing for June's vote.",
			[]tagged{{"June", "2011-06"}}},
		{"a march's month ahead", feb, "Organizers will hold October's march on the usual route.",
			[]tagged{{"October", "2011-10"}}},
		{"taken part stays past", feb, "The Greens took part in September's vote.",
			[]tagged{{"September", "2010-09"}}},
		{"no verb before", feb, "Turnout in September's vote was the lowest in decades.",
			[]tagged{{"September", "2010-09"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A second predicate in the present of travel or of a fixture, with its date, is a schedule
// ahead, though the first predicate is past and names no date.
func TestWireNewsComingPresent(t *testing.T) {
	feb := time.Date(2011, 2, 2, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []tagged
	}{
		{"returns with its day", feb, "The Senate adjourned without a vote and returns Monday.",
			[]tagged{{"Monday", "2011-02-07"}}},
		{"flies to a destination", feb, "The envoy met rebel leaders and flies to Nairobi on Saturday.",
			[]tagged{{"Saturday", "2011-02-05"}}},
		{"plays a named side", feb, "The Hawks dropped their fourth straight and play Boston on Friday, while the Pilots lost and host Denver on Sunday.",
			[]tagged{{"Friday", "2011-02-04"}, {"Sunday", "2011-02-06"}}},
		{"heads home", feb, "The minister signed the accord and heads home Friday.",
			[]tagged{{"Friday", "2011-02-04"}}},
		// A past second predicate, or a plural noun after "and", keeps the day gone.
		{"returned stays past", feb, "The envoy flew to Nairobi and returned Monday.",
			[]tagged{{"Monday", "2011-01-31"}}},
		{"a plural noun", feb, "The board approved new fees and rules Monday.",
			[]tagged{{"Monday", "2011-01-31"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}
