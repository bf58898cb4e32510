package timex

import "strings"

// Tense is when a clause happens relative to its telling, as its verbs mark it.
type Tense uint8

const (
	TenseUnknown Tense = iota // no verb marks it
	TensePast                 // "priced", "said", "was", "had begun"
	TensePresent              // "begin trading", "is", "opens": in news, the present of a date is a schedule
	TenseFuture               // "will begin", "is expected to", "plans to", "until"
)

// Short names the rules use.
const (
	tenseNone    = TenseUnknown
	tensePast    = TensePast
	tensePresent = TensePresent
	tenseFuture  = TenseFuture
)

func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TensePresent:
		return "present"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// Reading is what the verbs of a clause say about a span in it: the tense of the verb that
// governs it, and the modal, intent or hedge word that makes it less than a fact. Extraction
// reads an event's status from it (a modal or a future tense: a forecast; a hedge: a report).
type Reading struct {
	Tense Tense
	// Modal is the modal, intent or forecasting word of the clause nearest the span, lower case:
	// "will", "would", "may", "might", "could", "should", "must", "plans", "expects", "intends
	// to", "proposed", "subject to", "reportedly"...; never "can", which tells an ability; empty
	// when the clause states a fact. The clause
	// ends before a subordinator or a reporting verb that opens another statement: in "shares
	// fell after the company said growth will slow", "will" is not the fall's.
	Modal string
	// Cue is the word that decided the tense ("priced", "will", "until"), empty when none did,
	// and CueAt its byte offset in the text, -1 when none. The tense is the whole sentence's
	// reading (as dates need it), so its cue may stand outside Clause.
	Cue   string
	CueAt int
	// Clause is the clause a status is read in, by byte offsets: the sentence (cut at ";") cut
	// further before a subordinator or a reporting verb that opens another statement, and at
	// a comma that opens a clause with a new subject.
	Clause Span
	// Hedge is the word of a rumor, of talks or of an attempt in the clause ("reportedly",
	// "rumored", "in talks", "tried to"), empty when none.
	Hedge string
	// ModalAt and HedgeAt are the byte offsets of Modal and Hedge in the text, -1 when empty.
	ModalAt, HedgeAt int
	// Ahead says that the clause looks ahead, as a status needs it: a modal in it, or the
	// future tense with its cue in it and governing the span (not from inside an aside in
	// parentheses, not the "due" of a cause, not the month May, not an ability's "can", and not
	// when the span's own verb is past).
	Ahead bool
}

// tense is the tense of the clause around tokens [start, end).
func (m *matcher) tense(start, end int) Tense {
	t, _ := m.tenseCue(start, end, false)
	return t
}

// tenseCue reads the clause around tokens [start, end): a preposition that points ahead ("until
// Tuesday", "as early as Tuesday") or back ("since") decides; else the nearest verb marker
// (will, was, -ed forms, present forms of verbs that schedule...), and only then a reporting
// verb ("said Friday"), which tells when the news was told rather than when the event happens.
func (m *matcher) tenseCue(start, end int, own bool) (Tense, string) {
	k := tenseKey{start, end, own, m.story}
	for i := range m.tenses {
		if e := &m.tenses[i]; e.set && e.key == k {
			return e.t, e.cue
		}
	}
	t, cue := m.readTense(start, end, own)
	m.tenses[m.nextTense] = tenseRead{key: k, t: t, cue: cue, set: true}
	m.nextTense = (m.nextTense + 1) % len(m.tenses)
	return t, cue
}

// A tenseKey is what a clause's tense is read from besides the text: the span, whether its
// own verb is asked for, and the story the text has told up to there (storyYearBefore and
// expectedHorizonAhead read it). Nothing else that tenseCue reaches reads the matcher's
// state, and it reaches no rule's norm: the readings of a text are kept by this key
// (matcher.tenses), as a norm asks its span's tense again and again (a month's "yearFor" and
// its resolution; a reading's cue and its status).
type tenseKey struct {
	start, end int
	own        bool
	story      story
}

// A tenseRead is a tense tenseCue read, kept for its key.
type tenseRead struct {
	key tenseKey
	t   Tense
	cue string
	set bool
}

// readTense is tenseCue without its memory.
func (m *matcher) readTense(start, end int, own bool) (Tense, string) {
	// Midnight or noon before a day belongs to its phrase: "takes effect at midnight Friday",
	// "until noon Tuesday" are read as "takes effect Friday", "until Tuesday".
	if m.anyWord(start-1, "midnight", "noon") {
		start--
		if m.word(start-1, "at") {
			start--
		}
	}
	start = m.closeOfBusinessBefore(start)
	start = m.untilEndOfStart(start) // "until the end of July" is read as "until July" (timex72.go)
	start = m.untilAfterStart(start) // "until after Thanksgiving" is read as "until Thanksgiving" (timex75.go)
	if h := m.hedgeBefore(start); h < start && m.anyWord(h-1, "until", "till", "by", "before") {
		// "until at least Friday", "by about March": the hedge is the date's, and the
		// preposition before it reads the clause as it does right before the date
		start = h
	}
	switch {
	case m.accordingToTelling(start):
		// "will buy Velcor, according to a statement on Friday": the source's day is gone (lead20.go)
		return tensePast, "according to"
	case m.word(start-1, "as") && m.anyWord(start-2, "early", "soon") && m.word(start-3, "as"):
		return tenseFuture, "as early as"
	case (m.word(start-1, "since") || m.word(start-2, "since") || m.word(start-3, "since") || m.word(start-4, "since")) && !m.sinceClosed(start) && !m.sinceAsideClosed(start): // timex35.go, timex41.go
		return tensePast, "since"
	case m.anyWord(start-1, "before", "until", "till") && (m.anyWord(start-2, "left", "remaining") || m.word(start-2, "go") && m.word(start-3, "to")):
		// "with five days left before Tuesday's election", "a week to go until Christmas":
		// the time that remains runs up to the date
		return tenseFuture, "left before"
	case m.timeAwayAfter(start, end):
		// "Election Day is eight months off": what is so long away lies ahead, whatever the
		// tense of the saying around it (timex52.go)
		return tenseFuture, "away"
	case m.timex70AheadCue(start) != "":
		// "counting on the summer", "warned of shortages in December", "are worried about
		// Thanksgiving": what is counted on, warned of or feared lies ahead (timex70.go)
		return tenseFuture, m.timex70AheadCue(start)
	case m.requestedAct(start) || m.requestedEvent(start):
		// "have asked the court to rule in July": what is asked for lies ahead (timex72.go)
		return tenseFuture, "asked to"
	case m.timex73AheadCue(start) != "":
		// "cut its forecast for sales in the fourth quarter", "on track for the fall", "By
		// March, buyers will be back": the period looks ahead of the act (timex73.go)
		return tenseFuture, m.timex73AheadCue(start)
	case m.timex78AheadCue(start) != "":
		// "bookings for September had fallen", "travelers booked through Thursday": the trip
		// sold, booked or priced lies ahead of the saying (timex78.go)
		return tenseFuture, m.timex78AheadCue(start)
	case m.nextSittingAhead(start):
		// "held the case over until its next term in October": a next sitting lies ahead (timex74.go)
		return tenseFuture, "next sitting"
	case m.turnedTo(start):
		// "turned at once to the fall campaign": what is turned to lies ahead (timex52.go)
		return tenseFuture, "turned to"
	case m.movedTo(start) || m.movedFromTo(start) || m.followsOn(start): // "postponed the vote from March to May" (timex33.go), "follow on Thursday" (timex35.go)
		// "postponed the meeting to September", "looked ahead to Thursday's report": a date
		// moved to, or looked ahead to, lies after the act, whatever its tense
		return tenseFuture, "moved to"
	case m.extendedTo(start) || m.extendedAgain(start): // "first to Aug. 31 and then to Friday" (timex54.go)
		// "extended its offer to midnight Friday": what is extended runs to a time ahead
		return tenseFuture, "extended to"
	case m.cutoffOfPlan(start): // "wants drivers hired after Jan. 1 to join" (timex54.go)
		return tenseFuture, m.toks[start-2].s
	case m.bookedThrough(start): // "has sold tickets through January" (timex51.go)
		return tenseFuture, "sold through"
	case m.announcedScheduleItem(start): // "announced the dates on Monday: ... a stop in Tokyo on Nov. 3" (timex51.go)
		return tenseFuture, "announced:"
	case m.anyWord(start-1, "effective", "payable", "due") && !m.anyWord(start-2, "was", "were", "became", "become", "been", "had"):
		// "named a new chief, effective Jan. 1", "a dividend payable June 10", "results are
		// due Thursday": what is announced takes effect, is paid or comes ahead
		return tenseFuture, strings.ToLower(m.toks[start-1].s)
	case m.payableToRecord(start): // "payable to holders of record May 1" (news74.go)
		return tenseFuture, "payable"
	case m.dueAhead(start):
		// "the suspect is due in court on Thursday", "the report is due out Friday": what is
		// due comes ahead, as "due Thursday" does
		return tenseFuture, "due"
	case m.resultGerundBefore(start):
		// "will cut jobs after posting a loss for the fourth quarter": a result reported is of
		// a period gone, whatever the main clause's tense
		return tensePast, "after posting"
	case m.startingAt(start):
		// "suspended its dividend starting in the fourth quarter", "fares rise beginning
		// Monday": the change announced begins then
		return tenseFuture, "starting"
	case m.anyWord(start-1, "through", "thru") && start >= 2 && m.toks[start-2].in(sLastingPresent) &&
		!m.anyWord(start-3, "has", "have", "had", "will", "would", "to"):
		// "the festival opened Wednesday and runs through Sunday", "the exhibit continues
		// through March": a present of lasting reaches ahead to the date, whatever the
		// first predicate's tense ("ran through Sunday" is past; after "has", "will" or
		// "to" the other verb tells)
		return tenseFuture, m.toks[start-2].s
	case m.anyWord(start-1, "through", "thru") && m.lastingComplement(start-1) >= 0:
		// "the state stays hot through the weekend", "the pool remains open through Sunday":
		// a verb of lasting with its complement reaches to the date, ahead in the present,
		// back in the past ("the store stayed open through Sunday", where "open" is no
		// schedule's verb)
		k := m.lastingComplement(start - 1)
		switch {
		case m.word(k-1, "will"):
			return tenseFuture, "will"
		case m.toks[k].in(sLastingPast) || m.anyWord(k-1, "has", "have", "had"):
			return tensePast, m.toks[k].s // "had stayed open through Sunday"
		}
		return tenseFuture, m.toks[k].s
	case m.anyWord(start-1, "until", "till") && !m.toks[start-1].upper:
		// "postponed until Tuesday"; "Until Thursday, they had not..." is past, and so is a
		// pluperfect before it: "he had been chairman until Monday"
		if k := m.pluperfect(start - 1); k >= 0 && !m.reportedPledge(k, start) {
			if m.expectedHorizonAhead(k, start, end) { // "had expected the bank to wait until December" (timex50.go)
				return tenseFuture, "until"
			}
			return tensePast, m.toks[k].s
		}
		if k := m.negatedPast(start - 1); k >= 0 {
			// "the rain did not stop until Friday", "never left until Monday": the date is when
			// it finally happened
			return tensePast, m.toks[k].s
		}
		if k := m.lastedUntil(start - 1); k >= 0 { // "stayed shut until Friday" (timex42.go)
			return tensePast, m.toks[k].s
		}
		if k := m.pastStateUntil(start - 1); k >= 0 { // "sales were slow until March" (timex76.go)
			return tensePast, m.toks[k].s
		}
		return tenseFuture, m.toks[start-1].s
	case m.word(start-1, "effect") && m.anyWord(start-2, "takes", "take") ||
		m.anyWord(start-1, "on", "in") && m.word(start-2, "effect") && m.anyWord(start-3, "takes", "take"):
		// "the law takes effect July 1": a schedule, ahead ("took effect" is past)
		return tenseFuture, "takes effect"
	case m.forecastMadeIn(start): // "the 2.5% forecast in October" (timex38.go)
		return tensePast, "forecast in"
	case m.earlierForecastIn(start): // "down from a forecast of 4.3 billion pounds in July" (news56.go)
		return tensePast, "forecast of ... in"
	case m.marketClose(start):
		// "a premium of 33% to Seagen's closing price on Friday", "up from its close on
		// Monday": a price a market has already made, whatever the sentence's verb
		return tensePast, "closing price"
	case m.forecastContent(start):
		// "Apple forecast revenue growth in the June quarter": what is forecast lies ahead,
		// though forecasting is past
		return tenseFuture, "forecast"
	case m.summonedDay(start): // "ordered him to appear in court Thursday" (timex44.go)
		return tenseFuture, "to appear"
	case m.demandContent(start):
		// "the pact calls for elections in April", "urged both sides to resume talks in
		// October": what is called for lies ahead of the call
		return tenseFuture, "calls for"
	case m.relativeFutureCue(start) != "" && (!m.sourceFrom(start, end) || m.conductedFrom(start)):
		// "said Anna Berg, who will chair the talks from Friday": the relative clause tells its
		// own time (timex50.go)
		return tenseFuture, m.relativeFutureCue(start)
	case m.sourceFrom(start, end) && !m.conductedFrom(start): // "will chair the talks from Friday" (timex50.go)
		// "cases from the holiday weekend", "records from March": what a thing comes from is
		// behind it
		return tensePast, "from"
	case m.word(start-1, "on") && m.clockAfterFor(start-1) >= 0 && m.scheduledFor(m.clockAfterFor(start-1)):
		// "kickoff is set for 6 p.m. Eastern time on Sunday": the hour between "for" and the
		// day belongs to the date set
		return tenseFuture, "for"
	case m.word(start-1, "for") && m.scheduledFor(start-1):
		// "set sentencing for Jan. 15", "moved the vote for Tuesday": the past of setting a
		// date, which lies ahead
		return tenseFuture, "for"
	}
	t, cue := m.verbTense(start, end, own)
	if t == tensePast {
		if k := m.supposedRelative(start, end); k >= 0 {
			// "a strike that stretched into the fourth quarter could cut earnings" (timex60.go)
			return tenseFuture, m.toks[k].s
		}
		if k := m.modalCondition(start); k >= 0 {
			// "would keep the parks open if the houses failed to agree by Sept. 30": the past
			// of a condition put to a "would" is a supposition, ahead of the telling
			return tenseFuture, m.toks[k].s
		}
	}
	if t == tenseNone && m.anyWord(start-1, "until", "till", "by") {
		return tenseFuture, m.toks[start-1].s
	}
	return t, cue
}

// dueAhead reports whether "due" stands a few words before the date at token start, with
// only a place or a particle between ("due in court on", "due back", "due out", "due back at
// the table in Geneva on", "due home from her tour of the region on"), not after a
// past form of be ("was due in court Monday") and not a cause ("due to rain").
func (m *matcher) dueAhead(start int) bool {
	for k := start - 2; k >= 0 && k >= start-10 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind != kWord || t.lex.kind == lxWeekday || t.lex.kind == lxMonth || t.lex.kind == lxDeictic {
			return false
		}
		if m.word(k, "due") {
			return !m.word(k+1, "to") && !m.anyWord(k-1, "was", "were", "been", "had")
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 {
			return false
		}
	}
	return false
}

// hedgeBefore is the first token of a hedge or a modifier right before token start ("at
// least", "at most", "about", "around", "roughly", "sometime"; "early", "late", "mid-", whose
// compound reads the tense at the date it modifies), start when there is none.
func (m *matcher) hedgeBefore(start int) int {
	switch {
	case m.anyWord(start-1, "least", "most") && m.word(start-2, "at"):
		return start - 2
	case m.punct(start-1, "-") && m.word(start-2, "mid"):
		return start - 2
	case m.anyWord(start-1, "about", "around", "roughly", "approximately", "sometime", "early", "late", "mid"):
		return start - 1
	}
	return start
}

