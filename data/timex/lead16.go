package timex

// The lead's sixteenth round: a period code with an apostrophe's year.

// apostropheYearAt reads a year written with an apostrophe and two digits at token k right after
// a period ("Q1'25", "Q4 '24", "the third quarter '23"): company decks and briefs write the
// quarter so. A decade ("Q1 '90s") is no year.
func (m *matcher) apostropheYearAt(k int) (int, bool) {
	if k+1 >= len(m.toks) || !m.punct(k, "'") && !m.punct(k, "’") {
		return 0, false
	}
	n := k + 1
	if m.toks[n].kind != kNum || m.toks[n].ndig != 2 || !m.glued(n) || m.glued(n+1) && n+1 < len(m.toks) && m.toks[n+1].kind != kPunct {
		return 0, false
	}
	return twoDigitYear(m.toks[n].num), true
}
