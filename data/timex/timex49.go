package timex

import (
	"strings"
	"time"
)

// Families of TempEval-3-era wire copy of 2012-2014 (heldout57, timex49): an election count's
// attributions and its campaign's days of the month, a state budget's recall set beside an
// earlier one, a fund's forecasts set against its last update, a statistics office's figures on
// a period already over, and a day of the month that a year after "in" places.

// hearerBefore reports whether the words between a verb of saying at token k and a date at
// token start name who heard it or, inverted, who said it, so that the date is the saying's:
// "told cheering supporters late Sunday", "told parliament Tuesday", "said Horvath on Sunday".
// The saying's day is then no day of the quotation before it ("'We will win,' she told
// supporters Sunday" is the Sunday gone). sayingAdjunct reads the shapes that open with a
// preposition or a listener it knows ("said in a statement on Tuesday", "told reporters").
func (m *matcher) hearerBefore(k, start int) bool {
	if start-k < 2 || start-k > 8 || k+1 >= len(m.toks) || m.toks[k+1].kind != kWord {
		return false
	}
	telling := m.anyWord(k, "told", "tells", "tell")
	inverted := m.anyWord(k, "said", "says") && m.toks[k+1].upper && m.toks[k+1].lex.kind == lxNone
	if !telling && !inverted {
		return false
	}
	for j := k + 1; j < start; j++ {
		t := &m.toks[j]
		if t.kind != kWord || calendarWord(t.lex.kind) && !m.anyWord(j, "late", "early") ||
			m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 ||
			m.anyWord(j, "that", "which", "who", "and", "but", "while", "after", "before", "since", "it", "they", "he", "she", "we") {
			return false
		}
	}
	return true
}

// dayInYearAfter reads a month and day without a year (mo, d, its words ending before token
// end) that "in" and a year follow: "the holiday fell on Feb. 10 in 2013" is that year's day,
// whatever the tense or the telling ("this year" after the day, by contrast, is read by
// dayOfYearAfter). The year keeps its own expression.
func (m *matcher) dayInYearAfter(end, mo, d int) (cand, bool) {
	if !m.word(end, "in") {
		return cand{}, false
	}
	y, ok := m.yearAt(end + 1)
	if !ok || !m.phraseEndsAt(end+2) || m.punct(end+2, "'") || m.punct(end+2, "’") || m.isHyphen(end+2) {
		return cand{}, false // "in 2013's budget", "in 2013-14"
	}
	dd, valid := validDay(y, mo, d)
	if !valid {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, true
}

// asClauseAfterComma reports whether token k, after a date, is the comma of a clause of
// manner or comparison: ", as they were in 2009", ", as it did last year". Its verb is the
// compared clause's, not the date's: "may be called back in June, as they were in 2009" is the
// June ahead.
func (m *matcher) asClauseAfterComma(k int) bool {
	return m.punct(k, ",") && m.word(k+1, "as") &&
		m.anyWord(k+2, "they", "it", "he", "she", "we", "i", "you", "the", "its", "their", "his", "her")
}

// shownStatistic reports whether the month or quarter [start, end) is the period of a figure
// that a release is to show: "figures due next Thursday are expected to show growth of 0.1
// percent in the July-September period", "data on Friday should show a fall in exports in
// October". A release shows a period already over, whatever the future of its coming out, so
// the date reads as past. A verb between "show" and the date ("will show that prices rose")
// tells its own tense, and a day or a year is left to it.
func (m *matcher) shownStatistic(start, end int) bool {
	if !m.periodOfFigure(start, end) || !m.anyWord(start-1, "in", "during") && !(m.word(start-1, "the") && m.anyWord(start-2, "in", "during")) {
		return false
	}
	figure := false // what is shown is a figure: "to show the portrait in June" is no release's
	for k := start - 2; k >= 0 && k >= start-14 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && !m.punct(k, "%") && !m.punct(k, ".") && !m.punct(k, "$") && !m.isHyphen(k) {
			return false
		}
		if t.kind == kNum || shownMeasures[strings.ToLower(t.s)] {
			figure = true
		}
		if t.kind != kWord {
			continue
		}
		if m.anyWord(k, "show", "shows", "showing") {
			return figure && m.anyWord(k-1, "to", "will", "would", "should", "could", "may", "might")
		}
		if t.in(sClauseWords) || calendarWord(t.lex.kind) || m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 {
			return false
		}
	}
	return false
}

