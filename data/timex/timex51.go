package timex

// Families of sports and arts wire of 1998-2012 (heldout58, timex51): the months of a season
// that straddles the new year, a race or a festival dated by the year that owns it, a schedule
// announced as a list after a colon, tickets sold through a month to come, a team's plural
// "leave", a recess named by its season, and "the following weekend" after a day.

// straddlingRangeYear reads the year of a bare month or month and day (n) in a sentence that
// names a season or a school year by the two years it straddles, before the month: "The
// 1998-99 season did not start until February" is February 1999, "the 2003-04 season opens
// on Oct. 30" the October of 2003. Such a season runs from the summer's end of its first year
// to the next summer, so a month from January to June is the second year's and one from July
// to December the first's, whatever the telling's year or the clause's tense.
func (m *matcher) straddlingRangeYear(n need) (int, bool) {
	if n.rel != 0 || n.start >= len(m.toks) || n.kind != needMonth && n.kind != needMonthDay {
		return 0, false
	}
	for k := n.start - 1; k >= 2 && k > n.start-24 && m.toks[k].sent == m.toks[n.start].sent; k-- {
		if y, ok := m.straddledRange(k); ok {
			if n.a <= 6 {
				return y + 1, true
			}
			return y, true
		}
	}
	return 0, false
}

// straddledRange reports whether token k is the second year of a season or school year named
// by two years in a row ("1998-99 season", "2024-2025 school year"), and returns the first.
func (m *matcher) straddledRange(k int) (int, bool) {
	second := &m.toks[k]
	if second.kind != kNum || second.ndig != 2 && second.ndig != 4 || !m.isHyphen(k-1) || !m.glued(k) || !m.glued(k-1) {
		return 0, false
	}
	first := &m.toks[k-2]
	if first.kind != kNum || first.ndig != 4 {
		return 0, false
	}
	if second.ndig == 2 && second.num != (first.num+1)%100 || second.ndig == 4 && second.num != first.num+1 {
		return 0, false
	}
	if !m.word(k+1, "season") && !(m.anyWord(k+1, "school", "academic") && m.word(k+2, "year")) {
		return 0, false
	}
	if m.word(k+1, "season") && k+2 < len(m.toks) && seasonGoods[lowerWord(&m.toks[k+2])] {
		return 0, false // "the 2011-12 season tickets went on sale in March": the sale's month
	}
	return first.num, true
}

// seasonGoods are what a season qualifies and is sold or paid for before it begins.
var seasonGoods = map[string]bool{"tickets": true, "ticket": true, "subscriptions": true, "subscription": true,
	"passes": true, "pass": true, "budget": true, "payroll": true, "schedule": true}

// eventCalendarVerbs are the verbs by which an event keeps its own calendar: it starts, opens,
// ends, is held.
var eventCalendarVerbs = map[string]bool{"starts": true, "start": true, "begins": true, "begin": true, "opens": true,
	"open": true, "ends": true, "end": true, "closes": true, "close": true, "finishes": true, "finish": true,
	"concludes": true, "conclude": true, "runs": true, "started": true, "began": true, "opened": true, "ended": true,
	"closed": true, "finished": true, "concluded": true, "ran": true, "held": true, "staged": true, "kicks": true,
	"kicked": true}

