package extract

import "testing"

// xspeed24Tests are the sets perf8.go and perf14.go moved into shapeSetTable.
func xspeed24Tests() []shapedTest {
	return []shapedTest{
		{"attributionIndex", attributionShapes, []map[string]bool{keysOf(attributionIndex)}},
		{"cueHeads", cueShapes, []map[string]bool{keysOf(cueHeads)}},
		{"wordBits", wordBitShapes, []map[string]bool{keysOf(wordBits)}},
	}
}

// TestShapeSetTable: every set of shapeSetTable has a bit of its own, and the sets moved from
// filters of their own pass their words and spare most probes of other words.
func TestShapeSetTable(t *testing.T) {
	seen := map[shapeSet]string{}
	for _, tt := range append(xspeed22Tests(), xspeed24Tests()...) {
		if tt.shapes.bit == 0 || tt.shapes.bit&(tt.shapes.bit-1) != 0 || tt.shapes.word > 1 ||
			tt.shapes.word == 1 && tt.shapes.bit >= 1<<lexShapeBit {
			t.Errorf("%s: set %+v is not one bit of an entry", tt.name, tt.shapes)
		}
		if other, ok := seen[tt.shapes]; ok {
			t.Errorf("%s and %s share a set", tt.name, other)
		}
		seen[tt.shapes] = tt.name
	}
	if len(seen) > shapeSets {
		t.Errorf("%d sets tested, %d made", len(seen), shapeSets)
	}
	var all []map[string]bool
	for _, tt := range append(xspeed22Tests(), xspeed24Tests()...) {
		all = append(all, tt.sets...)
	}
	others := xspeed13Words(all...)
	for _, tt := range xspeed24Tests() {
		for w := range tt.sets[0] {
			if !tt.shapes.mayHold(w) {
				t.Errorf("%s: refuses its word %q", tt.name, w)
			}
		}
		checkSelective(t, tt, others) // xspeed22_test.go
	}
}

// TestLexShapes: the trigger lexicon's set in shapeSetTable passes every word of the lexicon,
// keeps all sixteen bits of the shape (it refuses most other words' shapes, as its own filter
// of 65,536 bits did) and sets no bit of the other sets.
func TestLexShapes(t *testing.T) {
	var shapes shapeFilter // the filter lexShapes was
	for w := range lexIndex {
		if !lexShapes.mayHold(w) {
			t.Errorf("lexShapes refuses %q", w)
		}
		shapes.add(w)
	}
	for _, w := range xspeed13Words(keysOf(lexIndex), keysOf(wordBits), gapStops, corporateSuffixes) {
		if lexShapes.mayHold(w) != shapes.mayHold(w) {
			t.Errorf("%q: lexShapes says %v, a filter of 16 bits %v", w, lexShapes.mayHold(w), shapes.mayHold(w))
		}
	}
	for h := range shapeSetTable {
		var lex uint8
		for i := range 8 {
			if shapes[(h<<3|i)>>6]&(1<<((h<<3|i)&63)) != 0 {
				lex |= 1 << i
			}
		}
		if got := uint8(shapeSetTable[h][1] >> lexShapeBit); got != lex {
			t.Fatalf("entry %d: lexicon bits %08b, want %08b", h, got, lex)
		}
	}
}

// TestPhraseSeconds: every lexicon word tried phrase by phrase has each phrase's second word
// side by side, "" exactly for a phrase of one word or a gap second; a word indexed by second
// word has none.
func TestPhraseSeconds(t *testing.T) {
	tried := 0
	for n, lw := range lexWords {
		if lw.bySecond != nil {
			if lw.seconds != nil {
				t.Errorf("word %d: indexed by second word, and seconds %v", n, lw.seconds)
			}
			continue
		}
		if len(lw.seconds) != len(lw.phrases) {
			t.Fatalf("word %d: %d seconds for %d phrases", n, len(lw.seconds), len(lw.phrases))
		}
		for k, p := range lw.phrases {
			always := len(p.words) == 1 || p.words[1] == "..."
			if always && lw.seconds[k] != "" || !always && lw.seconds[k] != p.words[1] {
				t.Errorf("%q: second %q", p.words, lw.seconds[k])
			}
			if !always {
				tried++
			}
		}
	}
	if tried == 0 {
		t.Error("no phrase told by its second word")
	}
}
