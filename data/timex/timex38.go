package timex

import "strings"

// Families of modern company reporting on fiscal calendars (heldout46, timex38): the fiscal
// year a results story reports in, the calendar's name for the quarter it reports, and the
// times a session's close and a range forecast before give.

// timex38Rules are the patterns of this file, tried after timex37's.
func timex38Rules() []rule {
	return []rule{
		{name: "fiscal-year-part", starts: []string{"the"}, doc: "the second half of the fiscal year, the back half of the current fiscal year: the period of the fiscal year that holds the story",
			pattern: "the %ordinal? back|front? -? quarter|half of the current|this? fiscal year", norm: normFiscalYearPart,
			examples: []Example{{"Fiscal 2008 began in July. Sales should pick up in the back half of the fiscal year.", "the back half of the fiscal year", "2008-H2"},
				{"Fiscal 2008 began in July. Margins will widen in the fourth quarter of the fiscal year.", "the fourth quarter of the fiscal year", "2008-Q4"}}},
	}
}

// fiscal38 is what the story has said of its fiscal calendar so far (rememberFiscal).
type fiscal38 struct {
	first     int // the first fiscal quarter or half named, as the fiscal year it is reported in; 0 when none
	named     [8]int
	nNamed    int
	lastQ     int // the last fiscal quarter named (year*4 + quarter-1), and its sentence
	lastQSent int
}

// fiscalAlias notes the fiscal periods of a DATE about to be remembered, and reports whether
// it is a quarter the calendar names ("the holiday quarter", "the December quarter", "the
// October-December quarter") told with a fiscal quarter in its sentence or the one before:
// such a name is the story's second name for the quarter it reports ("Q3 FY24, the
// October-December quarter"; "its fiscal first quarter, as spending over the holiday quarter
// rose"), and the comparisons after it ("the prior-year period", "a year earlier") are of the
// quarter as the company numbers it.
func (m *matcher) fiscalAlias(c cand, sent int) bool {
	v, f := c.val, &m.fiscal38
	switch name := registry[c.rule].name; {
	case len(v) == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') && isDigit(v[0]) && (c.fiscal || fiscalPeriodRules[name]):
		y, n := atoiCap(v[:4]), int(v[6]-'0')
		if f.first == 0 {
			// a results story leads with the period it reports; the year after the last
			// quarter or half is the one in progress
			f.first = y
			if v[5] == 'Q' && n == 4 || v[5] == 'H' && n == 2 {
				f.first++
			}
		}
		if v[5] == 'Q' {
			f.lastQ, f.lastQSent = y*4+n-1, sent
		}
	case len(v) == 4 && c.fiscal && isDigit(v[0]):
		if f.nNamed < len(f.named) {
			f.named[f.nNamed] = atoiCap(v)
			f.nNamed++
		}
	case calendarQuarterRules[name] && f.lastQ != 0 && sent-f.lastQSent <= 1 && len(v) == 7 && v[5] == 'Q':
		q := atoiCap(v[:4])*4 + int(v[6]-'1')
		return q != f.lastQ
	}
	return false
}

// fiscalPeriodRules name a quarter or half as the company numbers it, whether or not they
// mark the value fiscal (without a fiscal year named, a fiscal quarter is read by the tense).
var fiscalPeriodRules = map[string]bool{"fiscal-ordinal-period": true, "ordinal-fiscal-period": true,
	"fiscal-code-period": true, "code-fiscal-period": true, "fiscal-year-period": true, "fiscal-year-part": true}

// calendarQuarterRules name a quarter by its months, or by its last day ("the quarter ended
// Sept. 30" after "its fiscal first quarter", timex46.go).
var calendarQuarterRules = map[string]bool{"holiday-quarter": true, "month-quarter": true, "month-range-period": true,
	"period-ended": true}

// reportedFiscal is the fiscal year in progress as the period a results story leads with
// tells it, when the story names that fiscal year or none: a story that reports "its fiscal
// first quarter" and gives forecasts for fiscal 2025 and fiscal 2026 is in fiscal 2025,
// whichever it named last.
func (m *matcher) reportedFiscal() (int, bool) {
	f := &m.fiscal38
	if f.first == 0 {
		return 0, false
	}
	if f.nNamed == 0 {
		return f.first, true
	}
	for _, y := range f.named[:f.nNamed] {
		if y == f.first {
			return y, true
		}
	}
	return 0, false
}

