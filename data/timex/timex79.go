package timex

// verbBeforeObject reports whether a verb stands before the -s word at token k in its clause,
// so that the word is in that verb's object or in a phrase after it, a noun and no present
// verb of its own (presentBeforeDate): "met with his top aides Wednesday", "lashed out at his
// relatives Sunday".
//
// The sign of an amount or a number's thousands comma is part of a noun phrase and ends no
// clause: "received $200 million from the sale of its paper mills on Tuesday", "shipped
// 40,000 tons from its steel works on Friday". "After", "before", "since" and "until" before
// a noun phrase are prepositions as often as they open a clause; a past verb before them
// still governs the phrase, as a present after them would not follow it ("jumped after the
// sale of its steel works on Friday"); "will wait until the store closes Friday" is left to
// the verbs' own tense.
func (m *matcher) verbBeforeObject(k int) bool {
	crossed := false // past "after", "before", "since" or "until"
	for j := k - 1; j >= 0 && m.toks[j].clause == m.toks[k].clause; j-- {
		t := &m.toks[j]
		if t.kind == kPunct {
			if t.s == "'" || t.s == "’" || t.s == "-" || m.amountMark(j) || m.thousandsComma(j) {
				continue
			}
			return false
		}
		if m.anyWord(j, "after", "before", "since", "until") && !crossed {
			crossed = true
			continue
		}
		if t.in(sClauseWords) {
			return false
		}
		if t.kind != kWord {
			continue
		}
		info := m.verbInfo(j)
		if crossed && info&vPast != 0 && info&vReporting == 0 {
			return true
		}
		if !crossed && (info&(vPast|vFuture|vBe|vPossibility) != 0 || t.in(sBareIrregular)) {
			return true
		}
	}
	return false
}

// amountMark reports whether token j is the sign of an amount: "$200 million", "£5", "40%".
func (m *matcher) amountMark(j int) bool {
	return m.anyPunct(j, "$", "£", "€", "¥", "%")
}

// thousandsComma reports whether token j is a comma glued between two numbers: "40,000".
func (m *matcher) thousandsComma(j int) bool {
	return m.punct(j, ",") && j >= 1 && j+1 < len(m.toks) && m.toks[j-1].kind == kNum && m.toks[j+1].kind == kNum &&
		m.glued(j) && m.glued(j+1)
}
