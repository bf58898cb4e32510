package timex

// timex78AheadCue is the cue of a time that the sale, the booking or the fare of a journey is
// for: what travelers book, buy or are charged for is a trip still to come, whatever the tense
// of the saying around it. Empty when none applies, or when the sentence is about an earlier
// year the story named.
func (m *matcher) timex78AheadCue(start int) string {
	if m.storyYearBefore(start) {
		return "" // "In 1994 bookings for September were weak": that year's September
	}
	if f := m.firstConjunct(start); f >= 0 {
		start = f // "fares for the summer and the fall": the second season is the first's kind
	}
	switch {
	case m.tripBookedFor(start):
		return "booked for"
	case m.travelNounFor(start):
		return "for"
	}
	return ""
}

// travelNouns are what a journey is sold, booked or priced as; before "for" and a time, the
// time is the trip's.
var travelNouns = map[string]bool{"bookings": true, "booking": true, "reservations": true, "tickets": true,
	"fares": true, "fare": true, "seats": true, "flights": true, "sailings": true, "cruises": true,
	"itineraries": true, "timetable": true, "timetables": true}

// planVerbs announce a change to a schedule; before "cuts" or "increases" they make the noun a
// plan whose period lies ahead ("announced cuts for the summer").
var planVerbs = map[string]bool{"announced": true, "announces": true, "announce": true, "planned": true,
	"plans": true, "unveiled": true, "unveils": true, "outlined": true, "outlines": true}

// travelNounFor reports whether the time at token start is what a journey's booking, ticket,
// fare or seat is for: "bookings for September had fallen", "tickets for travel on Saturday
// were pulled", "fares for the summer were already up", "have announced capacity cuts for the
// fall". A trip sold or priced is one still to be flown, sailed or ridden, though the saying
// is past; "bookings in September" dates the bookings, and "results for the fourth quarter"
// or "cuts for the second quarter" with no verb of planning are no trip's.
func (m *matcher) travelNounFor(start int) bool {
	k := start - 1
	if m.anyWord(k, "the", "this") {
		k--
	}
	if m.anyWord(k, "on", "in", "through", "during") && m.word(k-1, "travel") && m.word(k-2, "for") {
		k -= 2 // "tickets for travel on Saturday"
	}
	if !m.word(k, "for") || k < 1 || m.toks[k-1].kind != kWord {
		return false
	}
	n := lowerWord(&m.toks[k-1])
	if travelNouns[n] {
		return !m.monthJustGone(start)
	}
	if n != "cuts" && n != "increases" {
		return false
	}
	d := k - 2
	if m.anyWord(d, "capacity", "schedule", "service", "flight", "route") {
		d-- // "announced capacity cuts for"
	}
	return d >= 0 && m.toks[d].kind == kWord && planVerbs[lowerWord(&m.toks[d])]
}

// travelers are who a trip is booked for.
var travelers = map[string]bool{"travelers": true, "travellers": true, "passengers": true, "guests": true,
	"customers": true, "fliers": true, "flyers": true, "visitors": true, "anyone": true, "those": true}

// tripBookedFor reports whether the time at token start is the horizon of the trips of
// travelers a bare participle of booking qualifies: "waived change fees for travelers booked
// through Thursday", "refunds for passengers ticketed until Saturday". The participle is no verb
// of the clause, and the window it opens runs ahead; "they booked through Friday" (a past verb
// with a subject) and "passengers booked on Monday" (a trip that may be gone) are left to the
// tense.
func (m *matcher) tripBookedFor(start int) bool {
	k := start - 1
	if m.anyWord(k, "the", "this") {
		k--
	}
	if !m.anyWord(k, "through", "until", "till") {
		return false // "passengers booked on Monday were stranded", told on Tuesday, may be gone
	}
	p := k - 1
	if !m.anyWord(p, "booked", "ticketed", "reserved") || p < 1 || m.toks[p-1].kind != kWord {
		return false
	}
	return travelers[lowerWord(&m.toks[p-1])]
}

// quarterAfterMonth reports whether the last quarter named stands in the sentence of token i
// after the month the story is at and before i: "reported strong results last month and told
// investors they expected traffic in the first quarter to rise from a year earlier" compares
// the quarter, the nearer period, with the same quarter a year back, as quarterAfterYear
// reads a quarter after a year. A month after the quarter ("Sales rose in the second quarter,
// and orders in May were 6 percent above a year earlier") stays the figure's.
func (m *matcher) quarterAfterMonth(i int) bool {
	st := m.story
	return m.lastQuarter != 0 && m.lastQuarterSent == st.sent && m.lastQuarterTok > m.lastMonthTok && m.lastQuarterTok < i
}

// halfAfterYear reports whether the last half named stands in the story year's sentence after
// that year and before token i: "added ships this year after volumes rose 11 percent in the
// first half from a year earlier" compares the half's figure with the same half a year back.
// A half before the year ("in the first half; for 2004 it earned $90 million, up from $70
// million a year earlier") leaves the year the figure's.
func (m *matcher) halfAfterYear(i int) bool {
	st := m.story
	if m.lastHalf == 0 || m.lastHalfSent != st.sent {
		return false
	}
	for k := st.tok + 1; k < i; k++ {
		if m.word(k, "half") {
			return true
		}
	}
	return false
}

// seasonPrepositions are the prepositions after which "the" and a bare season name its time.
var seasonPrepositions = map[string]bool{"in": true, "during": true, "over": true, "by": true, "until": true,
	"since": true, "through": true, "throughout": true, "into": true, "for": true, "before": true,
	"after": true, "till": true}

