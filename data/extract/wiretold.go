package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The rules in this file read events that 1980s wire copy tells in words of its own rather than
// the event's name: a state selling shares of a company it owns to investors, a regulator's order
// that bars or requires, a reverse split told as a "combination" of shares, goods supplied under
// an agreement (supplydeals.go's underPricedDeal, with the sum before the deal noun), and a venture told as a company the partners own equally. Each is a class of
// sentences, with examples of our own both ways in testdata/sentences.tsv.

// toldLexicon adds to the trigger lexicon (see index) the phrases of these classes.
var toldLexicon = map[events.Type][]string{
	events.IPO: join(
		// A government selling part of a company it owns to the public: "will sell 30 pct of
		// state-owned Nordair to private investors", "plans to float a quarter of state-owned
		// Chimie Nationale on the bourse". stateSaleOffPublic keeps only sales to the market.
		verb("sell ... state-owned", "sells ... state-owned", "selling ... state-owned", "sold ... state-owned",
			"float ... state-owned", "floats ... state-owned", "floating ... state-owned", "floated ... state-owned",
			"offer ... state-owned", "offers ... state-owned", "offering ... state-owned", "offered ... state-owned",
			"sell ... government-owned", "sells ... government-owned", "selling ... government-owned",
			"float ... government-owned", "floats ... government-owned", "offer ... government-owned",
			"offers ... government-owned", "flotation of state-owned", "flotation of government-owned"),
		// A parent taking part of a business to the market: "plans to float 20 pct of its
		// insurance unit", "TO FLOAT BREWING SUBSIDIARY". Notes and bonds are floated too, so
		// only a business floated is a listing.
		verb("float ... unit", "floats ... unit", "floated ... unit", "floating ... unit",
			"float ... subsidiary", "floats ... subsidiary", "floated ... subsidiary", "floating ... subsidiary",
			"float ... division", "floats ... division", "floated ... division", "floating ... division"),
		// A company's first sale of its shares in British wire: "MARDLEBURY FLOTATION PRICED",
		// "its shares will be offered to the public for the first time at 185 pence" (wire24).
		[]string{"flotation", "shares ... to the public for the first time", "stock ... to the public for the first time"}),
	// A bid told by what the buyer pays: "will pay 24 dlrs a share in cash for all of Dunmore
	// Instruments". pricePaidForCompany keeps only a price paid for a company, not a payout
	// ("will pay 15 cts a share on May 1") or a year's dividends.
	events.Acquisition: verb("pay ... a share", "pays ... a share", "paid ... a share", "paying ... a share",
		"pay ... per share", "pays ... per share", "paid ... per share", "paying ... per share"),
	// A payout told with its form between "quarterly" and the noun: "raised its quarterly cash
	// payment to 12 cts a share" (the lexicon's "quarterly payment" without "cash").
	events.Dividend: {"quarterly cash payment", "quarterly cash payout", "quarterly cash distribution"},
	// A reverse split told as shares combined: "holders approved a combination of its common
	// shares on a one-for-ten basis".
	// Its own shares, not a price paid "for a combination of cash and stock".
	events.Split: {"combination of its ... shares", "combination of its ... stock", "consolidation of its ... shares"},
	// A company the partners own in equal parts: "in a new company owned equally by the two",
	// "an equally owned venture", "will combine their ... operations in a new company".
	events.Partnership: join([]string{"owned equally", "equally owned", "equally-owned", "owned 50-50", "50-50 owned"},
		verb("combine their ... in a new", "combine their ... into a new", "combining their ... in a new",
			"combining their ... into a new", "combined their ... in a new", "combined their ... into a new",
			"will combine ... in a new", "will combine ... into a new"),
		// The same told by each partner's share: "into a new company that each will own half",
		// "a venture owned half by each".
		[]string{"each will own half", "each will hold half", "each would own half", "each to own half",
			"each owning half", "each holding half", "each owns half", "each own half", "owned half by each",
			"half owned by each"},
		// Two companies selling each other's goods: "agreed with Orley to market each other's
		// software" (the phrase stops before the possessive, which the tokenizer splits). A deal
		// between them, not a sale of either.
		verb("market each other", "markets each other", "marketing each other", "marketed each other",
			"sell each other", "sells each other", "selling each other",
			"distribute each other", "distributes each other", "distributing each other", "distributed each other")),
	// Brokers moving their ratings without naming the new one: "two brokerage houses lowered their
	// ratings on the stock". The plural is the brokers' (a network's "ratings" take no "on").
	// A broker advising clients to buy, told with the deal's noun: "began recommending purchase
	// of Calder Mining Co shares" (purchaseRecommended keeps "purchase" from reading as a deal).
	events.Analyst: join([]string{"recommending purchase", "recommends purchase", "recommend purchase"},
		verb("lower ... ratings on", "lowers ... ratings on", "lowered ... ratings on", "lowering ... ratings on",
			"cut ... ratings on", "cuts ... ratings on", "cutting ... ratings on",
			"raise ... ratings on", "raises ... ratings on", "raised ... ratings on", "raising ... ratings on")),
}

