package extract

import "github.com/eventline/eventline/data/events"

// ratedMover returns the company a broker's rating action names before a price move whose own
// clause names none: "Jefferies upgraded Kroger to buy, and the shares rose 3%" and "Goldman cut
// Nike to neutral; the stock fell 2%" move the rated company's stock, not the broker's, which
// heads the sentence. clause is the first token of the move's clause.
func (s *sentence) ratedMover(t trigger, clause int, before []CompanyMention) (CompanyMention, bool) {
	if t.typ != events.PriceMove {
		return CompanyMention{}, false
	}
	for _, c := range before {
		k := s.startIndex(c.Start)
		if k == 0 || k >= clause {
			continue
		}
		if ratingVerbs[s.words[k-1]] {
			return c, true
		}
		// "cut Nike to neutral", "raised Apple's price target": a verb of many senses, a rating
		// by what follows the company.
		if rerateVerbs[s.words[k-1]] {
			if e := s.tokenIndex(c.End); e < len(s.words) && (s.words[e] == "to" || s.words[e] == "from" || s.words[e] == "'s") {
				return c, true
			}
		}
	}
	return CompanyMention{}, false
}

// rerateVerbs move a rating or a price target when a rating or target follows the company.
var rerateVerbs = wordSet(`cut cuts lowered lowers raised raises lifted lifts moved moves`)
