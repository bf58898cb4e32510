package timex

// Misreads of public-health and epidemic news (timex70, batch heldout71): what a clause looks
// ahead to though its verb is past or perfect (a season counted on, a shortage warned of, a
// holiday worried about), "Now" that sets a present against the past sentence before it, and a
// habit told in an appositive after a complete clause ("were for flu, a level the agency
// normally sees only in bad seasons") that says nothing of the clause's date.

// relianceVerbs are the verbs whose "on" names what is counted on to come: "counting on the
// summer to make up for it", "banking on the spring".
// "Count", "bank" and "bet" in their bare and -s forms are as often nouns ("Savings Bank on
// Monday", "the count on Friday") and are left out.
var relianceVerbs = map[string]bool{"counting": true, "counted": true, "banking": true, "banked": true,
	"relying": true, "rely": true, "relies": true, "relied": true, "depending": true, "depend": true,
	"depends": true, "depended": true, "betting": true}

// reliedOn reports whether the time at token start is what a verb of reliance counts on:
// "operators had been counting on the summer to make up for a weak season", "shops are
// relying on the holidays": a time hoped for lies ahead of the hoping, whatever its tense.
// "reported on the summer" is no reliance, and "counting on summer sales" no time of its own.
func (m *matcher) reliedOn(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	return m.word(k, "on") && k > 0 && m.toks[k-1].kind == kWord && !m.toks[k-1].upper && relianceVerbs[lowerWord(&m.toks[k-1])]
}

// seasonReliedOn reports whether the bare season at token i is counted on ("counting on the
// summer to recover"): a time, as after "in" or "by", where the phrase ends with the season.
func (m *matcher) seasonReliedOn(i int) bool {
	return m.word(i-1, "the") && m.reliedOn(i) && m.phraseEndsAt(i+1)
}

// warnWords tell a warning, whose object is of what may come: "warned of shortages in
// December", "cautioned about layoffs by March".
var warnWords = map[string]bool{"warned": true, "warns": true, "warn": true, "warning": true, "warnings": true,
	"cautioned": true, "cautions": true, "caution": true}

// warnedOf reports whether the time at token start, after "in" or "by", ends the object of a
// warning: "the agency has warned of shortages in December", "warns of job cuts by March": the
// warned-of lies ahead of the warning. Up to four words between "of" (or "about") and the
// preposition, none a verb or a mark; "warned in December of shortages" dates the warning.
func (m *matcher) warnedOf(start int) bool {
	k := start - 1
	if !m.anyWord(k, "in", "by") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && m.toks[j].kind == kWord && m.toks[j].sent == m.toks[start].sent; j-- {
		if m.anyWord(j, "of", "about") {
			return j < k-1 && j > 0 && m.toks[j-1].kind == kWord && warnWords[lowerWord(&m.toks[j-1])]
		}
		if m.toks[j].lex.kind != lxNone || m.verbInfo(j)&(vPast|vFuture|vBe|vReporting) != 0 {
			return false
		}
	}
	return false
}

// worryWords are the states of fearing what comes: "worried about", "nervous about".
var worryWords = map[string]bool{"worried": true, "concerned": true, "nervous": true, "anxious": true, "fearful": true}

// worriedAbout reports whether the time at token start is what a present worry is about:
// "health officials are most worried about Thanksgiving", "retailers are increasingly nervous
// about Christmas": one fears what lies ahead. The worry must be told in the present ("is",
// "are", "am"), a degree adverb between at most; "were worried about Thanksgiving" is left to
// the tense.
func (m *matcher) worriedAbout(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.word(k, "about") || k < 2 || m.toks[k-1].kind != kWord || !worryWords[lowerWord(&m.toks[k-1])] {
		return false
	}
	j := k - 2
	if m.anyWord(j, "most", "more", "very", "so", "too", "increasingly", "deeply", "particularly", "especially", "also", "still", "less") {
		j--
	}
	return m.anyWord(j, "is", "are", "am")
}