// publicBuyers are who a state sells a company's shares to when it takes it to the market, and
// the market's own words.
var publicBuyers = wordSet(`investors public bourse exchange quoted listed listing flotation float floated
	floating offering`)

// stateSaleOffPublic says whether an IPO trigger of toldLexicon's state-owned sales names no
// sale to the market: "agreed to sell its stake in state-owned Alfa to Fiat" is a deal with a
// buyer, and only "to private investors", "on the Oslo exchange", "to the public" make it the
// company's first shares offered to all.
func stateSaleOffPublic(words []string, t trigger) bool {
	owned := false
	for k := t.from; k < t.to; k++ {
		if words[k] == "state-owned" || words[k] == "government-owned" {
			owned = true
			break
		}
	}
	if !owned {
		return false
	}
	if words[t.from] == "flotation" || strings.HasPrefix(words[t.from], "float") {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+20; k++ {
		if words[k] == "." || words[k] == ";" {
			break
		}
		if publicBuyers[words[k]] {
			return false
		}
	}
	return true
}

// restraints are the participles that make an order a directive: "an order ... barring it from
// claiming", "an order requiring it to recall".
var restraints = wordSet(`barring bars barred prohibiting prohibits forbidding forbids requiring requires
	directing directs enjoining compelling banning restricting halting preventing`)

// restrainingOrder says whether a contract trigger's "order" bars or requires something, as a
// regulator's does ("agreed to an order with the Federal Trade Commission barring it from
// claiming ..."), not goods ordered ("an order for 40 planes").
func restrainingOrder(words []string, t trigger) bool {
	for k := t.from; k < t.to && k < len(words); k++ {
		if words[k] != "order" && words[k] != "orders" {
			continue
		}
		if k+1 < len(words) && words[k+1] == "for" {
			return false
		}
		for j := k + 1; j < len(words) && j <= k+10; j++ {
			if endsClause(words[j]) || words[j] == "for" {
				break
			}
			if restraints[words[j]] {
				return true
			}
		}
	}
	return false
}

// purchaseWords tell a company buying its stock; a buyback trigger without one ("reducing the
// shares outstanding") tells only a smaller count.
var purchaseWords = wordSet(`buy buys bought buying repurchase repurchases repurchased repurchasing purchase
	purchases purchased purchasing buyback buybacks`)

// countOfSplit says whether a buyback trigger only counts shares in a sentence that tells a
// split: "a combination of its common shares on a one-for-ten basis, reducing the shares
// outstanding to 2.3 mln" is a reverse split, no stock bought.
func countOfSplit(words []string, t trigger, ts []trigger) bool {
	if !hasType(ts, events.Split) {
		return false
	}
	for k := t.from; k < t.to; k++ {
		if purchaseWords[words[k]] {
			return false
		}
	}
	return true
}

// namedStateOwned reads the company a state-owned sale of toldLexicon offers, when no alias or
// listing knows it: the capitalized words right after "state-owned" ("sell 30 pct of state-owned
// Nordfjell Airlines to private investors").
func (s *sentence) namedStateOwned(t trigger) *CompanyMention {
	if t.to == 0 || t.to >= len(s.words) || s.words[t.to-1] != "state-owned" && s.words[t.to-1] != "government-owned" {
		return nil
	}
	return s.capitalsFrom(t.to)
}

// pricedNouns are the deal nouns a price can stand before as their modifier.
var pricedNouns = wordSet(`offer offers bid bids takeover acquisition merger`)

// currencyWords are the currencies wire copy writes after a sum.
var currencyWords = wordSet(`stg sterling dlrs dlr dollars yen marks francs guilders lire crowns`)

// pricedBid says whether the currency word right before an acquisition trigger is a sum's, the
// price of the deal ("a recommended 120 mln stg offer for Wickes"), not currency bought ("the
// bank's sterling purchases").
func pricedBid(words []string, t trigger) bool {
	if !pricedNouns[words[t.from]] || t.from < 2 || !currencyWords[words[t.from-1]] {
		return false
	}
	return scaleWords[words[t.from-2]] || isNumber(words[t.from-2])
}

// talksWords name the negotiations a deal is the subject of.
var talksWords = wordSet(`talks negotiations discussions negotiate negotiating negotiated`)

// dealInTalks says whether a weak acquisition trigger ("sale of", "acquiring") is what
// negotiations are about, within eight words after them in the clause: "discontinued negotiations
// on acquiring Southwest Photo", "is holding discussions that could lead to the sale of all its
// shares". Talks held, ended or extended are deal news, as the deal's own verb would be.
func dealInTalks(words []string, t trigger) bool {
	if !t.weak {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if endsClause(words[k]) {
			return false
		}
		if talksWords[words[k]] {
			return true
		}
	}
	return false
}

// floatedParts are what a parent sells of its business when it takes it to the market.
var floatedParts = wordSet(`unit units subsidiary subsidiaries division`)

// unitFloated says whether an acquisition trigger of a unit sold ("sell ... unit") sells it to
// the public: "plans to sell about 20 pct of its Kenmore Life unit to the public" is the unit's
// first shares offered to all, an IPO, where "sell its unit to Dorset Corp" has a buyer.
func unitFloated(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "sel") && words[t.from] != "sold" || !floatedParts[words[t.to-1]] {
		return false
	}
	k := t.to
	if k < len(words) && words[k] == "to" {
		k++
	} else {
		return false
	}
	if k < len(words) && words[k] == "the" {
		k++
	}
	return k < len(words) && words[k] == "public"
}

