package timex

import (
	"slices"
	"testing"
)

// TestNewAsidesCleared holds newAsides to a zeroed table of the length asked, whatever the
// released table it reuses held.
func TestNewAsidesCleared(t *testing.T) {
	for _, n := range []int{0, 1, 7, 64, 200} {
		dirty := make([][2]int32, 100)
		for i := range dirty {
			dirty[i] = [2]int32{int32(i), int32(i + 3)}
		}
		dirty = dirty[:0]
		asideBuffers.Put(&dirty)
		got := newAsides(n)
		if len(got) != n || got == nil {
			t.Fatalf("newAsides(%d): len %d, nil %v", n, len(got), got == nil)
		}
		for i, a := range got {
			if a != [2]int32{} {
				t.Fatalf("newAsides(%d)[%d] = %v, want zero", n, i, a)
			}
		}
	}
}

// TestAsidesAfterRelease holds a text's asides, read on a table that released texts used
// before, to the asides of the same text read first; texts of more and fewer tokens alternate.
func TestAsidesAfterRelease(t *testing.T) {
	texts := []string{
		"Acme, which reported results Tuesday, said sales rose (a record) and, helped by lower costs, profit grew.",
		"Beta (see below) fell.",
		"The rule, drawn up in March, will take effect, the agency said, when the term ends, next year, officials said on Friday, compared with a year earlier.",
		"Shares rose.",
		"",
	}
	asides := func(s string) [][2]int {
		tx := NewText(s)
		m := newMatcher(tx.s, tx.toks, Reference{}, nil)
		var out [][2]int
		for k := range tx.toks {
			a, b := m.asideOf(k)
			out = append(out, [2]int{a, b})
		}
		tx.aside = m.aside
		m.release()
		tx.Release()
		return out
	}
	want := make([][][2]int, len(texts))
	for i, s := range texts {
		want[i] = asides(s)
	}
	marked := 0
	for _, w := range want {
		for _, a := range w {
			if a[0] != a[1] {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Fatal("no text has an aside")
	}
	for round := range 3 {
		for i := range texts {
			k := (i*(round+2) + round) % len(texts)
			if got := asides(texts[k]); !slices.Equal(got, want[k]) {
				t.Errorf("round %d: asides of %q = %v, want %v", round, texts[k], got, want[k])
			}
		}
	}
}
