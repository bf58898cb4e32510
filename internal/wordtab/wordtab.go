// Package wordtab is a read-only table from words to small numbers, for the lexicons that
// extraction asks about every word of every sentence (issue 11 §3).
//
// The runtime's string map hashes a word with AES rounds and then probes a group of eight slots
// by their control bytes: over a hundred instructions a lookup in extraction's profiles, most of
// them for words the lexicon does not hold. A Table is built once, when a package loads, and only
// read after, so it can hash a word from at most three 8-byte loads and probe an array at most
// half full, where a miss usually ends at the first, empty, slot. Its words are fixed when it is
// built, so no input can lengthen a probe beyond the longest run of slots the words themselves
// fill. A table built by NewFold also matches its words in any ASCII case without a lower-case
// copy of the word looked up.
package wordtab

import "math/bits"

// Table maps words to numbers other than 0. The zero Table holds no word.
type Table struct {
	slots []slot // a power of two of them, at most half used
	shift uint   // 64 minus log2(len(slots)): a hash's top bits index the slots
	fold  uint64 // foldBits for a table that ignores ASCII case, else 0
}

type slot struct {
	key string
	n   int32 // 0 marks an empty slot
}

// foldBits sets the bit that tells an ASCII lower-case letter from its capital in each byte.
// Words equal but for ASCII case are equal with it set in every byte, so they hash alike.
const foldBits = 0x2020202020202020

// New returns a table of the words of m, which must not number any word 0.
func New(m map[string]int32) *Table { return build(m, 0) }

// NewFold returns a table of the words of m, which must be in lower case, that matches a word
// in any ASCII case: "March", "MARCH" and "march" find "march".
func NewFold(m map[string]int32) *Table { return build(m, foldBits) }

func build(m map[string]int32, fold uint64) *Table {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &Table{slots: make([]slot, size), shift: uint(64 - bits.TrailingZeros(uint(size))), fold: fold}
	for w, n := range m {
		if n == 0 {
			panic("wordtab: word " + w + " numbered 0")
		}
		i := t.home(w)
		for t.slots[i].n != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = slot{w, n}
	}
	return t
}

// Get returns the number of w, or 0 if the table does not hold it.
func (t *Table) Get(w string) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := len(t.slots) - 1
	for i := t.home(w); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if len(s.key) == len(w) && (t.fold == 0 && s.key == w || t.fold != 0 && equalFold(s.key, w)) {
			return s.n
		}
	}
}

// home is the slot where a probe for w starts.
func (t *Table) home(w string) int {
	return int(hash(w, t.fold) >> t.shift)
}

// hash mixes a word's length with its first and last eight bytes (all of a word of up to 16
// bytes) and, in a longer word, eight from its middle; the probe compares the whole word. fold
// is set in every byte loaded.
func hash(w string, fold uint64) uint64 {
	var x uint64
	switch n := len(w); {
	case n > 16:
		x = Load64(w) | fold ^ bits.RotateLeft64(Load64(w[n-8:])|fold, 31) ^ bits.RotateLeft64(Load64(w[n/2-4:])|fold, 17)
	case n >= 8:
		x = Load64(w) | fold ^ bits.RotateLeft64(Load64(w[n-8:])|fold, 31)
	case n >= 4:
		x = uint64(Load32(w)) | uint64(Load32(w[n-4:]))<<32 | fold
	case n > 0:
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16 | fold&0xffffff
	}
	x ^= uint64(len(w)) << 56
	return x * 0x9e3779b97f4a7c15 // the product's high bits depend on every bit of x: they index the slots
}

// equalFold says whether w is the lower-case word key in any ASCII case.
func equalFold(key, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// Load64 reads the first eight bytes of s, little-endian (the compiler makes it one load). The
// word scans of extraction and the tagger read eight bytes at a time with it.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 reads the first four bytes of s, little-endian.
func Load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
