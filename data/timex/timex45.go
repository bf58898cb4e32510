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
