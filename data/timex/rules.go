package timex

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/eventline/eventline/internal/isodate"
)

// matcher runs the rules over the tokens of one text.
type matcher struct {
	text string
	toks []token
	ref  Reference
	off  []bool // rules switched off, by registry index; nil for none

	scratch [4]match // pattern matches, one per nesting level of best (deeper ones allocate)
	depth   int
	found   []Expr     // run's expressions before they are copied out; kept by the pool
	vinfo   []uint8    // verbInfo of the tokens, computed on first use
	aside   [][2]int32 // per token, the aside that holds it (asideOf), computed on first use
	hasDoc  bool
	doc     time.Time // the publication day at midnight UTC

	// The last tenses tenseCue read, by their keys, and the entry the next one replaces.
	tenses    [4]tenseRead
	nextTense int

	// The last quarter, month and year the text named, for "later that year", "the quarter",
	// "the year-earlier period".
	lastQuarter, lastMonth, lastYear       int // year*4 + quarter-1, year*12 + month-1, year; 0 when none
	lastQuarterSent                        int // the sentence of the last quarter named
	lastQuarterTok                         int // the first token of the last quarter named (timex61.go)
	lastEnded                              int // the last quarter named that had ended by the publication (as lastQuarter)
	lastEndedBy                            string
	lastHalf, lastHalfSent                 int // the last half named (year*2 + half-1) and its sentence
	lastHalfBy                             string
	lastQuarterBy, lastMonthBy, lastYearBy string
	lastMonthTok                           int // the last token of the last month or day named
	lastMonthSent, lastYearSent            int // the sentences that named them
	lastFiscal                             int // the last fiscal year named ("fiscal 2008"), for "the fiscal second quarter"
	lastFiscalBy                           string
	fiscalRead                             bool     // fiscalEnd and fiscalEndTok are set (fiscalYearEnd)
	fiscalEnd, fiscalEndTok                int      // the month the fiscal year ends in, where the text says it
	fiscalAhead                            bool     // a period that calls itself fiscal is asking: its calendar may come after it (fiscalYearEnd)
	fiscalHeld                             int      // the fiscal year that holds the publication, when a named one's first or last month dates it (fiscalYearEnd)
	fiscalFrom, fiscalTo                   int      // the tokens the stated calendar holds for: the story's item that states it (timex46.go)
	fiscal38                               fiscal38 // the fiscal periods named (timex38.go)
	twoYearFiscal                          int8     // the text names fiscal years by the two years they straddle: 0 unread, 1 no, 2 yes (timex57.go)
	twoYearCrop                            int8     // the text names a crop or marketing year so, as twoYearFiscal (timex69.go)

	// The quarter a results story's "for the quarter" was inferred to report (year*4 +
	// quarter-1, 0 when none) and its sentence: only "the year-ago period" compares with it
	// (lead12.go).
	inferredQuarter, inferredQuarterSent int

	// The quarter a results story's lede reports (as lastQuarter, 0 when none), its sentence
	// and how it was resolved: the figures of a later paragraph compare with it (timex64.go).
	ledeQuarter, ledeQuarterSent int
	ledeQuarterBy                string

	// The last month named as a month, not as a bound, a term of comparison or in an aside
	// (figureTerm), and its sentence: the month of a monthly report's figures, for "the month"
	// ("sales fell 2% in the month").
	figMonth, figMonthSent int
	// The quarter of the last sentence's figure (as lastQuarter): the first quarter it named,
	// when a later one is the quarter before it, a comparison's term (normComparable).
	figQuarter, figQuarterSent int
	// The last season named with its year (year*4 + season, spring 0) and its sentence, for
	// "the following fall" after "the spring of 1944".
	lastSeason, lastSeasonSent int
	exprStart                  int // the first token of the expression being remembered

	story    story // the last day, month or year the text named, for resolve's story rule
	lastDay  story // the last day the text named, for "the same day" past a month named since
	eventDay story // the last day named that no reporting verb dates (timex44.go)
	newsDay  bool  // the text has named a day by the publication: the telling's week is set

	// The first token of the last day's expression, and the year of a day a named day renames
	// in apposition, for the holiday read inside another phrase (timex48.go).
	lastDayTok, apposYear int
	// The time each kind of happening the text dated was told at ("The robbery took place on
	// Dec. 20, 1996", "the Aug. 7 blast"), by its kind (eventKinds), for "the year after the
	// robbery" (timex48.go).
	toldEvents map[string]story

	// The last decade the text named (its TIMEX3 value, 197) and its sentence (rememberDecade).
	lastDecade, lastDecadeSent, lastDecadeTok int

	// The last week a figure was given for, its Monday, sentence and last token (timex37.go).
	lastWeek                  time.Time
	lastWeekSent, lastWeekTok int

	// The year a sentence named before a day that dates its saying ("'No one wants to relive
	// 1995,' the whip said today"), for "that winter" after it (timex52.go).
	toldOver yearRef

	// The last quarter named relative to the telling ("the prior quarter"), as lastQuarter,
	// while no quarter named since replaced it (timex53.go).
	deicticQuarter int
}

// story is the time a narrative is at: the last day, month or year the text named, and the
// sentence that named it.
type story struct {
	t    time.Time // the day, or the first day of the month or year
	gran string    // gDay, gMonth or gYear; "" before any
	sent int
	tok  int // the last token of a year's expression (historyYear reads where it stands)
	// since is set for a year named after "since" ("its first loss since 1995"): the bound
	// of a span that runs to the telling, not a time the sentence is told at
	since bool
	// event is set for a year an event is said to be in ("The last recount was in 1978"): what
	// the next sentence's "It" tells goes on about that event
	event bool
	// done is the first token of a date a past verb with "last" tells ("last got a raise in
	// July 1996"), 0 otherwise: a clause after it is told from the telling (timex56.go)
	done int
}

// cand is what a rule found: the tokens [start, end) and the normalized expression.
type cand struct {
	end                 int
	rule                int // index in the registry of the rule that found it
	typ, val, gran, mod string
	by                  string
	aside               bool // a comparison ("the year-ago period"), not the story's time
	fiscal              bool // a fiscal year or a period of one: the story's fiscal year
	skip                int  // leading tokens matched but left out of the extent ("at" of "at present")
}

func newMatcher(text string, toks []token, ref Reference, off []bool) *matcher {
	m := matchers.Get().(*matcher)
	*m = matcher{text: text, toks: toks, ref: ref, off: off, found: m.found}
	if !ref.DocDate.IsZero() {
		y, mo, d := ref.DocDate.Date()
		m.doc, m.hasDoc = date(y, int(mo), d), true
	}
	return m
}

// matchers hold matchers done with (release): a matcher is a kilobyte, and an article's title
// and body each took two, a fifth of the bytes extraction allocated.
var matchers = sync.Pool{New: func() any { return new(matcher) }}

// release gives m to the next newMatcher; m must not be used after.
func (m *matcher) release() {
	found := m.found
	if cap(found) > maxPooledFound {
		found = nil
	}
	*m = matcher{found: found}
	matchers.Put(m)
}

// maxPooledFound bounds the expressions a pooled matcher's found keeps room for.
const maxPooledFound = 1024

