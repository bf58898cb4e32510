package timex

// currentEra reads "the decade", "this decade", "the century" or "this century" from token j as
// the publication's decade or century, for a half of it: "in the first half of the decade" told
// in 1998 is the 1990s' start, not the first half of 1998. The expression's end is where the
// era's word ends, so "the second half of the century" is one expression.
func (m *matcher) currentEra(j int) (cand, bool) {
	if !m.hasDoc || !m.anyWord(j, "the", "this") || m.word(j+2, "of") {
		return cand{}, false
	}
	u, plural, ok := m.unitAt(j + 1)
	if !ok || plural || u != uDecade && u != uCentury {
		return cand{}, false
	}
	val, gran := unitVal(m.doc, u)
	return cand{end: j + 2, typ: "DATE", val: val, gran: gran, by: ByPublication}, true
}
