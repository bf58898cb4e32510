package extract

import "github.com/eventline/eventline/data/events"

// A listing told through its owner (modern20): "Kenvue raises $3.8 billion as J&J consumer health
// unit prices IPO", "Pfizer's animal health business Zoetis priced its IPO". The subject of the
// listing is the unit, not the parent that owns it; the parent's name only says whose unit it
// was. When the sentence names the unit as a company, that company is the one listed. A unit
// named nowhere in the sentence ("Honeywell quantum computing unit files for IPO") leaves the
// owner, the only listing the sentence gives.

// unitNouns name a part of a company that can be listed on its own.
var unitNouns = wordSet(`unit business division arm subsidiary`)

// listedUnit returns the company an IPO's subject stands for when the subject is written as the
// owner of a unit before the trigger, with at most four lower-case words before the unit's noun
// ("J&J consumer health unit prices IPO", "Pfizer's animal health business Zoetis priced"): the
// company named right after the noun, else one named before the owner in the sentence.
func (s *sentence) listedUnit(t trigger, owner CompanyMention) (CompanyMention, bool) {
	k, _ := s.pastPossessive(s.tokenIndex(owner.End))
	unit := -1
	for j := k; j < t.from && j <= k+4; j++ {
		if unitNouns[s.words[j]] {
			unit = j
			break
		}
		if !isWord(s.words[j]) || startsUpper(s.toks[j].text) && !s.caps {
			return CompanyMention{}, false
		}
	}
	if unit < 0 {
		return CompanyMention{}, false
	}
	var before *CompanyMention
	for i := range s.companies {
		c := &s.companies[i]
		if c.Ticker == "" || c.Ticker == owner.Ticker {
			continue
		}
		if s.startIndex(c.Start) == unit+1 {
			return *c, true // "business Zoetis"
		}
		if c.End <= owner.Start && before == nil {
			before = c
		}
	}
	if before != nil {
		return *before, true
	}
	return CompanyMention{}, false
}

// ownedSubject returns the company a one-party event's subject owns where the sentence names it
// through its owner's possessive right before the trigger or a unit's noun ("Dunmore's Calloway
// unit cuts its outlook", "Dunmore's Calloway raised its forecast"): the outlook, the results and
// the shares are the listed unit's, and the owner only says whose unit it is.
func (s *sentence) ownedSubject(t trigger, owner CompanyMention) (CompanyMention, bool) {
	k, ok := s.pastPossessive(s.tokenIndex(owner.End))
	if !ok {
		return CompanyMention{}, false
	}
	for _, c := range s.companies {
		if c.Ticker == "" || c.Ticker == owner.Ticker || s.startIndex(c.Start) != k {
			continue
		}
		if end := s.tokenIndex(c.End); end == t.from || end < len(s.words) && end < t.from && unitNouns[s.words[end]] ||
			t.typ == events.IPO && s.unitRaisesInListing(end, t) { // news57.go
			return c, true
		}
	}
	return CompanyMention{}, false
}

// pastPossessive returns the word after a possessive's "'s" at word k (one token, or an
// apostrophe and "s"), and whether one stands there; k itself when none does.
func (s *sentence) pastPossessive(k int) (int, bool) {
	switch {
	case k < len(s.words) && s.words[k] == "'s":
		return k + 1, true
	case k+1 < len(s.words) && (s.words[k] == "'" || s.words[k] == "’") && s.words[k+1] == "s":
		return k + 2, true
	}
	return k, false
}