// run returns the text's expressions. They are gathered in m.found, which the pooled matcher
// keeps, and copied out once: grown from nothing, a text's list of 144-byte expressions was
// allocated three or four times over, 9% of the bytes extraction allocated.
func (m *matcher) run() []Expr {
	out := m.found[:0]
	defer func() {
		clear(out) // the pool holds no expression's strings
		m.found = out[:0]
	}()
	for i := 0; i < len(m.toks); {
		t := &m.toks[i]
		if t.lex.kind == lxNone && t.kind != kNum && t.kind != kAlnum && t.s != "'" && t.s != "’" {
			i++
			continue
		}
		c, ok := m.match(i)
		if !ok {
			i++
			continue
		}
		out = append(out, m.expr(i, c))
		m.exprStart = i
		m.remember(c)
		m.rememberWeek(c)           // timex37.go
		m.rememberDeicticQuarter(c) // timex53.go
		if c2, ok := m.secondDay(i, c); ok {
			out = append(out, m.expr(c.end+1, c2))
			i = c2.end
			continue
		}
		i = c.end
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// secondDay reads the day that shares the month of a date found at token i: "April 24 and
// 25", "May 3-4".
func (m *matcher) secondDay(i int, c cand) (cand, bool) {
	if !(c.gran == gDay && len(c.val) == 10 && m.anyWord(c.end, "and", "or", "to", "through") || m.isHyphen(c.end)) {
		return cand{}, false
	}
	d, ok := m.dayNumAt(c.end + 1)
	if !ok && m.isHyphen(c.end) && m.dayRangeStart(c.end-1) {
		d, ok = m.toks[c.end+1].num, true // "Oct. 24-27": the range's end (timex53.go)
	}
	if !ok || m.kind(c.end+2) == lxMonth || m.kind(c.end+2) == lxUnit || m.isHyphen(c.end+2) || m.punct(c.end+2, "/") {
		return cand{}, false
	}
	day, ok := parseDay(c.val)
	if !ok || i+1 >= len(m.toks) || m.toks[i].lex.kind != lxMonth {
		return cand{}, false
	}
	y, end := day.Year(), c.end+2
	if yy, e, ok := m.yearAfterDays(c.end); ok {
		y, end = yy, e // "June 10-12, 1998": the year dates both days (timex53.go)
	}
	dd, ok := validDay(y, int(day.Month()), d)
	if !ok {
		return cand{}, false
	}
	c.val, c.end = dayVal(dd), end
	return c, true
}

// remember keeps the day, month, quarter and year of a DATE for the anaphors and the story
// rule after it.
func (m *matcher) remember(c cand) {
	if c.typ != "DATE" || c.aside || c.by == ByUnresolved || c.mod != "" && c.mod != "START" && c.mod != "MID" && c.mod != "END" {
		return
	}
	v, sent := c.val, m.toks[c.end-1].sent
	// "The robbery took place on Dec. 20, 1996" (timex48.go)
	m.rememberToldEvent(c, sent)
	if m.comparedQuarter(v, sent) || m.fiscalAlias(c, sent) { // timex38.go
		return
	}
	if c.fiscal && len(v) >= 4 {
		m.lastFiscal, m.lastFiscalBy = atoiCap(v[:4]), c.by
	}
	switch {
	case len(v) >= 10:
		if d, ok := parseDay(v[:10]); ok {
			if c.gran == gDay && c.by == ByPublication && absDays(d, m.doc) <= 7 {
				m.newsDay = true // a day of the telling's week: "said Wednesday", "yesterday"
			}
			m.rememberMonth(d, gDay, sent, c.by)
			m.lastMonthTok = c.end - 1
			m.monthsEndedQuarter(d, gDay, sent, c.by) // timex46.go
		}
	case len(v) == 7 && v[4] == '-' && isDigit(v[5]):
		if t, err := isodate.Month(v); err == nil {
			m.rememberMonth(t, gMonth, sent, c.by)
			m.lastMonthTok = c.end - 1
			m.monthsEndedQuarter(t, gMonth, sent, c.by) // timex46.go
			if a, b := m.asideOf(c.end - 1); a == b && !m.figureTerm(m.exprStart) && !m.monthTerm(c) {
				// not a bound, a comparison's term, nor in an aside ("GDP, which fell in
				// November, rose in December")
				m.figMonth, m.figMonthSent = t.Year()*12+int(t.Month())-1, sent
			}
		}
	default:
		m.rememberDecade(v, sent, c.end-1)
		m.rememberYear(v, sent, c.end-1, c.by)
	}
}

// rememberMonth keeps a day or a month (its first day t) as the story's time, its month and
// its year.
func (m *matcher) rememberMonth(t time.Time, gran string, sent int, by string) {
	if gran == gDay && m.sayingFlashback(m.exprStart, t) {
		return // "took the stand Tuesday and said he fired on March 22" (timex48.go)
	}
	m.story = story{t: t, gran: gran, sent: sent, since: m.sinceBound(m.exprStart), done: m.lastDoneAt(m.exprStart)} // a span's bound is no narrative's time (timex35.go)
	if gran == gDay {
		m.lastDay, m.lastDayTok = m.story, m.exprStart
		if !m.toldDayAt(m.exprStart) {
			m.eventDay = m.story
		}
	}
	m.keepYearUnderTold(t, gran, sent) // timex52.go
	m.lastMonth, m.lastMonthBy, m.lastMonthSent = t.Year()*12+int(t.Month())-1, by, sent
	m.lastYear, m.lastYearBy, m.lastYearSent = t.Year(), by, sent
}

// sinceBound says whether the expression at start bounds a span after "since", right after it
// or through a determiner that makes the date a mark's ("since its March 2020 low", "since the
// 2008 crisis", "since their 2021 peak"): the span reaches the telling, so the date is no
// narrative's time.
func (m *matcher) sinceBound(start int) bool {
	if m.anyWord(start-1, "its", "their", "the", "his", "her", "our", "a", "an") {
		start--
	}
	return m.word(start-1, "since")
}

// rememberYear keeps the year of a value that starts with one (a year, a quarter, a half, a
// season), a year as the story's time, and a quarter.
func (m *matcher) rememberYear(v string, sent, tok int, by string) {
	if len(v) < 4 || !isDigit(v[0]) || !isDigit(v[1]) || !isDigit(v[2]) || !isDigit(v[3]) || len(v) > 4 && v[4] != '-' {
		return
	}
	m.lastYear, m.lastYearBy, m.lastYearSent = atoiCap(v[:4]), by, sent
	m.toldOver = yearRef{}
	if len(v) == 4 {
		m.story = story{t: date(m.lastYear, 1, 1), gran: gYear, sent: sent, tok: tok, since: m.sinceBound(m.exprStart),
			event: m.word(m.exprStart-1, "in") && m.anyWord(m.exprStart-2, "was", "were"), done: m.lastDoneAt(m.exprStart)}
	}
	if len(v) == 7 {
		for s, code := range seasonCodes {
			if v[5:] == code {
				m.lastSeason, m.lastSeasonSent = m.lastYear*4+s, sent
				m.seasonStory(s, sent, tok, by) // timex46.go
			}
		}
	}
	if len(v) == 7 && v[5] == 'H' && (v[6] == '1' || v[6] == '2') {
		m.lastHalf, m.lastHalfSent, m.lastHalfBy = m.lastYear*2+int(v[6]-'1'), sent, by
	}
	if len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' {
		m.rememberQuarter(m.lastYear*4+int(v[6]-'1'), sent, by)
	}
}

// rememberQuarter keeps quarter q (year*4 + quarter-1), named in sentence sent, as the last
// quarter named and, unless it is a comparison's term, as the quarter of the sentence's figure.
func (m *matcher) rememberQuarter(q, sent int, by string) {
	if !m.keepFigureQuarter(q, sent, m.exprStart) {
		// the quarter of the sentence's figure, unless this one is the quarter just before
		// it ("in the third quarter, up from ... in the second quarter"), a comparison's
		m.figQuarter, m.figQuarterSent = q, sent
	} else {
		m.figQuarterSent = sent // the figure's quarter, kept through its term's sentence
	}
	m.lastQuarter, m.lastQuarterBy = q, by
	m.lastQuarterSent, m.lastQuarterTok = sent, m.exprStart
	m.rememberLede(q, sent, by) // timex64.go
	if m.hasDoc && quarterEnded(m.lastQuarter, m.doc) {
		m.lastEnded, m.lastEndedBy = m.lastQuarter, by
	}
}

// figureTerm reports whether the expression at token i is a bound ("since February 1988") or
// the term a figure is compared with ("up from $3 billion in January", "above the December 1985
// level", "against 3.97 billion in January"): a word of comparison, "than" or "since" before it
// in its clause, at most ten tokens back.
func (m *matcher) figureTerm(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10 && m.toks[k].sent == m.toks[i].sent; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && (t.s == "," || t.s == ";" || t.s == ":") {
			return false
		}
		if t.kind == kWord && (t.in(sComparisonWords) && !eqFold(t.s, "with") && !eqFold(t.s, "over") || eqFold(t.s, "since") || eqFold(t.s, "than")) {
			return true
		}
	}
	return false
}

// comparedQuarter reports whether the quarter value v, named in sentence sent, is the same
// quarter a year before the one the text has just named (in that sentence or the one before):
// a results story's comparison ("up 18% from $350 million in the second quarter of fiscal
// 2023"), an aside as "the year-ago quarter" is, which leaves the story's quarter as it was.
func (m *matcher) comparedQuarter(v string, sent int) bool {
	if len(v) != 7 || v[4] != '-' || v[5] != 'Q' || v[6] < '1' || v[6] > '4' || m.lastQuarter == 0 {
		return false
	}
	q := atoiCap(v[:4])*4 + int(v[6]-'1')
	d := sent - m.lastQuarterSent
	return q == m.lastQuarter-4 && d >= 0 && d <= 1
}

