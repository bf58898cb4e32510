package timex

import "time"

// The lead's nineteenth round: misreads found probing market wraps and company news.

// runUpDay resolves a weekday's possessive that a run-up looks toward, whatever the event:
// "Stocks edged lower ahead of Friday's jobs report", "yields held steady in advance of
// Thursday's inflation data", "rose on Monday before Wednesday's Fed decision", "traders
// trimmed positions on the eve of Thursday's rate decision". What comes ahead of an event lies
// before it, so the day is the first of its name on or after the time the clause tells of: the
// weekday the sentence names before it ("rose on Monday"), else the telling, as a day's wrap
// tells of that day's session ("edged lower", told on a Wednesday). A past told on a weekend
// looks back over the week, and is left to the tense. leadsUpTo
// (tense.go) reads the same run-up as a future only where the event is one a calendar sets (an
// election, a game); a report, a decision or data come on a day a calendar sets too, but the
// tense alone cannot place them when the run-up is told in the past.
//
// A pluperfect ("had risen ahead of Friday's announcement") or a week gone named in the
// sentence ("fell last week ahead of Friday's report") tells of a run-up before an earlier
// time than the telling, and is left to the tense.
func (m *matcher) runUpDay(n need) (time.Time, bool) {
	i, j := n.start, n.end
	if n.kind != needWeekday || n.rel != 0 || !m.possessiveAt(j) {
		return time.Time{}, false
	}
	p := m.runUpBefore(i)
	if p < 0 {
		return time.Time{}, false
	}
	anchor, ok := m.runUpAnchor(i, p)
	if !ok {
		return time.Time{}, false
	}
	return anchor.AddDate(0, 0, mod(n.a-isoWeekday(anchor), 7)), true
}

// possessiveAt says whether token j opens a possessive glued to the word before it: "Friday's".
func (m *matcher) possessiveAt(j int) bool {
	return (m.punct(j, "'") || m.punct(j, "’")) && m.word(j+1, "s") && m.glued(j)
}

// runUpBefore is where the words before token i begin that say that what is told comes ahead
// of it: "ahead of", "in advance of", "on the eve of", "in the run-up to", "leading up to",
// "heading into", "before"; -1 if none do.
func (m *matcher) runUpBefore(i int) int {
	switch {
	case m.word(i-1, "before"):
		return i - 1
	case m.word(i-1, "of") && m.word(i-2, "ahead"):
		return i - 2
	case m.word(i-1, "of") && m.word(i-2, "advance") && m.word(i-3, "in"):
		return i - 3
	case m.word(i-1, "of") && m.word(i-2, "eve") && m.word(i-3, "the"):
		return i - 3
	case m.word(i-1, "to") && m.word(i-2, "up") && m.word(i-3, "leading"):
		return i - 3
	case m.word(i-1, "to") && m.word(i-2, "up") && m.punct(i-3, "-") && m.anyWord(i-4, "run", "lead") && m.word(i-5, "the"):
		return i - 5 // "in the run-up to"
	case m.word(i-1, "to") && m.anyWord(i-2, "run-up", "lead-up", "runup") && m.word(i-3, "the"):
		return i - 3
	case m.word(i-1, "into") && m.anyWord(i-2, "heading", "headed", "head", "heads", "going", "go", "goes"):
		return i - 2 // "set for a weekly gain heading into Friday's jobs report"
	}
	return -1
}

// runUpAnchor is the time the clause before a run-up's weekday at token i tells of, read from
// the words before the run-up's first, p (its own words are no verbs: "in advance of"). See
// runUpDay.
func (m *matcher) runUpAnchor(i, p int) (time.Time, bool) {
	sent := m.toks[i].sent
	k := i - 1
	for ; k >= 0 && m.toks[k].sent == sent; k-- {
		t := &m.toks[k]
		if t.kind != kWord {
			continue
		}
		switch {
		case eqFold(t.s, "had"), eqFold(t.s, "week") && m.anyWord(k-1, "last", "previous", "prior"):
			return time.Time{}, false
		case t.lex.kind == lxWeekday && !m.anyWord(k-1, "last", "next", "this"):
			// the day the clause names ("rose on Monday ahead of Wednesday's decision"), read
			// in its own tense
			wd, cur := int(t.lex.val), isoWeekday(m.doc)
			if tt := m.weekdayTense(k, k+1); tt == tenseFuture || tt == tensePresent {
				return m.doc.AddDate(0, 0, mod(wd-cur, 7)), true
			}
			return m.doc.AddDate(0, 0, -mod(cur-wd, 7)), true
		}
	}
	// A run-up that opens the sentence ("Before Friday's report, the shares ...") has no clause
	// before it to read.
	if p > 0 {
		if t := m.tense(p-1, p); t == tenseFuture || t == tensePresent {
			return m.doc, true
		}
	}
	// A past, or a headline's present the tense does not read ("Stocks rise ahead of"): a
	// weekday's wrap tells of that day's session; a weekend's looks back over the week, whose
	// days the tense places. "Before" told in the past looks back from after the event as often
	// as not ("the shares rose in the days before Friday's announcement"), and is left to it.
	if wd := m.doc.Weekday(); wd != time.Saturday && wd != time.Sunday && (!m.word(p, "before") || m.presentBefore(p)) { // timex79.go
		return m.doc, true
	}
	return time.Time{}, false
}

// stillToCome says whether the noun phrase after a weekday's possessive, from token k, names a
// release or a scheduled event that is said to be still ahead: "with Friday's payrolls data
// still to come", "Thursday's inflation report is yet to come", "Monday's vote is still
// pending". possessiveSubjectAhead (timex62.go) reads the phrase's future verbs; this reads
// what stands for one. "Friday's report, still digested by traders" says nothing of the kind.
func (m *matcher) stillToCome(k int) bool {
	h := m.releaseHead(k) // timex62.go
	if h < 0 {
		return false
	}
	n := h + 1
	if m.anyWord(n, "is", "are") {
		n++
	}
	if !m.anyWord(n, "still", "yet") {
		return false
	}
	return m.word(n+1, "to") && m.anyWord(n+2, "come", "be") || m.anyWord(n+1, "ahead", "pending", "due")
}
