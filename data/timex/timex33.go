package timex

import "strings"

// Families of US business and general news of 2014-2025 (heldout42, timex33): halves and
// quarters named by words, fiscal calendars stated after the period, dates set for an event,
// and a first schedule that was moved.

// timex33Rules are the patterns of this file, tried after the business rules.
func timex33Rules() []rule {
	return []rule{
		{name: "back-half", starts: []string{"the"}, doc: "the back half of the year, the front half of 2024: the second or first half, of the year written or by the tense",
			pattern: "the back|front half", norm: normBackHalf,
			examples: []Example{{"Demand should firm in the back half of the year.", "the back half of the year", "2007-H2"},
				{"Margins were thin in the front half of this year.", "the front half of this year", "2007-H1"},
				{"The new line ships in the back half of 2008.", "the back half of 2008", "2008-H2"}}},
		{name: "holiday-quarter", starts: []string{"the"}, doc: "the holiday quarter: the calendar's last quarter, which holds the holidays, dated as December is",
			pattern: "the holiday -? quarter", norm: normHolidayQuarter,
			examples: []Example{{"The retailer expects a strong holiday quarter; sales in the holiday quarter may rise 5%.", "the holiday quarter", "2007-Q4"}}},
	}
}

// normBackHalf: "the back half", "the front half" are the second and first halves, only with
// the year after "of" ("the back half of the year", "of next year", "of 2024"): alone they are
// as often a game's, a season's or a field's.
func normBackHalf(m *matcher, x *match) (cand, bool) {
	if !m.word(x.end, "of") {
		return cand{}, false
	}
	n := 2
	if m.word(x.tok(1), "front") {
		n = 1
	}
	c, ok := m.periodYear(x.start, x.end, "h", n)
	if !ok || c.end <= x.end {
		return cand{}, false // "the back half of the season"
	}
	return c, true
}

// normHolidayQuarter: "the holiday quarter" is the quarter that holds the year-end holidays,
// the calendar's fourth, as "the December quarter" is, whatever a company numbers it in its
// fiscal year; its year is December's, read as the month's would be.
func normHolidayQuarter(m *matcher, x *match) (cand, bool) {
	c, ok := m.monthOnly(x.start, x.end, 12)
	if !ok {
		return cand{}, false
	}
	y := "XXXX"
	if len(c.val) >= 4 && isDigit(c.val[0]) {
		y = c.val[:4]
	}
	c.val, c.gran = y+"-Q4", gQuarter
	return c, true
}

// fiscalPeriodDated is the nth fiscal quarter or half (ordinal at token i, unit at u) whose
// last day an aside names ("its fiscal fourth quarter, which ended May 31"): the day dates
// it, whatever fiscal year the story named before ("sales for fiscal 2025 will fall. For its
// fiscal fourth quarter, which ended May 31, it earned" is the fourth quarter of the year
// just ended, not of fiscal 2025).
func (m *matcher) fiscalPeriodDated(i, u, end int) (cand, bool) {
	return m.periodEndedAside(i, u, end)
}

// calendarSoon reports whether a fiscal calendar stated in the three sentences after the
// quarter at token i counts for it: "the current quarter" and "next quarter" in a company's
// outlook, said or forecast before it in its sentence ("Nike said revenue would fall in the
// current quarter. ... fiscal 2025, which began June 1"), are the company's own, as a period
// that calls itself fiscal is; a results story gives its calendar once it has led with the
// figures. "last quarter" is as often the economy's, and a quarter no one forecasts ("oil
// demand should rise in the current quarter"), keep to their sentence.
func (m *matcher) calendarSoon(i, off int) bool {
	if off < 0 || i >= len(m.toks) {
		return false
	}
	for k := i - 1; k >= 0 && m.toks[k].sent == m.toks[i].sent; k-- {
		if m.toks[k].kind == kWord && (m.verbInfo(k)&vReporting != 0 || m.toks[k].in(sOutlookVerbs)) {
			return true
		}
	}
	return false
}

