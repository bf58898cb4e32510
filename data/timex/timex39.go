package timex

import (
	"strconv"
	"strings"
)

// Families of features, profiles and retrospectives (heldout47, timex39): a life or a town
// told across decades ("a quarter-century ago", "half a century later"), the seasons a
// feature compares ("bookings this summer trailed last summer's"), a present set against the
// past after "and now", the years an academic or sports season straddles ("the 2024-2025
// school year") and the infinitives of starting and ending a vote decides ("voted Monday to
// start classes after Labor Day").

// timex39Rules are the patterns of this file, tried after timex37's.
func timex39Rules() []rule {
	return []rule{
		{name: "fraction-ago", starts: []string{"a", "half", "three"}, doc: "half a century ago, a quarter-century later, three-quarters of a century ago: that many years back, or on from the year the text named",
			pattern: "half|a|three -? a|half|quarter|quarters -? of? a? century|decade ago|later|earlier", norm: normFractionAgo,
			examples: []Example{{"The mill closed half a century ago.", "half a century ago", "1957"},
				{"The dam was finished a quarter-century ago.", "a quarter-century ago", "1982"},
				{"The bridge opened in 1931. Half a century later it was torn down.", "Half a century later", "1981"},
				{"The chapel was built three-quarters of a century ago.", "three-quarters of a century ago", "1932"}}},
		{name: "relative-school-year", starts: []string{"this", "last", "next", "current", "coming", "previous"}, doc: "this school year, next academic year: the school year from the telling's, named by the year it starts in",
			pattern: "this|last|next|current|coming|previous school|academic year", norm: normRelativeSchoolYear,
			examples: []Example{{"Enrollment fell 2 percent this school year.", "this school year", "2007"},
				{"The district will add two buses next school year.", "next school year", "2008"}}},
		{name: "weekday-around-day", starts: []string{"the"}, doc: "the Wednesday before Thanksgiving, the Sunday after Easter: that weekday nearest before or after the day named",
			pattern: "the %weekday before|after", norm: normWeekdayAroundDay,
			examples: []Example{{"Airports are busiest on the Wednesday before Thanksgiving.", "the Wednesday before Thanksgiving", "2007-11-21"},
				{"Traffic peaked the Sunday after Labor Day.", "the Sunday after Labor Day", "2007-09-09"}}},
		{name: "story-next-decade", starts: []string{"the"}, doc: "the next decade, the following decade in a past narrative: the decade after the one it is at",
			pattern: "the next|following decade", norm: normStoryNextDecade,
			examples: []Example{{"The firm was founded in 1952, and the next decade brought rapid growth.", "the next decade", "196"},
				{"She spent the 1970s in Paris. The following decade she taught in Boston.", "The following decade", "198"}}},
		{name: "seasons-ago", starts: []string{"#num", "@number", "a", "an"}, doc: "two seasons ago, a season ago: a sports season so many back, the year it is played in",
			pattern: "%amount season|seasons ago", norm: normSeasonsAgo,
			examples: []Example{{"The Twins won 90 games two seasons ago.", "two seasons ago", "2005"}}},
	}
}

// normSeasonsAgo reads "three seasons ago" as "last season" is read (sports-season), so many
// seasons back: the year the season was played in, or began in for a sport whose season
// straddles the new year while it is being played.
func normSeasonsAgo(m *matcher, x *match) (cand, bool) {
	n, end, ok := m.amountAt(x.start)
	if !ok || end != x.tok(1) || n < 1 || n > 30 || !m.hasDoc {
		return cand{}, false
	}
	if m.straddlingSeason(int(m.doc.Month())) {
		n++
	}
	return m.offset(x.end, uYear, -n, 0)
}

