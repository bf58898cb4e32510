package extract_test

import "testing"

// An officer named with a description between the verb and the name comes in or leaves as the
// verb says (lead18.go describedOfficer): "named industry veteran Kelly Ortberg", "appointed
// former Rockwell Collins chief Kelly Ortberg", "replacing longtime chief Dave Calhoun". A
// preposition in between makes the name another's ("named a successor to Jane Roe").
func TestDescribedOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Boeing on Monday named aerospace veteran Kelly Ortberg as its new chief executive.",
			[]string{"executive occurred BA 2024-06-10 in: Kelly Ortberg"}},
		{"Boeing on Monday appointed former Rockwell Collins chief Kelly Ortberg as chief executive.",
			[]string{"executive occurred BA 2024-06-10 in: Kelly Ortberg"}},
		{"Nike on Monday named company veteran Elliott Hill chief executive, replacing longtime boss John Donahoe.",
			[]string{"executive occurred NKE 2024-06-10 out: John Donahoe; in: Elliott Hill"}},
		// near-misses: a successor to someone, and a name with no verb of the change before it
		{"Nike on Monday named a successor to John Donahoe as chief executive.",
			[]string{"executive occurred NKE 2024-06-10"}},
		{"Nike on Monday named a new chief executive after longtime director Elliott Hill declined.",
			[]string{"executive occurred NKE 2024-06-10"}},
	})
}

// A person set off by an appositive (an age, a title, both) comes in or leaves by the verb just
// after it (lead18.go appositiveVerb): "Jane Roe, 52, executive vice president, was named
// president"; "John Doe, the company's founder, will retire". Only the words right after the
// appositive count: "John Doe, its chairman, said the board named ..." is the source.
func TestAppositiveOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Intel said Michelle Johnston Holthaus, 52, executive vice president, was named chief executive on Monday.",
			[]string{"executive occurred INTC 2024-06-10 in: Michelle Johnston Holthaus"}},
		{"Intel said Pat Gelsinger, the company's chief executive since 2021, has retired.",
			[]string{"executive occurred INTC 2024-06-12 out: Pat Gelsinger"}},
		// near-miss: the person after the appositive speaks; the change is someone else's
		{"Pat Gelsinger, the chief executive, said on Monday that Intel had named a new finance chief.",
			[]string{"executive occurred INTC 2024-06-10"}},
	})
}
