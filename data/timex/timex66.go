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