// modalCondition is the modal ("would", "could", "might") that a condition around token start
// is put to, -1 when none: the date's clause opens with "if" or "unless", and the modal comes
// before it ("would keep the parks open if the houses failed to agree by Sept. 30") or after
// it past a comma ("If the talks failed by Friday, the union would strike"). A pluperfect in
// the condition ("if they had failed by May") or a perfect modal ("would have closed") tells
// a supposition about the past, and a question ("asked if the board met Monday") is no
// condition.
func (m *matcher) modalCondition(start int) int {
	sent := m.toks[start].sent
	cond := -1
	for k := start - 1; k >= 0 && k >= start-20 && m.toks[k].sent == sent; k-- {
		if m.anyWord(k, "if", "unless") {
			cond = k
			break
		}
		if m.word(k, "had") || calendarWord(m.toks[k].lex.kind) {
			break // a pluperfect, or another date whose clause this is
		}
	}
	if cond < 0 || m.anyWord(cond-1, "asked", "ask", "asks", "wondered", "know", "knew", "see", "tell", "told", "whether") {
		return -1
	}
	isModal := func(k int) bool {
		return m.anyWord(k, "would", "could", "might") && !m.word(k+1, "have") && !m.word(k+2, "have")
	}
	for k := cond - 1; k >= 0 && k >= cond-15 && m.toks[k].sent == sent; k-- {
		if isModal(k) {
			return k
		}
	}
	comma := false
	for k := start + 1; k < len(m.toks) && k < start+20 && m.toks[k].sent == sent; k++ {
		if m.punct(k, ",") {
			comma = true
		} else if comma && isModal(k) && cond <= start-1 && m.leadsCondition(cond) {
			return k
		}
	}
	return -1
}

// leadsCondition reports whether the "if" at token k opens its sentence (perhaps after a
// quotation mark or a conjunction), so that the clause after its comma is the main one.
func (m *matcher) leadsCondition(k int) bool {
	for j := k - 1; j >= 0 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.toks[j].kind == kWord && !m.anyWord(j, "but", "and", "even", "only") {
			return false
		}
	}
	return true
}

// forecastVerbs are the past forms of verbs whose object is a forecast (their present forms are
// futureWords already).
var forecastVerbs = map[string]bool{"forecast": true, "forecasted": true, "projected": true, "predicted": true, "guided": true,
	// a central bank's or a company's hint of what it will do (timex33.go's tests)
	"signaled": true, "signalled": true, "penciled": true, "pencilled": true, "telegraphed": true}

// forecastContent reports whether the period at token start is part of what a forecasting verb
// forecasts: "forecast first-quarter revenue", "projected growth in the June quarter". The
// forecasting's own day stays the clause's ("forecast revenue ... on Thursday": a weekday or
// a date after "on"), and so do a noun ("its forecast for the third quarter", which a results
// story misses) and a pluperfect ("analysts had predicted a loss in the quarter").
func (m *matcher) forecastContent(start int) bool {
	if start >= len(m.toks) || m.toks[start].lex.kind == lxWeekday || m.word(start-1, "on") {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-10 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if t.in(sForecastVerbs) {
			// "its own forecast" is the noun as "its forecast" is ("cut its own forecast in
			// June": the month of the cut, past).
			d := k - 1
			if m.word(d, "own") {
				d--
			}
			return !m.anyWord(d, "the", "its", "their", "his", "her", "a", "an", "our", "this", "that", "had", "s") &&
				!m.datedBefore(k) && !m.forecastOwnTime(k, start) // timex33.go
		}
		if m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 {
			return false // a verb of its own between: "forecast that sales, which fell in May, ..."
		}
	}
	return false
}

// datedBefore reports whether the sentence dates its telling before token k ("Last year,
// analysts forecast a loss in the third quarter", "In 2019 the company projected ..."): what
// was forecast then is read from that time, not the story's.
func (m *matcher) datedBefore(k int) bool {
	for j := k - 1; j >= 0 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.undatingBefore(j, k) { // timex35.go
			continue
		}
		if k := m.toks[j].lex.kind; k == lxRel || k == lxMonth || k == lxDeictic {
			return true
		}
		if _, ok := m.yearAt(j); ok {
			return true
		}
	}
	return false
}

// sourceFrom reports whether the date at [start, end) follows "from" after a noun, no verb,
// and opens no range: "cases from the holiday weekend" (not "moved from Tuesday", "from
// Monday to Friday").
func (m *matcher) sourceFrom(start, end int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.word(k, "from") || m.anyWord(end, "to", "through", "until", "till", "and", "thru") || m.punct(end, "-") {
		return false
	}
	k--
	if k < 0 || m.toks[k].kind != kWord || m.toks[k].upper || m.toks[k].lex.kind != lxNone || m.toks[k].clause != m.toks[start].clause {
		return false
	}
	w := m.toks[k].s
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && m.verbInfo(k)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) == 0
}

// marketClose reports whether the date at token start names the day of a price the market made:
// "closing price on Friday", "closing level Tuesday", "its close on Monday", "Friday's close" is
// another expression. A deal's "closing on Friday" is no price and stays open.
func (m *matcher) marketClose(start int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	}
	switch {
	case m.anyWord(k, "price", "level", "prices", "levels"):
		return m.word(k-1, "closing")
	case m.word(k, "close"):
		return !m.sessionCloseTime(k) && (m.anyWord(k-1, "its", "their", "the") || m.possessive(k-2) == k || m.possessive(k-1) == k) // "the stock's close"; timex38.go
	}
	return false
}

// startingAt reports whether the date at token start is where something starts: "starting
// Monday", "beginning in the fourth quarter".
func (m *matcher) startingAt(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if m.anyWord(k, "in", "on", "with", "from") {
		k--
	}
	return m.anyWord(k, "starting", "beginning")
}

// outlookPeriodEnd says whether the date at start ends a period that an outlook is for, told
// with the participle: "its forecast for the fiscal year ending in January", "expects a loss
// for the quarter ending March". A period's end after results told of it ("results for the
// quarter ending in March were weak") is left to the sentence's tense.
func (m *matcher) outlookPeriodEnd(start int) bool {
	k := start - 1
	if m.word(k, "in") {
		k--
	}
	if (!m.word(k, "ending") || !m.anyWord(k-1, "year", "quarter", "half")) && !m.periodTo(k) { // "the year to March" (timex43.go)
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.anyWord(j, "forecast", "forecasts", "outlook", "guidance", "target", "targets", "expects", "expected",
			"sees", "projects", "projected", "estimate", "estimates", "view") {
			return true
		}
	}
	return false
}

// verbTense is the tense of the nearest verb marker around tokens [start, end), and the word;
// with own, the words of the span come first (a trigger word is often the verb itself). A
// reporting verb decides only when no other marker does.
//
// Which verb is the date's follows the shape of news sentences:
//   - a verb right before the date, or before its preposition, is its own ("the plant that
//     opened in May will close": May is past);
//   - an aside (asideOf: a relative clause or participle between commas, words in parentheses)
//     governs its own dates first, and the dates outside it never: in "the offer, announced
//     Thursday, expires Friday" Friday is ahead;
//   - to the right, the date's clause ends at "that", at a reporting verb that opens a reported
//     clause ("In May the board said it will vote": May is the saying's), and, until the left
//     side has been read in full, at a coordinator ("approved the deal Friday and will vote").
func (m *matcher) verbTense(start, end int, own bool) (Tense, string) {
	if !own {
		if t, cue, ok := m.ownVerb(start); ok {
			return t, cue
		}
	}
	if m.relativeVerbPast(start) {
		return tensePast, "that"
	}
	if m.shownStatistic(start, end) { // "expected to show growth of 0.1 percent in the third quarter" (timex49.go)
		return tensePast, "show"
	}
	if m.earlierIssue(start, end) { // "down from 3.8 percent in its July update" (timex49.go)
		return tensePast, strings.ToLower(m.toks[end].s)
	}
	if t, cue, ok := m.verbAfterWhoClause(start, end); ok { // timex47.go
		return t, cue
	}
	if k := m.reportedModal(start, end); k >= 0 {
		return tenseFuture, m.toks[k].s
	}
	a, b := m.asideOf(start)
	if a < b && end <= b {
		// A date inside an aside: the aside's verbs first.
		if t, cue, ok := m.scanTense(start, end, own, a, b, false); ok {
			return t, cue
		}
		if m.bareParticiple(a) {
			// "The company, hit by the strike in August, expects a loss": a passive whose
			// past is spelled as its base tells no tense of its own, and the act it tells was
			// done; the main clause's verb is not the aside's.
			return tensePast, m.toks[a].s
		}
	}
	t, cue, ok := m.scanTense(start, end, own, 0, len(m.toks), true)
	if !ok && t == tenseNone && m.coordinatorAfter(end) {
		// Nothing before the coordinator decided: what follows it may ("Friday and Saturday
		// will be holidays").
		t, cue, _ = m.scanTense(start, end, own, 0, len(m.toks), false)
	}
	return t, cue
}

// relativeVerbPast reports whether the date at token start ends a relative clause told in the
// past, whose verb is then the date's, not the main verb that comes after the clause: "a storm
// that dropped a foot of snow on the hills Monday will move east" (Monday is past). The
// verb follows "that", "which" or "who", with no other verb or comma between it and the date.
func (m *matcher) relativeVerbPast(start int) bool {
	for k := start - 1; k >= 0 && k >= start-10 && m.toks[k].clause == m.toks[start].clause; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && t.s != "-" && t.s != "'" && t.s != "’" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if t.in(sClauseWords) || t.lex.kind == lxWeekday || t.lex.kind == lxMonth || t.lex.kind == lxDeictic {
			return false // another date between: the relative clause ended at it
		}
		info := m.verbInfo(k)
		if info&vSchedule != 0 && m.scheduleVerb(k) {
			return false // "the rally that began Friday continues Wednesday"
		}
		if info&(vPast|vFuture|vBe|vPossibility) == 0 {
			continue
		}
		return info&vPast != 0 && info&vReporting == 0 && m.anyWord(k-1, "that", "which", "who") &&
			!(k > 0 && m.toks[k-1].in(sParticipleAux))
	}
	return false
}

// reportedModal is the modal that governs a date in the subject of a reported clause, -1 when
// none: in "forecasters said rain Thursday could push the river up", Thursday is the rain's,
// whose verb is "could push", not the saying's. The nearest verb before the date is the
// reporting verb, not right before it ("said Thursday" dates the saying), and the modal
// follows within a few words (other dates and "and" between).
func (m *matcher) reportedModal(start, end int) int {
	left := -1
	for k := start - 1; k >= 0 && k >= start-6 && m.toks[k].clause == m.toks[start].clause; k-- {
		if m.toks[k].kind == kPunct {
			return -1
		}
		if m.toks[k].kind != kWord || m.toks[k].lex.kind != lxNone || m.anyWord(k, "and", "or") && k > 0 && m.toks[k-1].lex.kind != lxNone {
			continue // "rain Thursday and Friday": another date of the same subject
		}
		info := m.verbInfo(k)
		if info&vReporting != 0 {
			left = k
			break
		}
		if info&(vPast|vFuture|vBe|vPossibility|vSchedule) != 0 || m.toks[k].in(sClauseWords) {
			return -1
		}
	}
	head := m.quarterHeadEnd(start, end) // "said December-quarter revenue would" (timex67.go)
	if left < 0 || left == start-1 && head == end || left == start-2 && m.anyWord(start-1, "on", "in", "late", "early") {
		return -1 // "said Thursday", "said on Thursday": the saying's day
	}
	for k := head; k < len(m.toks) && k < head+5 && m.toks[k].clause == m.toks[start].clause; k++ {
		t := &m.toks[k]
		if t.lex.kind != lxNone || t.kind == kNum || m.anyWord(k, "and", "or", "on") {
			continue // "Thursday and Friday", "March 3"
		}
		if t.kind == kWord && m.verbInfo(k)&vPossibility != 0 && !m.word(k+1, "have") && !m.anyWord(k, "May") {
			return k
		}
		if head > end && t.kind == kWord && m.verbInfo(k)&vFuture != 0 && !m.word(k+1, "have") {
			return k // "said March-quarter margins will improve", "would be flat"
		}
		return -1
	}
	return -1
}

// scanTense reads the words of [lo, hi) outward from the span for verbTense, skipping asides
// that do not hold the span; with stopAtAnd, the right side ends at a coordinator. ok is false
// when only a reporting verb (or nothing) was read: t is then the reporting verb's tense.
func (m *matcher) scanTense(start, end int, own bool, lo, hi int, stopAtAnd bool) (Tense, string, bool) {
	sent := m.toks[start].clause
	reported, reportedBy := tenseNone, ""
	n := 0
	if own {
		n = end - start
	}
	sa, sb := m.asideOf(start)
	rightStop := len(m.toks) // the first "that" after the span: what follows it is another clause
	leftStop := -1           // the ", and" that opens the span's clause: what precedes it is another
	for step := 0; step < n+80; step++ {
		k := outward(step, n, start, end)
		if k < lo || k >= hi || k >= len(m.toks) || m.toks[k].clause != sent || k > rightStop || k <= leftStop {
			continue
		}
		if k < start && leftStop < 0 && (m.clauseOpener(k) || m.frontedDateOpener(k, start)) && !m.gapped(k, start, end) {
			leftStop = k // "The war began in 1985, and the government wants a deal by the summer"
			continue
		}
		if k < start && leftStop < 0 && m.coordinator(k) && (inSet(presentIntent, tokText(m.toks, k+1)) || m.pluralIntent(k+1)) { // timex57.go
			// "cut 200 jobs in November and plans more cuts in May": the date is the plan's,
			// ahead, not the first predicate's past
			return tenseFuture, m.toks[k+1].s, true
		}
		if k < start && leftStop < 0 && m.comingPresent(k+1, start) {
			// "left for the holiday and returns Monday": a schedule, ahead (timex31.go)
			return tenseFuture, m.toks[k+1].s, true
		}
		if k >= end && stopAtAnd && rightStop == len(m.toks) && (m.coordinator(k) || m.clauseAfterComma(k) || m.subordinateAfterComma(k, start) || m.subordinateBareNoun(k, start) || m.comparisonAfterComma(k) || m.asClauseAfterComma(k) || m.asClauseAfterDate(k, end)) { // timex40.go, timex42.go, timex49.go, lead18.go
			rightStop = k
			continue
		}
		if k >= end && rightStop == len(m.toks) && (m.sayingAfter(k) || m.sourceAfter(k)) { // news33.go, news35.go
			rightStop = k // "cut its forecast on Tuesday, saying it now expected a loss"
			continue
		}
		if m.toks[k].kind != kWord {
			continue
		}
		if ka, kb := m.asideOf(k); ka < kb && (ka != sa || kb != sb) {
			continue // another aside's verb
		}
		if k >= end && rightStop == len(m.toks) && m.contactRelative(k) { // timex54.go
			rightStop = k // "in September under a bill the Legislature passed Wednesday"
			continue
		}
		if m.ratingNamed(k) { // news37.go
			continue
		}
		if k >= end && rightStop == len(m.toks) && (m.word(k, "that") || m.word(k, "than") || m.conditionAfter(k)) { // conditions.go
			// "said in a statement Thursday that it would cut jobs": the verbs after "that"
			// are the reported clause's, not the date's; "by September, months later than it
			// had planned": a comparison's clause has its own verb; "expires at midnight on
			// Dec. 15 unless extended": so has a condition's.
			rightStop = k
			continue
		}
		t, cue, kind := m.wordCue(k, start)
		switch {
		case kind == cueReporting && t != tenseNone && (k == start-1 || k == start-2 && m.anyWord(start-1, "on", "in") || m.sayingAdjunct(k, start)) && !m.attributiveSpan(start, end) &&
			!m.anyWord(k-1, "be", "been"):
			// ("will be announced Friday" is a passive whose tense its auxiliaries tell)
			return t, cue, true // the date's own verb: "the merger, announced in July, is expected to close"
		case kind == cueReporting && m.quoteBetween(k, start, end):
			// a quotation's words keep the speaker's own tense: in "'Prices could double by
			// the summer,' said an analyst" the saying's past does not date the summer
			continue
		case kind == cueReporting:
			if reported == tenseNone {
				reported, reportedBy = t, cue
			}
			if k >= end && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && rightStop == len(m.toks) {
				rightStop = k // "In May the board said it will vote": what follows is what was said
			}
		case kind == cueBe && reported != tenseNone:
			return reported, reportedBy, true // "when the case is heard in May": the present, no shift
		case kind != cueNone:
			return t, cue, true
		}
	}
	return reported, reportedBy, false
}

