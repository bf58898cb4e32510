package timex

import "time"

// pastHolidayGone reports whether a holiday without its year, which the nearest-year reading
// puts ahead of the telling, is the time of what a past clause tells: "Stores were busy at
// Thanksgiving" or "demand slumped over Halloween", told in October, is last year's holiday,
// since a holiday recurs and what is told as done cannot have happened at one still to come.
// The weeks-ahead allowance yearFor keeps for a day (a deadline reported in the past) does not
// fit a holiday after "at", "over", "during" or "around", which only ever times an act. A
// clause that only sets or plans ("the sale was planned for Thanksgiving") has no such
// preposition, and a future clause ("will be busy at Thanksgiving") keeps the holiday ahead.
func (m *matcher) pastHolidayGone(n need, d time.Time, tense func() Tense) bool {
	if n.rel != 0 || !m.hasDoc || !d.After(m.doc) || n.start < 1 {
		return false
	}
	k := n.start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "at", "over", "during", "around") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8 && m.toks[j].clause == m.toks[n.start].clause; j-- {
		if m.toks[j].kind == kWord && m.verbInfo(j)&vSchedule != 0 {
			return false // "the launch was planned at Thanksgiving"
		}
	}
	return tense() == tensePast
}

// afterHolidayJustGone reports whether a holiday without its year, in the six days after it
// was, follows "after": "traffic will be light after the Labor Day weekend" or "trading should
// pick up after Christmas", told in the days just after the holiday, is the holiday gone,
// though the clause looks ahead. The holiday is still the story's time, the point from which
// the clause's future runs, and no one writes "after" of a holiday a year off when the one of
// a few days back is in every reader's mind. A holiday farther back, or one before "before"
// ("will be busy before the Labor Day weekend"), is left to the tense.
func (m *matcher) afterHolidayJustGone(n need, d time.Time) bool {
	if n.rel != 0 || !m.hasDoc || !d.Before(m.doc) || m.doc.Sub(d) > 6*24*time.Hour {
		return false
	}
	k := n.start - 1
	if m.word(k, "the") {
		k--
	}
	return m.word(k, "after")
}
