package timex

import "strings"

// Families of magazine features, columns and interviews of 1995-2012 (heldout55, timex47):
// a profile's premieres named by their titles, a sports preview's relative clauses, a year-end
// column's fronted seasons and its year that "began" with something, a travel piece's seasons
// counted back and its national days, an obituary's and a history's named days of a year
// long gone.

// timex47Rules are the patterns of this file.
func timex47Rules() []rule {
	return []rule{
		{name: "seasons-ago-calendar", starts: []string{"#num", "@number", "a", "an"}, doc: "two summers ago, three winters ago: that season of the calendar so many back",
			pattern: "%amount summer|summers|winter|winters|spring|springs|autumn|autumns ago", norm: normCalendarSeasonsAgo,
			examples: []Example{{"Two winters ago the lake froze solid.", "Two winters ago", "2005-WI"},
				{"Three summers ago the festival drew 40,000 people.", "Three summers ago", "2004-SU"}}},
		{name: "set-weekday-part", starts: []string{"@weekday"}, doc: "Saturday afternoons, Sunday mornings: a weekday's part in the plural, a habit: TIMEX3 SET, no date",
			pattern: "%weekday mornings|afternoons|evenings|nights", norm: normSetWeekdayPart,
			examples: []Example{{"The choir rehearses Thursday evenings.", "Thursday evenings", "XXXX-WXX-4TEV"},
				{"On Sunday mornings the market fills the square.", "Sunday mornings", "XXXX-WXX-7TMO"}}},
		{name: "unit-subject", starts: []string{"the"}, doc: "the year began, the month ended: the year, month or week the story is in, as the subject of its beginning or end",
			pattern: "the year|month|week began|begins|started|starts|opened|opens|ended|ends|closed|closes|finished", norm: normUnitSubject,
			examples: []Example{{"The year began with a blizzard.", "The year", "2007"},
				{"The strike of 1968 still hangs over the town. The year began with a walkout.", "The year", "1968"},
				{"The month ended with the mill's closing.", "The month", "2007-08"}}},
		{name: "mid-decade", doc: "mid-decade: the middle of the decade the story is at, else the telling's",
			pattern: "mid -? decade", norm: normMidDecade,
			examples: []Example{{"The firm hopes to be profitable by mid-decade.", "mid-decade", "200"},
				{"The mill opened in 1923, and by mid-decade it ran three shifts.", "mid-decade", "192"}}},
		{name: "turn-of-millennium", starts: []string{"the"}, doc: "the turn of the millennium: the year the nearest millennium turns, 2000",
			pattern: "the turn of the millennium", norm: normTurnOfMillennium,
			examples: []Example{{"The firm hopes to double in size by the turn of the millennium.", "the turn of the millennium", "2000"}}},
		{name: "decade-possessive-end", starts: []string{"the", "decade"}, doc: "decade's end, the decade's start: the end or start of the decade the story is at, else the telling's",
			pattern: "the? decade ' s end|start|beginning|close", norm: normDecadePossessiveEnd,
			examples: []Example{{"The league had 12 teams in the early 1950s, and eight by decade's end.", "decade's end", "195"},
				{"He expects a cure by decade's end.", "decade's end", "200"}}},
	}
}

// normCalendarSeasonsAgo reads "two summers ago" as "last summer" so many more years back: the
// last such season wholly gone before the telling's (told in July, "a summer ago" is last
// year's), then a year for each after the first. "two seasons ago" is sports-season's
// (seasons-ago).
func normCalendarSeasonsAgo(m *matcher, x *match) (cand, bool) {
	n, end, ok := m.amountAt(x.start)
	if !ok || end != x.tok(1) || n < 1 || n > 30 || !m.hasDoc {
		return cand{}, false
	}
	w := strings.TrimSuffix(strings.ToLower(m.toks[x.tok(1)].s), "s")
	s := map[string]int{"spring": 0, "summer": 1, "autumn": 2, "winter": 3}[w]
	q := seasonSeq(m.doc) - 1
	for q%4 != s {
		q--
	}
	q -= 4 * (n - 1)
	return cand{end: x.end, typ: "DATE", val: yearVal(q/4) + "-" + seasonCodes[s], gran: gSeason, by: ByPublication}, true
}