// normStoryNextDecade reads "the next decade" and "the following decade" of a narrative told
// in the past, after a year or a decade of history named in the sentence or the one before, as
// the decade after that one: "She married in 1965, and the next decade was hard" is the 1970s,
// as "the following year" after 1965 is 1966. Told ahead ("expects the next decade to be
// better") or as a stretch ("over the next decade", "in the following decade") it is
// the-relative-unit's: the ten years from now, or none.
func normStoryNextDecade(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.anyWord(x.start-1, "over", "in", "within", "during", "for", "throughout", "through", "into") {
		return cand{}, false
	}
	d := m.decadeNamed(x.start)
	if d == 0 && m.lastYear != 0 && m.toks[x.start].sent-m.lastYearSent <= 1 && m.lastYear/10 < m.doc.Year()/10 {
		d = m.lastYear / 10
	}
	if d == 0 || d+1 > m.doc.Year()/10 {
		return cand{}, false
	}
	if t := m.tense(x.start, x.end); t != tensePast && !(t == tenseNone && m.word(x.end-2, "following")) {
		return cand{}, false
	}
	return cand{typ: "DATE", val: itoa(d + 1), gran: gDecade, by: ByStory}, true
}

// normWeekdayAroundDay reads "the Sunday after Thanksgiving", "the Friday before Christmas
// last year", "the Monday after Sept. 10" as one day: the first such weekday after the day
// named, or the last before it, the day placed as it would be alone. The day must be a name
// (a holiday, a month and its day), so that "the Monday before the vote" stays a weekday.
func normWeekdayAroundDay(m *matcher, x *match) (cand, bool) {
	k := x.end
	if m.word(k, "the") {
		k++
	}
	if k >= len(m.toks) || !m.toks[k].upper || m.toks[k].kind != kWord || m.kind(k) == lxWeekday {
		return cand{}, false
	}
	return m.weekdayAround(x, x.tok(1), x.tok(2))
}

// weekdayAround is the weekday at token wd nearest before or after (token rel) the day named
// after the match x.
func (m *matcher) weekdayAround(x *match, wdTok, rel int) (cand, bool) {
	m.apposYear, _ = m.appositiveYear(x.start) // "Dec. 20, 1996, the Friday before Christmas" (timex48.go)
	c, ok := m.core(x.end)
	m.apposYear = 0
	if !ok || c.gran != gDay || len(c.val) != 10 {
		return cand{}, false
	}
	d, _ := parseDay(c.val)
	wd := m.toks[wdTok].lex.val
	if m.word(rel, "after") {
		d = d.AddDate(0, 0, 1+mod(wd-isoWeekday(d)-1, 7))
	} else {
		d = d.AddDate(0, 0, -1-mod(isoWeekday(d)-wd-1, 7))
	}
	return cand{end: c.end, typ: "DATE", val: dayVal(d), gran: gDay, by: c.by}, true
}

// normRelativeSchoolYear reads a school year as "the 2024-25 school year" is named, by the
// year it starts in: one starts in August or September, so "this school year" told in
// October 2024 is 2024 and told in March 2025 is 2024 too; "last" and "next" count from it.
// "the last school year before the merger", "her last school year" are the final one, no
// date.
func normRelativeSchoolYear(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || m.word(x.start, "last") && (m.word(x.start-1, "the") || m.possessiveBefore(x.start)) {
		return cand{}, false
	}
	y := m.doc.Year()
	if m.doc.Month() < 8 {
		y--
	}
	switch {
	case m.anyWord(x.start, "last", "previous"):
		y--
	case m.anyWord(x.start, "next", "coming"):
		y++
	}
	return cand{typ: "DATE", val: yearVal(y), gran: gYear, by: ByPublication}, true
}