// seasonJoined reports whether the season at token i, after "the", is joined by "and" or "or"
// to a season the same preposition governs: "cuts for the summer and the fall", "in the winter
// or the spring". The preposition reaches both; "the summer and the fall of prices" is left to
// the check of "of" after it, and "between the spring and the fall" had no preposition of time.
func (m *matcher) seasonJoined(i int) bool {
	if !m.word(i-1, "the") || !m.anyWord(i-2, "and", "or") || m.kind(i-3) != lxSeason || !m.word(i-4, "the") {
		return false
	}
	return i >= 5 && m.toks[i-5].kind == kWord && seasonPrepositions[lowerWord(&m.toks[i-5])]
}

// seasonStartTo reports whether the season at token i, after "the", is what a start or an end
// is "to": "a busy start to the summer", "a wet end to the winter". The season is the time the
// start opens, as in "the start of the summer"; "a start to talks" names none.
func (m *matcher) seasonStartTo(i int) bool {
	return m.word(i-1, "the") && m.word(i-2, "to") && m.anyWord(i-3, "start", "end", "beginning", "close", "finish")
}

// firstConjunct is the token of the time that "and" or "or" joins to the time at token start
// ("the summer and the fall", "July and August"), -1 when none is joined to it.
func (m *matcher) firstConjunct(start int) int {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "and", "or") || k < 1 || !calendarWord(m.toks[k-1].lex.kind) {
		return -1
	}
	return k - 1
}

// winterOfStoryMonth is the year of "that winter" (season s) told after a month of year y the
// story is at: a winter is named for the year it begins in, so the winter that holds January,
// February or March of y is y-1's ("The line opened in February 2005, and that winter ice
// closed it twice", as "this winter" told in February is); so is the winter an "after" between
// the month and the season puts before it ("emerged in May 2007, after a hard fight that
// winter"). A winter after a later month with no "after" ("opened in October 2005, and ice
// closed it that winter") is y's, as before.
func (m *matcher) winterOfStoryMonth(y, s, start int) int {
	st := m.story
	if s != 3 || st.gran != gMonth && st.gran != gDay || st.t.Year() != y {
		return y
	}
	mo := int(st.t.Month())
	if mo <= 3 {
		return y - 1
	}
	if mo == 12 || m.lastMonthTok >= start || m.toks[m.lastMonthTok].sent != m.toks[start].sent {
		return y
	}
	for k := m.lastMonthTok + 1; k < start; k++ {
		if m.word(k, "after") {
			return y - 1
		}
	}
	return y
}

// seasonLastMonth is the last month of each season (spring, summer, fall, winter), winter's
// in the year after the one it is named for.
var seasonLastMonth = [4]int{5, 8, 11, 2}

// monthAfterSeasonRun reads a month that a schedule's next stage starts in, after a stage that
// runs through a season ahead of the telling: "the flights run daily through the summer and
// drop to four a week from November", told in October of the year before, is the November
// after that summer, not the one just ahead. The season is the sentence's, after "through",
// "until" or "into", and "and" joins the stages with no other time between; a season that has
// ended ("ran through the summer and fell in November") is left to the tense.
func (m *matcher) monthAfterSeasonRun(i, end, mo int) (cand, bool) {
	sent := m.toks[i].sent
	if !m.hasDoc || m.lastSeason == 0 || m.lastSeasonSent != sent || !m.anyWord(i-1, "from", "in", "starting", "beginning", "after") {
		return cand{}, false
	}
	joined, ran := false, false
	for k := i - 2; k > 0 && k >= i-14 && m.toks[k].sent == sent; k-- {
		if m.toks[k].lex.kind == lxSeason && m.runThrough(k) {
			ran = true
			break
		}
		if m.toks[k].lex.kind == lxSeason && !m.word(k-1, "the") {
			continue // "and fall back to one flight": the verb
		}
		if calendarWord(m.toks[k].lex.kind) || m.toks[k].kind == kNum {
			return cand{}, false
		}
		if m.word(k, "and") {
			joined = true
		}
	}
	if !joined || !ran {
		return cand{}, false
	}
	y, s := m.lastSeason/4, m.lastSeason%4
	ly, lm := y, seasonLastMonth[s]
	if s == 3 {
		ly++
	}
	if ly*12+lm-1 < m.doc.Year()*12+int(m.doc.Month())-1 {
		return cand{}, false // the run has ended: the tense reads the month
	}
	if (mo-lm+11)%12 >= 9 {
		return cand{}, false // "through the winter, and a second flight from January": a month within the season
	}
	if mo <= lm {
		ly++
	}
	return cand{end: end, typ: "DATE", val: monthVal(ly, mo), gran: gMonth, by: ByStory}, true
}

// runThrough reports whether the season at token k ends a run: "through the summer", "into
// spring", "until the winter".
func (m *matcher) runThrough(k int) bool {
	p := k - 1
	if m.word(p, "the") {
		p--
	}
	return m.anyWord(p, "through", "until", "till", "into")
}

// monthJustGone reports whether the token at start is a month alone that is one of the two
// before the telling's: "bookings for September fell 4 percent", told in October, reports the
// month gone, as no trip is sold eleven months ahead of a monthly figure.
func (m *matcher) monthJustGone(start int) bool {
	if !m.hasDoc || m.toks[start].lex.kind != lxMonth {
		return false
	}
	d := (int(m.doc.Month()) - m.monthWord(start) + 12) % 12
	return d == 1 || d == 2
}