// quoteBetween reports whether a quotation mark stands between the verb at token k and the span
// [start, end): the span is inside a quotation that the verb reports from outside it.
func (m *matcher) quoteBetween(k, start, end int) bool {
	lo, hi := k+1, start
	if k >= end {
		lo, hi = end, k
	}
	for j := lo; j < hi; j++ {
		if m.punct(j, "\"") || m.punct(j, "“") || m.punct(j, "”") {
			return true
		}
	}
	return false
}

// calendarWord says whether a lexicon kind names a day, a month, a season or a deictic ("today",
// "yesterday"): the word of another date.
func calendarWord(k uint8) bool {
	return k == lxWeekday || k == lxMonth || k == lxDeictic || k == lxSeason
}

// sayingAdjunct reports whether the words between a reporting verb at token k and a date at
// token start tell where or to whom it was said, so that the date is the saying's: "said in a
// statement on Tuesday", "said in a memo to staff on Friday", "told reporters on Monday", "said
// in a regulatory filing late Thursday".
func (m *matcher) sayingAdjunct(k, start int) bool {
	if m.hearerBefore(k, start) { // "told supporters late Sunday" (timex49.go)
		return true
	}
	if start-k < 3 || start-k > 8 || !m.anyWord(k+1, "in", "to", "at", "during", "reporters", "analysts", "investors") {
		return false
	}
	for j := k + 1; j < start; j++ {
		t := &m.toks[j]
		if t.kind != kWord || calendarWord(t.lex.kind) || m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 ||
			m.anyWord(j, "that", "which", "who", "and", "but", "while", "after", "before", "since") {
			return false
		}
	}
	return true
}

// attributiveSpan reports whether the span [start, end) modifies the noun after it, as a
// period does in "said first-quarter sales will rise" or "said 2008 profit fell": it is then
// the reported statement's, not the saying's date. A weekday or a day after a reporting verb
// is when it was said ("said Tuesday profits will rise").
func (m *matcher) attributiveSpan(start, end int) bool {
	if end >= len(m.toks) || m.toks[end].kind != kWord || m.toks[end].upper {
		return false
	}
	switch m.toks[start].lex.kind {
	case lxWeekday, lxDeictic, lxMonth:
		return false
	}
	if m.toks[end].lex.kind != lxNone || m.toks[end].in(sDeterminers) {
		return false // "said last week", "said this year that"
	}
	return !m.anyWord(end, "it", "they", "he", "she", "we", "that", "its", "in", "on", "at", "for", "to", "of", "and")
}

// coordinatorAfter reports whether a coordinator (coordinator) follows token end in its clause,
// within the words scanTense reads.
func (m *matcher) coordinatorAfter(end int) bool {
	for k := end; k < len(m.toks) && k < end+40 && m.toks[k].clause == m.toks[end-1].clause; k++ {
		if m.coordinator(k) {
			return true
		}
	}
	return false
}

// coordinator reports whether token k, after a date, joins a second verb phrase to the date's:
// "and", "but" or "while" before a modal or a verb ("approved the deal Friday and will vote
// again"), or a comma before one of them.
func (m *matcher) coordinator(k int) bool {
	if !m.anyWord(k, "and", "but", "while") {
		return false
	}
	next := k + 1
	if next >= len(m.toks) || m.toks[next].kind != kWord {
		return false
	}
	if m.toks[next].in(sModalWords) || infoTense(m.verbInfo(next)) != tenseNone {
		return true
	}
	if m.travelPresent(next) {
		return true // "flew to Beijing on Monday and returns to Washington on Saturday"
	}
	if m.anyWord(next, "is", "are", "has", "have") && !m.toks[next].upper {
		// "heard arguments in December and are expected to rule by summer": a present of be
		// or have after "and" opens the second predicate, whose tense is not the first's
		return true
	}
	// A verb of intent opens a verb phrase of its own when its object or its "to" follows: in
	// "raised its dividend in November and plans another review" (or "plans to review it"),
	// the plan is not November's.
	return m.toks[next].in(sBeforeTo) && !m.toks[next].in(sPastIntent) &&
		(m.word(next+1, "to") || next+1 < len(m.toks) && (m.toks[next+1].in(sObjectDeterminers) || m.toks[next+1].in(sObjectQuantities)))
}

// presentIntent are the third person's presents of intent, which no past form spells ("set"
// and "planned" are as often past).
var presentIntent = map[string]bool{"plans": true, "intends": true, "hopes": true, "wants": true, "aims": true}

// objectQuantities open a plan's object as a determiner does: "plans more cuts", "plans further
// layoffs".
var objectQuantities = map[string]bool{"more": true, "further": true, "additional": true, "new": true}

// clauseAfterComma reports whether token k, after a date, is a comma and a coordinator before
// a word: "ordered both sides back to talks Tuesday, and negotiators will meet again Monday".
// What follows is a clause of its own, whose verbs are not the date's.
func (m *matcher) clauseAfterComma(k int) bool {
	return m.punct(k, ",") && m.anyWord(k+1, "and", "but") && k+2 < len(m.toks) && m.toks[k+2].kind == kWord
}

// clauseOpener reports whether token k opens a clause of its own with a subject: a comma and a
// coordinator before a determiner, a pronoun or a name, perhaps after an adverb ("..., and the
// government says", "..., but it wants", "..., and now the union asks"). The verbs before it are another clause's.
func (m *matcher) clauseOpener(k int) bool {
	if !m.anyWord(k, "and", "but", "while", "whereas") || !m.punct(k-1, ",") || k+1 >= len(m.toks) || m.toks[k+1].kind != kWord {
		return false
	}
	j := k + 1
	if m.word(j, "now") || m.toks[j].in(sBriefAdverbs) {
		j++ // "..., and now the government says"
	}
	if j >= len(m.toks) || m.toks[j].kind != kWord {
		return false
	}
	return m.subjectOpens(j)
}

// subjectOpens reports whether word j can open a clause's subject: a determiner, a pronoun, or a
// capitalized word the lexicon does not know (a name).
func (m *matcher) subjectOpens(j int) bool {
	w := m.toks[j].s
	return inSet(determiners, w) || inSet(clausePronouns, w) || m.toks[j].upper && m.toks[j].lex.kind == lxNone
}

// frontedDateOpener reports whether token k is a comma's coordinator right before the date at
// token start, or before its preposition: in "said it would vote next month, but on Monday the
// chairwoman said ...", "..., and in March the company cut ...", the date opens a clause of its
// own whose verbs follow it, so the verbs before the comma are another clause's.
func (m *matcher) frontedDateOpener(k, start int) bool {
	if !m.anyWord(k, "and", "but") || !m.punct(k-1, ",") {
		return false
	}
	return k+1 == start || k+2 == start && m.anyWord(k+1, "on", "in", "by", "at")
}

// gapped reports whether the clause a comma and a coordinator open at token k has no verb of
// its own around the date [start, end): a second conjunct that leaves its verb to the first
// ("the caucuses are scheduled for Feb. 12, and the primary for Feb. 20"), whose verb then
// governs its dates too.
func (m *matcher) gapped(k, start, end int) bool {
	cl := m.toks[start].clause
	for j := k + 1; j < len(m.toks) && m.toks[j].clause == cl; j++ {
		if j >= start && j < end || m.toks[j].kind != kWord || m.toks[j].lex.kind != lxNone {
			continue
		}
		if _, _, kind := m.wordCue(j, start); kind != cueNone || m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vSchedule) != 0 {
			return false
		}
	}
	return true
}

// clausePronouns are the subject pronouns that open a clause.
var clausePronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// ownVerb is the tense of a verb right before the date or its preposition, which governs it
// before any other: "opened in May", "priced on Monday", "closed Friday". ok is false when that
// word is no verb with a tense.
func (m *matcher) ownVerb(start int) (Tense, string, bool) {
	k := start - 1
	if m.anyWord(k, "on", "in", "at", "during", "through", "from") {
		k--
	}
	// A participle and its agent: "a memo seen by Reuters on Monday", "a letter reviewed by
	// the Journal on Friday" date the seeing, past.
	for j := k; j >= 0 && j >= k-3 && m.toks[j].kind == kWord && m.toks[j].clause == m.toks[start].clause; j-- {
		if m.word(j, "by") {
			if j > 0 && m.toks[j-1].kind == kWord && (m.verbInfo(j-1)&vPast != 0 || m.toks[j-1].in(sIrregularParticiples)) && j < k &&
				!m.passiveAfterBe(j-1) { // "will be succeeded by Jones in January" (timex64.go)
				return tensePast, m.toks[j-1].s, true
			}
			break
		}
		if !m.toks[j].upper && !m.anyWord(j, "the") {
			break
		}
	}
	if k < 0 || m.toks[k].kind != kWord || m.toks[k].clause != m.toks[start].clause || m.anyWord(k, "last", "earlier", "ago") {
		return tenseNone, "", false
	}
	t, cue, kind := m.wordCue(k, start)
	if kind != cueDecides || t != tensePast {
		return tenseNone, "", false
	}
	return t, cue, true
}

// pluperfect is a "had" at most eight words before token i in its clause, -1 when none: "he
// had been chairman until Monday", "the firm had no debt until Monday".
func (m *matcher) pluperfect(i int) int {
	for k := i - 1; k >= 0 && k >= i-8 && m.toks[k].clause == m.toks[i].clause; k-- {
		if m.word(k, "had") {
			return k
		}
	}
	return -1
}

// negatedPast is the "did" or "never" of a negated past before token i in its clause ("did
// not stop", "didn't reopen", "never left"), -1 when none.
func (m *matcher) negatedPast(i int) int {
	for k := i - 1; k >= 0 && k >= i-8 && m.toks[k].clause == m.toks[i].clause; k-- {
		if m.toks[k].kind == kPunct && m.toks[k].s != "'" && m.toks[k].s != "’" {
			return -1
		}
		if m.word(k, "never") && k+1 < i && m.toks[k+1].kind == kWord {
			if t, _ := wordTense(m.toks[k+1].s); t == tensePast {
				return k
			}
		}
		if m.anyWord(k, "did", "didn") && (m.word(k+1, "not") || m.word(k, "didn")) {
			return k
		}
		if m.negatedPassive(k) {
			return k
		}
	}
	return -1
}

// negatedPassive reports whether token k opens a negated past of "be" with a past participle:
// "was not approved", "weren't reopened", "was not finished" (the date after "until" is when
// it finally was). A participle of the future ("was not expected", "wasn't scheduled") tells
// of a plan and is no such past.
func (m *matcher) negatedPassive(k int) bool {
	p := k + 2
	switch {
	case m.anyWord(k, "was", "were") && m.word(k+1, "not"):
	case m.anyWord(k, "wasn", "weren") && (m.punct(k+1, "'") || m.punct(k+1, "’")) && m.word(k+2, "t"):
		p = k + 3
	default:
		return false
	}
	if p >= len(m.toks) || m.toks[p].kind != kWord {
		return false
	}
	t, _ := wordTense(m.toks[p].s)
	return t == tensePast
}

// movedTo reports whether the date at token start follows "to" or "until" after a verb that
// moves a date ("postponed to", "pushed back to", "moved the vote to") or "ahead to" after a verb of
// looking ("looked ahead to").
func (m *matcher) movedTo(start int) bool {
	if !m.anyWord(start-1, "to", "until") {
		return false
	}
	k := start - 2
	if m.anyWord(k, "ahead", "forward") {
		return m.anyWord(k-1, "look", "looks", "looked", "looking")
	}
	// the verb, then at most three words of its object or particle: "moved the vote to"
	for ; k >= 0 && k >= start-5 && m.toks[k].kind == kWord; k-- {
		if m.anyWord(k, "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "moved", "move", "moves",
			"rescheduled", "pushed", "push", "put") || m.toks[k].in(sMoveParticiples) { // timex40.go
			return true
		}
	}
	return m.phrasalMovedTo(start) || m.movedByAmountTo(start) || m.slippedTo(start) || m.movedPastAside(start) // "pushed back bets on the first cut to July" (timex35.go), "by three months, to June 30" (timex40.go), "slipped to Wednesday" (timex41.go), "moved the paving, once set for May, to July" (timex77.go)
}

// datingVerbs set or move the date of something: "set a hearing for", "moved the vote for".
var datingVerbs = map[string]bool{"set": true, "sets": true, "slated": true, "rescheduled": true, "moved": true,
	"postponed": true, "delayed": true, "called": true, "reset": true}

// scheduledFor reports whether the "for" at token i follows a verb that dates what it names,
// within a few words of its clause: "set sentencing for", "called a special session for".
func (m *matcher) scheduledFor(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && m.toks[k].clause == m.toks[i].clause; k-- {
		if m.toks[k].kind == kPunct {
			return false
		}
		if m.toks[k].in(sDatingVerbs) && !m.toks[k].upper {
			return !m.anyWord(k-1, "the", "a", "its") // "the set for", a noun
		}
	}
	return false
}

// clockAfterFor is the "for" before a clock time that ends before token on ("set for 7:30 p.m.
// on Friday", "scheduled for noon Eastern time on Monday"), -1 when there is none: only the
// hour's numbers, its marks and words stand between.
func (m *matcher) clockAfterFor(on int) int {
	for k := on - 1; k >= 0 && k >= on-8 && m.toks[k].clause == m.toks[on].clause; k-- {
		t := &m.toks[k]
		switch {
		case m.word(k, "for"):
			if k == on-1 {
				return -1
			}
			return k
		case t.kind == kNum || t.kind == kPunct && (t.s == "." || t.s == ":") || t.lex.kind == lxNumber || t.in(sClockWords):
		default:
			return -1
		}
	}
	return -1
}

// clockWords spell an hour and its zone.
var clockWords = map[string]bool{"a": true, "p": true, "m": true, "am": true, "pm": true, "noon": true, "midnight": true,
	"o'clock": true, "eastern": true, "central": true, "mountain": true, "pacific": true, "local": true, "time": true,
	"est": true, "edt": true, "et": true, "gmt": true}

// asideOf is the aside that holds token k, [a, b), or a == b when none: words in parentheses,
// or, between commas (or from a comma to the clause's end), a relative clause ("which closed
// Tuesday", "whose shares fell") or a participle phrase ("announced Thursday", "first made
// Monday"). An aside tells something else than its sentence: its verbs date its own dates and
// no others. Computed once per text.
func (m *matcher) asideOf(k int) (int, int) {
	if m.aside == nil {
		m.markAsides()
	}
	if k < 0 || k >= len(m.toks) || m.aside[k][0] == m.aside[k][1] {
		return 0, 0
	}
	return int(m.aside[k][0]), int(m.aside[k][1])
}

// asideLen bounds an aside, in tokens: a longer stretch between commas is a clause of its own.
const asideLen = 16