// normFractionAgo reads a fraction of a century or a decade with "ago", "later" or "earlier"
// as the count of years it makes: "a half-century ago" is fifty years back, "a quarter century
// later" twenty-five years on from the last year named. Only the three spellings of English
// fractions are read ("half a", "a half" or "a quarter", "three quarters of a"); a fraction
// that makes no whole count of years ("a quarter decade") is none.
func normFractionAgo(m *matcher, x *match) (cand, bool) {
	var ws []string
	for i := x.start; i < x.end; i++ {
		if m.toks[i].kind == kWord {
			ws = append(ws, strings.ToLower(m.toks[i].s))
		}
	}
	n := len(ws)
	if n < 4 {
		return cand{}, false
	}
	dir, unit := ws[n-1], ws[n-2]
	frac := strings.Join(ws[:n-2], " ")
	var num, den int
	switch frac {
	case "half a", "a half":
		num, den = 1, 2
	case "a quarter":
		num, den = 1, 4
	case "three quarters of a":
		num, den = 3, 4
	default:
		return cand{}, false
	}
	years := 100
	if unit == "decade" {
		years = 10
	}
	if years*num%den != 0 {
		return cand{}, false
	}
	years = years * num / den
	switch {
	case dir == "ago":
		return m.offset(x.end, uYear, -years, 0)
	case m.word(x.end, "than"):
		return cand{}, false // "half a century later than planned"
	case dir == "earlier":
		years = -years
	}
	return m.lastYearMoved(x.end, years)
}

// lastSeasonBeside moves "last summer" (c, the relative word at token i, the season at j) a
// year back where the sentence sets it beside the same season named as the present one ("this
// summer", "the summer"): told in September or December, the nearest summer or fall gone is
// the one the sentence compares, and "last" then means the one before it ("Bookings for the
// fall were down from last fall", "hotel rooms this summer cost more than last summer").
func (m *matcher) lastSeasonBeside(c cand, i, j int) cand {
	if !m.hasDoc || len(c.val) != 7 || c.val[4] != '-' {
		return c
	}
	y, err := strconv.Atoi(c.val[:4])
	if err != nil || y*4+m.toks[j].lex.val < seasonSeq(m.doc)-1 {
		return c // an older season than the one just gone: "last" has said which
	}
	s := m.toks[j].sent
	for k := range m.toks {
		t := &m.toks[k]
		if k == j || t.sent != s || t.lex.kind != lxSeason || t.lex.val != m.toks[j].lex.val {
			continue
		}
		if m.anyWord(k-1, "this", "the") && !m.word(k+1, "of") && !m.seasonInName(k) {
			c.val = yearVal(y-1) + c.val[4:]
			return c
		}
	}
	return c
}

// nowOpensClause reports whether "now" at token i, after "and", opens a clause of its own
// with a noun phrase for subject, the present set against a past told before it: "the mills
// closed, and now the town hopes for a prison", "He sold the farm, and now his son runs a
// store". Right before a verb ("cut jobs and now expects a profit") it is an adverb of the
// second predicate, which our gold leaves untagged, as it does a pronoun's clause.
func (m *matcher) nowOpensClause(i int) bool {
	if !m.word(i-1, "and") || i+2 >= len(m.toks) || m.toks[i+1].sent != m.toks[i].sent {
		return false
	}
	n := &m.toks[i+1]
	return n.kind == kWord && (clauseSubjects[strings.ToLower(n.s)] || n.upper && n.lex.kind == lxNone)
}

// clauseSubjects are the words that open a noun phrase a clause's subject can be.
var clauseSubjects = map[string]bool{"the": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "many": true, "most": true, "some": true, "both": true}

// infinitiveOfMod reports whether token i, a word the lexicon keeps as a modifier of a time
// ("the start of", "the end of"), is a verb after "to": "voted Monday to start classes after
// Labor Day", "agreed Friday to end the strike by Christmas".
func (m *matcher) infinitiveOfMod(i int) bool {
	return m.word(i-1, "to") && m.anyWord(i, "start", "end") && !m.anyWord(i+1, "of")
}

// seasonRangeEnd reports whether token i is the second year of two in a row that name one
// season, a school or a fiscal year ("the 2024-2025 school year", "the 1998-1999 season"): the
// season is the first year's, as "the 1996-97 season" is, and the second is no year of its own.
func (m *matcher) seasonRangeEnd(i int) bool {
	if i < 2 || !m.isHyphen(i-1) || !m.glued(i) || !m.glued(i-1) || m.toks[i].ndig != 4 || m.toks[i-2].kind != kNum ||
		m.toks[i-2].ndig != 4 || m.toks[i].num != m.toks[i-2].num+1 {
		return false
	}
	switch {
	case m.word(i+1, "season"):
		return true
	case m.anyWord(i+1, "school", "academic", "fiscal", "financial", "crop", "marketing"):
		return m.word(i+2, "year")
	}
	return false
}

