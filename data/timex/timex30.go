package timex

import "time"

// Families of 1987-1992 business copy (heldout39, timex30): an offer or a deadline extended
// to a day, a quarter named as the one a figure followed, and the end of a decade a profile
// has gone back to.

// extendForms are the words of extending a deadline, a term or an offer.
var extendForms = map[string]bool{"extend": true, "extends": true, "extended": true, "extending": true, "extension": true}

// extendedTo reports whether the date at token start is what something is extended to: "to",
// "until", "through" or "into" before it, and a form of extend earlier in its clause, with at
// most a dozen words of its object between ("extended its $42-a-share tender offer for
// Petersen Paper to midnight Friday", "the deadline was extended through Thursday"). A
// deadline or an offer is extended to a time still ahead, whatever the tense of extending.
func (m *matcher) extendedTo(start int) bool {
	if !m.anyWord(start-1, "to", "until", "through", "into") {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-14 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && (t.s == "," || t.s == ";" || t.s == ":") {
			return false
		}
		if lk := t.lex.kind; t.kind == kWord && (lk == lxMonth || lk == lxWeekday || lk == lxSeason || lk == lxDeictic || lk == lxHoliday) {
			return false // another date or time word: "extended in March to ..." is that one's
		}
		if t.kind == kWord && t.in(sExtendForms) {
			return true
		}
	}
	return false
}

// sequenceTerm reports whether the expression that starts at token i is the period a figure
// followed or is measured from, in a sequence ("after a decline in the fourth quarter", "followed
// a rise in last year's fourth quarter") or a comparison ("up from ... in the fourth quarter"):
// a word of them before it in its clause, up to ten tokens back.
func (m *matcher) sequenceTerm(i int) bool {
	if m.figureTerm(i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-10 && m.toks[k].sent == m.toks[i].sent; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && (t.s == "," || t.s == ";" || t.s == ":") {
			return false
		}
		if t.kind == kWord && m.anyWord(k, "after", "followed", "follows", "following") {
			return true
		}
	}
	return false
}

// keepFigureQuarter reports whether quarter q (year*4 + quarter-1), named in sentence sent from
// token start, is the quarter before the figure's quarter the text named last, told as its term
// rather than as a figure of its own: in the figure's sentence, or in the next one after a word
// of sequence or comparison ("The economy grew in the first quarter. That followed a decline in
// last year's fourth quarter."). The figure's quarter then stays the one "a year earlier" counts
// from.
func (m *matcher) keepFigureQuarter(q, sent, start int) bool {
	if m.lastQuarter == 0 || m.lastQuarter != q+1 {
		return false
	}
	switch sent - m.lastQuarterSent {
	case 0:
		return true
	case 1:
		return m.figQuarter == m.lastQuarter && m.figQuarterSent == m.lastQuarterSent && m.sequenceTerm(start)
	}
	return false
}

// rememberDecade keeps a decade the text named (its TIMEX3 value, "197") and its sentence, for
// "by the end of the decade" in a profile gone back to it.
func (m *matcher) rememberDecade(v string, sent, tok int) {
	if len(v) == 3 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) {
		m.lastDecade, m.lastDecadeSent, m.lastDecadeTok = atoiCap(v), sent, tok
	}
}

// decadeNamed is the decade (as 197) named in the sentence of token i or the one before,
// when it is a past one and no year has been named after it; 0 otherwise.
func (m *matcher) decadeNamed(i int) int {
	d := m.toks[i].sent - m.lastDecadeSent
	if m.lastDecade == 0 || d < 0 || d > 1 || !m.hasDoc || m.lastDecade >= m.doc.Year()/10 {
		return 0
	}
	st := m.story
	at := m.lastMonthTok // where the story's day or month was named
	if st.gran == gYear {
		at = st.tok
	}
	if st.gran != "" && (st.sent > m.lastDecadeSent || st.sent == m.lastDecadeSent && at > m.lastDecadeTok) {
		return 0 // a year or a month named since: "He spent the 1960s in Europe and returned in 1972."
	}
	return m.lastDecade
}

// periodReports name an estimate or a report of a period, made once it has ended: "will revise
// the first-quarter estimate", "will release its second-quarter report" (periodResults).
var periodReports = map[string]bool{"estimate": true, "estimates": true, "report": true, "reports": true}

// skipAdjectiveArticle leaves "the" out of a hyphened period that modifies the noun after it
// ("will revise the first-quarter estimate"): the article is the noun's, and the period alone
// is the expression, as "first-quarter" is without one (normTheOrdinalPeriod). It always
// reports true.
func (m *matcher) skipAdjectiveArticle(x *match, c *cand) bool {
	if x.has(2) && (c.end == 0 || c.end == x.end) && x.end < len(m.toks) && m.toks[x.end].kind == kWord && !m.word(x.end, "of") {
		c.skip = 1
	}
	return true
}

// normFinalQuarter: "the final quarter" is the fourth, of the year written after it ("the final
// quarter of 1989") or of the year the tense places, as "the fourth quarter" is; the final
// quarter of something else ("of the season", "of the game") is no date.
func normFinalQuarter(m *matcher, x *match) (cand, bool) {
	c, ok := m.periodYear(x.start, x.end, "q", 4)
	if ok && m.word(x.end, "of") && (c.end == 0 || c.end == x.end) {
		return cand{}, false
	}
	return c, ok
}

// normYearPossessiveFinalQuarter: "last year's final quarter" is that year's fourth quarter, as
// "last year's fourth quarter" is (year-possessive-period).
func normYearPossessiveFinalQuarter(m *matcher, x *match) (cand, bool) {
	if !m.word(x.tok(3), "s") {
		return cand{}, false
	}
	return m.offsetIn(x.end, yearOffset(m.toks[x.tok(0)].s), 4, 3, gQuarter)
}

