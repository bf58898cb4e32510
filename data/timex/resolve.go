package timex

import (
	"strconv"
	"time"

	"github.com/eventline/eventline/internal/isodate"
)

// Granularities.
const (
	gDay     = "day"
	gWeek    = "week"
	gMonth   = "month"
	gQuarter = "quarter"
	gHalf    = "half"
	gYear    = "year"
	gDecade  = "decade"
	gCentury = "century"
	gSeason  = "season"
)

var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func yearVal(y int) string       { return pad(y, 4) }
func monthVal(y, m int) string   { return pad(y, 4) + "-" + pad(m, 2) }
func dayVal(t time.Time) string  { return isodate.FormatDay(t) }
func quarterVal(y, q int) string { return pad(y, 4) + "-Q" + strconv.Itoa(q) }
func halfVal(y, h int) string    { return pad(y, 4) + "-H" + strconv.Itoa(h) }

func weekVal(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// unitVal formats the period of unit u containing t.
func unitVal(t time.Time, u int) (val, gran string) {
	y, m := t.Year(), int(t.Month())
	switch u {
	case uDay:
		return dayVal(t), gDay
	case uWeek, uFortnight:
		return weekVal(t), gWeek
	case uWeekend:
		return weekVal(t) + "-WE", gWeek
	case uMonth:
		return monthVal(y, m), gMonth
	case uQuarter:
		return quarterVal(y, (m-1)/3+1), gQuarter
	case uHalf:
		return halfVal(y, (m-1)/6+1), gHalf
	case uYear:
		return yearVal(y), gYear
	case uDecade:
		return strconv.Itoa(y / 10), gDecade
	case uCentury:
		return strconv.Itoa(y / 100), gCentury
	}
	return "", ""
}

// shift moves t by n units.
func shift(t time.Time, u, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return addMonths(t, n)
	case uQuarter:
		return addMonths(t, 3*n)
	case uHalf:
		return addMonths(t, 6*n)
	case uYear:
		return addMonths(t, 12*n)
	case uDecade:
		return addMonths(t, 120*n)
	case uCentury:
		return addMonths(t, 1200*n)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	}
	return t
}

// addMonths adds months keeping the day within the target month (Jan 31 + 1 month = Feb 28).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	mm := int(m) - 1 + n
	y += floorDiv(mm, 12)
	mm = mod(mm, 12) + 1
	if last := daysIn(y, mm); d > last {
		d = last
	}
	return date(y, mm, d)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// durVal formats a duration of n units; n < 0 means unspecified ("several years": PXY).
func durVal(u, n int) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	mult := func(k int) string {
		if n < 0 {
			return "X"
		}
		return strconv.Itoa(n * k)
	}
	switch u {
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uWeekend:
		return "P" + mult(2) + "D"
	case uFortnight:
		return "P" + mult(2) + "W"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uHalf:
		return "P" + mult(6) + "M"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		// in years, as AQUAINT, the reference annotation, writes a decade ("the past decade"
		// P10Y, "four decades" P40Y) and a century (P100Y), rather than TIMEX3's P1DE
		return "P" + mult(10) + "Y"
	case uCentury:
		return "P" + mult(100) + "Y"
	case uHour:
		return "PT" + num + "H"
	case uMinute:
		return "PT" + num + "M"
	}
	return ""
}

// nthWeekday returns the nth (1-based; -1 for the last) weekday wd (1 = Monday) of a month.
func nthWeekday(y, m, wd, nth int) time.Time {
	if nth < 0 {
		t := date(y, m, daysIn(y, m))
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(y, m, 1)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(nth-1))
}

// isoWeekday is 1 for Monday through 7 for Sunday.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

func (h holiday) in(y int) time.Time {
	switch {
	case h.easter:
		return easter(y)
	case h.hebrew:
		return passover(y)
	case h.lunar:
		return lunarNewYear(y)
	case h.word == "election":
		return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1)
	case h.weekday != 0:
		return nthWeekday(y, h.month, h.weekday, h.nth)
	}
	return date(y, h.month, h.day)
}

// parseDay parses a TIMEX3 calendar date "YYYY-MM-DD".
func parseDay(v string) (time.Time, bool) {
	return isodate.DayOK(v) // no time.Parse error for a value that is not a day (xspeed24)
}

// need is what an underspecified value waits for from the reference: what kind of value it
// is, its parts, and the tokens whose clause gives the tense.
type need struct {
	kind       uint8
	a, b       int   // weekday; month and day; period number and months per period; season; holiday and days from it
	rel        int   // a preceding relative word (r* constants: last, next, this...), 0 for none
	unit, off  int   // needOffset: the reference moved by off units (u* constants)
	as         int   // needOffset: the unit of the value (a decade ago is a year); 0 for unit
	within     int   // needOffset: a month (1-12) or a period (a, b as needPeriod) inside the year
	tense      Tense // the tense when the rule already knows it, else read from the clause
	start, end int
}

// Kinds of underspecified values.
const (
	needWeekday  = iota + 1 // XXXX-WXX-1
	needMonth               // XXXX-08
	needMonthDay            // XXXX-08-13
	needPeriod              // XXXX-Q3, XXXX-H1
	needSeason              // XXXX-SU
	needWeekend             // XXXX-WXX-WE
	needOffset              // ref - 1 day, this + 1 week, ref - 2 year
	needHoliday             // XXXX-12-25
)

