package extract

// Rules from the news104 round, on modern67's crypto, fintech, payments and brokerage news:
//
//   - "go public with" a bid, a claim or a complaint makes it known: "Riot goes public with
//     $950 million bid for Bitfarms", "the founder went public with his concerns". No shares are
//     listed; a listing's own words after "with" ("went public with a valuation of $5 billion")
//     keep the IPO.
//   - "buy now, pay later" names a kind of lending, not a purchase: "the buy now, pay later
//     lender said it will offer its loans on Amazon.com". The phrase's "buy" takes no company.
//   - "agreed in principle to" with a verb that is no deal's tells what was agreed: "the SEC has
//     agreed in principle to dismiss its lawsuit", "agreed in principle to pay $50 million". The
//     deal verbs ("agreed in principle to buy", "to merge") and the bare phrase keep their deal.

// disclosureNouns are what a company or a person makes known by going public with it.
var disclosureNouns = wordSet(`bid bids offer offers proposal proposals approach approaches claim claims
	allegation allegations accusation accusations complaint complaints concern concerns criticism
	criticisms letter letters demand demands dispute feud fight plan plans story details evidence
	findings objections objection grievances opposition campaign case talks overture overtures`)

// disclosureFillers may stand between "with" and the noun: determiners, possessives, amounts and
// a few adjectives of a bid.
var disclosureFillers = wordSet(`a an the its his her their our this these those $ million billion
	bn mln unsolicited hostile rival takeover buyout cash all-cash all-stock stock sweetened revised
	new higher formal informal private serious long-running`)

// disclosedInPublic says whether the IPO trigger t, a form of "go public", is followed by "with"
// and a thing made known: "goes public with $950 million bid".
func disclosedInPublic(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.to-1] != "public" || t.to >= len(w) || w[t.to] != "with" {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+7; k++ {
		switch {
		case disclosureNouns[w[k]]:
			return true
		case disclosureFillers[w[k]] || isNumber(w[k]) || w[k][0] == '$':
			continue
		}
		return false
	}
	return false
}

// payLaterBuy says whether the acquisition trigger t is the "buy" of "buy now, pay later"
// (with or without the comma, or "and pay later").
func payLaterBuy(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "buy" || t.to >= len(w) || w[t.to] != "now" {
		return false
	}
	k := t.to + 1
	if k < len(w) && (w[k] == "," || w[k] == "and") {
		k++
	}
	return k+1 < len(w) && w[k] == "pay" && w[k+1] == "later"
}

// principleDealVerbs keep an agreement in principle a deal.
var principleDealVerbs = wordSet(`buy acquire purchase merge combine sell take transfer divest spin form create
	be become join go tender exchange swap invest`)

// agreedInPrincipleTo says whether the acquisition trigger t, "agreed in principle", goes on "to"
// a verb that no deal has: "agreed in principle to dismiss its lawsuit", "agreed in principle on
// Monday to drop its case" (a date may stand before "to").
func (s *sentence) agreedInPrincipleTo(t trigger) bool {
	w := s.words
	if t.to-t.from != 3 || w[t.to-2] != "in" || w[t.to-1] != "principle" {
		return false
	}
	k := t.to
	for k < len(w) && k < t.to+5 && (s.inTimex[k] || w[k] == "on" || w[k] == "in" || w[k] == "last") {
		k++
	}
	return k+1 < len(w) && w[k] == "to" && !principleDealVerbs[w[k+1]]
}

// profitableOutlooks are a company's expectation of its own results told as a state it will be
// in, the way "expects to earn" tells one as a verb: "said it expects to stay profitable in
// every quarter of 2024", "expects to turn profitable next year", "expects to break even in
// the fourth quarter". The phrase needs "expect" and "to" together, so that analysts' view of
// a company ("analysts expect the lender to stay profitable") stays none.
func profitableOutlooks() []string {
	var out []string
	for _, v := range []string{"expect", "expects", "expected", "expecting"} {
		for _, state := range []string{"be profitable", "stay profitable", "remain profitable", "turn profitable",
			"become profitable", "return to profitability", "break even", "be profitable again"} {
			out = append(out, "~"+v+" to "+state)
		}
	}
	return out
}
