package timex

import "time"

// Families of Wall Street Journal business copy of 1989-1990 (heldout54, timex46): a fiscal
// calendar a results story gives by a deictic ("ends next June") or by naming its quarter again
// by the last day ("In the quarter ended Sept. 30"), and held to the item of a roundup that
// gives it; a year named by its last day that "the year before" counts from; the week after
// next; a season, a month or a half "of that year"; a season named with its year that the
// months its sentence tells count from; days named by weekday and number ("Friday the 13th")
// or for a market's crash ("Black Monday"); quarters named by their months ("the three months
// ended March 31") or as just ended, after their noun ("the quarter just ended"); a stock
// index's futures month ("the December S&P contract"); the latest period of a monthly report;
// and a custom told in an aside (", normally held in April,").

// timex46Rules are the patterns of this file, tried after timex42's.
func timex46Rules() []rule {
	return []rule{
		{name: "after-next", doc: "the week (month, year) after next: two of them ahead, the mirror of before-last",
			pattern: "the %unit after next", norm: normAfterNext,
			examples: []Example{{"The board votes the week after next.", "the week after next", "2007-W35"},
				{"The new line ships the month after next.", "the month after next", "2007-10"}}},
		{name: "season-of-anaphoric-year", starts: []string{"the", "@season"}, doc: "the spring of that year, the fall of the year before: a season of the last year named, or of the one after or before it",
			pattern: "the? %season of that|the same|following|next|previous|preceding? year before|after?", norm: normPeriodOfAnaphoricYear,
			examples: []Example{{"The mill opened in 1971 and burned in the fall of that year.", "the fall of that year", "1971-FA"},
				{"The bank failed in 1931; in the summer of the year before, its depositors had begun to flee.", "the summer of the year before", "1930-SU"}}},
		{name: "month-of-anaphoric-year", starts: []string{"@month"}, doc: "March of the following year, July of that year: a month of the last year named, or of the one after or before it",
			pattern: "the? %month of that|the same|following|next|previous|preceding? year before|after?", norm: normPeriodOfAnaphoricYear,
			examples: []Example{{"The firm was founded in 1962 and listed its shares in March of the following year.", "March of the following year", "1963-03"}}},
		{name: "ordinal-of-anaphoric-year", starts: []string{"the"}, doc: "the second half of that year, the first quarter of the following year: that period of the last year named, or of the one after or before it",
			pattern: "the %ordinal -? quarter|half of that|the same|following|next|previous|preceding? year before|after?", norm: normOrdinalOfAnaphoricYear,
			examples: []Example{{"The chain lost money in 1987 and closed 40 stores in the second half of that year.", "the second half of that year", "1987-H2"},
				{"The merger closed in 1986, and profit rose in the first quarter of the following year.", "the first quarter of the following year", "1987-Q1"}}},
		{name: "weekday-nth", starts: []string{"@weekday"}, doc: "Friday the 13th: the day of that number, in the month nearest the telling (on the tense's side) whose day of that number falls on that weekday",
			pattern: "%weekday -? the -? %dayth", norm: normWeekdayNth,
			examples: []Example{{"Traders still talk of the plunge on Friday the 13th.", "Friday the 13th", "2007-07-13"},
				{"The auction is set for Tuesday the 11th.", "Tuesday the 11th", "2007-09-11"}}},
		{name: "market-crash-day", starts: []string{"black"}, doc: "Black Monday, the market's crash of Oct. 19, 1987; Black Thursday and Black Tuesday, of Oct. 24 and 29, 1929",
			pattern: "black monday|tuesday|thursday", norm: normMarketCrashDay,
			examples: []Example{{"It was the worst day for stocks since Black Monday.", "Black Monday", "1987-10-19"}}},
		{name: "period-just-ended", starts: []string{"the"}, doc: "the quarter just ended, the year just completed: the last one ended before the telling, as the just-ended quarter is",
			pattern: "the fiscal? quarter|month|year just ended|completed|concluded|finished", norm: normPeriodJustEnded,
			examples: []Example{{"Profit in the quarter just ended rose 8%.", "the quarter just ended", "2007-Q2"},
				{"Shipments in the year just completed set a record.", "the year just completed", "2006"}}},
	}
}