// quarterEnded reports whether quarter q (year*4 + quarter-1) ended before day t.
func quarterEnded(q int, t time.Time) bool {
	return date(q/4, (q%4+1)*3+1, 1).AddDate(0, 0, -1).Before(t)
}

func (m *matcher) expr(i int, c cand) Expr {
	switch {
	case c.typ == "DURATION" && c.by == "":
		c.by = ByAbsolute // a length needs no reference
	case c.by == ByPublication && !m.hasDoc:
		c.by = ByUnresolved // PRESENT_REF and the like, with nothing to refer to
	}
	first, last := &m.toks[i+c.skip], &m.toks[c.end-1]
	return Expr{
		Text: m.text[first.bs:last.be], Start: first.rs, End: last.re, ByteStart: first.bs, ByteEnd: last.be,
		Type: c.typ, Value: c.val, Granularity: c.gran, Mod: c.mod, ResolvedBy: c.by, Rule: registry[c.rule].name,
	}
}

// match returns the longest candidate starting at token i.
func (m *matcher) match(i int) (cand, bool) { return m.best(i, false) }

// Token helpers; all are safe past the end of the text.

func (m *matcher) word(i int, w string) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == kWord && eqFold(m.toks[i].s, w)
}

// anyWord says whether token i is a word equal to one of ws (lower case) in any case. The token
// is checked once, not once for each of ws: rules ask it of most tokens.
func (m *matcher) anyWord(i int, ws ...string) bool {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kWord {
		return false
	}
	s := m.toks[i].s
	for _, w := range ws {
		if eqFold(s, w) {
			return true
		}
	}
	return false
}

func (m *matcher) punct(i int, p string) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == kPunct && m.toks[i].s == p
}

// glued reports whether token i follows the previous one without space.
func (m *matcher) glued(i int) bool { return i > 0 && i < len(m.toks) && !m.toks[i].space }

func (m *matcher) kind(i int) int {
	if i < 0 || i >= len(m.toks) {
		return lxNone
	}
	return int(m.toks[i].lex.kind)
}

// isHyphen says whether token i is a hyphen or a dash that joins words; the token is checked
// once, not once for each of the three.
func (m *matcher) isHyphen(i int) bool {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kPunct || m.listDash(i) { // timex66.go
		return false
	}
	switch m.toks[i].s {
	case "-", "–", "‐":
		return true
	}
	return false
}

// plainNum reports whether token i is a standalone number of at most maxDigits digits: not
// part of 3.4, 2,000, $29, 15%, 555-1234 or a version string.
func (m *matcher) plainNum(i, maxDigits int) bool {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kNum || m.toks[i].ndig > maxDigits {
		return false
	}
	return !m.numJoinedBefore(i) && !m.numJoinedAfter(i) && !m.anyWord(i+1, "percent", "per")
}

// numJoinedBefore reports whether the number at token i is glued to what precedes it: a
// currency or a sign ("$29", "#3"), the end of another number ("3.4", "2,000", "555-1234"),
// a word or a code ("A320").
func (m *matcher) numJoinedBefore(i int) bool {
	if i == 0 || !m.glued(i) {
		return false
	}
	switch m.toks[i-1].s {
	case "$", "€", "£", "¥", "#", "+", "=":
		return true
	case ".", ",", ":", "/", "-", "–":
		if i > 1 && m.glued(i-1) && m.toks[i-2].kind == kNum {
			return true
		}
	}
	return m.toks[i-1].kind == kWord || m.toks[i-1].kind == kAlnum
}

// numJoinedAfter reports whether the number at token i is glued to what follows it: a percent
// or a currency, the rest of a number ("3.4", "4x4"), a word.
func (m *matcher) numJoinedAfter(i int) bool {
	j := i + 1
	if j >= len(m.toks) || !m.glued(j) {
		return false
	}
	switch m.toks[j].s {
	case "%", "$", "€", "£":
		return true
	case ".", ",", ":", "/", "-", "–", "x":
		if m.glued(j+1) && j+1 < len(m.toks) && (m.toks[j+1].kind == kNum || m.toks[j+1].kind == kAlnum) {
			return true
		}
	}
	return m.toks[j].kind == kWord
}

// countNouns follow numbers that are counts, not years: "2000 people".
var countNouns = map[string]bool{
	"people": true, "persons": true, "men": true, "women": true, "children": true, "troops": true, "soldiers": true,
	"workers": true, "employees": true, "jobs": true, "units": true, "shares": true, "dollars": true, "euros": true,
	"miles": true, "kilometers": true, "km": true, "feet": true, "meters": true, "tons": true, "pounds": true,
	"votes": true, "copies": true, "customers": true, "users": true, "servers": true, "machines": true, "cases": true,
	"deaths": true, "times": true, "points": true, "students": true, "members": true, "residents": true,
	"refugees": true, "police": true, "officers": true, "cars": true, "homes": true, "houses": true, "acres": true,
	"barrels": true, "yards": true, "rounds": true, "lines": true, "pages": true, "words": true, "licenses": true,
	"seats": true, "delegates": true, "passengers": true, "patients": true, "visitors": true, "companies": true,
	"rpm": true, "mhz": true, "mb": true, "gb": true, "kb": true,
}

// yearAt reports whether token i is a year: four digits, 1000 to 2099, standing alone or in a
// range ("1991-97", "1998-2003").
func (m *matcher) yearAt(i int) (int, bool) {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kNum || m.toks[i].ndig != 4 {
		return 0, false
	}
	if !m.plainNum(i, 4) && !m.yearRange(i) || m.seasonRangeEnd(i) { // timex39.go
		return 0, false
	}
	y := m.toks[i].num
	if y < 1000 || y > 2099 && !m.farYear(i, y) || m.nameOrCount(i, y) { // farYear: timex41.go
		return 0, false
	}
	return y, true
}

// nameOrCount reports whether the four digits y at token i are something else than a year:
// a name ("Windows Server 2008", "Office 2007"; capitalized words the lexicon knows, "April",
// "Summer", "Fiscal", and sentence-initial prepositions do take a year), a count ("2000
// people", "about 1000"), a time ("1200:").
func (m *matcher) nameOrCount(i, y int) bool {
	if p := i - 1; p >= 0 && m.toks[p].kind == kWord && m.toks[p].upper && m.toks[p].lex.kind == lxNone && !m.glued(i) &&
		!yearPrepositions[strings.ToLower(m.toks[p].s)] {
		return true
	}
	if j := i + 1; j < len(m.toks) && m.toks[j].kind == kWord && !m.toks[j].upper && countNouns[strings.ToLower(m.toks[j].s)] {
		return true
	}
	if y%100 == 0 && m.anyWord(i-1, "than", "some", "about", "nearly", "almost", "approximately", "roughly", "over", "least", "only", "just") {
		return true
	}
	return m.punct(i+1, ":") && m.glued(i+1) && !m.timelineYear(i) // timex68.go
}

// yearPrepositions may stand, capitalized, before a year.
var yearPrepositions = map[string]bool{"in": true, "since": true, "until": true, "during": true, "from": true,
	"before": true, "after": true, "through": true, "throughout": true, "of": true, "and": true, "or": true,
	"circa": true, "to": true, "for": true, "fy": true, "as": true, "at": true, "on": true, "but": true, "year": true,
	// A holiday's eve takes its year as "Day" does: "Christmas Eve 1949", "New Year's Eve 1999".
	"eve": true}

// yearRange reports whether token i is either year of a range: 1991-97, 1998-2003.
func (m *matcher) yearRange(i int) bool {
	if m.isHyphen(i+1) && m.glued(i+1) && m.glued(i+2) && i+2 < len(m.toks) && m.toks[i+2].kind == kNum && !m.rangeGoesOn(i+3) &&
		!(i > 0 && m.glued(i) && m.toks[i-1].kind != kPunct) && m.rangeEnd(i, i+2) {
		return true
	}
	return i >= 2 && m.isHyphen(i-1) && m.glued(i) && m.glued(i-1) && m.toks[i-2].kind == kNum && m.toks[i-2].ndig == 4 &&
		!m.rangeGoesOn(i+1) && m.rangeEnd(i-2, i)
}

// rangeEnd reports whether the number at token b ends a range of years from the year at token
// a: later, by at most fifty years, in two digits ("97") or four.
func (m *matcher) rangeEnd(a, b int) bool {
	t, u := &m.toks[a], &m.toks[b]
	y2 := u.num
	switch u.ndig {
	case 2:
		y2 += t.num / 100 * 100
		if y2 <= t.num {
			y2 += 100
		}
	case 4:
	default:
		return false
	}
	return u.kind == kNum && y2 > t.num && y2-t.num <= 50
}