// recommenders are the verbs of a broker's advice to buy.
var recommenders = wordSet(`recommend recommends recommending`)

// purchaseRecommended says whether an acquisition trigger's "purchase" is a broker's advice:
// "began recommending purchase of Calder Mining shares" buys nothing. (A board's "recommended"
// deal, "the recommended purchase of Wickes", keeps its past participle and stays a deal.)
//
// A broker's list says the same: "added Pemberton to its list of recommended purchases".
func purchaseRecommended(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "purchas") {
		return false
	}
	k := t.from - 1
	if k >= 2 && words[k] == "recommended" && words[k-1] == "of" && (words[k-2] == "list" || words[k-2] == "lists") {
		return true
	}
	if k >= 0 && words[k] == "the" {
		k--
	}
	return k >= 0 && recommenders[words[k]]
}

// paymentsMeans are the form a price a share is paid in, between the price and what it buys.
var paymentsMeans = wordSet(`in cash stock notes securities and common`)

// notBought are the words after "for" that make a price a share no price of a company: a period
// ("for the quarter", "for 1987", "for fiscal 1987"), the holders paid ("for holders of record"),
// or a payout's nouns in the gap ("pay a dividend of 15 cts a share").
var notBought = wordSet(`the a an its their this that fiscal year quarter holders shareholders
	stockholders record each every`)

// pricePaidForCompany says whether an acquisition trigger "pay ... a share" is a price paid for a
// company: "for" after the price (perhaps "in cash" or "in cash and stock" between), then
// neither a period nor holders, and no payout named in the gap. "For all of Dunmore" and "for
// the remaining shares of" are bids; "for the quarter" and "for holders of record" are not.
func pricePaidForCompany(words []string, t trigger) bool {
	for k := t.from + 1; k < t.to; k++ {
		if payoutHeads[words[k]] {
			return false
		}
	}
	k := t.to
	for k < len(words) && k < t.to+4 && paymentsMeans[words[k]] {
		k++
	}
	if k+1 >= len(words) || words[k] != "for" {
		return false
	}
	next := words[k+1]
	if next == "all" || next == "the" && k+2 < len(words) && (words[k+2] == "remaining" || words[k+2] == "rest") {
		return true
	}
	return !notBought[next] && !isNumber(next) && !endsClause(next) && next != ","
}

// isPricePaid says whether t is toldLexicon's "pay ... a share" phrase.
func isPricePaid(words []string, t trigger) bool {
	w := words[t.from]
	return (w == "pay" || w == "pays" || w == "paid" || w == "paying") && t.gap && words[t.to-1] == "share"
}

// shareNouns are what a company sells when it sells its equity.
var shareNouns = wordSet(`stock shares share common equity`)

// firstPublicSale says whether an offering trigger of a public sale ("public offering", "public
// sale of") is the company's first of its stock: "its first public sale of stock", "the
// company's first public offering of common shares", and with the stock named inside the
// trigger, "made its first public (common) stock offering". Its first sale of notes is still
// financing, so the stock must be named within the trigger or the four words after it.
func firstPublicSale(words []string, t trigger) bool {
	from := t.from
	for from > 0 && shareNouns[words[from]] {
		from-- // "first public common stock offering": the trigger is "stock offering"
	}
	if from == 0 || words[from] != "public" || words[from-1] != "first" {
		return false
	}
	for k := from + 1; k < len(words) && k < t.to+4; k++ {
		if endsClause(words[k]) {
			return false
		}
		if shareNouns[words[k]] {
			return true
		}
	}
	return false
}
