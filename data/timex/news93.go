package timex

// Misreads of news copy noticed in the news93 round: a weekday after the present of a verb of
// telling results or showing something, which a schedule tells.

// presentTellingVerbs are third persons of verbs that a headline or a lead uses, in the present
// of a schedule, for what a company is to tell or show on a day: "Nike announces quarterly
// results Thursday", "Acme posts earnings Wednesday", "unveils its new phone Friday". ("reports",
// "releases", "holds" are schedule verbs already.)
var presentTellingVerbs = map[string]bool{"announces": true, "posts": true, "unveils": true,
	"publishes": true, "reveals": true, "presents": true}

// presentTellingWeekday says whether the bare weekday at [i, j) closes a clause whose verb is
// the present of a verb of telling (presentTellingVerbs), with its object and perhaps a time of
// day between: the day is on the calendar, ahead ("Micron posts results after the bell
// Wednesday", told on a Monday, is the Wednesday to come). Another verb between makes the day
// its own ("announces it sold a plant Thursday"), and a comma or a clause break ends the search
// (a hyphen inside a word does not: "posts fourth-quarter results Thursday"). Yesterday's
// weekday is left to the clause.
func (m *matcher) presentTellingWeekday(i, j int) bool {
	if m.kind(i) != lxWeekday || !m.hasDoc || mod(isoWeekday(m.doc)-m.toks[i].lex.val, 7) == 1 {
		return false // the day just gone is as often told in the present: "Dow posts a loss Friday", told on Saturday
	}
	k := m.presentVerbBefore(i, func(k int) bool { return inSet(presentTellingVerbs, m.toks[k].s) })
	return k >= 0 && m.verbAfterSubject(k)
}

// presentVerbBefore walks back from the weekday at token i over the words of its clause (a
// hyphen inside a word passed) to the first for which isVerb holds, and returns its index; -1
// when a comma or a clause break comes first, or another verb of a tense.
func (m *matcher) presentVerbBefore(i int, isVerb func(k int) bool) int {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		t := m.toks[k]
		if t.kind == kPunct && !(t.s == "-" && m.glued(k) && m.glued(k+1)) || t.clause != m.toks[i].clause {
			return -1
		}
		if t.kind != kWord {
			continue
		}
		if isVerb(k) {
			return k
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 {
			return -1
		}
	}
	return -1
}

// verbAfterSubject says whether the present verb at token k follows its subject, a word: "the
// posts", "to post" or "the gains" are no verb.
func (m *matcher) verbAfterSubject(k int) bool {
	return m.toks[k-1].kind == kWord && !m.toks[k-1].in(sDeterminers) && !m.toks[k-1].in(sModalWords) &&
		!m.anyWord(k-1, "to", "of", "for", "in", "on", "at", "by", "with", "'s")
}
