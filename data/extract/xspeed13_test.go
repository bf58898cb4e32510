package extract

import "testing"

// xspeed13Words are the words the tests below ask about: every word of the sets, and others.
func xspeed13Words(sets ...map[string]bool) []string {
	words := []string{"", "the", "acquired", "Now", "nowhere", "but", "said", "as", "to", ",", "—", "could've", "rose", "fell"}
	for _, set := range sets {
		for w := range set {
			words = append(words, w, w+"s", "x"+w)
		}
	}
	return words
}

// setTest is a test of a word that stands for a map of words.
type setTest struct {
	name string
	set  map[string]bool
	is   func(string) bool
}

// checkSetTests asks each test of a word and its map about every word of every map, and others.
func checkSetTests(t *testing.T, tests []setTest) {
	t.Helper()
	var sets []map[string]bool
	for _, tt := range tests {
		sets = append(sets, tt.set)
	}
	for _, w := range xspeed13Words(sets...) {
		for _, tt := range tests {
			if got := tt.is(w); got != tt.set[w] {
				t.Errorf("%s test of %q = %v, map says %v", tt.name, w, got, tt.set[w])
			}
		}
	}
}

// TestSetTests checks each of xspeed13.go's tests of a word against the map it stands for.
func TestSetTests(t *testing.T) {
	checkSetTests(t, []setTest{
		{"clauseBreaks", clauseBreaks, isClauseBreak},
		{"clauseMarks", clauseMarks, isClauseMark},
		{"subordinators", subordinators, isSubordinator},
		{"conditionalModals", conditionalModals, conditionalModalWords.has},
		{"ratifyWords", ratifyWords, ratifyWordSet.has},
		{"ballotVerdicts", ballotVerdicts, ballotVerdictSet.has},
	})
}

// TestConsequenceKinds checks consequence's one probe against the sets it asked in turn.
func TestConsequenceKinds(t *testing.T) {
	sets := []struct {
		set  map[string]bool
		kind uint16
	}{
		{holderHeads, cHolder}, {reductionVerbs, cReduction}, {staffNouns, cStaff}, {stopVerbs, cStop},
		{awardingVerbs, cAwarding}, {periodResultVerbs, cPeriodResult}, {choiceVerbs, cChoice}, {awardVerbs, cAward},
	}
	var all []map[string]bool
	for _, s := range sets {
		all = append(all, s.set)
	}
	for _, w := range xspeed13Words(all...) {
		for _, s := range sets {
			if got := consequenceKinds[w]&s.kind != 0; got != s.set[w] {
				t.Errorf("consequenceKinds[%q] bit %b = %v, set says %v", w, s.kind, got, s.set[w])
			}
		}
	}
}

// TestMoveSigns checks that a word's sign is riseWords' before fallWords'.
func TestMoveSigns(t *testing.T) {
	for _, w := range xspeed13Words(riseWords, fallWords) {
		want := int8(0)
		switch {
		case riseWords[w]:
			want = 1
		case fallWords[w]:
			want = -1
		}
		if got := moveSigns[w]; got != want {
			t.Errorf("moveSigns[%q] = %d, want %d", w, got, want)
		}
	}
}
