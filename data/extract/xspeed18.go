package extract

// Marks of the sentence that news78's rules need, set by read in its pass over the tokens:
// dotComNames and appositiveShareMove walked every word of every sentence for a "com" or "net"
// after a dot and for "shares", which few sentences hold.
const (
	marksRead  uint8 = 1 << iota // read set the marks (a test's sentence has none: its rules walk)
	markDomain                   // a "." joined to a word of three ASCII letters, "c" or "n" first
	markShares                   // the word "shares"
	markStock                    // the word "stock" (lead18.go stockAsideMove)
)

// domainDotAt returns markDomain when token i, a ".", is joined to a next token that may lower
// to "com" or "net" (dotComStart's domains): three bytes opening with a c or an n of either
// case. No word outside ASCII lowers to either, so the text's bytes tell.
func domainDotAt(toks []token, i int) uint8 {
	if i+1 < len(toks) && toks[i+1].start == toks[i].end {
		if w := toks[i+1].text; len(w) == 3 && (w[0]|0x20 == 'c' || w[0]|0x20 == 'n') {
			return markDomain
		}
	}
	return 0
}

// lacks says whether read marked the sentence and found no word of mark m.
func (s *sentence) lacks(m uint8) bool {
	return s.marks&marksRead != 0 && s.marks&m == 0
}
