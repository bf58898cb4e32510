package extract

import "github.com/eventline/eventline/data/events"

// Rules from modern60, a first-seen batch of wire briefs, terminal lines and newsletter items:
// the market-data terminal's rating line that names the stock before a colon and the broker
// after it.

// colonRated returns the stock a rating line names before a colon, where the broker after the
// colon acts with no object of its own: the market-data terminal's "Deere & Co (DE.N): Barclays
// raises to overweight from equal weight", "Nike Inc: JPMorgan cuts to neutral", "Deere & Co:
// Barclays raises price target to $500". The line is the stock's, the broker only its source.
// Nil where the broker rates a company it names ("Deere & Co: Barclays upgrades Caterpillar"),
// or no company ends right before the colon ("Analysts' moves: Barclays upgrades to buy").
func (s *sentence) colonRated(subject *CompanyMention, objects []CompanyMention, t trigger) *CompanyMention {
	if t.typ != events.Analyst || subject == nil || len(objects) > 0 || !brokerActs(s, subject, t) {
		return nil
	}
	k := s.tokenIndex(subject.Start) - 1
	if k < 1 || s.words[k] != ":" {
		return nil
	}
	if s.words[k-1] == ")" { // the symbol in parentheses: "Deere & Co (DE.N):"
		j := k - 2
		for j > 0 && j > k-6 && s.words[j] != "(" {
			j--
		}
		if s.words[j] != "(" {
			return nil
		}
		k = j
	}
	lo := k
	for lo > 0 && (corporateSuffixes[s.words[lo-1]] || s.words[lo-1] == "&" || s.words[lo-1] == ".") {
		lo-- // the legal form the name may leave out: "Deere & Co", "Lowe's Cos."
	}
	for i := range s.companies {
		c := &s.companies[i]
		if end := s.tokenIndex(c.End); c.Ticker != "" && c.Ticker != subject.Ticker && end >= lo && end <= k {
			return c
		}
	}
	return nil
}
