package timex

// Families of company communication of 2015-2024 (heldout68, timex66): earnings-call
// transcripts, press releases, investor days and shareholder letters, where executives clip a
// fiscal year to its last two digits ("fiscal '24") and close or open the year with a figure
// ("we ended the year with $9 billion in cash").

// timex66Rules are the patterns of this file.
func timex66Rules() []rule {
	return []rule{
		{name: "fiscal-apostrophe-year", starts: []string{"fiscal"}, doc: "fiscal '24, fiscal year '25: a fiscal year clipped to two digits after an apostrophe, as a call's speakers say it; the year it ends in",
			pattern: "fiscal -? year? ' +%d2", norm: normFiscalApostropheYear,
			examples: []Example{{"We see growth of 6% to 8% in fiscal '08.", "fiscal '08", "2008"},
				{"Margins should recover in fiscal '08, the finance chief said.", "fiscal '08", "2008"},
				{"Fiscal year '09 will be the first full year of the plant.", "Fiscal year '09", "2009"}}},
		{name: "full-year-fiscal", doc: "full-year fiscal 2024, Full-Year Fiscal 2024: the fiscal year, the whole phrase as full-year 2024 is",
			pattern: "full|whole -? year fiscal -? year? %y4", norm: func(m *matcher, x *match) (cand, bool) {
				y, ok := m.yearAt(x.tok(6))
				return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, fiscal: true}, ok
			},
			examples: []Example{{"The company issued full-year fiscal 2008 guidance.", "full-year fiscal 2008", "2008"},
				{"Full-Year Fiscal 2008 Outlook", "Full-Year Fiscal 2008", "2008"}}},
		{name: "year-with-figure", starts: []string{"the"}, doc: "ended the year with $9 billion, raised its outlook for the year to $3 a share: the year a figure closes, opens or is forecast for; the telling's, the one just gone when closed in the past in a first quarter",
			pattern: "the year", norm: normYearWithFigure,
			examples: []Example{{"The bank expects to be exiting the year with a capital ratio above 12%.", "the year", "2007"},
				{"The index began the year at 1,420 and has gained 6% since.", "the year", "2007"},
				{"Acme raised its sales forecast for the year to $4.2 billion.", "the year", "2007"}}},
	}
}

// normFiscalApostropheYear reads "fiscal '24" as fiscal 2024. The apostrophe stands for the
// century, as in "the '96 season" (year-apostrophe), and "fiscal" before it says the number is
// a year, so no word of time or preposition need come before: "a look at fiscal '25 on our
// August call". A number glued to more ("fiscal '24s", "'90s") is no such year.
func normFiscalApostropheYear(m *matcher, x *match) (cand, bool) {
	y, ok := m.apostropheYearAt(x.tok(3))
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute, fiscal: true}, true
}

// apostropheYearAt reads a year clipped to two digits at token k, its apostrophe, with the
// digits glued after it and nothing glued after them but punctuation: "'25" in "the first
// half of fiscal '25" (periodYear, rules.go), not "'90s".
func (m *matcher) apostropheYearAt(k int) (int, bool) {
	if k+1 >= len(m.toks) || !(m.punct(k, "'") || m.punct(k, "’")) || !m.glued(k+1) {
		return 0, false
	}
	d := &m.toks[k+1]
	if d.kind != kNum || d.ndig != 2 || k+2 < len(m.toks) && m.glued(k+2) && m.toks[k+2].kind != kPunct {
		return 0, false
	}
	return twoDigitYear(d.num), true
}

