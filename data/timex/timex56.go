package timex

// Misreads of the tense around a date (timex56): "last" as the ordinal of a day counted to a
// holiday, which tells no past.

// ordinalLast reports whether "last" at token k is the ordinal of a day counted before or
// after another ("the last Saturday before Christmas", "the last week before Easter"): it
// picks that day out of the ones before the holiday and tells no past, as "last week" does.
// The clause's verb then places the holiday: "will be packed on the last Saturday before
// Christmas" is the Christmas ahead.
func (m *matcher) ordinalLast(k int) bool {
	if !m.word(k, "last") || !m.word(k-1, "the") || k+2 >= len(m.toks) {
		return false
	}
	switch m.kind(k + 1) {
	case lxWeekday:
	case lxUnit:
		if !m.anyWord(k+1, "day", "week", "weekend") {
			return false
		}
	default:
		return false
	}
	return m.anyWord(k+2, "before", "after")
}
