package timex

import (
	"testing"
	"time"
)

// "As" right after a date that opens a clause with its own subject and verb ends the date's
// clause (lead18.go asClauseAfterDate): in "cut its dividend on Thursday as the chain plans to
// spend", Thursday is the cut's, past, not the plan's. "As" before a description or a
// comparison opens no clause, and the verb after it may still be the date's.
func TestAsClauseAfterDate(t *testing.T) {
	jun := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"a plan after a noun phrase", "Cracker Barrel slashed its dividend by 80% on Thursday as the restaurant chain plans to spend on its stores.",
			[]tagged{{"Thursday", "2024-06-06"}}},
		{"a plan after a pronoun", "The chain sold its bakery unit on Monday as it plans to focus on restaurants.",
			[]tagged{{"Monday", "2024-06-10"}}},
		{"a future after a pronoun", "Halden cut 300 jobs on Tuesday as it will close two plants.",
			[]tagged{{"Tuesday", "2024-06-11"}}},
		// near-misses: "as" before a description; a future with no "as" clause
		{"a description", "The board will name her on Friday as the company's chief executive.",
			[]tagged{{"Friday", "2024-06-14"}}},
		{"the future's own day", "The chain plans to sell its bakery unit on Monday.",
			[]tagged{{"Monday", "2024-06-17"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, jun, tc.want) })
	}
}

// A weekday's possessive that a present of awaiting, watching or worry takes as its object is
// the day to come (lead18.go awaitedPossessive): "Investors await Friday's jobs report", told on
// a Wednesday, is this Friday. The past of awaiting and a report digested keep the day gone.
func TestAwaitedPossessive(t *testing.T) {
	wed := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []tagged
	}{
		{"await", "Investors await Friday's jobs report.", []tagged{{"Friday", "2024-06-14"}}},
		{"are watching", "Traders are watching Friday's inflation data.", []tagged{{"Friday", "2024-06-14"}}},
		{"worried about", "Doctors are most worried about Saturday's game.", []tagged{{"Saturday", "2024-06-15"}}},
		{"bracing for", "Investors are bracing for Friday's jobs report.", []tagged{{"Friday", "2024-06-14"}}},
		{"turns to", "Focus turns to Friday's payrolls data.", []tagged{{"Friday", "2024-06-14"}}},
		{"eyes on", "All eyes are on Friday's jobs report.", []tagged{{"Friday", "2024-06-14"}}},
		{"will parse", "Investors will parse Friday's inflation report for clues.", []tagged{{"Friday", "2024-06-14"}}},
		{"looks to", "Wall Street looks to Friday's consumer price index.", []tagged{{"Friday", "2024-06-14"}}},
		{"next up", "Next up is Friday's jobs report.", []tagged{{"Friday", "2024-06-14"}}},
		{"waiting for", "Investors are waiting for Friday's jobs report.", []tagged{{"Friday", "2024-06-14"}}},
		// near-misses: a report digested, the past of awaiting
		{"digested", "Investors digested Friday's jobs report.", []tagged{{"Friday", "2024-06-07"}}},
		{"awaited", "Investors awaited Friday's jobs report.", []tagged{{"Friday", "2024-06-07"}}},
		{"braced past", "Investors had braced for Friday's jobs report.", []tagged{{"Friday", "2024-06-07"}}},
		{"will appeal", "The company will appeal Friday's ruling.", []tagged{{"Friday", "2024-06-07"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { expectTags(t, tc.text, wed, tc.want) })
	}
}
