package timex

// Families of wire copy of 2010-2013 where local affairs touch business (heldout65, timex61):
// "so soon" is a degree, not a time ahead ("did not expect the news so soon"); a year after
// "since" bounds a span that runs to the telling, so "the end of the decade" after it is the
// telling's decade (a condition of normEndOfUnit, compound.go); a quarter named after the year
// in its sentence is the figure "a year earlier" compares.

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