// String is the underspecified value as the rules leave it, for people and tests: "ref - 1 day"
// (yesterday), "this - 1 week" (last week: the week containing the reference, moved), "ref - 2
// year as year" (two decades ago is a year); the other kinds are their TIMEX3 X forms.
func (n need) String() string {
	if n.kind != needOffset {
		return n.under()
	}
	base := "this"
	if n.unit == uDay {
		base = "ref"
	}
	sign, k := "+", n.off
	if k < 0 {
		sign, k = "-", -k
	}
	s := base + " " + sign + " " + itoa(k) + " " + unitNames[n.unit]
	if n.as != 0 && n.as != n.unit {
		s += " as " + unitNames[n.as]
	}
	if n.within != 0 {
		s += " in " + n.inYear()
	}
	return s
}

// unitNames name the units in underspecified values.
var unitNames = map[int]string{uDay: "day", uWeek: "week", uWeekend: "weekend", uFortnight: "fortnight",
	uMonth: "month", uQuarter: "quarter", uHalf: "half", uYear: "year", uDecade: "decade", uCentury: "century"}

// inYear is the part of a year an offset names: "-02" (February), "-Q3", "-H1".
func (n need) inYear() string {
	switch {
	case n.b == 3:
		return "-Q" + itoa(n.within)
	case n.b == 6:
		return "-H" + itoa(n.within)
	}
	return "-" + pad(n.within, 2)
}

// unitGran are the granularities of the units' periods (as unitVal gives them).
var unitGran = map[int]string{uDay: gDay, uWeek: gWeek, uWeekend: gWeek, uFortnight: gWeek, uMonth: gMonth,
	uQuarter: gQuarter, uHalf: gHalf, uYear: gYear, uDecade: gDecade, uCentury: gCentury}

// xUnit are the TIMEX3 values of a period of each unit with nothing known.
var xUnit = map[int]string{uDay: "XXXX-XX-XX", uWeek: "XXXX-WXX", uWeekend: "XXXX-WXX-WE", uFortnight: "XXXX-WXX",
	uMonth: "XXXX-XX", uQuarter: "XXXX-QX", uHalf: "XXXX-HX", uYear: "XXXX", uDecade: "XXX", uCentury: "XX"}

// under is the underspecified TIMEX3 value: what the text says without the reference.
func (n need) under() string {
	switch n.kind {
	case needWeekday:
		return "XXXX-WXX-" + itoa(n.a)
	case needWeekend:
		return "XXXX-WXX-WE"
	case needMonth:
		return "XXXX-" + pad(n.a, 2)
	case needMonthDay:
		return "XXXX-" + pad(n.a, 2) + "-" + pad(n.b, 2)
	case needPeriod:
		if n.b == 3 {
			return "XXXX-Q" + itoa(n.a)
		}
		return "XXXX-H" + itoa(n.a)
	case needSeason:
		return "XXXX-" + seasonCodes[n.a]
	case needHoliday:
		return holidays[n.a].under(n.b)
	case needOffset:
		if n.within != 0 {
			return "XXXX" + n.inYear()
		}
		return xUnit[n.asUnit()]
	}
	return "XXXX"
}

func (n need) asUnit() int {
	if n.as != 0 {
		return n.as
	}
	return n.unit
}

// resolve settles an underspecified value against the publication date, reading the tense
// of the clause around it: the one step where the rules' "Monday", "October", "last
// November", "this summer", "Christmas" or "the third quarter" become dates. Without a
// publication date the value stays underspecified (need.under) and unresolved.
func (m *matcher) resolve(c cand, n need) (cand, bool) {
	if !m.hasDoc {
		c.val, c.by = n.under(), ByUnresolved
		return c, true
	}
	if m.generic(n) {
		c.val, c.by = n.under(), ByUnresolved
		return c, true
	}
	if y, ok := m.apposedYear(n); ok {
		// "last year, on Valentine's Day", "in 1998, on Christmas Eve": the day is that year's
		c.by = ByStory
		switch n.kind {
		case needMonthDay:
			c.val = dayVal(clampDay(y, n.a, n.b))
		case needHoliday:
			c.val = dayVal(holidays[n.a].in(y).AddDate(0, 0, n.b))
		}
		return c, true
	}
	if y, ok := m.frontedPastYear(n); ok { // "Last year, too, Passover began on April 1" (timex55.go)
		c.val, c.by = whenClauseValue(n, y), ByStory
		return c, true
	}
	if y, ok := m.whenClauseYear(n); ok { // "since 1994, when prices peaked in March" (timex36.go)
		c.val, c.by = whenClauseValue(n, y), ByStory
		return c, true
	}
	if y, ok := m.straddlingRangeYear(n); ok { // "The 1998-99 season did not start until February" (timex51.go)
		c.val, c.by = whenClauseValue(n, y), ByStory
		return c, true
	}
	if y, ok := m.yearOwnedEventYear(n); ok { // "Next year's Tour starts on July 1" (timex51.go)
		c.val, c.by = whenClauseValue(n, y), ByStory
		return c, true
	}
	if d, ok := m.onsetAfterAct(n); ok { // "on Saturday named Lee chief, effective Monday" (timex50.go)
		c.val, c.by = dayVal(d), ByStory
		return c, true
	}
	if v, ok := m.scheduleRunsOn(n); ok { // "will open on Sept. 29 and close next May" (timex60.go)
		c.val, c.by = v, ByStory
		return c, true
	}
	if v, ok := m.fromStory(n); ok {
		c.val, c.by = v, ByStory
		return c, true
	}
	if v, ok := m.periodOfYearNamed(n); ok { // "Sales rose in 2021, especially in the second half" (timex33.go)
		c.val, c.by = v, ByStory
		return c, true
	}
	if v, ok := m.periodOfRelativeYear(n); ok { // "2 percent next year, with a recovery in the second half" (timex57.go)
		c.val, c.by = v, ByStory
		return c, true
	}
	c.by = ByPublication
	tense := func() Tense {
		if n.tense != tenseNone {
			return n.tense
		}
		return m.tense(n.start, n.end)
	}
	switch n.kind {
	case needOffset:
		t := shift(m.doc, n.unit, n.off)
		if n.within != 0 {
			c.val = yearVal(t.Year()) + n.inYear()
		} else {
			c.val, c.gran = unitVal(t, n.asUnit())
		}
	case needWeekday:
		c.val = dayVal(m.weekdayDate(n, tense))
	case needWeekend:
		c.val = weekVal(m.weekendDate(tense)) + "-WE"
	case needMonth:
		c.val = monthVal(m.monthYear(n, tense), n.a)
	case needMonthDay:
		y, d := m.yearFor(n.start, n.end, n.a, n.b), n.b
		if d > daysIn(y, n.a) {
			d = daysIn(y, n.a)
		}
		c.val = dayVal(date(y, n.a, d))
	case needPeriod:
		c.val = m.periodValue(n, tense)
	case needSeason:
		seq := m.seasonSeqFor(n, tense)
		c.val = yearVal(floorDiv(seq, 4)) + "-" + seasonCodes[mod(seq, 4)]
	case needHoliday:
		c.val = dayVal(m.holidayDate(n, tense))
	}
	return c, true
}

