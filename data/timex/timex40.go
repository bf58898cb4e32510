package timex

// Families of technology, health and regulatory news (heldout48, timex40): product road maps,
// regulators' action dates and rules that take effect, where a schedule is set or moved in a
// participle or a subordinate clause, and a habit is told beside a single plan.

// subordinateAfterComma reports whether token k opens, after a comma, a subordinate clause of
// time or cause with its own subject ("..., after it agreed on Tuesday to buy", "..., before
// the company reported", "..., when regulators met"), so that its verbs are not those of a date
// before the comma whose own clause has a verb that tells a tense: in "will lay out its plans
// at a meeting on Thursday, after it agreed on Tuesday to buy Tower" Thursday is the meeting's,
// ahead. A date whose clause has no such verb on its left (a fronted "On Thursday, after the
// market closed, ...") keeps reading past the comma.
func (m *matcher) subordinateAfterComma(k, start int) bool {
	if !m.punct(k, ",") || !m.anyWord(k+1, "after", "before", "when", "once", "because") || k+2 >= len(m.toks) {
		return false
	}
	j := k + 2
	if w := m.toks[j].s; m.toks[j].kind != kWord || !(inSet(determiners, w) || inSet(clausePronouns, w) || m.toks[j].upper && m.toks[j].lex.kind == lxNone) {
		return false // "..., after hours", "..., before midnight": a time, not a clause
	}
	for i := start - 1; i >= 0 && i >= start-25 && m.toks[i].clause == m.toks[start].clause; i-- {
		if m.toks[i].kind != kWord {
			continue
		}
		if t, _, kind := m.wordCue(i, start); t != tenseNone && kind != cueReporting {
			return true
		}
	}
	return false
}

// moveParticiples are the participles and other forms of verbs that move a date, beyond the
// past and base forms movedTo lists: "extended its review in April, moving the action date to
// Aug. 31", "cut its forecast, pushing the launch to March". The date moved to lies ahead of
// the move, as after "moved the vote to".
var moveParticiples = map[string]bool{"moving": true, "pushing": true, "pushes": true, "postponing": true,
	"delaying": true, "deferring": true, "defers": true, "rescheduling": true, "reschedules": true,
	"shifting": true, "shifted": true, "shifts": true, "shift": true}

// scheduleDateNoun reports whether the noun after a date at token end makes it a date set, with
// "the" as with "a": "set the March 15 date", "gave it an Aug. 31 action date", "set a June 1
// effective date". Regulators' dates name the act to come: an action, a decision, a review.
func (m *matcher) scheduleDateNoun(end int) bool {
	return m.word(end, "date") ||
		m.anyWord(end, "action", "decision", "review", "effective", "approval", "compliance", "shipping", "ship", "go-live") && m.word(end+1, "date")
}

// futureThenCoordinate reports whether the habit word at token k lies past a comma's "and" or
// "but" that joins another predicate to a clause whose own verb, before the date at token
// start, is a modal of the future: in "Samsung will hold its launch in January, a source said,
// and usually puts new phones in stores two weeks later" the habit is the second predicate's,
// and January the one plan's, not every year's.
func (m *matcher) futureThenCoordinate(start, k int) bool {
	future := false
	for i := start - 1; i >= 0 && i >= start-12 && m.toks[i].clause == m.toks[start].clause; i-- {
		if m.anyWord(i, "will", "shall") || m.word(i, "to") && m.anyWord(i-1, "plans", "planned", "expects", "expected", "aims", "intends") {
			future = true
			break
		}
	}
	if !future {
		return false
	}
	for j := k - 1; j >= start; j-- {
		if m.anyWord(j, "and", "but") && m.punct(j-1, ",") {
			return true
		}
	}
	return false
}

// prepositionsAfterMonth end the phrase of "that October" as punctuation does: "the comment
// period closed that October with 4,000 letters", "the plant reopened that June under new
// owners". A noun after the month ("said that October sales rose") keeps "that" the
// clause's.
var prepositionsAfterMonth = map[string]bool{"with": true, "in": true, "at": true, "for": true, "from": true,
	"under": true, "amid": true, "despite": true, "without": true, "by": true, "to": true}
