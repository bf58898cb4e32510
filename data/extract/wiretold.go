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
	// A government selling part of a company it owns to the public: "will sell 30 pct of
	// state-owned Nordair to private investors", "plans to float a quarter of state-owned
	// Chimie Nationale on the bourse". stateSaleOffPublic keeps only sales to the market.
	events.IPO: verb("sell ... state-owned", "sells ... state-owned", "selling ... state-owned", "sold ... state-owned",
		"float ... state-owned", "floats ... state-owned", "floating ... state-owned", "floated ... state-owned",
		"offer ... state-owned", "offers ... state-owned", "offering ... state-owned", "offered ... state-owned",
		"sell ... government-owned", "sells ... government-owned", "selling ... government-owned",
		"float ... government-owned", "floats ... government-owned", "offer ... government-owned",
		"offers ... government-owned", "flotation of state-owned", "flotation of government-owned"),
	// A reverse split told as shares combined: "holders approved a combination of its common
	// shares on a one-for-ten basis".
	// Its own shares, not a price paid "for a combination of cash and stock".
	events.Split: {"combination of its ... shares", "combination of its ... stock", "consolidation of its ... shares"},
	// A company the partners own in equal parts: "in a new company owned equally by the two",
	// "an equally owned venture", "will combine their ... operations in a new company".
	events.Partnership: join([]string{"owned equally", "equally owned", "equally-owned", "owned 50-50", "50-50 owned"},
		verb("combine their ... in a new", "combine their ... into a new", "combining their ... in a new",
			"combining their ... into a new", "combined their ... in a new", "combined their ... into a new",
			"will combine ... in a new", "will combine ... into a new")),
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