// weekendDate is a day of the weekend meant: the one before a Monday-to-Friday publication in
// the past, the coming one otherwise; on a Saturday or Sunday, that weekend.
func (m *matcher) weekendDate(tense func() Tense) time.Time {
	d := m.doc
	if wd := isoWeekday(d); wd < 6 {
		if t := tense(); t == tensePast || t == tenseNone {
			return d.AddDate(0, 0, -wd)
		}
		return d.AddDate(0, 0, 6-wd)
	}
	return d
}

// relDirection is the direction a relative word gives: -1 for last, past, previous; 1 for
// next, coming, following; 0 for this (and current).
func relDirection(rel int) int {
	switch rel {
	case rLast, rPast, rPrevious:
		return -1
	case rNext, rComing, rFollowing:
		return 1
	}
	return 0
}

// tenseDirection is the direction of a clause's tense: -1 in the past, 1 in the future, 0
// otherwise (the present of news is mostly a schedule, but seldom far from the telling).
func tenseDirection(t Tense) int {
	switch t {
	case tensePast:
		return -1
	case tenseFuture:
		return 1
	}
	return 0
}

// direction is the direction of a clause's tense (tenseDirection), or, where no verb tells,
// the story's (storyDirection).
func (m *matcher) direction(i int, t Tense) int {
	if t == tenseNone {
		return m.storyDirection(i)
	}
	return tenseDirection(t)
}

// storyDirection is the side of the publication that the story is on at token i: the day or
// month the text named last, in this sentence or the one before: 1 after the publication, -1
// before it, 0 when there is none or it is the publication's day or month. A date without a
// tense of its own goes with it: "The merger closed on Aug. 3; in the days before, on
// Wednesday ..." is the Wednesday before, "The vote is set for Aug. 20. Polls open Monday"
// the Monday ahead.
func (m *matcher) storyDirection(i int) int {
	st := m.story
	if st.gran != gDay && st.gran != gMonth || i >= len(m.toks) {
		return 0
	}
	if d := m.toks[i].sent - st.sent; d < 0 || d > 1 {
		return 0
	}
	if m.presentAfterAside(i) {
		return 0
	}
	if st.gran == gMonth {
		a, b := st.t.Year()*12+int(st.t.Month()), m.doc.Year()*12+int(m.doc.Month())
		switch {
		case a > b:
			return 1
		case a < b:
			return -1
		}
		return 0
	}
	switch {
	case st.t.After(m.doc):
		return 1
	case st.t.Before(m.doc):
		return -1
	}
	return 0
}

// presentAfterAside reports whether the story's last day or month stands in an aside (a
// participle or a relative clause between commas) that a verb in the present follows, and the
// date at token i comes after it: "The pact, signed Feb. 26, calls for a closing in April",
// "The contract, which was awarded in January, requires delivery in June". The aside dates its
// own act, gone; the main clause tells of now and what is to come, and its date does not go
// with the aside's side of the publication.
func (m *matcher) presentAfterAside(i int) bool {
	k := m.lastMonthTok
	a, b := m.asideOf(k)
	if a == b || i <= b || k >= len(m.toks) || m.toks[k].sent != m.toks[i].sent || !m.punct(b, ",") {
		return false
	}
	return b+1 < i && m.toks[b+1].kind == kWord && sForm(m.toks[b+1].s)
}

