package extract

import (
	"maps"
	"reflect"
	"testing"
)

// TestLexIDs: the interned trigger tables say of every word what the tables keyed by word say:
// the phrases it starts, the gapped phrases by the word after the gap, whether it ends a gap and
// whether it makes "IPO" a modifier, whether it heads a rule of consequences.go or a frame of
// frames.go; a word outside them gets number 0. A word's phrases come
// from the quiet indexes where it opens quiet phrases (quietStarts), else from the others.
func TestLexIDs(t *testing.T) {
	triggers, gapped := mergeIndexes(triggers, quietTriggers), mergeIndexes(gapped, quietGapped)
	words := []string{"", "the", "acme", "zzzz", "Acquired", "shares's", "-", "."}
	for w := range triggers {
		words = append(words, w)
	}
	for w, next := range gapped {
		words = append(words, w)
		for x := range next {
			words = append(words, x)
		}
	}
	for w := range gapStops {
		words = append(words, w)
	}
	for w := range notAfterIPO {
		words = append(words, w)
	}
	for w := range unionSets(consequenceHeads, frameHeads) {
		words = append(words, w)
	}
	ids := lexIDs(nil, words)
	if len(ids) != len(words) {
		t.Fatalf("lexIDs gave %d numbers for %d words", len(ids), len(words))
	}
	for i, w := range words {
		lw := lexWords[ids[i]]
		if !reflect.DeepEqual(lw.phrases, triggers[w]) && (len(lw.phrases) > 0 || len(triggers[w]) > 0) {
			t.Errorf("%q: phrases %v, want %v", w, lw.phrases, triggers[w])
		}
		if lw.gapStop != gapStops[w] || lw.notAfterIPO != notAfterIPO[w] {
			t.Errorf("%q: gap stop %v, not after IPO %v; want %v, %v", w, lw.gapStop, lw.notAfterIPO, gapStops[w], notAfterIPO[w])
		}
		if lw.consequence != consequenceHeads[w] || lw.frame != frameHeads[w] {
			t.Errorf("%q: consequence head %v, frame head %v; want %v, %v", w, lw.consequence, lw.frame, consequenceHeads[w], frameHeads[w])
		}
		if len(lw.gapped) != len(gapped[w]) {
			t.Errorf("%q: %d gapped continuations, want %d", w, len(lw.gapped), len(gapped[w]))
		}
		for x, ps := range gapped[w] {
			if got := lw.gapped[lexIDs(nil, []string{x})[0]]; !reflect.DeepEqual(got, ps) {
				t.Errorf("%q ... %q: %v, want %v", w, x, got, ps)
			}
		}
		inTables := triggers[w] != nil || gapped[w] != nil || gapStops[w] || notAfterIPO[w] || consequenceHeads[w] || frameHeads[w]
		if !inTables && ids[i] != 0 && !isGappedNext(gapped, w) {
			t.Errorf("%q is in no table but has number %d", w, ids[i])
		}
	}
}

// mergeIndexes is the union of two phrase indexes whose first words differ.
func mergeIndexes[V any](a, b map[string]V) map[string]V {
	m := maps.Clone(a)
	maps.Copy(m, b)
	return m
}

func isGappedNext(gapped map[string]map[string][]phrase, w string) bool {
	for _, next := range gapped {
		if next[w] != nil {
			return true
		}
	}
	return false
}

// TestPhrasesOpenWithTheirWord: allTriggers matches a word's phrases from their second word on,
// so each phrase of the gapless indexes must open with the word it is indexed by, not a gap.
func TestPhrasesOpenWithTheirWord(t *testing.T) {
	for _, index := range []map[string][]phrase{triggers, quietTriggers} {
		for w, ps := range index {
			for _, p := range ps {
				if len(p.words) == 0 || p.words[0] != w || w == "..." {
					t.Errorf("phrase %q indexed by %q", p.text, w)
				}
			}
		}
	}
}

// TestSecondWordIndex: a word's open phrases and those by second word are all its phrases, once
// each, in increasing order, each where the linear loop would try it: so the merge tries what
// the loop tried, in the same order.
func TestSecondWordIndex(t *testing.T) {
	indexed := 0
	for w, n := range lexIndex {
		lw := &lexWords[n]
		if lw.bySecond == nil {
			if len(lw.phrases) >= manyPhrases {
				t.Errorf("%q: %d phrases, not indexed", w, len(lw.phrases))
			}
			continue
		}
		indexed++
		seen := make([]bool, len(lw.phrases))
		check := func(ks []int32, second string) {
			for j, k := range ks {
				if j > 0 && ks[j-1] >= k {
					t.Errorf("%q %q: indexes out of order: %v", w, second, ks)
				}
				if seen[k] {
					t.Errorf("%q: phrase %d twice", w, k)
				}
				seen[k] = true
				p := lw.phrases[k]
				open := len(p.words) == 1 || p.words[1] == "..."
				if second == "" && !open || second != "" && (open || p.words[1] != second) {
					t.Errorf("%q: phrase %q under %q", w, p.text, second)
				}
			}
		}
		check(lw.open, "")
		for second, ks := range lw.bySecond {
			check(ks, second)
		}
		for k, ok := range seen {
			if !ok {
				t.Errorf("%q: phrase %q not indexed", w, lw.phrases[k].text)
			}
		}
	}
	if indexed == 0 {
		t.Error("no word indexed by second word")
	}
}
