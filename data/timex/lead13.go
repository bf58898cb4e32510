package timex

// currentEra reads "the decade", "this decade", "the century" or "this century" from token j as
// the publication's decade or century, for a half of it: "in the first half of the decade" told
// in 1998 is the 1990s' start, not the first half of 1998. The expression's end is where the
// era's word ends, so "the second half of the century" is one expression.
func (m *matcher) currentEra(j int) (cand, bool) {
	if !m.hasDoc || !m.anyWord(j, "the", "this") || m.word(j+2, "of") {
		return cand{}, false
	}
	switch {
	case m.word(j+1, "decade"):
		return cand{end: j + 2, typ: "DATE", val: itoa(m.doc.Year() / 10), gran: gDecade, by: ByPublication}, true
	case m.word(j+1, "century"):
		return cand{end: j + 2, typ: "DATE", val: itoa(m.doc.Year() / 100), gran: gCentury, by: ByPublication}, true
	}
	return cand{}, false
}