// monthYear is the year of a month without one. "last November" is the latest November
// before the publication's month and "next March" the first after it; "this April" and a
// month alone are the publication's year unless the tense puts them on the other side of the
// publication: "this April" in a November story is the coming one when told in the future,
// "in March" in a February story the last one when told in the past. A month alone also
// takes the year that puts it nearest the publication (yearFor).
func (m *matcher) monthYear(n need, tense func() Tense) int {
	y, dm := m.doc.Year(), int(m.doc.Month())
	dir := relDirection(n.rel)
	switch {
	case n.rel == 0 && mod(dm-n.a, 12) <= 3 && m.monthMeasured(n):
		// A month before a measure of it, the publication's or one of the three before, is
		// that one, told ahead too, as its figures come after it: "will report January
		// industrial production" in February.
		if n.a > dm {
			return y - 1
		}
		return y
	case n.rel == 0 && m.outlookPeriodEnd(n.start):
		// An outlook "for the fiscal year ending in January": the participle has no tense,
		// and the sentence's verb tells of the outlook ("cut its forecast" is past), not of
		// the period's end. An outlook is of a period under way or to come: its end is the
		// next such month, the publication's own included.
		if n.a < dm {
			return y + 1
		}
		return y
	case n.rel == 0:
		y = m.yearFor(n.start, n.end, n.a, 0)
		if y != m.doc.Year() || m.nearestMonth(n.start, n.end) || m.meetingMinutes(n.start, n.end) || m.inCaseAhead(n.start) { // timex63.go // "first set for January" (timex33.go), "minutes of the March meeting" (timex35.go)
			return y
		}
		dir = m.direction(n.start, tense())
	case dir != 0:
		// last and next leave the publication's month, and "next" its following one too:
		// told in June, the coming July is "in July" or "this July", and "next July" the
		// one a year on
		if dir < 0 && n.a >= dm || dir > 0 && (n.a <= dm || n.a == dm+1) {
			return y + dir
		}
		return y
	default:
		dir = m.direction(n.start, tense())
	}
	switch {
	case dir < 0 && n.a > dm:
		return y - 1
	case dir > 0 && n.a < dm:
		return y + 1
	}
	return y
}

// periodValue is the quarter or half of the publication's year, moved by the tense: a past
// third quarter published in August is this year's, a past fourth quarter last year's. Told
// neither in the past nor in the future, the nearest such period: the fourth quarter in a
// January story is the one just ended, the first quarter in a November story the coming one;
// a tie stays in the publication's year.
func (m *matcher) periodValue(n need, tense func() Tense) string {
	// In a company's fiscal calendar ("whose fiscal year ends June 30") the quarters count from
	// the month after its end, and the year is the one the fiscal year ends in: the fourth
	// quarter told in August is the one just ended, of the fiscal year named for this year.
	y, mo := m.doc.Year(), int(m.doc.Month())
	if e := m.fiscalYearEnd(n.start); e != 0 && !m.nationalAccounts(n.start) {
		if mo > e {
			y++
		}
		mo = mod(mo-e-1, 12) + 1
	}
	cur := (mo-1)/n.b + 1
	per := 12 / n.b
	t := tense()
	if t == tenseNone {
		t = [3]Tense{tensePast, tenseNone, tenseFuture}[m.storyDirection(n.start)+1]
	}
	switch t {
	case tensePast:
		if n.a > cur {
			y--
		}
	case tenseFuture:
		switch {
		case n.a == cur-1 && m.periodResults(n):
			// The results of the period just ended, told ahead: "will report first-quarter
			// results" in May is about the quarter ended in March.
		case cur == 1 && n.a == 12/n.b && (m.periodResults(n) || m.yearEndBooked(n)): // timex67.go
			y-- // "will post fourth-quarter earnings" in January
		case n.a < cur && m.comparisonStandard(n.start):
			// The standard an outlook is measured against is a period known: "expects the
			// fourth quarter to be weaker than the third quarter" is the third just ended.
		case n.a < cur:
			y++
		}
	default:
		switch d := n.a - cur; {
		case d*2 > per:
			y--
		case -d*2 > per:
			y++
		}
	}
	if n.b == 3 {
		return quarterVal(y, n.a)
	}
	return halfVal(y, n.a)
}

// comparisonStandard reports whether the period at token start (its ordinal, or the article
// before it) is what a comparison measures against: "than the second quarter", "even with the
// first half's", "compared with the third quarter", "those of the second quarter".
func (m *matcher) comparisonStandard(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	} else if m.word(start, "the") {
		k = start - 1
	}
	switch {
	case m.anyWord(k, "than", "versus"):
		return true
	case m.word(k, "with"):
		return m.anyWord(k-1, "compared", "even", "flat", "level", "line", "par", "pace", "unchanged")
	case m.word(k, "to"):
		return m.anyWord(k-1, "compared", "similar", "equal", "close")
	case m.word(k, "of"):
		return m.anyWord(k-1, "those", "that", "level", "levels", "pace")
	}
	return false
}

// nationalAccounts reports whether the period at token start is an economy's, named before it
// in its sentence ("the economy shrank in the third quarter", "gross domestic product grew in
// the second quarter"): national accounts count calendar quarters, whatever fiscal year the
// story's budget or government keeps.
func (m *matcher) nationalAccounts(start int) bool {
	for k := start - 1; k >= 0 && m.toks[k].sent == m.toks[start].sent; k-- {
		if m.anyWord(k, "economy", "GDP", "GNP") || m.word(k, "product") && m.anyWord(k-1, "domestic", "national") && m.word(k-2, "gross") ||
			m.economistsSay(k) { // timex57.go
			return true
		}
	}
	return false
}

// periodResults reports whether the period at n names the results of a company ("first-quarter
// revenue", "fourth quarter net income"): a results word follows it, directly or after one word.
// Companies report a period after it ends, so such a period told ahead can be the one just ended.
func (m *matcher) periodResults(n need) bool {
	if m.resultsFor(n.start) {
		return true
	}
	for k := n.end; k <= n.end+1 && k < len(m.toks); k++ {
		if m.toks[k].sent != m.toks[n.start].sent || m.toks[k].kind != kWord {
			return false
		}
		if m.toks[k].in(sResultsWords) || m.toks[k].in(sMeasuredWords) || m.toks[k].in(sPeriodReports) {
			return true
		}
	}
	return false
}

