package timex

// Misreads of obituaries, executive profiles and company histories (timex68, batch
// heldout69): timelines, narrative anchors and the words of a life story.

// timelineYear reports whether the four digits at token i, glued to a colon, label an entry of
// a timeline ("1887: Samuel Harwick buys a sawmill", "March 2001: Harwick closes a mill"), a
// year, not a clock time ("1200:"). The label opens its line (after a month at most) and a
// capitalized word follows the colon; a text whose labels open with a zero ("0830:") keeps a
// log of the hours, and a year past the publication's by more than ten leaves them to the
// clock as well.
func (m *matcher) timelineYear(i int) bool {
	if !m.punct(i+1, ":") || !m.glued(i+1) || i+2 >= len(m.toks) || m.glued(i+2) || !m.toks[i+2].upper {
		return false
	}
	start := i
	if i > 0 && m.toks[i-1].lex.kind == lxMonth && !m.toks[i].brk {
		start = i - 1
	}
	if start > 0 && !m.toks[start].brk {
		return false
	}
	y := m.toks[i].num
	if y < 1600 || m.hasDoc && y > m.doc.Year()+10 {
		return false
	}
	return !m.hourLabels()
}

// hourLabels reports whether a line of the text opens with four digits that start with a zero
// and a colon: a log of the day's hours ("0830: Troops cross the river").
func (m *matcher) hourLabels() bool {
	for k := range m.toks {
		t := &m.toks[k]
		if (k == 0 || t.brk) && t.kind == kNum && t.ndig == 4 && t.s[0] == '0' && m.punct(k+1, ":") {
			return true
		}
	}
	return false
}

// yearEarlierNarrative is "a year earlier" told of the year the sentence before named, when
// the phrase opens its sentence or its clause is told in the pluperfect: "He joined the
// carrier in 1996. A year earlier, the company had bought two rivals", "She joined the bank in
// 1994. Her husband had left it a year earlier" (both the year before). The narrative is at
// that year, and what a year earlier tells lies before it, not before the telling; a
// comparison later in a sentence ("output was higher than a year earlier") keeps the
// telling's year, and ok is false.
func (m *matcher) yearEarlierNarrative(start, end int) (cand, bool) {
	st := m.story
	sent := m.toks[start].sent
	if st.gran != gYear || st.since || st.sent != sent-1 {
		return cand{}, false
	}
	opens := start == 0 || m.toks[start-1].sent != sent
	if !opens && m.pluperfect(start) < 0 {
		return cand{}, false
	}
	return cand{end: end, typ: "DATE", val: yearVal(st.t.Year() - 1), gran: gYear, by: ByStory}, true
}

// amountAfterThat reads "a year after that", "two years before that", "six months after
// that" (the pattern's span ends before "that"): a count of years, months or decades from the
// last one the text named, as "two years later" and "the year after that" are. "that" must end
// the phrase, before punctuation or a subject ("and a year after that she ran the company");
// "a year after that merger" names an event and is left. ok is false when it is no such
// phrase.
func (m *matcher) amountAfterThat(x *match, n, u int) (cand, bool) {
	if u != uYear && u != uMonth && u != uDecade || n > 50 || !m.anyWord(x.tok(2), "after", "before") || !m.word(x.end, "that") {
		return cand{}, false
	}
	end := x.end + 1
	if !m.phraseEnds(end) && !m.anyWord(end, "the", "he", "she", "it", "they", "we", "its", "his", "her", "their") {
		return cand{}, false
	}
	if m.word(x.tok(2), "before") {
		n = -n
	}
	if u == uMonth {
		return m.lastPeriod(end, x.tok(1), n)
	}
	if u == uDecade {
		n *= 10
	}
	return m.lastYearMoved(end, n)
}

// prospectsFuture reports whether "future" at token i is a noun of prospects after "no" or
// "little", ending its noun phrase: "told me a small mutual had no future", "saw little future
// for the mill", "there is no real future in it". Such a future is what becomes of something,
// as a possessed one is ("the unit's future"), and no time; "no future sales are planned"
// keeps the adjective's time ahead.
func (m *matcher) prospectsFuture(i int) bool {
	p := i - 1
	if m.anyWord(p, "real", "long", "bright", "great", "certain") {
		p--
	}
	if !m.anyWord(p, "no", "little") {
		return false
	}
	return i+1 >= len(m.toks) || m.toks[i+1].kind == kPunct || m.toks[i+1].in(sAfterOwnFuture)
}

// todayNowadays reports whether "Today" at token i, opening its sentence, is the present set
// against a past the story has told (PRESENT_REF), not the publication's day: "He took over in
// October 2004 ... Today, Pell River runs 1,900 tractors", "The bridge opened in 1931. Today it
// carries 9,000 cars a day". The story named a year at least three years before the telling
// within the five sentences before, and the clause after "Today" states what something has or
// does with a figure, by a present of state (has, employs, runs, carries); "Today she teaches
// children", without a figure, and "Today the company said it earned $5 million" keep the day.
func (m *matcher) todayNowadays(i int) bool {
	t := &m.toks[i]
	if !t.upper || i > 0 && m.toks[i-1].sent == t.sent || !m.hasDoc || m.lastYear == 0 ||
		m.lastYear > m.doc.Year()-3 || t.sent-m.lastYearSent > 5 || t.sent == m.lastYearSent {
		return false
	}
	verb := false
	for k := i + 1; k < len(m.toks) && m.toks[k].sent == t.sent && k <= i+12; k++ {
		switch {
		case !verb && m.toks[k].kind == kWord && inSet(presentOfState, m.toks[k].s):
			verb = true
		case !verb && m.toks[k].kind == kWord && m.verbInfo(k)&(vPast|vFuture) != 0:
			return false
		case verb && (m.toks[k].kind == kNum || m.toks[k].lex.kind == lxNumber):
			return true
		}
	}
	return false
}

