package extract

import (
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/events"
)

// news46Misread says whether trigger t is no event (misread's hook): a title before a person's
// name (titleBeforeName), "mergers" naming a bank's business (dealsBusiness), a person joining a
// company (personJoins).
func news46Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Executive:
		return s.titleBeforeName(t)
	case events.Acquisition:
		return dealsBusiness(s.words, t)
	case events.Partnership:
		return s.personJoins(t)
	}
	return false
}

// dealsBusiness says whether acquisition trigger t names a bank's line of business, not a deal:
// "wind down its mergers advisory business", "hired three mergers bankers", "will cut 10% of
// its mergers and acquisitions bankers".
func dealsBusiness(w []string, t trigger) bool {
	k := t.to
	switch w[t.from] {
	case "merger":
		// The singular names a deal's own costs and staff too ("merger fees", "the merger
		// team"): only a trade's name.
		return k < len(w) && (w[k] == "advisory" || w[k] == "arbitrage")
	case "mergers":
		if k+1 < len(w) && w[k] == "and" && (w[k+1] == "acquisitions" || w[k+1] == "acquisition") {
			k += 2
		}
	case "acquisitions", "acquisition":
		if t.from < 2 || w[t.from-1] != "and" || w[t.from-2] != "mergers" {
			return false
		}
	default:
		return false
	}
	return k < len(w) && dealsLines[w[k]]
}

// dealsLines are the nouns that make "mergers" a bank's business.
var dealsLines = wordSet(`advisory adviser advisers advisor advisors banker bankers banking business
	practice desk team teams fees revenue revenues unit head lawyer lawyers arbitrage`)

// personJoins says whether partnership trigger t, "joined", is a person's joining a company:
// "Keller joined SAP in 2009", "she joined Oracle in 2012". The verb's subject is a pronoun or a
// capitalized word no list knows as a company, no company stands before it in the sentence,
// and a company follows it right away. Companies join forces, alliances and programs.
func (s *sentence) personJoins(t trigger) bool {
	w := s.words
	if t.to != t.from+1 || t.from == 0 || w[t.from] != "joined" && w[t.from] != "joins" {
		return false
	}
	if k := ageApposition(w, t.from-1); w[k] != "he" && w[k] != "she" && !(isWord(s.toks[k].text) && startsUpper(s.toks[k].text)) {
		return false
	}
	object := false
	for _, c := range s.companies {
		if c.Start < s.toks[t.from].start {
			return false
		}
		if s.startIndex(c.Start) == t.to {
			// "joined Salesforce's partner program" joins the program.
			object = !strings.HasPrefix(s.text[c.End:], "'s") && !strings.HasPrefix(s.text[c.End:], "’s")
		}
	}
	return object
}

// titleBeforeName says whether executive trigger t is "as (its) chief executive" followed by two
// capitalized words outside any date, a first name and a surname: the title of someone doing
// something else, not a post taken ("will cut costs, the bank said, as Chief Executive Georges
// Elhedery pushes ahead with an overhaul"). A post taken ends its clause or goes on with a date
// or "of" ("named Ruiz as chief executive on Monday", "as chief executive of Acme"). Body
// sentences only: a headline capitalizes every word.
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

// reportedOwnResults reads, for results or an outlook a company tells of itself with "that its",
// the name no list knows that opens the sentence (namedSubject's hook): "LG Electronics estimated
// on Monday that its second-quarter operating profit fell 46%". The name takes two capitalized
// words or one with an inner capital, as namedSubject's; between the verb of telling and "that"
// only its day.
func (s *sentence) reportedOwnResults(t trigger) *CompanyMention {
	if t.typ != events.Earnings && t.typ != events.Guidance || s.start < 0 {
		return nil
	}
	w := s.words
	n := 0
	for n < t.from && n < 4 && isWord(s.toks[n].text) && startsUpper(s.toks[n].text) && !sentenceOpeners[w[n]] {
		n++
	}
	if n < 2 && (n == 0 || !strings.ContainsFunc(s.toks[0].text[1:], unicode.IsUpper)) || n >= t.from || !ownTellers[w[n]] {
		return nil
	}
	k := n + 1
	for k < t.from && (s.inTimex[k] || w[k] == "on") {
		k++
	}
	if k+1 >= t.from || w[k] != "that" || w[k+1] != "its" || t.from-(k+2) > 3 {
		return nil
	}
	for _, c := range s.companies {
		if c.Start < s.toks[t.from].start {
			return nil
		}
	}
	name := s.text[s.toks[0].start:s.toks[n-1].end]
	return &CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[0].start, End: s.toks[n-1].end}
}

// ownTellers are the verbs a company tells its own figures with.
var ownTellers = wordSet(`said says estimated estimates reported reports announced announces forecast forecasts
	expects expected warned warns`)
