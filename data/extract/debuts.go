package extract

import "github.com/eventline/eventline/data/events"

// A first day of trading told with the sale before it (news11): "shares soared in their first
// day of trading ..., closing at $46.20 against the $21 price of its initial public offering".
// The debut beside the move is the move's circumstance (meaning marks it an aside), and so is
// every other mention of the same listing in the sentence, its price or its name: otherwise the
// listing's second mention competes with the move in the main clause and the move is lost.

// debutBeside says whether the sentence's triggers ts hold a listing told as a debut ("first day
// of trading", "NYSE debut").
func debutBeside(words []string, ts []trigger) bool {
	for _, u := range ts {
		if u.typ == events.IPO && debut(words, u) {
			return true
		}
	}
	return false
}

// Shares sold "in a public offering" are the seller's own, sold to the public; "in" names the
// manner of the sale, not a company whose stake is sold ("sold its shares in Acme").

// offeringNouns name a sale of shares to investors.
var offeringNouns = wordSet(`offering offerings placement placements ipo flotation`)

// soldInOffering says whether the "in" at k opens the manner of a sale of shares: "in a public
// offering", "in an underwritten secondary offering", "in a private placement".
func soldInOffering(words []string, k int) bool {
	if k >= len(words) || words[k] != "in" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if offeringNouns[words[j]] {
			return true
		}
		if gapStops[words[j]] || words[j] == "," {
			return false
		}
	}
	return false
}

// beatMissVerbs open a headline's results measured against forecasts ("beats estimates").
var beatMissVerbs = wordSet(`beat beats beating top tops topped topping miss misses missed missing`)

// forecastsBehindMove says whether an earnings trigger of beating or missing forecasts is told as
// the cause of a price move before it, after a subordinator ("shares slide as revenue misses
// forecasts"): the move is the news and the results its reason, as the labelled sets count it
// (orderBehindMove holds the same for orders). "Acme beats estimates, shares jump" tells both.
func forecastsBehindMove(words []string, t trigger, ts []trigger) bool {
	if t.typ != events.Earnings {
		return false
	}
	if t.weak {
		// The results noun the verb is told of goes with it: "as revenue misses forecasts".
		for _, u := range ts {
			if u.from == t.to && u.verbal && beatMissVerbs[words[u.from]] && forecastsBehindMove(words, u, ts) {
				return true
			}
		}
		return false
	}
	return t.verbal && beatMissVerbs[words[t.from]] && causeOfMove(words, t, ts)
}