// presentOfState are the presents that tell what a company, a place or a person has or does
// as a matter of course, the verbs of "Today it employs 4,000 people".
var presentOfState = map[string]bool{"has": true, "have": true, "employs": true, "employ": true, "runs": true,
	"operates": true, "owns": true, "carries": true, "sells": true, "makes": true, "serves": true, "counts": true,
	"holds": true, "controls": true, "produces": true, "ships": true, "is": true, "are": true}

// sourceNotTerm reports whether the word of comparison nearest before "last year" at token i
// opens a noun phrase of no figure and no period ("turned down an offer from a larger carrier
// last year", "won a contract with a state agency last year"): a source or a partner, not the
// term of a comparison, so "last year" is the year the deal was made, not a results story's
// quarter a year back. A figure ("from $264 million last year"), a period ("compared with the
// first quarter last year") or nothing ("compared with last year") between keep the term.
func (m *matcher) sourceNotTerm(i int) bool {
	sent := m.toks[i].sent
	k := i - 1
	for ; k >= 0 && m.toks[k].sent == sent; k-- {
		if m.toks[k].kind == kWord && m.toks[k].in(sComparisonWords) {
			break
		}
	}
	if k < 0 || m.toks[k].sent != sent || k == i-1 {
		return false
	}
	for j := k + 1; j < i; j++ {
		t := &m.toks[j]
		switch {
		case t.kind == kNum || t.kind == kAlnum || t.lex.kind == lxNumber || t.lex.kind == lxUnit || t.lex.kind == lxOrdinal:
			return false
		case t.kind == kPunct && (t.s == "$" || t.s == "%" || t.s == "," || t.s == "€" || t.s == "£"):
			return false
		case t.kind == kWord && inSet(periodNouns68, t.s):
			return false
		}
	}
	return m.anyWord(k+1, "a", "an", "the", "its", "his", "her", "their")
}

// periodNouns68 name a period or a level that a comparison's term may be without a figure.
var periodNouns68 = map[string]bool{"quarter": true, "period": true, "half": true, "month": true,
	"levels": true, "level": true, "percent": true, "cents": true, "pace": true, "results": true}

// reportedInMonth reports whether the month the sentence of token i named is when a quarter's
// figure was reported, not the figure's period: "It reported first-quarter net income of
// $4.2 million in April, down from $6.1 million a year earlier", "posted a third-quarter
// loss of $3 million in November, against a profit a year earlier". The sentence names the
// quarter before the month, after a verb of reporting, and the month follows the figure
// after "in"; "a year earlier" then compares the quarter, as it does where no month is told.
// "Sales in April rose 3% from a year earlier" keeps the month's figure.
func (m *matcher) reportedInMonth(i int) bool {
	sent := m.toks[i].sent
	if m.lastQuarter == 0 || m.lastQuarterSent != sent || m.lastQuarterTok >= m.lastMonthTok || m.lastMonthTok >= i {
		return false
	}
	mo := m.lastMonthTok
	if !m.word(mo-1, "in") || !(m.toks[mo-2].kind == kNum || m.anyWord(mo-2, "million", "billion", "cents")) {
		return false
	}
	for k := m.lastQuarterTok - 1; k >= 0 && m.toks[k].sent == sent; k-- {
		if m.anyWord(k, "reported", "posted", "announced", "disclosed", "released") {
			return true
		}
	}
	return false
}

// sayingPresentDay reports whether the weekday at [i, j) dates a saying told in the present
// of a headline or a timeline, which is done by the telling: "Harwick says Wednesday it will
// close the mill", and a timeline's last line "Wednesday: Harwick says the mill will close".
// The saying verb stands right before the day ("on" between allowed), or, for a day that
// labels its line before a colon, comes first among the verbs after it. A verb of saying has
// no schedule ("will say Wednesday" keeps its future, and "reports results Wednesday", a
// schedule's verb, is not one of them).
func (m *matcher) sayingPresentDay(i, j int) bool {
	k := i - 1
	if m.word(k, "on") {
		k--
	}
	if k >= 0 && m.toks[k].clause == m.toks[i].clause && m.toks[k].kind == kWord && inSet(presentSayings, m.toks[k].s) {
		return true
	}
	if i > 0 && !m.toks[i].brk || !m.punct(j, ":") || !m.glued(j) {
		return false
	}
	for k := j + 1; k < len(m.toks) && k <= j+8 && m.toks[k].sent == m.toks[j].sent; k++ {
		if m.toks[k].kind != kWord {
			continue
		}
		if inSet(presentSayings, m.toks[k].s) {
			return true
		}
		if m.verbInfo(k)&^vKnown != 0 {
			return false
		}
	}
	return false
}

// presentSayings are the presents of verbs of saying, which date the saying and schedule
// nothing.
var presentSayings = map[string]bool{"says": true, "tells": true, "warns": true, "insists": true, "admits": true,
	"concedes": true, "acknowledges": true, "confirms": true}