// rangeGoesOn reports whether a range of numbers goes on at token k: 1-2-3, 1998-99-00.
func (m *matcher) rangeGoesOn(k int) bool {
	return m.glued(k) && k < len(m.toks) && (m.isHyphen(k) || m.punct(k, "/") || m.toks[k].kind != kPunct)
}

// dayNumAt reports whether token i is a day of month: 1..31, "13" or "13th".
func (m *matcher) dayNumAt(i int) (int, bool) {
	if i >= len(m.toks) {
		return 0, false
	}
	t := &m.toks[i]
	switch t.kind {
	case kNum:
		if t.ndig <= 2 && t.num >= 1 && t.num <= 31 && (m.plainNum(i, 2) || m.dayRangeStart(i) || m.dayRangeEndBeforeMonth(i)) { // "Oct. 24-27", "24-27 October" (timex53.go)
			return t.num, true
		}
	case kAlnum:
		suf := strings.ToLower(t.s[t.ndig:])
		if t.ndig <= 2 && t.num >= 1 && t.num <= 31 && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
			return t.num, true
		}
	}
	return 0, false
}

// amountAt parses a count: "3", "three", "twenty-five", "a", "an", "a few", "several".
// n is -1 for unspecified counts. end is the next token.
func (m *matcher) amountAt(i int) (n, end int, ok bool) {
	if i < 0 || i >= len(m.toks) {
		return 0, i, false
	}
	t := &m.toks[i]
	switch {
	case t.kind == kNum && m.plainNum(i, 3) && !m.glued(i+1):
		return t.num, i + 1, true
	case t.kind == kNum && m.plainNum(i, 3) && m.isHyphen(i+1) && m.kind(i+2) == lxUnit:
		return t.num, i + 1, true
	case t.lex.kind == lxNumber:
		return m.wordAmount(i)
	case m.word(i, "a") || m.word(i, "an"):
		if m.word(i+1, "few") || m.word(i+1, "couple") {
			return -1, m.skipWord(i+2, "of"), true // "a few", "a couple of"
		}
		return 1, i + 1, true
	case m.anyWord(i, "several", "few", "many", "some"):
		return -1, i + 1, true
	}
	return 0, i, false
}

// wordAmount reads a number in words at token i: "three", "twenty-five".
func (m *matcher) wordAmount(i int) (n, end int, ok bool) {
	n = m.toks[i].lex.val
	if n >= 20 && n < 100 && m.isHyphen(i+1) && m.kind(i+2) == lxNumber && m.toks[i+2].lex.val < 10 {
		return n + m.toks[i+2].lex.val, i + 3, true
	}
	return n, i + 1, true
}

// skipWord is the token after i when token i is the word w, else i.
func (m *matcher) skipWord(i int, w string) int {
	if m.word(i, w) {
		return i + 1
	}
	return i
}

// unitAt reports whether token i is a time unit.
func (m *matcher) unitAt(i int) (u int, plural, ok bool) {
	if m.kind(i) != lxUnit {
		return 0, false, false
	}
	e := m.toks[i].lex
	return e.val, e.plural, true
}

// offset is the period of unit as (unit when 0) that holds the reference moved by off units:
// "yesterday" is ref - 1 day, "last week" this - 1 week, "two decades ago" ref - 2 decade as a
// year. The rule leaves it underspecified; resolve settles it.
func (m *matcher) offset(end, unit, off, as int) (cand, bool) {
	n := need{kind: needOffset, unit: unit, off: off, as: as}
	return m.resolve(cand{end: end, typ: "DATE", gran: unitGran[n.asUnit()]}, n)
}

// offsetIn is a month or a period (per months long) of the year moved by off from the
// reference's: "February next year" (this + 1 year in -02), "the third quarter of last year".
func (m *matcher) offsetIn(end, off, within, per int, gran string) (cand, bool) {
	return m.resolve(cand{end: end, typ: "DATE", gran: gran}, need{kind: needOffset, unit: uYear, off: off, within: within, b: per})
}

// decadeInWords reads a decade word after early, mid or late (modifier v at token i, the
// decade at j) when an article stands before: "the late seventies", "the mid-eighties". Alone
// (decade-word) it wants "the" before it; with a possessive it is an age ("his late nineties").
func (m *matcher) decadeInWords(i, j, v int) (cand, bool) {
	d, ok := m.decadeAt(j)
	if !ok || m.toks[j].kind != kWord || v != mEarly && v != mLate && v != mMid || !m.word(i-1, "the") {
		return cand{}, false
	}
	return cand{end: j + 1, typ: "DATE", val: itoa(d), gran: gDecade, by: ByAbsolute}, true
}

// modValue is the TIMEX3 mod of a modifier word.
func modValue(v int) string {
	switch v {
	case mEarly, mBeginning:
		return "START"
	case mLate, mEnd:
		return "END"
	case mMid, mMiddle:
		return "MID"
	}
	return ""
}

// yearOffset is the year a "this", "next" or "last" (year) points to, from the publication's.
func yearOffset(w string) int {
	switch {
	case eqFold(w, "next"):
		return 1
	case eqFold(w, "last"):
		return -1
	}
	return 0
}

// core is the longest expression without modifier at token i: what the rules that are no
// compound of others find there.
func (m *matcher) core(i int) (cand, bool) {
	if i >= len(m.toks) {
		return cand{}, false
	}
	return m.best(i, true)
}

func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// periodCode reads a quarter or half code in one token: "Q3", "3Q", "H1", "1H"; kind is "q"
// or "h".
func periodCode(t *token) (kind string, n int, ok bool) {
	if t.kind != kAlnum || t.ndig != 1 || len(t.s) != 2 {
		return "", 0, false
	}
	kind = strings.ToLower(t.s[1:]) // 3Q, 1H
	if t.s[0] == 'Q' || t.s[0] == 'H' {
		kind = strings.ToLower(t.s[:1]) // Q3, H1
	}
	return kind, t.num, t.num >= 1 && (kind == "q" && t.num <= 4 || kind == "h" && t.num <= 2)
}

// centuryOrdinal reads "20th", "1st": the ordinal of a century.
func centuryOrdinal(t *token) (int, bool) {
	if t.kind != kAlnum || t.ndig == 0 || t.ndig > 2 {
		return 0, false
	}
	switch strings.ToLower(t.s[t.ndig:]) {
	case "th", "st", "nd", "rd":
		return t.num, t.num >= 1 && t.num <= 21
	}
	return 0, false
}

// fiscalCode reads "FY2009" and "FY09": the year.
func fiscalCode(t *token) (int, bool) {
	if t.kind != kAlnum || len(t.s) < 4 || !strings.EqualFold(t.s[:2], "FY") {
		return 0, false
	}
	switch {
	case t.ndig == 4 && len(t.s) == 6:
		return t.num, true
	case t.ndig == 2 && len(t.s) == 4:
		return twoDigitYear(t.num), true
	}
	return 0, false
}

func itoa(n int) string { return pad(n, 1) }

// validDay returns the date y-mo-d when it exists.
func validDay(y, mo, d int) (time.Time, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1 {
		return time.Time{}, false
	}
	return date(y, mo, d), true
}

// periodYear completes a quarter or half ("Q3", "third quarter") with a following year, or
// resolves it against the publication date.
func (m *matcher) periodYear(start, j int, kind string, n int) (cand, bool) {
	gran, mk := gQuarter, quarterVal
	if kind == "h" {
		gran, mk = gHalf, halfVal
	}
	k := j
	if m.word(k, "of") || m.punct(k, ",") {
		k++
	}
	fiscal := m.word(k, "fiscal")
	if fiscal || m.word(k, "calendar") {
		k++
	}
	if y, ok := m.yearAt(k); ok {
		return cand{end: k + 1, typ: "DATE", val: mk(y, n), gran: gran, by: ByAbsolute, fiscal: fiscal}, true
	}
	if y, ok := m.apostropheYearAt(k); ok && (fiscal || k == j) { // "the first half of fiscal '25" (timex66.go), "Q1'25", "Q4 '24" (lead16.go)
		return cand{end: k + 2, typ: "DATE", val: mk(y, n), gran: gran, by: ByAbsolute, fiscal: fiscal}, true
	}
	if k < len(m.toks) && m.toks[k].kind == kNum && m.toks[k].ndig == 2 && m.glued(k) && !(m.glued(k+1) && m.toks[k+1].kind != kPunct) {
		return cand{end: k + 1, typ: "DATE", val: mk(twoDigitYear(m.toks[k].num), n), gran: gran, by: ByAbsolute}, true
	}
	if y, e, ok := m.periodSpelledYear(j, k); ok { // "the first half of two thousand one" (timex63.go)
		return cand{end: e, typ: "DATE", val: mk(y, n), gran: gran, by: ByAbsolute, fiscal: fiscal}, true
	}
	per := 3
	if kind == "h" {
		per = 6
	}
	if m.anyWord(k, "this", "next", "last") && m.word(k+1, "year") {
		return m.offsetIn(k+2, yearOffset(m.toks[k].s), n, per, gran)
	}
	if c, ok := m.periodOfCalendarYear(start, j, n, per); ok { // "the back half of the calendar year" (timex66.go)
		return c, true
	}
	c, ok := m.resolve(cand{end: j, typ: "DATE", gran: gran}, need{kind: needPeriod, a: n, b: per, start: start, end: j})
	if ok && m.word(j, "of") && m.word(j+1, "the") && m.word(j+2, "year") && !m.isHyphen(j+3) {
		c.end = j + 3 // "the second half of the year": the year of the story, as without it
	}
	return c, ok
}

