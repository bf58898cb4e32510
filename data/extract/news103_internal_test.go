package extract

import "testing"

// TestNews103ProceedsVerbs holds wordRules' switch of the verbs of money got or raised to the
// sets proceedsAt reads: each verb, before a sum and a part of the company sold, opens the deal.
func TestNews103ProceedsVerbs(t *testing.T) {
	for _, set := range []map[string]bool{gotVerbs, raiseVerbs} {
		for v := range set {
			words := []string{v, "$", "5", "million", "for", "its", "unit"}
			if !raiseVerbs[v] {
				if ts := wordRules(nil, words, 0); len(ts) != 1 || ts[0].to != len(words) {
					t.Errorf("%q: wordRules %v, want the deal", words, ts)
				}
			}
			words = []string{v, "$", "5", "million", "from", "the", "sale", "of", "its", "unit"}
			if ts := wordRules(nil, words, 0); len(ts) != 1 || ts[0].to != len(words)-1 {
				t.Errorf("%q: wordRules %v, want the deal", words, ts)
			}
			if wordRuleBits(v)&wrHere == 0 {
				t.Errorf("%q: the gate passes over it", v)
			}
		}
	}
}