// monthMeasured reports whether the month at n names what a measure of it counts: a results
// or measured word, or one of monthMeasures, follows it, directly or after one or two words
// ("January industrial production", "its November sales", "the December jobs report").
func (m *matcher) monthMeasured(n need) bool {
	// A measure or a change of one before "in" or "for" and the month: "retail sales in
	// February", "a drop in January", "payrolls for March".
	if k := n.start - 2; k >= 0 && m.anyWord(n.start-1, "in", "for") && m.toks[k].kind == kWord && m.toks[k].sent == m.toks[n.start].sent {
		if m.toks[k].in(sResultsWords) || m.toks[k].in(sMeasuredWords) || m.toks[k].in(sMonthMeasures) || m.toks[k].in(sChangeNouns) {
			return true
		}
	}
	from := n.end
	if m.punct(from, "'") && m.word(from+1, "s") {
		from += 2 // "January's employment report"
	}
	for k := from; k <= from+2 && k < len(m.toks); k++ {
		if m.toks[k].sent != m.toks[n.start].sent || m.toks[k].kind != kWord {
			return false
		}
		if m.toks[k].in(sResultsWords) || m.toks[k].in(sMeasuredWords) || m.toks[k].in(sMonthMeasures) {
			return true
		}
	}
	return false
}

// monthMeasures are what the government and trade groups count by the month; an index and a
// rate too ("the producer price index for January", "the jobless rate for January", timex46).
var monthMeasures = map[string]bool{"production": true, "payrolls": true, "employment": true, "unemployment": true,
	"jobs": true, "inflation": true, "starts": true, "spending": true, "deficit": true, "surplus": true,
	"report": true, "figure": true, "prices": true, "index": true, "rate": true}

// changeNouns name a measure's change from the month before: "after a drop in January".
var changeNouns = map[string]bool{"drop": true, "rise": true, "gain": true, "decline": true, "increase": true,
	"jump": true, "dip": true, "fall": true, "slide": true, "surge": true, "plunge": true}

// measuredWords are what an economy's or a company's period reports beside its results: a
// government's "revised estimate of third-quarter growth", due next month, is of the quarter
// just ended.
var measuredWords = map[string]bool{"growth": true, "output": true, "gdp": true, "figures": true, "numbers": true,
	"data": true, "shipments": true, "orders": true, "performance": true, "statistics": true}

// seasonSeqFor is the season meant (numbered as seasonSeq): "last spring" the latest before
// the publication's season, "next winter" the first after it; "this summer" and a season
// alone this year's, unless the tense puts it a year back ("the plant closed in the fall",
// told in the spring) or ahead ("this summer" in a future sentence told in the winter).
func (m *matcher) seasonSeqFor(n need, tense func() Tense) int {
	cur := seasonSeq(m.doc)
	seq := m.doc.Year()*4 + n.a
	switch dir := relDirection(n.rel); {
	case n.rel != 0 && dir < 0:
		for seq >= cur {
			seq -= 4
		}
		for seq+4 < cur {
			seq += 4
		}
	case dir > 0:
		for seq <= cur {
			seq += 4
		}
		for seq-4 > cur {
			seq -= 4
		}
	default:
		if s, ok := seasonNow(n, cur); ok { // "This winter is the coldest", told in January (timex69.go)
			return s
		}
		switch m.direction(n.start, tense()) {
		case -1:
			// "this summer" told in the past is the last summer, unless it is the season
			// about to begin, which "this" names whatever the verb ("examined the bank in
			// January and are due back this summer", told in April)
			if seq > cur && !(n.rel == rThis && seq == cur+1) {
				seq -= 4
			}
		case 1:
			if seq < cur {
				seq += 4
			}
		case 0:
			// The present of a schedule whose time the season is ("the lease expires in the
			// spring", "hearings resume in the fall" told in November): the next such season,
			// as scheduledMonth reads a month.
			if seq < cur && (m.scheduledSeason(n.start) || nearerAhead(seq, cur)) {
				seq += 4
			}
		}
	}
	return seq
}

// scheduledSeason reports whether the season at token start is the time of a verb in the
// present before "in the": "expires in the spring", "opens in late summer".
func (m *matcher) scheduledSeason(start int) bool {
	k := m.hedgeBefore(start) - 1
	if m.word(k, "the") {
		k--
	}
	return m.word(k, "in") && m.tense(start, start+1) == tensePresent && m.scheduledMonth(k+1, false)
}

// under is a holiday's value without its year, shift days from it: its month and day when
// they are fixed (Christmas Eve XXXX-12-24), its month when a weekday sets the day
// (Thanksgiving XXXX-11-XX), nothing for Easter.
func (h holiday) under(shift int) string {
	switch {
	case h.day != 0:
		d := date(2001, h.month, h.day).AddDate(0, 0, shift) // a year of no leap day
		return "XXXX-" + pad(int(d.Month()), 2) + "-" + pad(d.Day(), 2)
	case h.month != 0:
		return "XXXX-" + pad(h.month, 2) + "-XX"
	}
	return "XXXX-XX-XX"
}

