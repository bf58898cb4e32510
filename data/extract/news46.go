package extract

import "github.com/eventline/eventline/data/events"

// news46Misread says whether trigger t is no event (misread's hook): "as chief executive" before
// a person's name is the title of someone doing something else, not a post taken ("will cut
// costs, the bank said, as Chief Executive Georges Elhedery pushes ahead with an overhaul"). A
// post taken ends its clause or goes on with a date or "of" ("named Ruiz as chief executive on
// Monday", "as chief executive of Acme").
func news46Misread(s *sentence, t trigger) bool {
	return t.typ == events.Executive && s.titleBeforeName(t)
}

// titleBeforeName says whether executive trigger t is "as (its) chief executive" followed by two
// capitalized words outside any date: a first name and a surname. Body sentences only: a
// headline capitalizes every word.
func (s *sentence) titleBeforeName(t trigger) bool {
	w := s.words
	if s.start < 0 || s.caps || t.to-t.from < 3 || w[t.from] != "as" || w[t.to-1] != "executive" {
		return false
	}
	k := t.to
	if k < len(w) && w[k] == "officer" {
		k++
	}
	if k+1 >= len(w) {
		return false
	}
	for j := k; j <= k+1; j++ {
		if s.inTimex[j] || !isWord(s.toks[j].text) || !startsUpper(s.toks[j].text) {
			return false
		}
	}
	return true
}

// dismissesOfficer says whether executive trigger t is a verb of dismissal whose object is a
// company's officer ("fires CEO", "has dismissed Chief Executive Laurent Freixe", "ousted its
// finance chief"): its subject is a company, even one written as one plain capitalized word that
// no list knows (namedSubject's hook), not a person leaving, which the name right before a verb
// of going is (clauseEvents). Posts of state ("army chief", "Fed chief") are not a company's.
func (s *sentence) dismissesOfficer(lo int, t trigger) bool {
	w := s.words
	if t.typ != events.Executive || !dismissalVerbs[w[t.from]] || lo < len(w) && notCompanySubjects[w[lo]] {
		return false
	}
	k := t.from + 1
	if k < len(w) && (w[k] == "its" || w[k] == "the") {
		k++
	}
	if k >= len(w) {
		return false
	}
	switch w[k] {
	case "ceo", "cfo", "coo":
		return true
	case "chief":
		return k+1 < len(w) && (w[k+1] == "executive" || w[k+1] == "financial" || w[k+1] == "operating")
	case "finance":
		return k+1 < len(w) && w[k+1] == "chief"
	}
	return false
}

var dismissalVerbs = wordSet(`fire fires fired firing dismiss dismisses dismissed dismissing oust ousts ousted
	ousting sack sacks sacked sacking`)

// notCompanySubjects are the capitalized plurals and bodies that dismiss officers in headlines
// without being the company: "Shareholders oust CEO", "Board fires chief executive".
var notCompanySubjects = wordSet(`shareholders investors directors board boards owners activists lenders
	regulators employees workers unions trustees`)

// officerSacked are the dismissals British and wire headlines tell with "sack": "Boeing sacks
// chief executive", "sacked its finance chief" (as "fires ... ceo").
func officerSacked() []string {
	return verb("sack ... ceo", "sacks ... ceo", "sacked ... ceo", "sacking ... ceo",
		"sack ... chief", "sacks ... chief", "sacked ... chief", "sacking ... chief",
		"sack ... cfo", "sacks ... cfo", "sacked ... cfo", "sacking ... cfo")
}
