package timex

// Three misreads of the tense of a date without its year or week that the heldout53 to
// heldout57 rounds noticed and left (timex50): the horizon of an expectation told in the
// pluperfect, a relative clause that looks ahead after a saying, and the onset of an act dated
// on a past day.

// expectationVerbs are the participles of expecting after "had": what was expected to last
// "until" a time set the horizon of the expectation.
var expectationVerbs = map[string]bool{"expected": true, "anticipated": true, "forecast": true,
	"predicted": true, "projected": true, "assumed": true, "hoped": true, "bet": true, "reckoned": true}

// expectedHorizonAhead reports whether the month after "until" or "till" at token start-1 is
// the horizon of an expectation told in the pluperfect, and lies in the two months after the
// telling: "Markets had expected the bank to wait until December", told in November, is the
// December ahead, not the one eleven months gone. The pluperfect says the expectation was held
// before the telling, not that its horizon had passed, and a horizon a month or two ahead is
// nearer than one most of a year back. A farther month ("had expected the ban to last until
// April", told in November) stays the past one, and a pluperfect of no expecting ("had stayed
// shut until December") stays past, and so does one a year of another time just named governs
// ("In 2009, markets had expected the bank to wait until December").
func (m *matcher) expectedHorizonAhead(had, start, end int) bool {
	if !m.hasDoc || had+1 >= len(m.toks) {
		return false
	}
	v := had + 1
	if m.word(v, "been") && v+1 < start { // "had been expecting"
		v++
	}
	w := lowerWord(&m.toks[v])
	if !expectationVerbs[w] && w != "expecting" && w != "anticipating" && w != "hoping" {
		return false
	}
	if st := m.story; st.gran != "" && st.t.Year() != m.doc.Year() {
		if d := m.toks[start].sent - st.sent; d == 0 || d == 1 {
			return false // "In 2009, markets had expected ... until December": that year's
		}
	}
	mo := m.monthIn(start, end)
	if mo == 0 {
		return false
	}
	ahead := mod(mo-int(m.doc.Month()), 12)
	return ahead >= 1 && ahead <= 2
}

// monthIn is the month (1-12) named in tokens [start, end) with no year, 0 when none: "December",
// "late December".
func (m *matcher) monthIn(start, end int) int {
	mo := 0
	for k := start; k < end && k < len(m.toks); k++ {
		switch {
		case m.toks[k].lex.kind == lxMonth:
			mo = m.toks[k].lex.val
		case m.toks[k].kind == kNum:
			return 0 // a day or a year: the month is not bare
		}
	}
	return mo
}
