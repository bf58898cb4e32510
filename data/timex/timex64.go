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
