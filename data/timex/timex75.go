package timex

// askingDateStart returns where the words before the opener at token at ("that" or "to")
// begin once a date of the asking right before it is set aside: "asked in March that the
// trial begin in November", "requested on Friday that the sale close in August", "asked the
// judge in early May to rule in July". The month or weekday there dates the asking, which is
// past; what is asked for in the clause after it still lies ahead (askedFor, timex72.go). The
// date is "in" or "on" and a month or weekday, "early", "mid" or "late" allowed before the
// month and a year after it; anything else leaves at as it is.
func (m *matcher) askingDateStart(at int) int {
	k := at - 1
	if _, ok := m.yearAt(k); ok && k > 0 && m.toks[k-1].lex.kind == lxMonth {
		k-- // "in March 2024"
	}
	if k < 2 {
		return at
	}
	switch m.toks[k].lex.kind {
	case lxMonth:
		k--
		if m.anyWord(k, "early", "mid", "late") {
			k--
		}
		if !m.word(k, "in") {
			return at
		}
	case lxWeekday:
		k--
		if !m.word(k, "on") {
			return at
		}
	default:
		return at
	}
	return k
}

// resultsTellingPresents are the presents a headline or a lead tells results with, whether
// on a schedule ahead or just gone: "Velcor posts results Tuesday", "Velcor releases results
// Tuesday", "Halden reports earnings Tuesday". Told the day after, any of them is the day gone.
var resultsTellingPresents = map[string]bool{"posts": true, "reports": true, "releases": true,
	"publishes": true, "unveils": true, "announces": true, "reveals": true, "discloses": true, "issues": true}

// presentResultsJustGone says whether the bare weekday at [i, j), in the headline's or the
// lead's sentence, closes a clause whose verb is a present of resultsTellingPresents and names
// the day before the telling: "Velcor releases results Tuesday", told on a Wednesday, is the
// Tuesday gone, as "Velcor posts results Tuesday" is (news94.go). The present of a headline
// told the day after tells what has just come out; news93's schedule reading ("announces
// results Thursday", told on a Monday) leaves the day just gone to the clause, and "reports"
// and "releases", verbs of a schedule as well, read it a week ahead, so the verbs disagreed.
// Any other weekday keeps the schedule's reading.
func (m *matcher) presentResultsJustGone(i, j int) bool {
	if m.kind(i) != lxWeekday || !m.hasDoc || m.toks[i].sent > 0 || mod(isoWeekday(m.doc)-m.toks[i].lex.val, 7) != 1 {
		return false
	}
	k := m.presentVerbBefore(i, func(k int) bool { return inSet(resultsTellingPresents, m.toks[k].s) })
	return k >= 0 && m.verbAfterSubject(k) && !m.toldBefore(k)
}

// toldBefore says whether a verb of saying, a past or a future comes before token k in its
// sentence: "The chipmaker said Acme reports on Thursday" tells a schedule someone gave, not
// a headline's news.
func (m *matcher) toldBefore(k int) bool {
	for j := k - 1; j >= 0 && m.toks[j].sent == m.toks[k].sent; j-- {
		if m.toks[j].kind == kWord && m.verbInfo(j)&(vReporting|vPast|vFuture) != 0 {
			return true
		}
	}
	return false
}

// untilAfterStart returns where a date's clause is to be read from when "until after" or
// "till after" stands right before it (with "the" between or not): "after", so that "put
// off the vote until after Thanksgiving", "was postponed until after the New Year" and "won't
// resume talks until after Labor Day" are read as "until Thanksgiving" is, ahead of their past
// or negated verbs. "After" alone sees no "until" and took the past verb's reading, the
// holiday a year back. "Since after" or a bare "after" keeps start.
func (m *matcher) untilAfterStart(start int) int {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.word(k, "after") || !m.anyWord(k-1, "until", "till") {
		return start
	}
	return k
}

// capitalNewYearTurn says whether "the New Year" at [start, end), capitalized, names the turn
// of the year as lower-case "the new year" does: after "after", "before", "until", "till",
// "into" or "by", and closing its clause ("put off the vote until after the New Year.",
// "will hold prices steady into the New Year, the company said"). Capitalized before a noun
// it names the holiday's stretch or its feast ("the New Year holiday", "the New Year
// celebrations"), no date, and "New Year's" is the day's own family.
func (m *matcher) capitalNewYearTurn(start, end int) bool {
	if !m.anyWord(start-1, "after", "before", "until", "till", "into", "by") {
		return false
	}
	if end >= len(m.toks) {
		return true
	}
	switch t := m.toks[end]; {
	case t.kind != kPunct:
		return false
	case t.s == "." || t.s == "," || t.s == ";" || t.s == ":" || t.s == "!" || t.s == "?" || t.s == ")":
		return true
	}
	return false
}
