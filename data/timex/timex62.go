package timex

// Misreads of news copy (timex62): a month in a clause of time in the present that a modal of
// the future governs ("would restore the hours when the council approves the budget in May").

// futureTimeClause reports whether the date at token start closes a clause of time opened by
// "when", "once", "after" or "before", in the present, whose main clause before it has "will"
// or "would": "said they would restore the hours when the council approves the budget in May",
// "will end the strike once the company signs a contract in May". The present of such a clause
// speaks of the modal's time, ahead of the telling, though its verb has an object between it
// and the date (scheduledMonth reads only a verb right before "in"). "when the council
// approved the budget in May" is past, and a clause of time with no modal before it ("the
// city restores the hours when the council approves the budget in May") keeps the nearest
// year.
func (m *matcher) futureTimeClause(start int) bool {
	cl := m.toks[start].clause
	w := -1
	for j := start - 1; j >= 0 && j >= start-10; j-- {
		t := &m.toks[j]
		if t.clause != cl || t.kind == kPunct && t.s != "-" {
			return false
		}
		if m.anyWord(j, "when", "once", "after", "before") {
			w = j
			break
		}
		if t.kind == kWord && m.verbInfo(j)&(vPast|vFuture|vPossibility|vReporting) != 0 {
			return false
		}
	}
	if w < 1 {
		return false
	}
	for j := w - 1; j >= 0 && j >= w-10; j-- {
		t := &m.toks[j]
		if t.clause != cl || t.kind == kPunct && t.s != "-" && t.s != "'" && t.s != "’" {
			return false
		}
		if m.anyWord(j, "will", "would", "shall") || m.word(j, "ll") && (m.punct(j-1, "'") || m.punct(j-1, "’")) {
			return true
		}
		if t.in(sClauseWords) || m.verbInfo(j)&(vPast|vReporting) != 0 {
			return false
		}
	}
	return false
}
