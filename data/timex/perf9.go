package timex

// buildPrefixLengths holds, for the first two letters of the lexicon's words (prefixIndex), the
// lengths of the words that start with them, bit n for n bytes: a word of a text whose start no
// lexicon word has, or whose length none of that start has ("then", "there", "company"), skips
// the map lookup. A word longer than 16 bytes is never looked up.
func buildPrefixLengths(m map[string]lexEntry) *[27 * 27]uint32 {
	var p [27 * 27]uint32
	for w := range m {
		b := byte(' ')
		if len(w) > 1 {
			b = w[1]
		}
		p[prefixIndex(w[0], b)] |= 1 << min(len(w), 31)
	}
	return &p
}