// codePeriod: "Q3", "3Q", "H1 2007", "1H07". A bare H1 or 2H is too often something else (a
// visa, a chip) to stand without its year.
func (m *matcher) codePeriod(i int, kind string, n int) (cand, bool) {
	c, ok := m.periodYear(i, i+1, kind, n)
	if !ok || kind == "h" && c.end == i+1 && !m.halfCodeOfResults(i) {
		return cand{}, false
	}
	return c, true
}

// halfCodeOfResults reports whether a half code without its year ("H1 free cash flow") is a
// period of a results story: written H1 or H2, in a text that named a quarter in its sentence
// or the one before ("Q2 EBITDA rose ... H1 free cash flow was"). Alone, "H1" is as often a
// heading, a visa or a chip.
func (m *matcher) halfCodeOfResults(i int) bool {
	t := m.toks[i].s
	if len(t) != 2 || t[0] != 'H' || m.lastQuarter == 0 {
		return false
	}
	d := m.toks[i].sent - m.lastQuarterSent
	return d >= 0 && d <= 1
}

// dayNoYear resolves a month and day without a year ("August 13th").
func (m *matcher) dayNoYear(start, end, mo, d int) (cand, bool) {
	if d > daysIn(2000, mo) {
		return cand{}, false
	}
	if c, ok := m.dayOfYearAfter(start, end, mo, d); ok { // timex39.go
		return c, true
	}
	if c, ok := m.eventDayOfYearAfter(start, end, mo, d); ok { // timex41.go
		return c, true
	}
	if c, ok := m.dayInYearAfter(end, mo, d); ok { // "fell on Feb. 10 in 2013" (timex49.go)
		return c, true
	}
	if c, ok := m.nextDayOfYear(start, end, mo, d); ok { // "takes effect next Oct. 1" told on Oct. 1 (timex52.go)
		return c, true
	}
	return m.resolve(cand{end: end, typ: "DATE", gran: gDay}, need{kind: needMonthDay, a: mo, b: d, start: start, end: end})
}

// yearFor chooses the year of a month (and day, 0 when none) without a year: the one that
// puts it nearest the publication, unless that is well ahead (a month for a month, six weeks for
// a day) in a sentence in the past (then the year before) or as far back in one about the
// future (the year after). News speaks of near deadlines in the past tense ("gave no reason for the Jan. 14
// deadline"), which is why the nearest comes first.
func (m *matcher) yearFor(start, end, mo, d int) int {
	dd := d
	if dd == 0 {
		dd = 1 // a month is as near as its first day: "early March" in February
	}
	y := m.doc.Year()
	for _, c := range [2]int{y - 1, y + 1} {
		if absDays(clampDay(c, mo, dd), m.doc) < absDays(clampDay(y, mo, dd), m.doc) {
			y = c
		}
	}
	diff := int(clampDay(y, mo, dd).Sub(m.doc).Hours() / 24)
	if diff > 0 && m.sinceOrLastBefore(start) {
		return y - 1 // "since Oct. 19", "last Nov. 2" told on Oct. 17: the one gone
	}
	if diff > 0 && m.happeningGone(start, end) {
		return y - 1 // "The storm of Jan. 2 closed the schools" told on Dec. 26 (timex47.go)
	}
	if diff > 0 && d != 0 && m.pastVerbOfDay(start, end) {
		return y - 1 // "the contract ran out on June 30" told on June 15 (timex56.go)
	}
	if diff > 0 && m.reachedExtreme(start, end) {
		return y - 1 // "down 40 percent from its high in April" told in October (timex36.go)
	}
	if diff < 0 && m.word(start-1, "next") {
		return y + 1 // "next Oct. 3" told on Oct. 17: the one to come
	}
	if d == 0 && diff > 0 && m.word(start-1, "in") && m.tense(start, end) == tensePast {
		// A month that has not begun is no time of what the past tense tells: "blocked the
		// takeover in January", told on Dec. 10, is the January gone.
		return y - 1
	}
	limit := 30 // a month, from its first day
	if d != 0 {
		limit = 45 // a day: deadlines and hearings weeks ahead get reported in the past tense
	}
	if y, ok := m.yearAfterDatedSetting(start, end, mo); ok { // timex40.go
		return y
	}
	switch { // timex33.go
	case m.setDateAhead(start, end):
		if diff < -limit {
			return y + 1 // "set an Oct. 21 trial date"
		}
		return y // "set a June 3 deadline" told in March
	case m.nearestMonth(start, end):
		return y // "first set for January, was moved to December"
	case m.meetingMinutes(start, end): // timex35.go
		if diff > 0 {
			return y - 1 // "minutes of the December meeting" told in November
		}
		return y
	}
	if d != 0 && diff >= -limit && m.futureDayGone(start, end, diff) { // lead14.go
		return y + 1
	}
	if m.inCaseAhead(start) { // "bought sandbags in case the river floods in November" (timex63.go)
		if diff < -limit {
			y++
		}
		return y
	}
	if diff > limit || diff < -limit {
		switch m.tense(start, end) {
		case tensePast:
			if diff > limit {
				y--
			}
		case tenseFuture:
			if diff < -limit {
				y++
			}
		case tensePresent:
			// the present of news is a schedule where the month is its verb's own ("the
			// annual meeting is in May", "the court meets in March" told in August are next
			// year's); a month that only qualifies a noun ("sales for December come out
			// Wednesday") has the nearest year
			if diff < -limit && (m.scheduledMonth(start, d != 0) || m.futureTimeClause(start)) { // timex62.go
				y++
			}
		}
	}
	return y
}

// scheduledMonth reports whether the month at token start is the time of a verb in the
// present just before it: a form of be or a verb of the calendar (scheduleVerb), then "in" or
// "on", and "early", "late" or "mid-" if any: "is in May", "meets in March", "opens on June
// 3", "ends in late September". A day may follow its verb bare, as
// news writes it: "fiscal 1999, which begins Oct. 1", "the contract expires June 30".
func (m *matcher) scheduledMonth(start int, day bool) bool {
	k := m.hedgeBefore(start) - 1 // "the season ends in late September"
	if m.anyWord(k, "in", "on") {
		k = m.beforePlace(k - 1)    // "opens in Philadelphia on July 31" (timex36.go)
		k = m.beforeDestination(k)  // "travels to Chicago in the spring" (timex51.go)
		k = m.beforeRepeatAdverb(k) // "meets again in the spring" (timex47.go)
	} else if !day {
		return false
	}
	if k < 0 || m.toks[k].kind != kWord || m.toks[k].upper {
		return false
	}
	if m.anyWord(k, "is", "are") {
		return !m.anyWord(k-1, "there", "it", "that", "what")
	}
	return m.scheduleVerb(k) || m.heldEvent(k) // "holds its convention in August" (timex36.go)
}

func clampDay(y, mo, d int) time.Time {
	if n := daysIn(y, mo); d > n {
		d = n
	}
	return date(y, mo, d)
}

