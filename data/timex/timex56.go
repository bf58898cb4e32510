package timex

import "strings"

// Misreads of the tense around a date (timex56): "last" as the ordinal of a day counted to a
// holiday, which tells no past.

// ordinalLast reports whether "last" at token k is the ordinal of a day counted before or
// after another ("the last Saturday before Christmas", "the last week before Easter"): it
// picks that day out of the ones before the holiday and tells no past, as "last week" does.
// The clause's verb then places the holiday: "will be packed on the last Saturday before
// Christmas" is the Christmas ahead.
func (m *matcher) ordinalLast(k int) bool {
	if !m.word(k, "last") || !m.word(k-1, "the") || k+2 >= len(m.toks) {
		return false
	}
	switch m.kind(k + 1) {
	case lxWeekday:
	case lxUnit:
		if !m.anyWord(k+1, "day", "week", "weekend") {
			return false
		}
	default:
		return false
	}
	return m.anyWord(k+2, "before", "after")
}

// pastVerbOfDay reports whether the month and day at [start, end) is the time of a past verb
// right before it (after "on", and a particle, if any): "the contract ran out on June 30",
// "the plant closed June 30", told on June 15, are the June 30 gone, as a weekday after a
// past verb is the one gone. A date weeks ahead stays ahead where the past only sets it
// ("was set for June 30", "moved the vote to June 30", "the board scheduled a hearing on
// June 30": a passive, a schedule's verb, or a verb with its object between) or reports it
// ("said the offer expired June 30", whose past is the saying's backshift); and where the
// clause looks ahead, as its tense then tells.
func (m *matcher) pastVerbOfDay(start, end int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	}
	if k >= 0 && phraseParticles[strings.ToLower(m.toks[k].s)] {
		k--
	}
	return m.pastVerbAt(k, start, end) || m.pastVerbOverObject(start, end) // lead14.go
}

// pastVerbAt reports whether token k is a past verb of an act that the day at [start, end)
// dates: not a report, a schedule, a passive or a perfect.
func (m *matcher) pastVerbAt(k, start, end int) bool {
	if k < 1 || m.toks[k].kind != kWord || m.toks[k].upper || m.toks[k].clause != m.toks[start].clause {
		return false
	}
	if t, reporting := wordTense(m.toks[k].s); t != tensePast || reporting || m.word(k, "last") {
		return false
	}
	if m.verbInfo(k)&vSchedule != 0 {
		return false
	}
	if m.anyWord(k-1, "was", "were", "been", "be", "is", "are", "has", "have", "had", "being") {
		return false // a passive or a perfect: "was extended June 30", "had planned June 30"
	}
	for j := k - 1; j >= 0 && m.toks[j].sent == m.toks[start].sent; j-- {
		if m.toks[j].kind == kWord && reportingWords[strings.ToLower(m.toks[j].s)] {
			return false
		}
	}
	return m.tense(start, end) == tensePast
}

// lastDoneAt is start when the date at token start is the time a past verb with the adverb
// "last" tells ("the workers last got a raise in July 1996", "the bank last cut rates in
// March 1996"), 0 otherwise: like a date after "since", it bounds a span that reaches the
// telling (nothing of the kind since). What the same clause says on of that event is its
// story ("last struck in 1992, a walkout that ended on Oct. 30"), but a clause of its own
// after it ("and their contract expired in June") is told from the telling (doneClauseAfter).
func (m *matcher) lastDoneAt(start int) int {
	for k := start - 1; k >= 1 && k >= start-8 && m.toks[k].clause == m.toks[start].clause; k-- {
		if m.toks[k].kind == kPunct {
			return 0
		}
		if !m.word(k, "last") {
			continue
		}
		if m.anyWord(k-1, "the", "its", "their", "his", "her", "our", "a", "at") || k+1 >= start || m.toks[k+1].kind != kWord || m.toks[k+1].upper {
			return 0 // "the last raise in July 1996" is an ordinal; "at last"
		}
		if t, reporting := wordTense(m.toks[k+1].s); (t == tensePast || m.toks[k+1].in(sIrregularParticiples)) && !reporting {
			return start
		}
		return 0
	}
	return 0
}

// doneClauseAfter reports whether the story's time is one a past verb with "last" told
// (lastDoneAt) and a clause of its own opens between it and token i (", and their contract
// expired in June"): that clause's month or day is read from the telling, not after it.
func (m *matcher) doneClauseAfter(st story, i int) bool {
	if st.done == 0 || i <= st.done {
		return false
	}
	for k := st.done + 1; k < i; k++ {
		if m.clauseOpener(k) {
			return true
		}
	}
	return false
}
