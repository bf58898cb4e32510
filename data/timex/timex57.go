package timex

import "strings"

// Families of international economic news of 1997-1999 (heldout62, timex57): the fiscal years
// of governments that name a year by the two calendar years it straddles ("fiscal 1998/99",
// "the 1999-2000 fiscal year"), as Xinhua and wire copy from India, Indonesia, Pakistan or
// Australia write them; a quarter or half of "next year" or "last year"; the calendar quarters
// economists speak of; a long "when" clause after a year; and two misreads of a clause's verb,
// a plural plan after "and" and a subordinate clause with a bare plural subject.

// timex57Rules are the patterns of this file.
func timex57Rules() []rule {
	return []rule{
		{name: "two-year-fiscal", starts: []string{"the", "fiscal", "#num"}, doc: "fiscal 1998/99, the 1999/2000 fiscal year, and 1997/98 where the text names fiscal years so: a year written with the one after it, valued as its first, as straddled-season values a season",
			pattern: "the? fiscal? year? %d4 +/|- +%d24 fiscal|financial|budget|crop|marketing|season? year?", norm: normTwoYearFiscal,
			examples: []Example{{"The government presented its budget for fiscal 2007/08 on Tuesday.", "fiscal 2007/08", "2007"},
				{"The 2007/08 financial year will be harder.", "The 2007/08 financial year", "2007"},
				{"Fiscal 2007/08 will be harder than 2006/07 was.", "2006/07", "2006"},
				{"The plan covers fiscal 2007-08.", "fiscal 2007-08", "2007"}}},
	}
}

// normTwoYearFiscal reads a year glued by a slash to the next one ("1998/99", "1999/2000"), or
// by a hyphen right after "fiscal" ("fiscal 1998-99"), as one year of a calendar that straddles two:
// a government's fiscal year, a crop or marketing year, a season. TimeML marks the whole phrase
// and, as for "the 1998-99 season", the value is the first year. A bare hyphened pair ("in
// 1998-99") may be a range of two years and is left to the year rule; so is a slash whose
// second number is not the next year ("1998/2", "1998/97"), and a longer chain ("1998/99/00").
// A pair with no word of a fiscal year beside it ("the 1997/98 crop year", "in 1998/99") is
// read only in a text that names a fiscal year so ("fiscal 1998/99" before or after).
func normTwoYearFiscal(m *matcher, x *match) (cand, bool) {
	a, b := x.tok(3), x.tok(5)
	y, z := m.toks[a].num, m.toks[b].num
	if y < 1900 || y > 2099 || m.toks[a].ndig != 4 || m.rangeGoesOn(b+1) || a > 0 && m.glued(a) && m.toks[a-1].kind != kWord {
		return cand{}, false
	}
	if !(m.toks[b].ndig == 2 && z == (y+1)%100 || m.toks[b].ndig == 4 && z == y+1) {
		return cand{}, false
	}
	named := x.has(1) || x.has(6) // "fiscal 1998/99", "the 1998/99 crop year"
	if m.isHyphen(a+1) && !x.has(1) {
		return cand{}, false // "the 1998-99 season" is straddled-season's (timex53.go)
	}
	end := b + 1
	switch {
	case x.has(6) && m.word(x.tok(6), "season"):
		end = x.tok(6) + 1
		if end < len(m.toks) && seasonGoods[lowerWord(&m.toks[end])] {
			return cand{}, false // "the 2001/02 season tickets", as straddled-season leaves them
		}
	case x.has(6) && x.has(7):
		end = x.tok(7) + 1
	case x.has(6) && m.word(x.tok(6), "budget"):
		named = false // "the 1998/99 budget": the year alone, as "the 1999 budget" is tagged
	case x.has(6):
		return cand{}, false // "1998/99 crop" without its "year"
	}
	skip := 0
	if x.has(0) && end == b+1 && !x.has(1) {
		skip = 1 // "the 1998/99 budget": "the" is the noun's
	}
	if x.has(2) && !x.has(1) {
		return cand{}, false // "year 1998/99" alone is no fiscal year's name
	}
	if !x.has(1) && !(x.has(6) && m.anyWord(x.tok(6), "fiscal", "financial", "budget")) && !m.namesTwoYearFiscal() &&
		!m.cropYearNamed(x) { // "the 2012/13 marketing year", and "2011/12" beside it (timex69.go)
		// "1986/87 wheat output", "the coming 1987/88 season": a crop's or a season's year,
		// read only where the text names its fiscal years so; commodity reports full of them
		// had the event rules read a forecast's year out of them (Reuters' grain estimates)
		return cand{}, false
	}
	c := cand{end: end, typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, skip: skip}
	c.fiscal = named && !(x.has(6) && m.anyWord(x.tok(6), "season", "crop", "marketing"))
	return c, true
}