// outlookVerbs tell a company's outlook.
var outlookVerbs = map[string]bool{"expects": true, "expected": true, "forecast": true, "forecasts": true,
	"sees": true, "projected": true, "projects": true, "predicted": true, "predicts": true, "guided": true, "estimates": true, "estimated": true}

// setDateAhead reports whether the month or day at tokens [start, end) is the date an event is
// set for, written before its noun with "a" or "an" after a verb of setting: "set an Oct. 21
// trial date", "gave the company a June 30 deadline", "picked a March 3 start date". A date so
// set lies ahead of the setting, however the clause is told, as "a Monday deadline" does
// (deadlineSet); "missed a June 30 deadline" has no verb of setting and keeps the tense's.
// The setting is taken as the news of the day, told when it happened, unless its sentence
// dates it first with a month or a year ("In May, the board gave the union a June 30
// deadline" told in September keeps the June gone).
func (m *matcher) setDateAhead(start, end int) bool {
	if m.scheduleOf(start) { // timex40.go
		return true
	}
	if !m.anyWord(start-1, "a", "an") && !(m.word(start-1, "the") && m.scheduleDateNoun(end)) { // timex40.go
		return false
	}
	switch {
	case m.scheduleDateNoun(end):
	case m.anyWord(end, "deadline", "hearing", "vote", "meeting", "auction", "election", "referendum", "launch"):
	case m.anyWord(end, "trial", "court", "hearing", "start", "launch", "release", "target", "closing", "filing", "sentencing", "delivery", "completion") &&
		m.word(end+1, "date"):
	default:
		return false
	}
	for k := start - 2; k >= 0 && k >= start-6; k-- {
		if m.toks[k].kind != kWord {
			return false
		}
		if m.toks[k].in(sSetVerbs) {
			return !m.monthOrYearBefore(k)
		}
	}
	return false
}

// monthOrYearBefore reports whether the sentence of token k names a month or a year before it.
func (m *matcher) monthOrYearBefore(k int) bool {
	s := m.toks[k].sent
	for j := k - 1; j >= 0 && m.toks[j].sent == s; j-- {
		if m.kind(j) == lxMonth && m.toks[j].upper {
			return true
		}
		if _, ok := m.yearAt(j); ok && m.toks[j].kind == kNum {
			return true
		}
	}
	return false
}

// setVerbs set, give or agree on a date for something to happen.
var setVerbs = map[string]bool{"set": true, "sets": true, "setting": true, "fixed": true, "fixes": true,
	"gave": true, "gives": true, "given": true, "giving": true, "imposed": true, "imposes": true,
	"proposed": true, "proposes": true, "picked": true, "picks": true, "chose": true, "chosen": true,
	"scheduled": true, "schedules": true, "established": true, "agreed": true, "announced": true, "announces": true}

// formerSchedule reports whether the month or day at token start is a schedule that was
// given up: "first set for January", "originally scheduled for Feb. 4", "initially planned
// for May". The date was the plan's at the time, so it is the one nearest the telling, neither
// the future that "set for" reads alone nor the past of the clause that moved it ("His
// sentencing, first set for January, was moved to December" told in March is the January
// gone; "The launch, originally planned for November, slipped" told in January too).
func (m *matcher) formerSchedule(start int) bool {
	k := start - 1
	if !m.word(k, "for") {
		return false
	}
	if !m.toks[max(k-1, 0)].in(sScheduleParticiples) {
		return false
	}
	return m.anyWord(k-2, "first", "originally", "initially", "previously", "once")
}

// scheduleParticiples are the participles of a schedule before "for".
var scheduleParticiples = map[string]bool{"set": true, "scheduled": true, "planned": true, "slated": true, "due": true, "expected": true, "targeted": true}

