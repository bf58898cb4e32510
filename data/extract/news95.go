package extract

import "github.com/eventline/eventline/data/events"

// Misreads of company news noticed in the news95 round.

// hearerTellings are the pasts of verbs of telling that take a hearer before what is told:
// "told staff", "informed investors", "assured analysts".
var hearerTellings = wordSet(`told informed assured notified briefed reminded warned`)

// toldHearerOn says whether the words before word k+1, where a date starts (after a dropped
// "on"), are a past verb of telling and its hearer: "told staff on Tuesday she will retire",
// "informed investors Monday it would cut 500 jobs". The date is the telling's day, which
// dates the news told as "said on Monday" does, whatever its future. The hearer is a short
// phrase of words: "told to report on Monday" is an order, "was told on Friday" has none.
func toldHearerOn(w []string, k int) bool {
	for j := k; j >= 0 && j >= k-4; j-- {
		if hearerTellings[w[j]] {
			return j < k && w[j+1] != "to" && w[j+1] != "that" && w[j+1] != "of" && w[j+1] != "about"
		}
		if !isWordToken(w[j]) || isClauseBreak(w[j]) || toldVerbs[w[j]] {
			return false
		}
	}
	return false
}

// isWordToken says whether a token is a word, not a mark or a number.
func isWordToken(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// companyLeaver says whether w is a verb by which a person leaves a company named as its
// object: "is leaving Intel", "will leave Starbucks", "quit Boeing last week". A switch, not a
// word set: companyLeft asks it of every word of a sentence that names a company.
func companyLeaver(w string) bool {
	switch w {
	case "leave", "leaves", "leaving", "left", "quit", "quits", "quitting":
		return true
	}
	return false
}

// leaverAuxiliaries may stand between the person and the verb: "he is leaving", "she will
// leave", "who abruptly quit".
var leaverAuxiliaries = wordSet(`is was has had will would to also abruptly suddenly plans planned`)

// companyLeft adds a management change where a person leaves a company named as the verb's
// object: "John Doe is leaving Intel", "she will leave Starbucks at the end of the month", "he quit
// Boeing last week". The subject is "he" or "she", a post ("its finance chief quit Boeing") or a
// capitalized name that is no company's, after an appositive if one stands there. What a company
// is left in is no one's leaving ("leaving Intel's stock 3% lower", "left Boeing with a charge"),
// nor is a company's leaving ("Apple is leaving Intel's chips").
func (s *sentence) companyLeft(ts []trigger) []trigger {
	if len(s.companies) == 0 || hasType(ts, events.Executive) {
		return ts
	}
	w := s.words
	for v := 1; v+1 < len(w); v++ {
		if !companyLeaver(w[v]) || !s.companyStartsAt(v+1) {
			continue
		}
		end := v + 1
		for end < len(w) && s.companyAt(end) {
			end++
		}
		if possessiveAt(w, end) || end < len(w) && (w[end] == "'s" || w[end] == "with") {
			continue
		}
		if s.leaverBefore(v) {
			return append(ts, trigger{typ: events.Executive, from: v, to: v + 1, verbal: true})
		}
	}
	return ts
}

// companyStartsAt says whether a company's name the sentence names starts at token k.
func (s *sentence) companyStartsAt(k int) bool {
	for _, c := range s.companies {
		if s.startIndex(c.Start) == k {
			return true
		}
	}
	return false
}

// leaverBefore says whether the subject before the verb at token v is a person: "he", "she", a
// post or a capitalized name that no company's name holds, past auxiliaries and an appositive
// set off by commas ("John Doe, its head of foundry, is leaving").
func (s *sentence) leaverBefore(v int) bool {
	w := s.words
	k := v - 1
	for k >= 0 && leaverAuxiliaries[w[k]] {
		k--
	}
	if k >= 1 && w[k] == "," {
		j := k - 1
		for j >= 0 && j >= k-8 && w[j] != "," {
			j--
		}
		if j < 0 || w[j] != "," {
			return false
		}
		k = j - 1
	}
	if k < 0 {
		return false
	}
	switch {
	case w[k] == "he" || w[k] == "she" || goingOfficers[w[k]]:
		return true
	case s.companyAt(k):
		return false
	}
	return startsUpper(s.toks[k].text) && isWordToken(w[k]) && k > 0 && startsUpper(s.toks[k-1].text)
}
