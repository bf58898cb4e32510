package extract_test

import "testing"

// The companies in a clause of condition or time after the trigger ("until", "unless", "once")
// bring the condition about; they take no part in the event (lead14.go conditionOpenerAt).
func TestConditionClauseParties(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Synopsys said its purchase of Ansys would not close until regulators in China, pressed by Cadence Design Systems, approve it.",
			[]string{"acquisition forecast SNPS;ANSS 2024-06-12"}},
		{"Capital One said it would complete its takeover of Discover Financial unless a lawsuit by Synchrony blocks it.",
			[]string{"acquisition forecast COF;DFS 2024-06-12 completed"}},
		// near-miss: the parties named before the condition stay
		{"Synopsys said its purchase of Ansys and Altair Engineering would not close until regulators approve it.",
			[]string{"acquisition forecast SNPS;ANSS;ALTR 2024-06-12"}},
	})
}
