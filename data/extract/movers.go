package extract

import "github.com/eventline/eventline/data/events"

// Two companies' moves told side by side, joined by a coordinator, are each a move of its own:
// "Informatica rose 6% and Salesforce fell 2%", "Nvidia shares climbed 3% while AMD shares
// slipped 1%". Without a comma the second move's clause reached back to the sentence's start,
// and its subject was the first company; companyMove also stopped at the first company's move.

// moveCoordinators join a second company's move to the first's.
var moveCoordinators = wordSet(`and but while whereas`)

// coordinatedMover returns the company whose move trigger t is when the company stands right
// before the trigger ("Salesforce fell", "Salesforce shares fell") and a coordinator right
// before the company.
func (s *sentence) coordinatedMover(t trigger, before []CompanyMention) (CompanyMention, bool) {
	if t.typ != events.PriceMove || len(before) == 0 {
		return CompanyMention{}, false
	}
	c := before[len(before)-1]
	start, end := s.startIndex(c.Start), s.tokenIndex(c.End)
	if end != t.from || start == 0 || !moveCoordinators[s.words[start-1]] {
		return CompanyMention{}, false
	}
	return c, true
}
