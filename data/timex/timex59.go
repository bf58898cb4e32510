package timex

// Misreads of news copy (timex59): a modal's clause reaches through "as soon as" and its noun
// phrase ("could begin as soon as the contract's expiration on Jan. 15").

// modalThroughAs reports whether the modal at token k governs a date at token start through a
// comparison of time between them: "as soon as", "as early as" or "as late as" right after
// the modal's verb phrase, then a noun phrase that holds the date ("A strike could begin as
// soon as the contract's expiration on Jan. 15", "the sale may close as early as the end of
// its fiscal year in June"). The noun phrase has no verb of its own: "as soon as trading
// opened on Monday" is a clause whose own verb tells.
func (m *matcher) modalThroughAs(k, start int) bool {
	cl := m.toks[start].clause
	j := k + 1
	for ; j < start && j <= k+6; j++ {
		if m.word(j, "as") && m.anyWord(j+1, "soon", "early", "late") && m.word(j+2, "as") {
			break
		}
		if m.toks[j].kind != kWord || m.toks[j].in(sClauseWords) {
			return false
		}
	}
	if j >= start || j > k+6 || start-(j+3) > 8 {
		return false
	}
	for n := j + 3; n < start; n++ {
		t := &m.toks[n]
		if t.clause != cl || t.kind == kPunct && t.s != "'" && t.s != "’" && t.s != "-" {
			return false
		}
		if t.kind == kWord && (t.in(sClauseWords) || m.verbInfo(n)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0) {
			return false
		}
	}
	return true
}

// irregularAsideOpens reports whether the word at token k, after a comma, is an irregular past
// participle in -n that opens an aside with its date ("The rule, drawn up in March, will take
// effect", "The judge, sworn in on Monday, will hear the case", "The loan, forgiven in May,
// ..."): the aside is read on its own, as one a participle in -ed opens, so that the main
// clause's verb, nearer to the date than a participle with its particle, does not date it.
// Participles spelled as their base ("cut", "set") are bareParticiple's.
func (m *matcher) irregularAsideOpens(k int) bool {
	if k+2 >= len(m.toks) || m.toks[k].kind != kWord || m.toks[k].upper || !m.toks[k].in(sIrregularParticiples) ||
		m.toks[k].in(sBareIrregular) || m.verbInfo(k)&vPast != 0 {
		return false
	}
	p := k + 1
	if m.anyWord(p, "out", "up", "down", "off", "over", "in") && m.anyWord(p+1, "in", "on", "during", "last") {
		p++ // "drawn up in March", "sworn in on Monday"
	}
	return m.anyWord(p, "in", "on", "during", "last")
}

// subordinateBareNoun reports whether token k, with no comma before it, opens a subordinate
// clause of time or cause whose subject is a bare plural noun ("will open a conference on
// Tuesday after negotiators failed to agree", "plans to vote Friday because members want
// more time"), so that its verbs are not those of a date before it whose own clause has a
// verb that tells a tense, as subordinateAfterComma reads after a comma. "after hours of
// talks" is a time, no clause (bareNounSubject).
func (m *matcher) subordinateBareNoun(k, start int) bool {
	if !m.anyWord(k, "after", "before", "when", "once", "because") || m.punct(k-1, ",") || k+1 >= len(m.toks) ||
		m.toks[k+1].kind != kWord || !m.bareNounSubject(k+1) { // timex57.go
		return false
	}
	return m.clauseTensedLeft(start) // timex40.go
}