// deadlineSet reports whether the weekday at tokens [i, j) names a deadline set with "a",
// with midnight or noon or not ("set a Monday deadline for bids", "a midnight Friday
// deadline"): a deadline so set lies ahead, however the clause that sets it is told, as "a
// deadline of Monday" does.
func (m *matcher) deadlineSet(i, j int) bool {
	if !m.word(j, "deadline") {
		return false
	}
	k := i - 1
	if m.anyWord(k, "midnight", "noon") {
		k--
	}
	return m.word(k, "a")
}

// sinceOrLastBefore reports whether a month or a day at token start follows "since", "last" or
// "since last" ("has gained 14% since last Oct. 19", "was founded last Nov. 2"): a time that
// bounds a span running to the telling, or that "last" names, has come, so one not yet come
// this year is last year's (yearFor).
func (m *matcher) sinceOrLastBefore(start int) bool {
	return m.anyWord(start-1, "since", "last")
}

// normThatDecade: "that decade" is the past decade named in its sentence or the one before
// ("He spent most of the 1970s in London. By the end of that decade ..."); none without one.
func normThatDecade(m *matcher, x *match) (cand, bool) {
	d := m.decadeNamed(x.start)
	if d == 0 {
		return cand{}, false
	}
	return cand{typ: "DATE", val: itoa(d), gran: gDecade, by: ByStory}, true
}

// weekGoneOnMonday is -1 for a market's week of change told in the past on a Monday ("The Dow
// lost 30 points Friday but ended the week up 10 points"): the week a Monday paper sums up is
// the one that ended with Friday's session, not the one begun that day; 0 otherwise
// (normRankingUnit).
func (m *matcher) weekGoneOnMonday(x *match, u int) int {
	if u != uWeek || !m.hasDoc || m.doc.Weekday() != time.Monday || !m.weekOfChange(x) || m.tense(x.start, x.end) != tensePast {
		return 0
	}
	return -1
}

// closeOfBusinessBefore is the start of the phrase that a weekday or a date at token start
// ends, when "the close of business", "the end of trading" and the like stand before it ("have
// until the close of business Monday to respond"): the phrase's preposition then reads the
// clause, as it does right before the date (tenseCue). Else start.
func (m *matcher) closeOfBusinessBefore(start int) int {
	if m.anyWord(start-1, "business", "trading") && m.word(start-2, "of") && m.anyWord(start-3, "close", "end", "start", "opening") && m.word(start-4, "the") {
		return start - 4
	}
	return start
}

// monthTerm reports whether the month c, being remembered, is a term rather than a figure's
// month: one told from the month just named ("the previous month", "the preceding month", "the
// month before") or after a word of sequence ("after a 0.8% jump in August").
func (m *matcher) monthTerm(c cand) bool {
	for k := m.exprStart; k < c.end && k < len(m.toks); k++ {
		if m.anyWord(k, "previous", "preceding", "prior", "before", "earlier") {
			return true
		}
	}
	return m.sequenceTerm(m.exprStart)
}

// figureMonthBack reads "a year earlier" or "a year ago" (tokens [i, end)) that compares a
// figure, in a sentence that names no date before it, after a sentence or two that named the
// figure's month: "Personal income rose 0.4% in September ... Consumer spending rose 0.2%,
// after a 0.8% jump in August. Income was 6.8% higher than a year earlier." is that month a
// year back. A quarter, a half or a year named since, or no word of comparison before it
// ("A year earlier, the company was in bankruptcy"), leaves it to the others.
func (m *matcher) figureMonthBack(i, end int, x *match) (cand, bool) {
	sent := m.toks[i].sent
	st := m.story
	if !m.word(i, "a") || !x.has(2) || m.anyWord(end, "than") || m.figMonth == 0 ||
		st.gran != gMonth && st.gran != gDay && !m.sinceInFigureSentence(st) || st.sent >= sent || st.sent < m.figMonthSent {
		return cand{}, false
	}
	if d := sent - m.figMonthSent; d < 1 || d > 2 || m.lastQuarter != 0 && m.lastQuarterSent >= m.figMonthSent ||
		m.lastHalf != 0 && m.lastHalfSent >= m.figMonthSent {
		return cand{}, false
	}
	compared := false
	for k := i - 1; k >= 0 && k >= i-8 && m.toks[k].sent == sent; k-- {
		if m.toks[k].kind == kWord && (m.toks[k].in(sComparisonWords) && !m.word(k, "with") || m.word(k, "than")) {
			compared = true
			break
		}
	}
	if !compared {
		return cand{}, false
	}
	n := m.figMonth
	return cand{end: end, typ: "DATE", val: monthVal(n/12-1, n%12+1), gran: gMonth, by: ByStory, aside: true}, true
}

// resultsFor reports whether a results word, or an estimate's or a report's, stands before
// "for" and the period at token start ("to report a loss for the fourth quarter", "earnings for
// the first quarter"): results named for a period, as "fourth-quarter earnings" are
// (periodResults).
func (m *matcher) resultsFor(start int) bool {
	if m.word(start-1, "the") {
		start-- // the period's ordinal, after its article
	}
	if !m.word(start-1, "for") || start < 2 || m.toks[start-2].kind != kWord || m.toks[start-2].sent != m.toks[start].sent {
		return false
	}
	w := m.toks[start-2].s
	return inSet(resultsWords, w) || inSet(periodReports, w)
}
