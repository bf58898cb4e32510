package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Rules for the classes newswire18 found first seen (wire27): the shipping and drilling trades'
// charters, a trust's "shares of beneficial interest" and a holder's stake bought back by the
// company it is held in.

// proxyContests are the other names of a proxy fight, a holder's bid for control of the board
// by votes: "seek control through a proxy contest", "a proxy battle for Acme". The lexicon's
// "proxy fight" reads them as acquisition news (newswire8), and so do these.
var proxyContests = []string{"proxy contest", "proxy contests", "proxy battle", "proxy battles", "proxy fights"}

// charterCraft are the craft an owner charters out: ships of every trade and drilling rigs.
var charterCraft = []string{"tanker", "tankers", "supertanker", "supertankers", "vessel", "vessels", "ship", "ships",
	"carriers", "freighter", "freighters", "barges", "rig", "rigs", "drillship", "drillships", "tonnage"}

// shipsChartered lists an owner's charter of its craft: "chartered two of its tankers to a
// European oil trader for 18 months", "CHARTERS FOUR BULK CARRIERS". A charter is business won
// for a term and a rate, as a contract is. Only the finite verb is listed: the bare verb and the
// gerund tell a market's trade as often ("buyers were chartering ships to carry grain", "the
// line will charter vessels to run the service").
func shipsChartered() []string {
	var out []string
	for _, c := range charterCraft {
		out = append(out, verb("charters ... "+c, "chartered ... "+c, "time-charters ... "+c, "time-chartered ... "+c)...)
	}
	// The charter's kind told as the terms a ship is fixed on: "fixed two of its bulk carriers
	// on time charter to a Japanese steel mill".
	return append(out, "on time charter", "on a time charter", "on long-term charter", "on a long-term charter")
}

// charteredCraft says whether the contract trigger t is the participle "chartered" used as an
// adjective of a craft ("a chartered tanker owned by Acme ran aground", "its chartered vessels"):
// a ship hired, not a charter made.
func charteredCraft(words []string, t trigger) bool {
	if words[t.from] != "chartered" || t.from == 0 {
		return false
	}
	switch words[t.from-1] {
	case "a", "an", "the", "its", "their", "his", "her", "of", "two", "three", "four", "five", "six", "some":
		return true
	}
	return false
}

// beneficialShares says whether the acquisition trigger t ("sold ... interest", "sell ...
// units") names a trust's own stock by the trust's name for it: "sold 1.5 mln shares of
// beneficial interest", "will sell two mln units of beneficial interest". The trust sells new
// stock of its own, an offering; "its beneficial interest in a partnership" is still a stake sold.
func beneficialShares(words []string, t trigger) bool {
	switch k := t.to - 1; words[k] {
	case "interest", "interests":
		if k < 3 || words[k-1] != "beneficial" {
			return false
		}
		switch words[k-3] {
		case "shares", "share", "units", "unit", "certificates":
			return beneficialOf(words, k-2)
		}
	case "shares", "units":
		return beneficialOf(words, t.to)
	}
	return false
}

// stakeBoughtBack says whether the stake at k that a "buy back" from index from takes is a
// holder's stake in the company itself, told by its holder: a possessive ("a raider's stake",
// "his stake"), "held by" or "owned by" after it ("the stake held by the Carne family"), or a
// headline's bare name before it ("BUYS BACK CARNE STAKE"). Buying out a holder, greenmail among
// it, is the company buying its own stock. A stake told by what it is in ("the 45 pct stake in
// its Canadian unit") or named with an article ("the Caesars stake", as "the Fiat stake" names
// the company it is in) stays a business bought.
func stakeBoughtBack(words []string, from, k int) bool {
	if k+1 < len(words) {
		switch words[k+1] {
		case "held", "owned":
			return true
		case "in":
			return false
		}
	}
	switch words[k-1] {
	case "'s", "'", "’", "his", "her", "their":
		return true
	case "s":
		if k >= 2 && (words[k-2] == "'" || words[k-2] == "’") {
			return true
		}
	}
	// A bare name between the verb and the noun, with no article or count.
	return k-from == 1 && !stakeModifiers[words[from]] && !startsDigit(words[from])
}

// stakeModifiers open a stake's phrase without naming a holder: articles, its owner's "its",
// and its size.
var stakeModifiers = wordSet(`the a an its this that our entire whole remaining minority majority controlling
	small large big`)

// beneficialOf says whether "of" at k opens a trust's name for its stock, "shares of beneficial
// interest": the trust's own shares, not another company's held.
func beneficialOf(words []string, k int) bool {
	return k+2 < len(words) && words[k] == "of" && words[k+1] == "beneficial" &&
		(words[k+2] == "interest" || words[k+2] == "interests")
}

// ordersGot lists business won told by the plain verb, as headlines tell it: "GETS 1,200-CAR
// ORDER", "got a 14 mln dlr order for pumps". A court's order is a ruling: the contract rules'
// court and restraining orders retype it to legal news, as for "WINS COURT ORDER".
var ordersGot = verb("get ... order", "gets ... order", "got ... order", "getting ... order",
	"gets ... orders", "got ... orders")

