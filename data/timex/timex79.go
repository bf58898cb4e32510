package timex

import "time"

// verbBeforeObject reports whether a verb stands before the -s word at token k in its clause,
// so that the word is in that verb's object or in a phrase after it, a noun and no present
// verb of its own (presentBeforeDate): "met with his top aides Wednesday", "lashed out at his
// relatives Sunday".
//
// The sign of an amount or a number's thousands comma is part of a noun phrase and ends no
// clause: "received $200 million from the sale of its paper mills on Tuesday", "shipped
// 40,000 tons from its steel works on Friday". "After", "before", "since" and "until" before
// a noun phrase are prepositions as often as they open a clause; a past verb before them
// still governs the phrase, as a present after them would not follow it ("jumped after the
// sale of its steel works on Friday"); "will wait until the store closes Friday" is left to
// the verbs' own tense.
func (m *matcher) verbBeforeObject(k int) bool {
	crossed := false // past "after", "before", "since" or "until"
	for j := k - 1; j >= 0 && m.toks[j].clause == m.toks[k].clause; j-- {
		t := &m.toks[j]
		if t.kind == kPunct {
			if t.s == "'" || t.s == "’" || t.s == "-" || m.amountMark(j) || m.thousandsComma(j) {
				continue
			}
			return false
		}
		if m.anyWord(j, "after", "before", "since", "until") && !crossed {
			crossed = true
			continue
		}
		if t.in(sClauseWords) {
			return false
		}
		if t.kind != kWord {
			continue
		}
		info := m.verbInfo(j)
		if crossed && info&vPast != 0 && info&vReporting == 0 {
			return true
		}
		if !crossed && (info&(vPast|vFuture|vBe|vPossibility) != 0 || t.in(sBareIrregular)) {
			return true
		}
	}
	return false
}

// amountMark reports whether token j is the sign of an amount: "$200 million", "£5", "40%".
func (m *matcher) amountMark(j int) bool {
	return m.anyPunct(j, "$", "£", "€", "¥", "%")
}

// thousandsComma reports whether token j is a comma glued between two numbers: "40,000".
func (m *matcher) thousandsComma(j int) bool {
	return m.punct(j, ",") && j >= 1 && j+1 < len(m.toks) && m.toks[j-1].kind == kNum && m.toks[j+1].kind == kNum &&
		m.glued(j) && m.glued(j+1)
}

// changedPlanDay resolves a bare weekday that dates a plan told in the past ("was to take
// place on Monday", "were supposed to end Friday", "had been scheduled for Tuesday") which its
// sentence goes on to change: "The vote, which was to take place on Monday, was postponed",
// "a fare sale that was to end on Friday, but it was extended", "the strike was to begin on
// Friday, but the union called it off". The day is the one the plan had set; the past of
// "was to" puts it neither behind nor ahead of the telling, as news of a change comes as
// often before the day as after it, so it is the day of that name nearest the telling (told
// on a Wednesday, the Monday just gone, the Friday to come). A plan that is not said to have
// changed is left to the tense: "said the meeting was to be held on Tuesday" is the
// backshift of "is to", ahead.
func (m *matcher) changedPlanDay(n need) (time.Time, bool) {
	if n.kind != needWeekday || n.rel != 0 || !m.hasDoc || !m.pastPlanBefore(n.start) || !m.planChanged(n.start, n.end) {
		return time.Time{}, false
	}
	cur := isoWeekday(m.doc)
	if ahead, back := mod(n.a-cur, 7), mod(cur-n.a, 7); ahead <= back {
		return m.doc.AddDate(0, 0, ahead), true
	}
	return m.doc.AddDate(0, 0, -mod(cur-n.a, 7)), true
}

// pastPlanBefore reports whether the words a few before token start tell a plan in the past
// whose time the date is: "was to" or "were to" before a verb ("was to take place on"), "was
// supposed to", "were scheduled to", "had been set to", or a participle of scheduling with
// "for" ("was scheduled for", "had been slated for"). Not under "if" or "unless".
func (m *matcher) pastPlanBefore(start int) bool {
	for k := start - 1; k >= 2 && k >= start-8 && m.toks[k].kind == kWord; k-- {
		if calendarWord(m.toks[k].lex.kind) {
			return false
		}
		switch {
		case m.word(k, "to") && m.anyWord(k-1, "was", "were") && (m.scheduledInfinitive(k+1) || m.infinitiveOfMod(k+1)),
			m.word(k, "to") && m.anyWord(k-1, "supposed", "meant") && m.anyWord(k-2, "was", "were", "been"),
			m.anyWord(k, "to", "for") && m.toks[k-1].in(sScheduleParticiples) && m.anyWord(k-2, "was", "were", "been"):
			return !m.conditionBefore(k - 1)
		}
	}
	return false
}