// monthContext reports whether the word before token i makes it a month ("in May").
func (m *matcher) monthContext(i int) bool {
	return m.anyWord(i-1, "in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
		"from", "through", "to", "during", "before", "after", "between", "and", "or", "each", "every", "that", "for", "the",
		// a possessive before it makes it a month, no modal or verb: "at its March meeting",
		// "the Fed's May meeting"
		"its", "their", "his", "her", "our") || m.word(i-1, "s") && (m.punct(i-2, "'") || m.punct(i-2, "’")) ||
		m.isHyphen(i-1) && m.anyWord(i-2, "mid", "late", "early", "end", "start") ||
		m.monthOfExtent(i) || // "could run into March" (timex52.go)
		// "as recently as March", "as late as May": the comparison stresses how near a time is,
		// which no modal or verb would be the measure of
		m.word(i-1, "as") && m.anyWord(i-2, "recently", "late", "early", "soon") && m.word(i-3, "as")
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

func (m *matcher) monthOnly(start, end, mo int) (cand, bool) {
	return m.resolve(cand{end: end, typ: "DATE", gran: gMonth}, need{kind: needMonth, a: mo, start: start, end: end})
}

// weekday: "Monday", "Monday night", "Thursday, April 6", "last Friday" (rel is the r*
// constant of a preceding last/next/this, 0 for none).
func (m *matcher) weekday(i int, forced Tense, rel int) (cand, bool) {
	t := &m.toks[i]
	if !t.upper {
		return cand{}, false
	}
	wd := t.lex.val
	n := i + 1
	if m.kind(n) == lxPartDay {
		n++ // "on a Sunday evening, April 5": the part of the day is the indefinite day's
	}
	if m.anyWord(i-1, "a", "an", "any") && !m.anyWord(i-2, "was", "is", "be", "been", "were") && (n >= len(m.toks) || m.toks[n].kind == kPunct || m.anyWord(n, "in", "of", "on", "at", "when", "that", "or", "and", "before", "after", "this", "next", "last")) {
		// "on a Thursday in October", "any Monday.", "falls on a Sunday this year": some day
		// of that name, no date; "a Sunday memorial" is one event's day
		return cand{}, false
	}
	if m.indefiniteWeekdayIn(i, n) { // "It was a cold Tuesday in January" (timex47.go)
		return cand{}, false
	}
	j := i + 1
	if m.word(j, "of") && m.kind(j+1) == lxMonth && m.anyWord(i-1, "first", "second", "third", "fourth", "last") {
		return cand{}, false // "the last Saturday of July": nth-weekday's
	}
	// "Thursday, April 6[, 2000]" and "Monday, 13 August": the date says it all.
	if m.punct(j, ",") || !m.glued(j) {
		k := j
		if m.punct(k, ",") {
			k++
		}
		if m.kind(k) == lxMonth || (k < len(m.toks) && m.toks[k].kind != kPunct && m.kind(k+1) == lxMonth) {
			if c, ok := m.core(k); ok && c.gran == gDay {
				if c.by == ByPublication {
					c.val = m.matchWeekday(c.val, wd)
				}
				return c, true
			}
		}
	}
	if m.kind(j) == lxPartDay {
		j++
	}
	if rel == 0 && (m.anyWord(i-1, "through", "to", "until", "till", "thru") && m.kind(i-2) == lxWeekday &&
		m.story.gran == gDay && m.story.sent == t.sent || m.runEndAfterStart(i)) { // "opens Monday and runs through Friday" (timex73.go)
		// the end of a range of days, "from Monday through Thursday", is the first such day
		// from its start on, whichever way the start went
		st := m.story.t
		return cand{end: j, typ: "DATE", val: dayVal(st.AddDate(0, 0, mod(wd-isoWeekday(st), 7))), gran: gDay, by: ByStory}, true
	}
	if d, ok := m.countedWeekday(i, wd); ok && rel == 0 && forced == tenseNone {
		return cand{end: j, typ: "DATE", val: dayVal(d), gran: gDay, by: ByPublication}, true
	}
	return m.resolve(cand{end: j, typ: "DATE", gran: gDay}, need{kind: needWeekday, a: wd, rel: rel, tense: forced, start: i, end: j})
}

// countedWeekday reads a weekday that a count of days from the telling reaches ahead: "Five
// days before Tuesday's election" said on a Thursday is the Tuesday five days on, though the
// clause's tense is past ("Five days before Tuesday's election, the president was on the road
// again"); a count that does not reach it leaves the day to the tense. ("Three days after
// Monday's vote" is read as past by the tense already.)
func (m *matcher) countedWeekday(i, wd int) (time.Time, bool) {
	if !m.hasDoc || !m.word(i-1, "before") || !m.anyWord(i-2, "day", "days") {
		return time.Time{}, false
	}
	n, end, ok := m.amountAt(i - 3)
	if !ok || end != i-2 || n < 1 || n > 6 {
		return time.Time{}, false
	}
	if n != mod(wd-isoWeekday(m.doc), 7) {
		return time.Time{}, false
	}
	return m.doc.AddDate(0, 0, n), true
}

// matchWeekday moves a day resolved without its year to the year, of the three around the
// publication, in which it falls on weekday wd ("Monday, Oct. 26").
func (m *matcher) matchWeekday(val string, wd int) string {
	d, ok := parseDay(val)
	if !ok || isoWeekday(d) == wd {
		return val
	}
	for _, dy := range [2]int{1, -1} {
		if c, ok := validDay(d.Year()+dy, int(d.Month()), d.Day()); ok && isoWeekday(c) == wd {
			return dayVal(c)
		}
	}
	return val
}

// deictic: today, yesterday, tomorrow, tonight, now, recently.
func (m *matcher) deictic(i int) (cand, bool) {
	v := m.toks[i].lex.val
	switch v {
	case dRecently, dCurrently:
		return cand{}, false // the past-ref and present-ref rules' (families.go)
	case dNow:
		// "Now" opening a sentence is a discourse marker; "can now", "until now", "from now"
		// are aspect or idiom rather than a reference to the present that TimeML marks. After
		// a form of be it is the present the clause sets against the past where a verb or an
		// adjective follows ("the embassy is now operating", "we are now told", "we are now
		// more careful"), but a change of state where a noun phrase does ("he is now the
		// second to ...": he has become).
		if v == dNow && (m.toks[i].upper && (i == 0 || m.toks[i-1].sent != m.toks[i].sent) && !m.nowAfterPast(i) || // timex70.go
			m.anyWord(i-1, "can", "could", "would", "should", "may", "might", "must", "until", "from") ||
			m.word(i-1, "and") && !m.nowOpensClause(i) || // timex39.go
			m.anyWord(i-1, "is", "are") && (i+1 >= len(m.toks) || m.toks[i+1].kind != kWord || m.toks[i+1].in(sObjectDeterminers))) {
			return cand{}, false
		}
		return cand{end: i + 1, typ: "DATE", val: "PRESENT_REF", by: ByPublication}, true
	}
	if m.programName(i) {
		return cand{}, false
	}
	if v == dToday && m.todayNowadays(i) { // "In 1931 ... Today it carries 9,000 cars a day" (timex68.go)
		return cand{end: i + 1, typ: "DATE", val: "PRESENT_REF", by: ByPublication}, true
	}
	j := i + 1
	if (v == dYesterday || v == dTomorrow || v == dToday) && m.kind(j) == lxPartDay {
		j++
	}
	if v == dToday && (m.punct(j, "'") || m.punct(j, "’")) && m.word(j+1, "s") && genericNouns[strings.ToLower(tokText(m.toks, j+2))] {
		return cand{}, false // "today's youth": nowadays, not the publication day
	}
	off := 0
	switch v {
	case dYesterday:
		off = -1
	case dTomorrow:
		off = 1
	}
	return m.offset(j, uDay, off, 0)
}

// programName reports whether the capitalized "Today" or "Tonight" at token i ends or heads a
// broadcast's name: after a capitalized word inside the sentence ("This is World News
// Tonight", "ABC News Tonight"), after a network's possessive ("NBC's Today"), or before "show"
// or "program". A sentence's first word and a word after a colon or a dash stay dates ("ANCHOR:
// Tonight, ...").
func (m *matcher) programName(i int) bool {
	t := &m.toks[i]
	if !t.upper || t.lex.val != dToday && t.lex.val != dTonight {
		return false
	}
	if m.anyWord(i+1, "show", "program", "programme", "broadcast") {
		return true
	}
	p := i - 1
	if m.word(p, "s") && (m.punct(p-1, "'") || m.punct(p-1, "’")) && m.glued(p) {
		p -= 2 // "NBC's Today"
	}
	if p < 1 || m.toks[p].kind != kWord || !m.toks[p].upper || m.toks[p].sent != t.sent {
		return false
	}
	// the capitalized word before must not itself open the sentence ("Stocks Tonight" in a
	// headline is rare; "Monday Tonight" no name): it needs a word before it in the sentence
	q := p - 1
	return q >= 0 && m.toks[q].sent == t.sent && m.toks[q].kind == kWord && m.toks[p].lex.kind == lxNone
}

// genericNouns after "today's" make it mean "nowadays".
var genericNouns = map[string]bool{"youth": true, "world": true, "society": true, "generation": true, "children": true,
	"kids": true, "young": true, "economy": true, "standards": true, "technology": true, "culture": true, "students": true,
	"teenagers": true, "consumers": true, "families": true, "business": true, "companies": true}

func tokText(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].s
}

