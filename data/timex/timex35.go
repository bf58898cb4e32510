package timex

import (
	"strings"
	"time"
)

// Families of markets and economy copy of 2015-2025 (heldout43, timex35): a preview's week
// ahead, a wrap's month and month-end, a calendar of releases whose dates were pushed back, and
// a period whose year a longer period before it names.

// timex35Rules are the patterns of this file, tried after timex33's.
func timex35Rules() []rule {
	return []rule{
		{name: "unit-ahead", starts: []string{"the"}, doc: "the week ahead, the month ahead, the year ahead: the one in progress, or the next when the telling is at the end of the current one",
			pattern: "the week|month|year ahead", norm: normUnitAhead,
			examples: []Example{{"Investors face a busy week ahead; the week ahead brings retail sales.", "the week ahead", "2007-W34"},
				{"Strategists were cautious about the year ahead.", "the year ahead", "2007"}}},
		{name: "wrap-unit", starts: []string{"the"}, doc: "For the month, For the week (a wrap's figures after it): the month or week of the telling",
			pattern: "the month|week", norm: normWrapUnit,
			examples: []Example{{"For the month, the Nasdaq gained 5.2%.", "the month", "2007-08"},
				{"For the week, the dollar fell 1.1% against the euro.", "the week", "2007-W33"}}},
	}
}

// normUnitAhead: "the week ahead" of a preview is the week the reader is about to live through:
// the current one until its middle, the next one from Friday (a Sunday preview's "week ahead"
// begins the next day). "the month ahead" turns over in the last week of a month, "the year
// ahead" in December. "the week ahead of the vote" is no unit of its own.
func normUnitAhead(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.word(x.end, "of") {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.tok(1))
	off := 0
	switch u {
	case uWeek:
		if wd := m.doc.Weekday(); wd == time.Friday || wd == time.Saturday || wd == time.Sunday {
			off = 1
		}
	case uMonth:
		if m.doc.AddDate(0, 0, 7).Month() != m.doc.Month() {
			off = 1
		}
	case uYear:
		if m.doc.Month() == time.December {
			off = 1
		}
	default:
		return cand{}, false
	}
	return m.offset(x.end, u, off, 0)
}

// normWrapUnit: a wrap that opens a sentence with "For the month," or "For the week," and gives
// a market's figure after it sums the month or week it is told in, as "up 3.1% for the week"
// does (weekOfChange). A month named before it that is not the telling's leaves "the month" to
// the anaphors ("Retail sales rose in July. For the month, ..." is July's).
func normWrapUnit(m *matcher, x *match) (cand, bool) {
	f := x.start - 1
	if !m.hasDoc || !m.word(f, "for") || !m.leadsSentence(f) || !m.punct(x.end, ",") || !m.changeFigureAfter(x.end) {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.end - 1)
	if u == uMonth && m.lastMonth != 0 && m.lastMonth != m.doc.Year()*12+int(m.doc.Month())-1 {
		return cand{}, false
	}
	return m.offset(x.end, u, 0, 0)
}

// changeFigureAfter reports whether a percentage or a count of points follows token i in its
// sentence: the change a wrap sums.
func (m *matcher) changeFigureAfter(i int) bool {
	for k := i + 1; k < len(m.toks) && m.toks[k].sent == m.toks[i].sent; k++ {
		if m.punct(k, "%") || m.anyWord(k, "percent", "points") {
			return true
		}
	}
	return false
}

// periodEndNow reports whether "month-end" or "quarter-end" (unit u) told in the past is the
// end of the period the telling is in: a wrap written in the last days of a month ("funds
// rebalanced at month-end" on Nov. 30) speaks of this month's end, not the last one's.
func (m *matcher) periodEndNow(u int) bool {
	if !m.hasDoc {
		return false
	}
	end := m.doc.AddDate(0, 0, 4)
	switch u {
	case uMonth:
		return end.Month() != m.doc.Month()
	case uQuarter:
		return end.Month() != m.doc.Month() && m.doc.Month()%3 == 0
	}
	return false
}

// phrasalMovedTo reports whether the "to" before token start follows a phrasal verb of
// rescheduling and its object, however long the object: "pushed back bets on the first rate
// cut to July", "brought forward its launch of the new model to March". The particle marks the
// move, so the object may run further than movedTo's three words; the date lies ahead.
func (m *matcher) phrasalMovedTo(start int) bool {
	if !m.word(start-1, "to") {
		return false
	}
	for k := start - 2; k > 0 && k >= start-10 && m.toks[k].kind == kWord && m.toks[k].clause == m.toks[start-1].clause; k-- {
		switch {
		case m.anyWord(k, "back", "out") && m.anyWord(k-1, "pushed", "push", "pushes", "pushing", "moved", "put", "puts"):
			return true
		case m.word(k, "forward") && m.anyWord(k-1, "brought", "bring", "brings", "pulled", "pull", "pulls", "moved"):
			return true
		}
	}
	return false
}

// periodOfYearBefore reports whether the "of" at token p joins a half or a quarter to the year
// after it ("the second half of 2023, when output shrank in the third quarter"): a quarter
// told in that frame is of that year, as after "in 2023".
func (m *matcher) periodOfYearBefore(p int) bool {
	return m.word(p, "of") && m.anyWord(p-1, "half", "quarter")
}

