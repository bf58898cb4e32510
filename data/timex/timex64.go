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
