package timex

import "strings"

// futureDayGone says whether a month and day without a year, some weeks before the
// publication, is told by a clause that looks ahead from the telling ("Apple will hold its
// conference on June 10" told on July 24; "the plant will reopen May 2" told in late June): the
// day to come is next year's. Only "will" and "shall" tell that future: "would" looks ahead
// from a past ("said in May it would close the plant on June 10"), and a schedule verb may
// be a plan since dropped ("had been set for Oct. 29 but was put off"). Within two weeks the
// day may be a slip or a schedule told late; beyond 45 days yearFor's tense reading moves it.
func (m *matcher) futureDayGone(start, end, diff int) bool {
	if diff >= -14 {
		return false
	}
	t, cue := m.tenseCue(start, end, false)
	return t == tenseFuture && (cue == "will" || cue == "ll" || cue == "shall")
}

// wouldFromStory says whether a month, season or month and day is told by "would" after a past
// month or day of its own sentence: a future seen from that past ("had warned in January that
// sales would fall in the spring", told in June, is the spring after January, this year's; "said
// in October it would close the plant in March" the March after October). The story's month or
// day, not the publication, is where "would" looks ahead from.
func (m *matcher) wouldFromStory(n need) bool {
	st := m.story
	if st.gran != gMonth && st.gran != gDay || st.since || n.rel != 0 || n.start >= len(m.toks) ||
		m.toks[n.start].sent != st.sent || !st.t.Before(m.doc) || m.storyInOtherAside(n.start) { // timex64.go
		return false
	}
	switch n.kind {
	case needMonth, needSeason, needMonthDay:
	default:
		return false
	}
	t, cue := m.tenseCue(n.start, n.end, false)
	return t == tenseFuture && (cue == "would" || cue == "on track") // "said in March it was on track for September" (timex73.go)
}

// objectStops are the words between a verb and a day that tie the day to something else than
// the verb's act: a deadline "for", "by" or "until" it, a span "from" or "through" it.
var objectStops = map[string]bool{"for": true, "by": true, "until": true, "to": true, "from": true, "after": true,
	"before": true, "at": true, "in": true, "since": true, "through": true, "with": true, "as": true, "that": true,
	"and": true, "or": true, "but": true}

// pastVerbOverObject is pastVerbOfDay across the verb's object or idiom's noun: "the law took
// effect Jan. 1", "opened the new plant on Jan. 2", told on Dec. 10, did so on the January 1 or
// 2 gone, as "ran out on June 30" does. Up to four words that are no verb and tie the day to
// nothing else may stand between; "set a hearing for Jan. 5" (a deadline's "for"), a schedule
// verb ("scheduled the vote on Jan. 5") and a day inside a noun phrase ("rejected the Jan. 8
// deadline", "gave it a Nov. 3 action date") still look ahead (pastVerbOfDay).
func (m *matcher) pastVerbOverObject(start, end int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	} else if m.anyWord(k, "a", "an", "the", "its", "their", "his", "her", "our", "this", "that") {
		return false // "rejected the Jan. 8 deadline": the day names a noun's time, not the act's
	}
	for n := 0; n < 4 && k > 0; n, k = n+1, k-1 {
		t := m.toks[k]
		if t.kind != kWord || t.clause != m.toks[start].clause || objectStops[strings.ToLower(t.s)] {
			return false
		}
		if tn, _ := wordTense(t.s); tn != tenseNone {
			return n > 0 && m.pastVerbAt(k, start, end)
		}
	}
	return false
}
