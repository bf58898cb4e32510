package timex

import "time"

// Families of New York Times News Service and AP domestic stories of 1996-2000 (heldout44,
// timex36): the primaries' Super Tuesday, a named day told ahead after this year's has passed,
// a "when" clause about the year it follows, and the season of the weather.

// domesticRules are this file's pattern families; "super" starts no other rule's phrase, and
// the rule's two words outrun the weekday's one.
func domesticRules() []rule {
	return []rule{
		{name: "super-tuesday", starts: []string{"super"}, doc: "Super Tuesday: the day of the most presidential primaries, the election year's, by the tense",
			pattern: "super tuesday", norm: normSuperTuesday,
			examples: []Example{{"The governor hopes to wrap up the nomination on Super Tuesday.", "Super Tuesday", "2008-02-05"},
				{"She won nine states on Super Tuesday.", "Super Tuesday", "2004-03-02"}}},
		{name: "inauguration-day", starts: []string{"inauguration"}, doc: "Inauguration Day: a president's swearing-in, Jan. 20 after an election year, by the tense",
			pattern: "inauguration day", norm: normInaugurationDay,
			examples: []Example{{"The new president takes office on Inauguration Day.", "Inauguration Day", "2009-01-20"},
				{"Crowds lined the avenue on Inauguration Day.", "Inauguration Day", "2005-01-20"}}},
		{name: "election-night", starts: []string{"election"}, doc: "election night: the evening of Election Day, its day",
			pattern: "election night", norm: normElectionNight,
			examples: []Example{{"The networks will project a winner on election night.", "election night", "2007-11-06"},
				{"The senator conceded on Election Night.", "Election Night", "2006-11-07"}}},
	}
}

// superTuesdays are the days on which the most states held presidential primaries, from the
// first so named; the day moved with the states' calendars, so no rule of the month gives it.
var superTuesdays = []time.Time{
	date(1984, 3, 13), date(1988, 3, 8), date(1992, 3, 10), date(1996, 3, 12), date(2000, 3, 7),
	date(2004, 3, 2), date(2008, 2, 5), date(2012, 3, 6), date(2016, 3, 1), date(2020, 3, 3), date(2024, 3, 5),
}

// normSuperTuesday dates "Super Tuesday" as the campaigns do, the one of the election at hand:
// the next one after the publication, or the last one before it where the clause is past
// or the next is further than a campaign looks ahead (a year and a half). A lower-case
// "super" is an adjective ("a super Tuesday for the Jets").
func normSuperTuesday(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.tok(0)].upper || !m.toks[x.tok(1)].upper || !m.hasDoc {
		return cand{}, false
	}
	return m.cycleDay(x, superTuesdays)
}

