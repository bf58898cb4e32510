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
	if m.toks[j].kind != kWord || !m.subjectOpens(j) && !m.bareNounSubject(j) { // tense.go, timex57.go
		return false // "..., after hours", "..., before midnight": a time, not a clause
	}
	return m.clauseTensedLeft(start)
}

// clauseTensedLeft reports whether the clause of the date at token start has, on its left within 25
// tokens, a verb that tells a tense other than a verb of saying: the clause a subordinate one
// after the date cannot lend its tense to.
func (m *matcher) clauseTensedLeft(start int) bool {
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

// scheduleOf reports whether the month or day at token start names, after "of", the date a
// verb of setting gives something: "set a deadline of March 31 for comments", "setting a new
// action date of Feb. 28", "gave the bank a target date of June 1". As with "a June 1 target
// date" (setDateAhead), the date lies ahead of the setting unless the sentence dates the
// setting first; "missed a deadline of March 31" has no verb of setting.
func (m *matcher) scheduleOf(start int) bool {
	k := m.setVerbOf(start)
	return k >= 0 && !m.monthOrYearBefore(k)
}

// setVerbOf is the verb of setting whose "deadline of" or "date of" the date at token start
// follows, -1 when none.
func (m *matcher) setVerbOf(start int) int {
	n := start - 2
	if !m.word(start-1, "of") || !m.anyWord(n, "deadline", "date") {
		return -1
	}
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if m.toks[k].kind != kWord {
			return -1
		}
		if m.toks[k].in(sSetVerbs) {
			return k
		}
	}
	return -1
}

// setVerbBefore is the verb of setting of a date written before its noun ("set a Feb. 27
// target date", "gave the union a June 30 deadline") or after "of" ("a target date of Feb.
// 27"), -1 when none.
func (m *matcher) setVerbBefore(start, end int) int {
	if k := m.setVerbOf(start); k >= 0 {
		return k
	}
	if !m.anyWord(start-1, "a", "an", "the") ||
		!m.scheduleDateNoun(end) && !m.anyWord(end, "deadline", "hearing", "vote", "meeting", "launch") {
		return -1
	}
	for k := start - 2; k >= 0 && k >= start-6; k-- {
		if m.toks[k].kind != kWord {
			return -1
		}
		if m.toks[k].in(sSetVerbs) {
			return k
		}
	}
	return -1
}

// yearAfterDatedSetting is the year of a month mo set as a date in a sentence that dates the
// setting with a month before it: the set date lies after that month, in its year or the next.
// "The agency accepted the filing in August, giving it a target date of Feb. 27" told in
// October 2012 is Feb. 27, 2013; "In May, the board gave the union a June 30 deadline" told
// in September is the June gone, as setDateAhead leaves it.
func (m *matcher) yearAfterDatedSetting(start, end, mo int) (int, bool) {
	if m.lastMonth == 0 || m.lastMonthSent != m.toks[start].sent {
		return 0, false
	}
	k := m.setVerbBefore(start, end)
	if k < 0 || !m.monthOrYearBefore(k) {
		return 0, false
	}
	y, lm := m.lastMonth/12, m.lastMonth%12+1
	if mo < lm {
		y++
	}
	return y, true
}

// movedByAmountTo reports whether the date at token start follows ", to" after a move measured
// with "by": "pushed back its decision by three months, to June 30", "extended the review by
// 90 days, to Aug. 4". The date moved to lies ahead of the move, as in "moved the vote to".
func (m *matcher) movedByAmountTo(start int) bool {
	if !m.word(start-1, "to") || !m.punct(start-2, ",") {
		return false
	}
	b := -1
	for k := start - 3; k >= 0 && k >= start-7 && m.toks[k].kind != kPunct; k-- {
		if m.word(k, "by") {
			b = k
			break
		}
	}
	if b < 0 {
		return false
	}
	if _, _, ok := m.unitAt(start - 3); !ok {
		return false // "by the agency, to June 30": no measure of the move
	}
	for k := b - 1; k >= 0 && k >= b-7 && (m.toks[k].kind == kWord || m.punct(k, "'") || m.punct(k, "’")); k-- {
		if m.toks[k].in(sMoveParticiples) || m.anyWord(k, "postponed", "postpone", "postpones", "delayed", "delay", "delays",
			"deferred", "moved", "move", "moves", "rescheduled", "pushed", "push", "extended", "extends", "extending", "extend") {
			return true
		}
	}
	return false
}