// dutchAuction is a company's tender for its own shares at a price its holders bid within a
// range: "a modified Dutch auction tender offer", "shares tendered in its Dutch auction". The
// auction of a security's dividend rate ("Dutch Auction Rate Transferable Securities") is
// financing, and an auction with no shares in the sentence (a government's bonds) no buyback.
// Matched here, not in the lexicon, where "dutch" would begin a phrase and so end names in
// capitals ("DUTCH RETAILER AHOLD SEES ...").
func dutchAuctionAt(words []string, i int) (trigger, bool) {
	if i+1 < len(words) && words[i+1] == "auction" {
		return trigger{typ: events.Buyback, from: i, to: i + 2}, true
	}
	return trigger{}, false
}

// notOwnAuction says whether the buyback trigger t of a Dutch auction is no company's tender for
// its shares: the rate auction of preferred stock, or a sentence that names no shares.
func notOwnAuction(words []string, t trigger) bool {
	if words[t.from] != "dutch" {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+3; k++ {
		switch words[k] {
		case "rate", "rates", "preferred", "securities":
			return true
		}
	}
	if t.to < len(words) && words[t.to] == "tender" {
		return false // "Results of Modified Dutch Auction Tender Offer": a self-tender (news32.go)
	}
	for _, w := range words {
		switch w {
		case "shares", "stock", "common":
			return false
		}
	}
	return true
}

// monthNames are the months a retailer's sales report names ("March sales rose 19 pct").
var monthNames = wordSet(`january february march april may june july august september october november december`)

// retailMonthWords name a retailer's month told by its weeks: "the four weeks ended May 30", "the
// five-week period".
var retailMonthWords = wordSet(`four-week five-week four-weeks five-weeks`)

// monthResultWords are the words of a results release beyond its sales: with any of them the
// sentence may tell a quarter's results, not a month's sales.
var monthResultWords = wordSet(`quarter quarterly net profit profits earnings income loss losses shr fiscal half
	months six-month nine-month`)

// monthlySales says whether the earnings trigger t is a sales figure of a month, as a retail
// chain reports each month: "March sales were up 19.2 pct", "sales for the four weeks ended May
// 30 rose 8.3 pct", "with same-store sales up 6.2 pct", "Easter sales fell in March last year".
// A month's sales are no results (Reuters
// does not count them as earnings news, nor newswire17 an airline's monthly traffic), unless the
// sentence tells profit or a quarter too.
func monthlySales(words []string, t trigger) bool {
	if t.typ != events.Earnings || words[t.to-1] != "sales" && words[t.from] != "sales" {
		return false
	}
	month := false
	for k, w := range words {
		switch {
		case monthResultWords[w]:
			return false
		case retailMonthWords[w]:
			month = true
		case (w == "four" || w == "five" || w == "4" || w == "5") && k+1 < len(words) && words[k+1] == "weeks":
			month = true
		case monthNames[w] && (k+1 < len(words) && words[k+1] == "sales" || k > 0 && (words[k-1] == "for" || words[k-1] == "in" && !periodEnded(words, k-1))):
			// "March sales", "sales fell in March", "sales for April"; a month that ends a
			// period ("the year ended March 31", "the period that ended in June") is no
			// month's sales.
			month = true
		}
	}
	return month
}

// saleRegions are the markets a company sells its new shares in, abroad or at home: "will sell 3
// mln shares in Europe and Japan".
var saleRegions = wordSet(`europe japan britain canada switzerland london tokyo zurich asia australia overseas
	germany france`)

// ownSharesIn says whether the acquisition trigger t, "sell ... shares in" (a holding in another
// company sold, as "sold its shares in Lister and Co"), sells the company's own stock: new shares
// ("will sell 3 mln new common shares in Europe") or shares sold in a market ("shares in Japan
// through an international syndicate"). That is an offering.
func ownSharesIn(words []string, t trigger) bool {
	if t.to-2 < t.from || words[t.to-1] != "in" || words[t.to-2] != "shares" && words[t.to-2] != "stock" {
		return false
	}
	return slices.Contains(words[t.from:t.to], "new") || regionAfter(words, t.to-1)
}

// regionAfter says whether "in" at k opens a market the shares are sold in ("in Europe"), not a
// company whose shares they are.
func regionAfter(words []string, k int) bool {
	return k+1 < len(words) && words[k] == "in" && saleRegions[words[k+1]]
}

// distributionWithheld is a royalty trust's word that it pays nothing this time: "there will be
// no royalty funds available for distribution to unit holders in April". Only the negated phrase
// tells a payout (withheld): "cash available for distribution to unitholders rose" is a measure
// of results (see cashMeasure).
var distributionWithheld = []string{"available for distribution to"}

// cashMeasure says whether the dividend trigger t is "available for distribution to" with no
// "no" before it in its clause: the amount a trust or partnership could pay, a measure, not a
// payout declared or withheld.
func cashMeasure(words []string, t trigger) bool {
	if words[t.from] != "available" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch w := words[k]; {
		case w == "no":
			return false
		case w == "," || endsClause(w):
			return true
		}
	}
	return true
}
