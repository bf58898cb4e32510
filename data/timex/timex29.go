package timex

import "strings"

// Families added with heldout38 (broadcast transcripts, diplomacy, two AP business stories).

// resultGerunds are the gerunds of reporting a result: "after posting a loss", "following
// reporting weak sales", "after losing money".
var resultGerunds = map[string]bool{"posting": true, "reporting": true, "recording": true, "booking": true,
	"logging": true, "losing": true, "earning": true, "suffering": true, "taking": true}

// resultGerundBefore reports whether the date at token start is the period of a result told
// by a gerund after "after" or "following": "will cut 900 jobs after posting a loss for the
// fourth quarter", "plans to close stores following weak sales in the fourth quarter" is not
// one (no gerund). A result is reported once its period has ended, so the period is gone,
// whatever the main clause's tense. Only the gerund's object (words, figures, "$") may stand
// between it and the date's preposition; a verb, a clause word or another date ends the look.
func (m *matcher) resultGerundBefore(start int) bool {
	if m.anyWord(start-1, "the", "its", "their") {
		start-- // "for the fourth quarter" read from its ordinal
	}
	if !m.anyWord(start-1, "for", "in", "of") {
		return false
	}
	for k := start - 2; k >= 1 && k >= start-9 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && t.s != "$" && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if t.in(sResultGerunds) {
			return m.anyWord(k-1, "after", "following") && m.resultObject(k+1, start-1)
		}
		if calendarWord(t.lex.kind) || t.in(sClauseWords) || m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false
		}
	}
	return false
}

// resultObject reports whether tokens [a, b) name a result ("a loss", "a $9 million profit",
// "weak sales", "money", "a charge"): a word of results among them.
func (m *matcher) resultObject(a, b int) bool {
	for k := a; k < b; k++ {
		if m.toks[k].kind == kWord && (m.toks[k].in(sReportedResults) || m.toks[k].in(sResultsWords) ||
			m.anyWord(k, "money", "charge", "charges", "writedown", "write-off", "deficit")) {
			return true
		}
	}
	return false
}

// weekAgoDay: "a week ago", "one week ago" in the singular is talk's count of seven days, the
// day that far back ("the deal was struck a week ago", as "a week ago Monday" names a day);
// "two weeks ago" stays the week (normAgo).
func (m *matcher) weekAgoDay(x *match) (cand, bool) {
	return m.offset(x.end, uDay, -7, 0)
}

// destinationDate reports whether a journey's destination and then a date's word stand at
// token j: "to Washington on Saturday", "for New Delhi Friday". The second predicate of a
// traveler ("flew to Beijing on Monday and returns to Washington on Saturday", "arrived in
// Cairo Monday and leaves for Amman on Friday") is then a schedule's present, ahead as with
// its date right after the verb (dateFollows).
func (m *matcher) destinationDate(j int) bool {
	if !m.anyWord(j, "to", "for") {
		return false
	}
	k := j + 1
	for k < len(m.toks) && k <= j+3 && m.toks[k].kind == kWord && m.toks[k].upper && !calendarWord(m.toks[k].lex.kind) {
		k++
	}
	return k > j+1 && m.dateFollows(k)
}

// travelPresent reports whether token k is a third person's present followed by a
// destination and a date (destinationDate): "returns to Washington on Saturday". After "and"
// it opens a second predicate whose tense is not the first's.
func (m *matcher) travelPresent(k int) bool {
	return k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && strings.HasSuffix(m.toks[k].s, "s") &&
		!strings.HasSuffix(m.toks[k].s, "ss") && m.destinationDate(k+1)
}

