package extract

// The lead's seventeenth round: misreads found probing 2024-2025 company news.

// personSince says whether the words from i up to trigger t are a person's name and the verb
// it takes, the subject of a clause that "since" opens: "the deepest cuts since Brian Niccol
// took over", "since Bob Iger returned as chief executive", "since Tony Spring was named
// chief executive" (a role after "as" or a participle after its auxiliary is the trigger, the
// verb before it the clause's). The name is two or three capitalized words that are
// neither a month nor a weekday ("since January", "since Monday, it has") nor a company, which
// sinceClauseVerb asks for itself.
func (s *sentence) personSince(i int, t trigger) bool {
	name := i
	for name < t.from && name < i+3 && startsUpper(s.toks[name].text) {
		w := s.words[name]
		if len(w) < 2 || monthWords[w] || weekdays[w] || isNumber(w) {
			return false
		}
		name++
	}
	if name-i < 2 || s.companyWithin(i, name) {
		return false
	}
	if name == t.from {
		return true
	}
	// "took over as", "was named": at most two lower-case words of the clause's verb
	if t.from-name > 2 {
		return false
	}
	for k := name; k < t.from; k++ {
		if startsUpper(s.toks[k].text) || isClauseMark(s.words[k]) {
			return false
		}
	}
	return true
}

// reportedPerson says whether word r is part of a person's name or title standing as the
// subject a reporting verb backshifts: "said Andrew Witty had stepped down", "said chief
// executive Jane Roe had resigned" (lead15.go reportedPluperfect).
func (s *sentence) reportedPerson(r int) bool {
	return officerTitles[s.words[r]] || startsUpper(s.toks[r].text) && !reportingPast[s.words[r]] && !isNumber(s.words[r])
}

// returnVerbs and returnPosts make an officer who returns to a post: "with former CEO Stephen
// Hemsley returning to the role", "will return as interim chief". A return from elsewhere
// ("returned from a trip") names no officer who comes in.
var (
	returnVerbs = wordSet(`return returns returned returning`)
	returnPosts = wordSet(`role helm post job position top company`)
)

// returnsToPost says whether the words after a person's name return them to a post.
func returnsToPost(after []string) bool {
	if len(after) > 2 && companyAuxiliaries[after[0]] || len(after) > 2 && (after[0] == "would" || after[0] == "to") {
		after = after[1:] // "will return as", "is to return to the helm"
	}
	if len(after) < 2 || !returnVerbs[after[0]] {
		return false
	}
	if after[1] == "as" {
		return true
	}
	return after[1] == "to" && containsAny(after[2:], returnPosts)
}

// pluperfectRelative says whether a date ending at word to, before trigger t, stands outside a
// relative clause whose verb, the trigger's, is in the pluperfect: "shareholders on Thursday
// approved the package again, reaffirming a vote that a Delaware judge had voided in January".
// The clause recalls the story's past; the main clause's Thursday is not its time. A "that"
// after a reporting verb opens what was said ("said on Monday that a judge had voided"), no
// relative clause.
func (s *sentence) pluperfectRelative(to int, t trigger) bool {
	w := s.words
	had := -1
	for k := max(t.from-2, to); k < t.to; k++ {
		if w[k] == "had" && k+1 < len(w) && participle(w[k+1]) {
			had = k
			break
		}
	}
	if had < 0 {
		return false
	}
	for k := had - 1; k > to; k-- {
		if (w[k] == "that" || relativePronoun(w[k])) && !dayReporters[w[k-1]] {
			return true
		}
	}
	return false
}
