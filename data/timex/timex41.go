package timex

// Families of science, space, environment and disaster news (heldout49, timex41): climate
// targets set past 2099, ages of the earth counted in thousands or millions of years, a launch
// site's name between a past verb and its date, and the middle of a century.

func timex41Rules() []rule {
	return []rule{
		{name: "mid-century", starts: []string{"mid", "midcentury"}, doc: "mid-century, midcentury: the middle of the century the telling is in, or of a past century the story is at",
			pattern: "mid|midcentury -? century?", norm: normMidCentury,
			examples: []Example{{"Emissions must be halved by mid-century.", "mid-century", "20"},
				{"The state's forests could shrink by a third by midcentury.", "midcentury", "20"},
				{"The mill opened in 1948, and at mid-century it employed 900.", "mid-century", "19"}}},
	}
}

// normMidCentury reads "mid-century" as "the middle of the century" is read: the telling's
// century, or, in a sentence not in the future at most one after a year of an earlier century,
// that century. "mid" alone, or before anything but "century", is early-late-mid's.
func normMidCentury(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc || !(m.word(x.start, "midcentury") && x.end == x.start+1 || m.word(x.start, "mid") && m.word(x.end-1, "century")) {
		return cand{}, false
	}
	c := m.doc.Year() / 100
	if st := m.story; st.gran != "" && m.toks[x.start].sent-st.sent <= 1 && st.t.Year()/100 < c && m.tense(x.start, x.end) != tenseFuture {
		return cand{end: x.end, typ: "DATE", val: itoa(st.t.Year() / 100), gran: gCentury, by: ByStory, mod: "MID"}, true
	}
	return cand{end: x.end, typ: "DATE", val: itoa(c), gran: gCentury, by: ByPublication, mod: "MID"}, true
}

// farYear reports whether the four digits y at token i, past 2099, are a year all the same: a
// target or a forecast ("cut emissions by 2100", "the sea could rise a meter in 2150", "the
// year 2300") after a preposition of time, and no clock time ("by 2100 GMT", "at 2130 hours").
// Plain four-digit numbers past 2099 are rare in news but for these: counts take a comma. "to"
// and "from" are left out, for a price quoted without one ("rose 50 yen to 2150").
func (m *matcher) farYear(i, y int) bool {
	if y > 2999 || i == 0 || !m.anyWord(i-1, "by", "in", "until", "till", "through", "before", "after", "beyond", "year") {
		return false
	}
	for j := i + 1; j <= i+3 && j < len(m.toks); j++ {
		if m.anyWord(j, "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "hours", "hrs", "local", "z", "am", "pm") {
			return false // "by 2100 GMT", "from 2100 to 2300 GMT"
		}
	}
	return !m.punct(i+1, ":")
}

// agelessCount reports whether a count of thousands or more stands before "years ago" at token
// i: "66 million years ago", "about 12,000 years ago", "thousands of years ago". Such a time
// lies before the calendar's first year or is told on no calendar a value writes, and is no
// unsaid while before now either. "hundreds of years ago" stays one.
func (m *matcher) agelessCount(i int) bool {
	p := i - 1
	if p < 0 {
		return false
	}
	if m.toks[p].kind == kNum || m.anyWord(p, "thousand", "million", "billion") {
		return true
	}
	return m.word(p, "of") && m.anyWord(p-1, "thousands", "millions", "billions")
}

// normUnitsAgo is units-ago's reading, none after a count of an age of the earth.
func normUnitsAgo(m *matcher, x *match) (cand, bool) {
	if m.agelessCount(x.start) {
		return cand{}, false
	}
	return normPastRef(m, x)
}

// facilities are the nouns a launch or a vote names a place with: "the Jiuquan launch center",
// "the Baikonur launch pad".
var facilities = map[string]bool{"center": true, "centre": true, "site": true, "pad": true, "complex": true,
	"facility": true, "base": true, "station": true, "range": true, "tower": true}

// facilityCompound reports whether the schedule verb at token k is the first noun of a place's
// name before its date: in "the flight began from the Jiuquan launch center Wednesday" the
// verb is "began", and "launch" no present that would put Wednesday ahead. The place noun is
// followed by the date, a preposition or a comma, not by an object of its own.
func (m *matcher) facilityCompound(k int) bool {
	if k+1 >= len(m.toks) || m.toks[k+1].kind != kWord || !inSet(facilities, m.toks[k+1].s) {
		return false
	}
	j := k + 2
	return j >= len(m.toks) || m.toks[j].kind == kPunct || m.dateFollows(j) || m.anyWord(j, "on", "in", "at", "near", "for")
}

// slipVerbs move a schedule later without saying so: "the launch slipped to Wednesday".
var slipVerbs = map[string]bool{"slipped": true, "slips": true, "slip": true, "slipping": true, "slid": true,
	"slides": true, "sliding": true}

