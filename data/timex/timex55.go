package timex

import "time"

// Families of holiday and calendar copy of 1997-2002 (heldout61, timex55): the festivals of
// the Hebrew and Chinese calendars, a holiday in a sentence a past year opens, the first full
// week of a month, "a year to the day after", the last weekday before a holiday, and the day
// a shopping season ranks ("the busiest day of the season"), which names no sports year.

// timex55Rules are the patterns of this file.
func timex55Rules() []rule {
	return []rule{
		{name: "chinese-new-year", starts: []string{"chinese"}, doc: "Chinese New Year: the first day of the lunar year, by the tense as a holiday",
			pattern: "chinese new year", norm: normChineseNewYear,
			examples: []Example{{"Factories will close for Chinese New Year.", "Chinese New Year", "2008-02-07"},
				{"Sales rose before Chinese New Year.", "Chinese New Year", "2007-02-18"}}},
		{name: "full-week-of-month", starts: []string{"the"}, doc: "the first full week of January: the week from the month's first (second, ...) Monday; the last full week, the one to its last Sunday",
			pattern: "the first|second|third|fourth|last full week of", norm: normFullWeekOfMonth,
			examples: []Example{{"Crews stay on duty through the first full week of January.", "the first full week of January", "2008-W02"},
				{"The fair runs in the last full week of September.", "the last full week of September", "2007-W39"}}},
		{name: "year-to-the-day", starts: []string{"#num", "@number", "a", "an", "one"}, doc: "a year to the day after a date: the date so many years on (before, back); after a day in apposition, that day",
			pattern: "%amount year|years to the day after|before", norm: normYearToTheDay,
			examples: []Example{{"The plant reopened on Aug. 14, 2007, a year to the day after the fire.", "a year to the day", "2007-08-14"},
				{"The new bridge opened two years to the day after the collapse of Aug. 1, 2005.", "two years to the day after the collapse of Aug. 1, 2005", "2007-08-01"}}},
		{name: "nth-weekday-around-day", starts: []string{"the"}, doc: "the last Saturday before Christmas, the first Monday after Easter: that weekday nearest before or after the day named",
			pattern: "the last|first %weekday before|after", norm: normNthWeekdayAroundDay,
			examples: []Example{{"Malls were packed on the last Saturday before Christmas 2006.", "the last Saturday before Christmas 2006", "2006-12-23"},
				{"The term opens on the first Tuesday after Labor Day.", "the first Tuesday after Labor Day", "2007-09-04"}}},
		{name: "the-new-year", starts: []string{"the"}, doc: "the new year: the year ahead, or told in January or February the one begun",
			pattern: "the new year", norm: normTheNewYear,
			examples: []Example{{"Investors fear the new year will be no better.", "the new year", "2008"},
				{"Retailers hope to hire again in the new year.", "the new year", "2008"}}},
	}
}

// lunarNewYears holds the first day of the Chinese lunar year, by Gregorian year, from 1970:
// the day is set by the new moon in China's time zone, which no short formula gives.
var lunarNewYears = [...][2]uint8{
	{2, 6}, {1, 27}, {2, 15}, {2, 3}, {1, 23}, {2, 11}, {1, 31}, {2, 18}, {2, 7}, {1, 28}, // 1970-79
	{2, 16}, {2, 5}, {1, 25}, {2, 13}, {2, 2}, {2, 20}, {2, 9}, {1, 29}, {2, 17}, {2, 6}, // 1980-89
	{1, 27}, {2, 15}, {2, 4}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 7}, {1, 28}, {2, 16}, // 1990-99
	{2, 5}, {1, 24}, {2, 12}, {2, 1}, {1, 22}, {2, 9}, {1, 29}, {2, 18}, {2, 7}, {1, 26}, // 2000-09
	{2, 14}, {2, 3}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, // 2010-19
	{1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, // 2020-29
	{2, 3}, // 2030
}

// lunarKnown reports whether the table holds the years around y, so that a holiday the
// tense moves a year either way still has its day.
func lunarKnown(y int) bool {
	return y > 1970 && y < 1970+len(lunarNewYears)-1
}