// partOfDayCodes are TimeML's codes of the parts of a day, by their plural.
var partOfDayCodes = map[string]string{"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}

// normSetWeekdayPart reads "Saturday afternoons" as the habit of every such part of that day,
// a SET as "every Saturday" is: "the fiddlers play Saturday afternoons" names no one date,
// which the weekday alone would.
func normSetWeekdayPart(m *matcher, x *match) (cand, bool) {
	wd := m.toks[x.tok(0)].lex.val
	code := partOfDayCodes[strings.ToLower(m.toks[x.tok(1)].s)]
	return cand{typ: "SET", val: "XXXX-WXX-" + itoa(wd) + "T" + code, by: ByAbsolute}, true
}

// normUnitSubject reads "the year" of "The year began with ice" as the year the story is
// in: the subject of its own beginning or end, as a year-end column looks back. A year named
// in the sentence or the one before is the story's ("The strike of 1968 ... The year began
// with a walkout"); else the telling's. The unit names no period of a results story ("for the
// year ended June 30" is period-ended's, "in the year ended" too). A past end told early in
// the next unit is the one just gone: "The year ended with a rally" told on Jan. 3. "The
// decade began" is left: a retrospective's decade is the one it looks back on, which a
// sentence need not name.
func normUnitSubject(m *matcher, x *match) (cand, bool) {
	u, v := x.tok(1), x.tok(2)
	if !m.hasDoc || m.anyWord(x.start-1, "for", "in", "of", "during", "through") ||
		m.anyWord(v, "ended", "ends") && v+1 < len(m.toks) && (m.toks[v+1].kind == kNum || m.toks[v+1].lex.kind == lxMonth) {
		return cand{}, false
	}
	ended := m.anyWord(v, "ended", "closed", "finished")
	y, mo := m.doc.Year(), int(m.doc.Month())
	c := cand{end: u + 1, typ: "DATE", by: ByPublication}
	switch strings.ToLower(m.toks[u].s) {
	case "year":
		if m.lastYear != 0 && m.toks[x.start].sent-m.lastYearSent <= 1 {
			return cand{end: u + 1, typ: "DATE", val: yearVal(m.lastYear), gran: gYear, by: m.lastYearBy}, true
		}
		if ended && mo == 1 {
			y--
		}
		c.val, c.gran = yearVal(y), gYear
	case "month":
		if ended && m.doc.Day() <= 7 {
			y, mo = m.doc.AddDate(0, -1, 0).Year(), int(m.doc.AddDate(0, -1, 0).Month())
		}
		c.val, c.gran = monthVal(y, mo), gMonth
	case "week":
		c.val, c.gran = weekVal(m.doc), gWeek
	}
	return c, true
}

// whoBarePast reads a bare irregular verb ("hit", "cut", "quit") right after "who" by its
// antecedent, as relativeBarePast reads one after "that": "Albert Belle, who hit two home
// runs Sunday" is past, where a present would take -s ("who hits"); a habit says so ("the
// players who usually hit in the spring"). ok is false when token p is no "who" after a
// noun or a name, with or without its comma.
func (m *matcher) whoBarePast(p, k int) (past, ok bool) {
	if !m.word(p, "who") {
		return false, false
	}
	a := p - 1
	if m.punct(a, ",") {
		a--
	}
	if a < 0 || m.toks[a].kind != kWord || m.toks[a].lex.kind != lxNone || m.toks[a].sent != m.toks[p].sent ||
		m.verbInfo(a)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || inSet(notSubject, strings.ToLower(m.toks[a].s)) {
		return false, false
	}
	return !m.habitual(k, k+1), true
}

// quotedTitleBefore reports whether a title in quotation marks ends right before token k,
// with or without a comma of apposition after it: `The film "Harvest" opens Friday`, `Her
// novel, "Salt," comes out Tuesday`. The title (or the noun it stands beside) is the verb's
// subject, as a word before it would be. A title is short and starts with a capital; a
// quotation of speech ends before its reporting verb, which is no verb of the calendar.
func (m *matcher) quotedTitleBefore(k int) bool {
	j := k - 1
	if m.punct(j, ",") {
		j--
	}
	if !m.quoteMark(j) {
		return false
	}
	words := 0
	for o := j - 1; o >= 0 && o >= j-8 && m.toks[o].sent == m.toks[k].sent; o-- {
		t := &m.toks[o]
		switch {
		case m.quoteMark(o):
			return words > 0 && m.toks[o+1].kind == kWord && m.toks[o+1].upper
		case t.kind == kWord || t.kind == kNum:
			words++
		case !m.punct(o, ",") && !m.punct(o, "'") && !m.punct(o, "’") && !m.punct(o, "-") && !m.punct(o, ":"):
			return false
		}
	}
	return false
}

// quoteMark reports whether token i is a double quotation mark, straight or curly.
func (m *matcher) quoteMark(i int) bool {
	return m.punct(i, "\"") || m.punct(i, "“") || m.punct(i, "”")
}

// frontedSeason reports whether the bare season at token i ends a time phrase that opens its
// clause, before the clause's subject: "By summer the protesters had won", "...; by spring
// the mill had hired 40". A season before a noun after "by" is otherwise the noun's kind
// ("boosted by summer sales"); here a determiner or a pronoun starts the subject after it.
func (m *matcher) frontedSeason(i int) bool {
	if !m.opensClause(i-1) || i+1 >= len(m.toks) || m.toks[i+1].kind != kWord {
		return false
	}
	w := strings.ToLower(m.toks[i+1].s)
	return determiners[w] || inSet(singularSubject, w) || w == "they" || w == "we" || w == "i" || w == "you"
}

// yearJoinedAt is the token of a year joined by "of" or a comma to the named day ending
// before token j ("Good Friday of 1927", "on Christmas Day, 1931."), else j. After a comma
// the year must end its phrase: in "by Christmas, 2000 workers" the digits count.
func (m *matcher) yearJoinedAt(j int) int {
	if _, ok := m.yearAt(j + 1); !ok {
		return j
	}
	if m.word(j, "of") || m.punct(j, ",") && m.phraseEndsAt(j+2) {
		return j + 1
	}
	return j
}

// pastVerbAfterMonth reports whether the word at token k, right after "that" and a month, is
// the past verb of the clause the month's phrase is the subject of: "the storm of that August
// made him wonder", "that October was the wettest on record". The month ends its phrase there
// as before a mark. An adverb may come between ("that July nearly broke her").
func (m *matcher) pastVerbAfterMonth(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	if m.toks[k].kind == kWord && (m.toks[k].in(sBriefAdverbs) || m.anyWord(k, "nearly", "almost", "never")) {
		k++ // "the heat of that July nearly broke her"
	}
	if k >= len(m.toks) || m.toks[k].kind != kWord || m.toks[k].upper || m.toks[k].lex.kind != lxNone {
		return false
	}
	return m.anyWord(k, "was", "were", "had") || m.verbInfo(k)&vPast != 0 && m.verbInfo(k)&vReporting == 0
}

// happenings are the nouns of things that befall a place or a people, which no calendar
// schedules: a storm, a fire, a crash.
var happenings = map[string]bool{"storm": true, "storms": true, "blizzard": true, "snowstorm": true, "fire": true, "fires": true,
	"flood": true, "floods": true, "flooding": true, "quake": true, "earthquake": true, "tornado": true, "hurricane": true,
	"crash": true, "blast": true, "explosion": true, "attack": true, "attacks": true, "bombing": true, "riot": true,
	"riots": true, "shooting": true, "accident": true, "collapse": true, "outage": true, "blackout": true, "spill": true,
	"derailment": true, "avalanche": true, "mudslide": true, "landslide": true, "eruption": true}

// happeningGone reports whether the month and day at [start, end), with no year, dates a
// happening a past tense tells of: "The storm of Jan. 2 closed the schools", "a fire on Jan.
// 14 destroyed the mill", told in late December, are the January gone. A day weeks ahead
// stays ahead in the past tense for what is set ("gave no reason for the Jan. 14 deadline");
// a storm or a fire is not set, so what it did was done.
func (m *matcher) happeningGone(start, end int) bool {
	p := start - 1
	if !m.anyWord(p, "of", "on") || p < 1 || m.toks[p-1].kind != kWord || !happenings[strings.ToLower(m.toks[p-1].s)] {
		return false
	}
	return m.tense(start, end) == tensePast
}

// verbAfterWhoClause reads the tense of a clause a date opens whose subject carries a
// relative clause of "who": in "by summer the people who love that bridge had won" the verb
// after "who" is the relative clause's ("love"), and the date's is the next verb that tells a
// tense after it ("had won"), or the saying's ("On Monday the woman who owns the store said").
// ok is false unless the date opens its clause (alone or after a
// preposition), the subject after it is a determiner or a name and up to three words, and a
// verb after the relative clause decides before a mark.
func (m *matcher) verbAfterWhoClause(start, end int) (Tense, string, bool) {
	p := start
	if m.anyWord(p-1, "by", "in", "on", "until", "since", "before", "after", "during", "through", "over") {
		p--
	}
	if !m.opensClause(p) || end >= len(m.toks) || m.toks[end].kind != kWord ||
		!determiners[strings.ToLower(m.toks[end].s)] && !m.toks[end].upper {
		return tenseNone, "", false
	}
	who := -1
	for k := end + 1; k < len(m.toks) && k <= end+4; k++ {
		if m.toks[k].kind != kWord || m.toks[k].clause != m.toks[start].clause {
			return tenseNone, "", false
		}
		if m.word(k, "who") {
			who = k
			break
		}
		if _, _, kind := m.wordCue(k, start); kind != cueNone {
			return tenseNone, "", false // the subject's own verb came first
		}
	}
	if who < 0 {
		return tenseNone, "", false
	}
	for k := who + 2; k < len(m.toks) && k <= who+9 && m.toks[k].clause == m.toks[start].clause; k++ {
		if m.toks[k].kind != kWord {
			return tenseNone, "", false
		}
		if t, cue, kind := m.wordCue(k, start); kind != cueNone && t != tenseNone {
			return t, cue, true // the main verb, a saying's too: "On Monday the woman who owns it said"
		}
	}
	return tenseNone, "", false
}

// opensClause reports whether token p opens its clause: the text's or a sentence's first
// word, or the first after a semicolon, a colon or a comma and "and" or "but".
func (m *matcher) opensClause(p int) bool {
	return p == 0 || m.toks[p-1].sent != m.toks[p].sent || m.toks[p-1].clause != m.toks[p].clause ||
		m.punct(p-1, ";") || m.punct(p-1, ":") || m.anyWord(p-1, "and", "but") && m.punct(p-2, ",")
}

// nextDecadeIn reports whether "the next decade" at token start follows "in", alone or after
// "early", "late" or "sometime": "hopes to land a rover early in the next decade", "built to
// blow up in the next decade" name the calendar decade after the telling's, a date, where
// "over the next decade" and "within the next decade" measure ten years from now. "In the
// coming decade" stays a stretch.
func (m *matcher) nextDecadeIn(start, u, rel int, plural bool) bool {
	return u == uDecade && !plural && rel == rNext && m.word(start-1, "in")
}

// normMidDecade reads "mid-decade" as the middle of a decade (mod MID): the one a past
// narrative is at, else the telling's (decadeOfStory).
func normMidDecade(m *matcher, x *match) (cand, bool) { return m.decadeOfStory(x.start, x.end, "MID") }

// normDecadePossessiveEnd reads "decade's end" and "the decade's start" as "the end of the
// decade" is read (end-of-unit), with its mod.
func normDecadePossessiveEnd(m *matcher, x *match) (cand, bool) {
	mod := "END"
	if m.anyWord(x.end-1, "start", "beginning") {
		mod = "START"
	}
	return m.decadeOfStory(x.start, x.end, mod)
}

// decadeOfStory is the decade of a phrase at [start, end) that names a part of "the decade":
// one named in the sentence or the one before, or the decade of a past year the story is at,
// when told in no future ("In 1923 the mill opened, and by mid-decade it ran three shifts");
// else the telling's. As normEndOfUnit reads "the end of the decade".
func (m *matcher) decadeOfStory(start, end int, mod string) (cand, bool) {
	if !m.hasDoc {
		return cand{}, false
	}
	ahead := m.tense(start, end) == tenseFuture
	if d := m.decadeNamed(start); d != 0 && !ahead {
		return cand{end: end, typ: "DATE", val: itoa(d), gran: gDecade, by: ByStory, mod: mod}, true
	}
	if st := m.story; st.gran != "" && m.toks[start].sent-st.sent <= 1 && st.t.Year()/10 < m.doc.Year()/10 && !ahead {
		return cand{end: end, typ: "DATE", val: itoa(st.t.Year() / 10), gran: gDecade, by: ByStory, mod: mod}, true
	}
	return cand{end: end, typ: "DATE", val: itoa(m.doc.Year() / 10), gran: gDecade, by: ByPublication, mod: mod}, true
}

// indefiniteWeekdayIn reports whether the weekday at token i (its part of the day ending
// before token n) is some day of that name that an indefinite article and an adjective
// introduce after "on" ("on a rainy Saturday in May", "on a quiet Sunday afternoon, when"; in
// "signed a bill Wednesday" the word between is the object), or that follows
// a form of be and is placed in a month or a year ("It was a Tuesday in January", "It was a
// cold Tuesday in January when she got the call"): no date, as "on a Thursday in October" is
// none. "It was a Monday, just after school" stays the story's day.
func (m *matcher) indefiniteWeekdayIn(i, n int) bool {
	a := i - 1
	adjective := false
	if !m.anyWord(a, "a", "an") {
		t := &m.toks[max(a, 0)]
		if a < 1 || t.kind != kWord || t.upper || t.lex.kind != lxNone || m.verbInfo(a)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || !m.anyWord(a-1, "a", "an") {
			return false
		}
		a, adjective = a-1, true
	}
	inDate := m.word(n, "in") && (m.kind(n+1) == lxMonth || m.toks[min(n+1, len(m.toks)-1)].kind == kNum)
	if m.anyWord(a-1, "was", "is", "be", "been", "were") {
		return inDate
	}
	return adjective && m.word(a-1, "on") && (inDate || n >= len(m.toks) || m.toks[n].kind == kPunct ||
		m.anyWord(n, "in", "of", "on", "at", "when", "that", "or", "and", "before", "after", "this", "next", "last"))
}

// normTurnOfMillennium reads "the turn of the millennium" as the year the nearest millennium
// turns, as turn-of-century reads "the turn of the century": 2000, told in 1997 or in 2008.
func normTurnOfMillennium(m *matcher, x *match) (cand, bool) {
	if !m.hasDoc {
		return cand{}, false
	}
	return cand{typ: "DATE", val: yearVal((m.doc.Year() + 500) / 1000 * 1000), gran: gYear, by: ByPublication}, true
}

// beforeRepeatAdverb is the token before an adverb of repeating or of place at token k
// ("again", "here", "there", "back", "home", "away"), else k: in "the panel meets again in the
// spring" the verb of the schedule stands before "again", as dateFollows reads it.
func (m *matcher) beforeRepeatAdverb(k int) int {
	if m.anyWord(k, "again", "here", "there", "back", "home", "away") && !m.toks[k].upper {
		return k - 1
	}
	return k
}

// perfectOfBe reports whether the "been" at token k, after "has" or "have" and before the date
// at token start, is the present perfect of be with a complement, which tells of a time gone:
// "Sales have been weak in March", "It has been a year of floods: in March, in June", told in
// December, are the months gone, where a present would look ahead. A participle or an -ing
// form after it is a verb's own perfect or passive and tells by its own reading ("has been
// moved to Friday", "has been running since Friday").
func (m *matcher) perfectOfBe(k, start int) bool {
	if k >= start || !m.word(k, "been") || !m.anyWord(k-1, "has", "have") || k+1 >= len(m.toks) {
		return false
	}
	n := &m.toks[k+1]
	if n.kind != kWord || n.in(sBareIrregular) || m.verbInfo(k+1)&vPast != 0 || strings.HasSuffix(strings.ToLower(n.s), "ing") ||
		m.anyWord(k+1, "to", "due", "expected", "scheduled", "set", "slated", "about") {
		return false
	}
	return true
}