// normPeriodJustEnded: "the quarter just ended" puts after its noun what "the just-ended
// quarter" puts before it (just-ended), and is read the same: the last quarter, month or year
// that ended before the telling; a fiscal quarter in the company's calendar where the story
// gives it. A fiscal year just ended is left to the fiscal rules.
func normPeriodJustEnded(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.anyWord(x.end, "on", "in") && m.kind(x.end+1) == lxMonth {
		return cand{}, false // "the quarter just ended on March 31" is the day's
	}
	switch {
	case m.word(x.tok(2), "month") && !x.has(1):
		return m.offset(x.end, uMonth, -1, 0)
	case m.word(x.tok(2), "year") && !x.has(1):
		return m.offset(x.end, uYear, -1, 0)
	case m.word(x.tok(2), "quarter"):
		return m.quarterMoved(x.start, x.end, -1)
	}
	return cand{}, false
}

// normWeekdayNth: "Friday the 13th", "Friday-the-13th" name a day by its weekday and number:
// of the months whose day of that number falls on that weekday, the one nearest the telling,
// or the last before it told in the past ("after the Friday-the-13th plunge") and the first
// after it told ahead. Months that have such a day are a few apart; a year either way holds one.
func normWeekdayNth(m *matcher, x *match) (cand, bool) {
	n, ok := m.dayNumAt(x.end - 1)
	if !ok || !m.hasDoc || m.toks[x.end-1].kind != kAlnum {
		return cand{}, false
	}
	wd := m.toks[x.start].lex.val
	t := m.tense(x.start, x.end)
	var best time.Time
	for k := -13; k <= 13; k++ {
		d := date(m.doc.Year(), int(m.doc.Month())+k, n)
		if d.Day() != n || isoWeekday(d) != wd || t == tensePast && d.After(m.doc) || t == tenseFuture && d.Before(m.doc) {
			continue
		}
		if best.IsZero() || absDays(d, m.doc) < absDays(best, m.doc) {
			best = d
		}
	}
	if best.IsZero() {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(best), gran: gDay, by: ByPublication}, true
}

// normMarketCrashDay: the days markets named for their crashes, capitalized as names are ("a
// black Monday for the airline" is a bad day of its week): Black Monday is Oct. 19, 1987, the
// day of the largest fall in a day of the Dow, and Black Thursday and Black Tuesday Oct. 24
// and 29, 1929. A text told before the day names some other.
func normMarketCrashDay(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.start].upper || !m.toks[x.end-1].upper {
		return cand{}, false
	}
	d := date(1929, 10, 29)
	switch {
	case m.word(x.end-1, "monday"):
		d = date(1987, 10, 19)
	case m.word(x.end-1, "thursday"):
		d = date(1929, 10, 24)
	}
	if m.hasDoc && !d.Before(m.doc) {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByAbsolute}, true
}

// normAfterNext: "the week after next" is two weeks ahead, as "the week before last" is two
// back; "the day after next" is no phrase of ours.
func normAfterNext(m *matcher, x *match) (cand, bool) {
	u, plural, _ := m.unitAt(x.tok(1))
	if plural || u != uWeek && u != uMonth && u != uYear && u != uWeekend {
		return cand{}, false
	}
	return m.offset(x.end, u, 2, 0)
}

// normPeriodOfAnaphoricYear: "the spring of that year", "March of the following year", "the
// fall of the year before" are the season or month of a year the story named, moved as the
// words say, one expression as "the summer of last year" is.
func normPeriodOfAnaphoricYear(m *matcher, x *match) (cand, bool) {
	y, ok := m.anaphoricYear(x, 3)
	if !ok {
		return cand{}, false
	}
	k := x.tok(1)
	if m.kind(k) == lxSeason {
		if !x.has(0) && m.word(k, "fall") {
			return cand{}, false // "a fall of that year" is a drop
		}
		y.val += "-" + seasonCodes[m.toks[k].lex.val]
		y.gran = gSeason
		return y, true
	}
	if !m.toks[k].upper {
		return cand{}, false // "may" is a verb
	}
	y.val, y.gran = monthVal(atoiCap(y.val), m.monthWord(k)), gMonth
	return y, true
}

// normOrdinalOfAnaphoricYear: "the second half of that year", "the first quarter of the
// following year" are that period of the year named, moved.
func normOrdinalOfAnaphoricYear(m *matcher, x *match) (cand, bool) {
	y, ok := m.anaphoricYear(x, 5) // after "the", the ordinal, a hyphen, the period and "of"
	n := m.toks[x.tok(1)].lex.val
	half := m.word(x.tok(3), "half")
	if !ok || n < 1 || half && n > 2 || n > 4 {
		return cand{}, false
	}
	if half {
		y.val, y.gran = y.val+"-H"+itoa(n), gHalf
	} else {
		y.val, y.gran = quarterVal(atoiCap(y.val), n), gQuarter
	}
	return y, true
}

