package timex

import (
	"strings"
	"time"
)

// Families of weekly figures in business copy (heldout45, timex37): a weekly report's latest
// week, the week before it, and the same week a year back. Steel output, rail traffic, money
// supply, jobless claims and chain-store sales are reported by the week, and compared with the
// week before and with the same week of the year before, as quarterly results are with the
// quarter before and the year-ago quarter.

// timex37Rules are the patterns of this file, tried after timex35's.
func timex37Rules() []rule {
	return []rule{
		{name: "latest-week", starts: []string{"the"}, doc: "the latest week, the most recent week: the last week a weekly report can cover, the one before the telling's",
			pattern: "the most? latest|recent week", norm: normLatestWeek,
			examples: []Example{{"Jobless claims fell by 12,000 in the latest week.", "the latest week", "2007-W32"}}},
		{name: "week-before", starts: []string{"the"}, doc: "the previous week, the week before (a weekly figure's term): the week before the one the sentence or the one before named",
			pattern: "the previous|preceding|prior? week before?", norm: normWeekBefore,
			examples: []Example{{"Output rose in the latest week from the previous week.", "the previous week", "2007-W31"},
				{"Carloadings in the week ended Aug. 4 topped those of the week before.", "the week before", "2007-W30"}}},
		{name: "year-ago-week", starts: []string{"the"}, doc: "the year-earlier week, the year-ago week: the same week a year back of the week the sentence or the one before named",
			pattern: "the year - earlier|ago week", norm: normYearAgoWeek,
			examples: []Example{{"Sales in the week ended Aug. 11 were 3% above the year-ago week.", "the year-ago week", "2006-W32"}}},
		{name: "same-week-year-ago", starts: []string{"the"}, doc: "the same week last year, the comparable week a year ago: the week just named, a year back",
			pattern: "the same|comparable|corresponding week", norm: normSameWeekYearAgo,
			examples: []Example{{"Sales in the latest week were up 4% from the same week last year.", "the same week last year", "2006-W32"}}},
		{name: "ago-this-short", starts: []string{"#num", "@number", "a", "an"}, doc: "a month ago today, six months ago this week, two years ago this spring: the day, week or season so far back",
			pattern: "%amount year|years|month|months|week|weeks ago this? week|today|spring|summer|fall|autumn", norm: normAgoThisShort,
			examples: []Example{{"A month ago today, the strike began.", "A month ago today", "2007-07-17"},
				{"Two years ago this spring, the plant opened.", "Two years ago this spring", "2005-SP"}}},
		{name: "just-ended", starts: []string{"the"}, doc: "the just-ended quarter, the recently completed month: the last one ended before the telling",
			pattern: "the just|recently -? ended|completed|concluded|finished fiscal? quarter|month", norm: normJustEnded,
			examples: []Example{{"Profit in the just-ended quarter rose 8%.", "the just-ended quarter", "2007-Q2"},
				{"Sales in the recently completed month fell.", "the recently completed month", "2007-07"}}},
	}
}

// normJustEnded: "the just-ended quarter" of a results story is the quarter the story
// reports, the last one ended, in a fiscal calendar the story states as latest-quarter reads
// it; "the recently completed month" the month before the telling's. "the just-ended third
// quarter" is the ordinal's (ordinal-period reads "third quarter").
func normJustEnded(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.anyWord(x.end, "of") || m.isHyphen(x.end) {
		return cand{}, false
	}
	if m.word(x.end-1, "month") {
		if x.has(4) {
			return cand{}, false // "the just-ended fiscal month"
		}
		return m.offset(x.end, uMonth, -1, 0)
	}
	return m.quarterMoved(x.start, x.end, -1)
}

// rangeHoldingTelling is the year of a quarter or half named by its months (a to b), read as
// year y by its tense: one that holds the telling is the telling's, though a future sets it
// ahead ("Retailers expect the October-December quarter to be strong", told in November, is
// this year's, not next).
func (m *matcher) rangeHoldingTelling(y, a, b int) int {
	if mo := int(m.doc.Month()); m.hasDoc && y == m.doc.Year()+1 && mo >= a && mo <= b {
		return m.doc.Year()
	}
	return y
}

// normAgoThisShort: broadcast copy dates an anniversary of weeks or months as it does one of
// years (ago-this): "A month ago today" is the day a month back, "six months ago this week"
// that week, "two years ago this spring" the season of that year. A winter straddles two
// years and is left; the years' week, month and day are ago-this's.
func normAgoThisShort(m *matcher, x *match) (cand, bool) {
	n, u, ok := m.amountUnit(x, 1)
	if !ok || n < 1 || !m.hasDoc {
		return cand{}, false
	}
	last := x.tok(4)
	today := m.word(last, "today")
	if today == x.has(3) {
		return cand{}, false // "ago this today", "ago spring"
	}
	switch {
	case u == uYear:
		s := map[string]int{"spring": 0, "summer": 1, "fall": 2, "autumn": 2}
		k, ok := s[strings.ToLower(m.toks[last].s)]
		if !ok {
			return cand{}, false
		}
		return cand{end: x.end, typ: "DATE", val: yearVal(m.doc.Year()-n) + "-" + seasonCodes[k], gran: gSeason, by: ByPublication}, true
	case u == uMonth && today:
		return cand{end: x.end, typ: "DATE", val: dayVal(m.doc.AddDate(0, -n, 0)), gran: gDay, by: ByPublication}, true
	case u == uWeek && today:
		return cand{end: x.end, typ: "DATE", val: dayVal(m.doc.AddDate(0, 0, -7*n)), gran: gDay, by: ByPublication}, true
	case u == uMonth && m.word(last, "week"):
		return cand{end: x.end, typ: "DATE", val: weekVal(m.doc.AddDate(0, -n, 0)), gran: gWeek, by: ByPublication}, true
	}
	return cand{}, false
}

