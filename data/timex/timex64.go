package timex

import "strings"

// Misreads of corporate wire copy of 2012-2013 (heldout67, timex64): a passive with its
// auxiliary and its agent ("will be succeeded by Jones in January") is the auxiliary's tense,
// not the reduced participle of a memo "seen by Reuters on Monday".

// passiveAfterBe reports whether the participle at token p follows "be" or "being", with at
// most an adverb in -ly between: "will be succeeded by Lena Voss in January", "is to be
// acquired by Crestline in the spring", "is being bought by a rival in March". Such a passive
// is the verb of its clause, and the modal or the present before it tells its time; only a
// participle without its auxiliary ("a memo seen by Reuters on Monday", "a letter reviewed by
// the Journal on Friday") reduces a relative clause whose act is past. "was replaced by Jones
// in January" keeps the past of "was".
func (m *matcher) passiveAfterBe(p int) bool {
	k := p - 1
	if k >= 0 && m.toks[k].kind == kWord && len(m.toks[k].s) > 3 && strings.HasSuffix(strings.ToLower(m.toks[k].s), "ly") {
		k--
	}
	return m.anyWord(k, "be", "being")
}

// nearerAhead reports whether a season told in the present, this year's one numbered seq, lies
// three seasons back from the telling's (cur), so that the next such season, one ahead, is the
// nearer: the spring told in December. "is subject to a vote of shareholders in the spring",
// "needs the court's approval in the spring", told in December, are the coming spring, as they
// are told in January, whose winter the year before numbers; a present season two back (the
// spring told in the fall) is as near behind as ahead, and stays the year's.
func nearerAhead(seq, cur int) bool {
	return cur-seq >= 3
}

// rememberLede keeps quarter q, named in sentence sent, as the quarter a results story's lede
// reports: the first quarter the text names, in its first or second sentence (a dateline's
// abbreviation may end the first early), with a word of results in that sentence ("said its
// fiscal fourth-quarter profit fell 14 percent", "said its first-quarter earnings rose").
func (m *matcher) rememberLede(q, sent int, by string) {
	if m.ledeQuarter != 0 || m.ledeQuarterSent < 0 || len(m.toks) == 0 {
		return
	}
	if sent > m.toks[0].sent+1 || !m.sentenceHolds(sent, sResultsWords) {
		m.ledeQuarterSent = -1 // the first quarter named is no lede's: none is
		return
	}
	m.ledeQuarter, m.ledeQuarterSent, m.ledeQuarterBy = q, sent, by
}

// sentenceHolds reports whether sentence sent holds a word of set s.
func (m *matcher) sentenceHolds(sent, s int) bool {
	for k := range m.toks {
		if t := &m.toks[k]; t.sent == sent && t.kind == kWord && t.in(s) {
			return true
		}
	}
	return false
}

// ledeQuarterBack reads "a year earlier" or "a year ago" at tokens [i, end), the term of a
// comparison ("fell 11 percent from a year earlier"), in a sentence too far from the last
// quarter named for that quarter to be the figure's (normComparable), as the quarter the
// results story's lede reported, a year back: "Garrison said its fiscal fourth-quarter profit
// fell ... [three paragraphs on the budget] ... Orders fell 11 percent from a year earlier",
// "Sales in China fell 4 percent from a year earlier" after the outlook's paragraphs. The
// sentence must open with the figure, a word of results or a measure ("Orders", "Sales in
// China", "Revenue"), and not look ahead: "expects sales to rise from a year earlier" is a
// forecast's, whose period the lede does not give, and a figure of a story that reports no
// quarter in its lede ("Shares rose 20 percent from a year ago") keeps the year.
func (m *matcher) ledeQuarterBack(i, end int) (cand, bool) {
	if m.ledeQuarter == 0 || !m.word(i, "a") || m.toks[i].sent <= m.ledeQuarterSent || !m.figureOpens(i) ||
		m.tense(i, end) == tenseFuture {
		return cand{}, false
	}
	n := m.ledeQuarter - 4
	return cand{end: end, typ: "DATE", val: quarterVal(n/4, n%4+1), gran: gQuarter, by: m.ledeQuarterBy, aside: true}, true
}

// figureOpens reports whether the sentence of token i opens with a figure of results or a
// measure, among its first three words: "Orders fell", "Sales in China fell", "Quarterly
// revenue rose", "Loans grew" (periodFigures, timex65.go).
func (m *matcher) figureOpens(i int) bool {
	k := i
	for k > 0 && m.toks[k-1].sent == m.toks[i].sent {
		k--
	}
	for j := k; j < k+3 && j < i; j++ {
		if t := &m.toks[j]; t.kind == kWord && (t.in(sResultsWords) || t.in(sMeasuredWords) || inSet(periodFigures, t.s)) {
			return true
		}
	}
	return false
}

// storyInOtherAside reports whether the story's month or day, the last one named, stands in
// an aside (a relative clause, a participle or words between commas or parentheses) that does
// not hold token start: "The
// retailer, which filed for Chapter 11 in January, said it would close 40 stores by March".
// The aside's month dates the aside alone, as a year in one does (historyYear): the saying
// is the news's, and "would" looks ahead from the telling, not from January, where "said in
// January it would close 40 stores by March" looks ahead from the saying's month.
func (m *matcher) storyInOtherAside(start int) bool {
	a, b := m.asideOf(m.lastMonthTok)
	return a < b && (start < a || start >= b)
}
