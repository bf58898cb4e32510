package extract

import "github.com/eventline/eventline/data/events"

// News78: readings of company news of 1997-2007 (modern61's misses).
//
//   - A company won in a deal is a takeover, not business won: "Velcor wins Zentrix in $9
//     billion stock deal", "wins Zentrix with a sweetened bid". A deal paid in stock ("wins $9
//     billion all-stock deal") is a merger's too. The lexicon reads "win ... deal" as a contract;
//     "wins $2 billion Army deal" and "wins Zentrix order" (an order from a customer) stay one.

// winForms are the forms of "win".
var winForms = wordSet(`win wins won winning`)

// takeoverDealKinds, right before "deal", make it a merger's: a deal paid in stock or named by
// the combination.
var takeoverDealKinds = wordSet(`stock all-stock all-share stock-swap cash-and-stock stock-and-cash merger
	takeover buyout`)

// companyWon says whether the contract trigger t is a verb of winning whose object is a company
// taken over: a company right after the verb and a deal, bid or offer after it in the clause
// ("wins Zentrix in $9 billion stock deal", "won Zentrix with a $40-a-share bid"), or a deal
// named by a merger's kind ("wins $9 billion stock deal"). An order or a contract from a company
// named after the verb stays business won.
func (s *sentence) companyWon(t trigger) bool {
	w := s.words
	if t.typ != events.Contract || !winForms[w[t.from]] || t.from+1 >= len(w) {
		return false
	}
	named := s.companyWithin(t.from+1, t.from+2)
	for k := t.from + 1; k < len(w) && k <= t.from+10; k++ {
		switch {
		case isClauseBreak(w[k]) || w[k] == "order" || w[k] == "orders" || w[k] == "contract" || w[k] == "contracts":
			return false
		case w[k] == "deal" || w[k] == "bid" || w[k] == "offer":
			return named || w[k] == "deal" && takeoverDealKinds[w[k-1]]
		}
	}
	return false
}
