package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of legal, capital and operations news (news38, modern37's misses): goods sold at
// stores, investors who bought a company's stock in a suit's class period, orders a cause hurt,
// money raised for uses it may have, and a year that names debt by when it falls due.

// goodsAtStores says whether a deal trigger at "sold" is goods told where shoppers bought them,
// a passive or a participle with the store after "at" or "through": "the heaters were sold at
// Home Depot and Lowe's", "the toys, sold at Target and Walmart", "sold through Best Buy". A
// business sold goes "to" its buyer, and a price or an auction after "at" is no store.
func goodsAtStores(words []string, t trigger) bool {
	if words[t.from] != "sold" || t.from == 0 || t.from+2 >= len(words) {
		return false
	}
	switch words[t.from-1] {
	case "were", "was", "are", "is", "been", "be", ",":
	default:
		return false
	}
	if w := words[t.from+1]; w != "at" && w != "through" {
		return false
	}
	switch w := words[t.from+2]; {
	case w == "a" || w == "an" || w == "auction" || w == "prices" || w == "$" || isNumber(w) || w[0] == '$':
		return false
	}
	for k := t.from + 2; k < len(words) && k <= t.from+12; k++ {
		switch words[k] {
		case "to":
			return false
		case "from", ".", ";":
			return true // "sold at Target from 2022 to 2025": the span of the sales
		}
	}
	return true
}

// classBuyers are holders of a company's stock, who buy it on the market.
var classBuyers = wordSet(`investors shareholders stockholders holders purchasers`)

// classPeriodPurchase says whether a deal trigger is investors' buying of a company's stock, as a
// securities suit names its class: "damages for investors who bought Hasbro shares between May
// 2021 and March 2023", "shareholders who purchased Fastly stock". Trading, no deal; "a group of
// investors bought Papa John's" takes no relative pronoun and names no stock.
func classPeriodPurchase(words []string, t trigger) bool {
	switch words[t.from] {
	case "bought", "purchased", "acquired", "buy", "purchase", "acquire":
	default:
		return false
	}
	if t.from < 2 || words[t.from-1] != "who" && words[t.from-1] != "that" || !classBuyers[words[t.from-2]] {
		return false
	}
	for k := t.from + 1; k < len(words) && k <= t.from+5; k++ {
		switch words[k] {
		case "shares", "stock", "securities", "ads", "adss":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// harmVerbs hurt demand: what a strike, a fire or a tariff does to orders.
var harmVerbs = wordSet(`hit hits hurt hurts delayed delays disrupted disrupts slowed slows dented dents crimped
	curbed curbs held weighed stalled stalls`)

// harmedOrders says whether a contract trigger at "orders" is the object of a verb of harm ("the
// strike hit orders from truck makers including Paccar", "tariffs hurt orders from retailers"):
// demand, as strong orders are (demandOrders), and no order won by anyone named.
func harmedOrders(words []string, t trigger) bool {
	if w := words[t.from]; w != "orders" && w != "order" {
		return false
	}
	return t.from > 0 && harmVerbs[words[t.from-1]]
}

// proceedsUses says whether a trigger is one of the uses money raised may have, listed after
// "purposes" and a word of inclusion: "for general corporate purposes, which could include
// repurchases of its shares", "general corporate purposes, including possible acquisitions and
// share repurchases". What the money could pay for is no buyback or deal told.
func proceedsUses(words []string, t trigger) bool {
	included := false
	for k := t.from - 1; k >= 1 && k >= t.from-10; k-- {
		switch w := words[k]; w {
		case ".", ";", ":":
			return false
		case "include", "includes", "including":
			included = true
		case "as":
			included = included || words[k-1] == "such"
		case "purposes":
			return included
		}
	}
	return false
}

// paperNouns are the paper a year before names by when it falls due: "its 2026 notes", "2025 debt".
var paperNouns = wordSet(`notes bonds debentures debt loans maturities`)

// debtVintage says whether the year at token k names debt by when it falls due, right before the
// debt or before a word or two of its kind ("to repay its 2026 notes", "to refinance 2025 debt",
// "its 2025 secured notes"): the notes' year, not the day they were refinanced. Paper followed by
// a noun of its sale ("its 2023 notes offering") is the sale's year.
func debtVintage(words []string, k int) bool {
	if k >= len(words) || len(words[k]) != 4 || !isNumber(words[k]) {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if paperNouns[words[j]] {
			return j+1 >= len(words) || !debtSaleNouns[words[j+1]]
		}
		if !debtKinds[words[j]] {
			return false
		}
	}
	return false
}

// debtKinds describe paper between its year and its noun.
var debtKinds = wordSet(`senior secured unsecured convertible subordinated exchangeable term`)

// debtSaleNouns after paper make the year the sale's.
var debtSaleNouns = wordSet(`offering offerings sale sales issue issues deal`)

// stakeCuts open a holder's stake made smaller.
var stakeCuts = wordSet(`cutting reducing lowering trimming shrinking`)

// stakeCutByOffering says whether a deal trigger is a holder's stake made smaller in a comment on
// an offering told before it in the sentence: "would sell 20 million of the company's shares in
// a secondary offering, further cutting the firm's stake in the distributor". The stake shrinks
// because of the offering, which is the news (a secondary is the issuer's offering), not a second
// sale.
func stakeCutByOffering(words []string, t trigger, ts []trigger) bool {
	// The verb, or the stake after it ("its stake", "stake in") read on its own.
	c := t.from
	for c > 0 && c > t.from-8 && !(stakeCutShapes.mayHold(words[c]) && stakeCuts[words[c]]) && words[c] != "," {
		c--
	}
	if !stakeCuts[words[c]] || c < 2 {
		return false
	}
	k := c - 1
	if words[k] == "further" || words[k] == "thereby" {
		k--
	}
	if words[k] != "," {
		return false
	}
	for _, u := range ts {
		if u.to > k {
			continue
		}
		// The offering is read before the filters retype it: "sell 20 million shares in a
		// secondary offering" is still a sale of shares here.
		if u.typ == events.Offering && !u.weak || u.typ == events.Acquisition && u.to > 1 && words[u.to-2] == "shares" && soldInOffering(words, u.to-1) {
			return true
		}
	}
	return false
}

// fundingVerbs pay for a plan.
var fundingVerbs = wordSet(`fund funds funding finance finances financing pay`)

// fundedPlans are a company's plans, whose contents can be listed after them.
var fundedPlans = wordSet(`plan plans strategy program programme overhaul turnaround effort`)

// fundedPlan says whether a trigger lists what a plan holds, where the plan is what money pays
// for: "suspend its dividend, keeping the cash to fund a turnaround plan that includes closing
// hundreds of stores", "to help pay for a strategy including plant closings". The money's use
// is the news; the plan, told as its purpose, is older. A plan told by its own verb ("unveiled
// a plan that includes closing 150 stores") is news.
func fundedPlan(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		switch words[k] {
		case "include", "includes", "included", "including":
		default:
			continue
		}
		p := k - 1
		if words[p] == "that" || words[p] == "which" || words[p] == "," {
			p--
		}
		if p < 0 || !fundedPlans[words[p]] {
			return false
		}
		for j := p - 1; j >= 0 && j >= p-4; j-- {
			if fundingVerbs[words[j]] {
				return true
			}
			if words[j] == "," || words[j] == "." || words[j] == ";" {
				return false
			}
		}
		return false
	}
	return false
}

// settlementPaid says whether the date at token k follows a payment that is the legal event t
// itself: "Goldman Sachs Asset Management paid $4 million in 2022 to settle similar charges". A
// payout is paid on a day other than the news's ("payable", "paid on March 15"), so "paid"
// before a date settles it elsewhere (settles); a sum paid to settle is the settlement, and its
// year is the settlement's.
func settlementPaid(words []string, k int, t trigger) bool {
	if t.typ != events.Legal {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if settlementWords[words[i]] {
			return words[i] == "paid" && i+1 < len(words) && (words[i+1] == "$" || strings.HasPrefix(words[i+1], "$"))
		}
	}
	return false
}
