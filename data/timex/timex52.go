package timex

import "time"

// Families of Washington political copy of 1996-2000 (heldout59, timex52): a primary calendar's
// days of the month past the 21st, a named day that is so long "away", a month a campaign or a
// trial "runs into", a part of the month a report covers, the season of a campaign or a
// session, a month that a sentence opened by a past year governs through "could", the winter
// of a year a quotation named before the day that dates its saying, a bill's date "next Oct. 1",
// and a day set in apposition after a year ahead or a fiscal year's end.

// timex52Rules are the patterns of this file.
func timex52Rules() []rule {
	return []rule{
		{name: "half-of-month", starts: []string{"the"}, doc: "the first half of the month, the second half of this week: that month or week, of the telling or the story",
			pattern: "the first|second|last half of the|this|that|last|next month|week", norm: normHalfOfMonth,
			examples: []Example{{"Orders slowed in the first half of the month.", "the first half of the month", "2007-08"},
				{"Shipments resume in the second half of next week.", "the second half of next week", "2007-W34"}}},
	}
}

// dayOrdinal reads a day of the month written as an ordinal in digits: "26th", "1st", "31st".
func dayOrdinal(t *token) (int, bool) {
	if t.kind != kAlnum || t.ndig == 0 || t.ndig > 2 {
		return 0, false
	}
	switch lowerWord(t)[t.ndig:] {
	case "th", "st", "nd", "rd":
		return t.num, t.num >= 1 && t.num <= 31
	}
	return 0, false
}

// normHalfOfMonth: "the first half of the month" is a part of a calendar month, valued as the
// month (TIMEX3 has no half of a month); the ordinal-period rule would read "the first half" as
// the year's. "the month" is the one the story is at when a day or a month was named in the
// sentence or the one before, else the telling's; "this", "last" and "next" count from the
// telling.
func normHalfOfMonth(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc {
		return cand{}, false
	}
	rel, unit := x.end-2, x.end-1
	week := m.word(unit, "week")
	off := 0
	switch {
	case m.word(rel, "last"):
		off = -1
	case m.word(rel, "next"):
		off = 1
	}
	from, by := m.doc, ByPublication
	if m.anyWord(rel, "the", "that") && (m.story.gran == gDay || m.story.gran == gMonth && !week) && m.toks[x.start].sent-m.story.sent <= 1 {
		from, by = m.story.t, ByStory
	}
	if week {
		return cand{end: x.end, typ: "DATE", val: weekVal(from.AddDate(0, 0, 7*off)), gran: gWeek, by: by}, true
	}
	t := time.Date(from.Year(), from.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
	return cand{end: x.end, typ: "DATE", val: monthVal(t.Year(), int(t.Month())), gran: gMonth, by: by}, true
}

// monthOfExtent reports whether the month at token i follows a preposition of extent that only
// a time takes: "a trial could run into March", "talks dragged on throughout May". "March" and
// "May" need such a word to be months and not the verb or the modal.
func (m *matcher) monthOfExtent(i int) bool {
	return i > 0 && m.toks[i-1].sent == m.toks[i].sent && m.anyWord(i-1, "into", "throughout")
}

// timeAwayAfter reports whether the date [start, end) is said to be so long away, which puts
// it ahead whatever tense the saying has: "Election Day is eight months off", "with Christmas
// three weeks away", "Election Day was 'eight months away,' he said". A quotation mark and a
// word of degree ("still", "only", "less than") may come before the amount.
func (m *matcher) timeAwayAfter(start, end int) bool {
	k := end
	switch {
	case m.anyWord(k, "is", "was", "are", "were", "remains", "remained", "seemed", "seems"):
		k++
	case m.word(start-1, "with"):
	default:
		return false
	}
	for n := 0; k < len(m.toks) && n < 8; k, n = k+1, n+1 {
		t := &m.toks[k]
		switch {
		case t.kind == kWord && t.lex.kind == lxUnit:
			return m.anyWord(k+1, "away", "off")
		case m.punct(k, `"`) || m.punct(k, "“") || m.punct(k, "'") || t.kind == kNum || t.lex.kind == lxNumber ||
			m.anyWord(k, "still", "only", "just", "now", "barely", "less", "more", "than", "about", "nearly", "almost", "some", "a", "an", "few", "couple", "of"):
		default:
			return false
		}
	}
	return false
}

// yearRef is a year a sentence named, with how it was resolved and the sentence.
type yearRef struct {
	year int
	by   string
	sent int
}

// keepYearUnderTold keeps the year the sentence named before a day that dates a saying in it
// ("'Nobody wants to relive 1995,' the whip said today, recalling the shutdowns"): the saying's
// day is no time of what is recalled, so "that winter" after it stays in 1995. Any other day,
// month or year named clears it.
func (m *matcher) keepYearUnderTold(t time.Time, gran string, sent int) {
	m.toldOver = yearRef{}
	if gran == gDay && m.toldDayAt(m.exprStart) && m.lastYear != 0 && m.lastYear != t.Year() && m.lastYearSent == sent {
		m.toldOver = yearRef{year: m.lastYear, by: m.lastYearBy, sent: sent}
	}
}

// anaphorYear is the year "that winter" or "that October" at token start is of: the last year
// the text named, or, in the sentence of a saying's day, the year named before that day.
func (m *matcher) anaphorYear(start int) (int, string) {
	if o := m.toldOver; o.year != 0 && o.sent == m.toks[start].sent {
		return o.year, o.by
	}
	return m.lastYear, m.lastYearBy
}

// seasonOfCalendar reports whether the bare season at token i names the time of a political or
// academic calendar's part, the noun after it: "the fall campaign", "the spring session". Such a
// noun makes "fall" no falling and the season a time, as "first-quarter" before a noun is one. A
// recess is left to seasonOfRecess (timex51.go): "the summer recess" names the pause, no time.
func (m *matcher) seasonOfCalendar(i int) bool {
	return !m.toks[i].upper && m.word(i-1, "the") && m.anyWord(i+1, "campaign", "campaigns", "session", "sessions",
		"term", "semester", "elections", "election", "primaries", "offensive") && m.phraseEndsAt(i+2)
}

// monthOfFrontedYear reads a month in a sentence that a past year opens ("Four years ago, a
// candidate could still recover by April", "In 1992, the party could pick its man in June"):
// "could", "would" or "might" there is the past's possibility, no future of the telling, so
// the month is that year's. A reporting verb between them opens a statement whose time is its
// own ("Last year, officials said the plant could reopen in April"), and so does any other date.
func (m *matcher) monthOfFrontedYear(i, end, mo int) (cand, bool) {
	st := m.story
	sent := m.toks[i].sent
	if !m.hasDoc || st.gran != gYear || st.sent != sent || st.t.Year() >= m.doc.Year() {
		return cand{}, false
	}
	first := i
	for first > 0 && m.toks[first-1].sent == sent {
		first--
	}
	comma := -1
	for k := first; k < i && k <= first+6; k++ {
		if m.punct(k, ",") {
			comma = k
			break
		}
	}
	if comma < 0 || st.tok < first || st.tok >= comma {
		return cand{}, false
	}
	modal := false
	for k := comma + 1; k < i; k++ {
		t := &m.toks[k]
		switch {
		case t.kind != kWord:
		case calendarWord(t.lex.kind) || m.verbInfo(k)&vReporting != 0 || m.anyWord(k, "will", "shall", "now", "today"):
			return cand{}, false
		case m.anyWord(k, "could", "would", "might"):
			modal = true
		}
	}
	if !modal {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: monthVal(st.t.Year(), mo), gran: gMonth, by: ByStory}, true
}

// turnedTo reports whether the date at token start is what a verb of turning or preparing
// looks to: "turned at once to the fall campaign", "turned their attention to Tuesday's vote",
// "are gearing up for the spring session". What one turns to lies ahead of the turning,
// whatever its tense; "turned to" a thing and then a date ("turned to farming in 1990") does not
// reach the date.
func (m *matcher) turnedTo(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "to", "toward", "towards", "for") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && m.toks[j].kind == kWord && m.toks[j].sent == m.toks[start].sent; j-- {
		if m.anyWord(j, "turn", "turns", "turned", "turning", "pivot", "pivots", "pivoted", "pivoting", "gear", "gears", "geared", "gearing") {
			return !m.anyWord(j-1, "had", "has", "have") || m.word(k, "for")
		}
		if m.anyWord(j, "at", "once", "now", "again", "up", "attention", "its", "their", "his", "her", "our") {
			continue // "turned at once to", "turned their attention to", "gearing up for"
		}
		if m.toks[j].lex.kind != lxNone || m.verbInfo(j)&(vPast|vFuture|vBe|vReporting) != 0 {
			return false
		}
	}
	return false
}