// ordinalCompound reports whether the word at token k ends a noun compound that an ordinal
// opens, with one noun between: "hit his 42nd home run Sunday", "in their first road trip
// Friday", "her second title defense Saturday". The count makes the last word a noun, as
// "two runs" does (nounModified), where "run" or "trip" alone would be read as a present of
// the calendar and the day put ahead.
func (m *matcher) ordinalCompound(k int) bool {
	o := k - 2
	if o < 0 || m.toks[k-1].kind != kWord || m.toks[k-1].lex.kind != lxNone {
		return false
	}
	t := &m.toks[o]
	if t.kind == kWord {
		return t.lex.kind == lxOrdinal
	}
	if t.kind != kAlnum || t.ndig == 0 || t.ndig > 3 {
		return false
	}
	switch strings.ToLower(t.s[t.ndig:]) {
	case "th", "st", "nd", "rd":
		return true
	}
	return false
}

// periodOfYearNamed is the quarter or half n, told without its year, of a year its sentence
// names before it as the time of the same telling: "Sales rose in 2021, especially in the
// second half", "In 2019, the plant reached full output in the fourth quarter", "The company
// will ship the headset in early 2023, with a cheaper model in the second half". The year is
// the clause's time ("in", "during", "for", "throughout", "early" or "late" after "in") with
// no other date between, and it either leads the sentence or is told in the period's tense
// with no coordination between: "went public in 2015 and expects a profit in the fourth
// quarter" moves from the year to the telling, "earned $412 million in 1989 and $97 million
// in the first quarter" lists a year and the period of the news, and a year in an aside
// ("Acme, founded in 1998, expects ...") dates the aside only. A fiscal calendar names its own
// periods and is left to the fiscal rules.
func (m *matcher) periodOfYearNamed(n need) (string, bool) {
	if n.kind != needPeriod || n.rel != 0 || n.start >= len(m.toks) || m.fiscalYearEnd(n.start) != 0 {
		return "", false
	}
	s := m.toks[n.start].sent
	for k := n.start - 1; k >= 0 && m.toks[k].sent == s; k-- {
		y, ok := m.yearAt(k)
		if !ok {
			if calendarWord(m.toks[k].lex.kind) || m.anyWord(k, "quarter", "half", "year", "month", "week") {
				return "", false // another date between: the period is told from it, or from now
			}
			continue
		}
		p := k - 1
		if m.anyWord(p, "early", "late", "mid") || m.isHyphen(p) && m.word(p-1, "mid") {
			for p--; m.isHyphen(p) || m.word(p, "mid"); p-- {
			}
			if !m.word(p, "in") {
				return "", false
			}
		} else if !m.anyWord(p, "in", "during", "for", "throughout") && !m.periodOfYearBefore(p) || m.yearOfLikeness(p) { // timex35.go, timex66.go
			return "", false
		}
		if a, b := m.asideOf(k); a < b && (n.start < a || n.start >= b) {
			return "", false
		}
		if !m.leadsSentence(k) && (m.tense(k, k+1) != m.tense(n.start, n.end) || m.coordinated(k, n.start)) {
			return "", false
		}
		if n.b == 3 {
			return quarterVal(y, n.a), true
		}
		return halfVal(y, n.a), true
	}
	return "", false
}

// coordinated reports whether a coordinating word or a semicolon stands between tokens a and
// b: "in 1989 and $97 million in the first quarter" lists two times.
func (m *matcher) coordinated(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if m.anyWord(k, "and", "but", "while", "whereas", "or") || m.punct(k, ";") {
			return true
		}
	}
	return false
}