func (m *matcher) markAsides() {
	m.aside = newAsides(len(m.toks))
	mark := func(a, b int) {
		for k := a; k < b; k++ {
			m.aside[k] = [2]int32{int32(a), int32(b)}
		}
	}
	for c := 0; c+1 < len(m.toks); c++ {
		if m.toks[c].kind != kPunct {
			continue // asides open at a mark: the two tests below passed every word
		}
		switch {
		case m.punct(c, "("):
			for e := c + 1; e < len(m.toks) && e <= c+asideLen*2 && m.toks[e].sent == m.toks[c].sent; e++ {
				if m.punct(e, ")") {
					mark(c+1, e)
					c = e
					break
				}
			}
		case m.punct(c, ","):
			// "when" after a time is a relative clause too, where its verb is a bare present
			// that says nothing of when: "by the end of June, when the term ends, the court
			// will rule". One with a modal or a past ("by end-May, when payments would be
			// overdue") tells the time's tense and stays in the clause.
			relative := m.anyWord(c+1, "which", "who", "whose", "whom") || m.word(c+1, "when") && m.timeWord(c-1) && !m.tensedBefore(c+2)
			participle := m.participle(c+1) || m.bareParticiple(c+1) || m.toks[c+1].in(sPlannedWords) && m.word(c+2, "to") ||
				m.anyWord(c+1, "originally", "first", "initially", "previously", "once", "also", "later") && m.participle(c+2) ||
				m.habitAside(c+1) || // timex46.go
				m.irregularAsideOpens(c+1) // "The rule, drawn up in March, will" (timex59.go)
			// "..., compared with a loss of $181 million in fiscal 1990": a comparison's
			// participle is no second verb of the clause, and may run to its end too.
			compared := m.anyWord(c+1, "compared", "versus") && (m.anyWord(c+2, "with", "to") || m.word(c+1, "versus"))
			relative = relative || compared
			if !relative && !participle {
				continue
			}
			// A passive participle with its agent may run on to the clause's end, long as it
			// is: what it holds is its own ("helped by tax cuts Congress is likely to pass
			// before Memorial Day and by lower oil prices").
			agent := participle && !relative && m.agentAfter(c+1)
			limit := asideLen
			if agent {
				limit = 2 * asideLen
			}
			e := c + 2
			for ; e < len(m.toks) && e <= c+limit && m.toks[e].clause == m.toks[c].clause; e++ {
				if m.punct(e, ",") || m.punct(e, "(") || m.punct(e, ")") {
					break
				}
			}
			closed := e < len(m.toks) && m.punct(e, ",") && m.toks[e].clause == m.toks[c].clause
			ended := e >= len(m.toks) || m.toks[e].clause != m.toks[c].clause || m.toks[e].brk
			// A participle phrase stands between two commas (after a single one it is more
			// often a second verb: "shares rose 5%, closed at $30"); a relative clause may run
			// to the clause's end, and so may a passive participle with its agent ("growth
			// will pick up in the fall, helped by tax cuts"), which is never a second verb.
			if closed || (relative || agent) && (ended || sentenceEndAt(m, e)) {
				mark(c+1, e)
				c = e - 1
			}
		}
	}
}

// tensedBefore reports whether a modal or a past verb comes from token k to the next mark.
func (m *matcher) tensedBefore(k int) bool {
	for ; k < len(m.toks) && m.toks[k].kind != kPunct; k++ {
		if m.toks[k].kind != kWord {
			continue
		}
		if m.toks[k].in(sModalWords) {
			return true
		}
		if t, _ := wordTense(m.toks[k].s); t != tenseNone {
			return true
		}
	}
	return false
}

// timeWord reports whether token k ends the name of a time: a month, a season, a weekday, a
// unit or a year in digits.
func (m *matcher) timeWord(k int) bool {
	if k < 0 || k >= len(m.toks) {
		return false
	}
	if t := &m.toks[k]; t.kind == kNum {
		return t.ndig == 4
	}
	switch m.kind(k) {
	case lxMonth, lxSeason, lxWeekday, lxUnit:
		return true
	}
	return false
}

// agentAfter reports whether the participle at token k has its agent right after it ("helped
// by", "driven largely by", "hurt in part by", "pushed up by"): a passive, no verb of its own
// clause.
func (m *matcher) agentAfter(k int) bool {
	switch {
	case m.word(k+1, "by"):
		return true
	case m.word(k+1, "in") && m.word(k+2, "part"):
		return m.word(k+3, "by")
	}
	return k+2 < len(m.toks) && m.toks[k+1].kind == kWord && (strings.HasSuffix(m.toks[k+1].s, "ly") || m.toks[k+1].in(sAgentParticles)) &&
		m.word(k+2, "by")
}

// agentParticles come between a participle and its agent: "pushed up by", "weighed down by".
var agentParticles = map[string]bool{"up": true, "down": true, "back": true, "out": true, "off": true, "higher": true, "lower": true}

// sequenceParticiple reports whether word k is a participle of order after a comma ("...,
// followed by a vote in April", "..., preceded by talks on Monday"): it places what follows
// before or after the clause's event and tells no tense; the clause's verb does.
func (m *matcher) sequenceParticiple(k int) bool {
	return m.anyWord(k, "followed", "preceded") && m.word(k+1, "by") && m.punct(k-1, ",")
}

// sentenceEndAt reports whether token e is a terminal mark.
func sentenceEndAt(m *matcher, e int) bool {
	return m.punct(e, ".") || m.punct(e, "!") || m.punct(e, "?")
}

// participle reports whether word k is a past participle that can open an aside: an -ed form
// or an irregular past, lower case, not "said" or a modal's word.
func (m *matcher) participle(k int) bool {
	if k >= len(m.toks) || m.toks[k].kind != kWord || m.toks[k].upper || m.anyWord(k, "said", "was", "were", "had", "did", "last", "earlier", "ago") {
		return false
	}
	return m.verbInfo(k)&vPast != 0
}

// bareParticiple reports whether token k, after a comma, is the passive participle of a verb
// whose past is spelled as its base ("hit", "hurt", "cut", "shut"), told with its agent or its
// date: "the company, hit by the strike in August, ...", "the plant, shut in June, ...". A
// participle of setting or forecasting ("the vote, set for Friday") names a time ahead, and is
// left to its own reading.
func (m *matcher) bareParticiple(k int) bool {
	if k < 1 || k >= len(m.toks) || !m.punct(k-1, ",") || m.toks[k].kind != kWord || m.toks[k].upper ||
		!m.toks[k].in(sBareIrregular) || m.anyWord(k, "set", "reset", "forecast", "broadcast", "offset", "bet", "bid", "outbid") {
		return false
	}
	return m.anyWord(k+1, "by", "in", "on", "last", "earlier", "during", "since")
}

// outward is the token verbTense reads at its step: the n words of the span, then outward
// from it, the word before first at each distance.
func outward(step, n, start, end int) int {
	if step < n {
		return start + step
	}
	d := (step-n)/2 + 1
	if (step-n)%2 == 1 {
		return end - 1 + d
	}
	return start - d
}

// What a word says about the tense of its clause (wordCue).
const (
	cueNone      = iota // nothing: read on
	cueDecides          // the tense
	cueReporting        // the tense of a reporting verb: the telling's, if nothing else decides
	cueBe               // a present form of be: the present, or the reporting verb's tense if one was read
)

// wordCue is what word k says about the tense of a clause holding a span that starts at token
// start, and the word that says it.
func (m *matcher) wordCue(k, start int) (Tense, string, uint8) {
	if !m.toks[k].in(sCueWords) && m.verbInfo(k) == vKnown {
		return m.plainCue(k, start) // most words: no test of cueChain names them (xspeed21.go)
	}
	return m.cueChain(k, start)
}

// cueChain is wordCue's reading of a word that cueWords holds or whose spelling marks a tense.
func (m *matcher) cueChain(k, start int) (Tense, string, uint8) {
	w := m.toks[k].s
	if m.asideTellsNoTense(k, start) { // ", as promised", "machines loaded with" (timex73.go)
		return tenseNone, "", cueNone
	}
	if m.perfectOfBe(k, start) { // "Sales have been weak in March" (timex47.go)
		return tensePast, w, cueDecides
	}
	if k < start && m.irregularAside(k, start) { // "The talks, begun in August, will resume" (timex58.go)
		return tensePast, w, cueDecides
	}
	if m.anyWord(k, "plans", "planning") && k+1 < len(m.toks) && m.toks[k+1].in(sObjectDeterminers) &&
		!(k > 0 && (m.toks[k-1].in(sDeterminers) || m.punct(k-1, "'") || m.punct(k-1, "’"))) {
		// a plan told with its object lies ahead: "a group of lawyers plans a news
		// conference Monday" ("its plans" is a noun)
		return tenseFuture, w, cueDecides
	}
	if m.word(k, "seen") && m.forecastFragment(k) {
		return tenseFuture, w, cueDecides
	}
	if m.sequenceParticiple(k) || m.ordinalLast(k) { // timex56.go
		return tenseNone, "", cueNone
	}
	if k < start && m.toks[k].in(sDirectives) && !m.anyWord(k-1, "had", "having") && !(m.word(k-1, "been") && m.anyWord(k-2, "had", "having")) &&
		m.directedDeadline(k, start) && !m.storyYearBefore(start) { // "In 1995 the judge ordered" (timex48.go)
		// a deadline set by an order lies after the order, told in the past or not: "the
		// judge ordered him to report to prison by Jan. 4", "told the city to file a plan
		// before Friday"; an order in the pluperfect was given before a past the story tells,
		// and its deadline is read as other dates ("had ordered it to pay by Friday, but it
		// did not")
		return tenseFuture, w, cueDecides
	}
	if m.wishedDone(k, start) && !m.storyYearBefore(start) { // "wanted the audit finished by summer" (timex48.go)
		return tenseFuture, w, cueDecides
	}
	if k < start && m.wantedNow(k, start) { // "do not want a rate increase in December" (timex63.go)
		return tensePresent, w, cueDecides
	}
	if k < start && m.anyWord(k, "hope", "hopes", "hoped", "hoping", "wait", "waits", "waited", "waiting") && m.word(k+1, "for") && !m.word(k-1, "had") {
		// what is hoped or waited for lies ahead of the hoping, told in the past or not:
		// "hoped for a ruling by the end of the summer"
		return tenseFuture, w, cueDecides
	}
	if m.word(k, "have") && m.word(k-1, "to") && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && (m.verbInfo(k+1)&vPast != 0 || m.toks[k+1].in(sIrregularParticiples)) {
		// a perfect infinitive looks back from its expectation: "expect the economy to have
		// grown in the fourth quarter", "is believed to have left on Monday"
		return tensePast, "to have", cueDecides
	}
	if m.word(k-1, "had") && (m.toks[k].in(sPastIntent) || m.anyWord(k, "expected", "anticipated", "forecast", "predicted")) {
		// an expectation or a plan told in the pluperfect was held before the telling, and so was
		// its date: "analysts had expected the cuts at the meeting in April"
		return tensePast, "had " + strings.ToLower(w), cueDecides
	}
	if m.toks[k].in(sComparedWords) && (m.anyWord(k-1, "than", "as") || m.isHyphen(k-1) && m.word(k-2, "than") ||
		m.anyWord(k-2, "than", "as") && m.anyWord(k-1, "it", "they", "we", "he", "she", "analysts", "investors") ||
		m.comparedSubject(k)) { // "better than anyone expected in January" (timex63.go)
		// "spent more than expected in June", "rose as expected", "fell more sharply than it
		// expected in February", "reported better-than-expected results on Thursday": a
		// comparison with what was foreseen, told of the past as often as of the future, whose
		// tense is its verb's.
		return tenseNone, "", cueNone
	}
	if k < start && m.word(k, "to") {
		if d := m.decisionBefore(k); d >= 0 {
			// "voted on Monday to close the school at the end of June": the act decided
			// lies ahead of the deciding, whose own date comes between
			return tenseFuture, m.toks[d].s, cueDecides
		}
	}
	if cue := m.intentCue(k); cue != "" {
		if k < start && m.word(k-2, "had") && m.word(k, "to") && m.toks[start].lex.kind == lxMonth && m.reportedBefore(k-2) {
			// A plan a past "said" reports in the pluperfect is the backshift of the speaker's
			// "have planned to", and its month is no more behind the telling than ahead of it:
			// "said the theater had planned to stage the opera in December and would now wait"
			// is the publication year's December, as a month of no tense is.
			return tenseNone, "had " + strings.ToLower(cue), cueDecides
		}
		if m.word(k-2, "had") && m.word(k, "to") && !(k < start && m.reportedPledge(k-2, start)) {
			// a plan told in the pluperfect was made before the telling, for a time before it
			// too: "had planned to open the store in March". Not a pledge reported by a past
			// "said", whose pluperfect is the backshift of the speaker's present perfect: "she
			// said the two sides had agreed to meet again Saturday" is "have agreed", and the
			// day in the week of the story lies ahead.
			return tensePast, "had " + strings.ToLower(cue), cueDecides
		}
		if m.word(k-1, "voted") && k+1 < len(m.toks) && m.toks[k+1].in(sVotedActs) {
			// What a vote approves or rejects is done by the vote itself, so a date after it is
			// the vote's: "members voted to ratify the pact Sunday" (the "to close the school
			// in June" a vote decides is a plan, ahead).
			return tensePast, cue, cueDecides
		}
		if m.word(k-1, "agreed") && k+1 < len(m.toks) && m.toks[k+1].in(sAgreedDeals) && m.toks[start].lex.kind == lxWeekday {
			// A deal is made by agreeing to it, and news dates the agreement by its weekday:
			// "agreed to buy Red Hat for $34 billion on Sunday" (a date of the month may be
			// the act's own: "agreed to close the plant on June 30").
			return tensePast, cue, cueDecides
		}
		if k > start && inSet(pastIntent, cue) {
			// A date before the verb of an intent dates the intent, told in the past: "On
			// Friday, the government planned to pay the claims", "the board Friday agreed to sell".
			return tensePast, cue, cueDecides
		}
		return tenseFuture, cue, cueDecides
	}
	if k < start && m.timeAt(start) && m.headlineInfinitive(k) { // "Bridge to close for the weekend" (timex77.go)
		return tenseFuture, w, cueDecides
	}
	if k < start && m.planned(k) {
		return tenseFuture, w, cueDecides
	}
	if m.anyWord(k, "would", "could", "should", "might", "must") && m.word(k+1, "have") && !m.haveOfObject(k+1) { // timex33.go
		return tensePast, w, cueDecides // "would have reported on Monday": a past that did not happen
	}
	if m.word(k, "could") && m.word(k+1, "not") && m.word(k+2, "be") && k+3 < len(m.toks) && m.verbInfo(k+3)&vPast != 0 {
		return tensePast, w, cueDecides // "could not be reached for comment Thursday": a past inability
	}
	info := m.verbInfo(k)
	t := infoTense(info)
	switch {
	case t != tenseNone && m.attributive(k):
		return tenseNone, "", cueNone // "the expected range", "its planned merger": an adjective, no tense
	case t == tenseNone && k < start && info&vPossibility != 0 && m.modalReaches(k, start):
		// "could close on Friday" looks ahead; "may have peaked on Monday" back. Only a
		// modal of the date's own verb phrase governs it: "must be returned ..., and set
		// Friday" not.
		if m.word(k+1, "have") && !m.haveOfObject(k+1) || m.word(k+1, "not") && m.word(k+2, "have") && !m.haveOfObject(k+2) {
			return tensePast, w, cueDecides // "may have peaked"; "should have power back" looks ahead (timex33.go)
		}
		return tenseFuture, w, cueDecides
	case t == tenseNone && m.toks[k].in(sBareIrregular) && m.hyphenCompound(k):
		return tenseNone, "", cueNone // "a cost-of-living raise": a compound's first word (timex54.go)
	case t == tenseNone && m.toks[k].in(sBareIrregular) && k < len(m.toks):
		if m.bareIrregularPast(k) {
			return tensePast, w, cueDecides
		}
		return m.presentCue(k, info)
	case t == tenseNone:
		if pt, pcue, kind := m.presentCue(k, info); kind != cueNone {
			return pt, pcue, kind
		}
		if k < start && m.phrasalPresent(k, start) {
			return tenseFuture, w, cueDecides // "the chancellor hands over power in October" (timex32.go)
		}
		if m.agreeingPresent(k) || k < start && m.presentBeforeDate(k, start) {
			return tensePresent, w, cueDecides
		}
		return tenseNone, "", cueNone
	case info&vReporting != 0:
		return t, w, cueReporting
	case t == tensePast && k > 0 && (m.toks[k-1].in(sParticipleAux) || m.toks[k-1].in(sLinkingVerbs)) && m.toks[k-1].kind == kWord:
		// "must be returned": a participle, no tense; "will stay closed Monday": after a
		// verb of staying it tells a state, and the staying's own tense governs
		return tenseNone, "", cueNone
	case t == tensePast && m.adverbParticiple(k): // "should be largely worked down" (timex38.go)
		return tenseNone, "", cueNone
	case t == tensePast && m.measureParticiple(k): // "will be half finished by June" (timex77.go)
		return tenseNone, "", cueNone
	case t == tensePast && m.coordinatedParticiple(k): // "must be signed and returned" (timex45.go)
		return tenseNone, "", cueNone
	}
	return t, w, cueDecides
}