// anaphoricYear reads the year words whose first ("that" or "the") is element i of x: "that
// year" and "the same year" are the last year named, "the following year", "the next year" and
// "the year after" the one after it, "the previous year", "the preceding year" and "the year
// before" the one before. The words must make one phrase ("the year" alone and "that
// following year" are none), and "the year before" must end it ("the spring of the year
// before the war" is the war's).
func (m *matcher) anaphoricYear(x *match, i int) (cand, bool) {
	that, moved, after := m.word(x.tok(i), "that"), x.has(i+1), x.has(i+3)
	if that == (moved || after) || !that && moved == after || after && !m.phraseEnds(x.end) {
		return cand{}, false
	}
	off := 0
	switch {
	case m.anyWord(x.tok(i+1), "following", "next") || after && m.word(x.tok(i+3), "after"):
		off = 1
	case m.anyWord(x.tok(i+1), "previous", "preceding") || after && m.word(x.tok(i+3), "before"):
		off = -1
	}
	return m.lastPeriod(x.end, x.tok(i+2), off)
}

// fiscalQuarterRenamed reads "the quarter ended Sept. 30" at p (the word "quarter") as the
// second name of a fiscal quarter its sentence or the one before led with: "said its fiscal
// first-quarter profit fell. In the quarter ended Sept. 30, it earned ..." dates the fiscal
// first quarter's end, and so the fiscal year's. It returns the months from that day to the
// fiscal year's end, as fiscalPeriodBefore does. "The quarter ended" alone names no fiscal
// calendar: a calendar company says it of its third quarter. A quarter that ends on no month's
// last day ("the quarter ended Jan. 28") is of a retailer's weeks, whose year is named for the
// year it began in, as is a year that ends in January: both are left to the tense.
func (m *matcher) fiscalQuarterRenamed(p int) (int, bool) {
	if !m.word(p, "quarter") || !m.word(p-1, "the") || m.kind(p+2) != lxMonth {
		return 0, false
	}
	mo, d := m.toks[p+2].lex.val, p+3
	if m.punct(d, ".") {
		d++
	}
	if dn, ok := m.dayNumAt(d); !ok || dn != date(1989, mo+1, 0).Day() {
		return 0, false // 1989: a year whose February has 28 days, as most have
	}
	sent := m.toks[p].sent
	for q := p - 2; q >= 0 && m.toks[q].sent >= sent-1; q-- {
		if !m.anyWord(q, "quarter", "half") {
			continue
		}
		shift, ok := m.fiscalPeriodBefore(q)
		if !ok || (mo+shift-1)%12+1 == 1 {
			return 0, false
		}
		return shift, true
	}
	return 0, false
}

// itemOf is the span of tokens [from, to) of the story's item that holds token k: a roundup of
// company news opens each item after the first with "Separately," or "Elsewhere," or "In a
// separate ..." or "In another ...", and a fiscal calendar one company states is not the next
// company's ("Halvorsen's fiscal 1990 ends next June. ... Separately, Kestrel said its fourth
// quarter ..." is the calendar's fourth quarter).
func (m *matcher) itemOf(k int) (from, to int) {
	from, to = 0, len(m.toks)
	for j := 1; j < len(m.toks); j++ {
		if m.toks[j].sent == m.toks[j-1].sent || !m.itemOpens(j) {
			continue
		}
		if j <= k {
			from = j
		} else {
			return from, j
		}
	}
	return from, to
}

// itemOpens reports whether the sentence that starts at token j opens another item of news.
func (m *matcher) itemOpens(j int) bool {
	switch {
	case m.anyWord(j, "separately", "elsewhere") && m.punct(j+1, ","):
		return true
	case m.word(j, "in") && m.anyWord(j+1, "a", "another") && (m.word(j+1, "another") || m.word(j+2, "separate")):
		return true
	}
	return false
}