// shownMeasures are the figures a statistical release shows for a period.
var shownMeasures = map[string]bool{"percent": true, "growth": true, "rise": true, "fall": true, "drop": true,
	"decline": true, "increase": true, "gain": true, "contraction": true, "expansion": true, "inflation": true,
	"unemployment": true, "deficit": true, "surplus": true}

// periodOfFigure reports whether [start, end) names a month or a quarter, the periods
// statistics are given for: a month's name, or "quarter" or "period" after a span of months
// ("the July-September period", "the third quarter").
func (m *matcher) periodOfFigure(start, end int) bool {
	for k := start; k < end; k++ {
		if m.toks[k].lex.kind == lxMonth || m.anyWord(k, "quarter", "period") {
			return true
		}
	}
	return false
}

// publicationNouns are what a body issues under a month's name: "its July update", "the
// bank's March forecast".
var publicationNouns = map[string]bool{"update": true, "forecast": true, "forecasts": true, "outlook": true,
	"report": true, "projections": true, "survey": true, "estimate": true, "estimates": true, "review": true}

// earlierIssue reports whether the month at start names an issue of a publication that a
// comparison sets the present figure against: "expects growth of 2.9 percent, down from 3.1
// percent in its July update", "up from 2 percent in the bank's April forecast". The figure
// compared with is one already published, so the month is gone, whatever the tense of the new
// forecast; "will revise them in its January update" (no comparison) is left to its verb.
func (m *matcher) earlierIssue(start, end int) bool {
	if end-start != 1 || m.toks[start].lex.kind != lxMonth || end >= len(m.toks) || !publicationNouns[strings.ToLower(m.toks[end].s)] {
		return false
	}
	k, owner := start-1, false
	for ; k >= 0 && k >= start-5 && !m.word(k, "in"); k-- {
		switch {
		case m.anyWord(k, "its", "their") || m.punct(k, "'") || m.punct(k, "’"): // "the bank's April forecast"
			owner = true
		case m.toks[k].kind != kWord && !m.word(k, "s") || m.toks[k].kind == kWord && m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0:
			return false
		}
	}
	if !owner || !m.word(k, "in") {
		return false
	}
	figure := false
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		if m.toks[j].kind == kNum {
			figure = true
		}
		if m.anyWord(j, "from", "than") {
			return figure
		}
		if m.toks[j].kind == kWord && m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 {
			return false
		}
	}
	return false
}

// dayOfMonthAhead reads "the 20th" whose story is a month or day gone, in a clause told in
// the present or the future, as the next such day from the telling: in "'Five years of broken
// promises end on the 20th,' Horvath said" after a paragraph on her rival's first term, the
// 20th is the runoff's, not the old December's. ok is false when the story is within a year
// of the telling, where a month of the same season may still be the one meant ("The law passed
// in March. Payments are due on the 15th"), or the clause tells no time ahead.
func (m *matcher) dayOfMonthAhead(x *match, n int, st story) (time.Time, bool) {
	if !m.hasDoc || !st.t.Before(m.doc) || absDays(st.t, m.doc) <= 366 {
		return time.Time{}, false
	}
	if t, _ := m.verbTense(x.start, x.end, false); t != tensePresent && t != tenseFuture {
		return time.Time{}, false
	}
	return nearestMonthDay(m.doc, n, false) // lead12.go
}
