package timex

import "strings"

// Families of WSJ copy of 1989-1990 on regulation, law and politics (heldout63, timex58): a
// name after a count is no subject ("bought 38,000 Acme shares in March"), a possessive makes a
// bare irregular verb a noun ("the bailout's cost"), a fiscal year named by its number and then
// by its last day ("fiscal 1989, which ended Sept. 30") is one "the year before" counts from,
// and "current" before a count-and-unit compound ("the current three-year contract") is the
// present.

// countedName reports whether the capitalized name ending at token sj stands after a count,
// which makes the name a modifier of the noun after it, not that noun's subject: "bought
// 38,000 Acme shares in March", "sold 2 million Ford shares", "ordered 12 Boeing jets". A
// year before a name ("In 1990 Acme opens a plant") is no count.
func (m *matcher) countedName(sj int) bool {
	j := sj
	for j > 0 && m.toks[j-1].kind == kWord && m.toks[j-1].upper && m.toks[j-1].clause == m.toks[sj].clause {
		j--
	}
	c := j - 1
	if c < 0 {
		return false
	}
	if m.anyWord(c, "million", "billion", "thousand", "hundred") {
		return true // "2 million Ford shares"
	}
	if m.toks[c].lex.kind == lxNumber {
		return true // "three Acme plants"
	}
	if m.toks[c].kind != kNum {
		return false
	}
	if m.glued(c) && c >= 2 && m.punct(c-1, ",") && m.glued(c-1) && m.toks[c-2].kind == kNum {
		return true // "38,000": a count with its thousands, no year
	}
	_, year := m.yearAt(c)
	return !year
}

// possessedBare reports whether the bare irregular verb at token k follows a possessive "'s"
// of a noun, which makes it a noun of that noun ("the bailout's cost", "the company's cut in
// rates", "Acme's bid on Friday"): no verb follows a possessive. A pronoun's "'s" is "is" or
// "has" ("it's cost the company", "he's set to"), which stays a verb's.
func (m *matcher) possessedBare(k int) bool {
	p := k - 1
	if p < 2 || !m.word(p, "s") || !m.glued(p) || !(m.punct(p-1, "'") || m.punct(p-1, "’")) || !m.glued(p-1) {
		return false
	}
	o := &m.toks[p-2]
	if o.kind != kWord && o.kind != kAlnum {
		return false
	}
	switch strings.ToLower(o.s) {
	case "it", "he", "she", "that", "there", "what", "who", "here", "where", "let":
		return false
	}
	return true
}

// fiscalYearEndClause reports whether the "ended" or "ending" at token k opens a relative clause
// of a fiscal year named by its number: "fiscal 1989, which ended Sept. 30", "its fiscal year
// 1988, which ended June 30", "the 1989 fiscal year, which ended in March". The day the clause
// names is that year's last, and "the year before" after it is the fiscal year before, as after
// "the year that ended Jan. 28" (yearNamedByEnd).
func (m *matcher) fiscalYearEndClause(k int) bool {
	p := k - 1
	if !m.anyWord(p, "which", "that") {
		return false
	}
	p--
	if m.punct(p, ",") {
		p--
	}
	if p < 1 {
		return false
	}
	if _, ok := m.yearAt(p); ok {
		return m.word(p-1, "fiscal") || m.word(p-1, "year") && m.word(p-2, "fiscal") // "fiscal 1989", "fiscal year 1988"
	}
	return m.word(p, "year") && m.word(p-1, "fiscal") && p >= 2 && m.toks[p-2].kind == kNum // "the 1989 fiscal year"
}

// unitCompoundAfter is the token after a count-and-unit compound that starts at token n ("three-
// year", "10-day", "two-week"), -1 when none: "current" before it still stands before its noun
// ("the current three-year contract", "its current 10-year lease").
func (m *matcher) unitCompoundAfter(n int) int {
	if n+3 >= len(m.toks) || !(m.toks[n].kind == kNum || m.toks[n].lex.kind == lxNumber) {
		return -1
	}
	if !m.isHyphen(n+1) || !m.glued(n+1) || !m.glued(n+2) || m.toks[n+2].lex.kind != lxUnit || m.toks[n+2].lex.plural {
		return -1
	}
	return n + 3
}

// irregularAside reports whether the word at token k is an irregular past participle ("begun",
// "taken", "written") that opens an aside after a noun and its comma, with its date right
// after a preposition ("The talks, begun in August, will resume next week", "The loan, taken
// out in May, comes due"): the participle dates its own phrase in the past, as a participle in
// -ed does ("The suit, filed in March, goes to trial"), whatever the verb of the sentence.
// After "to be" or a modal the participle is no aside's ("The decision, to be taken in May").
func (m *matcher) irregularAside(k, start int) bool {
	if k < 2 || start <= k+1 || start > k+3 || !m.toks[k].in(sIrregularParticiples) || m.verbInfo(k)&vPast != 0 {
		return false
	}
	if !m.punct(k-1, ",") || m.toks[k-2].kind != kWord && m.toks[k-2].kind != kNum || m.toks[k-2].in(sClauseWords) ||
		m.toks[k-2].in(sDeterminers) || m.toks[k-2].clause != m.toks[k].clause {
		return false
	}
	p := k + 1
	if p+1 < start && m.anyWord(p, "out", "up", "down", "off", "over", "in") {
		p++ // "taken out in May", "taken up in June", "sworn in on Monday" (timex59)
	}
	return p == start-1 && m.anyWord(p, "in", "on", "during", "last")
}