// relWeekday: "last Friday", "next Monday", "this Wednesday".
func (m *matcher) relWeekday(i, j int) (cand, bool) {
	if m.word(j+1, "of") && m.kind(j+2) == lxMonth {
		return cand{}, false // "the last Saturday of July" counts the month's Saturdays
	}
	if rel := m.toks[i].lex.val; rel == rLast || rel == rNext || rel == rThis {
		return m.weekday(j, tenseNone, rel)
	}
	return cand{}, false
}

// relMonth: "last November", "next March", "this April": resolve places them.
func (m *matcher) relMonth(i, j int) (cand, bool) {
	rel := m.toks[i].lex.val
	if !m.toks[j].upper || m.toks[j].lex.abbr || !(rel == rLast || rel == rNext || rel == rThis) || m.dayAfterRelMonth(j) {
		return cand{}, false
	}
	return m.resolve(cand{end: j + 1, typ: "DATE", gran: gMonth}, need{kind: needMonth, a: m.toks[j].lex.val, rel: rel, start: i, end: j + 1})
}

// relHoliday: "last Christmas", "next Thanksgiving".
func (m *matcher) relHoliday(i, j int) (cand, bool) {
	if rel := m.toks[i].lex.val; rel == rLast || rel == rNext || rel == rThis {
		return m.holiday(j, rel)
	}
	return cand{}, false
}

// relPartDay: "this morning", "last night"; "tomorrow" is the deictic's.
func (m *matcher) relPartDay(i, j int) (cand, bool) {
	rel := m.toks[i].lex.val
	if !(rel == rThis || rel == rLast && m.word(j, "night")) {
		return cand{}, false
	}
	off := 0
	if rel == rLast {
		off = -1
	}
	return m.offset(j+1, uDay, off, 0)
}

// relSpan: "the past two years", "next three months": durations.
func (m *matcher) relSpan(i, j int) (cand, bool) {
	rel := m.toks[i].lex.val
	if n, k, ok := m.amountAt(j); ok && rel != rThis && rel != rRecent {
		if u, _, ok := m.unitAt(k); ok && (n != 1 || m.toks[k].lex.plural || m.toks[j].kind == kNum || m.toks[j].lex.kind == lxNumber) {
			return cand{end: k + 1, typ: "DURATION", val: durVal(u, n)}, true
		}
	}
	return cand{}, false
}

// relUnit: "last week", "this month", "next year" (the period moved from the publication's),
// "the past year" (a duration), "recent weeks" (some), "the coming months" (the future).
func (m *matcher) relUnit(i, j int) (cand, bool) {
	rel := m.toks[i].lex.val
	u, plural, ok := m.unitAt(j)
	if !ok {
		return cand{}, false
	}
	if plural {
		switch rel {
		case rPast, rLast, rRecent, rPrevious:
			return cand{end: j + 1, typ: "DURATION", val: durVal(u, -1)}, true
		case rComing, rNext, rFollowing:
			return cand{end: j + 1, typ: "DATE", val: "FUTURE_REF", by: ByPublication}, true
		}
		return cand{}, false
	}
	if u == uHour || u == uMinute || u == uDay {
		return cand{}, false // "the next day" is about the story's time, not the publication's
	}
	if rel == rLast && (u == uWeek || u == uMonth) && m.possessiveBefore(i) {
		return cand{}, false // "the term's last week", "in his last month in office": the final one
	}
	off := 0
	switch rel {
	case rLast, rPrevious:
		off = -1
	case rNext, rComing:
		off = 1
	case rThis:
		off = m.thisWeekAhead(i, u) // a Sunday preview's "this week" (timex35.go)
	case rPast:
		return cand{end: j + 1, typ: "DURATION", val: durVal(u, 1)}, true
	default:
		return cand{}, false
	}
	if u == uQuarter {
		return m.quarterMoved(i, j+1, off)
	}
	return m.offset(j+1, u, off, 0)
}

// possessiveBefore reports whether a possessive ends just before token i: "the court's",
// "its", "their".
func (m *matcher) possessiveBefore(i int) bool {
	if i >= 2 && m.word(i-1, "s") && (m.punct(i-2, "'") || m.punct(i-2, "’")) {
		return !m.numeralPlural(i) // "its other 747's last week" (timex48.go)
	}
	return m.anyWord(i-1, "its", "his", "her", "their", "our", "my", "your")
}

// quarterMoved is the quarter of the publication moved by off quarters, for the phrase that
// starts at token i and ends at end.
func (m *matcher) quarterMoved(i, end, off int) (cand, bool) {
	if m.hasDoc {
		m.fiscalAhead = m.calendarSoon(i, off) // "the current quarter" in a results story's lead (timex33.go)
		e := m.fiscalYearEnd(i)
		m.fiscalAhead = false
		if e == 0 {
			e = m.reportedFiscalEnd() // "Q2 Fiscal 2024" in a call told in January (timex66.go)
		}
		if e != 0 {
			// In a company's fiscal calendar ("whose fiscal year ends in September") the
			// current quarter counts from the month after its end, in the fiscal year named
			// for the year it ends in: told in October, the fiscal first quarter of next year.
			y, mo := m.doc.Year(), int(m.doc.Month())
			if mo > e {
				y++
			}
			n := y*4 + (mod(mo-e-1, 12))/3 + off
			return cand{end: end, typ: "DATE", val: quarterVal(floorDiv(n, 4), mod(n, 4)+1), gran: gQuarter, by: ByPublication, fiscal: true}, true
		}
	}
	return m.offset(end, uQuarter, off, 0)
}

// seasonRel: "last spring", "the coming winter", "this summer": resolve places them.
func (m *matcher) seasonRel(i, j, rel int) (cand, bool) {
	if rel == rRecent || m.seasonInName(j) {
		return cand{}, false
	}
	c, ok := m.resolve(cand{end: j + 1, typ: "DATE", gran: gSeason}, need{kind: needSeason, a: m.toks[j].lex.val, rel: rel, start: i, end: j + 1})
	if ok && rel == rLast {
		c = m.lastSeasonBeside(c, i, j) // timex39.go
	}
	return c, ok
}

// seasonInName reports whether the season at token j is part of a name, capitalized before a
// capitalized word: "the last Summer Games", "the Winter Olympics", "a Spring Festival".
func (m *matcher) seasonInName(j int) bool {
	n := j + 1
	return m.toks[j].upper && n < len(m.toks) && m.toks[n].kind == kWord && m.toks[n].upper && m.toks[n].lex.kind == lxNone
}

// seasonSeq numbers seasons: year*4 + (0 spring, 1 summer, 2 fall, 3 winter), winter of y
// running from December y to February y+1.
func seasonSeq(t time.Time) int {
	y, mo := t.Year(), int(t.Month())
	switch {
	case mo >= 3 && mo <= 5:
		return y * 4
	case mo >= 6 && mo <= 8:
		return y*4 + 1
	case mo >= 9 && mo <= 11:
		return y*4 + 2
	case mo == 12:
		return y*4 + 3
	}
	return (y-1)*4 + 3
}

