package timex

import "time"

// The lead's twentieth round: probes of company news.

// normNthWeekdayRelative: "the first Tuesday of next month", "the last Friday of the month",
// "the second Monday of last month": the nth or last weekday of the month the telling's month
// counts to ("the month" and "this month" its own). It had been read as the weekday alone
// ("last Friday", a week back) and the month apart.
func normNthWeekdayRelative(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc {
		return cand{}, false
	}
	nth := m.nthOfMonth(x.tok(1)) // calendar.go
	months := 0
	switch {
	case m.word(x.tok(4), "next"):
		months = 1
	case m.word(x.tok(4), "last"):
		months = -1
	}
	y, mo, by := m.doc.Year(), int(m.doc.Month())+months, ByPublication
	if m.word(x.tok(4), "the") && m.lastMonth != 0 {
		// "In March the board met, and on the last Friday of the month it voted": the month a
		// story is at, as "that month" is.
		y, mo, by = m.lastMonth/12, m.lastMonth%12+1, m.lastMonthBy
	}
	first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC) // normalizes month 0 and 13
	wd := m.toks[x.tok(2)].lex.val
	return cand{typ: "DATE", val: dayVal(nthWeekday(first.Year(), int(first.Month()), wd, nth)), gran: gDay, by: by}, true
}

// accordingToTelling says whether the date at token start (after "on" or bare) ends a source
// given by "according to": "Amazon will buy Velcor, according to a statement on Friday", "will
// cut 500 jobs, according to a filing on Monday". A source is something said or written, and
// its day is gone, whatever the news it gives looks ahead to ("a statement on Friday" had been
// read as the Friday to come by the clause's "will"). The source is a short noun phrase: no verb
// and no clause stand between it and the date.
func (m *matcher) accordingToTelling(start int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	}
	sent := m.toks[start].sent
	for n := 0; k >= 1 && n < 8 && m.toks[k].sent == sent; k, n = k-1, n+1 {
		if m.word(k, "to") && m.word(k-1, "according") {
			return true
		}
		if t := &m.toks[k]; t.kind != kWord || m.verbInfo(k)&(vPast|vFuture|vBe) != 0 || eqFold(t.s, "that") || eqFold(t.s, "which") {
			return false
		}
	}
	return false
}