// yearOwnedEventYear reads the year of a bare month or month and day (n) whose clause tells
// when an event that a year owns starts, ends or is held: "Next year's Tour starts in
// Strasbourg on July 1" is 2006's July 1 told in 2005, "Last year's festival opened on June 3"
// 2004's, "The 2008 Games open on Aug. 8" 2008's. The possessive or the year before the noun
// dates the event, so its calendar is that year's whatever the nearest July or the tense would
// say. The verb must be the event's own calendar: "Next year's budget was approved on July 1"
// dates the approval, not the budget, and is left to the tense.
func (m *matcher) yearOwnedEventYear(n need) (int, bool) {
	if !m.hasDoc || n.rel != 0 || n.start >= len(m.toks) || n.kind != needMonth && n.kind != needMonthDay {
		return 0, false
	}
	verb := -1
	for k := n.start - 1; k >= 0 && k > n.start-10 && m.toks[k].clause == m.toks[n.start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && t.s != "." && t.s != "-" {
			return 0, false
		}
		if t.kind == kWord && eventCalendarVerbs[lowerWord(t)] && !m.possessedNoun(k) {
			verb = k
			break
		}
		if t.kind == kWord && calendarWord(t.lex.kind) || t.kind == kNum {
			return 0, false // another date between: the verb is that one's
		}
	}
	if verb < 1 {
		return 0, false // no verb, or one with no subject before it
	}
	// The subject: a noun of one or two words ("Tour", "film festival") after the possessive,
	// with at most an auxiliary ("will start", "is held") between it and the verb.
	s := verb - 1
	for s > 0 && m.anyWord(s, "will", "is", "was", "be", "has", "had", "been", "to", "are", "were") {
		s--
	}
	noun := s
	if m.toks[noun].kind != kWord || !yearlyEvents[lowerWord(&m.toks[noun])] {
		return 0, false // "Last year's champion starts on July 1": this year's race, the champion last year's
	}
	for i := 0; i < 2 && s > 0 && m.toks[s].kind == kWord && !m.possessiveBefore(s); i++ {
		s--
	}
	if s < noun && m.word(s-1, "the") && m.toks[s].kind == kNum && m.toks[s].ndig == 4 && !m.isHyphen(s+1) {
		return m.yearAt(s) // "The 2008 Games open on Aug. 8"
	}
	if s < 3 || !m.possessiveBefore(s) || m.toks[s].kind != kWord || m.toks[s].lex.kind != lxNone {
		return 0, false
	}
	return m.possessorYear(s - 3)
}

// yearlyEvents are the events a year owns and a calendar dates: a race, a festival, a season.
var yearlyEvents = map[string]bool{"tour": true, "race": true, "marathon": true, "festival": true, "fair": true,
	"games": true, "olympics": true, "season": true, "tournament": true, "championship": true, "championships": true,
	"cup": true, "open": true, "final": true, "finals": true, "playoffs": true, "series": true, "show": true,
	"exhibition": true, "expo": true, "carnival": true, "parade": true, "convention": true, "conference": true,
	"summit": true, "session": true, "term": true, "census": true, "draft": true, "classic": true, "derby": true,
	"rally": true, "regatta": true, "biennale": true, "biennial": true, "triennial": true, "competition": true}

// possessorYear is the year a possessor ending at token k names: "Next year", "last year",
// "this year", "2006" (of "2006's").
func (m *matcher) possessorYear(k int) (int, bool) {
	if y, ok := m.yearAt(k); ok && m.toks[k].ndig == 4 {
		return y, true
	}
	if !m.word(k, "year") {
		return 0, false
	}
	switch {
	case m.word(k-1, "next"):
		return m.doc.Year() + 1, true
	case m.word(k-1, "last"):
		return m.doc.Year() - 1, true
	case m.word(k-1, "this"):
		return m.doc.Year(), true
	}
	return 0, false
}

// scheduleNouns name a list of dates that an announcement gives.
var scheduleNouns = map[string]bool{"dates": true, "schedule": true, "fixtures": true, "calendar": true,
	"itinerary": true, "program": true, "programme": true, "lineup": true, "stops": true, "venues": true, "route": true}

// announcingVerbs tell of a list made public.
var announcingVerbs = map[string]bool{"announced": true, "announces": true, "unveiled": true, "unveils": true,
	"released": true, "releases": true, "published": true, "publishes": true, "posted": true, "listed": true,
	"revealed": true, "reveals": true, "set": true, "named": true, "confirmed": true, "confirms": true, "added": true}

