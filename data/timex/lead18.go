package timex

// The lead's eighteenth round: misreads found probing 2024-2025 company news.

// asClauseAfterDate says whether "as" at token k, right after a date that ends at token end,
// opens a clause of its own with a subject: "cut its dividend on Thursday as the chain plans to
// spend on its stores", "sold the unit in March as it prepares a listing". The verbs after it
// are that clause's, not the date's (timex49.go reads the same clause after a comma). "As" before
// a description ("named her on Monday as the company's chief") or a comparison ("as much as")
// opens none: those words are no subject.
func (m *matcher) asClauseAfterDate(k, end int) bool {
	if k != end || !m.word(k, "as") {
		return false
	}
	if m.anyWord(k+1, "they", "it", "he", "she", "we", "i", "you") {
		return true
	}
	if !m.anyWord(k+1, "the", "its", "their", "his", "her") {
		return false
	}
	// "as the restaurant chain plans": a noun phrase of up to four words, then a verb that
	// tells a tense of its own
	for j := k + 2; j < len(m.toks) && j <= k+6 && m.toks[j].clause == m.toks[k].clause; j++ {
		if m.punct(j, "'") || m.punct(j, "’") || m.word(j, "s") {
			continue // "as the company's shares fell"
		}
		if m.toks[j].kind != kWord {
			return false
		}
		// a present of intent ("plans", "aims") is a verb here, as timex57 reads it
		if m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vSchedule|vReporting) != 0 || inSet(presentIntent, tokText(m.toks, j)) {
			return true
		}
	}
	return false
}

// awaitedPossessive says whether a weekday's possessive at token i ("Friday's jobs report") is
// the object of a present of awaiting, watching or worry: "Investors await Friday's jobs
// report", "traders are watching Friday's inflation data", "doctors are most worried about
// Friday's game". What is awaited lies ahead, so a weekday told before it is the one to come;
// the past ("investors awaited Friday's report", "digested Friday's report") is left to the
// tense.
func (m *matcher) awaitedPossessive(i int) bool {
	if m.worriedAbout(i) { // timex70.go
		return true
	}
	switch {
	case m.anyWord(i-1, "await", "awaits"):
		return true
	case m.anyWord(i-1, "awaiting", "watching", "eyeing"):
		return m.anyWord(i-2, "is", "are", "am") || m.punct(i-3, "'") && m.anyWord(i-2, "re")
	case m.word(i-1, "for") && m.anyWord(i-2, "bracing", "positioning", "preparing", "waiting"):
		// "investors are bracing for Friday's jobs report", "are waiting for"
		return m.anyWord(i-3, "is", "are", "am")
	case m.word(i-1, "to") && m.anyWord(i-2, "turns", "turn", "shifts", "shift", "looks", "look"):
		// "focus turns to Friday's payrolls data", "Wall Street looks to Thursday's price index"
		return true
	case m.anyWord(i-1, "watch", "parse", "scrutinize", "monitor", "eye") && m.anyWord(i-2, "will", "ll"):
		// "investors will parse Thursday's inflation report": watching what comes ("will
		// appeal Friday's ruling" takes one gone, and is left to the tense)
		return true
	case m.word(i-1, "is") && m.word(i-2, "up") && m.word(i-3, "next"):
		// "Next up is Friday's jobs report"
		return true
	case m.word(i-1, "on") && m.anyWord(i-2, "is", "are") && m.anyWord(i-3, "eyes", "focus", "attention", "spotlight"):
		// "all eyes are on Friday's jobs report"
		return true
	}
	return false
}