// namesTwoYearFiscal reports whether the text names a fiscal year by the two calendar years it
// straddles ("fiscal 1998/99", "the 1999-2000 fiscal year", "the 1997/98 financial year"). It
// is read once per text, when a fiscal year is named relative to the telling.
func (m *matcher) namesTwoYearFiscal() bool {
	if m.twoYearFiscal == 0 {
		m.twoYearFiscal = 1
		for k := 0; k+2 < len(m.toks); k++ {
			t := &m.toks[k]
			if t.kind != kNum || t.ndig != 4 || !(m.punct(k+1, "/") || m.isHyphen(k+1)) || !m.glued(k+1) || !m.glued(k+2) || m.toks[k+2].kind != kNum {
				continue
			}
			if u := &m.toks[k+2]; !(u.ndig == 2 && u.num == (t.num+1)%100 || u.ndig == 4 && u.num == t.num+1) {
				continue
			}
			if m.anyWord(k-1, "fiscal", "financial") || m.anyWord(k+3, "fiscal", "financial") && m.word(k+4, "year") {
				m.twoYearFiscal = 2
				break
			}
		}
	}
	return m.twoYearFiscal == 2
}

// twoYearFiscalHeld is the fiscal year that holds the publication at token i, named by the
// calendar year it begins in, when the text names fiscal years by the two years they straddle
// and states when they end or begin: "the 1999-2000 fiscal year, which begins on April 1"
// tells, in February 1999, that "the current fiscal year" is 1998/99, `1998`, and "the next
// fiscal year" `1999`, where a fiscal year named by one number ("fiscal 1999") is named for the
// year it ends in.
func (m *matcher) twoYearFiscalHeld(i int) (int, bool) {
	if !m.hasDoc || !m.namesTwoYearFiscal() {
		return 0, false
	}
	e := m.fiscalYearEnd(i)
	if e == 0 {
		return 0, false
	}
	y := m.doc.Year()
	if int(m.doc.Month()) <= e {
		y--
	}
	return y, true
}

// periodOfRelativeYear is the quarter or half n, told without its year, of "next year" or "last
// year" named before it in its sentence as the time of the same telling, as periodOfYearNamed
// reads a year in digits: "forecasts growth of 2 percent next year, with a recovery beginning
// in the second half" is next year's second half, "Exports fell last year, especially in the
// fourth quarter" last year's fourth quarter. The year follows its clause's verb (one that
// opens the sentence dates the act: "Last year, Acme forecast a loss in the first quarter" is
// this year's quarter). No other date may stand between, nor a coordination ("rose last year, and expects a loss in the first quarter" moves to the
// telling); a year in an aside dates the aside only, and the period's tense must not point the
// other way. A fiscal calendar names its own periods and is left to the fiscal rules.
func (m *matcher) periodOfRelativeYear(n need) (string, bool) {
	if n.kind != needPeriod || n.rel != 0 || n.start >= len(m.toks) || !m.hasDoc {
		return "", false
	}
	s := m.toks[n.start].sent
	k := n.start - 1
	for ; k >= 1 && m.toks[k].sent == s; k-- {
		if calendarWord(m.toks[k].lex.kind) || m.anyWord(k, "quarter", "half", "month", "week") || m.toks[k].kind == kNum {
			return "", false // another date between: the period is told from it, or from now
		}
		if m.word(k, "year") {
			break
		}
	}
	if k < 1 || !m.word(k, "year") || !m.anyWord(k-1, "next", "last") || m.anyWord(k-2, "the", "a", "its", "their", "his", "her") ||
		m.punct(k+1, "'") || m.punct(k+1, "’") {
		return "", false // "over the next year" is a span; "next year's budget" names a thing
	}
	if a, b := m.asideOf(k); a < b && (n.start < a || n.start >= b) {
		return "", false
	}
	if m.coordinated(k, n.start) || m.leadsSentence(k) || m.fiscalYearEnd(n.start) != 0 {
		// "Last year, Acme forecast a loss in the first quarter": a year that opens the
		// sentence dates its act, a forecast, not what is forecast
		return "", false
	}
	off := 1
	if m.word(k-1, "last") {
		off = -1
	}
	if t := m.tense(n.start, n.end); off > 0 && t == tensePast || off < 0 && t == tenseFuture {
		return "", false
	}
	y := m.doc.Year() + off
	if n.b == 3 {
		return quarterVal(y, n.a), true
	}
	return halfVal(y, n.a), true
}

