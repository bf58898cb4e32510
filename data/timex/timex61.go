package timex

// Families of wire copy of 2010-2013 where local affairs touch business (heldout65, timex61):
// "so soon" is a degree, not a time ahead ("did not expect the news so soon"); a year after
// "since" bounds a span that runs to the telling, so "the end of the decade" after it is the
// telling's decade (a condition of normEndOfUnit, compound.go); a quarter named after the year
// in its sentence is the figure "a year earlier" compares; and "the current fiscal year, which
// ends June 30" is named for the year of that end.

// degreeSoon reports whether "soon" at token i is the degree of "so" before it: "did not
// expect the cuts so soon", "the season ended so soon", which say how early, not that the
// thing lies ahead, as "too soon" does. "and so soon" ("the talks failed, and so soon the
// plant will close") keeps "so" a connective and "soon" a time ahead.
func (m *matcher) degreeSoon(i int) bool {
	if !m.word(i-1, "so") {
		return false
	}
	return !m.anyWord(i-2, "and", "but") && !m.punct(i-2, ",")
}

// quarterAfterYear reports whether the last quarter named stands in the story year's sentence
// after that year: "earned $212 million in 2010 and $58 million in the second quarter, up from
// $51 million a year earlier" compares the quarter's figure, the nearest, with the same
// quarter a year back, as it would without the year. A quarter named before the year ("Sales
// rose in the second quarter; for 2010 it earned $90 million, up from $70 million a year
// earlier") leaves the year the figure's.
func (m *matcher) quarterAfterYear() bool {
	st := m.story
	return m.lastQuarter != 0 && m.lastQuarterSent == st.sent && m.lastQuarterTok > st.tok
}

// currentFiscalEnding values "the current fiscal year" or "this fiscal year" followed by a
// relative clause that gives its end ("the current fiscal year, which ends June 30", "this
// fiscal year, which ends in September"): the fiscal year named for the year of that end, the
// next such month and day on or after the publication, as a fiscal year named by its number
// is. The end the story states outweighs a fiscal year it named last, which may be the next
// one compared with it ("in fiscal 2014, up from $159 million in the current fiscal year,
// which ends June 30"). A year written with the end ("which ended June 30, 2012") is left to
// the other readings.
func (m *matcher) currentFiscalEnding(x *match, off int) (cand, bool) {
	if off != 0 || !m.hasDoc || !m.anyWord(x.tok(1), "current", "this") {
		return cand{}, false
	}
	k := x.end
	if !m.punct(k, ",") || !m.word(k+1, "which") {
		return cand{}, false
	}
	k += 2
	if m.word(k, "will") {
		k++
	}
	if !m.anyWord(k, "ends", "end") {
		return cand{}, false
	}
	k++
	if m.anyWord(k, "on", "in") {
		k++
	}
	if m.kind(k) != lxMonth || !m.toks[k].upper {
		return cand{}, false
	}
	mo, day := m.toks[k].lex.val, 31
	n := k + 1
	if m.punct(n, ".") {
		n++
	}
	if n < len(m.toks) && m.toks[n].kind == kNum && m.toks[n].ndig <= 2 {
		day = m.toks[n].num
		if m.punct(n+1, ",") && n+2 < len(m.toks) && m.toks[n+2].kind == kNum && m.toks[n+2].ndig == 4 {
			return cand{}, false // "which ends June 30, 2014": the year written
		}
	} else if n < len(m.toks) && m.toks[n].kind == kNum {
		return cand{}, false // "which ends in June 2014"
	}
	y := m.doc.Year()
	if mo < int(m.doc.Month()) || mo == int(m.doc.Month()) && day < m.doc.Day() {
		y++
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByPublication, fiscal: true}, true
}
