package timex

import "time"

// Three misreads of the tense of a date without its year or week that the heldout53 to
// heldout57 rounds noticed and left (timex50): the horizon of an expectation told in the
// pluperfect, a relative clause that looks ahead after a saying, and the onset of an act dated
// on a past day.

// expectationVerbs are the participles of expecting after "had": what was expected to last
// "until" a time set the horizon of the expectation.
var expectationVerbs = map[string]bool{"expected": true, "anticipated": true, "forecast": true,
	"predicted": true, "projected": true, "assumed": true, "hoped": true, "bet": true, "reckoned": true}

// expectedHorizonAhead reports whether the month after "until" or "till" at token start-1 is
// the horizon of an expectation told in the pluperfect, and lies in the two months after the
// telling: "Markets had expected the bank to wait until December", told in November, is the
// December ahead, not the one eleven months gone. The pluperfect says the expectation was held
// before the telling, not that its horizon had passed, and a horizon a month or two ahead is
// nearer than one most of a year back. A farther month ("had expected the ban to last until
// April", told in November) stays the past one, and a pluperfect of no expecting ("had stayed
// shut until December") stays past, and so does one a year of another time just named governs
// ("In 2009, markets had expected the bank to wait until December").
func (m *matcher) expectedHorizonAhead(had, start, end int) bool {
	if !m.hasDoc || had+1 >= len(m.toks) {
		return false
	}
	v := had + 1
	if m.word(v, "been") && v+1 < start { // "had been expecting"
		v++
	}
	w := lowerWord(&m.toks[v])
	if !expectationVerbs[w] && w != "expecting" && w != "anticipating" && w != "hoping" {
		return false
	}
	if st := m.story; st.gran != "" && st.t.Year() != m.doc.Year() {
		if d := m.toks[start].sent - st.sent; d == 0 || d == 1 {
			return false // "In 2009, markets had expected ... until December": that year's
		}
	}
	mo := m.monthIn(start, end)
	if mo == 0 {
		return false
	}
	ahead := mod(mo-int(m.doc.Month()), 12)
	return ahead >= 1 && ahead <= 2
}

// monthIn is the month (1-12) named in tokens [start, end) with no year, 0 when none: "December",
// "late December".
func (m *matcher) monthIn(start, end int) int {
	mo := 0
	for k := start; k < end && k < len(m.toks); k++ {
		switch {
		case m.toks[k].lex.kind == lxMonth:
			mo = m.toks[k].lex.val
		case m.toks[k].kind == kNum:
			return 0 // a day or a year: the month is not bare
		}
	}
	return mo
}

// relativeFutureWords are the verbs that, right after "who" or "which", tell a relative
// clause's own time ahead.
var relativeFutureWords = map[string]bool{"will": true, "shall": true}

// relativeStartWords are present forms that, right after "who" or "which", tell of a start on
// the calendar: "who takes office Friday", "who becomes chairman Monday".
var relativeStartWords = map[string]bool{"becomes": true, "become": true, "takes": true, "take": true,
	"starts": true, "start": true, "begins": true, "begin": true, "joins": true, "join": true,
	"retires": true, "retire": true, "steps": true, "step": true, "assumes": true, "assume": true}

// relativeFutureCue is the verb of a relative clause that the date at token start ends, "" when
// none or when it does not look ahead. The clause is a relative clause opened after a
// comma by "who" or "which" whose own verb looks ahead: "will" or "shall", "is to" or "is due
// to", or the present of a start ("takes office", "becomes"). Such a clause tells its time from
// the telling, not from the verb of saying it hangs on: in `"We need a deal," said Anna Berg,
// who will chair the talks from Friday`, Friday is ahead (tenseCue takes "from" there for the
// onset of a verb of conducting, conductedFrom, and leaves "who will release videos from Friday"
// to sourceFrom). A past between the verb and the date ("who will say what happened
// Friday", "who will have left") is the date's own, and the clause is left to it.
func (m *matcher) relativeFutureCue(start int) string {
	for k := start - 1; k >= 1 && k >= start-12 && m.toks[k].sent == m.toks[start].sent; k-- {
		t := &m.toks[k]
		if t.kind == kPunct && !m.isHyphen(k) {
			return ""
		}
		if t.kind != kWord {
			continue
		}
		if t.lex.kind == lxWeekday || t.lex.kind == lxMonth || t.lex.kind == lxDeictic {
			return "" // another date between: the clause is its
		}
		if !m.anyWord(k, "who", "which") {
			continue
		}
		if !m.punct(k-1, ",") {
			return ""
		}
		cue, ok := m.relativeVerbAhead(k+1, start)
		if !ok || m.pastBetween(k+2, start) {
			return ""
		}
		return cue
	}
	return ""
}