// weekdayPossessiveTense is the tense of a weekday's possessive that a verb of delaying after a
// modal or "will" takes as its object ("the shutdown could delay Friday's jobs report", "rain
// may postpone Sunday's final"): what can still be put off lies ahead. "delayed Friday's
// report" is left to the clause.
func (m *matcher) weekdayPossessiveTense(i, j int) Tense {
	if m.anyWord(i-1, "delay", "postpone", "cancel", "disrupt", "derail", "push") &&
		(m.toks[max(i-2, 0)].in(sPossibility) || m.anyWord(i-2, "will", "would", "to")) {
		return tenseFuture
	}
	return m.weekdaySubjectOfPresent(i, j)
}

// weekdaySubjectOfPresent is the tense of a weekday's possessive whose noun phrase is the
// subject of a present of being ("Wednesday's consumer price report is the main event",
// "Friday's jobs data are the week's test"), tenseNone when it is not one: the present speaks
// from the telling, of the day nearest it, ahead or gone ("Friday's report is a reminder" told
// on Saturday is the day before). A weekday's possessive is otherwise an event gone.
func (m *matcher) weekdaySubjectOfPresent(i, j int) Tense {
	if !m.hasDoc || m.toks[i].lex.kind != lxWeekday {
		return tenseNone
	}
	k := j + 2 // past the "'s"
	for n := 0; n < 3 && k < len(m.toks) && m.toks[k].kind == kWord && (!m.toks[k].upper || acronym(m.toks[k].s)) && m.toks[k].lex.kind == lxNone &&
		!m.anyWord(k, "is", "are"); n++ {
		k++
	}
	if k == j+2 || !m.anyWord(k, "is", "are", "looks", "remains") || m.anyWord(k+1, "expected", "scheduled", "set", "likely", "due") {
		return tenseNone // scheduledSubject reads "is expected"
	}
	if m.anyWord(k+1, "over", "done", "finished", "behind", "history") {
		return tensePast // "Sunday's game is over": an end told in the present
	}
	wd, cur := m.toks[i].lex.val, isoWeekday(m.doc)
	if mod(wd-cur, 7) < mod(cur-wd, 7) {
		return tenseFuture
	}
	return tensePast
}

// thisWeekAhead is the offset of "this week" (unit u, the relative word at token i): told on a
// Sunday, the last day of its ISO week, a preview's present or future ("Apple and Meta report
// earnings this week", "will vote this week") speaks of the week that begins the next day;
// "Stocks fell this week" stays the week ending.
func (m *matcher) thisWeekAhead(i, u int) int {
	if u != uWeek || !m.hasDoc || m.doc.Weekday() != time.Sunday || m.tense(i, i+2) == tensePast {
		return 0
	}
	return 1
}

// acronym reports whether w is written in capitals only, as a release's name often is ("CPI",
// "PCE", "GDP").
func acronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// followsOn reports whether a present "follow" or "follows" stands right before "on" and the
// date at token start: a calendar's next item ("Producer prices follow on Thursday", "the Bank
// of England follows on Friday"), ahead. "follows Monday's decision" and "followed on Tuesday"
// are no schedule.
func (m *matcher) followsOn(start int) bool {
	return m.word(start-1, "on") && m.anyWord(start-2, "follow", "follows") && !m.anyWord(start-3, "to", "will", "would", "did", "does", "do")
}

// dayAheadNamed is the last day the text named, when it lies ahead of the publication and was
// named in the sentence of token i or the three before: "the following Monday" after "Earnings
// season starts Friday" is the Monday after that Friday, as after a narrative's day gone.
func (m *matcher) dayAheadNamed(i int) (time.Time, bool) {
	l := m.lastDay
	if l.gran != gDay || !l.t.After(m.doc) || m.toks[i].sent-l.sent > 3 {
		return time.Time{}, false
	}
	return l.t, true
}

// meetingMinutes reports whether the month at [start, end) names a meeting whose minutes, record
// or transcript are spoken of: "Minutes of the Fed's March meeting", "the minutes from the
// December meeting", "the account of the ECB's July meeting". Minutes are written after a
// meeting, so it is the last such month, whatever the release ahead ("due Wednesday") says.
func (m *matcher) meetingMinutes(start, end int) bool {
	if !m.anyWord(end, "meeting", "meetings", "session", "gathering") {
		return false
	}
	k := start - 1
	if m.possessiveBefore(start) {
		for k = start - 1; k >= 0 && k >= start-5 && !m.anyWord(k, "of", "from"); k-- {
		}
	} else if m.word(k, "the") {
		k--
	}
	return m.anyWord(k, "of", "from") && m.anyWord(k-1, "minutes", "record", "transcript", "transcripts", "account")
}

// sinceClosed reports whether a "since" a few words before the date at token start bounds
// another date, one written in full before "in": "its best month since November 2023 in June"
// tells of this June, which the span since 2023 does not reach.
func (m *matcher) sinceClosed(start int) bool {
	_, ok := m.yearAt(start - 2)
	return ok && m.word(start-1, "in") && !m.word(start-2, "since")
}

// undatingBefore reports whether the date at token j, before the forecasting verb at token k,
// leaves the forecast's time to its content: the bound of a span ("cut rates for the first
// time since December and signaled two more cuts by year-end"), or a date of the predicate
// before "and" that the sentence does not open with ("posted revenue for the September
// quarter and guided for the December quarter"). "In 2019 the company cut jobs and projected
// ..." keeps its year.
func (m *matcher) undatingBefore(j, k int) bool {
	if m.word(j-1, "since") || m.word(j-2, "since") && m.anyWord(j-1, "last", "early", "late", "mid", "the") {
		return true
	}
	return m.word(k-1, "and") && j < k-1 && !m.leadsSentence(j)
}