// haveOfObject reports whether the "have" at token h, after a modal, takes an object rather
// than a participle: "customers should have power back by Sunday", "crews will have the road
// open by Monday", "it should have them in place". Such a "have" is no perfect, and the modal
// looks ahead; "should have finished repairs by Saturday" and "would have reported Monday"
// keep their past that did not happen.
func (m *matcher) haveOfObject(h int) bool {
	j := h + 1
	if !m.word(h, "have") || j >= len(m.toks) {
		return false
	}
	t := &m.toks[j]
	if t.kind == kNum {
		return true // "should have 200 crews"
	}
	if t.kind != kWord || t.upper && t.lex.kind == lxNone {
		return false
	}
	if t.in(sDeterminers) || m.anyWord(j, "it", "them", "no", "enough", "more", "some", "all", "most") || t.in(sMassObjects) {
		return true
	}
	w := strings.ToLower(t.s)
	if m.verbInfo(j)&vPast != 0 || inSet(irregularParticiples, w) || m.anyWord(j, "to", "not", "already", "just", "never", "also", "long") {
		return false
	}
	for _, suf := range []string{"ed", "en", "wn", "ne", "ung", "ught", "lt", "pt", "nt", "d"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return strings.HasSuffix(w, "s") // a plural object: "will have crews in place"
}

// massObjects are nouns without a plural that "have" takes as its object in the news of
// outages and plans: "should have power back", "will have water restored".
var massObjects = map[string]bool{"power": true, "electricity": true, "water": true, "service": true, "heat": true,
	"access": true, "time": true, "money": true, "cash": true}

// nearestMonth reports whether the month or day at token start takes the year nearest the
// telling, whatever the tense of the clause around it: a first schedule given up
// (formerSchedule, movedFrom), or the month of the subject of a present ("Powell said the
// November meeting is live", "the June vote looks close"), which the present places in the
// schedule of now, not in the past of the verb of saying before it.
func (m *matcher) nearestMonth(start, end int) bool {
	return m.formerSchedule(start) || m.movedFrom(start) || m.monthSubjectOfPresent(start, end) || m.planMovedLater(start, end) // timex77.go
}

// movedFrom reports whether the month or day at token start is the date a schedule was moved
// from: "moved the trial to October from June", "postponed the vote from March to May". It
// was the plan's date, the one nearest the telling, neither the past of "moved" nor the
// future of the date moved to.
func (m *matcher) movedFrom(start int) bool {
	if !m.word(start-1, "from") {
		return false
	}
	for j := start - 2; j >= 0 && j >= start-5 && (m.toks[j].kind != kPunct || m.punct(j, ".")); j-- {
		if m.word(j, "to") && m.movedTo(j+1) {
			return true // "to October from June"
		}
	}
	for k := start - 2; k >= 0 && k >= start-5 && m.toks[k].kind == kWord; k-- {
		if m.anyWord(k, "postponed", "delayed", "deferred", "moved", "rescheduled", "pushed", "shifted") {
			return true // "postponed the vote from March"
		}
	}
	return false
}

// monthSubjectOfPresent reports whether the month at [start, end) qualifies a noun, after "the"
// or a possessive, that a present of being or seeming follows: "the November meeting is
// live", "the September jobs report is due", "the Fed's December meeting looks open".
func (m *matcher) monthSubjectOfPresent(start, end int) bool {
	if !m.word(start-1, "the") && !m.possessiveBefore(start) {
		return false
	}
	k := end
	for j := 0; j < 2 && k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && m.toks[k].lex.kind == lxNone &&
		!m.toks[k].in(sPresentCopulas); j++ {
		k++
	}
	return k > end && m.anyWord(k, "is", "looks", "seems", "appears", "remains")
}

// presentCopulas are the presents of being or seeming in the singular.
var presentCopulas = map[string]bool{"is": true, "looks": true, "seems": true, "appears": true, "remains": true}

// forecastOwnTime reports whether the date at token start, right after the forecasting verb at
// token k and "in", is the time of the forecast, not of what it forecasts: "signaled in March
// that it would cut jobs", "projected in June that rates would fall". A passive's date is the
// content's ("growth is projected in the fourth quarter").
func (m *matcher) forecastOwnTime(k, start int) bool {
	return k == start-2 && m.anyWord(start-1, "in", "during") && !m.anyWord(k-1, "is", "are", "was", "were", "be", "been", "being")
}

// movedFromTo reports whether the date at token start follows "to" after a date moved from:
// "postponed the vote from March to May", "moved the hearing from Tuesday to Friday". The date
// moved to lies ahead of the move as it does right after the verb's object (movedTo), the
// "from" and its date between.
func (m *matcher) movedFromTo(start int) bool {
	if !m.word(start-1, "to") {
		return false
	}
	for f := start - 2; f >= 0 && f >= start-5 && (m.toks[f].kind != kPunct || m.punct(f, ".")); f-- {
		if m.word(f, "from") {
			return m.movedFrom(f + 1)
		}
	}
	return false
}
