package timex

// Families of Wall Street Journal business copy of 1989-1990 (heldout54, timex46): a fiscal
// calendar a results story gives by a deictic ("ends next June") or by naming its quarter again
// by the last day ("In the quarter ended Sept. 30"), and held to the item of a roundup that
// gives it.

// fiscalQuarterRenamed reads "the quarter ended Sept. 30" at p (the word "quarter") as the
// second name of a fiscal quarter its sentence or the one before led with: "said its fiscal
// first-quarter profit fell. In the quarter ended Sept. 30, it earned ..." dates the fiscal
// first quarter's end, and so the fiscal year's. It returns the months from that day to the
// fiscal year's end, as fiscalPeriodBefore does. "The quarter ended" alone names no fiscal
// calendar: a calendar company says it of its third quarter. A quarter that ends on no month's
// last day ("the quarter ended Jan. 28") is of a retailer's weeks, whose year is named for the
// year it began in, as is a year that ends in January: both are left to the tense.
func (m *matcher) fiscalQuarterRenamed(p int) (int, bool) {
	if !m.word(p, "quarter") || !m.word(p-1, "the") || m.kind(p+2) != lxMonth {
		return 0, false
	}
	mo, d := m.toks[p+2].lex.val, p+3
	if m.punct(d, ".") {
		d++
	}
	if dn, ok := m.dayNumAt(d); !ok || dn != date(1989, mo+1, 0).Day() {
		return 0, false // 1989: a year whose February has 28 days, as most have
	}
	sent := m.toks[p].sent
	for q := p - 2; q >= 0 && m.toks[q].sent >= sent-1; q-- {
		if !m.anyWord(q, "quarter", "half") {
			continue
		}
		shift, ok := m.fiscalPeriodBefore(q)
		if !ok || (mo+shift-1)%12+1 == 1 {
			return 0, false
		}
		return shift, true
	}
	return 0, false
}

// itemOf is the span of tokens [from, to) of the story's item that holds token k: a roundup of
// company news opens each item after the first with "Separately," or "Elsewhere," or "In a
// separate ..." or "In another ...", and a fiscal calendar one company states is not the next
// company's ("Halvorsen's fiscal 1990 ends next June. ... Separately, Kestrel said its fourth
// quarter ..." is the calendar's fourth quarter).
func (m *matcher) itemOf(k int) (from, to int) {
	from, to = 0, len(m.toks)
	for j := 1; j < len(m.toks); j++ {
		if m.toks[j].sent == m.toks[j-1].sent || !m.itemOpens(j) {
			continue
		}
		if j <= k {
			from = j
		} else {
			return from, j
		}
	}
	return from, to
}

// itemOpens reports whether the sentence that starts at token j opens another item of news.
func (m *matcher) itemOpens(j int) bool {
	switch {
	case m.anyWord(j, "separately", "elsewhere") && m.punct(j+1, ","):
		return true
	case m.word(j, "in") && m.anyWord(j+1, "a", "another") && (m.word(j+1, "another") || m.word(j+2, "separate")):
		return true
	}
	return false
}
