package extract

import "github.com/eventline/eventline/data/events"

// caseYear returns the token index of a year that names which case a legal step acts on, or -1:
// the year before a legal noun (two words may come between) that is the object of a verb or a
// preposition: "terminated a 2016 consent order against Wells Fargo on Thursday", "won dismissal of a 2022
// antitrust suit", "settled the 2019 lawsuit". The step (the termination, the dismissal, the
// settlement) is the news, dated by its own words or the day of publication; the year tells when
// the case began. A case that is the clause's subject ("The 2019 lawsuit accused Boeing of
// ...") is told as it was then, and keeps its year.
func (s *sentence) caseYear(t trigger) int {
	if t.typ != events.Legal {
		return -1
	}
	for i, e := range s.timexes {
		if !s.usable[i] || s.periods[i].Granularity != events.Year {
			continue
		}
		from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
		if from < 2 || to >= len(s.words) || !anyWithin(s.words, to, min(to+3, len(s.words)), caseNouns) {
			continue
		}
		switch s.words[from-1] {
		case "a", "an", "the", "its", "their":
		default:
			continue
		}
		if before := s.words[from-2]; isWord(before) && !startsUpper(s.toks[from-2].text) && !isClauseBreak(before) {
			return from
		}
	}
	return -1
}

// caseNouns name a legal case or a regulator's order.
var caseNouns = wordSet(`suit suits lawsuit lawsuits case cases complaint order orders decree probe investigation
	settlement verdict ruling action claims injunction indictment`)
