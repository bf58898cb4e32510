package timex

// measureParticiple reports whether the -ed form at token k is a participle after an
// auxiliary and a measure of how far the act has gone: "will be half finished by June", "must
// be 40 percent leased by December", "should be two-thirds built by spring". As after an
// adverb (adverbParticiple), the auxiliary's tense is the clause's, not the participle's past.
func (m *matcher) measureParticiple(k int) bool {
	j := k - 1
	if j < 1 || !(m.anyWord(j, "half", "percent", "third", "thirds", "quarter", "quarters") || m.punct(j, "%")) {
		return false
	}
	if m.word(j, "half") && !m.anyWord(j-1, "a", "one") {
		return m.toks[j-1].kind == kWord && m.toks[j-1].in(sParticipleAux) // "be half leased"
	}
	// the measure's count: "40 percent", "two-thirds", "a third", "three quarters"
	n := j - 1
	for n > j-4 && n >= 1 && (m.toks[n].kind == kNum || m.isHyphen(n) || m.toks[n].lex.kind == lxNumber || m.word(n, "a")) {
		n--
	}
	return n < j-1 && m.toks[n].kind == kWord && m.toks[n].in(sParticipleAux)
}
