package timex

// untilEndOfStart returns where a date's clause is to be read from when the date ends "the
// end of", "the middle of", "the start of", "the beginning of" or "the close of" after
// "until", "till", "to", "through" or "into": the phrase's first word, so that "postponed the
// hearing until the end of July", "extended the offer to the end of August" and "extended the
// period through the end of September" are read as "until July", "to August" and "through
// September" are, ahead of their past verbs, and "stayed open through the end of September"
// as "stayed open through September", back. The month alone sees only "of" before it and took
// the past verb's reading, a year back. Any other date, and such a phrase after any other
// word ("by the end of July", "since the end of May"), keeps start.
func (m *matcher) untilEndOfStart(start int) int {
	if !m.word(start-1, "of") || !m.anyWord(start-2, "end", "middle", "start", "beginning", "close") {
		return start
	}
	k := start - 3
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "until", "till", "to", "through", "into") {
		return start
	}
	return k + 1
}

// askVerbs ask a court, an agency or the other side for an act: "asked the judge to rule",
// "has sought permission to file", "petitioned the board to hold a hearing", "requested that
// the trial start". askPast are their past forms.
var (
	askVerbs = map[string]bool{"asked": true, "asks": true, "ask": true, "asking": true,
		"requested": true, "requests": true, "request": true, "requesting": true,
		"sought": true, "seeks": true, "seek": true, "seeking": true,
		"petitioned": true, "petitions": true, "petition": true, "petitioning": true}
	askPast = map[string]bool{"asked": true, "requested": true, "sought": true, "petitioned": true}
)

// askedTimeAhead reports whether the date at token start can be read ahead as the time of
// what a request asks for: not a weekday, which after a past of asking as often dates the
// asking ("asked the judge to delay the hearing on Friday"), and not a month earlier in the
// year than the telling's or more than six months after it. A recent request for an act in a
// month soon to come is for this year's, which the reading ahead gives; "asked both sides to
// submit briefs in December", told in February, is of the December gone, which the past
// gives, and "to rule in March", told in June, of this year's March.
func (m *matcher) askedTimeAhead(start int) bool {
	for j := start; j < len(m.toks) && j <= start+2; j++ {
		switch m.toks[j].lex.kind {
		case lxWeekday:
			return false
		case lxMonth:
			ahead := m.toks[j].lex.val - int(m.doc.Month())
			return !m.hasDoc || ahead >= 0 && ahead <= 6
		}
	}
	return true
}

// scheduledActs are the acts that are asked for at a time: a court's ruling or hearing, a
// trial's start, a filing. After a plain past of asking ("asked the judge to rule in July")
// the time is the act's; after other acts ("asked the court to dismiss the case in March") it
// may as well be the asking's, and the past keeps it.
var scheduledActs = map[string]bool{"rule": true, "decide": true, "hear": true, "hold": true, "consider": true,
	"begin": true, "start": true, "open": true, "resume": true, "reconvene": true, "meet": true, "vote": true,
	"set": true, "schedule": true, "reschedule": true, "delay": true, "postpone": true, "file": true,
	"respond": true, "reply": true, "answer": true, "testify": true, "appear": true, "act": true,
	"submit": true}

// requestedAct reports whether the date at token start times an act that a request asks for:
// "the parties have asked the court to consider it in early June", "has sought permission to
// file its answer in August", "both sides have asked that the trial start in November". What
// is asked for comes after the asking, so the date lies ahead of the telling, though "asked"
// is past. The request opens an infinitive ("to" and a verb) or a "that" clause, with at most
// five words of object between and no date among them ("asked the court in March to dismiss":
// March is the asking's). A plain past takes only an act of scheduledActs; a pluperfect ("had
// asked"), a past verb of its own between the act and the date ("to reconsider a ruling he
// issued in March") or punctuation leaves the clause to its tense. After a plain past a
// "that" clause counts when its verb is bare or a passive with "be" ("requested that the sale
// close in August", timex74.go), and "demanded", "urged" and the like then ask as well.
func (m *matcher) requestedAct(start int) bool {
	if start < 4 || start >= len(m.toks) || !m.askedTimeAhead(start) {
		return false
	}
	sent := m.toks[start].sent
	bad := -1 // the nearest verb, going back, that tells a time of its own
	for j := start - 1; j >= 1 && j >= start-12; j-- {
		t := &m.toks[j]
		if t.sent != sent || t.kind == kPunct && t.s != "-" || calendarWord(t.lex.kind) {
			return false
		}
		if t.kind != kWord {
			continue
		}
		opener := m.word(j, "to") && j+1 < start || m.word(j, "that")
		if !opener {
			if v := m.verbInfo(j); bad < 0 && (v&(vFuture|vReporting|vPossibility) != 0 || v&vPast != 0 && !m.anyWord(j-1, "be", "been")) {
				bad = j
			}
			continue
		}
		if bad >= 0 && (m.word(j, "that") || bad > j+1) {
			return false // "to reconsider a ruling he issued in March"
		}
		return m.askedFor(j)
	}
	return false
}