// slippedTo reports whether the date at token start is one a schedule slipped to ("the launch
// slipped to Wednesday", "has slipped back to Friday") or was moved to by a measure without
// "by" ("delayed the launch two days, to Wednesday", "moved up a day, to Saturday"): a date
// moved to lies after the move, as movedTo's do. A price that slipped to a day's level
// ("slipped to Monday's low") is no move of a date.
func (m *matcher) slippedTo(start int) bool {
	if !m.word(start-1, "to") || (m.punct(start+1, "'") || m.punct(start+1, "’")) && m.word(start+2, "s") {
		return false
	}
	k := start - 2
	if !m.punct(k, ",") {
		if m.word(k, "back") {
			k--
		}
		return k >= 0 && inSet(slipVerbs, m.toks[k].s)
	}
	u := k - 1
	if _, _, ok := m.unitAt(u); !ok || u < 1 || !(m.toks[u-1].kind == kNum || m.toks[u-1].lex.kind == lxNumber || m.anyWord(u-1, "a", "an", "one")) {
		return false
	}
	for k = u - 2; k >= 0 && k >= u-8 && (m.toks[k].kind == kWord || m.punct(k, "'") || m.punct(k, "’")); k-- {
		if inSet(slipVerbs, m.toks[k].s) || inSet(moveParticiples, m.toks[k].s) || m.anyWord(k, "postponed", "postpone", "postpones",
			"delayed", "delay", "delays", "deferred", "moved", "move", "moves", "rescheduled", "pushed", "push") {
			return true
		}
	}
	return false
}

// sportsWords tell a sports season in a sentence that also names weather ("two rain delays
// this season", "won 12 games in the snow this season").
var sportsWords = map[string]bool{"game": true, "games": true, "win": true, "wins": true, "won": true, "point": true,
	"points": true, "goal": true, "goals": true, "run": true, "runs": true, "homer": true, "homers": true,
	"touchdown": true, "touchdowns": true, "team": true, "league": true, "coach": true, "player": true, "players": true,
	"delay": true, "delays": true, "rainout": true, "rainouts": true, "inning": true, "innings": true}

// weatherThisSeason reports whether "this season", "last season" or "next season" at token
// start is the weather's: a storm, snow or the flu named before it in its sentence ("the sixth
// named storm this season", "Snowfall so far this season") or after its possessive ("next
// season's flu vaccine"), and no word of sport there. Our gold leaves such a season untagged,
// as heldout44's "the first storm of the season" (weatherSeason, timex36.go).
func (m *matcher) weatherThisSeason(start, end int) bool {
	sent := m.toks[start].sent
	for j := start - 1; j >= 0 && j >= start-12 && m.toks[j].sent == sent; j-- {
		if m.toks[j].kind == kWord && inSet(sportsWords, m.toks[j].s) {
			return false
		}
	}
	for j := end; j < len(m.toks) && j < end+12 && m.toks[j].sent == sent; j++ {
		if m.toks[j].kind == kWord && inSet(sportsWords, m.toks[j].s) {
			return false
		}
	}
	if (m.punct(end, "'") || m.punct(end, "’")) && m.word(end+1, "s") && m.weatherSeason(end+3) {
		return true
	}
	for j := start - 1; j >= 0 && j >= start-12 && m.toks[j].sent == sent; j-- {
		if m.weatherSeason(j + 1) {
			return true
		}
	}
	return false
}

// sinceAsideClosed reports whether a comma between a "since" a few words back and the date at
// token start ends the span "since" opens: in "Schools, closed since Thursday, reopen Monday"
// the aside bounds Thursday, and Monday is the present verb's, ahead.
func (m *matcher) sinceAsideClosed(start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if m.word(k, "since") {
			return false
		}
		if m.punct(k, ",") {
			return k < start-1 && m.toks[k+1].kind == kWord
		}
	}
	return false
}

// countAfterPast reports whether a count follows "the past" at token n: "the past 800,000
// years", "over the past 1,500 years" are a stretch, "past" its adjective, though the count's
// comma kept the duration rule from reading it.
func (m *matcher) countAfterPast(n int) bool {
	return n < len(m.toks) && m.toks[n].kind == kNum
}

// eventDayOfYearAfter reads a month and day written before its event's noun with the year
// after the noun: "the May 12 quake last year", "the Dec. 26 tsunami of last year", "the May
// 20 vote next year" are that day of the year named, where the day alone is nearest the
// telling (told on May 12, 2009, "the May 12 quake last year" is 2008-05-12). The noun is one
// or two lower-case words with no verb among them: "the Aug. 29 deadline passed last year"
// keeps its reading.
func (m *matcher) eventDayOfYearAfter(start, end, mo, d int) (cand, bool) {
	if !m.word(start-1, "the") && !m.possessiveBefore(start) {
		return cand{}, false
	}
	for j := end; j < end+2 && j < len(m.toks); j++ {
		t := &m.toks[j]
		if t.kind != kWord || t.upper || t.lex.kind != lxNone || inSet(clauseWords, t.s) || inSet(determiners, t.s) {
			return cand{}, false
		}
		if tt, _ := wordTense(t.s); tt != tenseNone {
			return cand{}, false
		}
		y, _, by, ok := m.yearAfterDay(j + 1)
		if !ok {
			continue
		}
		dd, valid := validDay(y, mo, d)
		if !valid {
			return cand{}, false
		}
		return cand{end: end, typ: "DATE", val: dayVal(dd), gran: gDay, by: by}, true
	}
	return cand{}, false
}
