package timex

import "testing"

// TestLookupByLength: the length filter before the lexicon's map keeps every word of the
// lexicon, in any case.
func TestLookupByLength(t *testing.T) {
	for w, e := range lexicon {
		if len(w) > 16 {
			continue
		}
		up := []byte(w)
		for i, c := range up {
			if c >= 'a' && c <= 'z' {
				up[i] = c - 'a' + 'A'
			}
		}
		for _, s := range []string{w, string(up)} {
			if got := lookup(s); got != e {
				t.Errorf("lookup(%q) = %+v, want %+v", s, got, e)
			}
		}
	}
	for _, w := range []string{"then", "there", "company", "thee", "x", "Q"} {
		if _, ok := lexicon[w]; !ok && lookup(w) != (lexEntry{}) {
			t.Errorf("lookup(%q) found an entry the lexicon lacks", w)
		}
	}
}
