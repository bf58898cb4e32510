package timex

// askingDateStart returns where the words before the opener at token at ("that" or "to")
// begin once a date of the asking right before it is set aside: "asked in March that the
// trial begin in November", "requested on Friday that the sale close in August", "asked the
// judge in early May to rule in July". The month or weekday there dates the asking, which is
// past; what is asked for in the clause after it still lies ahead (askedFor, timex72.go). The
// date is "in" or "on" and a month or weekday, "early", "mid" or "late" allowed before the
// month and a year after it; anything else leaves at as it is.
func (m *matcher) askingDateStart(at int) int {
	k := at - 1
	if _, ok := m.yearAt(k); ok && k > 0 && m.toks[k-1].lex.kind == lxMonth {
		k-- // "in March 2024"
	}
	if k < 2 {
		return at
	}
	switch m.toks[k].lex.kind {
	case lxMonth:
		k--
		if m.anyWord(k, "early", "mid", "late") {
			k--
		}
		if !m.word(k, "in") {
			return at
		}
	case lxWeekday:
		k--
		if !m.word(k, "on") {
			return at
		}
	default:
		return at
	}
	return k
}
