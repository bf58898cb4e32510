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
	if m.punct(x.end, ",") && x.end+1 < len(m.toks) && m.toks[x.end+1].lex.kind == lxMonth {
		return cand{}, false // "on Super Tuesday, March 7": the date apposed says the day, and is tagged
	}
	var before, after time.Time
	for _, d := range superTuesdays {
		if d.Before(m.doc) {
			before = d
		} else if after.IsZero() {
			after = d
		}
	}
	d := after
	if !before.IsZero() && (after.IsZero() || m.tense(x.start, x.end) == tensePast || after.Sub(m.doc) > 550*24*time.Hour) {
		d = before
	}
	if d.IsZero() {
		return cand{}, false
	}
	return cand{typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
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
	for k := n.start - 1; k >= 2 && k > n.start-12 && m.toks[k].sent == m.toks[n.start].sent; k-- {
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
