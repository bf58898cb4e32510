package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The life of a deal told in the words of products, offerings and deadlines (news36, modern35's
// misses). A takeover's stages borrow words that elsewhere tell other news: holders "approved the
// sale" as the FDA approves a drug, a bidder "raised" its offer as a company raises money, a
// tender offer is "launched" as a phone is, and an offer "extended until July 17" names the new
// deadline, not the day of the news.

// news36Deal says whether trigger t, read as a product or an offering, tells a stage of a
// takeover, and is so an acquisition (misreads.go retypes it).
func news36Deal(words []string, t trigger) bool {
	switch t.typ {
	case events.Product:
		return approvedDeal(words, t) || bidLaunched(words, t)
	case events.Offering:
		return raisedBid(words, t)
	}
	return false
}

// takeoverNouns name a company's deal as the object of an approval or a bid's launch.
var takeoverNouns = wordSet(`deal deals merger mergers takeover takeovers acquisition acquisitions purchase buyout
	combination transaction spin-off spinoff separation tie-up`)

// approvedDeal says whether the product trigger t, an approval ("approval for", "approved the"),
// has a deal for its object: "shareholders approved the snack maker's $5.6 billion sale to J.M.
// Smucker", "to win Canadian approval for its Viterra deal". A product's approval names the
// product ("approved the company's drug"); a sale "of" something is one of goods ("approval for
// the sale of its drug in Europe"), a sale "to" a buyer or closing the clause is a company's.
func approvedDeal(words []string, t trigger) bool {
	switch words[t.from] {
	case "approval", "approvals", "approved", "approves", "approve", "approving":
	default:
		return false
	}
	for k := t.to; k < len(words) && k < t.to+10; k++ {
		w := words[k]
		switch {
		case takeoverNouns[w]:
			return true
		case w == "sale":
			return k+1 == len(words) || words[k+1] == "to" || words[k+1] == "." || words[k+1] == ","
		case gapStops[w] || w == "," || w == "of" && k > t.to && !isNumber(words[k-1]):
			return false
		}
	}
	return false
}

// bidKinds before "offer" or "bid" make it a takeover's: "tender offer", "hostile bid".
var bidKinds = wordSet(`tender exchange takeover buyout hostile unsolicited cash all-cash cash-and-stock all-stock`)

// raisedBid says whether the offering trigger t, money raised ("raised $", "raises about $"), is
// a bid raised: "rejects Standard General's raised $5.4 billion offer". The sum is followed by
// the bid's noun, where money raised is followed by how ("in a share sale", "from investors").
func raisedBid(words []string, t trigger) bool {
	switch words[t.from] {
	case "raised", "raises", "raise", "raising":
	default:
		return false
	}
	k := t.from + 1
	for k < len(words) && k < t.from+8 && (words[k] == "$" || isNumber(words[k]) || strings.HasSuffix(words[k], "-a-share") || sumWords[words[k]] || bidKinds[words[k]]) {
		k++
	}
	return k > t.from+1 && k < len(words) && bidNouns[words[k]]
}

// sumWords are the words of a sum after its figure.
var sumWords = wordSet(`about roughly nearly almost around approximately billion million bln mln trillion a-share per share`)

// bidLaunched says whether the product trigger t, a launch, is a takeover bid's: "United Rentals'
// $92-a-share tender offer, which had been launched in January", "the hostile bid launched in
// May". A takeover bid is a deal, not a product; a company's "offer" of goods ("its new unlimited
// offer, launched in May") and a bare "bid" ("the bid launched by Cable and Wireless to win a
// share of the market", a 1987 Reuters story's) are not takeovers unless a word of takeovers says so.
func bidLaunched(words []string, t trigger) bool {
	switch words[t.from] {
	case "launched", "launch", "launches", "launching":
	default:
		return false
	}
	k := t.from - 1
	for k >= 0 && (words[k] == "which" || words[k] == "that" || words[k] == "," || words[k] == "was" ||
		words[k] == "were" || words[k] == "had" || words[k] == "has" || words[k] == "have" || words[k] == "been" ||
		words[k] == "is" || words[k] == "it" || words[k] == "first") {
		k--
	}
	if k < 0 || !bidNouns[words[k]] {
		return false
	}
	return k > 0 && bidKinds[words[k-1]]
}

// deadlineMoves are the verbs that set a new day for something already scheduled.
var deadlineMoves = wordSet(`extend extends extended extending postpone postpones postponed postponing delay
	delays delayed delaying prolong prolongs prolonged`)

// newDeadline says whether the date at token k is the new day an extension or a postponement
// sets, "until" or "to" it in the clause of the verb: "extended its tender offer until July 17",
// "postponed the vote to March 5". The extension is news of the day it is told.
func newDeadline(words []string, k int) bool {
	if k == 0 || words[k-1] != "until" && words[k-1] != "to" && words[k-1] != "through" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-12; i-- {
		switch w := words[i]; {
		case deadlineMoves[w]:
			return true
		case gapStops[w] || w == ",":
			return false
		}
	}
	return false
}

// noStake says whether the acquisition trigger t is a stake denied: "Danaher will keep no stake
// in the new company", "has no stake in Acme". A stake no one takes or holds is no deal.
func noStake(words []string, t trigger) bool {
	for k := t.from; k < t.to; k++ {
		if words[k] == "stake" || words[k] == "stakes" {
			return k > 0 && words[k-1] == "no" || k > 1 && words[k-2] == "no" && !isNumber(words[k-1])
		}
	}
	return false
}

// dealEndForms are the verbs of ending a deal whose lexicon phrase "... deal for" names the target
// after "for" (dealForNoName checks it, as for dealAgreeForms: a capital there): "scrapped its
// $8.5 billion deal for Capri Holdings", "called off its deal for Spirit Airlines"; "abandoned its
// plan for a new office tower" has no deal.
var dealEndForms = []string{"abandon", "abandons", "abandoned", "abandoning", "scrap", "scraps", "scrapped",
	"scrapping", "terminate", "terminates", "terminated", "terminating", "drop", "drops", "dropped", "dropping",
	"call off", "calls off", "called off", "calling off"}

// news36Deals are the phrases of a deal's life the lexicon lacked: an end told by the deal's
// noun, a bid rebuffed or spurned (weak as "rejected ... offer" is: a union spurns offers too),
// a split-off, and holders voting for a deal ("sale to" a buyer, not the sale of goods).
func news36Deals() []string {
	var out []string
	for _, f := range dealEndForms {
		out = append(out, "~"+f+" ... deal for")
	}
	out = append(out, rebuffs...)
	out = append(out, dealFees...)
	for _, v := range []string{"closed", "closes", "completed", "collapsed", "fell through", "fell apart"} {
		out = append(out, "deal for ... "+v)
	}
	out = append(out, "split-off of", "splitoff of")
	out = append(out, objectsAfter([]string{"vote to approve", "votes to approve", "voted to approve", "voting to approve",
		"vote in favor of", "votes in favor of", "voted in favor of", "voting in favor of"},
		"merger", "deal", "takeover", "acquisition", "buyout", "sale to")...)
	return out
}

// rebuffs reject a bid in other words.
var rebuffs = verb("rebuff ... offer", "rebuffs ... offer", "rebuffed ... offer", "rebuffing ... offer",
	"spurn ... offer", "spurns ... offer", "spurned ... offer", "spurning ... offer",
	"rebuff ... bid", "rebuffs ... bid", "rebuffed ... bid", "rebuffing ... bid",
	"spurn ... bid", "spurns ... bid", "spurned ... bid", "spurning ... bid")

// dealFees are what a party pays when a deal ends: news of the deal's end in a headline ("Chart
// to pay Flowserve $266 million break fee"), and weak in a body, where an agreement's terms name
// the fee it would cost ("would owe a $1 billion termination fee if ...").
var dealFees = []string{"termination fee", "break fee", "breakup fee", "break-up fee"}

func init() {
	for _, p := range rebuffs {
		weak[p[1:]] = true // the text without verb's "~" mark
	}
	for _, p := range dealFees {
		weak[p] = true
	}
}

// dealForUnnamed says whether the acquisition trigger t, "deal for ... closed", has no name after
// "for": "Chevron's deal for Hess closed on Friday" is a takeover, "the deal for the supply of
// chips fell through" none.
func dealForUnnamed(s *sentence, t trigger) bool {
	w := s.words
	if !t.gap || w[t.from] != "deal" || t.from+2 >= len(w) || w[t.from+1] != "for" {
		return false
	}
	return !startsUpper(s.toks[t.from+2].text)
}

// takeoverOffer says whether a weak acquisition trigger, an offer rejected, received or rebuffed
// ("rejected ... offer"), is a takeover bid by its words: a kind ("an unsolicited offer", "a
// buyout offer") or a price a share in the gap, or a company or its shares after it ("offer from
// Emerson", "offer for the company"). A body's "rejected the latest offer" is a union's.
func takeoverOffer(words []string, t trigger) bool {
	if !t.gap || t.to < 1 || !bidNouns[words[t.to-1]] {
		return false
	}
	for k := t.from + 1; k < t.to-1; k++ {
		if bidKinds[words[k]] && words[k] != "cash" || strings.HasSuffix(words[k], "-a-share") {
			return true
		}
	}
	return false
}