// fiscalYearEnded reports whether the year at token k is a fiscal year whose end or start the
// phrase names ("at the end of fiscal 2000", "the start of fiscal 2001"): a day set after it
// in apposition, "at the end of fiscal 2000, on Sept. 30", is of that year.
func (m *matcher) fiscalYearEnded(k int) bool {
	return m.word(k-1, "fiscal") && m.word(k-2, "of") && m.anyWord(k-3, "end", "start", "beginning", "close")
}

// dayAfterRelMonth reports whether a day of the month follows the month at token j that
// "next", "last" or "this" comes before: "next July 1" is a day, which the month-day rule reads
// (with nextDayOfYear), not next July and a stray "1". A figure ("rose last March 15
// percent") is no day.
func (m *matcher) dayAfterRelMonth(j int) bool {
	if _, ok := m.dayNumAt(j + 1); !ok {
		return false
	}
	return !m.anyWord(j+2, "percent", "pct", "points", "per") && !m.punct(j+2, "%") && !m.isHyphen(j+2)
}

// nextDayOfYear reads a month and day after "next" or "last": the first such day after the
// telling, or the last before it, never the telling's own ("the rule takes effect next Oct. 1",
// told on Oct. 1, is a year on; "the filing of last March 15" told in June is this year's).
func (m *matcher) nextDayOfYear(start, end, mo, d int) (cand, bool) {
	k := start - 1
	if !m.hasDoc || !m.anyWord(k, "next", "last") || m.toks[k].upper && k > 0 && m.toks[k-1].sent == m.toks[k].sent {
		return cand{}, false
	}
	ahead := m.word(k, "next")
	years := [2]int{m.doc.Year(), m.doc.Year() + 1}
	if !ahead {
		years[1] = m.doc.Year() - 1
	}
	for _, y := range years {
		dd, ok := validDay(y, mo, d)
		if ok && (ahead && dd.After(m.doc) || !ahead && dd.Before(m.doc)) {
			return cand{end: end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByPublication}, true
		}
	}
	return cand{}, false
}