// normLatestWeek: a weekly report's latest week is the last one ended before the telling, as
// heldout14 values the money supply's; a week has no fiscal calendar to move it. "the latest
// week of talks" is the talks' and no unit of its own.
func normLatestWeek(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.anyWord(x.end, "of", "in") || m.isHyphen(x.end) {
		return cand{}, false
	}
	return cand{typ: "DATE", val: weekVal(m.doc.AddDate(0, 0, -7)), gran: gWeek, by: ByPublication}, true
}

// normWeekBefore: after a week's figure, "the previous week" and "the week before" are the
// week before that one, the term it is compared with, not the publication's last week.
// Without a week named just before they are left to the day anaphors and relative-unit ("the
// week before the vote" is an event's).
func normWeekBefore(m *matcher, x *match) (cand, bool) {
	if x.has(1) == x.has(3) {
		return cand{}, false // "the week", "the previous week before"
	}
	if x.has(3) && x.end < len(m.toks) && !m.punct(x.end, ",") && !m.punct(x.end, ".") && !m.punct(x.end, ";") {
		return cand{}, false
	}
	w, ok := m.weekNamed(x.start)
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: weekVal(w.AddDate(0, 0, -7)), gran: gWeek, by: ByStory, aside: true}, true
}

// normYearAgoWeek: "the year-earlier week" is the week just named, a year back.
func normYearAgoWeek(m *matcher, x *match) (cand, bool) {
	w, ok := m.weekNamed(x.start)
	if !ok {
		return cand{}, false
	}
	return cand{typ: "DATE", val: weekYearBack(w), gran: gWeek, by: ByStory, aside: true}, true
}

// normSameWeekYearAgo: "the same week last year", "the comparable week a year ago" (or "a
// year earlier") is the week a figure was just given for, a year back, as one expression;
// without a week named it is left, and "last year" is the year.
func normSameWeekYearAgo(m *matcher, x *match) (cand, bool) {
	e := x.end
	switch {
	case m.word(e, "last") && m.word(e+1, "year"):
		e += 2
	case m.word(e, "a") && m.word(e+1, "year") && m.anyWord(e+2, "ago", "earlier", "before"):
		e += 3
	default:
		return cand{}, false
	}
	w, ok := m.weekNamed(x.start)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: "DATE", val: weekYearBack(w), gran: gWeek, by: ByStory, aside: true}, true
}

// weekYearEarlier is "a year earlier" or "a year ago" compared with a week's figure named in
// its sentence or the one before ("rose 1.3% in the week ended Saturday from a year
// earlier"): that week a year back, as it is the quarter a year back after a quarter's. The
// comparison word before it says a figure is compared; a quarter or a day named after the
// week is the figure's period instead.
func (m *matcher) weekYearEarlier(start, end int) (cand, bool) {
	if !m.anyWord(start-1, "from", "than", "with", "over", "against") {
		return cand{}, false
	}
	w, ok := m.weekNamed(start)
	if !ok {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: weekYearBack(w), gran: gWeek, by: ByStory, aside: true}, true
}

// weekNamed is the Monday of the week a figure was last given for, when it was named in the
// sentence of token i or the one before and no quarter or day was named after it.
func (m *matcher) weekNamed(i int) (time.Time, bool) {
	if m.lastWeek.IsZero() {
		return time.Time{}, false
	}
	sent := m.toks[i].sent
	if d := sent - m.lastWeekSent; d < 0 || d > 1 {
		return time.Time{}, false
	}
	if m.lastQuarter != 0 && m.lastQuarterSent > m.lastWeekSent || m.lastMonthTok > m.lastWeekTok {
		return time.Time{}, false
	}
	return m.lastWeek, true
}

// rememberWeek keeps the week of a DATE the matcher just found: a week's value ("the latest
// week", "last week"), or the day that closes one ("the week ended Nov. 4", "the week ending
// Saturday"), the form in which weekly figures are dated.
func (m *matcher) rememberWeek(c cand) {
	if c.typ != "DATE" || c.aside || c.by == ByUnresolved {
		return // a comparison's week ("from the previous week") is no figure's
	}
	v, sent, tok := c.val, m.toks[c.end-1].sent, c.end-1
	switch {
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		y, w := atoiCap(v[:4]), atoiCap(v[6:])
		if y == 0 || w < 1 || w > 53 {
			return
		}
		m.lastWeek, m.lastWeekSent, m.lastWeekTok = isoWeekMonday(y, w), sent, tok
	case len(v) == 10 && c.gran == gDay:
		s := m.exprStart
		if m.word(s-1, "on") {
			s--
		}
		if !m.anyWord(s-1, "ended", "ending") || !m.word(s-2, "week") {
			return
		}
		if d, ok := parseDay(v); ok {
			m.lastWeek, m.lastWeekSent, m.lastWeekTok = isoWeekMonday(d.ISOWeek()), sent, tok
		}
	}
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := date(y, 1, 4) // always in week 1
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}

// weekYearBack is the value of the week with the same number a year before the week of Monday
// w: weekly series are compared week number to week number. A 53rd week with none the year
// before is compared with the 52nd.
func weekYearBack(w time.Time) string {
	y, n := w.ISOWeek()
	if n == 53 {
		if _, last := date(y-1, 12, 28).ISOWeek(); last < 53 {
			n = 52
		}
	}
	return weekVal(isoWeekMonday(y-1, n))
}
