package timex

import "time"

// Families of wire stories told as timelines (heldout56, timex48): AP and New York Times News
// Service crime, court, disaster and accident copy of 1996-2001, whose reference time moves
// with the story, so that a relative word counts from the last date told, not the telling's.

// numeralPlural reports whether the "'s" that ends just before token i makes the plural of a
// number, as wire copy of the 1990s writes it ("the airline's other 747's", "three DC-10's"),
// not a possessive: "inspected its 747's last week" tells the week gone, where "the term's last
// week" is the final one. A year keeps its possessive ("1998's last month").
func (m *matcher) numeralPlural(i int) bool {
	n := i - 3
	return n >= 0 && m.toks[n].kind == kNum && m.toks[n].ndig != 4 && !m.toks[n+1].space
}

// appositiveYear is the year of a day named with its year right before token i and a comma:
// "on Dec. 20, 1996, the Friday before Christmas", "Dec. 24, 1995, Christmas Eve". The phrase
// at i renames that day, so its holiday is that year's, not the one nearest the telling.
func (m *matcher) appositiveYear(i int) (int, bool) {
	if i < 4 || !m.punct(i-1, ",") || !m.punct(i-3, ",") {
		return 0, false
	}
	y, ok := m.yearAt(i - 2)
	d := m.lastDay
	if !ok || d.gran != gDay || d.t.Year() != y || d.sent != m.toks[i].sent {
		return 0, false
	}
	return y, true
}

// sayingFlashback reports whether the day t, named at token start, is a time the content of a
// saying goes back to, where the saying is joined by "and" to a deed the story dated before
// it: "took the stand Tuesday and said he fired when the driver reached under his seat on
// March 22". The narrative stays at the deed's day, so "the next morning" after it is
// Wednesday. A day that dates the saying itself ("Police said Monday that the man was arrested
// Oct. 3", "In closing arguments Tuesday, the prosecutor told jurors that he built the bomb on
// Jan. 29") leaves the story at the event the saying tells, and the next day is that one's.
func (m *matcher) sayingFlashback(start int, t time.Time) bool {
	d := m.lastDay
	if d.gran != gDay || d.sent != m.toks[start].sent || !t.Before(d.t) || !m.eventDay.t.Equal(d.t) || m.eventDay.sent != d.sent {
		return false
	}
	for k := start - 1; k >= 0 && m.toks[k].sent == d.sent; k-- {
		if m.toks[k].kind == kWord && m.verbInfo(k)&vReporting != 0 {
			return k > m.lastDayTok && m.word(k-1, "and")
		}
	}
	return false
}

// holidayAppositive is the year of the day a holiday at token i renames, right after it
// ("Dec. 24, 1995, Christmas Eve") or through the phrase it ends ("Dec. 20, 1996, the Friday
// before Christmas", set by normWeekdayAroundDay); 0 when it renames none.
func (m *matcher) holidayAppositive(i, rel int) int {
	if m.apposYear != 0 {
		return m.apposYear
	}
	if y, ok := m.appositiveYear(i); ok && rel == 0 {
		return y
	}
	return 0
}

// monthBeforeFinding reads a month without a year in the past, inside the "that" clause of a
// finding or a saying its clause dated by a day of the past: "A report dated Dec. 15 found
// that rifles logged in March had vanished", told in March 1999, is the March before that
// day (1998's), where alone the month would be the telling's. What a dated report found had
// happened by its date; a month the clause tells after the day ("said Feb. 2 that sales fell
// in January") is read as before, and a new clause after "and" is no finding's.
func (m *matcher) monthBeforeFinding(i, end, mo int) (cand, bool) {
	d := m.lastDay
	if !m.hasDoc || d.gran != gDay || d.sent != m.toks[i].sent || !d.t.Before(m.doc) || m.lastDayTok >= i ||
		m.toks[m.lastDayTok].clause != m.toks[i].clause || !m.thatBetween(m.lastDayTok, i) || m.tense(i, end) != tensePast {
		return cand{}, false
	}
	c, ok := m.monthOnly(i, end, mo)
	t, err := time.Parse("2006-01", c.val)
	if !ok || err != nil || !t.After(d.t) {
		return cand{}, false
	}
	y := d.t.Year()
	if mo > int(d.t.Month()) {
		y--
	}
	return cand{end: end, typ: "DATE", val: monthVal(y, mo), gran: gMonth, by: ByStory}, true
}

// thatBetween reports whether a "that" opens a clause between tokens a and b, with no "and",
// "but" or "while" after it that could start another clause of the sentence.
func (m *matcher) thatBetween(a, b int) bool {
	that := false
	for k := a + 1; k < b; k++ {
		switch {
		case m.word(k, "that"):
			that = true
		case that && m.anyWord(k, "and", "but", "while"):
			return false
		}
	}
	return that
}
