package extract

// A sentence's words' membership of the small sets that clause scans ask about word by word
// (issue 11 §3): clauseBreaks, statusBreaks, subordinators, tellingVerbs, settlementWords,
// clauseMarks and resolutionWords, and the first words of causeLinks.
// The scans for a trigger's clause, its denial, its comment and its settlement date walk the same
// words once per trigger, and each step asked one or two of these maps again (clauseBreaks
// alone has ten words, past Go's small-map fast path, so each probe hashed the word). A word's
// first question looks it up once in the union of the sets and keeps the answer in the
// sentence's bits; every later question about it is a bit test. The maps stay for other callers.

// The sets of wordBits, by bit. wordKnown marks a word already looked up.
const (
	wClauseBreak uint16 = 1 << iota
	wStatusBreak
	wSubordinator
	wTellingVerb
	wSettlement
	wClauseMark
	wResolution
	wCauseLink
	wordKnown uint16 = 1 << 15
)

// wordBits holds the sets each of their words belongs to; wordBitShapes their shapes, so that
// most words are answered without a probe.
var wordBits, wordBitShapes = func() (map[string]uint16, shapeSet) {
	bits := map[string]uint16{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint16
	}{
		{clauseBreaks, wClauseBreak},
		{statusBreaks, wStatusBreak},
		{subordinators, wSubordinator},
		{tellingVerbs, wTellingVerb},
		{settlementWords, wSettlement},
		{clauseMarks, wClauseMark},
		{resolutionWords, wResolution},
	} {
		for w, in := range set.words {
			if in {
				bits[w] |= set.bit
			}
		}
	}
	for w := range causeLinksFrom {
		bits[w] |= wCauseLink
	}
	return bits, shapesOfKeys(bits) // a set of shapeSetTable (xspeed24.go)
}()

// bitsOf returns the sets of wordBits that w belongs to: for a scan of words outside a sentence,
// one shape test for most words where each set's map hashed the word.
func bitsOf(w string) uint16 {
	if !wordBitShapes.mayHold(w) {
		return 0
	}
	return wordBits[w]
}

// wordIs says whether word k of the sentence belongs to any of the sets of bits b, looking the
// word up only the first time it is asked about. A sentence built without read's memory (a
// test's) looks the word up each time.
func (s *sentence) wordIs(k int, b uint16) bool {
	if k >= len(s.bits) {
		return bitsOf(s.words[k])&b != 0
	}
	m := s.bits[k]
	if m == 0 {
		m = bitsOf(s.words[k]) | wordKnown
		s.bits[k] = m
	}
	return m&b != 0
}

// bitsWithin says whether any of words[from:to] belongs to any of the sets of bits b: anyWithin
// for the sets of wordBits.
func bitsWithin(words []string, from, to int, b uint16) bool {
	for _, w := range words[from:to] {
		if bitsOf(w)&b != 0 {
			return true
		}
	}
	return false
}

// foldedIn says whether set holds fold(w), folding a word with capitals, hyphens or accents into
// a buffer on the stack rather than a new string.
func foldedIn(set map[string]bool, w string) bool {
	if plain(w) {
		return set[w]
	}
	var buf [32]byte
	return set[string(appendFold(buf[:0], w))]
}
