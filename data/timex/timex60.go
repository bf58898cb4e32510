package timex

import "strings"

// Previews and schedules (timex60): the seasons of opera houses and orchestras, which straddle
// the new year as hockey's do; a schedule that runs on from a date ahead to a month after it
// ("opens Sept. 29 and closes next May"); and the past form of a supposed event ("a strike
// that stretched into the fourth quarter could cut earnings"), which is no past.

// artsSeasonWords name the companies whose seasons run from September or October to May or
// June, named by the year they start in ("the 2011-12 season" is 2011's), as winterSportWords'
// are. festivalWords name the summer festivals of the same arts, whose season is the year's.
var (
	artsSeasonWords = map[string]bool{"opera": true, "operas": true, "symphony": true, "orchestra": true,
		"orchestras": true, "philharmonic": true, "ballet": true}
	festivalWords = map[string]bool{"festival": true, "festivals": true}
)

// artsSeasonText reports whether the text is of an opera house, an orchestra or a ballet, and
// not of a summer festival: "this season" told from January to June is then the one begun the
// autumn before, as straddlingSeason reads a hockey or basketball story. Read only when a
// season is named.
func (m *matcher) artsSeasonText() bool {
	arts := false
	for k := range m.toks {
		if m.toks[k].kind != kWord {
			continue
		}
		if inSet(festivalWords, m.toks[k].s) {
			return false
		}
		if inSet(artsSeasonWords, m.toks[k].s) {
			arts = true
		}
	}
	return arts
}

// runOnWords carry a schedule on from one date to a later one: a run's end ("opens Sept. 29
// and closes next May", "from Oct. 3 through April"), or a pause's ("will shut on Nov. 1 and
// reopen in March").
var runOnWords = map[string]bool{"close": true, "closes": true, "closing": true, "end": true, "ends": true,
	"ending": true, "conclude": true, "concludes": true, "finish": true, "finishes": true, "reopen": true,
	"reopens": true, "resume": true, "resumes": true, "through": true, "thru": true, "until": true, "till": true}

// scheduleRunsOn is the year of a month, with its day or not, bare or after "next", that a
// schedule reaches from a date ahead named before it in its sentence, with a word of running
// on between ("will open its season on Sept. 29 and close it next May", told in February, is
// the May after; "the plant will shut on Nov. 1 and reopen in March", told in August, the
// March after): a run goes forward from its start, though the month alone is nearer the
// telling. A month after a date ahead with no such word keeps its own reading ("takes
// effect Jan. 1, and the rules are due by May" may well be this May), and so does one told
// in the past, whose dates are behind.
func (m *matcher) scheduleRunsOn(n need) (string, bool) {
	if n.kind != needMonth && n.kind != needMonthDay || n.rel != 0 && n.rel != rNext || n.start >= len(m.toks) {
		return "", false
	}
	st, k := m.story, m.lastMonthTok
	if st.gran != gDay && st.gran != gMonth || st.since || !st.t.After(m.doc) || k >= n.start ||
		m.toks[k].sent != m.toks[n.start].sent || n.start-k > 25 {
		return "", false
	}
	cue := false
	for j := k + 1; j < n.start && !cue; j++ {
		cue = m.toks[j].kind == kWord && inSet(runOnWords, m.toks[j].s)
	}
	if !cue || m.tense(n.start, n.end) == tensePast {
		return "", false
	}
	y, mo := st.t.Year(), int(st.t.Month())
	if n.a < mo || n.kind == needMonthDay && n.a == mo && n.b < st.t.Day() {
		y++
	}
	if n.kind == needMonth {
		return monthVal(y, n.a), true
	}
	return dayVal(clampDay(y, n.a, n.b)), true
}

// supposedRelative is the modal whose subject a date's relative clause supposes, or -1: an
// indefinite noun, "that" or "which", a past verb of lasting on "into", "past" or "beyond"
// the date, and "would", "could", "might" or "may" after it ("a strike that stretched into
// the fourth quarter could cut earnings", "a freeze that lasted past March would ruin the
// crop"). The past form there is a supposition, ahead of the telling, as a condition's is
// (modalCondition). A definite noun names a thing that was ("the strike that began in March
// could end soon"), and a past verb of no lasting on tells its own time.
func (m *matcher) supposedRelative(start, end int) int {
	k := start - 1
	if m.word(k, "the") {
		k-- // a period's rule reads from its ordinal: "into the fourth quarter"
	}
	if !m.anyWord(k, "into", "past", "beyond") {
		return -1
	}
	if m.anyWord(k-1, "well", "deep", "far", "long") {
		k--
	}
	v := k - 1
	if v < 2 || m.toks[v].kind != kWord || m.verbInfo(v)&vPast == 0 || !m.anyWord(v-1, "that", "which") {
		return -1
	}
	indefinite := false
	for j := v - 2; j >= 0 && j >= v-4 && m.toks[j].kind == kWord; j-- {
		if m.anyWord(j, "a", "an") {
			indefinite = true
			break
		}
	}
	if !indefinite {
		return -1
	}
	sent := m.toks[start].sent
	for j := end; j < len(m.toks) && j < end+4 && m.toks[j].sent == sent; j++ {
		if m.anyWord(j, "would", "could", "might", "may") && !m.word(j+1, "have") {
			return j
		}
	}
	return -1
}

// weekdayDone reports whether the telling's own weekday, told ahead at token start, is the one
// a week on, because the text has already told that day's events as done: a market column that
// says "Stocks ended Friday with gains" and then "The biggest test comes Friday, when the jobs
// report is out", or a strike story that opens "Negotiators went back to the table Wednesday"
// and quotes "our people walk out Wednesday morning". Only a past told in an earlier sentence
// counts, and not a saying ("the company said Friday" tells when the news came, not that the
// day is over); a later part of the day ("Friday afternoon", "later Friday") is the same day.
func (m *matcher) weekdayDone(n need) bool {
	i := n.start
	if i >= len(m.toks) || m.anyWord(i-1, "later", "late") || m.anyWord(i+1, "afternoon", "evening", "night") ||
		m.reportedWeekday(i) {
		return false
	}
	if t, cue := m.tenseCue(n.start, n.end, false); t != tenseFuture && t != tensePresent ||
		strings.Contains(cue, " ") || inSet(boundCues, cue) {
		return false // a verb's own time ahead only: "up until Thursday" and "moved up to Tuesday" tell of a past
	}
	sent := m.toks[i].sent
	for k := i - 1; k >= 0 && m.toks[k].sent == sent && m.toks[k].kind == kWord; k-- {
		if m.verbInfo(k)&vPast != 0 {
			return false // "Clinton told reporters in the Rose Garden Wednesday": a past of its own
		}
	}
	for k := i - 1; k >= 0; k-- {
		t := &m.toks[k]
		if t.sent == sent || t.lex.kind != lxWeekday || t.lex.val != n.a || m.reportedWeekday(k) || m.announcedWeekday(k) {
			continue
		}
		if m.tense(k, k+1) == tensePast {
			return true
		}
	}
	return false
}

// boundCues are the words before a date that tenseCue reads ahead by themselves, whatever the
// clause's verb: a bound or a move of a date, no schedule of the day's own.
var boundCues = map[string]bool{"until": true, "till": true, "by": true, "before": true, "for": true, "from": true,
	"effective": true, "payable": true, "due": true, "starting": true, "beginning": true, "through": true, "thru": true}