// economistsSay reports whether token k is "economists" or "economist" as a speaker ("Many
// economists warned that growth would slow in the second half", "an economist at the bank
// expects a rebound in the fourth quarter"): they speak of an economy, whose quarters and halves
// are the calendar's (nationalAccounts), though the story keeps a government's fiscal year. A
// company's analysts are no such speakers: "Analysts expect sales to rise in the second half"
// stays in the company's fiscal calendar.
func (m *matcher) economistsSay(k int) bool {
	return m.anyWord(k, "economists", "economist")
}

// whenClauseReach bounds how far before a date whenClauseYear looks for the "when" that opens
// its clause: a clause with a long subject ("when the failures of a large brokerage and a big
// bank followed a rise in the consumption tax in April") puts its date past the first dozen
// words.
const whenClauseReach = 25

// longWhenClause reports whether the date n, a dozen words or more into a "when" clause after
// a written year, is told in the past: only then is it surely the clause's own time, that
// year's, and not a later clause's run on without a comma ("since 1994, when prices peaked
// and analysts now expect a rebound in March" keeps March the telling's).
func (m *matcher) longWhenClause(n need) bool {
	return m.tense(n.start, n.end) == tensePast
}

// pluralIntent reports whether token j is the plural present of a verb of intent with its
// object or its "to" ("and plan a march on Tuesday", "and hope to finish by Friday"), after a
// plural subject's first predicate: as "and plans more cuts in May" does, it opens a plan
// whose date lies ahead. The noun ("the budget and plan the council wrote") has no object
// determiner after it.
func (m *matcher) pluralIntent(j int) bool {
	if j+1 >= len(m.toks) || m.toks[j].upper || !m.anyWord(j, "plan", "intend", "hope", "want", "aim") {
		return false
	}
	return m.word(j+1, "to") || m.toks[j+1].in(sObjectDeterminers) || m.toks[j+1].in(sObjectQuantities)
}

// bareNounSubject reports whether token j opens a clause with a plural noun and no determiner
// ("..., after ambassadors failed to agree", "..., before negotiators here meet again"): the
// noun, at most one word, then a past verb or a modal. "..., after hours of talks" is
// a time, no clause.
func (m *matcher) bareNounSubject(j int) bool {
	t := &m.toks[j]
	if t.upper || t.lex.kind != lxNone || len(t.s) < 4 || t.s[len(t.s)-1] != 's' || strings.HasSuffix(t.s, "ss") {
		return false
	}
	if info := m.verbInfo(j); info&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
		return false // "..., after officials said": a verb, no noun
	}
	for k := j + 1; k <= j+2 && k < len(m.toks) && m.toks[k].kind == kWord; k++ {
		if m.toks[k].in(sModalWords) || infoTense(m.verbInfo(k)) == tensePast {
			return true
		}
	}
	return false
}