// holidayDate is the day a holiday names (need.a its index in holidays, need.b days from it:
// -1 for Christmas Eve): "last Christmas" the latest before the publication, "next
// Thanksgiving" the first after it; "this Christmas" this year's unless the tense puts it on
// the other side of the publication; a holiday alone the year that puts it nearest the
// publication, unless the tense says otherwise (yearFor).
func (m *matcher) holidayDate(n need, tense func() Tense) time.Time {
	h := holidays[n.a]
	in := func(y int) time.Time { return h.in(y).AddDate(0, 0, n.b) }
	y := m.doc.Year()
	d := in(y)
	switch dir := relDirection(n.rel); {
	case n.rel == 0:
		if m.causeHolidayGone(n, d) { // "because of the Labor Day holiday", told the day after (timex69.go)
			return d
		}
		y := m.yearFor(n.start, n.end, int(d.Month()), d.Day())
		if m.pastHolidayGone(n, in(y), tense) { // "Stores were busy at Thanksgiving", told in October (timex71.go)
			y--
		}
		if !m.afterHolidayJustGone(n, in(y)) && m.aheadHoliday(n, in(y), tense) { // "after the Labor Day weekend", told the day after (timex71.go) // "would win on Election Day" (timex36.go)
			y++
		}
		return in(y)
	case dir < 0 && !d.Before(m.doc), dir == 0 && tense() == tensePast && d.After(m.doc):
		return in(y - 1)
	case dir > 0 && !d.After(m.doc), dir == 0 && tense() == tenseFuture && d.Before(m.doc):
		return in(y + 1)
	}
	return d
}

// weekdayDate is the day a weekday names: last, next or this week's when so qualified, else
// the one ahead when its clause is in the future or the present (a schedule), and the one
// before otherwise.
func (m *matcher) weekdayDate(n need, tense func() Tense) time.Time {
	wd, cur := n.a, isoWeekday(m.doc)
	switch n.rel {
	case rLast:
		// The nearest day of that name before the publication, even in its own week, as
		// TimeBank's annotators read it: in AQUAINT, "the day before last Tuesday" said on a
		// Thursday is that week's Monday; "next" is read the same way, the nearest ahead. But
		// yesterday is no one's "last Tuesday", nor tomorrow anyone's "next Thursday" (they
		// are "yesterday" and "tomorrow", or the bare weekday of wire copy): a day next to the
		// publication, named with last or next, is the one a week further.
		diff := mod(cur-wd, 7)
		if diff <= 1 {
			diff += 7
		}
		return m.doc.AddDate(0, 0, -diff)
	case rNext:
		diff := mod(wd-cur, 7)
		if diff <= 1 {
			diff += 7
		}
		return m.doc.AddDate(0, 0, diff)
	case rThis:
		return m.doc.AddDate(0, 0, wd-cur)
	}
	t := n.tense
	if t == tenseNone {
		if d, ok := m.changedPlanDay(n); ok { // "was to take place on Monday, was postponed" (timex79.go)
			return d
		}
		if d, ok := m.runUpDay(n); ok { // "Stocks edged lower ahead of Friday's jobs report" (lead19.go)
			return d
		}
		t = m.weekdayTense(n.start, n.end)
	}
	if t != tenseFuture && t != tensePresent && m.conditionAhead(n.start) {
		t = tenseFuture // "has hired guards in case the talks fail on Friday" (timex65.go)
	}
	if t == tenseNone && m.storyDirection(n.start) > 0 {
		t = tenseFuture // no verb tells: the story's time does ("The vote is set for Aug. 20. Polls open Monday at 7.")
	}
	if t == tenseFuture || t == tensePresent {
		if wd == cur && m.weekdayDone(n) { // "Stocks ended Friday ... The test comes Friday" (timex60.go)
			return m.doc.AddDate(0, 0, 7)
		}
		return m.doc.AddDate(0, 0, mod(wd-cur, 7))
	}
	return m.doc.AddDate(0, 0, -mod(cur-wd, 7))
}

// fromStory resolves a weekday, a month (with its day or not) or a season against the time the
// story is at, where that governs rather than the publication: a narrative that has just named
// a date well away from the publication goes on from it. "On March 3, 2005 the board met. On
// Friday it voted" is the Friday after March 3, 2005; "The plant opened in May 1998. In March it
// hired 200 workers" is March 1999; "The company listed in May 2001. In winter it ..." the
// winter of 2001. The story's date governs when
//   - it was named in this sentence or the one before, and lies before the publication (a
//     deadline ahead is no narrative);
//   - it is at least as fine as what it dates (a day for a weekday, a month for a month or a
//     season: a year alone is mostly background, "sales have doubled since 1998. In March...")
//     and further from the publication than one cycle of it (a week for a weekday, a year for
//     a month or a season), so that the publication would put the expression in another time
//     than the narrative's;
//   - the text has not yet named a day by the publication ("said Wednesday", "yesterday"): a
//     report that has set its own week tells from it, and its older dates are background ("the
//     two were charged in the Dec. 21, 1988, bombing ... were removed after Libya agreed in
//     April" is this April);
//   - the clause tells of the past, or of a future seen from it ("would vote on Friday"), or
//     has no tense; a clause in the present or future ("trades on Friday", "will vote on
//     Friday") speaks from the telling, and a weekday after a reporting verb ("said Friday")
//     is when it was told.
//
// The value is then the first such weekday, month or season at or after the story's date: a
// narrative moves forward.
func (m *matcher) fromStory(n need) (string, bool) {
	if !m.storyGoverns(n) {
		return "", false
	}
	st := m.story
	switch n.kind {
	case needWeekday:
		return dayVal(st.t.AddDate(0, 0, mod(n.a-isoWeekday(st.t), 7))), true
	case needMonth, needMonthDay:
		y := st.t.Year()
		if n.a < int(st.t.Month()) {
			y++
		}
		if n.kind == needMonth {
			return monthVal(y, n.a), true
		}
		return dayVal(clampDay(y, n.a, n.b)), true
	case needHoliday:
		// only a year of history governs a holiday (historyYear): "the flood of 1927 reached
		// the town just before Christmas" is that year's
		return dayVal(holidays[n.a].in(st.t.Year()).AddDate(0, 0, n.b)), true
	}
	seq := st.t.Year()*4 + n.a // the first season at or after the story's month
	for seq < seasonSeq(st.t) {
		seq += 4
	}
	return yearVal(floorDiv(seq, 4)) + "-" + seasonCodes[mod(seq, 4)], true
}