// holidayOfYearAfter reads a holiday (h, its words ending before token j) with the year a
// relative phrase after it names, as "March 3 last year" is read: "on Black Friday last year",
// "Memorial Day weekend this year", "the day after Labor Day next year" told in November are
// that year's, though the nearest reading or the tense would pick another; "that year" is the
// last year the text named ("She opened the shop in 1961. On Christmas Eve that year ...").
// ok is false where there is none, and for a week or a holiday with "last" or "next" before
// it (skip): "Easter week", "last Christmas".
func (m *matcher) holidayOfYearAfter(h holiday, j, shift int, weekend, skip bool) (cand, bool) {
	y, end, by, ok := m.yearAfterDay(j)
	if !ok || skip {
		return cand{}, false
	}
	d := h.in(y).AddDate(0, 0, shift)
	if weekend {
		return cand{end: end, typ: "DATE", val: holidayWeekend(d), gran: gWeek, by: by}, true
	}
	return cand{end: end, typ: "DATE", val: dayVal(d), gran: gDay, by: by}, true
}

// dayOfYearAfter reads a month and day without a year (mo, d, its words ending before token
// j) with "that year" after it, or "last year", "next year", "this year" where another rule
// than month-day-relative-year found it: "On March 3 that year" after "in 1961", "the Fourth
// of July last year", "New Year's Day next year".
func (m *matcher) dayOfYearAfter(start, j, mo, d int) (cand, bool) {
	y, end, by, ok := m.yearAfterDay(j)
	if !ok || m.kind(start) == lxMonth && !m.word(end-2, "that") {
		return cand{}, false // "March 3 last year" is month-day-relative-year's
	}
	dd, valid := validDay(y, mo, d)
	if !valid {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: dayVal(dd), gran: gDay, by: by}, true
}

// yearAfterDay reads "last year", "next year", "this year" or "that year", "of" before them
// or not, at token j after a day: the year, the token after it and how it was resolved.
func (m *matcher) yearAfterDay(j int) (y, end int, by string, ok bool) {
	if !m.hasDoc {
		return 0, 0, "", false
	}
	k := j
	if m.word(k, "of") {
		k++ // "Christmas of last year"
	}
	if !m.word(k+1, "year") || m.punct(k+2, "'") || m.punct(k+2, "’") || m.isHyphen(k+2) {
		return 0, 0, "", false // "Christmas last year's sales", "a this-year-only deal"
	}
	switch {
	case m.anyWord(k, "last", "next", "this"):
		return m.doc.Year() + yearOffset(m.toks[k].s), k + 2, ByPublication, true
	case m.word(k, "that") && m.lastYear != 0:
		return m.lastYear, k + 2, m.lastYearBy, true
	}
	return 0, 0, "", false
}

// turnOfStoryYear is the turn of a century that a year of history named in the sentence or
// the one before lies within fifteen years of: "The plant opened in 1903, at the turn of the
// century" told in 2010 is 1900, where the telling alone would give 2000. A recent year is no
// history ("sales peaked in 1998, before the turn of the century" told in 2001 is the
// telling's), and the named turn must be nearer the year than any other.
func (m *matcher) turnOfStoryYear(i int) (int, bool) {
	y := m.lastYear
	if y == 0 || !m.hasDoc || y > m.doc.Year()-15 {
		return 0, false
	}
	if d := m.toks[i].sent - m.lastYearSent; d < 0 || d > 1 {
		return 0, false
	}
	turn := (y + 50) / 100 * 100
	if y-turn > 15 || turn-y > 15 {
		return 0, false
	}
	return turn, true
}
