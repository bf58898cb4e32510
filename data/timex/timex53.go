package timex

// Families the last round noticed and left (timex53): a range of days under one month ("Oct.
// 24-27", "June 10-12, 1998"), a season or a school year written with the two years it
// straddles ("the winter of 1995-96", "the 1998-99 season"), and "the previous quarter" after a
// quarter named relative to the telling.

// dayRangeStart reports whether the number at token i, after a month, opens a range of days of
// that month written with a hyphen: "Oct. 24-27", "June 10-12, 1998". The number after the
// hyphen is a later day of a month and ends the range; a score ("beat them 3-2") goes down, and
// a range followed by a unit, "percent" or "%" is an amount.
func (m *matcher) dayRangeStart(i int) bool {
	if i < 1 || i+2 >= len(m.toks) || m.toks[i].kind != kNum || m.toks[i].ndig > 2 || m.numJoinedBefore(i) {
		return false
	}
	if !(m.kind(i-1) == lxMonth || m.punct(i-1, ".") && m.kind(i-2) == lxMonth) {
		return false
	}
	e := &m.toks[i+2]
	if !m.isHyphen(i+1) || !m.glued(i+1) || !m.glued(i+2) || e.kind != kNum || e.ndig > 2 {
		return false
	}
	return e.num > m.toks[i].num && e.num <= 31 && !m.rangeGoesOn(i+3) && !m.numJoinedAfter(i+2) &&
		!m.anyWord(i+3, "percent", "per") && m.kind(i+3) != lxUnit
}

// yearAfterDays reads the year written after the second day of a range under one month, which
// dates both days: "June 10-12, 1998", "April 24 and 25, 1999". j is the token after the first
// day; end is the token after the year.
func (m *matcher) yearAfterDays(j int) (y, end int, ok bool) {
	if !m.anyWord(j, "and", "or", "to", "through") && !m.isHyphen(j) {
		return 0, 0, false
	}
	k := j + 1
	if k >= len(m.toks) || m.toks[k].kind != kNum || m.toks[k].ndig > 2 {
		return 0, 0, false
	}
	k++
	if m.punct(k, ",") {
		k++
	}
	if y, ok = m.yearAt(k); !ok {
		return 0, 0, false
	}
	return y, k + 1, true
}

// dayRangeYear reports whether the day at token dt opens a range of days whose year is written
// after its second day: "June 10-12, 1998", "from March 3 to 5, 1999".
func (m *matcher) dayRangeYear(dt int) bool {
	_, _, ok := m.yearAfterDays(dt + 1)
	return ok
}
