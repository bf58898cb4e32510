package timex

import "strings"

// Misreads of news copy noticed in a short round (timex67): the fourth quarter told ahead in
// the season of year-end results.

// yearEndBooked reports whether the quarter at n, the fourth of the calendar told ahead in
// January or the first half of February, is the one just ended whose books are not yet
// closed: "will take a charge in the fourth quarter", "would record a writedown in the fourth
// quarter", "expects a loss for the fourth quarter". A company books a charge, a gain or a
// loss in the results it has still to report, and those of the year just gone come out in
// January and February. Its sentence must name such an entry or result; a plan told ahead
// ("the plant will open in the fourth quarter") stays this year's, as does the fourth quarter
// told ahead later in the year, when the last one's results are out.
func (m *matcher) yearEndBooked(n need) bool {
	if n.b != 3 || n.a != 4 || !m.hasDoc {
		return false
	}
	if mo, d := m.doc.Month(), m.doc.Day(); mo != 1 && !(mo == 2 && d <= 15) {
		return false
	}
	sent := m.toks[n.start].sent
	for k := range m.toks {
		if t := &m.toks[k]; t.sent == sent && t.kind == kWord && inSet(bookedEntries, strings.ToLower(t.s)) {
			return true
		}
	}
	return false
}

// bookedEntries are what a company's books take into a period's results: its entries (a
// charge, a writedown, a provision) and the results themselves. Sales and revenue are left
// out: "sales will rise in the fourth quarter" told in January is a forecast of this year.
var bookedEntries = map[string]bool{"charge": true, "charges": true, "writedown": true, "writedowns": true,
	"write-down": true, "write-downs": true, "writeoff": true, "write-off": true, "write-offs": true,
	"provision": true, "provisions": true, "gain": true, "gains": true, "loss": true, "losses": true,
	"profit": true, "profits": true, "earnings": true, "income": true, "results": true}

// quarterHeadEnd is where the noun phrase that a calendar quarter glued to its month modifies
// ends, after the span [start, end): "December-quarter revenue", "June-quarter gross margins".
// In a clause reported after a saying ("the CFO said December-quarter revenue would be flat")
// the quarter is the subject's and its verb the modal after the noun, as a date that is the
// subject itself is (reportedModal); end when the span is no such quarter or no noun follows.
func (m *matcher) quarterHeadEnd(start, end int) int {
	quarter := end-start == 3 && m.word(start+2, "quarter") && m.glued(start+1) && m.glued(start+2)
	if m.toks[start].lex.kind != lxMonth || !quarter && !m.monthAsModifier(start, end) { // lead16.go
		return end
	}
	k := end
	for k < len(m.toks) && k < end+3 && m.toks[k].clause == m.toks[start].clause && m.plainNounWord(k) {
		k++
	}
	return k
}

// plainNounWord says whether token k is a lower-case word that is no date word, no known verb
// and no clause word: a word of the noun phrase a date before it modifies ("December-quarter
// revenue", "December sales").
func (m *matcher) plainNounWord(k int) bool {
	t := &m.toks[k]
	return t.kind == kWord && !t.upper && t.lex.kind == lxNone && m.verbInfo(k)&^vKnown == 0 && !t.in(sClauseWords)
}