// lunarNewYear is the first day of the lunar year that begins in Gregorian year y (Feb. 1 as
// a placeholder outside the table, which lunarKnown keeps the rules from reaching).
func lunarNewYear(y int) time.Time {
	if i := y - 1970; i >= 0 && i < len(lunarNewYears) {
		return date(y, int(lunarNewYears[i][0]), int(lunarNewYears[i][1]))
	}
	return date(y, 2, 1)
}

// passover is the first day of Passover (15 Nisan) in Gregorian year y, by Gauss's formula for
// the Hebrew calendar's molad of Nisan and its postponements; Rosh Hashanah is 163 days
// after it and Yom Kippur 172, which the holiday table counts as shifts.
func passover(y int) time.Time {
	const (
		t = 33.0 + 14.0/24
		l = (1.0 + 485.0/1080) / 24 / 19
		k = (29.0 + (12.0+793.0/1080)/24) / 19
	)
	hy := y + 3760
	a := (12*hy + 17) % 19
	b := hy % 4
	d := (t - 10*k + l + 14) + k*float64(a) + float64(b)/4 - l*float64(hy)
	days := int(d)
	frac := d - float64(days)
	switch (days + 3*hy + 5*b + 5) % 7 {
	case 1:
		if a > 6 && frac >= (15.0+204.0/1080)/24 {
			days += 2
		}
	case 0:
		if a > 11 && frac >= (21.0+589.0/1080)/24 {
			days++
		}
	case 2, 4, 6:
		days++
	}
	days += y/100 - y/400 - 2 // Julian March to Gregorian
	return date(y, 3, 1).AddDate(0, 0, days-1)
}

// lunarYearWords reports whether "New Year" follows the holiday word at token j (its next,
// "new", already read at j-1): "Lunar New Year".
func (m *matcher) lunarYearWords(j int) bool {
	return m.word(j, "year") && m.toks[j].upper
}

// normChineseNewYear reads "Chinese New Year" as the holiday "Lunar New Year" is: "Chinese"
// is no word of the holiday table, where it would make every "Chinese" a calendar word.
func normChineseNewYear(m *matcher, x *match) (cand, bool) {
	for k := x.start; k < x.end; k++ {
		if !m.toks[k].upper {
			return cand{}, false
		}
	}
	if m.hasDoc && !lunarKnown(m.doc.Year()) {
		return cand{}, false
	}
	for hi, h := range holidays {
		if y, ok := m.fallsOnYear(x.end); ok && h.lunar {
			return cand{end: x.end, typ: "DATE", val: dayVal(h.in(y)), gran: gDay, by: ByStory}, true
		}
		if h.lunar {
			return m.resolve(cand{end: x.end, typ: "DATE", gran: gDay}, need{kind: needHoliday, a: hi, start: x.start, end: x.end})
		}
	}
	return cand{}, false
}

// normFullWeekOfMonth: "the first full week of January" is the week from the month's first
// Monday, which the week-of-month rule's ISO count (the week that holds the 4th) misses when
// the month opens on a Friday to Sunday; "the last full week" ends on the month's last Sunday.
func normFullWeekOfMonth(m *matcher, x *match) (cand, bool) {
	c, ok := m.core(x.end)
	if !ok || c.gran != gMonth || len(c.val) != 7 {
		return cand{}, false
	}
	y, mo := atoiCap(c.val[:4]), atoiCap(c.val[5:7])
	var d time.Time
	if m.word(x.tok(1), "last") {
		d = nthWeekday(y, mo, 7, -1)
	} else {
		n := m.toks[x.tok(1)].lex.val
		if n < 1 || n > 4 {
			return cand{}, false
		}
		d = nthWeekday(y, mo, 1, 1).AddDate(0, 0, 7*(n-1))
	}
	return cand{end: c.end, typ: "DATE", val: weekVal(d), gran: gWeek, by: c.by}, true
}

