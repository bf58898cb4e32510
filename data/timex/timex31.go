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
		return m.toks[k-2].in(sModalWords) || m.contractedModal(k-2)
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

// comingPresent reports whether token k, after "and", opens a second predicate in the present
// of coming, going or playing, with the date at token start right after it, after its
// destination or after a name it plays or meets: "left for the holiday without a deal and
// returns Monday", "toured the flood zone and flies to Jakarta on Saturday", "lost its third
// straight game and plays Denver on Sunday". The present of such a verb with its date is a
// schedule, ahead, whatever the first predicate's tense.
func (m *matcher) comingPresent(k, start int) bool {
	if !m.word(k-1, "and") || k >= len(m.toks) || m.toks[k].kind != kWord || m.toks[k].upper || !m.toks[k].in(sComingPresents) {
		return false
	}
	j := k + 1
	to := m.anyWord(j, "to", "for")
	if to {
		j++
	}
	n := j
	for j < len(m.toks) && j <= n+2 && m.toks[j].kind == kWord && m.toks[j].upper && !calendarWord(m.toks[j].lex.kind) {
		j++ // "to Jakarta", "plays Denver", "meets New Zealand"
	}
	if to && j == n || j > start || start-j > 3 {
		return false
	}
	return m.dateFollows(j)
}

// comingPresents are the presents of travel and of a fixture, the third person's and the
// plural's ("the Hawks lost and play Boston on Friday").
var comingPresents = map[string]bool{"returns": true, "flies": true, "heads": true, "leaves": true, "travels": true,
	"arrives": true, "departs": true, "visits": true, "hosts": true, "plays": true, "meets": true, "faces": true,
	"resumes": true, "reconvenes": true, "testifies": true,
	"return": true, "fly": true, "head": true, "leave": true, "travel": true, "arrive": true, "depart": true,
	"visit": true, "host": true, "play": true, "meet": true, "face": true, "resume": true, "reconvene": true}