// announcedScheduleItem reports whether the date at token start stands in a verbless list
// after a colon, and the clause before the colon announces a schedule: "The band announced the
// last dates on Monday: three nights in New York in September, a stop in Tokyo on Nov. 3, and
// a closing show on New Year's Eve." What a schedule lists is still to come; the announcing
// verb's past is the announcement's, not the dates'.
func (m *matcher) announcedScheduleItem(start int) bool {
	colon := -1
	for k := start - 1; k >= 0 && k > start-30 && m.toks[k].sent == m.toks[start].sent; k-- {
		if m.punct(k, ":") {
			colon = k
			break
		}
		if m.toks[k].kind == kWord && m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false // the item has a verb of its own: "...: the show opened in May"
		}
	}
	if colon < 1 {
		return false
	}
	noun, announced := false, false
	for k := colon - 1; k >= 0 && k > colon-14 && m.toks[k].sent == m.toks[start].sent; k-- {
		if m.toks[k].kind != kWord {
			continue
		}
		w := lowerWord(&m.toks[k])
		noun = noun || scheduleNouns[w]
		announced = announced || announcingVerbs[w]
	}
	return noun && announced
}

// bookingForms are the verbs of what is sold or booked ahead of its time.
var bookingForms = map[string]bool{"sold": true, "sells": true, "booked": true, "books": true, "reserved": true,
	"reserves": true}

// bookedThrough reports whether the date at token start is the horizon of a sale or a booking
// told in the present or the present perfect: "the box office has sold tickets through
// January", "the hall is booked until March", "the club sells seats into May". What is sold
// ahead runs to a time still to come; "had sold tickets through January" (the pluperfect) and
// the simple past are left to the tense.
func (m *matcher) bookedThrough(start int) bool {
	if !m.anyWord(start-1, "through", "thru", "until", "till", "into") {
		return false
	}
	for k := start - 2; k >= 1 && k >= start-8 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct {
			return false
		}
		w := lowerWord(t)
		if !bookingForms[w] {
			continue
		}
		if w == "sells" || w == "books" || w == "reserves" {
			return true
		}
		return m.anyWord(k-1, "has", "have", "is", "are", "been") || m.word(k-1, "out") && m.anyWord(k-2, "has", "have")
	}
	return false
}

// pluralLeave reports whether "leave" at token k is the plural present of a journey: a team,
// a crew or "they" before it and "for", "on" or a day after it ("The Falcons leave on Saturday
// for a road trip", "They leave Friday for Boston"). "leave" is as often a noun ("on leave",
// "paid leave"), so only a capitalized plural name or a pronoun as its subject makes it a verb.
func (m *matcher) pluralLeave(k int) bool {
	if k < 1 || !m.word(k, "leave") || m.toks[k].upper {
		return false
	}
	s := &m.toks[k-1]
	subject := m.anyWord(k-1, "they", "we") ||
		s.kind == kWord && s.upper && len(s.s) > 3 && s.s[len(s.s)-1] == 's' && s.lex.kind == lxNone && !m.possessiveBefore(k)
	if !subject {
		return false
	}
	return m.anyWord(k+1, "for", "on") || m.dateFollows(k+1)
}

// recessNouns are what a season names when it qualifies them: a pause, not the season.
var recessNouns = map[string]bool{"break": true, "recess": true, "vacation": true, "holidays": true,
	"hiatus": true, "shutdown": true, "layoff": true, "lull": true}

// seasonOfRecess reports whether the word at token k, after a season, is a recess the season
// names: "stops for the winter break on Dec. 17", "before the summer recess", "during the
// spring vacation". The recess is an event of its own calendar (the league's, the school's),
// which the season only qualifies, as a trade's season is ("the summer driving season").
func (m *matcher) seasonOfRecess(k int) bool {
	return k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && recessNouns[lowerWord(&m.toks[k])]
}

// beforeDestination is the token before a destination that ends at token k ("to Chicago",
// "to New York": capitalized words after "to"), or k when none does. A tour, a show or a team
// says where it goes before it says when: "the exhibition travels to Chicago in the spring",
// "the play moves to London in March" told in December are the spring and the March ahead,
// as "opens in London in March" is.
func (m *matcher) beforeDestination(k int) int {
	j := k
	for j >= 0 && j > k-4 && m.toks[j].kind == kWord && m.toks[j].upper && (m.toks[j].lex.kind == lxNone || m.toks[j].lex.kind == lxFunction) {
		j--
	}
	if j == k || !m.word(j, "to") || m.toks[j].upper || m.toks[j].sent != m.toks[k].sent {
		return k
	}
	return j - 1
}
