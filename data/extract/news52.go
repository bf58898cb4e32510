package extract

import "github.com/eventline/eventline/data/events"

// companyBoughtBack says whether the verb "buy back" of trigger t takes a named company as its
// object ("Boeing to buy back Spirit AeroSystems", "agreed to buy back Harwick Foods from its
// private-equity owner"): a business bought again, as businessBoughtBack reads a unit or a maker
// it once owned, not the buyer's own stock. A name followed by its stock ("buy back Harwick
// shares") stays stock.
func companyBoughtBack(s *sentence, t trigger) bool {
	if t.typ != events.Buyback || t.to-t.from != 2 || t.to >= len(s.words) || s.words[t.from+1] != "back" {
		return false
	}
	for _, c := range s.companies {
		if s.startIndex(c.Start) != t.to {
			continue
		}
		k := s.tokenIndex(c.End)
		return k >= len(s.words) || !ownShareWords[s.words[k]] && s.words[k] != "shares" && s.words[k] != "stock" &&
			s.words[k] != "'s" && s.words[k] != "'" && s.words[k] != "’"
	}
	return false
}

// charityWords name a cause that money is raised for, which makes the raising a collection, not
// a company's financing: "raised $120,000 for the United Way", "raising $40,000 for hurricane
// relief".
var charityWords = wordSet(`charity charities pantry pantries shelter shelters relief victims scholarship scholarships nonprofit nonprofits hospice fundraiser`)

// raisedForCharity says whether the money of offering trigger t is raised for a cause named a
// few words after "for" in its clause (news52's hook in misread).
func raisedForCharity(w []string, t trigger) bool {
	if t.typ != events.Offering {
		return false
	}
	for k := t.from; k < len(w) && k < t.to+10; k++ {
		if k >= t.to && (endsClause(w[k]) || w[k] == ",") {
			return false
		}
		if w[k] != "for" || k < t.from+1 {
			continue
		}
		for j := k + 1; j < len(w) && j < k+7; j++ {
			if endsClause(w[j]) || w[j] == "," {
				break
			}
			if charityWords[w[j]] || w[j] == "bank" && w[j-1] == "food" || w[j] == "way" && w[j-1] == "united" {
				return true
			}
		}
	}
	return false
}