// normYearToTheDay: "a year to the day after the fire" names a day, the anniversary of one. Set
// in apposition after a day ("reopened Monday, a year to the day after the storm"), it is that
// day and spans the phrase to "day"; with a date after "after" or "before" ("two years to the
// day after the crash of Oct. 19, 1987"), it is that date so many years on or back. Without
// either the anniversary's year is unknown, and nothing is read: "a year" is left a duration.
func normYearToTheDay(m *matcher, x *match) (cand, bool) {
	n, _, ok := m.amountAt(x.start)
	if !ok || n < 1 {
		return cand{}, false
	}
	rel := x.end - 1
	if ld := m.lastDay; ld.gran == gDay && m.punct(x.start-1, ",") && m.lastDayTok >= x.start-6 && m.lastDayTok < x.start-1 &&
		ld.sent == m.toks[x.start].sent {
		return cand{end: rel, typ: "DATE", val: dayVal(ld.t), gran: gDay, by: ByStory}, true
	}
	for k := x.end; k < len(m.toks) && k < x.end+8 && m.toks[k].sent == m.toks[x.start].sent; k++ {
		if m.punct(k, ",") && k > x.end && m.kind(k+1) != lxMonth || m.punct(k, ";") {
			break
		}
		c, ok := m.core(k)
		if !ok || c.gran != gDay || len(c.val) != 10 || c.by != ByAbsolute {
			continue
		}
		d, _ := parseDay(c.val)
		if m.word(rel, "before") {
			n = -n
		}
		return cand{end: c.end, typ: "DATE", val: dayVal(d.AddDate(n, 0, 0)), gran: gDay, by: ByStory}, true
	}
	return cand{}, false
}

// normNthWeekdayAroundDay: "the last Saturday before Christmas" and "the first Monday after
// Easter" are the Saturday nearest before and the Monday nearest after, as weekday-around-day
// reads them without "last" and "first".
func normNthWeekdayAroundDay(m *matcher, x *match) (cand, bool) {
	if m.word(x.tok(1), "last") != m.word(x.tok(3), "before") {
		return cand{}, false // "the first Saturday before", "the last Monday after" count further
	}
	k := x.end
	if m.word(k, "the") {
		k++
	}
	if k >= len(m.toks) || !m.toks[k].upper || m.toks[k].kind != kWord || m.kind(k) == lxWeekday {
		return cand{}, false // a name follows, as weekday-around-day wants
	}
	return m.weekdayAround(x, x.tok(2), x.tok(3))
}

// frontedPastYear is the year a sentence opens with before a comma, "Last year," or "In
// 1999," (with "too" or "also" before the comma), which dates a month and day or a holiday
// told in the past later in it: "Last year, too, Passover began on April 1 and Easter fell on
// April 4" (1999's) though a day of the telling's year was named between. A clause in the
// present or the future keeps its own reading ("Last year, sales fell; the chain expects a
// better Christmas").
func (m *matcher) frontedPastYear(n need) (int, bool) {
	if n.rel != 0 || n.kind != needMonthDay && n.kind != needHoliday || n.start >= len(m.toks) {
		return 0, false
	}
	s := m.toks[n.start].sent
	k := n.start
	for k > 0 && m.toks[k-1].sent == s {
		k--
	}
	y := 0
	switch {
	case m.word(k, "last") && m.word(k+1, "year"):
		y = m.doc.Year() - 1
	case m.word(k, "in"):
		yy, ok := m.yearAt(k + 1)
		if !ok || yy >= m.doc.Year() {
			return 0, false
		}
		y = yy
	default:
		return 0, false
	}
	c := k + 2
	if m.anyWord(c, "too", "also") && m.punct(c-1, ",") {
		c++
	}
	if !m.punct(c, ",") || c >= n.start {
		return 0, false
	}
	for j := c; j < n.start; j++ {
		if m.punct(j, ";") {
			return 0, false
		}
	}
	if t := m.tense(n.start, n.end); t != tensePast {
		return 0, false
	}
	return y, true
}

