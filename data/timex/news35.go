package timex

// sourceAfter reports whether token k, after a date, opens the source a sentence cites for its
// news: "according to" and what follows, with or without a comma before it ("will lay off 140
// workers by mid-April, according to a notice it filed with the state"). The source's verbs tell
// how the news came out (a notice filed, a memo seen), not when the act happens, and govern no
// date before it; a date inside the source phrase keeps its own verb ("a memo seen by Reuters on
// Monday").
func (m *matcher) sourceAfter(k int) bool {
	if m.punct(k, ",") {
		k++
	}
	return m.word(k, "according") && m.word(k+1, "to")
}