// apposedYear is the year of a day without one (a month and day, a holiday) that is set right
// after a year's expression by "on", in a clause told in the past: "went into orbit last
// year, on Valentine's Day", "in 1998 on Christmas Eve", "two years ago, on July 4". The year
// says when, and which day is meant, near the publication or not, as "Christmas Eve 1998"
// would. A year that names what figures are for says nothing of when they came ("reported
// its sales for 2007 on Jan. 10"), nor does one in a schedule ("will report results for 2007
// on Feb. 12").
func (m *matcher) apposedYear(n need) (int, bool) {
	st := m.story
	if st.gran != gYear || n.rel != 0 || n.kind != needMonthDay && n.kind != needHoliday || n.start >= len(m.toks) {
		return 0, false
	}
	k := n.start - 1
	if !m.word(k, "on") {
		return 0, false
	}
	if k--; m.punct(k, ",") {
		k--
	}
	if k != st.tok || m.toks[k].sent != m.toks[n.start].sent {
		return 0, false
	}
	when := m.word(k, "ago") || m.word(k, "year") && m.anyWord(k-1, "last", "this") || m.anyWord(k-1, "in", "during") ||
		m.fiscalYearEnded(k) // "expires at the end of fiscal 2000, on Sept. 30" (timex52.go)
	if !when {
		return 0, false
	}
	if t := m.tense(n.start, n.end); (t == tenseFuture || t == tensePresent) && st.t.Year() < m.doc.Year() {
		return 0, false // a year ahead, or the telling's, dates its day in any tense (timex52.go)
	}
	return st.t.Year(), true
}

// storyGoverns reports whether the story's time, rather than the publication, dates the
// underspecified value (fromStory lists the conditions).
func (m *matcher) storyGoverns(n need) bool {
	st := m.story
	if n.kind == needMonth && m.earlierIssue(n.start, n.end) {
		return false // "3.6 percent in 2014, down from 3.8 percent in its July update" (timex49.go)
	}
	if st.gran == gYear {
		// a year of history dates what its sentence tells in the past, whatever day the news is;
		// "last", "next" and "this" count from the telling, not from it ("the school, open since
		// 1851, will close this June")
		if n.rel != 0 || !m.historyYear(n) {
			return false
		}
		t := m.tense(n.start, n.end)
		return t == tensePast || t == tenseNone
	}
	if m.wouldFromStory(n) { // lead14.go
		return true
	}
	if st.gran == "" || st.since || !st.t.Before(m.doc) || m.newsDay || n.rel != 0 || n.start >= len(m.toks) {
		return false
	}
	if m.doneClauseAfter(st, n.start) { // "last got a raise in July 1996, and their contract expired in June" (timex56.go)
		return false
	}
	if d := m.toks[n.start].sent - st.sent; d < 0 || d > 1 {
		return false
	}
	switch n.kind {
	case needWeekday:
		if st.gran != gDay || absDays(st.t, m.doc) <= 7 || m.reportedWeekday(n.start) || m.asideDayApart(st, n.start) { // news90.go
			return false
		}
	case needMonth, needMonthDay, needSeason:
		if absDays(st.t, m.doc) <= 366 {
			return false
		}
	default:
		return false
	}
	t, cue := m.tenseCue(n.start, n.end, false)
	return t != tensePresent && (t != tenseFuture || eqFold(cue, "would"))
}

// historyYear reports whether the story is at a year of history that the month, day or season
// n shares a sentence with: "The panic of 1907 began on a Tuesday in October" (1907-10). A
// year of the last two is left to the tense ("2006 sales rose, helped by March"). The year
// dates the whole sentence when it leads it ("In 1990, when the budget was late, the state
// borrowed over the summer"); after it, a clause of the same time as another is told from
// that time, not the year's ("the papers he signed in 1988, as his trial, which began Dec. 16,
// went on": Dec. 16 is the news's).
func (m *matcher) historyYear(n need) bool {
	st := m.story
	if n.start >= len(m.toks) || st.t.Year() > m.doc.Year()-2 && !m.lastYearLeads(st, n.start) || st.since { // timex42.go
		// a year after "since" bounds a span that reaches the telling ("the worst year since
		// 1991, as orders dried up through the fall"): the sentence is told from now
		return false
	}
	switch n.kind {
	case needMonth, needMonthDay, needSeason, needHoliday:
	default:
		return false
	}
	if m.toks[n.start].sent == st.sent+1 {
		// the sentence after goes on about an event its year was told of ("The last recount
		// here was in 1978. It ended just before Christmas.") when "It" or "They" opens it
		// and it is told in the past. Of a thing or a person ("Acme was founded in 1962. It
		// went public in June."), a month without a year is the telling's, as wire style
		// writes the year of any other.
		return st.event && m.pronounOpens(n.start) && m.tense(n.start, n.end) == tensePast && !m.asideYear(st.tok)
	}
	if m.toks[n.start].sent != st.sent {
		return false
	}
	if a, b := m.asideOf(st.tok); a < b && (n.start < a || n.start >= b) {
		// "Ellis, who retired in 1991, said she heard of it last spring": a year in an aside
		// (a relative clause, a participle, words in parentheses) dates the aside only
		return false
	}
	if m.participleYear(st.tok, n.start) { // "a pact signed in 1995, expired June 30" (timex54.go)
		return false
	}
	if m.relativeYear(st.tok, n.start) { // "towers that were announced in 2000 ..., and Marsh said in January" (timex77.go)
		return false
	}
	return m.leadsSentence(st.tok) || !m.simultaneityBetween(st.tok, n.start)
}