// modalReaches reports whether the modal at token k governs a date at token start: within
// six words, or within ten when the words between are its verb phrase, with no mark or
// coordinator that would start another ("a plan the airline must file with the court by
// Aug. 15", "could send the bill to the full Senate by June").
func (m *matcher) modalReaches(k, start int) bool {
	if start-k <= 6 {
		return true
	}
	if m.modalThroughAs(k, start) { // "could begin as soon as the contract's expiration on Jan. 15" (timex59.go)
		return true
	}
	if start-k > 10 {
		return false
	}
	for j := k + 1; j < start; j++ {
		if m.toks[j].kind == kPunct || m.anyWord(j, "and", "or", "but", "that", "which", "who") {
			return false
		}
	}
	return true
}

// forecastFragment reports whether "seen" at token k is a headline's forecast without its
// verb, right after its subject: "Sales seen flat in March", "Profit seen up in second half";
// not a participle ("has seen", "was last seen", "never seen").
func (m *matcher) forecastFragment(k int) bool {
	p := k - 1
	for p >= 0 && m.toks[p].kind == kWord && (m.toks[p].in(sBriefAdverbs) || strings.HasSuffix(m.toks[p].s, "ly")) {
		p--
	}
	return p >= 0 && p == k-1 && m.toks[p].kind == kWord && m.toks[p].clause == m.toks[k].clause &&
		!m.toks[p].in(sParticipleAux) && !m.anyWord(p, "has", "have", "had", "having", "not", "ever")
}

// comparedWords after "than" or "as" compare an outcome with a forecast.
var comparedWords = map[string]bool{"expected": true, "anticipated": true, "forecast": true, "predicted": true, "estimated": true}

// infoTense is the tense a word's spelling marks (verbInfo): past, future or none.
func infoTense(info uint8) Tense {
	switch {
	case info&vPast != 0:
		return tensePast
	case info&vFuture != 0:
		return tenseFuture
	}
	return tenseNone
}

// linkingVerbs before an -ed form make it a state, no past: "will stay closed", "remain
// shut", "kept locked". Their own past ("stayed", "remained") still tells its tense.
var linkingVerbs = map[string]bool{"stay": true, "stays": true, "staying": true, "remain": true, "remains": true,
	"remaining": true, "keep": true, "keeps": true, "keeping": true, "seem": true, "seems": true, "look": true, "looks": true}

// participleAux before an -ed form make it a participle: "must be returned", "was priced".
var participleAux = map[string]bool{"be": true, "being": true, "been": true, "is": true, "are": true, "am": true,
	"was": true, "were": true, "get": true, "gets": true, "to": true, "will": true, "would": true, "must": true,
	"can": true, "could": true, "should": true, "may": true, "might": true}

// presentCue is what word k, with no past or future marker, says: a present form of be (not
// "is to", "is expected"), or the present of a verb that schedules ("the shares begin trading
// on Tuesday").
func (m *matcher) presentCue(k int, info uint8) (Tense, string, uint8) {
	if info&vBe != 0 && !m.anyWord(k+1, "to", "expected", "scheduled", "going", "due", "set") {
		return tensePresent, m.toks[k].s, cueBe
	}
	if info&vSchedule != 0 && m.scheduleVerb(k) {
		return tensePresent, m.toks[k].s, cueDecides
	}
	if m.appearanceVerb(k) { // "appears before the Senate on Tuesday" (timex79.go)
		return tensePresent, m.toks[k].s, cueDecides
	}
	return tenseNone, "", cueNone
}

// intentCue is the word that makes word k the start of an intention, told in any tense:
// "were planning to" (the form of be), "plans to", "decided to" (the word before "to"); "" for
// none.
func (m *matcher) intentCue(k int) string {
	if m.anyWord(k, "was", "were", "is", "are", "be") && m.word(k+2, "to") && m.anyWord(k+1, intentWords...) && !m.causeAfter(k+1) {
		return m.toks[k].s
	}
	if m.word(k, "to") && k > 0 && m.toks[k-1].kind == kWord && m.toks[k-1].in(sBeforeTo) && !m.causeAfter(k-1) && !m.toObject(k+1) &&
		!(m.word(k-1, "agreed") && m.strandedTo(k+1)) {
		return m.toks[k-1].s
	}
	if m.word(k, "to") && m.anyWord(k-1, "was", "were") && m.scheduledInfinitive(k+1) {
		return m.toks[k-1].s
	}
	return ""
}

// lastingComplement is the verb of lasting before the "through" at token th with a short
// complement between ("stays hot", "remain closed", "remained in effect"), -1 when none: up to
// three plain lower-case words that are no date, no verb of tense and open no clause. After
// "to" or "would" the other verb tells, as for lastingPresent.
func (m *matcher) lastingComplement(th int) int {
	for k := th - 2; k >= 0 && k >= th-4 && m.toks[k].clause == m.toks[th].clause; k-- {
		t := &m.toks[k]
		if t.kind != kWord || t.upper || t.lex.kind != lxNone && !m.anyWord(k, "in", "on", "at", "under") {
			return -1
		}
		if t.in(sLastingPresent) || t.in(sLastingBase) || t.in(sLastingPast) {
			if m.anyWord(k-1, "to", "would") {
				return -1
			}
			return k
		}
		if t.in(sClauseWords) || m.anyWord(k, "or", "if", "as") || m.verbInfo(k)&(vFuture|vBe|vPossibility|vReporting) != 0 {
			return -1
		}
	}
	return -1
}

// lastingBase are the plural presents of staying that lastingPresent leaves out ("schools stay
// closed through Friday"); lastingPast the past forms of lasting.
var lastingBase = map[string]bool{"stay": true, "remain": true, "last": true, "extend": true}
var lastingPast = map[string]bool{"ran": true, "lasted": true, "continued": true, "extended": true, "remained": true, "stayed": true}

// lastingPresent are the present forms of the verbs that say how long something goes on.
var lastingPresent = map[string]bool{"runs": true, "run": true, "lasts": true, "continues": true, "continue": true,
	"extends": true, "remains": true, "stays": true}

// toObject reports whether token k after "to" opens a noun phrase rather than a verb: a
// determiner, a number, a capitalized name or a plural noun ("agreed to the price in
// September", "voted to a man", "agreed to Pelham's terms", "agreed to concessions in March";
// a compound's first noun, "agreed to wage cuts", is not told from a verb). The "to" is then a
// preposition and names no intention: the agreement was made, in the past it is told in.
func (m *matcher) toObject(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	return t.kind == kNum || t.kind == kWord && (t.in(sDeterminers) || t.upper && t.lex.kind == lxNone || sForm(t.s))
}

// sForm reports whether lower-case word w ends in the -s of a plural or of a verb's third
// person, which no bare form has: the bare forms that end in s end in "ss", "us" or "is" ("to
// press", "to focus") or are too short to tell ("to us" is a pronoun's). After "to" it is a
// plural noun, since an infinitive is the bare form.
func sForm(w string) bool {
	n := len(w)
	if n < 4 || w[0] < 'a' || w[0] > 'z' || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// strandedWords open the phrase after a "to" left without its object, as a date does: "the
// swap, agreed to in July", "the terms both sides agreed to last week".
var strandedWords = map[string]bool{"in": true, "on": true, "at": true, "during": true, "last": true,
	"earlier": true, "by": true, "late": true, "early": true}

// strandedTo reports whether token k after "agreed to" shows the "to" to be a preposition whose
// object went before it (the thing agreed to), not an infinitive's: a date's preposition or
// punctuation follows. The agreement was then made, in the past it is told in, and its date is
// the agreement's: "The stock swap, agreed to in July, won approval" told in October is the
// July gone, not the July ahead of a plan.
func (m *matcher) strandedTo(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	return m.toks[k].kind == kPunct || m.toks[k].kind == kWord && m.toks[k].in(sStrandedWords)
}

// pledges are the commitments a pluperfect may report in backshift ("said they had agreed to
// meet"); a plan or a hope in the pluperfect ("had planned to rob the bank Monday") tells as
// often of one that came to nothing.
var pledges = map[string]bool{"agreed": true, "promised": true, "pledged": true, "vowed": true}

// reportedPledge reports whether the "had" at token k opens a pledge to do something ("had
// agreed to", "had promised to") that a past verb of saying reports, and the date at token
// start after it is a weekday: the pluperfect is the backshift of the speaker's present
// perfect, and a day in the week of the story lies ahead ("said the two sides had agreed to
// meet again Saturday", "said the crews had promised to stay until Friday").
func (m *matcher) reportedPledge(k, start int) bool {
	return k+2 < start && m.word(k, "had") && m.toks[k+1].in(sPledges) && m.word(k+2, "to") &&
		m.toks[start].lex.kind == lxWeekday && m.reportedBefore(k)
}

// reportedBefore reports whether a past verb of saying governs the clause whose verb phrase
// starts at token k ("said", "told reporters", "announced ... that"): it stands before k in the
// same sentence, a few words back, with no mark but a comma between.
func (m *matcher) reportedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.toks[j].kind == kPunct && !m.punct(j, ",") {
			return false
		}
		if m.toks[j].kind == kWord && m.verbInfo(j)&vReporting != 0 && m.verbInfo(j)&vPast != 0 {
			return true
		}
	}
	return false
}

// scheduledInfinitive reports whether token k, after "was to" or "were to", is the bare verb of
// a schedule told in the past, which lies ahead of its telling as "is to" does: "the envoy was
// to arrive Thursday", "jurors were to resume deliberations on Friday". Not "was to have
// left" (a plan that failed, read by its perfect), nor "was to blame", nor a preposition's
// object ("was to the north", "was to 5 percent").
func (m *matcher) scheduledInfinitive(k int) bool {
	if k >= len(m.toks) || m.toks[k].kind != kWord || m.toks[k].upper || m.toks[k].lex.kind != lxNone {
		return false
	}
	w := m.toks[k].s
	return !inSet(determiners, w) && !inSet(objectDeterminers, w) && w != "have" && w != "blame" &&
		(w == "be" || m.verbInfo(k)&(vPast|vBe) == 0) && !strings.HasSuffix(w, "ing")
}

// causeAfter reports whether the "due" at token k and its "to" name a cause, not a schedule:
// a noun phrase follows ("canceled due to the fog on Monday", "due to a strike", "due to
// rising costs"), where a schedule has a verb ("due to land on Monday").
func (m *matcher) causeAfter(k int) bool {
	if !m.word(k, "due") || !m.word(k+1, "to") || k+2 >= len(m.toks) {
		return false
	}
	n := &m.toks[k+2]
	return n.kind == kNum || n.kind == kWord && (inSet(determiners, n.s) || len(n.s) > 5 && strings.HasSuffix(n.s, "ing"))
}

