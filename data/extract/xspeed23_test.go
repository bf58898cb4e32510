package extract

import "testing"

// TestCompanyFinderFilters: the directory's head and lower-case start filters pass every key of
// their maps, and the one-letter table answers as the map does for every byte, so the probes
// they skip are probes the maps would have refused (xspeed23).
func TestCompanyFinderFilters(t *testing.T) {
	c, err := buildDirectory(64)
	if err != nil {
		t.Fatal(err)
	}
	for key := range c.heads {
		if !c.headShapes.mayHold(key) {
			t.Errorf("headShapes refuses %q", key)
		}
	}
	if len(c.heads) == 0 || len(c.lowerStarts) == 0 {
		t.Fatalf("no heads (%d) or lower-case starts (%d)", len(c.heads), len(c.lowerStarts))
	}
	for w := range c.lowerStarts {
		if !c.lowerStartShapes.mayHold(w) {
			t.Errorf("lowerStartShapes refuses %q", w)
		}
	}
	for b := 0; b < 256; b++ {
		if w := string([]byte{byte(b)}); c.lowerStartBytes[b] != c.lowerStarts[w] {
			t.Errorf("lowerStartBytes[%q] = %v, the map says %v", w, c.lowerStartBytes[b], c.lowerStarts[w])
		}
	}
	a := &ArticleLinks{c: c}
	for _, w := range []string{"a", "e", "eBay", "iShares", "the", "said", "x"} {
		if got, want := a.startsName(w), c.lowerStarts[w]; got != want {
			t.Errorf("startsName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLearnedShapes: every key learnKey stores passes mayHaveLearned; a key of another first
// byte and length is refused while its bit is clear.
func TestLearnedShapes(t *testing.T) {
	a := &ArticleLinks{learned: map[string]Company{}}
	if a.mayHaveLearned([]byte("chemlawn")) {
		t.Error("an empty article passes a key")
	}
	keys := []string{"chemlawn corp", "chemlawn", "GM", "capital one", "ü-bank"}
	for _, k := range keys {
		a.learnKey(k, Company{Name: k})
	}
	for _, k := range keys {
		if !a.mayHaveLearned([]byte(k)) {
			t.Errorf("learned %q refused", k)
		}
		if a.learned[k].Name != k {
			t.Errorf("learned[%q] not stored", k)
		}
	}
	if a.mayHaveLearned([]byte("zz")) {
		t.Error(`"zz" passes`)
	}
}

// TestSecondShapes: every indexed word's second-word filter passes each key of its bySecond.
func TestSecondShapes(t *testing.T) {
	for w, n := range lexIndex {
		lw := &lexWords[n]
		for second := range lw.bySecond {
			if !lw.maySecond(second) {
				t.Errorf("%q: second word %q refused", w, second)
			}
		}
	}
}
