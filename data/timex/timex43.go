package timex

// Families of international wire news of 2012-2014 (heldout51, timex43): the results of
// Japanese, British and Indian companies, whose wire copy names a fiscal year by the month it
// ends in ("the year to March") and calls it a business or financial year as often as a
// fiscal one.

// timex43Rules are the patterns of this file, tried after timex39's.
func timex43Rules() []rule {
	return []rule{
		{name: "business-year-relative", starts: []string{"the", "current", "this", "last", "next", "previous", "coming"}, doc: "the current business year, last financial year: the fiscal year from the telling's, in the calendar the story gives (the year to March)",
			pattern: "the? current|this|last|next|previous|coming business|financial year", norm: normBusinessYear,
			examples: []Example{{"Canon cut its forecast for the year to March and now expects a loss in the current business year.", "the current business year", "2008"},
				{"Tata Steel said output rose 8 percent in the last financial year.", "the last financial year", "2006"}}},
	}
}

// normBusinessYear reads "the current business year" and "next financial year" as the fiscal
// year is read ("the current fiscal year"): wire copy of companies outside the US writes all
// three. Where the story names its year by its last month ("the business year to March",
// "the year ending in March") and no calendar is stated otherwise, that month ends it: told in
// November, the current one ends next March and is named for that year.
func normBusinessYear(m *matcher, x *match) (cand, bool) {
	if m.fiscalYearEnd(x.start) != 0 || !m.hasDoc {
		return normFiscalRelative(m, x)
	}
	e := m.yearToMonth()
	if e == 0 || e == 12 {
		return normFiscalRelative(m, x)
	}
	off := 0
	switch lowerWord(&m.toks[x.tok(1)]) {
	case "last", "previous":
		off = -1
	case "next", "coming":
		off = 1
	}
	y := m.doc.Year()
	if int(m.doc.Month()) > e {
		y++
	}
	return cand{typ: "DATE", val: yearVal(y + off), gran: gYear, by: ByPublication, fiscal: true}, true
}

// yearToMonth is the month a year of twelve months named by its end closes on, the first the
// text writes ("the year to March", "the business year ending March 31", "the financial year
// to March 2014"), or 0. A year with only a number before it ("a year to March") is a span, no
// company's year.
func (m *matcher) yearToMonth() int {
	for k := 1; k+1 < len(m.toks); k++ {
		if !m.periodTo(k) || !m.word(k-1, "year") {
			continue
		}
		j := k + 1
		if m.word(j, "in") {
			j++ // "the year ending in March"
		}
		if m.kind(j) == lxMonth && m.toks[j].upper {
			return m.toks[j].lex.val
		}
	}
	return 0
}

// periodTo reports whether token k closes a period named by its last month, after "the"
// and the period's words: "the year to March", "the financial year to March", "the six months
// to September", "the quarter ending in June". British, Japanese and Indian copy writes "to"
// where American copy writes "ending".
func (m *matcher) periodTo(k int) bool {
	if !m.anyWord(k, "to", "ending") || !m.anyWord(k-1, "year", "quarter", "half", "months") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if m.word(j, "the") {
			return true
		}
		if m.toks[j].kind != kWord && m.toks[j].kind != kNum {
			return false
		}
	}
	return false
}

// fiscalHalfRange reads six months written as a span that is no calendar half, from month a
// to month b: "the April-September half", "the October-March period". Japanese companies keep
// a year from April to March and report its halves so, and our batches name a fiscal half for
// the year its fiscal year ends in (heldout16, heldout42): told in November 2013, "the
// April-September period" is 2014-H1 and "the October-March half" 2014-H2. The half is the
// last one begun by the telling; a story's own calendar ("whose fiscal year ends in June")
// names which half it is, else the year runs from April. ok is false for other spans.
func (m *matcher) fiscalHalfRange(a, b int) (cand, bool) {
	if mod(b-a, 12) != 5 || !m.hasDoc {
		return cand{}, false
	}
	first := 4 // the month the fiscal year begins in
	if e := m.fiscalYearEnd(len(m.toks)); e != 0 {
		first = e%12 + 1
	}
	var h int
	switch a {
	case first:
		h = 1
	case (first+5)%12 + 1:
		h = 2
	default:
		return cand{}, false
	}
	sy := m.doc.Year() // the year the half begins in
	if int(m.doc.Month()) < a {
		sy--
	}
	ey := sy // the year the fiscal year ends in
	if end := (first+10)%12 + 1; end < a {
		ey++
	}
	return cand{typ: "DATE", val: halfVal(ey, h), gran: gHalf, by: ByPublication, fiscal: true}, true
}
