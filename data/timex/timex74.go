package timex

// announcingPasts are the pasts that put news out, beside the reporting verbs of wordTense:
// "posted a loss on Tuesday", "unveiled a buyback on Tuesday".
var announcingPasts = map[string]bool{"posted": true, "unveiled": true, "released": true, "published": true,
	"disclosed": true, "issued": true, "declared": true}

// announcedWeekday reports whether the weekday at token i dates a past that put news out:
// "HSBC reported a 3% fall in profit on Tuesday", "the bank posted record earnings Tuesday".
// Such a past tells when the news came, as "said Tuesday" does, not that the day's events are
// over, so a schedule told later for the same day ("a rival reports its results on Tuesday",
// told on a Tuesday) is that day's, not a week on (weekdayDone, timex60.go). The clause's verb
// is the nearest past going back, within twelve words of the same sentence; a past of another
// kind ("Stocks rallied Tuesday", "the talks broke off Tuesday") still closes the day.
func (m *matcher) announcedWeekday(i int) bool {
	sent := m.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-12 && m.toks[k].sent == sent; k-- {
		if m.toks[k].kind != kWord {
			continue
		}
		v := m.verbInfo(k)
		if v&(vPast|vReporting|vFuture|vBe) == 0 {
			continue
		}
		return v&vReporting != 0 || announcingPasts[lowerWord(&m.toks[k])]
	}
	return false
}

// sittingNouns are the sittings of a body that a matter is put off to or taken up at: a
// court's term, a legislature's session, a board's meeting.
var sittingNouns = map[string]bool{"term": true, "session": true, "sitting": true, "meeting": true,
	"hearing": true, "conference": true, "convention": true, "summit": true, "round": true, "auction": true,
	"plenary": true, "gathering": true}

// nextSittingAhead reports whether the date at token start times a body's next sitting: "held
// the case over until the start of its next term in October", "put off the bill until its
// next session in January", "will take it up at its next meeting in October". "Next" before
// the sitting's noun says it lies ahead of the telling, whatever the tense of the act that
// puts the matter off. After "until", "till", "to", "through", "into" or "for" (with "the start of"
// or the like between or not) any month is ahead; after "at" only one not earlier in the
// year than the telling's, as "approved the plan at its next meeting in March", told in June,
// tells a story's next meeting, gone. "Its last meeting in October" and "its meeting in
// October" keep the clause's tense.
func (m *matcher) nextSittingAhead(start int) bool {
	if start < 4 || !m.anyWord(start-1, "in", "on") || !sittingNouns[lowerWord(&m.toks[start-2])] {
		return false
	}
	k := start - 3
	for n := 0; n < 2 && k > 0 && !m.word(k, "next") && m.toks[k].kind == kWord && m.verbInfo(k) == 0; n++ {
		k-- // "its next regular meeting", "its next scheduled session"
	}
	if !m.word(k, "next") || !m.anyWord(k-1, "its", "their", "the", "his", "her", "our") {
		return false
	}
	k -= 2
	if m.word(k, "of") && m.anyWord(k-1, "start", "beginning", "opening", "end", "close") {
		k -= 2
		if m.word(k, "the") {
			k--
		}
	}
	switch {
	case m.anyWord(k, "until", "till", "to", "through", "into", "for"):
		return true
	case m.word(k, "at"):
		for j := start; j < len(m.toks) && j <= start+2; j++ {
			if m.toks[j].lex.kind == lxMonth {
				return !m.hasDoc || m.toks[j].lex.val >= int(m.doc.Month())
			}
		}
		return true
	}
	return false
}

// mandativePasts are pasts that, like "requested", ask for an act in a "that" clause whose
// verb is bare: "demanded that the bank raise capital", "urged that the vote be held".
var mandativePasts = map[string]bool{"demanded": true, "urged": true, "recommended": true, "proposed": true, "insisted": true}

// untensedThatClause reports whether the "that" clause opened at token at, up to its first
// date, has no verb of its own tense: its verb is bare ("that the sale close in August"), a
// passive with "be" ("that the vote be held in July") or one after "should" or "would". What a
// plain past of asking asks for in such a clause is still to come, so its date lies ahead
// (requestedAct, timex72.go); "that the sale closed in May" or "that the trial was set for
// May" tell a time of their own.
func (m *matcher) untensedThatClause(at int) bool {
	sent := m.toks[at].sent
	for j := at + 1; j < len(m.toks) && j <= at+10 && m.toks[j].sent == sent; j++ {
		t := &m.toks[j]
		if calendarWord(t.lex.kind) {
			return j > at+2 // a subject and a verb at least
		}
		if t.kind != kWord {
			return false
		}
		if m.verbInfo(j)&(vPast|vBe|vReporting) != 0 && !m.anyWord(j-1, "be", "been") ||
			m.anyWord(j, "was", "were", "has", "have", "had", "does", "did", "will") {
			return false
		}
	}
	return false
}
