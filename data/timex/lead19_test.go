package timex

import (
	"testing"
	"time"
)

// A weekday's possessive after a run-up ("ahead of Friday's jobs report") is the first day of its
// name on or after the time the clause tells of (lead19.go runUpDay), whatever the event: the
// weekday the sentence names before it, else the telling on a weekday. Told on a Wednesday,
// each of these had been the Friday gone. A pluperfect, a week gone, "after", a past "before",
// and a past told on a weekend keep the tense's reading.
func TestRunUpDay(t *testing.T) {
	wed := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	sat := time.Date(2024, 6, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		doc        time.Time
		want       []tagged
	}{
		{"ahead of, past", "Stocks edged lower ahead of Friday's jobs report.", wed,
			[]tagged{{"Friday", "2024-06-14"}}},
		{"ahead of, headline", "Stocks rise ahead of Friday's Fed decision", wed,
			[]tagged{{"Friday", "2024-06-14"}}},
		{"in advance of", "Bond yields held steady in advance of Friday's payrolls report.", wed,
			[]tagged{{"Friday", "2024-06-14"}}},
		{"on the eve of", "Traders trimmed positions on the eve of Thursday's rate decision.", wed,
			[]tagged{{"Thursday", "2024-06-13"}}},
		{"in the run-up to", "Investors are cautious in the run-up to Thursday's inflation data.", sat,
			[]tagged{{"Thursday", "2024-06-20"}}},
		{"after a weekday named", "Ford shares slipped 2% on Wednesday ahead of Friday's jobs report.", wed,
			[]tagged{{"Wednesday", "2024-06-12"}, {"Friday", "2024-06-14"}}},
		{"before, after a weekday named", "Stocks rose on Monday before Thursday's Fed decision.", sat,
			[]tagged{{"Monday", "2024-06-10"}, {"Thursday", "2024-06-13"}}},
		{"heading into", "Stocks drifted lower heading into Friday's jobs report.", wed,
			[]tagged{{"Friday", "2024-06-14"}}},
		{"going into, present", "Traders are cautious going into Thursday's rate decision.", wed,
			[]tagged{{"Thursday", "2024-06-13"}}},
		// near-misses
		{"pluperfect", "Shares had risen ahead of Friday's announcement.", wed,
			[]tagged{{"Friday", "2024-06-07"}}},
		{"a week gone", "Stocks fell last week ahead of Friday's jobs report.", wed,
			[]tagged{{"last week", "2024-W23"}, {"Friday", "2024-06-07"}}},
		{"after", "Stocks rose after Friday's jobs report.", wed,
			[]tagged{{"Friday", "2024-06-07"}}},
		{"a past before", "The shares rose in the days before Friday's announcement.", wed,
			[]tagged{{"Friday", "2024-06-07"}}},
		{"a weekend's look back", "Traders trimmed positions on the eve of Thursday's rate decision.", sat,
			[]tagged{{"Thursday", "2024-06-13"}}},
		{"digging into", "Traders were digging into Friday's jobs report.", wed,
			[]tagged{{"Friday", "2024-06-07"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, tc.doc, tc.want) })
	}
}

// A release or scheduled event after a weekday's possessive, said to be still ahead, is the day
// to come (lead19.go stillToCome): "with Friday's payrolls data still to come", told on a
// Wednesday, had been the Friday gone.
func TestStillToCome(t *testing.T) {
	wed := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"still to come", "The index is on track for its best week since March, with Friday's payrolls data still to come.",
			[]tagged{{"March", "2024-03"}, {"Friday", "2024-06-14"}}},
		{"yet to come", "Thursday's inflation report is yet to come.", []tagged{{"Thursday", "2024-06-13"}}},
		{"still ahead", "Friday's jobs report is still ahead.", []tagged{{"Friday", "2024-06-14"}}},
		// near-misses: "still" of a report that came; no release named
		{"still digested", "Friday's report, still digested by traders, showed strong hiring.",
			[]tagged{{"Friday", "2024-06-07"}}},
		{"no release", "Traders said Friday's selloff was still to blame.", []tagged{{"Friday", "2024-06-07"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, wed, tc.want) })
	}
}
