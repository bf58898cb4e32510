package extract

import "github.com/eventline/eventline/data/events"

// Rules from misreads noticed while modern58 and modern59 were written: a deal whose party is
// told by "It" or "The company" and whose other party is named, and restructuring charges a
// quarter's results included.

// pronounParty says whether the two-party deal trigger t (a purchase, a partnership, a contract or
// a suit) is told by a clause whose subject is the story's company, referred to: "It bought Ecotel
// in 2022", "The company acquired rival Lakeshore in 2021", "The grocer sued its
// supplier". The subject opens the trigger's clause, and the trigger follows it before any other
// company: the named party after the verb is the other side, and the story's company the one
// that acts. Without such an opening ("Shares of Ecotel rose after it was bought") the named
// company stays the only party. A rating is left out: a broker is the source, never a party.
func (s *sentence) pronounParty(t trigger) bool {
	switch t.typ {
	case events.Acquisition, events.Partnership, events.Contract, events.Legal:
	default:
		return false
	}
	lo, _ := s.statusClause(t)
	if lo >= t.from || lo >= len(s.words) {
		return false
	}
	w := s.words
	// The sentence opens on the subject, as "It" and "The company" open one that refers back
	// (refersBack); later in a sentence they may be a company named before in it.
	if lo != 0 || !(w[0] == "it" || w[0] == "the" && startsUpper(s.toks[0].text) && 1 < t.from &&
		(w[1] == "company" || w[1] == "firm" || companyDescriptors[w[1]])) {
		return false
	}
	// No company between the subject and the trigger: "It said Zeta bought ..." is Zeta's.
	for _, c := range s.companies {
		if c.Start >= s.toks[lo].start && c.End <= s.toks[t.from].start {
			return false
		}
	}
	return true
}

// pronounActs makes the story's company main the subject of a deal whose clause opens on "It"
// or "The company" (pronounParty): the company the roles read as the subject is named after the
// verb, so it is the other side ("It bought Ecotel": Ecotel is bought).
func (s *sentence) pronounActs(t trigger, main, subject *CompanyMention, objects []CompanyMention) (*CompanyMention, []CompanyMention) {
	if subject != nil && (subject.Start < s.toks[t.from].start || subject.Ticker == main.Ticker) || mentionsTicker(objects, main.Ticker) {
		return subject, objects
	}
	if subject != nil {
		objects = append([]CompanyMention{*subject}, objects...)
	}
	return main, objects
}

// mentionsTicker says whether one of ms is the listed company ticker.
func mentionsTicker(ms []CompanyMention, ticker string) bool {
	for _, m := range ms {
		if m.Ticker == ticker {
			return true
		}
	}
	return false
}

// news70Misread says whether trigger t of sentence s is one of this file's misreads: charges a
// results figure included read as a restructuring (chargesInResults).
func news70Misread(s *sentence, t trigger) bool {
	return t.typ == events.Restructuring && chargesInResults(s.words, t)
}

// restructuringCharges are the nouns after "restructuring" of what a restructuring cost.
var restructuringCharges = wordSet(`charge charges costs cost expenses expense`)

// chargedFigures are the results figures that may include charges.
var chargedFigures = wordSet(`loss losses profit earnings income results`)

// includeForms tell what a figure is made of.
var includeForms = wordSet(`included includes include including`)

// chargesInResults says whether the restructuring trigger t names charges booked inside a
// results figure: "a loss that included $40 million of restructuring charges", "quarterly net
// income included restructuring costs of $2 billion", "profit, including restructuring charges,
// fell". The charges are the quarter's detail, not news of a restructuring; a plan announced
// with its charges ("announced a restructuring plan that includes charges") or charges taken
// ("took a restructuring charge tied to job cuts") stays one.
func chargesInResults(w []string, t trigger) bool {
	if w[t.from] != "restructuring" || t.from+1 >= len(w) || !restructuringCharges[w[t.from+1]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-10; k-- {
		if w[k] == ";" || w[k] == "." {
			return false
		}
		if !includeForms[w[k]] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if chargedFigures[w[j]] {
				return true
			}
		}
		return false
	}
	return false
}