// askedFor reports whether the "to" or "that" at token at opens what a verb of askVerbs asks
// for, the verb within six words before it, with no verb, date or punctuation between but a
// date of the asking right before the opener.
func (m *matcher) askedFor(at int) bool {
	from := m.askingDateStart(at) // "asked in March that the trial begin in November" (timex75.go)
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		t := &m.toks[k]
		if t.kind != kWord || calendarWord(t.lex.kind) || t.sent != m.toks[at].sent {
			return false
		}
		w := lowerWord(t)
		if !askVerbs[w] && !(mandativePasts[w] && m.word(at, "that")) {
			if m.verbInfo(k)&(vPast|vFuture|vReporting|vBe|vPossibility) != 0 {
				return false
			}
			continue
		}
		if m.anyWord(k-1, "had", "the", "a", "its", "their", "his", "her") || m.word(k-2, "had") {
			return false // "had asked", "the request that"
		}
		if !askPast[w] && !mandativePasts[w] || m.anyWord(k-1, "has", "have") || m.anyWord(k-2, "has", "have") {
			return true // a present, or a perfect: the request stands at the telling
		}
		if m.word(at, "that") {
			// "requested that the sale close in August" (timex74.go)
			return m.untensedThatClause(at) && !m.datedBefore(k)
		}
		if !scheduledActs[lowerWord(&m.toks[at+1])] {
			return false
		}
		return !m.datedBefore(k)
	}
	return false
}

// requestedEvents are the events of a court's calendar that a party asks for: "asked for a
// hearing in April", "sought a trial date in the fall".
var requestedEvents = map[string]bool{"hearing": true, "hearings": true, "trial": true, "retrial": true,
	"date": true, "vote": true, "ruling": true, "decision": true, "meeting": true, "argument": true,
	"arguments": true, "sentencing": true, "conference": true}

// requestedEvent reports whether the date at token start times an event of the calendar that
// a request asks for: "have asked for a hearing in April", "has requested a hearing in
// April", "sought a trial date in the fall", "granted the company's request for a hearing in
// April". The event asked for comes after the asking, so its date lies ahead, though the
// asking is past. The event's noun stands right before the date's preposition, with at most
// three words (an article, a possessive, an adjective) between it and "asked for", "requested",
// "sought" or "request for"; a date before them dates the asking, not the event ("In
// January, the company asked for a hearing in April" still asks for an April ahead). A
// pluperfect ("had asked for") keeps the clause's tense, and a date after a request that
// names no event ("granted the company's request in January", "asked for a delay in
// August") is the request's.
func (m *matcher) requestedEvent(start int) bool {
	if !m.askedTimeAhead(start) {
		return false
	}
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "in", "on", "by", "before", "for", "during") {
		return false
	}
	k--
	if !requestedEvents[lowerWord(&m.toks[max(k, 0)])] || k < 2 {
		return false
	}
	if m.word(k, "date") {
		if !m.anyWord(k-1, "trial", "hearing", "sentencing") {
			return false // "a date in April" is any date's
		}
		k--
	}
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		t := &m.toks[j]
		if t.kind != kWord || calendarWord(t.lex.kind) || t.sent != m.toks[start].sent {
			return false
		}
		w := lowerWord(t)
		var verb int
		switch {
		case w == "for" && m.anyWord(j-1, "asked", "asks", "ask", "asking", "request", "requests", "motion", "petition"):
			verb = j - 1
		case m.anyWord(j, "requested", "requests", "request", "requesting", "sought", "seeks", "seek", "seeking"):
			verb = j
		default:
			if m.verbInfo(j)&(vPast|vFuture|vReporting|vBe|vPossibility) != 0 {
				return false
			}
			continue
		}
		return !m.anyWord(verb-1, "had") && !m.word(verb-2, "had")
	}
	return false
}
