package timex

// Families of wire copy of 2010-2013 where local affairs touch business (heldout65, timex61):
// "so soon" is a degree, not a time ahead ("did not expect the news so soon"); a year after
// "since" bounds a span that runs to the telling, so "the end of the decade" after it is the
// telling's decade (a condition of normEndOfUnit, compound.go).

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
