package timex

// relativeAsideBefore is the word before a relative clause that ends with the comma right before
// k and opens on ", which" or ", who" (", which runs 19,000 stores, mostly in small towns,"):
// the subject of the verb at k, which keeps its present tense as after an apposition
// ("Dollar General, which runs 19,000 stores, reports results on Thursday" reports on the coming
// Thursday, not the last). Up to sixteen tokens back, in one sentence; -1 where there is none.
func (m *matcher) relativeAsideBefore(k int) int {
	if k < 4 || !m.punct(k-1, ",") {
		return -1
	}
	for c := k - 3; c >= 1 && c >= k-17 && m.toks[c].sent == m.toks[k].sent; c-- {
		if m.punct(c, ",") && m.anyWord(c+1, "which", "who") && m.toks[c-1].kind == kWord {
			return c - 1
		}
		if m.toks[c].kind == kPunct && m.anyPunct(c, ";", ":", "(", ")", "\"", "“", "”") {
			return -1
		}
	}
	return -1
}
