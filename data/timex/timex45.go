package timex

// Families of broadcast copy of 1998 (heldout53, timex45): the anchor's and the reporter's
// spoken counts of days ahead, and lengths of time that a spoken sentence names with an
// article where print names a year.

// weekAheadDay: "a week from today", "one week from now" in the singular is talk's count of
// seven days ahead, the day that far on, as "a week ago" is the day seven back (weekAgoDay);
// "two weeks from today" stays the week (normFromNow).
func (m *matcher) weekAheadDay(x *match) (cand, bool) {
	return m.offset(x.end, uDay, 7, 0)
}

// lengthOfYear reports whether "full year" or "whole year" at x follows an indefinite article:
// "more rain than falls in a whole year", "paid for a full year" measure a length, where "the
// whole year" is the story's year. A hyphened "full-year" modifies its noun ("a full-year
// loss"), and the article is the noun's.
func (m *matcher) lengthOfYear(x *match) bool {
	return !x.has(0) && !x.has(2) && m.anyWord(x.start-1, "a", "an")
}

// coordinatedParticiple reports whether the past form at token k is the second of two
// participles joined by "and" or "or" after an auxiliary: "have to be fixed and tested by June
// 30", "must be signed and returned by Friday". The auxiliary makes both participles, as it
// makes the first ("must be returned"), so the second tells no past of its own; "was arrested
// and charged Monday" keeps the past of "was".
func (m *matcher) coordinatedParticiple(k int) bool {
	if k < 3 || !m.anyWord(k-1, "and", "or") {
		return false
	}
	p := k - 2
	return m.toks[p].kind == kWord && m.verbInfo(p)&vPast != 0 && m.toks[p-1].kind == kWord && m.toks[p-1].in(sParticipleAux)
}
