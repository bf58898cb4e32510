package wordtab

import (
	"fmt"
	"testing"
)

func TestGet(t *testing.T) {
	m := map[string]int32{}
	for i, w := range []string{"a", "ab", "abc", "acquire", "acquires", "acquisition", "stake",
		"stakes", "percent", "per-share", "first-quarter", "extraordinarily-long-words"} {
		m[w] = int32(i + 1)
	}
	tab := New(m)
	for w, n := range m {
		if got := tab.Get(w); got != n {
			t.Errorf("Get(%q) = %d, want %d", w, got, n)
		}
	}
	for _, w := range []string{"", "b", "abd", "acquir", "acquisitions", "Stake", "extraordinarily-long-wordz", "per-shar"} {
		if got := tab.Get(w); got != 0 {
			t.Errorf("Get(%q) = %d, want 0 (not in the table)", w, got)
		}
	}
}

// TestMany fills a table with words that share their first and last bytes, where a weak hash
// would pile them into one run of slots.
func TestMany(t *testing.T) {
	m := map[string]int32{}
	for i := range 5000 {
		m[fmt.Sprintf("w%dx", i)] = int32(i + 1)
		m[fmt.Sprintf("same-prefix-%04d-same-suffix", i)] = int32(i + 5001)
	}
	tab := New(m)
	for w, n := range m {
		if got := tab.Get(w); got != n {
			t.Fatalf("Get(%q) = %d, want %d", w, got, n)
		}
	}
	if got := tab.Get("w5000x"); got != 0 {
		t.Errorf("Get(w5000x) = %d, want 0", got)
	}
	longest := 0 // the longest run of used slots: a probe never goes further
	for i, run := 0, 0; i < len(tab.slots); i++ {
		if run = (run + 1) * int(min(tab.slots[i].n, 1)); run > longest {
			longest = run
		}
	}
	if longest > 64 {
		t.Errorf("a run of %d used slots: the hash piles similar words together", longest)
	}
	if len(tab.slots) < 2*len(m) {
		t.Errorf("%d slots for %d words: more than half full", len(tab.slots), len(m))
	}
}

func TestEmpty(t *testing.T) {
	var tab Table
	if got := tab.Get("word"); got != 0 {
		t.Errorf("zero Table: Get = %d, want 0", got)
	}
	if got := New(nil).Get(""); got != 0 {
		t.Errorf("empty table: Get(\"\") = %d, want 0", got)
	}
}

func TestFold(t *testing.T) {
	m := map[string]int32{"march": 1, "q3": 2, "mid-year": 3, "fourth-quarter": 4, "a": 5, "extraordinarily": 6}
	tab := NewFold(m)
	for _, c := range []struct {
		word string
		want int32
	}{
		{"march", 1}, {"March", 1}, {"MARCH", 1}, {"mARcH", 1}, {"Q3", 2}, {"q3", 2}, {"Mid-Year", 3},
		{"FOURTH-QUARTER", 4}, {"A", 5}, {"Extraordinarily", 6},
		{"marc", 0}, {"marches", 0}, {"Q4", 0}, {"mid_year", 0}, {"b", 0}, {"@", 0}, {"MARCH!", 0},
	} {
		if got := tab.Get(c.word); got != c.want {
			t.Errorf("Get(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	// An exact table tells case.
	if got := New(m).Get("March"); got != 0 {
		t.Errorf("New: Get(March) = %d, want 0", got)
	}
}