// seasonDayRanked reports whether the noun a superlative ranks before "of the season" is a day
// or a week ("the busiest day of the season", "its best week of the season"): a shopping or a
// travel season's part, which names no sports year the ranking-season rule reads.
func (m *matcher) seasonDayRanked(of int) bool {
	return m.anyWord(of-1, "day", "days", "week", "weeks", "weekend", "weekends")
}

// fallsOnYear is the year of the day a holiday is said to fall on, "falls on", "fell on",
// "comes on" at token j after its words ("Chinese New Year falls on February 16, 1999"): the
// text says which year's holiday it means, though the tense or the nearest reading would pick
// another. Only the year is taken: the day stays the holiday's.
func (m *matcher) fallsOnYear(j int) (int, bool) {
	if !m.anyWord(j, "falls", "fell", "comes", "came") || !m.word(j+1, "on") || j+2 >= len(m.toks) {
		return 0, false
	}
	c, ok := m.core(j + 2)
	if !ok || c.gran != gDay || len(c.val) != 10 {
		return 0, false
	}
	return atoiCap(c.val[:4]), true
}

// periodEndedYearEarlier reads "a year earlier" in a sentence whose figures are a month's
// period closed by a day ("sales for the five-week December period ended Dec. 29 rose 3
// percent from a year earlier") as that month a year before, as it is read after the month
// alone: the closing day is the period's bound, not a time the sentence is told at. The day
// must fall in the month or the first days of the next, as a retail month's close does.
func (m *matcher) periodEndedYearEarlier(i, end int) (cand, bool) {
	sent := m.toks[i].sent
	ld := m.lastDay
	if ld.gran != gDay || ld.sent != sent || m.figMonthSent != sent || m.figMonth == 0 ||
		!m.anyWord(m.lastDayTok-1, "ended", "ending", "through") {
		return cand{}, false
	}
	if dm := ld.t.Year()*12 + int(ld.t.Month()) - 1; dm != m.figMonth && (dm != m.figMonth+1 || ld.t.Day() > 7) {
		return cand{}, false
	}
	ym := m.figMonth - 12
	return cand{end: end, typ: "DATE", val: monthVal(ym/12, ym%12+1), gran: gMonth, by: ByStory, aside: true}, true
}

// expectedFor reports whether the weekday at token i, an event's possessive after "for", is
// what a present of expecting looks to earlier in its clause: "the city expects a million people
// for Friday night's fireworks", "forecasters are expecting rain for Sunday's parade". The
// crowd or the weather awaited comes with the event, ahead.
func (m *matcher) expectedFor(i int) bool {
	if !m.word(i-1, "for") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9 && m.toks[k].clause == m.toks[i].clause; k-- {
		switch {
		case m.anyWord(k, "expects", "expect", "expecting", "anticipates", "anticipate", "awaits", "await"):
			return !m.anyWord(k-1, "had", "did")
		case m.word(k, "expected") && m.anyWord(k-1, "is", "are"):
			return true
		}
	}
	return false
}

// normTheNewYear: "the new year" in lower case is a year, the one ahead of the telling ("when
// the new year reached the Pacific", told on Dec. 31), or the one just begun when told in
// January or February. Inside another period's phrase ("the first quarter of the new year",
// "the first business day of the new year") it is that period's year and no time of its own,
// as the earlier batches leave it; "the New Year" capitalized is the holiday, "the new
// year-end" a fiscal close.
func normTheNewYear(m *matcher, x *match) (cand, bool) {
	upper := (m.toks[x.tok(1)].upper || m.toks[x.tok(2)].upper) && !m.capitalNewYearTurn(x.start, x.end) // timex75.go
	if !m.hasDoc || upper || m.word(x.start-1, "of") || m.isHyphen(x.end) {
		return cand{}, false
	}
	y := m.doc.Year()
	if m.doc.Month() > time.February {
		y++
	}
	return cand{end: x.end, typ: "DATE", val: yearVal(y), gran: gYear, by: ByPublication}, true
}