// decisionBefore is the word of intent or decision (beforeTo) that governs the "to" at token
// k across a date, a count or an adverb between them ("voted 6-3 on Monday to close", "agreed
// last week to sell"), -1 when none: the infinitive is then what was decided.
func (m *matcher) decisionBefore(k int) int {
	if k+1 >= len(m.toks) || m.toks[k+1].kind != kWord || m.toks[k+1].lex.kind != lxNone && !m.infinitiveOfMod(k+1) { // timex39.go
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-7 && m.toks[j].clause == m.toks[k].clause; j-- {
		t := &m.toks[j]
		switch {
		case t.kind == kNum || t.lex.kind != lxNone || m.punct(j, "-") || m.punct(j, ".") || m.anyWord(j, "on", "in", "at", "unanimously"):
			continue
		case t.kind == kWord && t.in(sBeforeTo) && j < k-1:
			return j
		}
		return -1
	}
	return -1
}

// directives are the verbs that tell someone to do something: "ordered the bank to", "told
// the city to", "asked Congress to". Not "required": a law's requirement is as often of a
// deadline long past ("the 1996 law required states to comply by Jan. 1").
var directives = map[string]bool{"ordered": true, "orders": true, "order": true, "told": true, "tells": true, "tell": true,
	"asked": true, "asks": true, "ask": true, "directed": true, "directs": true, "direct": true, "instructed": true,
	"instructs": true, "urged": true, "urges": true, "urge": true,
	// a wish laid on another is told as an order is: "wanted every town to count its evidence
	// by summer" (timex48.go)
	"wanted": true, "wants": true, "want": true,
	// a requirement still in force, told in the present, binds its object to a deadline to
	// come: "the loan requires the developer to lease half the tower by December" (timex77.go)
	"requires": true, "require": true, "obliges": true, "oblige": true, "obligates": true, "compels": true}

// directedDeadline reports whether the verb at token k tells its object to do something by a
// deadline at token start: "ordered Kinsey, 61, to repay the county and to report to prison
// by Jan. 4", "was told to leave by Friday". The object comes first (a few words, a comma-set
// aside) unless the verb is passive, then "to" and a verb; the deadline's "by", "before" or
// "no later than" is the date's own.
func (m *matcher) directedDeadline(k, start int) bool {
	if !(m.anyWord(start-1, "by", "before") || m.word(start-1, "than") && m.word(start-2, "later") && m.word(start-3, "no")) {
		return false
	}
	passive := m.anyWord(k-1, "was", "were", "is", "are", "been", "be", "being") && m.word(k+1, "to") // "was ordered to"
	if !passive && k+1 < len(m.toks) && m.toks[k+1].kind == kWord && (m.verbInfo(k+1)&vPast != 0 || m.anyWord(k+1, "to", "that", "by", "on", "in")) {
		return false // "told reporters that", "ordered by", "asked to": no object of the telling
	}
	to := -1
	for j := k + 1; j < start && j <= k+9 && m.toks[j].clause == m.toks[k].clause; j++ {
		if m.word(j, "to") {
			to = j
			break
		}
		if m.toks[j].kind == kPunct && !m.punct(j, ",") || calendarWord(m.toks[j].lex.kind) {
			return false // another sentence part, or a date of the order itself ("ordered Monday")
		}
		if m.toks[j].kind == kWord && (m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || m.toks[j].in(sClauseWords)) {
			return false // a verb or a clause before "to": "told reporters he had gone to Geneva by Friday"
		}
	}
	if to < 0 || to+1 >= start || m.toks[to+1].kind != kWord || m.toks[to+1].in(sDeterminers) {
		return false // "told the court" has no infinitive
	}
	for j := to + 1; j < start; j++ {
		if m.toks[j].clause != m.toks[k].clause || m.toks[j].kind == kPunct && !m.punct(j, ",") {
			return false
		}
	}
	return start-to <= 14
}

// beforeTo are the words that make "to" and its verb an intention or a schedule: "expected
// to", "plans to", "agreed to", "is to".
var beforeTo = map[string]bool{"going": true, "expected": true, "scheduled": true, "due": true, "set": true,
	"plans": true, "plan": true, "planning": true, "planned": true, "intends": true, "intended": true, "hopes": true,
	"hoped": true, "wants": true, "is": true, "are": true, "ready": true, "prepared": true, "preparing": true,
	"vowed": true, "promised": true, "threatened": true, "decided": true, "agreed": true, "voted": true,
	"pledged": true, "aims": true, "aimed": true, "likely": true, "unlikely": true,
	// the plural's presents of intent: "negotiators hope to reach a deal on Sunday"
	"hope": true, "want": true, "intend": true, "aim": true, "seek": true, "seeks": true}

// votedActs are the acts a vote performs by being taken: "voted to approve", "voted to reject".
var votedActs = map[string]bool{"approve": true, "ratify": true, "accept": true, "reject": true, "endorse": true,
	"adopt": true, "authorize": true, "confirm": true, "censure": true, "expel": true, "impeach": true, "elect": true,
	"indict": true, "acquit": true, "convict": true, "oust": true, "uphold": true, "overturn": true}

// agreedDeals are the deals an agreement makes: "agreed to buy", "agreed to merge".
var agreedDeals = map[string]bool{"buy": true, "acquire": true, "purchase": true, "sell": true, "merge": true,
	"combine": true, "settle": true, "pay": true, "take": true, "invest": true, "license": true, "supply": true}

// pastIntent are the past forms of intent verbs (beforeTo): the intent was formed in the past.
var pastIntent = map[string]bool{"planned": true, "intended": true, "hoped": true, "decided": true, "agreed": true,
	"voted": true, "promised": true, "threatened": true, "vowed": true, "pledged": true, "aimed": true}

// planned reports whether word k makes a plan of what follows it, whatever the tense of the
// telling: an adjective of planning ("the slated visit ... in September", "its planned listing
// on Friday") or its passive ("the accession was planned for early March").
func (m *matcher) planned(k int) bool {
	return m.toks[k].in(sPlannedWords) &&
		(m.attributive(k) || m.anyWord(k-1, "be", "being", "been", "is", "are", "am", "was", "were"))
}

// plannedWords are the participles of planning.
var plannedWords = map[string]bool{"scheduled": true, "slated": true, "planned": true, "proposed": true, "expected": true}

// Bits of verbInfo.
const (
	vPast        = 1 << iota // wordTense past
	vFuture                  // wordTense future
	vReporting               // a reporting verb
	vBe                      // is, are, am
	vPossibility             // may, might, could...
	vSchedule                // the form of a scheduling verb (scheduleVerb checks its context)
	vKnown                   // computed
)

// verbInfo is what word k's spelling says about tense, computed once per token: a clause is
// read for every weekday, month and quarter in it, and each reading looks at up to 80 words.
func (m *matcher) verbInfo(k int) uint8 {
	if uint(k) >= uint(len(m.toks)) {
		return 0 // before the text's first word or past its last: no verb
	}
	if m.vinfo == nil {
		m.vinfo = make([]uint8, len(m.toks))
	}
	if v := m.vinfo[k]; v != 0 {
		return v
	}
	w := m.toks[k].s
	v := uint8(vKnown)
	v |= m.toks[k].verbBits() // verbWords of its lower case (perf13.go)
	if mo := m.modalStem(k); mo != "" {
		v = vKnown | verbWords[mo] // "won't", "wouldn't": the modal's, no past of "win" (timex31.go)
	}
	if m.pluralLeave(k) { // "The Falcons leave on Saturday" (timex51.go)
		v |= vSchedule
	}
	if w == "May" {
		// The month: news writes the modal capitalized only where a sentence starts with
		// it, which is a question ("May I"), and a headline writes it in capitals.
		v &^= vPossibility
	}
	// Other -ed forms of at least five letters, lower case, are past verbs ("priced").
	if v&(vPast|vFuture) == 0 && len(w) >= 5 && len(w) <= 16 && w[len(w)-2]|0x20 == 'e' && w[len(w)-1]|0x20 == 'd' &&
		w[0] >= 'a' && w[0] <= 'z' && !m.toks[k].in(sNotPastEd) && !m.compoundAdjective(k) {
		v |= vPast
	}
	m.vinfo[k] = v
	return v
}

// compoundAdjective says whether the -ed word at k closes a hyphenated compound, a noun joined to
// it with no space ("battery-powered", "family-owned", "debt-laden"): an adjective, no past verb.
// A prefix is no noun: "re-elected", "co-founded", "pre-announced" stay verbs.
func (m *matcher) compoundAdjective(k int) bool {
	if k < 2 || m.toks[k].space || m.toks[k-1].s != "-" || m.toks[k-1].space || m.toks[k-2].kind != kWord {
		return false
	}
	return !m.toks[k-2].in(sVerbPrefixes)
}

// verbPrefixes are the prefixes a hyphen joins to a verb.
var verbPrefixes = map[string]bool{"re": true, "co": true, "pre": true, "un": true, "de": true, "mis": true,
	"over": true, "under": true, "out": true, "non": true, "self": true}

// verbWords holds the bits of the words the tense lists name, so that reading a word costs
// one lookup: reporting, future and past words, forms of "be", modals of possibility, and the
// scheduling verbs with their third person.
var verbWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range reportingWords {
		m[w] |= vPast | vReporting
	}
	for w := range futureWords {
		if m[w]&vPast == 0 {
			m[w] |= vFuture
		}
	}
	for w := range pastWords {
		if m[w]&(vPast|vFuture) == 0 {
			m[w] |= vPast
		}
	}
	for w := range presentWords {
		m[w] |= vBe
	}
	for w := range possibility {
		m[w] |= vPossibility
	}
	for w := range scheduleVerbs {
		m[w] |= vSchedule
		m[w+"s"] |= vSchedule
		m[w+"es"] |= vSchedule
		if n := len(w); n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
			m[w[:n-1]+"ies"] |= vSchedule // "testifies" (lead20)
		}
	}
	return m
}()

// attributive reports whether word k stands between a determiner and its noun, where a
// participle is an adjective: "the expected range", "its planned offering", "a closed session".
func (m *matcher) attributive(k int) bool {
	if k > 0 && (m.toks[k-1].kind == kNum || m.toks[k-1].lex.kind == lxNumber) && m.toks[k].kind == kWord &&
		k+1 < len(m.toks) && m.toks[k+1].kind == kWord && m.toks[k+1].lex.kind == lxNone &&
		!(m.toks[k].in(sModalWords) && !m.toks[k].upper) {
		// after a count: "eight named storms", "two injured workers"; a modal is no
		// adjective but the verb of the clause the number ends ("300 will lose their jobs",
		// "a school open since 1851 will close")
		return true
	}
	if strings.HasSuffix(m.toks[k].s, "ed") && m.figureAfter(k+1) && k > 0 && m.toks[k-1].kind == kWord &&
		(m.verbInfo(k-1)&^vKnown != 0 || m.toks[k-1].in(sPhrasePrepositions) || m.toks[k-1].in(sTimePrepositions) || m.anyWord(k-1, "in", "on")) &&
		!m.toks[k-1].in(sParticipleAux) && !m.anyWord(k-1, "has", "have", "had", "having") {
		// after a verb or a preposition, before a figure of a company's results, a participle
		// is the figure's measure: "now expects adjusted earnings of $2.10", "posted diluted
		// profit", "because of continued losses"; after its subject it is the verb ("Target
		// reported results for March", "the company reported sales")
		return true
	}
	if k == 0 || m.toks[k-1].kind != kWord || !m.toks[k-1].in(sDeterminers) {
		return false
	}
	n := k + 1
	return n < len(m.toks) && m.toks[n].kind == kWord && m.toks[n].lex.kind != lxWeekday && m.toks[n].lex.kind != lxMonth
}

// figureAfter reports whether a figure of a company's results starts at token k: "earnings",
// "revenue", or one of them after a word of its kind ("operating profit", "net income").
func (m *matcher) figureAfter(k int) bool {
	if k >= len(m.toks) || m.toks[k].kind != kWord {
		return false
	}
	if m.anyWord(k, "operating", "pretax", "core", "gross", "net") {
		k++
	}
	return k < len(m.toks) && m.toks[k].kind == kWord && resultsWords[m.toks[k].s] && !m.anyWord(k, "earned", "earns")
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "this": true, "these": true, "those": true}

// scheduleVerb reports whether word k is the present tense of a verb that news uses for what
// is on the calendar: "the shares begin trading Tuesday", "the court hears the case in May",
// "Congress reconvenes in September". After a determiner it is a noun ("the open", "a return").
func (m *matcher) scheduleVerb(k int) bool {
	if m.verbInfo(k)&vSchedule == 0 || m.negatedModalBefore(k) || m.possessedNoun(k) {
		return false // "would not run for re-election in September": the modal's (timex31.go)
	}
	if m.toks[k].upper && (k == 0 || m.toks[k-1].clause != m.toks[k].clause) {
		return false // a capitalized first word: a headline noun as often as a verb
	}
	if k >= 2 && m.punct(k-1, ".") && m.glued(k-1) && m.toks[k-2].in(sCorporateSuffixes) && m.toks[k-2].clause == m.toks[k].clause {
		// after a company's name ending in its abbreviated suffix: "Meridian Auto Parts Inc.
		// meets Thursday", "Acme Corp. reports Tuesday"
		return !m.word(k+1, "of")
	}
	// A verb follows its subject, a word; after a determiner or a preposition, or before
	// "of", it is a noun ("the start of trading", "a list of", "the head of").
	if k >= 2 && m.punct(k-1, ",") {
		if a, b := m.asideOf(k - 2); a < b && b == k-1 && a >= 2 && m.punct(a-1, ",") && m.toks[a-2].kind == kWord {
			// after an aside between commas the verb follows its subject: "the shares, priced
			// Tuesday, begin trading Friday"
			return !m.word(k+1, "of")
		}
		if m.appositionBefore(k) >= 0 || m.relativeAsideBefore(k) >= 0 { // news59.go
			return !m.word(k+1, "of") // "Eli Lilly, its main rival, reports Thursday" (subjects.go)
		}
	}
	if m.quotedTitleBefore(k) { // `Her new piece, "Ledger," opens Thursday` (timex47.go)
		return !m.word(k+1, "of")
	}
	if k == 0 || m.toks[k-1].kind != kWord || m.toks[k-1].clause != m.toks[k].clause || m.word(k+1, "of") {
		return false
	}
	if m.word(k-1, "and") && k+1 < len(m.toks) && m.toks[k+1].in(sDeterminers) && !m.toks[k+1].upper {
		// the second verb of a subject, with its object: "the Cardinals play Florida tonight
		// and open a road trip Friday" ("the open and close" has none)
		return true
	}
	if m.word(k-1, "and") && k >= 2 && !m.toks[k].upper && (calendarWord(m.toks[k-2].lex.kind) || m.toks[k-2].kind == kNum || m.relativeUnitEnd(k-2)) &&
		strings.HasSuffix(m.toks[k].s, "s") && (!m.toks[k].in(sScheduleVerbs) && m.dateFollows(k+1) || m.destinationDate(k+1)) {
		// the second predicate of a subject, each with its date: "the fair, which opened last
		// Saturday and closes Thursday": the third person's -s is the verb's, and the present
		// of a schedule points ahead whatever the first predicate's tense
		return true
	}
	// After a modal or "to" the tense is the modal's ("will begin").
	if m.anyWord(k-1, "news", "media", "press", "earlier", "recent", "published") {
		return false // "news reports Thursday said": a noun
	}
	if m.nounModified(k) || m.inObject(k) {
		return false
	}
	if m.compoundHead(k) || m.longCompoundHead(k) || m.ordinalCompound(k) || m.facilityCompound(k) { // "his 42nd home run Sunday" (timex33.go), "the Jiuquan launch center Wednesday" (timex41.go)
		return false
	}
	return !m.toks[k-1].in(sDeterminers) && !m.anyWord(k-1, "to", "of", "for", "in", "on", "at", "and", "or", "by", "with") &&
		!m.toks[k-1].in(sModalWords) && !m.anyWord(k-1, "did", "does", "do")
}

// relativeUnitEnd reports whether token k ends a date told from the publication by its unit:
// "next month", "this week", "last year", "the coming weekend". The second predicate after
// it ("the season opens next month and ends in May") is read as after any other date.
func (m *matcher) relativeUnitEnd(k int) bool {
	return m.anyWord(k, "week", "month", "year", "weekend", "season") && m.anyWord(k-1, "next", "last", "this", "coming", "past")
}

// dateFollows reports whether a date's word stands at token j, after "on" or "in" or not, and
// after an adverb of repeating or of place the verb may take first: "plays again Friday",
// "meets here on Monday", "plays at home on Saturday".
func (m *matcher) dateFollows(j int) bool {
	switch {
	case m.anyWord(j, "again", "here", "there", "home", "away", "back"):
		j++
	case m.word(j, "at") && m.word(j+1, "home"):
		j += 2
	}
	if m.anyWord(j, "on", "in") {
		j++
	}
	switch {
	case m.anyWord(j, "early", "late"):
		j++ // "ends in late September"
	case m.word(j, "mid") && m.punct(j+1, "-"):
		j += 2
	case m.word(j, "the") && j+1 < len(m.toks) && m.toks[j+1].lex.kind == lxSeason:
		j++ // "ends in the fall"
	}
	return j < len(m.toks) && calendarWord(m.toks[j].lex.kind)
}

// compoundHead reports whether the base form of a schedule verb at token k is the head noun of
// a compound opened by a determiner ("in their stock market debut on Thursday", "at the
// season open Friday"): a singular noun before it, which a present would give -s, a determiner
// at most three words back with only nouns between, and a date or a preposition after it, no
// object. "Neighbors opposed to the plan hold a rally" has its object; "Minnesota and
// Cleveland meet Tuesday" no determiner.
func (m *matcher) compoundHead(k int) bool {
	if !m.toks[k].in(sScheduleVerbs) || m.toks[k].upper {
		return false
	}
	if w := strings.ToLower(m.toks[k-1].s); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "the shares begin trading"
	}
	if k+1 < len(m.toks) && (m.toks[k+1].in(sObjectDeterminers) ||
		!(m.toks[k+1].lex.kind != lxNone || m.anyWord(k+1, "on", "in", "at", "this", "next", "last"))) {
		return false // "hold a rally": a verb and its object
	}
	nouns := 0
	for j := k - 1; j >= 0 && j >= k-8 && nouns < 3 && m.toks[j].kind == kWord && m.toks[j].clause == m.toks[k].clause; j-- {
		switch {
		case m.toks[j].in(sDeterminers):
			return j < k-1 // "their debut" is said by scheduleVerb's own test
		case m.innerNameWord(j, k):
			continue // "their New York Stock Exchange debut": a place's or a market's name
		case m.anyWord(j, "and", "or") || m.toks[j].lex.kind != lxNone || m.toks[j].in(sNotSubject):
			return false
		}
		nouns++
	}
	return false
}

// innerNameWord reports whether token j, before the head at token k, is a word of a
// capitalized name of several words: "New" in "New York", "York" after it. Such a word
// modifies the head as any noun does, whatever the lexicon makes of it alone ("new"), and a
// name of four words is still one modifier. A date's own capitalized words are no name:
// "their Christmas debut", "its Monday open".
func (m *matcher) innerNameWord(j, k int) bool {
	t := &m.toks[j]
	if !t.upper || t.lex.kind == lxWeekday || t.lex.kind == lxMonth || t.lex.kind == lxHoliday || t.lex.kind == lxSeason {
		return false
	}
	upperWord := func(i int) bool {
		return i >= 0 && i < k && m.toks[i].kind == kWord && m.toks[i].upper && m.toks[i].clause == t.clause
	}
	return upperWord(j+1) || upperWord(j-1) && !m.toks[j-1].in(sDeterminers)
}

