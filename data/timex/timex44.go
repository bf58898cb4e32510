package timex

import "strings"

// Families of AQUAINT's own registers of 1998-2000 (heldout52, timex44): crime and court
// stories told across a week, strikes and their deadlines, and wire reports of harvests and
// plans, where a day is named by what happened around it.

// clauseGoesOn reports whether a day anaphor that ends at token i ("the night before", "the
// day after") closes its phrase where "and" or "but" opens a second predicate of the same
// subject: "had argued the night before and came back at 2 a.m.". "before and after the
// vote" keeps the preposition's object, and is no end.
func (m *matcher) clauseGoesOn(i int) bool {
	if !m.anyWord(i, "and", "but") || i+1 >= len(m.toks) || m.toks[i+1].sent != m.toks[i].sent {
		return false
	}
	k := i + 1
	if m.toks[k].kind == kWord && m.toks[k].in(sBriefAdverbs) {
		k++ // "and then left"
	}
	return k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && m.verbInfo(k)&vPast != 0 && m.verbInfo(k)&vReporting == 0
}

// yearRankOrdinal reports whether an ordinal ranks something within the year before "of" at
// token of: "the city's fourth homicide of the year", "its 12th recall of the year", as a
// superlative does ("the worst of the year"). "First" is left out: "the first of the year" is
// Jan. 1, and "its first bond sale of the year" is dated by the sale's day, which the
// extraction reads (sentences.tsv), not by the year.
func (m *matcher) yearRankOrdinal(of int) bool {
	for k := of - 1; k >= 0 && k >= of-3; k-- {
		if m.anyWord(k, "first", "1st") {
			return false
		}
	}
	return m.ordinalBefore(of)
}

// summonVerbs ask or order someone to come somewhere; appointmentVerbs are the coming.
var (
	summonVerbs = map[string]bool{"asked": true, "asks": true, "ordered": true, "orders": true, "told": true,
		"tells": true, "summoned": true, "invited": true, "invites": true, "instructed": true, "directed": true,
		"urged": true, "urges": true, "requested": true, "required": true}
	appointmentVerbs = map[string]bool{"return": true, "appear": true, "report": true, "testify": true, "meet": true,
		"reconvene": true, "resume": true, "come": true, "attend": true, "surrender": true}
)

// summonedDay reports whether the weekday at token start ends an infinitive of coming to an
// appointment that a verb of asking or ordering governs: "the judge ordered both men to appear
// in court Thursday", "the mediator asked the two sides to return to the table Wednesday".
// One is summoned ahead of the asking, so the day lies ahead of the telling though the
// asking is past. A day before the infinitive ("asked the council Friday to delay the vote")
// dates the asking, and a pluperfect ("had ordered"), another verb after the coming ("to
// return the money he took Monday") or a past told after the day ("was asked to come in
// Monday and was arrested there") leaves the clause to its own tense.
func (m *matcher) summonedDay(start int) bool {
	if start >= len(m.toks) || m.toks[start].lex.kind != lxWeekday || m.word(start-1, "by") {
		return false
	}
	if n := start + 1; m.word(n, "and") && n+1 < len(m.toks) && m.verbInfo(n+1)&(vPast|vBe) != 0 {
		return false
	}
	to := -1
	for k := start - 1; k >= 1 && k >= start-8; k-- {
		t := &m.toks[k]
		if t.kind != kWord || t.sent != m.toks[start].sent || calendarWord(t.lex.kind) {
			return false
		}
		if m.word(k, "to") && inSet(appointmentVerbs, strings.ToLower(m.toks[k+1].s)) && k+1 < start {
			to = k
			break
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false
		}
	}
	if to < 0 {
		return false
	}
	for k := to - 1; k >= 0 && k >= to-5; k-- {
		t := &m.toks[k]
		if t.kind != kWord || calendarWord(t.lex.kind) {
			return false
		}
		if inSet(summonVerbs, strings.ToLower(t.s)) {
			return !m.anyWord(k-1, "had", "have", "has")
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 && !m.word(k, "were") && !m.word(k, "was") {
			return false
		}
	}
	return false
}

// relativeBarePast reads a bare irregular verb ("hit", "cut", "shut") right after a relative
// pronoun by its antecedent, as bareIrregularPast reads one after its subject: "the floods
// that hit the south in July" is past (a habit would say so: "the storms that usually hit in
// July"), and so is "the plant that cut its staff in June", where a present would take -s.
// ok is false when token p is no relative pronoun after a noun.
func (m *matcher) relativeBarePast(p, k int) (past, ok bool) {
	if !m.anyWord(p, "that", "which") || p < 1 || m.toks[p-1].kind != kWord || m.toks[p-1].lex.kind != lxNone ||
		m.verbInfo(p-1)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || inSet(notSubject, strings.ToLower(m.toks[p-1].s)) {
		return false, false
	}
	return !m.habitual(k, k+1), true
}

// toldDayAt reports whether the day expression at token start dates a reporting verb right
// before it: "the police said Monday", "announced on Tuesday".
func (m *matcher) toldDayAt(start int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	}
	return k >= 0 && m.toks[k].kind == kWord && m.verbInfo(k)&vReporting != 0
}

// fromEventDay reads "the night before" or "the day after" in a sentence after the one a
// story's last day was told in, when that day only dates the telling ("clerk was stabbed
// early Saturday, the police said Monday. ... had argued the night before"): the next
// sentence goes on with the story, so the anaphor counts from the day of the events that
// sentence named. In the telling's own sentence ("said Monday that the men had met the day
// before") the told day stays the anchor.
func (m *matcher) fromEventDay(end, off int) (cand, bool) {
	d, ok := m.narrativeDay(end)
	e := m.eventDay
	if !ok || e.gran != gDay || e.sent != d.sent || d.sent >= m.toks[end-1].sent || e.t.Equal(d.t) {
		return cand{}, false
	}
	if l := m.lastDay; l.sent != d.sent || !l.t.Equal(d.t) {
		return cand{}, false // the narrative is at a day that is no told one
	}
	return cand{end: end, typ: "DATE", val: dayVal(e.t.AddDate(0, 0, off)), gran: gDay, by: ByStory, aside: off < 0}, true
}