// timex70AheadCue is the cue (tenseCue's) by which the clause looks ahead to the time at token
// start, whatever its tense, or "" when none does.
func (m *matcher) timex70AheadCue(start int) string {
	switch {
	case m.reliedOn(start):
		return "counting on"
	case m.warnedOf(start):
		return "warned of"
	case m.worriedAbout(start):
		return "worried about"
	case m.requestedThrough(start):
		return "asked to"
	}
	return ""
}

// requestVerbs ask or order someone to do something: "asked for recess to be moved", "urged
// the city to keep schools shut".
var requestVerbs = map[string]bool{"asked": true, "urged": true, "pressed": true, "ordered": true,
	"told": true, "petitioned": true, "begged": true, "lobbied": true, "directed": true}

// requestedThrough reports whether the time at token start ends "through", "until" or "into"
// in an infinitive that a past request governs: "parents asked for recess to be moved indoors
// through the fall", "the board urged the district to keep schools closed until the spring":
// what is asked for is to last ahead of the asking, though the request is past. The infinitive
// must open within eight words before the preposition, and the request verb within five words
// before "to"; "the school was kept open through the winter" asks nothing.
func (m *matcher) requestedThrough(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "through", "until", "into") {
		return false
	}
	sent := m.toks[start].sent
	for j := k - 1; j > 0 && j >= k-8 && m.toks[j].kind == kWord && m.toks[j].sent == sent; j-- {
		if !m.word(j, "to") {
			continue
		}
		for r := j - 1; r >= 0 && r >= j-5 && m.toks[r].kind == kWord && m.toks[r].sent == sent; r-- {
			if requestVerbs[lowerWord(&m.toks[r])] {
				return true
			}
		}
		return false
	}
	return false
}

// nowAfterPast reports whether "Now" opening a sentence at token i sets the present against a
// past the sentence before told: "Last month we had families waiting. Now we have more
// space", "The wards were full. Now the city has beds". A subject and "have" or "has" must
// follow it within four words (or a pronoun and a present of "be"), and the sentence before
// must hold a past verb. "Now, the board must decide", "Now that the deal is done", "Now is
// the time", "Now it is time for" and "Now the question is whether" are discourse, no time.
func (m *matcher) nowAfterPast(i int) bool {
	if i == 0 || m.anyWord(i+1, "that", "is", "was") ||
		i+1 >= len(m.toks) || m.toks[i+1].kind != kWord {
		return false
	}
	present := false
	pronoun := m.anyWord(i+1, "we", "they", "i", "you", "he", "she") // "Now it is time" is an idiom's
	for j := i + 1; j < len(m.toks) && j <= i+4 && m.toks[j].kind == kWord; j++ {
		if m.anyWord(j, "have", "has") || pronoun && m.anyWord(j, "is", "are", "am") {
			present = j > i+1
			break
		}
	}
	if !present {
		return false
	}
	k := i - 1
	for k >= 0 && m.toks[k].sent == m.toks[i].sent {
		k--
	}
	if k < 0 {
		return false
	}
	prev := m.toks[k].sent
	for ; k >= 0 && k >= i-40 && m.toks[k].sent == prev; k-- {
		if m.toks[k].kind == kWord && !m.toks[k].upper && m.verbInfo(k)&vPast != 0 && m.verbInfo(k)&vReporting == 0 {
			return true
		}
	}
	return false
}

// appositiveAfterClause reports whether word k opens an appositive ", a level the agency
// normally sees" after a clause that is complete before the comma and holds the time ending at
// token end: "Visits on Oct. 10 were for flu, a level the agency normally sees only in bad
// seasons". The appositive describes the figure; a habit in it says nothing of the date. "On
// Oct. 10, a doctor usually sees ten patients" has no verb before the comma and stays a habit.
func (m *matcher) appositiveAfterClause(end, k int) bool {
	if !m.anyWord(k, "a", "an") || !m.punct(k-1, ",") || k-1 <= end {
		return false
	}
	for j := end; j < k-1; j++ {
		if m.toks[j].kind == kWord && m.verbInfo(j)&(vPast|vBe) != 0 && !m.toks[j].upper {
			return true
		}
	}
	return false
}