// nounModified reports whether the word before word k makes it a noun: a count ("a 370-point
// drop", "two runs"), an ordinal ("its first close"), or a superlative ("its lowest close",
// "the best start"). No subject stands there.
func (m *matcher) nounModified(k int) bool {
	p := k - 1
	if p < 0 {
		return false
	}
	if m.toks[p].kind == kNum || m.toks[p].lex.kind == lxOrdinal || m.toks[p].lex.kind == lxNumber {
		return true
	}
	if p >= 2 && m.punct(p-1, "-") && (m.toks[p-2].kind == kNum || m.toks[p-2].lex.kind == lxNumber) {
		return true // "a 370-point drop", "a two-day close"
	}
	if m.toks[p].kind != kWord {
		return false
	}
	w := m.toks[p].s
	return inSet(nounOrdinals, w) || len(w) >= 6 && strings.HasSuffix(w, "est") && !m.toks[p].upper
}

// nounOrdinals are the words of order and rank that stand before a noun.
var nounOrdinals = map[string]bool{"first": true, "last": true, "next": true, "final": true, "best": true, "worst": true,
	"latest": true, "opening": true, "closing": true}

// inObject reports whether word k stands in the object of a verb told before it in its
// clause: "hit two home runs Sunday", "sent back its first close pictures Tuesday". A verb
// with a tense, then (after a particle) a determiner or a count that opens its object, and no
// word that opens another clause between: the object's nouns are no verbs of their own.
// A reporting verb opens what was said ("said the shares begin trading Friday"), no object.
func (m *matcher) inObject(k int) bool {
	for v := k - 1; v >= 0 && v >= k-8 && m.toks[v].clause == m.toks[k].clause; v-- {
		t := &m.toks[v]
		if t.kind == kPunct && t.s != "'" && t.s != "’" && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if t.in(sClauseWords) {
			return false
		}
		info := m.verbInfo(v)
		if info&vReporting != 0 {
			return false
		}
		if info&vPast == 0 && !(t.in(sBareIrregular) && m.bareIrregularPast(v)) {
			continue
		}
		o := v + 1
		if m.anyWord(o, "back", "up", "out", "off", "down", "in", "away") {
			o++
		}
		return o < k && (m.toks[o].kind == kNum || m.toks[o].lex.kind == lxNumber ||
			m.toks[o].kind == kWord && m.toks[o].in(sObjectDeterminers))
	}
	return false
}

// clauseWords open a clause of their own: what follows them has its own verb.
var clauseWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "and": true, "but": true,
	"or": true, "as": true, "when": true, "while": true, "because": true, "if": true, "after": true, "before": true,
	"since": true, "until": true, "where": true}

// scheduleVerbs are base forms; the third person ("begins", "closes", "launches") is derived.
var scheduleVerbs = map[string]bool{"begin": true, "start": true, "open": true, "close": true, "meet": true,
	"vote": true, "launch": true, "debut": true, "resume": true, "arrive": true, "return": true, "visit": true,
	"travel": true, "hold": true, "face": true, "expire": true, "convene": true, "reconvene": true, "testify": true,
	"host": true, "hear": true, "ship": true, "list": true, "continue": true, "come": true, "end": true, "conclude": true,
	"reopen": true, "run": true, "report": true, "release": true, "lapse": true,
	// the fixture's and the calendar's: "the Knicks play Friday", "tickets go on sale Saturday"
	"play": true, "go": true,
	// an arts page's opening night: "the documentary premieres Wednesday" (timex47.go)
	"premiere": true,
	// a series or a trial going elsewhere: "the Series moves to New York on Tuesday" (the
	// third person only: "move" is as often a noun, "soon after Brazil's move"; and "heads"
	// is a title's verb, "who heads the department, told the board on Wednesday")
	"moves": true,
	// a traveler's journey: "the envoy leaves for Amman on Friday", "the queen flies to Toronto
	// Thursday" (the third person only: "leave" is as often a noun, "on leave", and "fly"
	// takes "flies")
	"flies": true, "depart": true, "sail": true, "leaves": true}

// corporateSuffixes end a company's name, abbreviated with a period.
var corporateSuffixes = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "bros": true}

var modalWords = map[string]bool{"will": true, "ll": true, "would": true, "shall": true, "may": true, "might": true,
	"could": true, "can": true, "should": true, "must": true, "reportedly": true, "allegedly": true}

// intentModal before "to" make a plan of what follows: "plans to list on Friday".
var intentModal = map[string]bool{"plans": true, "plan": true, "planned": true, "planning": true, "expected": true,
	"expects": true, "expect": true, "scheduled": true, "due": true, "set": true, "intends": true, "intend": true,
	"aims": true, "hopes": true, "wants": true, "going": true, "seeks": true, "tried": true, "tries": true, "sought": true}

// weekdayTense is the tense for a bare weekday: a verb right before it decides ("said
// Friday", "announced Wednesday"), a possessive is past ("Wednesday's ruling"), else the
// clause's.
func (m *matcher) weekdayTense(i, j int) Tense {
	k := i - 1
	// "set a strike deadline of midnight Friday", "a deadline of Monday": a deadline named
	// lies ahead, however the clause that sets it is told
	o := k
	if m.anyWord(o, "midnight", "noon") {
		o--
	}
	if m.word(o, "of") && m.word(o-1, "deadline") || m.deadlineSet(i, j) {
		return tenseFuture
	}
	if m.sayingPresentDay(i, j) { // "Harwick says Wednesday it will close the mill" (timex68.go)
		return tensePast
	}
	if m.presentMoveJustGone(i, j) { // "Velcor shares fall Friday", told on Saturday (news94.go)
		return tensePast
	}
	if m.presentResultsJustGone(i, j) { // "Velcor releases results Tuesday", told on Wednesday (timex75.go)
		return tensePast
	}
	if m.toldHearerWeekday(i) { // "told staff on Tuesday she will retire" (news95.go)
		return tensePast
	}
	if m.anyWord(k, "on", "late", "early") {
		k--
	}
	if k >= 0 && m.toks[k].kind == kWord && m.toks[k].clause == m.toks[i].clause {
		// A participle after "will be", "would be" or "to be" is ahead: "will be reviewed
		// Friday", "said he would be arraigned Thursday" (the clause says so); after "could be"
		// it stays past ("could not be located Friday").
		// After a verb of staying it is a state: "will stay closed Monday" (wordCue).
		if t, _ := wordTense(m.toks[k].s); t != tenseNone && !(t == tensePast && m.word(k-1, "be") && m.anyWord(k-2, "will", "ll", "shall", "to", "would")) &&
			!(t == tensePast && k > 0 && m.toks[k-1].in(sLinkingVerbs)) {
			return t
		}
	}
	if m.possessiveAt(j) && !m.anyWord(i-1, "until", "till", "by", "before") && !m.movedTo(i) { // lead19.go
		if m.scheduledSubject(j+2) || m.scheduledEventAt(j+2) >= 0 && (m.leadsUpTo(i) || m.takesPartAhead(i) || m.presentOfFixture(i, j) || m.expectedFor(i)) {
			return tenseFuture // "Tuesday's primary will award 160 delegates"; "campaigning for Saturday's election ended"
		}
		if m.awaitedPossessive(i) {
			return tenseFuture // "Investors await Friday's jobs report" (lead18.go)
		}
		if m.possessiveSubjectAhead(j + 2) {
			return tenseFuture // "Wednesday's meeting of the board will set the dividend" (timex62.go)
		}
		if m.stillToCome(j + 2) {
			return tenseFuture // "with Friday's payrolls data still to come" (lead19.go)
		}
		if m.deadlineAhead(i, j) {
			return tenseFuture // "are unlikely to meet Friday's deadline"
		}
		if t := m.weekdayPossessiveTense(i, j); t != tenseNone {
			return t // "Wednesday's price report is the main event" (timex35.go)
		}
		return tensePast // "Wednesday's ruling"; "until Friday's deadline", "ahead to Friday's vote" look ahead
	}
	if m.presentTellingWeekday(i, j) {
		return tenseFuture // "Nike announces quarterly results Thursday" (news93.go)
	}
	return m.tense(i, j)
}

// scheduledSubject reports whether the noun phrase at token k, after a weekday's possessive,
// names a scheduled event and is the subject of "will" or "is expected": "Tuesday's primary
// will award", "Sunday's runoff is expected to draw". A ruling or a close that "will stand" is
// a past event's consequence and stays past.
func (m *matcher) scheduledSubject(k int) bool {
	e := m.scheduledEventAt(k)
	if e < 0 {
		return false
	}
	n := e + 1
	return m.anyWord(n, "will", "shall") || m.punct(n, "'") && m.word(n+1, "ll") ||
		m.anyWord(n, "is", "are") && m.anyWord(n+1, "expected", "scheduled", "set", "likely", "due")
}

// scheduledEventAt is the token of the scheduled event named at token k, or after one word
// that qualifies it ("Sunday's presidential election", "Friday's crucial vote"), -1 when none.
func (m *matcher) scheduledEventAt(k int) int {
	if inSet(scheduledEvents, tokText(m.toks, k)) && !inSet(scheduledEvents, tokText(m.toks, k+1)) {
		return k // not "final" before "debate": the noun is the event
	}
	if k+1 < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper &&
		(m.toks[k].lex.kind == lxNone || m.toks[k].in(sScheduledEvents)) && inSet(scheduledEvents, tokText(m.toks, k+1)) {
		return k + 1
	}
	return -1
}

// leadsUpTo reports whether the weekday at token i, a scheduled event's possessive, is what a
// run-up looks toward: "ahead of Sunday's referendum", "on the eve of Friday's vote",
// "campaigning for Saturday's election ended Tuesday", "preparations for Monday's summit". The
// run-up comes before the event, told in the past or not. What follows an event ("ratings for
// Sunday's game", "turnout in Saturday's vote") stays past.
func (m *matcher) leadsUpTo(i int) bool {
	switch {
	case m.word(i-1, "of") && (m.word(i-2, "ahead") || m.word(i-2, "eve")):
		return true
	case m.anyWord(i-1, "for", "to", "toward", "towards"):
		k := i - 2
		if m.anyWord(k, "home", "back", "there", "here") {
			k-- // "return home for Saturday's game"
		} else if k > 1 && m.toks[k].upper && m.toks[k].lex.kind == lxNone && m.anyWord(k-1, "to", "into") {
			k -= 2 // "heads to Denver for Sunday's final"
		}
		// a present of coming to the event ("the team heads to Denver for Sunday's final",
		// "they return home for Saturday's game") is a schedule, ahead; "returned for" is past
		return inSet(runUps, tokText(m.toks, i-2)) || m.anyWord(i-1, "for") && inSet(comingTo, tokText(m.toks, k))
	}
	return false
}

// takesPartAhead reports whether the weekday at token i, a scheduled event's possessive, is the
// object of a verb of taking part after "will" or "to": "he will start Friday's game", "she is
// expected to attend Saturday's parade", "will not pitch in Sunday's final". Who will review or
// appeal an event speaks of one gone, so only these verbs look ahead.
func (m *matcher) takesPartAhead(i int) bool {
	k := i - 1
	if m.anyWord(k, "in", "at") {
		k--
	}
	if !inSet(takingPart, tokText(m.toks, k)) {
		return false
	}
	k--
	if m.word(k, "not") {
		k--
	}
	return m.anyWord(k, "will", "ll", "to", "shall")
}

// presentOfFixture reports whether the clause of a scheduled event's possessive weekday at
// token i (ending at j) is told in a present that is no form of be: a fixture list's "the
// Broncos play the Packers in Sunday's game", "Smith starts in goal for Saturday's match".
// "Sunday's game is over" and "faced the Heat in Tuesday's opener" keep the day gone.
func (m *matcher) presentOfFixture(i, j int) bool {
	t, cue := m.tenseCue(i, j, false)
	if t != tensePresent || inSet(beForms, strings.ToLower(cue)) {
		return false
	}
	for k := i - 1; k >= 0 && m.toks[k].clause == m.toks[i].clause; k-- {
		if m.toks[k].s == cue {
			return true // the verb before the day, not the event's noun after it ("Tuesday's vote")
		}
	}
	return false
}

// beForms are the present forms of be and have, which tell a state, not a fixture.
var beForms = map[string]bool{"is": true, "are": true, "am": true, "has": true, "have": true, "'s": true}

// takingPart are the verbs of playing in, attending or missing an event.
var takingPart = map[string]bool{"start": true, "play": true, "pitch": true, "attend": true, "miss": true, "skip": true,
	"host": true, "watch": true, "coach": true, "lead": true, "run": true, "ride": true, "march": true, "sing": true,
	"perform": true, "referee": true, "umpire": true, "broadcast": true, "televise": true, "cover": true}

// comingTo are present forms of coming to an event, before "for" and its possessive weekday.
var comingTo = map[string]bool{"return": true, "returns": true, "head": true, "heads": true, "travel": true,
	"travels": true, "arrive": true, "arrives": true, "come": true, "comes": true, "go": true, "goes": true,
	"fly": true, "flies": true, "gather": true, "gathers": true}

// runUps are the words of a run-up to an event, before "for" or "to": "campaigning for",
// "preparations for", "the countdown to".
var runUps = map[string]bool{"campaign": true, "campaigning": true, "campaigned": true, "campaigns": true,
	"preparations": true, "preparing": true, "prepare": true, "prepared": true, "practice": true, "practicing": true,
	"training": true, "ready": true, "readying": true, "buildup": true, "countdown": true, "tickets": true}

// scheduledEvents are events a calendar sets ahead of time, whose day a story looks toward.
var scheduledEvents = map[string]bool{"primary": true, "primaries": true, "election": true, "elections": true,
	"vote": true, "runoff": true, "caucuses": true, "referendum": true, "game": true, "match": true, "race": true,
	"debate": true, "final": true, "summit": true, "launch": true, "opener": true, "meeting": true, "hearing": true,
	"parade": true, "concert": true, "ceremony": true, "funeral": true,
	"fireworks": true, "festival": true} // timex55.go

// possibility are the modals that look ahead from the telling unless a perfect follows.
var possibility = map[string]bool{"may": true, "might": true, "could": true, "should": true, "must": true, "can": true}

var presentWords = map[string]bool{"is": true, "are": true, "am": true}

// intentWords before "to" point to the future: "planned to leave on Thursday".
var intentWords = []string{"going", "expected", "scheduled", "due", "set", "planning", "planned", "intends", "intended", "hoping", "ready", "preparing", "prepared", "likely", "unlikely"}

var futureWords = map[string]bool{"will": true, "ll": true, "shall": true, "would": true, "upcoming": true, "scheduled": true,
	"expected": true, "expects": true, "expect": true, "intends": true, "tomorrow": true,
	// the present of a forecast looks ahead: "sees a loss in the first half"
	"sees": true, "see": true, "foresees": true, "foresee": true, "predicts": true, "predict": true,
	"anticipates": true, "anticipate": true,
	// an expectation looks ahead of its telling, told in the past too: "said more rain was
	// likely over the weekend"
	"likely": true, "unlikely": true}

// irregularParticiples are past participles that are no past form: after "to have" they make
// a perfect infinitive.
var irregularParticiples = map[string]bool{"been": true, "grown": true, "risen": true, "fallen": true, "gone": true,
	"done": true, "seen": true, "taken": true, "given": true, "shown": true, "known": true, "begun": true,
	"driven": true, "written": true, "chosen": true, "broken": true, "frozen": true, "stolen": true, "won": true,
	"lost": true, "left": true, "paid": true, "sold": true, "made": true, "held": true, "met": true, "set": true,
	"cut": true, "put": true, "hit": true, "shrunk": true, "sunk": true, "slid": true, "spent": true,
	// participles in -n that news tells with a date and that no past form spells (timex59):
	// "The rule, drawn up in March", "a judge sworn in on Monday", "a bid withdrawn by Acme on
	// Friday"; not those that are mostly adjectives ("mistaken", "stricken", "drunk")
	"drawn": true, "redrawn": true, "withdrawn": true, "sworn": true, "undertaken": true, "overtaken": true,
	"forgiven": true, "shaken": true, "forsaken": true, "eaten": true, "ridden": true, "hidden": true,
	"bitten": true, "blown": true, "thrown": true, "overthrown": true, "flown": true, "worn": true, "torn": true,
	"spoken": true, "forgotten": true, "beaten": true, "rewritten": true, "overseen": true, "undergone": true,
	"arisen": true, "proven": true, "sewn": true, "sown": true, "mown": true, "outgrown": true, "forbidden": true}

