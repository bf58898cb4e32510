package timex

import (
	"strings"
	"time"

	"github.com/eventline/eventline/internal/isodate"
)

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
	t, err := isodate.Month(c.val)
	if !ok || err != nil || !t.After(d.t) {
		return cand{}, false
	}
	y := d.t.Year()
	if mo > int(d.t.Month()) {
		y--
	}
	return cand{end: end, typ: "DATE", val: monthVal(y, mo), gran: gMonth, by: ByStory}, true
}

// thatBetween reports whether a "that" opens a clause between tokens a and b, with no word
// after it that starts another clause of the sentence: "while", or "and" or "but" after a
// comma ("found that cash was missing, and in March the chief resigned"). An "and" that joins
// nouns ("a pistol and two rifles logged in March") keeps the clause.
func (m *matcher) thatBetween(a, b int) bool {
	that := false
	for k := a + 1; k < b; k++ {
		switch {
		case m.word(k, "that"):
			that = true
		case that && (m.word(k, "while") || m.anyWord(k, "and", "but") && m.punct(k-1, ",")):
			return false
		}
	}
	return that
}

// timex48Rules are the patterns of this file.
func timex48Rules() []rule {
	return []rule{
		{name: "event-unit-told", starts: []string{"the"}, doc: "the year after the robbery, the day before the explosion: from the day, month or year the text told the happening at",
			pattern: "the day|week|month|year after|before", norm: normEventUnitTold,
			examples: []Example{{"The blast came on Aug. 3. Workers had smelled gas the day before the explosion.", "the day before", "2007-08-02"},
				{"The Aug. 3 fire gutted the mill, and the owners rebuilt it the year after the blaze.", "the year after", "2008"}}},
		{name: "years-ago-weekday", starts: []string{"#num", "@number", "a", "an"}, doc: "a year ago Thursday: an anniversary's day, that weekday of the telling's week so many years back",
			pattern: "%amount year|years|decade|decades ago %weekday", norm: normYearsAgoDay,
			examples: []Example{{"The ferry sank a year ago Tuesday.", "a year ago Tuesday", "2006-08-14"}}},
		{name: "years-ago-tonight", starts: []string{"#num", "@number", "a", "an"}, doc: "five years ago tonight, a year ago yesterday: an anniversary's day, the telling's or the day before's so many years back",
			pattern: "%amount year|years|decade|decades ago tonight|yesterday", norm: normYearsAgoDay,
			examples: []Example{{"Ten years ago tonight, the dam gave way.", "Ten years ago tonight", "1997-08-17"}}},
	}
}

// eventKinds are the nouns of happenings a wire story dates and then counts from, by kind:
// a story that tells "The Aug. 7 blast" may go on with "the day before the explosion".
var eventKinds = map[string]string{
	"explosion": "explosion", "blast": "explosion", "bombing": "explosion",
	"fire": "fire", "blaze": "fire",
	"crash": "crash", "accident": "crash", "collision": "crash", "wreck": "crash", "derailment": "crash",
	"robbery": "robbery", "holdup": "robbery", "heist": "robbery",
	"shooting": "killing", "killing": "killing", "slaying": "killing", "murder": "killing", "stabbing": "killing",
	"storm": "storm", "hurricane": "storm", "flood": "flood", "earthquake": "earthquake", "quake": "earthquake",
	"tornado": "tornado", "riot": "riot", "attack": "attack", "collapse": "collapse", "spill": "spill",
}

// eventKindAt is the kind of happening token k names, "" for none.
func (m *matcher) eventKindAt(k int) string {
	if k < 0 || k >= len(m.toks) || m.toks[k].kind != kWord {
		return ""
	}
	return eventKinds[strings.ToLower(m.toks[k].s)]
}

// rememberToldEvent keeps the time of the DATE c as its happening's when the text names the
// happening with it: after it ("the Aug. 7 blast"), before it ("the robbery of Dec. 20"), or
// as the subject of the sentence's verb that the date goes with ("The robbery took place on
// Dec. 20, 1996", "The fire broke out on Aug. 2").
func (m *matcher) rememberToldEvent(c cand, sent int) {
	gran := c.gran
	t, ok := parseDay(c.val)
	switch {
	case ok && len(c.val) == 10:
		gran = gDay
	case len(c.val) == 7 && c.val[4] == '-' && isDigit(c.val[5]):
		t, ok, gran = monthStart(c.val), true, gMonth
	case len(c.val) == 4 && isDigit(c.val[0]):
		t, ok, gran = date(atoiCap(c.val), 1, 1), true, gYear
	}
	if !ok {
		return
	}
	start := m.exprStart
	kind := ""
	switch {
	case m.word(start-1, "the") && m.eventKindAt(c.end) != "":
		kind = m.eventKindAt(c.end)
	case m.anyWord(start-1, "of", "on", "in") && m.word(start-3, "the") && m.eventKindAt(start-2) != "":
		kind = m.eventKindAt(start - 2)
	default:
		kind = m.subjectEvent(start)
	}
	if kind == "" {
		return
	}
	if m.toldEvents == nil {
		m.toldEvents = map[string]story{}
	}
	m.toldEvents[kind] = story{t: t, gran: gran, sent: sent}
}

