package timex

// Families of broadcast business news of 1997-2000 (heldout66, timex63): anchors' and
// correspondents' market closes, earnings and the Fed, told with spelled-out years.

// changeForYear reports whether "the year" at x, after "for", closes a market's change told
// with its figure: "the index is up about twenty percent for the year", "the Dow has gained
// 1,200 points for the year". A wrap-up sums the year as it sums the week (weekOfChange), and
// the year is the telling's though no results word is in the sentence (resultsSentence). A
// change without its figure ("stocks fell for the year") stays none, as "fell for the month"
// does.
func (m *matcher) changeForYear(x *match) bool {
	f := x.start - 2
	return m.word(x.start-1, "for") && m.word(x.end-1, "year") && !m.word(x.start+1, "fiscal") &&
		(m.punct(f, "%") || m.anyWord(f, "percent", "points", "point", "cents"))
}

// periodSpelledYear reads the year in words after "of" at token j that closes a quarter or a
// half, k the token after "of" (and "fiscal" if any): "a slower first half of two thousand
// one", "the fourth quarter of nineteen ninety-eight". A broadcast says its years so, and the
// period is of that year, one expression, as "the first half of 2001" is. A count after "of"
// ("the first half of two thousand shares") names no year: something follows it that it counts.
func (m *matcher) periodSpelledYear(j, k int) (year, end int, ok bool) {
	if !m.word(j, "of") || m.kind(k) != lxNumber {
		return 0, 0, false
	}
	y, e, ok := m.spelledYear(k)
	if !ok || !m.countlessAfter(e) {
		return 0, 0, false
	}
	return y, e, true
}

// comparedSubject reports whether the word of foreseeing at token k (comparedWords) follows
// "than" and a subject of up to three words with no verb among them: "better than anyone
// expected in January", "more than Wall Street expected in February", "slower than most
// economists had hoped". The comparison measures an outcome against what was foreseen, and
// the date after it is the outcome's or the foreseeing's, told in the verb's tense, not the
// future of an expectation ("The ruling is expected in January" is ahead).
func (m *matcher) comparedSubject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := &m.toks[j]
		if t.kind != kWord || t.lex.kind != lxNone || t.in(sClauseWords) ||
			m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0 || m.anyWord(j, "had", "has", "have", "was", "were", "than", "as") {
			return false
		}
		if m.word(j-1, "than") {
			return true
		}
	}
	return false
}

// inCaseAhead reports whether the month or day at token start closes a clause opened by "in
// case" whose verb is no past: "has ordered extra cash printed in case people withdraw it
// before January 1", "the county bought sandbags in case the river floods in November". What
// a precaution guards against lies after it, whatever the tense of the taking: the clause's
// present speaks of a time to come, and its date is the next such day or month, not the
// nearest or the one the main verb's past would send back. A past in the clause ("in case
// customers panicked in January") keeps the reading of the tense.
func (m *matcher) inCaseAhead(start int) bool {
	sent := m.toks[start].sent
	for j := start - 1; j > 0 && j >= start-12; j-- {
		t := &m.toks[j]
		if t.sent != sent || t.kind == kPunct && t.s != "-" {
			return false
		}
		if t.kind != kWord {
			continue
		}
		if m.word(j, "case") {
			return m.word(j-1, "in") && j+1 < start
		}
		if m.verbInfo(j)&vPast != 0 || calendarWord(t.lex.kind) {
			return false // a past, or another date between
		}
	}
	return false
}

// wantedNow reports whether word k is a present of wanting ("want", "wants") with its object
// right after it and the date at token start closing that object, no verb between: "Officials
// say they do not want a rate increase in December", "The union wants a new contract in
// December". The want is the telling's present, and its month is read from the telling (the
// publication's year), not with the story's last month, which may be of a year gone
// (storyDirection): the months of 1998 just told do not make a December wanted in August 1999
// that of 1998. A want told in the past ("wanted a new contract in December") keeps its
// reading, and so does a want with "to" (intentCue reads it).
func (m *matcher) wantedNow(k, start int) bool {
	if k+1 >= start || !m.anyWord(k, "want", "wants") || m.anyWord(k-1, "had", "a", "the") ||
		!m.toks[k+1].in(sObjectDeterminers) && !m.toks[k+1].in(sObjectQuantities) && !m.anyWord(k+1, "lower", "higher") {
		return false
	}
	for j := k + 1; j < start; j++ {
		t := &m.toks[j]
		if t.kind == kPunct && t.s != "-" || t.kind == kWord && (t.in(sClauseWords) || calendarWord(t.lex.kind) ||
			m.verbInfo(j)&(vPast|vFuture|vBe|vPossibility|vReporting) != 0) {
			return false
		}
	}
	return true
}
