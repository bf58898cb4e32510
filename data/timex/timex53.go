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

// normDayRangeFirst reads the first day of a range of days written before the month they
// share ("24-27 October", "10 and 11 June 1998"), which the day-month rule cannot reach: the
// day is that month's and that year's, marked alone as TimeML marks "Feb. 5" and "6"; the
// second day with its month is the day-month rule's.
func normDayRangeFirst(m *matcher, x *match) (cand, bool) {
	first, second := x.tok(0), x.tok(2)
	d1, d2 := m.toks[first].num, m.toks[second].num
	if d1 < 1 || d1 >= d2 || m.numJoinedBefore(first) || m.glued(first) && m.toks[first-1].kind == kPunct {
		return cand{}, false
	}
	if m.isHyphen(x.tok(1)) && (!m.glued(x.tok(1)) || !m.glued(second)) || !m.toks[x.tok(4)].upper {
		return cand{}, false
	}
	mo := m.toks[x.tok(4)].lex.val
	if x.has(6) {
		y, _ := m.yearAt(x.tok(6))
		dd, ok := validDay(y, mo, d1)
		return cand{end: first + 1, typ: "DATE", val: dayVal(dd), gran: gDay, by: ByAbsolute}, ok
	}
	c, ok := m.dayNoYear(first, x.to[4], mo, d1)
	c.end = first + 1
	return c, ok
}

// dayRangeEndBeforeMonth reports whether the number at token i ends a range of days written
// with a hyphen before their month: the "27" of "24-27 October". The number before the hyphen
// is an earlier day.
func (m *matcher) dayRangeEndBeforeMonth(i int) bool {
	if i < 2 || m.toks[i].kind != kNum || m.toks[i].ndig > 2 || !m.isHyphen(i-1) || !m.glued(i-1) || !m.glued(i) {
		return false
	}
	a := &m.toks[i-2]
	if a.kind != kNum || a.ndig > 2 || a.num < 1 || a.num >= m.toks[i].num || m.numJoinedBefore(i-2) || m.numJoinedAfter(i) {
		return false
	}
	k := i + 1
	if m.word(k, "of") {
		k++
	}
	return m.kind(k) == lxMonth && m.toks[k].upper
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

// timex53Rules are the patterns of this file.
func timex53Rules() []rule {
	return []rule{
		{name: "day-range-first", starts: []string{"#num"}, doc: "24-27 October, 10 and 11 June 1998: the first day of a range written before its month, the month's and the year's",
			pattern: "%d2 -|and|to|through %daynum of? %month ,? %y4?", norm: normDayRangeFirst,
			examples: []Example{{"The summit runs 24-27 October in Lima.", "24", "2007-10-24"},
				{"Voting took place on 10 and 11 June 1998.", "10", "1998-06-10"}}},
		{name: "straddled-season", starts: []string{"the"}, doc: "the 1998-99 season, the 2024-25 school year: one season or school year, written with the two years it straddles, valued as its first",
			pattern: "the %y4 +- +%d24 season|school|academic|fiscal|financial|crop|marketing year?", norm: normStraddledSeason,
			examples: []Example{{"He retired after the 1998-99 season.", "the 1998-99 season", "1998"},
				{"Enrollment fell in the 2004-05 school year.", "the 2004-05 school year", "2004"}}},
	}
}

// normStraddledSeason reads "the 1998-99 season" as one expression, the season of its first
// year (as "the 1996-97 season" was valued, timex32.go and timex39.go): TimeML marks the whole
// phrase, and the year rule alone took "1998" and left "-99 season" out. A noun that takes
// "year" ("school", "fiscal") must have it.
func normStraddledSeason(m *matcher, x *match) (cand, bool) {
	a, b := x.tok(1), x.tok(3)
	if !m.straddles(a, b) {
		return cand{}, false
	}
	noun := x.tok(4)
	end := noun + 1
	if !m.word(noun, "season") {
		if !x.has(5) {
			return cand{}, false
		}
		end++
	}
	if m.word(noun, "season") && end < len(m.toks) && seasonGoods[lowerWord(&m.toks[end])] {
		return cand{}, false // "the 2011-12 season tickets": the year rule's, as before
	}
	y, _ := m.yearAt(a)
	return cand{end: end, typ: "DATE", val: yearVal(y), gran: gYear, by: ByAbsolute}, true
}

// straddles reports whether the number at token b is the year after the year at token a,
// glued to it by a hyphen, in two digits or four: "1995-96", "2003-2004", "1999-00".
func (m *matcher) straddles(a, b int) bool {
	if b != a+2 || !m.isHyphen(a+1) || !m.glued(a+1) || !m.glued(b) || m.toks[a].kind != kNum || m.toks[b].kind != kNum {
		return false
	}
	y, z := m.toks[a].num, m.toks[b].num
	switch m.toks[b].ndig {
	case 2:
		return z == (y+1)%100
	case 4:
		return z == y+1
	}
	return false
}

// straddledEnd is the end of a season's year at token k written with the year it runs into:
// "the winter of 1995-96" ends after "96", which is no year of its own. Otherwise it is k+1.
func (m *matcher) straddledEnd(k int) int {
	if k+2 < len(m.toks) && m.straddles(k, k+2) && !m.rangeGoesOn(k+3) {
		return k + 3
	}
	return k + 1
}

// rememberDeicticQuarter notes a quarter named relative to the telling ("the prior quarter",
// "last quarter"): it is no new quarter of the story, so "the previous quarter" after it is
// the telling's previous quarter again, not the one before it. A quarter named outright ("the
// second quarter") is one, and "the previous quarter" after it counts back from it. An anaphor
// read from the telling (normAnaphorNext) is as deictic as the quarter it followed.
func (m *matcher) rememberDeicticQuarter(c cand) {
	if c.gran != gQuarter || c.typ != "DATE" {
		return
	}
	if name := registry[c.rule].name; (name == "relative-unit" || name == "anaphor-next") && c.by == ByPublication {
		m.deicticQuarter = m.lastQuarter
		return
	}
	m.deicticQuarter = 0
}

// lastQuarterDeictic reports whether the last quarter named was named relative to the telling.
func (m *matcher) lastQuarterDeictic() bool {
	return m.deicticQuarter != 0 && m.deicticQuarter == m.lastQuarter
}
