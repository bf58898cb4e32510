package extract

// Speed work of xspeed24: the word sets' shape filters in one table.
//
// xspeed22 put a filter of 65,536 bits (8 KiB) in front of each of some ninety word sets: 700
// KiB, of which every probe read one line at random, a line no other set's probe of the same
// word shared. Instruction counts do not charge for that; cachegrind's cache simulation (D1 of
// 48 KiB, a last level of 1 MiB) put 12% of extraction's first-level read misses and 22% of its
// last-level ones on the filters' one line. A shapeSet is instead one bit of each entry of
// shapeSetTable, whose entry for a shape holds the bits of every set: the probes of one word
// by all the sets read one line, and the table is 128 KiB. Its 8,192 entries (13 bits of the
// shape against 16) let more words through to the maps, which answer them as before.

// shapeSetBits is how many bits of a word's shape (shapeOf) index shapeSetTable.
const shapeSetBits = 13

// shapeSetTable holds, for each shape, bit i of word i/64 for the i-th set that holds a word of
// that shape. It is filled while the package loads (the sets are package variables) and only
// read afterwards.
var shapeSetTable [1 << shapeSetBits][2]uint64

// shapeSets is how many sets shapeSetTable holds.
var shapeSets int

// shapeSet is a set of word shapes, kept in shapeSetTable: a word whose shape is not in it is
// not in the set of words it was made from; one whose shape is may be.
type shapeSet struct {
	word uint8 // which word of an entry holds the set's bit
	bit  uint64
}

// newShapeSet returns an empty set of its own in shapeSetTable.
func newShapeSet() shapeSet {
	n := shapeSets
	if n >= 64+lexShapeBit {
		panic("extract: shapeSetTable holds 120 sets; widen its entries")
	}
	shapeSets++
	return shapeSet{word: uint8(n / 64), bit: 1 << (n % 64)}
}

// add puts w's shape into the set.
func (s shapeSet) add(w string) {
	shapeSetTable[shapeOf(w)>>(16-shapeSetBits)][s.word&1] |= s.bit
}

// holds says whether the set holds shape h (of shapeOf or shapeOfLower).
func (s shapeSet) holds(h uint32) bool {
	return shapeSetTable[h>>(16-shapeSetBits)][s.word&1]&s.bit != 0
}

// mayHold says whether w may be one of the set's words; the empty word may be.
func (s shapeSet) mayHold(w string) bool {
	if w == "" {
		return true
	}
	return s.holds(shapeOf(w))
}

// mayHoldLower says whether lower(w) may be one of the set's words, without lowering w. A word
// with a byte outside ASCII may be: its lowering can change its length and its ends.
func (s shapeSet) mayHoldLower(w string) bool {
	if w == "" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return s.holds(shapeOfLower(w[0], w[len(w)-1], len(w)))
}

// mayHoldBytes is mayHold of a word folded into a buffer, without its string; it lowers the
// word's ASCII ends, so it passes whatever mayHold would.
func (s shapeSet) mayHoldBytes(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	return s.holds(shapeOfLower(w[0], w[len(w)-1], len(w)))
}

// lexShapeBit is the first of the eight bits of word 1 of shapeSetTable's entries that hold the
// trigger lexicon's shapes (lexShapeSet), above the sets' bits.
const lexShapeBit = 56

// lexShapeSet is the set of the trigger lexicon's words' shapes, lexShapes. Its 1,746 words would
// pass a fifth of the shapes at 13 bits, so it keeps all 16: entry h>>3, bit h&7 of its eight.
// lexIDs probes it for every word of every sentence before the sets' scans probe theirs, so
// the line it reads is the one they read next; its filter of its own was another 8 KiB, and a
// third of its probes missed the first-level cache.
type lexShapeSet struct{}

// add puts w's shape into the set.
func (lexShapeSet) add(w string) {
	h := shapeOf(w)
	shapeSetTable[h>>(16-shapeSetBits)][1] |= 1 << (lexShapeBit + h&7)
}

// mayHold says whether w may be one of the lexicon's words; the empty word may be.
func (lexShapeSet) mayHold(w string) bool {
	if w == "" {
		return true
	}
	h := shapeOf(w)
	return shapeSetTable[h>>(16-shapeSetBits)][1]&(1<<(lexShapeBit+h&7)) != 0
}

// phraseSeconds returns the second words of phrases, "" for a phrase of one word or whose second
// is a gap: allTriggers tells most phrases a word opens from the sentence's next word, and read
// it from each phrase's words, two lines apart from the next phrase's (a third of those reads
// missed the first-level cache); side by side, four phrases' seconds share a line.
func phraseSeconds(phrases []phrase) []string {
	seconds := make([]string, len(phrases))
	for k, p := range phrases {
		if len(p.words) > 1 && p.words[1] != "..." {
			if p.words[1] == "" {
				panic("extract: a phrase's second word is empty")
			}
			seconds[k] = p.words[1]
		}
	}
	return seconds
}
