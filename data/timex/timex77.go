package timex

// measureParticiple reports whether the -ed form at token k is a participle after an
// auxiliary and a measure of how far the act has gone: "will be half finished by June", "must
// be 40 percent leased by December", "should be two-thirds built by spring". As after an
// adverb (adverbParticiple), the auxiliary's tense is the clause's, not the participle's past.
func (m *matcher) measureParticiple(k int) bool {
	j := k - 1
	if j < 1 || !(m.anyWord(j, "half", "percent", "third", "thirds", "quarter", "quarters") || m.punct(j, "%")) {
		return false
	}
	if m.word(j, "half") && !m.anyWord(j-1, "a", "one") {
		return m.toks[j-1].kind == kWord && m.toks[j-1].in(sParticipleAux) // "be half leased"
	}
	// the measure's count: "40 percent", "two-thirds", "a third", "three quarters"
	n := j - 1
	for n > j-4 && n >= 1 && (m.toks[n].kind == kNum || m.isHyphen(n) || m.toks[n].lex.kind == lxNumber || m.word(n, "a")) {
		n--
	}
	return n < j-1 && m.toks[n].kind == kWord && m.toks[n].in(sParticipleAux)
}

// movedPastAside reports whether the date at token start follows "to" or "until" after a verb
// that moves a date, its object and an aside of the former schedule set off by commas: "moved
// the paving of the lot, once planned for May, to July", "delayed the vote, first set for
// March, until June". The aside names the date moved from; the date after it is the one moved
// to, which lies ahead as after "moved the paving to July" (movedTo).
func (m *matcher) movedPastAside(start int) bool {
	if !m.anyWord(start-1, "to", "until") || !m.punct(start-2, ",") {
		return false
	}
	c := -1
	for k := start - 3; k >= 0 && k >= start-10; k-- {
		if m.punct(k, ",") {
			c = k
			break
		}
		if m.toks[k].kind == kPunct && !m.punct(k, ".") {
			return false
		}
	}
	if c < 1 || !m.anyWord(c+1, "once", "first", "originally", "initially", "previously", "planned", "scheduled", "slated", "set") {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-6 && m.toks[k].kind == kWord; k-- {
		if m.anyWord(k, "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "moved", "move", "moves",
			"rescheduled", "pushed", "push", "shifted", "shift") || m.toks[k].in(sMoveParticiples) {
			return true
		}
	}
	return false
}

// planMovedLater reports whether the month at [start, end) is the time of a plan told in the
// past ("was to open in April", "had been scheduled to finish in May") that its sentence goes
// on to move ("but that was pushed back to August", "before it was delayed until June"). As
// the date a schedule was moved from (movedFrom), it is the plan's month nearest the telling,
// neither the one ahead that "was to" would give nor the past's one a year gone.
func (m *matcher) planMovedLater(start, end int) bool {
	plan := false
	for k := start - 1; k >= 1 && k >= start-8 && m.toks[k].kind == kWord; k-- {
		if m.word(k, "to") && m.anyWord(k-1, "was", "were") ||
			m.toks[k].in(sScheduleParticiples) && m.anyWord(k-1, "was", "were", "been") {
			plan = !m.conditionBefore(k - 1)
			break
		}
	}
	if !plan {
		return false
	}
	sent := m.toks[start].sent
	for j := end; j+1 < len(m.toks) && j < end+14 && m.toks[j].sent == sent; j++ {
		if m.anyWord(j, "to", "until") && calendarWord(m.toks[j+1].lex.kind) && m.movedTo(j+1) {
			return true
		}
	}
	return false
}

// conditionBefore reports whether "if" or "unless" opens the clause of token k within a few
// words: "if the vote were to come in April" supposes, and plans nothing.
func (m *matcher) conditionBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && m.toks[j].kind == kWord; j-- {
		if m.anyWord(j, "if", "unless") {
			return true
		}
	}
	return false
}

