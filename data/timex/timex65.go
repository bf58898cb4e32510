package timex

import "strings"

// Misreads of news copy noticed in a short round (timex65): a weekday in a clause of
// condition told in the present.

// conditionAhead reports whether the weekday at token start closes a clause of condition,
// opened by "in case", "if" or "unless", whose subject and verb are told in the present, with
// no past, no punctuation and no other date between: "has hired extra guards in case the
// talks fail on Friday", "is moving buses unless the union calls off its strike Friday",
// "bought sandbags in case the river floods on Tuesday". What a precaution or a condition
// weighs is still to come, whatever the tense of the main verb, and its weekday is the next
// one, as inCaseAhead (timex63.go) reads a month. A past in the clause ("in case the talks
// failed on Friday"), and a clause without a verb ("in case of rain on Friday"), keep the
// reading of the tense.
func (m *matcher) conditionAhead(start int) bool {
	sent := m.toks[start].sent
	verb := false
	for j := start - 1; j > 0 && j >= start-10; j-- {
		t := &m.toks[j]
		if t.sent != sent || t.kind == kPunct && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if m.word(j, "case") && m.word(j-1, "in") || m.anyWord(j, "if", "unless") {
			return verb && j+2 < start
		}
		if m.verbInfo(j)&(vPast|vPossibility) != 0 || calendarWord(t.lex.kind) {
			return false // a past, a modal, or another date between
		}
		if !verb && j > 0 && m.presentAfterSubject(j) {
			verb = true
		}
	}
	return false
}

// presentAfterSubject reports whether word k is a verb in the present after its subject: a
// form of "be" in the present, an -s form after a singular noun or a pronoun ("the storm
// hits", "it rains"), or a bare form after a plural noun or a plural pronoun ("the talks
// fail", "depositors panic", "they strike").
func (m *matcher) presentAfterSubject(k int) bool {
	t, p := &m.toks[k], &m.toks[k-1]
	if p.kind != kWord || p.lex.kind != lxNone {
		return false
	}
	w, subj := strings.ToLower(t.s), strings.ToLower(p.s)
	if w == "is" || w == "are" {
		return true
	}
	if t.upper || t.lex.kind != lxNone || len(w) < 3 || inSet(phrasePrepositions, w) || inSet(timePrepositions, w) ||
		inSet(determiners, subj) || inSet(notSubject, subj) && !pluralPronoun[subj] && !singularSubject[subj] ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return false
	}
	pluralNoun := len(subj) > 3 && strings.HasSuffix(subj, "s") && !strings.HasSuffix(subj, "ss") && !strings.HasSuffix(subj, "us") && !strings.HasSuffix(subj, "is")
	if sForm(w) {
		return !pluralNoun && !pluralPronoun[subj]
	}
	return pluralNoun || pluralPronoun[subj]
}

// pluralPronoun are the subjects of a bare present: "in case they strike".
var pluralPronoun = map[string]bool{"they": true, "we": true, "you": true, "i": true}

// periodFigures are the quantities a company counts over its quarter beside its results, the
// measures of its balance sheet and of its business: "Loans grew 9 percent from a year ago",
// "Deposits rose 4 percent from a year earlier", "Bookings fell 3 percent", "Subscribers rose
// 6 percent". Opening a comparison paragraphs after a results lede, they are the lede's quarter's
// figures (figureOpens, timex64.go), as orders and shipments are. The price of a share and the
// market's measures are no such count: "Shares rose 20 percent from a year ago" keeps the year.
var periodFigures = map[string]bool{"loans": true, "lending": true, "deposits": true, "assets": true,
	"premiums": true, "bookings": true, "deliveries": true, "volume": true, "volumes": true, "traffic": true,
	"subscribers": true, "backlog": true, "margins": true, "margin": true, "expenses": true, "costs": true,
	"production": true, "billings": true, "fees": true}

// ordinalPeriodEnded reads, before the verb of ending at token k, an nth quarter or half
// without "fiscal" whose end day, after k, is not the calendar's end of such a period: "the
// third quarter ended Oct. 27", "its first half, which ended Aug. 2". The ordinal and the day
// give the calendar of the year as "fiscal" would ("the fiscal third quarter ended Oct. 27"):
// the period is of a year that ends shift months after that day (January for a third quarter
// ended in October), and "the fourth quarter" the story names next is that year's, not the
// calendar's. A day in a quarter's first week ("the third quarter ended Oct. 2") closes the
// calendar's quarter on a 52-week calendar (endedQuarter), and an end the calendar's own
// ("the third quarter ended Sept. 30") says nothing.
func (m *matcher) ordinalPeriodEnded(p, k int) (int, bool) {
	if m.word(p, "which") {
		p--
	}
	if m.punct(p, ",") {
		p--
	}
	if !m.anyWord(p, "quarter", "half") || !m.anyWord(k, "ended", "ends", "ending") {
		return 0, false
	}
	o := p - 1
	if m.isHyphen(o) {
		o--
	}
	if o < 0 || m.toks[o].lex.kind != lxOrdinal || m.word(o-1, "fiscal") {
		return 0, false // the fiscal period is fiscalPeriodBefore's
	}
	j := k + 1
	if m.word(j, "on") {
		j++
	}
	if m.kind(j) != lxMonth {
		return 0, false
	}
	unit := uQuarter
	if m.word(p, "half") {
		unit = uHalf
	}
	shift, fiscal := fiscalShift(m.toks[o].lex.val, unit, m.toks[j].lex.val)
	if !fiscal {
		return 0, false
	}
	return shift, true
}
