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

// releaseEvents are the calendar's releases and sales that news names by their weekday as it
// names a vote: "Friday's jobs report", "Thursday's auction of 30-year bonds".
var releaseEvents = map[string]bool{"report": true, "reports": true, "auction": true, "auctions": true,
	"data": true, "figures": true, "release": true}

// releaseHead is the noun of a scheduled event or a release that the noun phrase from token k,
// after a weekday's possessive, ends in within four words ("Friday's jobs report"), or -1: a
// mark, a name or a verb before it ends the phrase.
func (m *matcher) releaseHead(k int) int {
	for n := k; n < len(m.toks) && n <= k+3; n++ {
		t := &m.toks[n]
		if t.kind == kWord && (scheduledEvents[t.s] || releaseEvents[t.s]) {
			return n
		}
		if t.kind == kPunct && t.s != "-" || t.kind == kWord && (t.upper && !acronym(t.s) || m.verbInfo(n)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0) {
			return -1
		}
	}
	return -1
}

// possessiveSubjectAhead reports whether the noun phrase at token k, after a weekday's
// possessive, names a scheduled event or a release and is the subject of "will", "shall" or
// "is expected" (or "set", "scheduled", "likely", "due") through a phrase after its noun:
// "Wednesday's meeting of the board will set the dividend", "Monday's vote in the Senate is
// likely to be close", "Friday's jobs report will show". scheduledSubject reads only the
// noun right before the verb, and no release. A ruling that "will force" a payment is a past
// event's consequence and stays past, as does the event told in the past ("Thursday's auction
// of 30-year bonds drew strong demand").
func (m *matcher) possessiveSubjectAhead(k int) bool {
	h := m.releaseHead(k)
	if h < 0 {
		return false
	}
	n := h + 1
	if m.anyWord(n, "of", "in", "on", "at", "before", "for") {
		e := n + 6
		for n++; n < len(m.toks) && n <= e; n++ {
			t := &m.toks[n]
			if t.kind == kWord && (m.verbInfo(n)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || t.in(sClauseWords)) {
				break
			}
			if t.kind == kPunct && t.s != "-" {
				return false
			}
		}
	}
	return m.anyWord(n, "will", "shall") || m.punct(n, "'") && m.word(n+1, "ll") ||
		m.anyWord(n, "is", "are") && m.anyWord(n+1, "expected", "scheduled", "set", "likely", "due")
}