// normYearWithFigure reads "the year" that a figure closes or opens, which results-year leaves
// because no "for" comes before it or a "to" after it:
//   - after a verb of ending or starting, with the figure it ended or started at: "we ended
//     the year with $9 billion in cash", "we expect to be exiting the year with recurring
//     revenue above $1.3 billion", "the index began the year at 4,700";
//   - after "for" and a word of outlook, with "to" and the new figure: "we are raising our
//     outlook for the year to $310 million", "cut its forecast for the year to 3%" ("the year
//     to March" is a fiscal year named by its end, no figure).
//
// It is the year of the telling, or the fiscal year a results story named; a year ended and
// told in the past in the first quarter, the season of annual reports and letters, is the one
// just gone. "ended the year-long strike", "ended the year before" and "began the year's first
// auction" are none.
func normYearWithFigure(m *matcher, x *match) (cand, bool) {
	i := x.start
	if m.word(i+1, "fiscal") || m.isHyphen(x.end) || m.punct(x.end, "'") || m.punct(x.end, "’") {
		return cand{}, false
	}
	opens := m.anyWord(i-1, yearOpenVerbs...)
	switch {
	case m.anyWord(i-1, yearCloseVerbs...) || opens:
		if !m.anyWord(x.end, "with", "at", "up", "down", "higher", "lower") {
			return cand{}, false
		}
	case m.word(i-1, "for") && m.anyWord(i-2, outlookWords...) && m.word(x.end, "to"):
		if !m.figureAt(x.end + 1) {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	if m.lastFiscal != 0 {
		return cand{typ: "DATE", val: yearVal(m.lastFiscal), gran: gYear, by: m.lastFiscalBy}, true
	}
	if !m.hasDoc {
		return cand{typ: "DATE", val: "XXXX", gran: gYear, by: ByUnresolved}, true
	}
	y := m.doc.Year()
	if !opens && m.doc.Month() <= 3 && m.tense(x.start, x.end) == tensePast {
		y-- // "we ended the year with $9 billion", in a February letter
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByPublication}, true
}

// yearCloseVerbs and yearOpenVerbs close or open the year with a figure.
var (
	yearCloseVerbs = []string{"ended", "end", "ends", "ending", "exit", "exits", "exited", "exiting",
		"closed", "close", "closes", "closing", "finished", "finish", "finishes", "finishing"}
	yearOpenVerbs = []string{"began", "begin", "begins", "beginning", "started", "start", "starts", "starting",
		"entered", "enter", "enters", "entering", "opened", "opens"}
)

// figureAt reports whether a figure starts at token k: a currency sign or a number.
func (m *matcher) figureAt(k int) bool {
	return k < len(m.toks) && (m.toks[k].kind == kNum || m.punct(k, "$") || m.punct(k, "€") || m.punct(k, "£"))
}

// yearOfLikeness reports whether the preposition at token p, before a year, follows "as",
// "like" or "unlike": "As in 2022, the back half of the year should carry most of our
// revenue", "Like in 2019, the fourth quarter will be the strongest". The year is the standard
// the period is likened to, not the year it is in, which the telling and the tense give (the
// back half of this year). "Sales rose in 2021, especially in the second half" keeps its year.
func (m *matcher) yearOfLikeness(p int) bool {
	return m.word(p, "in") && (m.anyWord(p-1, "as", "like", "unlike") && !m.word(p-2, "such"))
}

// periodOfCalendarYear reads "the back half of the calendar year", "the first quarter of the
// calendar year" (the period's words end before token j): the calendar's period, as "calendar
// 2024" names the calendar's year, in a story whose company counts its quarters in a fiscal
// year ("its fiscal fourth quarter, which ended June 26"). The year is the telling's, moved by
// the tense as a bare period's is: a period told in the past that has not yet come this year
// is last year's, one told ahead that has gone is next year's.
func (m *matcher) periodOfCalendarYear(start, j, n, per int) (cand, bool) {
	if !m.word(j, "of") || !m.word(j+1, "the") || !m.word(j+2, "calendar") || !m.word(j+3, "year") || m.isHyphen(j+4) {
		return cand{}, false
	}
	gran, mk := gQuarter, quarterVal
	if per == 6 {
		gran, mk = gHalf, halfVal
	}
	if !m.hasDoc {
		return cand{end: j + 4, typ: "DATE", val: "XXXX" + mk(2000, n)[4:], gran: gran, by: ByUnresolved}, true
	}
	y, cur := m.doc.Year(), (int(m.doc.Month())-1)/per+1
	switch m.tense(start, j+4) {
	case tensePast:
		if n > cur {
			y--
		}
	case tenseFuture:
		if n < cur {
			y++
		}
	}
	return cand{end: j + 4, typ: "DATE", val: mk(y, n), gran: gran, by: ByPublication}, true
}

// reportedFiscalEnd is the month a company's fiscal year ends in, read from the fiscal quarter
// a call or a results story reports when the text states no end: "Halvern Networks, Q2 Fiscal
// 2024 Earnings Call", "reported results for its fiscal second quarter", told in the first two
// months of a calendar quarter, report the quarter that ended with the calendar's last (the
// season of results: the fiscal second quarter told in late January ended in December, so the
// fiscal year ends in June). "this quarter", "last quarter" and "next quarter" then count in
// the company's numbering (quarterMoved). The first fiscal quarter the text names decides; 0
// when it names none with "fiscal" beside it, or is told in a quarter's last month, when the
// quarter just ended may not yet be reported.
func (m *matcher) reportedFiscalEnd() int {
	if !m.hasDoc {
		return 0
	}
	mo := int(m.doc.Month())
	if mo%3 == 0 {
		return 0
	}
	for k := 0; k+1 < len(m.toks); k++ {
		if !m.word(k, "fiscal") {
			continue
		}
		n := m.fiscalQuarterAround(k)
		if n == 0 {
			continue
		}
		ended := (mo-1)/3*3 + 12 // the last month of the calendar quarter just ended, 12 for December
		return mod(ended+3*(4-n)-1, 12) + 1
	}
	return 0
}

// fiscalQuarterAround is the number of the quarter "fiscal" at token k names: "Q2 Fiscal
// 2024", "fiscal Q2", "fiscal second quarter", "the second quarter of fiscal 2024"; 0 for none.
func (m *matcher) fiscalQuarterAround(k int) int {
	if k > 0 {
		if kind, n, ok := periodCode(&m.toks[k-1]); ok && kind == "q" {
			return n // "Q2 Fiscal 2024"
		}
	}
	if k+1 < len(m.toks) {
		if kind, n, ok := periodCode(&m.toks[k+1]); ok && kind == "q" {
			return n // "fiscal Q2"
		}
	}
	if k+2 < len(m.toks) && m.toks[k+1].lex.kind == lxOrdinal && m.word(k+2, "quarter") {
		return m.toks[k+1].lex.val // "fiscal second quarter"
	}
	if k >= 3 && m.word(k-1, "of") && m.word(k-2, "quarter") && m.toks[k-3].lex.kind == lxOrdinal {
		return m.toks[k-3].lex.val // "the second quarter of fiscal 2024"
	}
	return 0
}

// quarterTermBefore reports whether the sentence before token i names a quarter as a figure's
// term of comparison: "Tessaro reported results for the fourth quarter of fiscal 2023. Net
// sales rose 9% from the fourth quarter of fiscal 2022. Earnings were $1.12 a share, compared
// with $0.94 in the prior-year period." The term is no quarter of the story's own
// (comparedQuarter leaves the quarter named before it), so the year-ago period two sentences
// after that quarter still compares with it, as in the sentence after.
func (m *matcher) quarterTermBefore(i int) bool {
	s := m.toks[i].sent - 1
	k := i - 1
	for k >= 0 && m.toks[k].sent > s {
		k--
	}
	for ; k >= 0 && m.toks[k].sent == s; k-- {
		if m.word(k, "quarter") && m.figureTerm(k) {
			return true
		}
	}
	return false
}

// listDash reports whether token i is a dash that opens a line, a release's list item ("-
// Net sales of $486 million ...\n- Diluted earnings per share of $1.12, compared with $0.94
// in the prior-year period\n- Orders up 4%"): no hyphen that joins the word before it, which
// ends the item above. Read as one, it made "the prior-year period" a compound's first part.
func (m *matcher) listDash(i int) bool {
	return m.toks[i].brk
}

// fiscalNameOfCalendarQuarter renames quarter n (year*4 + quarter-1), the antecedent of "the
// quarter", in the company's numbering when the text named it by the calendar ("the December
// quarter", "December-quarter") and counts its quarters in a fiscal year that does not end in
// December, stated or read from the quarter a call reports (reportedFiscalEnd): "a handful of
// projects slipped out of the December quarter ... Backlog ended the quarter at $1.1 billion",
// in a call of a company whose year ends in June, is its fiscal second quarter. A calendar
// company's, and an antecedent named as a fiscal quarter, keep their value.
func (m *matcher) fiscalNameOfCalendarQuarter(n, start int) (int, bool) {
	if !m.calendarNamedBefore(n, start) {
		return 0, false
	}
	e := m.fiscalYearEnd(start)
	if e == 0 {
		e = m.reportedFiscalEnd()
	}
	if e == 0 || e == 12 || e%3 != 0 {
		return 0, false
	}
	end := (n%4 + 1) * 3 // the calendar quarter's last month
	y := n / 4
	if end > e {
		y++
	}
	return y*4 + mod(end-e-1, 12)/3, true
}

// calendarNamedBefore reports whether a quarter named before token start with a month ("the
// December quarter", "December-quarter") is the calendar's quarter n: the antecedent
// period-anaphor chose was named so.
func (m *matcher) calendarNamedBefore(n, start int) bool {
	if n == m.lastQuarter {
		// the last quarter named: its own words say whether a month named it
		k := m.lastQuarterTok
		if m.word(k, "the") {
			k++
		}
		return m.kind(k) == lxMonth && (m.word(k+1, "quarter") || m.isHyphen(k+1) && m.word(k+2, "quarter"))
	}
	for k := start - 1; k > 0; k-- {
		if !m.word(k, "quarter") {
			continue
		}
		p := k - 1
		if m.isHyphen(p) {
			p--
		}
		if m.kind(p) == lxMonth && (m.toks[p].lex.val-1)/3 == n%4 {
			return true
		}
	}
	return false
}