// pronounOpens reports whether "It" or "They" opens the sentence of token i: the sentence goes
// on about what the one before told. Not before a verb of saying ("It said in March that
// ..."), which is the news's telling.
func (m *matcher) pronounOpens(i int) bool {
	k := i
	for k > 0 && m.toks[k-1].sent == m.toks[i].sent {
		k--
	}
	if !m.anyWord(k, "it", "they") || !m.toks[k].upper || k+1 >= len(m.toks) {
		return false
	}
	_, reporting := wordTense(m.toks[k+1].s)
	return !reporting
}

// asideYear reports whether the year's expression ending at token k stands in an aside.
func (m *matcher) asideYear(k int) bool {
	a, b := m.asideOf(k)
	return a < b
}

// simultaneityBetween reports whether a clause of the same time as another opens between
// tokens a and b: a comma and "as" or "while" before a subject ("..., as his lawyers opened
// their defense", "..., while the city waits"). What follows it is told from its own time.
func (m *matcher) simultaneityBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !m.anyWord(k, "as", "while") || !m.punct(k-1, ",") || k+1 >= len(m.toks) || m.toks[k+1].kind != kWord {
			continue
		}
		if w := m.toks[k+1].s; inSet(determiners, w) || inSet(clausePronouns, w) || m.toks[k+1].upper && m.toks[k+1].lex.kind == lxNone {
			return true
		}
	}
	return false
}

// leadsSentence reports whether the expression ending at token k opens its sentence: at most
// three words before it and none a verb ("In 1990,", "Back in 1985,", "1987:").
func (m *matcher) leadsSentence(k int) bool {
	sent := m.toks[k].sent
	for j, words := k-1, 0; j >= 0 && m.toks[j].sent == sent; j-- {
		if m.toks[j].lex.kind != lxNone || m.toks[j].kind == kNum {
			continue // the expression's own words
		}
		if m.toks[j].kind != kWord {
			continue
		}
		if words++; words > 3 || m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false
		}
	}
	return true
}

// reportedWeekday reports whether the weekday at token i follows a reporting verb ("said
// Friday", "announced on Monday"): the day of the telling, which the publication dates.
func (m *matcher) reportedWeekday(i int) bool {
	k := i - 1
	if m.word(k, "on") {
		k--
	}
	if k < 0 || m.toks[k].kind != kWord {
		return false
	}
	_, reporting := wordTense(m.toks[k].s)
	return reporting
}

// generic reports whether a month, a season or a day of the year without a year is told as a
// habit, in a clause with a word of custom ("In December, retailers typically hire", "the
// first snow usually comes in November", "sales tend to peak in the spring"): no one year is
// meant, and the value stays "XXXX-12", which dates no event. A relative word ("last
// December") or a contrast between the habit and the month ("usually hire in December, but
// this year began in October") names one.
func (m *matcher) generic(n need) bool {
	if n.rel != 0 || n.kind != needMonth && n.kind != needSeason && n.kind != needMonthDay || n.start >= len(m.toks) {
		return false
	}
	return m.habitual(n.start, n.end)
}

// habitual reports whether the clause around tokens [start, end) has a word of custom on the
// same side of any contrast.
func (m *matcher) habitual(start, end int) bool {
	cl := m.toks[start].clause
	for _, step := range [2]int{-1, 1} {
		k := start - 1
		if step > 0 {
			k = end
		}
		for ; k >= 0 && k < len(m.toks) && m.toks[k].clause == cl; k += step {
			if m.toks[k].kind != kWord {
				continue
			}
			if step > 0 && m.appositiveAfterClause(end, k) {
				break // "were for flu, a level the agency normally sees": the figure's (timex70.go)
			}
			if a, b := m.asideOf(k); a < b && (start < a || start >= b) {
				continue // "a fund, which customarily omits dividends in March": the aside's habit
			}
			if step > 0 && k == end+1 && m.word(k, "when") && m.punct(end, ",") {
				break // "before spring, when the fighting usually resumes": the time's description
			}
			if m.toks[k].in(sContrastWords) {
				break
			}
			if m.toks[k].in(sHabitWords) {
				if step > 0 && m.futureThenCoordinate(start, k) { // timex40.go
					break
				}
				return true
			}
		}
	}
	return false
}

// habitWords tell that a clause is about what happens as a rule.
var habitWords = map[string]bool{"typically": true, "usually": true, "normally": true, "generally": true,
	"traditionally": true, "customarily": true, "routinely": true, "tend": true, "tends": true}

// contrastWords set a clause against another: a habit on one side says nothing of a date on
// the other.
var contrastWords = map[string]bool{"but": true, "however": true, "while": true, "whereas": true, "although": true,
	"though": true, "yet": true, "unlike": true}