// fiscalHeldYear is the fiscal year that holds the story at token i: one a named fiscal year's
// first or last month dates, the one its results lead with, the one it named, the one the
// calendar it states gives, else the publication's year.
func (m *matcher) fiscalHeldYear(i int) (int, string, bool) {
	if m.fiscalYearEnd(i) != 0 && m.fiscalHeld != 0 {
		return m.fiscalHeld, ByStory, true
	}
	if y, ok := m.reportedFiscal(); ok {
		return y, ByStory, true
	}
	if m.lastFiscal != 0 {
		return m.lastFiscal, m.lastFiscalBy, true
	}
	if !m.hasDoc {
		return 0, "", false
	}
	y := m.doc.Year()
	if e := m.fiscalYearEnd(i); e != 0 && int(m.doc.Month()) > e {
		y++
	}
	return y, ByPublication, true
}

// normFiscalYearPart: a quarter or half "of the fiscal year" is of the fiscal year that holds
// the story, as "the current fiscal year" is; read alone, "the second half" would be the
// calendar's.
func normFiscalYearPart(m *matcher, x *match) (cand, bool) {
	n := 2
	switch {
	case x.has(1) == x.has(2):
		return cand{}, false // "the first back half", "the half of the fiscal year"
	case x.has(1):
		n = m.toks[x.tok(1)].lex.val
	case m.word(x.tok(2), "front"):
		n = 1
	}
	y, by, ok := m.fiscalHeldYear(x.start)
	if !ok {
		return cand{}, false
	}
	c, ok := m.periodOf(y, n, x.tok(4))
	c.by = by
	return c, ok
}

// currentFiscal is the value of "this", "the current", "last" or "next" fiscal year (off the
// years from the one in progress) when the period a results story leads with dates it.
func (m *matcher) currentFiscal(off int) (cand, bool) {
	y, ok := m.reportedFiscal()
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: yearVal(y + off), gran: gYear, by: ByStory, fiscal: true}, true
}

// sessionCloseTime reports whether "close" at token k is the end of a trading session as a
// time ("the lock-up ends after the close on Tuesday", "shares will be added at the close on
// Friday"), not a price the market made ("a premium to its close on Monday"): the clause's
// verb then tells when.
func (m *matcher) sessionCloseTime(k int) bool {
	return m.word(k-1, "the") && m.anyWord(k-2, "after", "before", "at", "until", "till", "by")
}

// forecastMadeIn reports whether the month at token start follows "forecast in" where
// "forecast" is the past (or its participle) of the act: "down from the 2.5% forecast in
// October", "analysts forecast in March that" tell when it was forecast, which lies behind the
// telling. "will forecast in January" and "is forecast in December" are left to the tense.
func (m *matcher) forecastMadeIn(start int) bool {
	k := start - 2
	if !m.word(start-1, "in") || !m.word(k, "forecast") || m.kind(start) != lxMonth {
		return false
	}
	return !m.anyWord(k-1, "will", "would", "to", "may", "might", "could", "should", "can", "shall", "must", "ll",
		"is", "are", "was", "were", "be", "been", "being", "do", "does") && !m.forecastNounAhead(k) // timex54.go
}

// periodOfFiscalYear is fiscalPeriodBefore for a quarter or half written before its fiscal
// year, the year at token p ("the second quarter of fiscal 2025, which ended Nov. 30"): the
// day the verb after it names is the period's last, not the fiscal year's, and the months
// from it to the end of the fiscal year.
func (m *matcher) periodOfFiscalYear(p int) (int, bool) {
	if _, ok := m.yearAt(p); !ok || !m.word(p-1, "fiscal") || !m.word(p-2, "of") || !m.anyWord(p-3, "quarter", "half") {
		return 0, false
	}
	o := p - 4
	if m.isHyphen(o) {
		o--
	}
	if o < 0 || m.toks[o].lex.kind != lxOrdinal {
		return 0, false
	}
	n := m.toks[o].lex.val
	if m.word(p-3, "half") {
		return (2 - n) * 6, n >= 1 && n <= 2
	}
	return (4 - n) * 3, n >= 1 && n <= 4
}

// adverbParticiple reports whether the -ed form at token k is a participle after an
// auxiliary and an adverb in -ly ("should be largely worked down by March", "will be fully
// restored by June"): as right after the auxiliary, the auxiliary's tense is the clause's,
// not the participle's past.
func (m *matcher) adverbParticiple(k int) bool {
	j := k - 1
	if j < 1 || m.toks[j].kind != kWord || m.toks[j].upper || m.toks[j].lex.kind != lxNone || len(m.toks[j].s) < 4 ||
		!strings.HasSuffix(m.toks[j].s, "ly") {
		return false
	}
	return m.toks[j-1].kind == kWord && m.toks[j-1].in(sParticipleAux)
}