// relativeYear reports whether the year ending at token y stands in a restrictive relative
// clause ("two towers that were announced in 2000 for sites on the river") that a comma
// closes before token start: the year dates what the relative tells of its noun, and a month
// in the clause after the comma ("..., and Marsh said in January") is told from the present,
// as after a relative set off by commas (asideOf).
func (m *matcher) relativeYear(y, start int) bool {
	comma := false
	for j := y + 1; j < start; j++ {
		if m.punct(j, ",") {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	verb := false
	for k := y - 1; k >= 1 && k >= y-8; k-- {
		t := &m.toks[k]
		if t.kind == kPunct {
			return false
		}
		if m.anyWord(k, "that", "which", "who") {
			p := &m.toks[k-1]
			return verb && p.kind == kWord && !p.upper && p.lex.kind == lxNone && m.verbInfo(k-1) == vKnown &&
				!m.anyWord(k-1, "so", "now", "such")
		}
		if t.kind == kWord && m.verbInfo(k)&(vPast|vBe) != 0 {
			verb = true
		}
	}
	return false
}

// quarterAhead reports whether quarter q (year*4 + quarter-1) has not begun at the
// publication. "A year ago" counts back from the telling, so outside a comparison it is no
// figure's quarter a year back when the quarter the story last named is still to come: "will
// award the contract in the second quarter. The bids we saw a year ago were low", told in
// February, is the year gone, not that quarter a year before.
func (m *matcher) quarterAhead(q int) bool {
	return m.hasDoc && date(q/4, q%4*3+1, 1).After(m.doc)
}

// headlineInfinitive reports whether the "to" at token k is a headline's future: a line that
// opens with its subject, has no finite verb and no closing mark, and tells what is to come
// with "to" and a verb ("Bridge to close for the weekend", "City to sell bonds in January"),
// as "will" would. A sentence with a verb of its own ("The plan to close the bridge in May was
// dropped.") is prose, read as its verb tells.
func (m *matcher) headlineInfinitive(k int) bool {
	if !m.word(k, "to") || k+1 >= len(m.toks) || m.toks[k+1].kind != kWord || m.toks[k+1].upper || m.toks[k+1].lex.kind != lxNone {
		return false
	}
	sent := m.toks[k].sent
	// the subject, back to the line's start; prose mostly fails here within a few words
	a := k
	for ; a > 0 && m.toks[a-1].sent == sent; a-- {
		if !m.headlineWord(a - 1) {
			return false
		}
	}
	if a == k || !m.toks[a].upper || m.anyWord(a, "the", "a", "an") {
		return false // "The plan to ...": a sentence's subject, no headline's
	}
	for j := k + 1; j < len(m.toks) && m.toks[j].sent == sent; j++ {
		if !m.headlineWord(j) {
			return false
		}
	}
	return true
}

// timeAt reports whether token i, or the word after a determiner there, is a word of the
// calendar or a unit of time: the headline's future is read for the dates it tells, not for
// what else its line names ("Mars to sell two brands to win approval for deal" reports a deal
// made).
func (m *matcher) timeAt(i int) bool {
	if i < len(m.toks) && m.toks[i].kind == kWord && m.toks[i].in(sDeterminers) {
		i++
	}
	if i >= len(m.toks) {
		return false
	}
	k := m.toks[i].lex.kind
	return calendarWord(k) || k == lxUnit || k == lxHoliday || m.toks[i].kind == kNum
}

// headlineWord reports whether token j may stand in a headline that has no finite verb: no
// closing mark or clause's comma, no word of a clause, no past, future, modal or form of be.
func (m *matcher) headlineWord(j int) bool {
	t := &m.toks[j]
	if t.kind == kPunct {
		return m.punct(j, "'") || m.punct(j, "’") || m.punct(j, "$") || m.isHyphen(j)
	}
	return t.kind != kWord || t.upper || !t.in(sClauseWords) && m.verbInfo(j)&(vPast|vFuture|vBe|vReporting|vPossibility) == 0
}

// questionOpensAt reports whether token k opens a clause of what is to be decided or known:
// "will decide by spring where the team plays", "must choose by fall whether to build". A
// bare season before it ends its phrase, as before a mark, and is a time, where "by summer
// sales" names a noun's kind.
func (m *matcher) questionOpensAt(k int) bool {
	return m.anyWord(k, "where", "whether", "what", "which", "who", "how")
}