// subjectEvent is the kind of happening the sentence of token start opens with as the subject
// of a past verb ("The robbery took place on ...", "The blaze started on ..."), when the date
// at start comes after that verb in the same clause; "" otherwise.
func (m *matcher) subjectEvent(start int) string {
	s := start
	for s > 0 && m.toks[s-1].sent == m.toks[start].sent {
		s--
	}
	if !m.word(s, "the") || s+2 >= start || m.toks[s+2].kind != kWord || m.verbInfo(s+2)&vPast == 0 ||
		m.toks[s+2].clause != m.toks[start].clause {
		return ""
	}
	return m.eventKindAt(s + 1)
}

// monthStart is the first day of the month a TIMEX3 month value names.
func monthStart(v string) time.Time {
	t, _ := isodate.Month(v)
	return t
}

// normEventUnitTold reads "the year after the robbery", "the day before the explosion" from the
// time the text told that happening at, when it told one of its kind; the phrase is "the year
// after" (the happening is an event of its own, as TimeML marks it). A unit finer than the
// told time ("the day after" a month) is left, and a happening the text did not date too.
func normEventUnitTold(m *matcher, x *match) (cand, bool) {
	k := x.end
	if !m.word(k, "the") {
		return cand{}, false
	}
	e, ok := m.toldEvents[m.eventKindAt(k+1)]
	if !ok {
		return cand{}, false
	}
	u, _, _ := m.unitAt(x.tok(1))
	switch {
	case u == uDay || u == uWeek:
		ok = e.gran == gDay
	case u == uMonth:
		ok = e.gran == gDay || e.gran == gMonth
	}
	if !ok {
		return cand{}, false
	}
	off := 1
	if m.word(x.tok(2), "before") {
		off = -1
	}
	val, gran := unitVal(shift(e.t, u, off), u)
	return cand{end: x.end, typ: "DATE", val: val, gran: gran, by: ByStory}, true
}

// normYearsAgoDay reads an anniversary told by its day in the telling's week: "The plane went
// down a year ago Thursday" is the Thursday nearest the telling (within three days either
// way, the day itself when told on a Thursday) a year back, "five years ago tonight" the
// telling's day five years back and "a year ago yesterday" the day before's. The weekday
// alone would be this year's, and "a year ago" the year.
func normYearsAgoDay(m *matcher, x *match) (cand, bool) {
	n, u, ok := m.amountUnit(x, 1)
	if !ok || n < 1 || !m.hasDoc {
		return cand{}, false
	}
	if u == uDecade {
		n *= 10
	} else if u != uYear {
		return cand{}, false
	}
	last := x.tok(3)
	d := m.doc
	switch {
	case m.word(last, "yesterday"):
		d = d.AddDate(0, 0, -1)
	case m.kind(last) == lxWeekday:
		if !m.toks[last].upper {
			return cand{}, false
		}
		delta := mod(m.toks[last].lex.val-isoWeekday(d), 7)
		if delta > 3 {
			delta -= 7
		}
		d = d.AddDate(0, 0, delta)
	}
	return cand{end: x.end, typ: "DATE", val: dayVal(d.AddDate(-n, 0, 0)), gran: gDay, by: ByPublication}, true
}

// wishedDone reports whether the participle at token k, right before the deadline's "by" or
// "before" at token start-1, tells what a verb of wishing wants done: "wanted the audit
// finished by summer", "wants the books closed before June". An object of a few words stands
// between the wish and the participle; what is wished done lies after the wishing, as an
// order's deadline does (directedDeadline). A wish in the pluperfect ("had wanted") was
// before a past the story tells, and its deadline is read as other dates.
func (m *matcher) wishedDone(k, start int) bool {
	if k != start-2 || !m.anyWord(start-1, "by", "before") || m.verbInfo(k)&vPast == 0 && !m.toks[k].in(sIrregularParticiples) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		if m.toks[j].clause != m.toks[k].clause || m.toks[j].kind == kPunct {
			return false
		}
		if m.anyWord(j, "wanted", "wants", "want") {
			return !m.word(j-1, "had")
		}
		if m.toks[j].kind == kWord && m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false
		}
	}
	return false
}

// storyYearBefore reports whether the sentence of token start named a year gone before it
// ("In 1995 the judge ordered the firm to pay by summer"): an order's or a wish's deadline is
// then after that year's order, not after the telling, and the tense reads it as other dates.
func (m *matcher) storyYearBefore(start int) bool {
	st := m.story
	return m.hasDoc && st.gran == gYear && st.sent == m.toks[start].sent && st.t.Year() < m.doc.Year()
}
