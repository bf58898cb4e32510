package extract

import "github.com/eventline/eventline/data/events"

// Rules from modern60, a first-seen batch of wire briefs, terminal lines and newsletter items:
// the market-data terminal's rating line that names the stock before a colon and the broker
// after it, and the body weight of a drug's patients read as a broker's rating.

// news73Misread says whether trigger t of sentence s is one of this file's misreads: "overweight"
// or "underweight" telling people's body weight, not a broker's rating (bodyWeight).
func news73Misread(s *sentence, t trigger) bool {
	return t.typ == events.Analyst && bodyWeight(s.words, t)
}

// bodyWeight says whether the one-word analyst trigger t, "overweight" or "underweight", is the
// body weight of people: before a noun of people ("overweight adults", "underweight infants"),
// or within a few words of a word of obesity ("for adults with obesity or who are overweight",
// "overweight or obese patients"). A broker's rating is the stock's: "to overweight", "at
// overweight", "an overweight rating", "from underweight", "rates Lilly overweight"; those
// words, or a verb of rating a few words before, keep the rating even in a story about a
// weight-loss drug ("upgraded Novo Nordisk to overweight on obesity demand").
func bodyWeight(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "overweight" && w[t.from] != "underweight" {
		return false
	}
	if t.from > 0 && ratingLeads[w[t.from-1]] {
		return false
	}
	for k := max(0, t.from-5); k < t.from; k++ {
		if objectRatingVerbs[w[k]] {
			return false // "rates Velcor Pharma overweight", "upgraded the drugmaker to overweight"
		}
	}
	if t.to < len(w) && weighedPeople[w[t.to]] {
		return true
	}
	for k := max(0, t.from-4); k < len(w) && k <= t.to+3; k++ {
		if obesityWords[w[k]] {
			return true
		}
	}
	return false
}

// ratingLeads right before "overweight" make it a rating: "to overweight", "at overweight",
// "from overweight", "an overweight rating", "rated it overweight", "stays overweight".
var ratingLeads = wordSet(`to at from an its their his her it rates rated rate rating reiterates reiterated
	maintains maintained keeps kept stays remains initiates initiated`)

// weighedPeople after "overweight" or "underweight" make it people's weight.
var weighedPeople = wordSet(`adults adult people patients patient children child kids teens teenagers
	adolescents infants babies men women americans individuals persons population populations`)

// obesityWords near "overweight" make it people's weight.
var obesityWords = wordSet(`obese obesity weight-related weight-loss bmi body-mass`)

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
	k := s.startIndex(subject.Start) - 1
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

// releasedStatement says whether the product trigger t, a form of "release", tells a company's
// words made public rather than goods: a statement, filing, letter, transcript or remarks as its
// object right after it ("released a statement on Monday", "released its annual letter to
// shareholders") or as the noun it describes right before it ("said in a statement released
// ahead of the conference", "in remarks released by the company"). dataNouns already reads
// figures released the same way; a product released stays one, with the company's statement
// told further on ("released a new line of running shoes, the company said in a statement").
func releasedStatement(words []string, t trigger) bool {
	return anyBefore(words, t, 2, statementNouns) || anyAfter(words, t, 4, statementNouns)
}

// statementNouns are a company's words made public.
var statementNouns = wordSet(`statement statements filing filings letter letters memo memos transcript transcripts
	remarks comments testimony prospectus`)