var pastWords = map[string]bool{"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"went": true, "came": true, "took": true, "made": true, "gave": true, "left": true, "began": true, "rose": true,
	"fell": true, "won": true, "lost": true, "met": true, "sold": true, "bought": true, "held": true, "struck": true,
	"broke": true, "spoke": true, "saw": true, "got": true, "ran": true, "led": true, "paid": true, "sent": true,
	"shot": true, "became": true, "chose": true, "fled": true, "flew": true, "grew": true, "knew": true, "threw": true,
	"wrote": true, "found": true, "heard": true, "kept": true, "stood": true, "thought": true, "brought": true,
	"caught": true, "fought": true, "built": true, "spent": true, "yesterday": true, "last": true,
	// the negated past's contractions, split at the apostrophe: "didn't know", "wasn't open"
	"didn": true, "wasn": true, "weren": true,
	"earlier": true,
	// more irregular pasts news tells with a date ("shares slid Tuesday", "the ship sank in
	// May"); not those that are also common nouns or names ("fed", "lent", "bit", "lay")
	"slid": true, "sank": true, "swept": true, "drove": true, "rode": true, "wore": true, "tore": true,
	"sought": true, "taught": true, "dealt": true, "meant": true, "sped": true, "swore": true, "hung": true,
	"stuck": true, "slept": true, "dug": true, "spun": true, "shook": true, "froze": true, "stole": true,
	"withdrew": true, "drew": true, "blew": true, "sprang": true, "rang": true, "sang": true, "swam": true,
	"shrank": true, "told": true, "felt": true, "sat": true, "laid": true, "arose": true, "forgot": true,
	"hid": true, "leapt": true, "overcame": true, "oversaw": true, "overthrew": true, "swung": true,
	"upheld": true, "withheld": true, "understood": true, "undertook": true, "overtook": true,
	"rebuilt": true, "clung": true, "wept": true, "crept": true, "bled": true,
	// regular pasts of four letters, which the -ed test (five or more) passes by: "died on
	// Monday", "sued in March" (timex68.go)
	"died": true, "sued": true, "tied": true, "owed": true, "eyed": true, "axed": true, "vied": true}

// wordTense tells the tense a word marks, and whether it is a reporting verb.
func wordTense(s string) (tense Tense, reporting bool) {
	if len(s) > 12 {
		return tenseNone, false
	}
	var buf [12]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	w := buf[:len(s)]
	if reportingWords[string(w)] {
		return tensePast, true
	}
	if futureWords[string(w)] {
		return tenseFuture, false
	}
	if pastWords[string(w)] {
		return tensePast, false
	}
	if len(w) >= 5 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && s[0] >= 'a' && s[0] <= 'z' && !notPastEd[string(w)] {
		return tensePast, false
	}
	return tenseNone, false
}

var reportingWords = map[string]bool{"said": true, "told": true, "announced": true, "reported": true, "added": true, "stated": true}

// notPastEd are -ed words that are not past verbs or point elsewhere.
var notPastEd = map[string]bool{"indeed": true, "need": true, "speed": true, "proceed": true, "succeed": true,
	"exceed": true, "embed": true, "expected": true, "scheduled": true, "planned": true, "breed": true, "seed": true, "feed": true, "greed": true, "hundred": true, "bed": true, "red": true,
	// adjectives in un- of no verb ("keep rates unchanged in June", "an unnamed buyer"):
	// there is no "to unchange", so they tell no tense
	"unchanged": true, "unnamed": true, "unidentified": true, "undisclosed": true, "unspecified": true,
	"unemployed": true, "unrelated": true, "unopposed": true, "unannounced": true, "unaffected": true,
	"unscheduled": true, "unresolved": true, "unsolved": true, "unsecured": true, "unused": true, "unharmed": true,
	"unmanned": true, "undecided": true, "unfounded": true, "unlimited": true, "unexplained": true}

// inSet reports whether the lower case of s is in set, without allocating.
func inSet(set map[string]bool, s string) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// bareIrregular are the verbs whose past is spelled as their base ("cut", "set", "hit"): the
// word alone tells no tense, its neighbours do (bareIrregularPast).
var bareIrregular = map[string]bool{"cut": true, "set": true, "put": true, "hit": true, "quit": true, "shut": true,
	"bid": true, "read": true, "let": true, "spread": true, "cost": true, "hurt": true, "split": true, "shed": true,
	"burst": true, "beat": true, "bet": true, "cast": true, "upset": true,
	"forecast": true, "broadcast": true, "offset": true, "reset": true, "undercut": true, "outbid": true}

// singularSubject are the pronouns with which a present verb takes -s: after them a bare
// irregular verb is past ("it cut", not "it cuts").
var singularSubject = map[string]bool{"he": true, "she": true, "it": true}

// bareIrregularPast reports whether the bare irregular verb at token k is a past: after a
// form of have ("has cut": a perfect, told as past), or after a singular subject, which a
// present would give -s ("the Fed cut rates", "it also cut", "Acme set a record"), unless a
// participle's preposition follows ("a summit set for April", "shares hit by losses"). After a
// modal, "to" or a form of be it is an infinitive or a participle whose auxiliary tells; after
// a plural or "they" it stays open; after a determiner it is a noun ("a cut", "the Fed cut").
func (m *matcher) bareIrregularPast(k int) bool {
	p := k - 1
	if p >= 0 && m.toks[p].kind == kWord && (m.toks[p].in(sBriefAdverbs) || strings.HasSuffix(strings.ToLower(m.toks[p].s), "ly")) {
		p-- // "it also cut", "the bank quietly cut"
	}
	if p < 0 || m.toks[p].kind != kWord || m.toks[p].sent != m.toks[k].sent {
		return false
	}
	if m.anyWord(k+1, "for", "to", "by") {
		return false // a participle: "a summit set for April", "the price cut to $5", "hit by"
	}
	w := m.toks[p].s
	if past, ok := m.relativeBarePast(p, k); ok { // "the floods that hit in July" (timex44.go)
		return past
	}
	if past, ok := m.whoBarePast(p, k); ok { // "Belle, who hit two home runs Sunday" (timex47.go)
		return past
	}
	if m.possessedBare(k) {
		return false // "the bailout's cost": a noun (timex58.go)
	}
	switch {
	case m.anyWord(p, "has", "have", "had", "having"):
		return true
	case inSet(singularSubject, w):
		return true
	case inSet(participleAux, w) || inSet(determiners, w) || m.toks[p].lex.kind != lxNone || inSet(notSubject, w):
		return false
	}
	// A noun: singular when it does not end in s ("the Fed", "the company", "Acme"), and
	// the subject when no determiner makes the verb a noun after it ("a Fed cut", "its
	// price cut").
	if l := strings.ToLower(w); strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
		// A plural subject: the present of a habit ("retailers typically cut prices in
		// January"), else news tells what they did ("investors cut their holdings in
		// January", "the Twins set a record Sunday").
		return !m.habitual(k, k+1)
	}
	return !(p > 0 && m.toks[p-1].kind == kWord && m.toks[p-1].in(sNounDeterminers))
}

// briefAdverbs stand between a subject and its verb without changing what the verb is.
var briefAdverbs = map[string]bool{"also": true, "just": true, "already": true, "again": true, "then": true, "once": true,
	"since": true, "later": true, "first": true, "last": true, "jointly": true}

// notSubject are the words before a verb that are no singular subject of it: pronouns of the
// plural, relative and question words, prepositions and conjunctions.
var notSubject = map[string]bool{"i": true, "we": true, "you": true, "they": true, "who": true, "which": true,
	"that": true, "what": true, "and": true, "or": true, "but": true, "not": true, "do": true, "does": true,
	"did": true, "of": true, "for": true, "with": true, "by": true, "from": true, "on": true, "at": true,
	"as": true, "than": true, "if": true, "when": true, "shall": true, "let": true, "make": true, "help": true,
	"didn't": true, "don't": true, "doesn't": true, "n't": true, "never": true, "rate": true, "price": true,
	"tax": true, "job": true, "budget": true, "cost": true, "spending": true, "interest": true}

// nounDeterminers before a noun make a bare irregular verb after that noun a noun too: "a
// Fed cut", "its price cut", "another rate cut".
var nounDeterminers = map[string]bool{"a": true, "an": true, "another": true, "its": true, "their": true, "his": true,
	"her": true, "any": true, "no": true, "this": true, "that": true, "each": true, "every": true}

// agreeingPresent reports whether word k is a verb in the present, as its agreement with its
// subject and the object after it show: "the station celebrates its anniversary", "Acme
// holds a vote", "union leaders plan a rally". The verb is followed by a determiner (its
// object), and is an -s form after a singular subject (he, she, it, a noun without s after a
// determiner, a name) or a bare form after a plural noun. A present so told looks ahead: "the
// station celebrates its anniversary on Saturday" is the coming Saturday.
func (m *matcher) agreeingPresent(k int) bool {
	sj := m.subjectBefore(k) // subjects.go
	if sj < 0 || k+1 >= len(m.toks) || m.toks[k].upper || m.toks[k].lex.kind != lxNone || m.toks[k+1].kind != kWord ||
		!m.toks[k+1].in(sObjectDeterminers) {
		return false
	}
	w, subj := strings.ToLower(m.toks[k].s), strings.ToLower(m.toks[sj].s)
	if len(w) < 4 || m.toks[sj].lex.kind != lxNone && !singularSubject[subj] || inSet(phrasePrepositions, w) || inSet(timePrepositions, w) {
		return false // "to pay its bills over the summer": a preposition is no verb
	}
	plural := func(s string) bool {
		return len(s) > 3 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") && !strings.HasSuffix(s, "is")
	}
	switch {
	case plural(w): // celebrates, holds
		if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") {
			return false
		}
		if singularSubject[subj] || m.coordinatedVerb(k) {
			return true
		}
		if plural(subj) || inSet(notSubject, subj) || inSet(determiners, subj) || strings.HasSuffix(subj, "ly") {
			return false
		}
		// A noun after a determiner ("the station"), or a name ("Acme").
		return m.toks[sj].upper || sj >= 1 && m.toks[sj-1].kind == kWord && m.toks[sj-1].in(sDeterminers)
	case plural(subj) && !m.toks[sj].upper: // leaders plan
		return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
	}
	return false
}

// coordinatedVerb reports whether the -s word k after "and" joins a second verb to a verb of
// its sentence told before it: "raised surcharges on Oct. 1 and plans another increase in
// January". Its subject is the first verb's.
func (m *matcher) coordinatedVerb(k int) bool {
	if !m.word(k-1, "and") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-14 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.toks[j].kind == kWord && infoTense(m.verbInfo(j)) != tenseNone && m.verbInfo(j)&vReporting == 0 {
			return true
		}
	}
	return false
}

// presentBeforeDate reports whether word k, a few words before the date at token start, is a
// verb in the present that has no object of its own, as news tells what is on the calendar:
// "the team plays Sunday", "she leaves for Paris Thursday", "the law takes effect Jan. 1", "he
// steps down Friday". It is an -s form after its singular subject (he, she, it, a name, or a
// noun without s after a determiner), at most a particle, a preposition, an adverb of place or
// "again" ("the team plays again Sunday", "plays at home Sunday") or one bare noun between it
// and the date, and no verb after the date in its clause: in "home sales Monday
// rose" the verb is "rose" and "sales" a noun.
func (m *matcher) presentBeforeDate(k, start int) bool {
	sj := m.subjectBefore(k) // subjects.go
	if start-k > 4 || sj < 0 || m.toks[k].upper || m.toks[k].lex.kind != lxNone {
		return false
	}
	w := m.toks[k].s // lower case: no name
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ous") || m.verbInfo(k)&(vPast|vFuture|vBe|vReporting) != 0 {
		return false
	}
	subj := m.toks[sj].s
	switch {
	case inSet(singularSubject, subj):
	case m.toks[sj].lex.kind != lxNone || inSet(notSubject, subj) || inSet(determiners, subj):
		return false
	case m.toks[sj].upper: // a name: "Acme reports Tuesday"
		if m.nameInPhrase(sj) || m.countedName(sj) {
			return false // "below Wall Street estimates Thursday", "38,000 Acme shares in March" (timex58.go): a noun of the name's phrase
		}
	case strings.HasSuffix(subj, "s") || strings.HasSuffix(subj, "ly"):
		return false
	default:
		if !(sj >= 1 && m.determinerAt(sj-1) || sj >= 2 && m.determinerAt(sj-2) && m.toks[sj-1].kind == kWord) { // timex79.go
			return false
		}
	}
	if m.verbBeforeObject(k) { // timex79.go
		return false
	}
	between := 0
	for j := k + 1; j < start; j++ {
		t := &m.toks[j]
		if t.kind != kWord || !m.anyWord(j, "down", "off", "up", "out", "in", "for", "to", "on", "at", "from", "into", "effect", "office",
			"again", "home", "away", "here", "there") && !t.upper {
			return false
		}
		between++
	}
	if between > 3 {
		return false
	}
	return m.noVerbAfter(start)
}

// nameInPhrase reports whether the name ending at token k is the object of a preposition
// ("below Wall Street", "than Acme", "at Goldman Sachs"): no subject, so an -s word after it is
// a noun of a compound ("below Wall Street estimates", "than Acme forecasts").
func (m *matcher) nameInPhrase(k int) bool {
	j := k
	for j > 0 && m.toks[j-1].kind == kWord && m.toks[j-1].upper && m.toks[j-1].clause == m.toks[k].clause {
		j--
	}
	return j > 0 && m.toks[j-1].kind == kWord && m.toks[j-1].in(sPhrasePrepositions)
}

// phrasePrepositions open a phrase whose noun is no subject.
var phrasePrepositions = map[string]bool{"below": true, "above": true, "than": true, "of": true, "for": true, "with": true,
	"by": true, "from": true, "at": true, "to": true, "into": true, "under": true, "over": true, "against": true,
	"beyond": true, "behind": true, "among": true, "versus": true, "vs": true, "like": true, "unlike": true, "about": true}

// timePrepositions open a phrase of time; after a plural noun they are no present verb ("its
// bills over the summer", "prices during the spring").
var timePrepositions = map[string]bool{"during": true, "through": true, "throughout": true, "after": true, "before": true,
	"until": true, "since": true, "within": true, "across": true, "around": true, "toward": true, "towards": true,
	"near": true, "past": true, "ahead": true}

// objectDeterminers open the object of a verb: after one, the word before is a verb and not
// a noun of a compound ("the station workers").
var objectDeterminers = map[string]bool{"the": true, "a": true, "an": true, "another": true, "its": true, "their": true, "his": true,
	"her": true, "our": true}

// noVerbAfter says whether no word with a tense of its own follows the date at token start in
// its clause, within seven words and before a punctuation mark or a clause word: a verb before
// the date is then the clause's ("the team plays Sunday"), where in "home sales Monday rose" the
// verb is "rose" (presentBeforeDate, phrasalPresent).
func (m *matcher) noVerbAfter(start int) bool {
	for j := start + 1; j < len(m.toks) && j < start+8 && m.toks[j].clause == m.toks[start].clause; j++ {
		if m.toks[j].kind == kPunct || m.toks[j].in(sClauseWords) {
			break
		}
		if m.toks[j].kind == kWord && infoTense(m.verbInfo(j)) != tenseNone {
			return false
		}
	}
	return true
}