// cycleDay is the day of days (in order) that a day of the four-year calendar of American
// politics names at match x: the next one after the publication, or the last one before it
// where the clause is past, or where the clause is not future and the next is further than a
// campaign looks ahead (a year and a half).
func (m *matcher) cycleDay(x *match, days []time.Time) (cand, bool) {
	if m.apposedDate(x.end) {
		return cand{}, false
	}
	var before, after time.Time
	for _, d := range days {
		if d.Before(m.doc) {
			before = d
		} else if after.IsZero() {
			after = d
		}
	}
	d := after
	if t := m.tense(x.start, x.end); !before.IsZero() && (after.IsZero() || t == tensePast ||
		t != tenseFuture && after.Sub(m.doc) > 550*24*time.Hour) {
		d = before
	}
	if d.IsZero() {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
}

// apposedDate reports whether a date is set after a comma at token end, after a named day: the
// date says the day and is tagged alone ("on Super Tuesday, March 7", "On election night,
// last Tuesday,"), as heldout9's, heldout31's and heldout34's gold have it.
func (m *matcher) apposedDate(end int) bool {
	if !m.punct(end, ",") || end+1 >= len(m.toks) {
		return false
	}
	k := end + 1
	if m.toks[k].lex.kind == lxRel && k+1 < len(m.toks) {
		k++
	}
	kind := m.toks[k].lex.kind
	return kind == lxMonth || kind == lxWeekday
}

// normInaugurationDay dates a president's swearing-in: Jan. 20 of each year after a
// presidential election since 1937, March 4 before. "inauguration day" in lower case is as
// often a governor's or a mayor's, on days of their own.
func normInaugurationDay(m *matcher, x *match) (cand, bool) {
	if !m.toks[x.tok(0)].upper || !m.toks[x.tok(1)].upper || !m.hasDoc {
		return cand{}, false
	}
	var days []time.Time
	for y := m.doc.Year() - 5; y <= m.doc.Year()+5; y++ {
		switch {
		case y%4 != 1:
		case y < 1937:
			days = append(days, date(y, 3, 4))
		default:
			days = append(days, date(y, 1, 20))
		}
	}
	return m.cycleDay(x, days)
}

// normElectionNight: election night is the evening of Election Day, and its day, read as
// "Election Day" would be.
func normElectionNight(m *matcher, x *match) (cand, bool) {
	if m.apposedDate(x.end) {
		return cand{}, false
	}
	if m.toks[x.tok(0)].upper != m.toks[x.tok(1)].upper && x.start > 0 && m.toks[x.tok(0)].sent == m.toks[x.tok(0)-1].sent {
		return cand{}, false // "Election night" opens a sentence; "the Election night party" mixes cases
	}
	for hi, h := range holidays {
		if h.word == "election" {
			return m.resolve(cand{end: x.end, typ: "DATE", gran: gDay}, need{kind: needHoliday, a: hi, start: x.start, end: x.end})
		}
	}
	return cand{}, false
}

// aheadHoliday is the next year's day of a named day the nearest reading has put just gone,
// where the clause looks ahead: "would win on Election Day" told two weeks after an off-year
// election is the next one, as "will open after Christmas" told on Jan. 5 is next December's.
// The nearest reading stands in the past and the present ("voted on Election Day", "the
// stores are quiet after Christmas").
func (m *matcher) aheadHoliday(n need, d time.Time, tense func() Tense) bool {
	return n.rel == 0 && d.Before(m.doc) && (tense() == tenseFuture || m.preparedFor(n.start))
}

// preparedFor reports whether the date at token start is the object of a verb of getting ready
// not in the past ("to prepare for", "are preparing for", "gear up for"): what one readies for is
// ahead.
func (m *matcher) preparedFor(start int) bool {
	if !m.word(start-1, "for") {
		return false
	}
	k := start - 2
	if m.anyWord(k, "up") {
		k--
	}
	if !m.anyWord(k, "prepare", "preparing", "prepares", "gear", "gearing", "gears", "ready", "readying", "readies") {
		return false
	}
	return !m.anyWord(k-1, "had", "was", "were") && m.tense(start, start+1) != tensePast
}

// whenClauseYear is the year a month, a day, a season or a named day without one takes from a
// "when" clause right after a written year: "the heaviest snow since the winter of 1996, when a
// storm in early January shut the schools", "since 1994, when prices peaked in March". The
// clause tells of that year, however recent it is and though "since" reaches to the telling.
// The date must be in the clause, no comma between.
func (m *matcher) whenClauseYear(n need) (int, bool) {
	if n.rel != 0 || n.start >= len(m.toks) {
		return 0, false
	}
	switch n.kind {
	case needMonth, needMonthDay, needSeason, needHoliday:
	default:
		return 0, false
	}
	for k := n.start - 1; k >= 2 && k > n.start-whenClauseReach && m.toks[k].sent == m.toks[n.start].sent; k-- {
		if m.toks[k].kind == kPunct {
			return 0, false
		}
		if !m.word(k, "when") {
			continue
		}
		y := &m.toks[k-2]
		if !m.punct(k-1, ",") || y.kind != kNum || y.ndig != 4 || y.num < 1000 || y.num > 2999 {
			return 0, false
		}
		if n.start-k >= 12 && !m.longWhenClause(n) { // timex57.go
			return 0, false
		}
		return y.num, true
	}
	return 0, false
}

// whenClauseValue is n's value in year y (whenClauseYear).
func whenClauseValue(n need, y int) string {
	switch n.kind {
	case needMonth:
		return monthVal(y, n.a)
	case needMonthDay:
		return dayVal(clampDay(y, n.a, n.b))
	case needSeason:
		return yearVal(y) + "-" + seasonCodes[mod(n.a, 4)]
	}
	return dayVal(holidays[n.a].in(y).AddDate(0, 0, n.b))
}

// weatherSeason reports whether the noun before "of" at token of is weather's ("the first storm
// of the season", "the worst blizzard of the season"): the season is the winter's or the
// hurricanes', which no superlative or ordinal makes a sports year.
func (m *matcher) weatherSeason(of int) bool {
	return m.anyWord(of-1, "storm", "storms", "snowstorm", "snowstorms", "snow", "snowfall", "snowfalls", "blizzard",
		"hurricane", "hurricanes", "typhoon", "tornado", "tornadoes", "frost", "freeze", "rain", "rains", "flood",
		"floods", "flu", "heat", "squall", "monsoon")
}

// beforePlace is the token before the places that end at token k ("in Philadelphia", "in New
// York", "at Madison Square Garden in New York": at most two, of capitalized words after "in"
// or "at"), or k when none does. A verb of the calendar says where before it says when: "the
// convention opens in Philadelphia on July 31", "the trial begins in Boston in June".
func (m *matcher) beforePlace(k int) int {
	for range 2 {
		j := k
		for j >= 0 && j > k-4 && m.toks[j].kind == kWord && m.toks[j].upper && (m.toks[j].lex.kind == lxNone || m.toks[j].lex.kind == lxFunction) {
			j--
		}
		if j == k || !m.anyWord(j, "in", "at") || m.toks[j].upper || m.toks[j].sent != m.toks[k].sent {
			return k
		}
		k = j - 1
	}
	return k
}

// earlierInDecade: "later in the decade", "earlier in the decade", "early in the decade" (the
// unit at token u) are the decade the story has gone back to, a decade named ("In the 1960s
// ... later in the decade") or a year of a past decade ("The plant opened in 1962; later in
// the decade it doubled"), in that sentence or the one before; else the publication's, as
// "later this decade" is. Told ahead, the decade is the publication's, as normEndOfUnit
// reads "the end of the decade".
func (m *matcher) earlierInDecade(start, u int) (cand, bool) {
	if m.hasDoc && m.tense(start, u+1) != tenseFuture {
		if d := m.decadeNamed(start); d != 0 {
			return cand{end: u + 1, typ: "DATE", val: itoa(d), gran: gDecade, by: ByStory}, true
		}
		if st := m.story; st.gran != "" && m.toks[start].sent-st.sent <= 1 && st.t.Year()/10 < m.doc.Year()/10 {
			val, gran := unitVal(st.t, uDecade)
			return cand{end: u + 1, typ: "DATE", val: val, gran: gran, by: ByStory}, true
		}
	}
	return m.offset(u+1, uDecade, 0, 0)
}

// stagingPresents hold an event on the calendar, told in the present of a schedule.
var stagingPresents = map[string]bool{"holds": true, "hosts": true, "stages": true, "opens": true, "begins": true,
	"starts": true, "convenes": true, "plays": true, "resumes": true}

// stagedEvents are the events a staging verb holds, beyond scheduledEvents.
var stagedEvents = map[string]bool{"convention": true, "conference": true, "trial": true, "session": true, "season": true,
	"tournament": true, "congress": true, "caucus": true, "festival": true, "fair": true, "talks": true}

// heldEvent reports whether token k, before a date's "in" or "on", ends the object of a
// present of staging: a scheduled event after a determiner or a possessive and at most two
// words that qualify it ("the party holds its national convention in August", "the league
// opens its season in April", "the union holds its vote on March 3"). The present is a
// schedule, ahead of the telling, as "the convention opens in August" is.
func (m *matcher) heldEvent(k int) bool {
	if k < 2 || m.toks[k].kind != kWord || m.toks[k].upper {
		return false
	}
	if w := tokText(m.toks, k); !inSet(scheduledEvents, w) && !stagedEvents[w] {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if m.toks[j].kind != kWord || m.toks[j].upper && !m.anyWord(j, "its", "their") {
			return false
		}
		if m.anyWord(j, "its", "their", "his", "her", "the", "a", "an") {
			return stagingPresents[tokText(m.toks, j-1)] && m.toks[j-1].clause == m.toks[k].clause
		}
	}
	return false
}

// extremes are the marks a price or a count reaches: a high, a low, a peak.
var extremes = map[string]bool{"high": true, "highs": true, "low": true, "lows": true, "peak": true, "peaks": true}

// reachedExtreme reports whether the month or day at tokens [start, end) dates a high, a low
// or a peak that a possessive or an article names ("its high in April", "from their April
// peak", "the record low on Aug. 3"): a mark reached is behind the telling, whatever the
// clause's tense ("is down 40 percent from its high in April" told in October is the April
// gone, though the next is nearer). What is forecast to be reached stays ahead ("expects a
// peak in April").
func (m *matcher) reachedExtreme(start, end int) bool {
	var j int
	switch {
	case extremes[tokText(m.toks, end)]:
		j = start - 1 // "its April high"
	case m.anyWord(start-1, "in", "on") && extremes[tokText(m.toks, start-2)]:
		j = start - 3 // "its high in April"
	default:
		return false
	}
	if m.anyWord(j, "record", "closing", "intraday", "all-time", "new") {
		j--
	}
	return m.anyWord(j, "its", "their", "the", "a", "his", "her") && m.tense(start, end) != tenseFuture
}

// spentSeason reports whether the season at token i is the object of spending time: "will
// spend the fall in California", "spent the summer at a camp", "spending the winter in
// Florida". Time spent is a time, as "spent the weekend" is, though no preposition leads it.
func (m *matcher) spentSeason(i int) bool {
	return m.word(i-1, "the") && m.anyWord(i-2, "spend", "spends", "spent", "spending")
}
