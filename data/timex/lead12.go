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
	d, ok := nearestMonthDay(m.doc, n, back)
	if !ok {
		return cand{}, false
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
}

// nearestMonthDay is the nearest day n of a month on or after from, or with back on or before
// it, within three months.
func nearestMonthDay(from time.Time, n int, back bool) (time.Time, bool) {
	for i := 0; i < 3; i++ {
		off := i
		if back {
			off = -i
		}
		first := time.Date(from.Year(), from.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		d, ok := validDay(first.Year(), int(first.Month()), n)
		if ok && (back && !d.After(from) || !back && !d.Before(from)) {
			return d, true
		}
	}
	return time.Time{}, false
}

// inferQuarter keeps the quarter c that "for the quarter" of a results story was inferred to
// be, told at token start.
func (m *matcher) inferQuarter(c cand, start int) {
	if len(c.val) != 7 || c.val[5] != 'Q' {
		return
	}
	m.inferredQuarter = atoiCap(c.val[:4])*4 + int(c.val[6]-'1')
	m.inferredQuarterSent = m.toks[start].sent
}

// inferredPeriodAgo values "the prior-year period", "the year-ago period" and "the same period
// a year ago" (the unit at token u) after "for the quarter" of a results story, in its sentence
// or the next, as that quarter a year before: "posted a profit for the quarter, against a loss
// in the prior-year period" compares two quarters, not a quarter and a year. Other
// comparisons ("a year ago") keep their own reading, as normPeriodAnaphor says.
func (m *matcher) inferredPeriodAgo(u, start, end int) (cand, bool) {
	if m.inferredQuarter == 0 || !m.word(u, "period") {
		return cand{}, false
	}
	if d := m.toks[start].sent - m.inferredQuarterSent; d < 0 || d > 1 {
		return cand{}, false
	}
	n := m.inferredQuarter - 4
	return cand{end: end, typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: ByPublication, aside: true}, true
}