// holiday: "Christmas", "Thanksgiving Day", "Labor Day", "Christmas Eve", "Easter week",
// "Palm Sunday", "Mother's Day", "the Memorial Day weekend", "last Thanksgiving" (rel is the r*
// constant of a preceding last, next or this, 0 for none); with a year, that year's; without,
// resolve places it. A holiday that names a stretch around it ("the Easter recess", "the
// Christmas break") is no date: the stretch does not start on the day.
func (m *matcher) holiday(i, rel int) (cand, bool) {
	hi := m.toks[i].lex.val
	h := holidays[hi]
	if !m.toks[i].upper {
		return cand{}, false
	}
	j, shiftDays, weekOf, weekend := i+1, h.shift, false, false
	if h.poss {
		j = m.possessive(j)
	}
	switch {
	case h.next != "":
		if !m.word(j, h.next) || !m.toks[j].upper {
			return cand{}, false
		}
		j++
		if h.lunar { // "Lunar New Year", within the table's years (timex55.go)
			if !m.lunarYearWords(j) || m.hasDoc && !lunarKnown(m.doc.Year()) {
				return cand{}, false
			}
			j++
		}
	case m.word(j, "day") && m.toks[j].upper:
		j++
	case h.easter && m.anyWord(j, "sunday", "monday") && m.toks[j].upper:
		if m.word(j, "monday") {
			shiftDays = 1
		}
		j++
	case m.word(j, "week") && !h.needDay:
		j++
		weekOf = true // "Easter week"
	case h.needDay:
		return cand{}, false
	case h.word == "christmas" && m.word(j, "eve"):
		j, shiftDays = j+1, -1
	}
	switch {
	case m.anyWord(j, "recess", "break", "vacation", "holidays", "season", "rush", "adjournment"):
		return cand{}, false
	case !weekOf && m.word(j, "weekend"):
		j++
		weekend = true // "the Memorial Day weekend"
	case !weekOf && m.holidayWeekendAfter(j): // "the Labor Day holiday weekend" (timex42.go)
		j += 2
		weekend = true
	}
	j = m.yearJoinedAt(j) // "Good Friday of 1927" (timex47.go)
	if y, ok := m.yearAt(j); ok {
		d := h.in(y).AddDate(0, 0, shiftDays)
		if weekend {
			return cand{end: j + 1, typ: "DATE", val: holidayWeekend(d), gran: gWeek, by: ByAbsolute}, true
		}
		return cand{end: j + 1, typ: "DATE", val: dayVal(d), gran: gDay, by: ByAbsolute}, true
	}
	if y := m.holidayAppositive(i, rel); y != 0 && !weekOf && !weekend { // "Dec. 24, 1995, Christmas Eve" (timex48.go)
		return cand{end: j, typ: "DATE", val: dayVal(h.in(y).AddDate(0, 0, shiftDays)), gran: gDay, by: ByStory}, true
	}
	if c, ok := m.holidayOfYearAfter(h, j, shiftDays, weekend, weekOf || rel != 0); ok { // timex39.go
		return c, true
	}
	if y, ok := m.fallsOnYear(j); ok && rel == 0 && !weekOf && !weekend { // "falls on February 16, 1999" (timex55.go)
		return cand{end: j, typ: "DATE", val: dayVal(h.in(y).AddDate(0, 0, shiftDays)), gran: gDay, by: ByStory}, true
	}
	start := i
	if rel != 0 {
		start = i - 1
	}
	c, ok := m.resolve(cand{end: j, typ: "DATE", gran: gDay}, need{kind: needHoliday, a: hi, b: shiftDays, rel: rel, start: start, end: j})
	if d, isDay := parseDay(c.val); isDay && (weekOf || weekend) {
		c.val, c.gran = weekVal(d), gWeek
		if weekend {
			c.val = holidayWeekend(d)
		}
	}
	return c, ok
}

// weekendOf is c, a day whose words end at token end, or, before "weekend", the weekend it
// names ("the Fourth of July weekend", "the July 4 weekend"; see holidayWeekend).
func (m *matcher) weekendOf(c cand, end int) cand {
	if c.end == 0 {
		c.end = end
	}
	d, ok := parseDay(c.val)
	if !ok || c.gran != gDay || !m.word(c.end, "weekend") {
		return c
	}
	c.val, c.gran, c.end = holidayWeekend(d), gWeek, c.end+1
	return c
}

// holidayWeekend is the weekend a holiday gives its name to: the one before a Monday or a
// Tuesday holiday ("the Memorial Day weekend" ends on the Sunday before it), else the one of
// its week ("the Thanksgiving weekend", "the Easter weekend").
func holidayWeekend(d time.Time) string {
	if wd := isoWeekday(d); wd <= 2 {
		d = d.AddDate(0, 0, -wd)
	}
	return weekVal(d) + "-WE"
}

// possessive is the token after an apostrophe and s, or an apostrophe alone, glued to the word
// before token i ("Mother's", "Presidents'"); i when there is none.
func (m *matcher) possessive(i int) int {
	if !m.glued(i) || !m.punct(i, "'") && !m.punct(i, "’") {
		return i
	}
	if m.word(i+1, "s") && m.glued(i+1) {
		return i + 2
	}
	return i + 1
}

// dayAround: "[the] day before last Tuesday", "the week after Christmas": a day or a week from
// a date in the text (token u is the unit, token rel before or after).
func (m *matcher) dayAround(u, rel int) (cand, bool) {
	c, ok := m.core(rel + 1)
	if !ok || c.gran != gDay || len(c.val) != 10 {
		return cand{}, false
	}
	d, _ := parseDay(c.val)
	n := 1
	if m.word(rel, "before") {
		n = -1
	}
	d, _ = m.holidayJustPast(rel+1, d, n, m.word(u, "week")) // timex42.go
	if m.word(u, "week") {
		return cand{end: c.end, typ: "DATE", val: weekVal(d.AddDate(0, 0, 7*n)), gran: gWeek, by: c.by}, true
	}
	return cand{end: c.end, typ: "DATE", val: dayVal(d.AddDate(0, 0, n)), gran: gDay, by: c.by}, true
}

// clock: "10:35 a.m.", "6 p.m.", "14:30", with a time zone and the day that follow it.
func (m *matcher) clock(i int) (cand, bool) {
	h, mi, j, ok := m.clockAt(i)
	if !ok {
		return cand{}, false
	}
	// A time zone after the time belongs to it.
	if t := tokText(m.toks, j); len(t) >= 3 && len(t) <= 4 && m.toks[j].kind == kWord && isUpperWord(t) && strings.HasSuffix(t, "T") {
		j++
	}
	hm := "T" + pad(h, 2) + ":" + pad(mi, 2)
	if c, ok := m.clockDay(i, j); ok {
		return cand{end: c.end, typ: "DATE", val: c.val + hm, gran: gDay, by: c.by}, true
	}
	day, by := "XXXX-XX-XX", ByUnresolved
	if m.hasDoc {
		day, by = dayVal(m.doc), ByPublication
	}
	return cand{end: j, typ: "TIME", val: day + hm, by: by}, true
}

// clockAt reads the hour, minutes and meridiem of a time at token i, on the 24-hour clock,
// and where it ends. A number alone is no time: it needs minutes or a meridiem.
func (m *matcher) clockAt(i int) (h, mi, end int, ok bool) {
	t := &m.toks[i]
	if t.kind != kNum || t.ndig > 2 || t.num > 24 {
		return 0, 0, 0, false
	}
	h, j := t.num, i+1
	mi, j, hasMin, ok := m.clockMinutes(j)
	if !ok {
		return 0, 0, 0, false
	}
	ampm, j := m.meridiem(j)
	switch {
	case ampm == "" && !hasMin,
		ampm == "" && (h > 23 || i > 0 && m.glued(i) && m.toks[i-1].kind != kPunct), // a part of a code
		ampm != "" && (h < 1 || h > 12):
		return 0, 0, 0, false
	case ampm == "p" && h < 12:
		h += 12
	case ampm == "a" && h == 12:
		h = 0
	}
	return h, mi, j, true
}

// clockMinutes reads ":35" at token j; ok is false for what is no time (10:75, 10:35:12, a
// ratio).
func (m *matcher) clockMinutes(j int) (mi, end int, has, ok bool) {
	if !(m.punct(j, ":") && m.glued(j) && m.glued(j+1) && j+1 < len(m.toks) && m.toks[j+1].kind == kNum && m.toks[j+1].ndig == 2) {
		return 0, j, false, true
	}
	mi = m.toks[j+1].num
	if mi > 59 || m.punct(j+2, ":") && m.glued(j+2) {
		return 0, 0, false, false
	}
	return mi, j + 2, true, true
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at token j: "a" or "p" and where it ends, or "".
func (m *matcher) meridiem(j int) (string, int) {
	switch {
	case m.anyWord(j, "a", "p") && m.punct(j+1, ".") && m.word(j+2, "m") && m.glued(j+1) && m.glued(j+2):
		ampm, end := strings.ToLower(m.toks[j].s), j+3
		if m.punct(end, ".") && m.glued(end) {
			end++
		}
		return ampm, end
	case m.anyWord(j, "am", "pm"):
		return strings.ToLower(m.toks[j].s[:1]), j + 1
	}
	return "", j
}

// clockDay is the day that follows a time ending at token j: "9 a.m. Tuesday", "10 p.m. on
// Friday", "8 p.m. tomorrow"; a weekday takes the tense of the clause from the time on.
func (m *matcher) clockDay(i, j int) (cand, bool) {
	k := j
	if m.word(k, "on") {
		k++
	}
	var c cand
	var ok bool
	switch {
	case m.kind(k) == lxWeekday:
		c, ok = m.weekday(k, m.tense(i, k), 0)
	case m.anyWord(k, "today", "tomorrow", "yesterday"):
		c, ok = m.core(k)
	}
	return c, ok && c.gran == gDay && len(c.val) == 10
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
