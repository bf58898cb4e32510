package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/data/timex"
)

// Extraction's speed (issue 11): work a sentence or an article asked for more than once, done once.

// triggers is findTriggers of the sentence's words, found once: the title's are read for the
// article's main company and its broker's rating before its events are, and findTriggers, with
// the rules of meaning it runs, is the dearest part of a sentence's events.
func (s *sentence) triggers() []trigger {
	if !s.trigFound {
		s.trigs, s.trigFound = findTriggers(s.words), true
	}
	return s.trigs
}

// takeTriggers is triggers for a caller that changes them (sentenceEvents, through misread):
// they are its own, and the sentence forgets them.
func (s *sentence) takeTriggers() []trigger {
	ts := s.triggers()
	s.trigs, s.trigFound = nil, false
	return ts
}

// load8 returns the first eight bytes of s as a little-endian word, in one load: the compiler
// reads a non-escaping []byte of a string in place, where eight byte loads shifted together
// cost a bounds check each.
func load8(s string) uint64 {
	return binary.LittleEndian.Uint64([]byte(s[:8]))
}

// noLower says whether s has no lower-case letter (strings.IndexFunc(s, unicode.IsLower) < 0),
// asking unicode only of a word outside ASCII.
func noLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(s[i:], unicode.IsLower) < 0
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// tokenAt returns the index of the first of toks starting at or after byte b, as
// slices.BinarySearchFunc would: written out, without a call of the comparison for each probe,
// since the roles and dates of every trigger ask it of many companies and dates.
func tokenAt(toks []token, b int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// markInTimex sets in[i] for each token i inside a temporal expression of tx, found from the
// expression's first token: asking every expression of every token cost tokens times
// expressions.
func markInTimex(toks []token, tx []timex.Expr, in []bool) {
	for _, e := range tx {
		for i := tokenAt(toks, e.ByteStart); i < len(toks) && toks[i].end <= e.ByteEnd; i++ {
			in[i] = true
		}
	}
}

// causeLinksFrom are causeLinks by their first word: "to", "in" and "as" start many words of a
// sentence and a few of the links, which were all compared at each.
var causeLinksFrom = func() map[string][][]string {
	m := map[string][][]string{}
	for _, c := range causeLinks {
		m[c[0]] = append(m[c[0]], c)
	}
	return m
}()

// attributionShapes are the shapes of the first words of attributionMarkers.
var attributionShapes = shapesOfKeys(attributionIndex) // a set of shapeSetTable (xspeed24.go)

// attributedWords is hasMarker(words, attributionIndex), asked of every sentence: a word whose
// shape no marker's first word has is passed without a probe of the index.
func attributedWords(words []string) bool {
	for i, w := range words {
		if w == "" || !attributionShapes.mayHold(w) {
			continue
		}
		for _, m := range attributionIndex[w] {
			if i+len(m) <= len(words) && equalWords(words[i:i+len(m)], m) {
				return true
			}
		}
	}
	return false
}

// cueShapes are the shapes of cueHeads, so that argumentCues passes most words of a sentence
// without probing the set.
var cueShapes = shapesOfKeys(cueHeads)
