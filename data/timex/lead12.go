package timex

import "time"

// tellingDayOfMonth values "the 15th" where no month was named just before: a day of the
// telling's month or the one next to it, ahead in a clause that looks ahead ("the board will
// meet on the 15th"), behind in one that looks back ("the shares have fallen since the 3rd").
// Only the day after a preposition of time that ends its phrase is read, since an ordinal in
// other places counts something else ("on the 15th floor", "the 15th straight gain").
func (m *matcher) tellingDayOfMonth(x *match, n int, framed bool) (cand, bool) {
	if !framed || !m.hasDoc {
		return cand{}, false
	}
	back := m.word(x.start-1, "since")
	if !back {
		switch t, _ := m.verbTense(x.start, x.end, false); t {
		case tensePast:
			back = true
		case tensePresent, tenseFuture:
		default:
			return cand{}, false
		}
	}
	for i := 0; i < 3; i++ {
		off := i
		if back {
			off = -i
		}
		first := time.Date(m.doc.Year(), m.doc.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		d, ok := validDay(first.Year(), int(first.Month()), n)
		if ok && (back && !d.After(m.doc) || !back && !d.Before(m.doc)) {
			return cand{end: x.end, typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
		}
	}
	return cand{}, false
}