// relativeVerbAhead reads the verb at token v, right after a relative pronoun, as one that
// looks ahead, and says which it is.
func (m *matcher) relativeVerbAhead(v, start int) (string, bool) {
	if v >= start {
		return "", false
	}
	w := m.toks[v].s
	switch {
	case relativeFutureWords[lowerWord(&m.toks[v])]:
		return w, true
	case m.anyWord(v, "is", "are") && (m.word(v+1, "to") || m.anyWord(v+1, "due", "set", "scheduled", "expected") && m.word(v+2, "to")):
		return w + " to", true
	case relativeStartWords[lowerWord(&m.toks[v])] && !m.anyWord(v+1, "to", "that"):
		return w, true
	}
	return "", false
}

// conductVerbs are verbs of conducting or holding something over a time, whose "from" before a
// date is the onset: "will chair the talks from Friday", "is to lead the patrols from Monday".
var conductVerbs = map[string]bool{"chair": true, "lead": true, "run": true, "head": true, "host": true,
	"oversee": true, "manage": true, "direct": true, "command": true, "coach": true, "teach": true,
	"supervise": true, "mediate": true}

// conductedFrom reports whether the "from" before the date at token start follows the object of
// a verb of conducting, a few words back in its clause: "chair the talks from Friday" starts
// then, where "release videos from Friday" names what the videos come from. The clause's verb
// then tells the date's tense ("will chair" ahead, "chaired" back), not the source.
func (m *matcher) conductedFrom(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-4 && m.toks[j].kind == kWord; j-- {
		if conductVerbs[lowerWord(&m.toks[j])] {
			return true
		}
	}
	return false
}

// pastBetween reports whether a past form that no "be" governs stands in tokens [a, b): "who
// will say what happened", "who will have left" (a participle after "be" is the passive of the
// clause's own time: "who will be named chairman Friday").
func (m *matcher) pastBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if m.toks[k].kind == kWord && m.verbInfo(k)&vPast != 0 && !m.anyWord(k-1, "be", "being") {
			return true
		}
	}
	return false
}

// onsetWords are the words before a weekday that tell when an act takes effect: "effective
// Monday", "starting Monday", "beginning Monday", "as of Monday".
func (m *matcher) onsetBefore(start int) bool {
	k := start - 1
	if m.word(k, "on") {
		k--
	}
	return m.anyWord(k, "effective", "starting", "beginning") || m.word(k, "of") && m.word(k-1, "as")
}

// onsetAfterAct is the day a bare weekday of onset names when the act it dates was told on a
// past day earlier in its sentence: "The board on Saturday named Lee chief executive, effective
// Monday", told the next Wednesday, is the Monday after that Saturday, gone by the telling. An
// appointment or a change takes effect the first such day after it is made; read from the
// telling, the Monday would be a week late. The act's day must come before the weekday in the
// same sentence and lie before the telling.
func (m *matcher) onsetAfterAct(n need) (time.Time, bool) {
	d := m.lastDay
	if n.kind != needWeekday || n.rel != 0 || n.start >= len(m.toks) || !m.onsetBefore(n.start) ||
		d.gran != gDay || d.sent != m.toks[n.start].sent || m.lastDayTok >= n.start || !d.t.Before(m.doc) ||
		m.modalBetween(m.lastDayTok, n.start) { // "since June 15 and would offer it starting Thursday" (timex73.go)
		return time.Time{}, false
	}
	ahead := mod(n.a-isoWeekday(d.t), 7)
	if ahead == 0 {
		ahead = 7
	}
	return d.t.AddDate(0, 0, ahead), true
}