// endOfStoryUnit reads "the end of the month", "the beginning of the year" in a narrative
// told in the past (unit u at token x.tok(4)): the month or year the story is at, named in
// that sentence or the one before, when it is not the publication's ("The floods began on
// Sept. 9. By the end of the month, the waters had receded" is September's end). A clause
// told in the present or ahead ("expects to finish by the end of the year") keeps the
// publication's, as does a year named after "since".
func (m *matcher) endOfStoryUnit(x *match, u int) (cand, bool) {
	st := m.story
	if st.gran == "" || st.since || u != uMonth && u != uYear || u == uMonth && st.gran == gYear ||
		m.toks[x.start].sent-st.sent > 1 || !st.t.Before(m.doc) {
		return cand{}, false
	}
	if m.word(x.start-1, "since") || m.planBefore(x.start) {
		// "have climbed since the start of the year" runs to the telling; "had planned to
		// finish by the end of the year" is a plan's date, which the story's need not be
		return cand{}, false
	}
	val, gran := unitVal(st.t, u)
	if doc, _ := unitVal(m.doc, u); val == doc || m.tense(x.start, x.end) != tensePast {
		return cand{}, false
	}
	return cand{end: x.end, typ: "DATE", val: val, gran: gran, by: ByStory, mod: modValue(m.toks[x.tok(1)].lex.val)}, true
}

// planBefore reports whether a word of intent or expectation stands in the clause before
// token start ("had planned to complete the work by", "was expected to close by", "hoped to").
func (m *matcher) planBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-12 && m.toks[k].clause == m.toks[start].clause; k-- {
		if m.toks[k].kind == kWord && (m.toks[k].in(sPastIntent) || m.toks[k].in(sPlannedWords) || m.toks[k].in(sPresentIntent)) {
			return true
		}
	}
	return false
}

// deadlineAhead reports whether the weekday at token i (ending at j), a possessive, is a
// deadline's ("Friday's deadline", "Sunday's ultimatum") in a clause told ahead or in the
// present: "the rebels are unlikely to meet Friday's deadline", "will strike after Friday's
// deadline". A deadline is set for a day to come; one that "passed" or was "missed" stays past.
func (m *matcher) deadlineAhead(i, j int) bool {
	n := j + 2
	if !m.anyWord(n, "deadline", "ultimatum") {
		n++ // one qualifier: "Friday's strike deadline"
		if !m.anyWord(n, "deadline", "ultimatum") || m.toks[n-1].kind != kWord || m.toks[n-1].upper {
			return false
		}
	}
	t := m.tense(i, j)
	return t == tenseFuture || t == tensePresent
}

// demandVerbs ask for what is to be done: "calls for", "demanded", "urged ... to", "pressed
// for"; demandPresent are their presents.
var demandVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true,
	"demand": true, "demands": true, "demanded": true, "demanding": true, "urge": true, "urges": true,
	"urged": true, "urging": true, "press": true, "presses": true, "pressed": true, "pressing": true}

var demandPresent = map[string]bool{"call": true, "calls": true, "demand": true, "demands": true, "urge": true,
	"urges": true, "press": true, "presses": true}

// demandContent reports whether the date at token start is in what a demand asks for: "the
// pact calls for elections in April", "the opposition called for a vote before winter", "the
// UN demanded a ceasefire by Friday", "urged both sides to resume talks in October". What is
// asked for comes after the asking. Told in the past, "in May" may as well date the asking
// ("demanded elections in May"), so a past demand takes only a date after "by", "before" or
// "until", or one in an infinitive it asks for ("urged them to resume talks in October"), and
// not when the sentence dates the demand before it ("In March, the rebels demanded a vote by
// spring"). The demand's own day stays the clause's ("called for new elections on Monday"),
// and so do a verb of its own between ("called for an inquiry into the raid that killed nine
// in May"), a pluperfect ("had called for") and a noun ("the call for talks in May").
func (m *matcher) demandContent(start int) bool {
	if start >= len(m.toks) || m.word(start-1, "on") || m.toks[start].lex.kind == lxWeekday && !m.anyWord(start-1, "by", "before") {
		return false
	}
	deadline := m.anyWord(start-1, "by", "before", "until")
	infinitive := false
	for k := start - 1; k >= 1 && k >= start-10 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if m.word(k, "to") {
			infinitive = true
		}
		if t.in(sDemandVerbs) {
			if m.anyWord(k, "call", "calls", "called", "calling", "press", "presses", "pressed", "pressing") && !m.word(k+1, "for") ||
				m.anyWord(k-1, "the", "a", "an", "its", "their", "his", "her", "had", "s") {
				return false
			}
			return t.in(sDemandPresent) || (deadline || infinitive) && !m.datedBefore(k)
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || calendarWord(t.lex.kind) {
			return false
		}
	}
	return false
}