// yearNamedByEnd reports whether the last year the text named, in the sentence of token i or
// the one before, is a year it named by its last day: "lost $23 million in the fiscal year
// that ended Jan. 28, after earning $41 million the year before", "the year ended June 30".
// Such a year is a company's, named in full, and "the year before" is the one it followed, as
// after "1988"; a day said alone from the publication is left to namedMonthYear.
func (m *matcher) yearNamedByEnd(i int) bool {
	sent := m.toks[i].sent
	for k := i - 1; k > 0 && m.toks[k].sent >= sent-1 && m.toks[k].sent >= m.lastYearSent; k-- {
		if !m.anyWord(k, "ended", "ending") {
			continue
		}
		if m.lastYearSent == m.toks[k].sent && m.fiscalYearEndClause(k) {
			return true // "fiscal 1989, which ended Sept. 30" (timex58.go)
		}
		p := k - 1
		if m.anyWord(p, "that", "which") {
			p--
		}
		if m.word(p, "year") && m.lastYearSent == m.toks[k].sent {
			return true
		}
	}
	return false
}

// seasonStory makes a season named with its year ("the summer of 1987", "spring 1986") the
// story's year of history, as the year alone would be (historyYear): "traded at $29 in the
// summer of 1987, before the October crash" is that year's October, not the last one told. A
// winter runs into the next year, and whose year its months are in is not plain; a season said
// from the publication ("last summer") leaves the story where it was.
func (m *matcher) seasonStory(s, sent, tok int, by string) {
	if by != ByAbsolute || seasonCodes[s] == "WI" {
		return
	}
	m.story = story{t: date(m.lastYear, 1, 1), gran: gYear, sent: sent, tok: tok, since: m.sinceBound(m.exprStart)}
}

// monthsEndedQuarter keeps the quarter that "the three months ended Sept. 30" or "the three
// months to September" name by their last day or month (t, of granularity gran), for the
// comparisons after them: "up from $190 million a year earlier" is that quarter a year back, as
// after "the third quarter", not the year. Three months that end in no calendar quarter's last
// month ("the three months ended Aug. 31") are a fiscal quarter, and a fiscal quarter the story
// named in this sentence or the one before is the one the months are, in the company's
// numbering (fiscalAlias): both stay as they were.
func (m *matcher) monthsEndedQuarter(t time.Time, gran string, sent int, by string) {
	k := m.exprStart
	if k < 3 || !m.anyWord(k-1, "ended", "ending", "to", "through") || !m.word(k-2, "months") {
		return
	}
	if n, _, ok := m.amountAt(k - 3); !ok || n != 3 {
		return
	}
	if f := &m.fiscal38; f.lastQ != 0 && sent-f.lastQSent <= 1 {
		return
	}
	mo := int(t.Month())
	if gran == gDay && mo%3 != 0 && t.Day() > 7 || gran == gMonth && mo%3 != 0 {
		return
	}
	y, q := endedQuarter(t.Year(), mo, t.Day())
	m.rememberQuarter(y*4+q-1, sent, by)
}

// stockIndexPart reports whether token k belongs to the name of a stock index a futures
// contract is written on, between its month and "contract" or "futures": "the December S&P
// 500 contract", "the March Major Market Index futures", "December stock-index futures".
func (m *matcher) stockIndexPart(k int) bool {
	t := &m.toks[k]
	switch {
	case m.punct(k, "&") || m.isHyphen(k) || m.word(k, "stock"):
		return true
	case t.kind == kNum:
		return t.ndig >= 2 && t.ndig <= 4 // the S&P 500, the Nikkei 225
	case t.kind == kWord:
		return t.upper && (len(t.s) == 1 || m.anyWord(k, "major", "market", "value", "line", "nikkei", "nyse", "composite"))
	}
	return false
}

// latestMonthPeriod reads "the latest period" of a monthly report as its month: with no
// quarter named before it, the month of the figures its sentence or the one before gave ("Car
// sales fell 17% in November. GM's sales in the latest period fell 20%").
func (m *matcher) latestMonthPeriod(x *match) (cand, bool) {
	sent := m.toks[x.start].sent
	if !m.word(x.end-1, "period") || m.lastQuarter != 0 || m.figMonth == 0 || sent-m.figMonthSent > 1 {
		return cand{}, false
	}
	n := m.figMonth
	return cand{typ: "DATE", val: monthVal(n/12, n%12+1), gran: gMonth, by: ByStory}, true
}

// habitAside reports whether a word of custom and a participle open the aside at token k:
// "Crestview's annual meeting, normally held in April, was moved to Dec. 12". The habit is the
// aside's, and the date the sentence itself tells is no custom's (habitual skips asides).
func (m *matcher) habitAside(k int) bool {
	return k < len(m.toks) && m.toks[k].in(sHabitWords) && m.participle(k+1)
}
