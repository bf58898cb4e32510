package timex

import "strings"

// Families of 2010-2013 wire news (heldout40, timex31): a modal's negation between it and the
// verb it governs.

// negatedModalBefore reports whether the bare verb at token k is the infinitive of a negated
// modal: "would not run", "will never seek", "won't attend", "wouldn't play". The negation
// stands between the modal and its verb, and the verb is no present of a schedule ("would not
// run for re-election in September" said in February looks ahead, as "would run" does).
func (m *matcher) negatedModalBefore(k int) bool {
	if k < 2 {
		return false
	}
	if m.anyWord(k-1, "not", "never") {
		return inSet(modalWords, m.toks[k-2].s) || m.contractedModal(k-2)
	}
	return m.contractedModal(k - 1)
}

// contractedModal reports whether token k is the "t" that ends a modal's negation split at its
// apostrophe: "won't", "wouldn't", "can't", "shouldn't".
func (m *matcher) contractedModal(k int) bool {
	if k < 2 || !m.word(k, "t") || !m.glued(k) || !(m.punct(k-1, "'") || m.punct(k-1, "’")) || !m.glued(k-1) {
		return false
	}
	_, ok := negatedModals[strings.ToLower(m.toks[k-2].s)]
	return ok
}

// negatedModals are the modals' stems before "'t", as the tokenizer splits them, with the modal
// each negates.
var negatedModals = map[string]string{"won": "will", "wouldn": "would", "can": "can", "couldn": "could",
	"shouldn": "should", "mustn": "must", "shan": "shall", "mightn": "might"}

// modalStem is the modal that token k negates as the stem of a contraction ("won" of "won't",
// "wouldn" of "wouldn't"), "" when it is none: "won" is then no past of "win".
func (m *matcher) modalStem(k int) string {
	if k+2 >= len(m.toks) || !m.contractedModal(k+2) {
		return ""
	}
	return negatedModals[strings.ToLower(m.toks[k].s)]
}

// possessedNoun reports whether the word at token k follows a possessive ("September's vote",
// "the party's march"): a noun, no verb of the clause.
func (m *matcher) possessedNoun(k int) bool {
	return k >= 2 && m.word(k-1, "s") && m.glued(k-1) && (m.punct(k-2, "'") || m.punct(k-2, "’")) && m.glued(k-2)
}