// planChanged reports whether the sentence of the date at [start, end) tells that a plan
// was put off, called off or stretched, after the date ("was postponed", "has been delayed",
// "but the union called it off", "but it was extended") or before the plan's noun ("had
// extended a fare sale that was to end on Friday").
func (m *matcher) planChanged(start, end int) bool {
	sent := m.toks[start].sent
	for j := max(start-16, 0); j < len(m.toks) && j < end+14; j++ {
		if m.toks[j].sent != sent {
			if j > start {
				break
			}
			continue
		}
		switch {
		case m.anyWord(j, "postponed", "delayed", "deferred", "cancelled", "canceled", "scrapped", "suspended",
			"extended", "rescheduled", "shelved", "scuttled"):
			return true
		case m.anyWord(j, "called", "put", "pushed"):
			p := j + 1
			if m.anyWord(p, "it", "them") {
				p++
			}
			if m.anyWord(p, "off", "back") {
				return true
			}
		}
	}
	return false
}

// appearanceVerb reports whether "appears" or "appear" at token k is a verb of the calendar,
// as "testifies" is: an appearance before a body, in a court, at or on a venue, or for a
// hearing, whose present tells a day ahead ("The minister appears before the committee on
// Tuesday", told on a Monday; "both men appear in court Friday"). The verb of seeming is
// not: "appears to have left", "appears likely", "it appears that". The base form after an
// auxiliary, a negation or "to" takes its tense from them ("did not appear in court Monday",
// "is due to appear").
func (m *matcher) appearanceVerb(k int) bool {
	if !m.anyWord(k, "appears", "appear") || !m.anyWord(k+1, "before", "in", "at", "on", "for") {
		return false
	}
	if m.word(k, "appear") {
		return k > 0 && m.toks[k-1].kind == kWord && m.toks[k-1].clause == m.toks[k].clause &&
			!m.anyWord(k-1, "to", "not", "never", "did", "do", "does", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "t")
	}
	return true
}

// presentBefore reports whether the clause before the "before" at token p is told in a
// headline's present, with no past, perfect or reporting verb in it: "Stocks rise before
// Friday's Fed decision", "Dollar edges up before Thursday's jobs data". Such a run-up is of
// the session told, and looks ahead to the event as "ahead of" does (runUpAnchor); "rose in
// the days before Friday's announcement" may look back from after it, and is left as it was.
func (m *matcher) presentBefore(p int) bool {
	verb := false
	for k := p - 1; k >= 0 && m.toks[k].clause == m.toks[p].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && !m.anyPunct(k, "'", "’", "-", ".") {
			return false // a clause or an aside before: its verbs are not read
		}
		if t.kind != kWord {
			continue
		}
		info := m.verbInfo(k)
		if info&(vPast|vReporting|vFuture|vPossibility|vBe) != 0 || t.in(sBareIrregular) || m.anyWord(k, "has", "have", "had", "did", "does", "do") {
			return false
		}
		if !t.upper && t.lex.kind == lxNone && k > 0 && m.toks[k-1].kind == kWord {
			verb = true // a lower-case word after its subject: the headline's verb
		}
	}
	return verb
}

// thatSeasonSubject reports whether "that" and a season at [start, end) are the subject of a
// past verb right after them: "that winter was the coldest in decades", "that summer brought
// floods", as "that October was the wettest" is a month's (pastVerbAfterMonth). "That fall"
// before a verb is a tumble as often as a season, and after a verb of saying or knowing
// "that" opens a clause ("recalled that winter was hard"), so neither is read.
func (m *matcher) thatSeasonSubject(start, end int) bool {
	k := start
	if !m.word(k, "that") || m.word(end-1, "fall") || !m.pastVerbAfterMonth(end) {
		return false // "later that summer" is an adverb's phrase, no subject
	}
	return k == 0 || m.toks[k-1].kind != kWord || m.verbInfo(k-1)&vReporting == 0 && !thatClauseVerbs[lowerWord(&m.toks[k-1])]
}

// determinerAt reports whether token j opens a noun phrase as a determiner does: a word of
// determiners, or the "s" of a possessive glued to its owner ("the company's founder",
// "Acme's chief executive"), which stands where "its" would. A present -s verb after such a
// subject tells what is on the calendar ("Acme's chief executive steps down on Friday") as
// after "its chief executive" (presentBeforeDate, singularSubjectAt).
func (m *matcher) determinerAt(j int) bool {
	if m.toks[j].in(sDeterminers) {
		return true
	}
	return m.word(j, "s") && m.glued(j) && (m.punct(j-1, "'") || m.punct(j-1, "’")) && m.glued(j-1)
}
