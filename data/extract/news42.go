package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Readings of news42 (modern40, one ordinary news day): orders that fade, a manager who joined
// from another company, the Nasdaq index moving in a story of the market, a share move over a
// leader's tenure, a buyer's record of many purchases, and a "How ..." feature's undated past.

// fadeVerbs tell demand going down, in the present as well as the past; trendVerbs (wire31.go)
// has the past and the participles.
var fadeVerbs = wordSet(`weaken weakens soften softens slow slows fall falls decline declines drop drops
	slump slumps shrink shrinks dwindle dwindles sag sags wane wanes ease eases`)

// fadeAuxiliaries let "to" stand before a trend's verb: "continue to fall".
var fadeAuxiliaries = wordSet(`continue continues continued begin begins began begun`)

// ordersPhraseStops end the noun phrase after "orders for" or "orders from".
var ordersPhraseStops = wordSet(`, . ; : that which who worth valued totaling to`)

// fadingOrders says whether a contract trigger at "orders" is demand going one way, the subject
// of a verb of trend after the goods or buyers it names: "as orders for its heavy-duty trucks
// weaken", "orders for aerial work platforms continue to fall". The orders are a market's, no
// order won; trendOrders (wire31.go) reads the verb only within a few words of "orders".
func fadingOrders(words []string, t trigger) bool {
	if w := words[t.from]; w != "orders" && w != "order" {
		return false
	}
	k := t.from + 1
	if k >= len(words) || words[k] != "for" && words[k] != "from" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+8; j++ {
		w := words[j]
		if fadeVerbs[w] || trendVerbs[w] {
			return j > k+1
		}
		if ordersPhraseStops[w] && !(w == "to" && j > 0 && fadeAuxiliaries[words[j-1]]) {
			return false
		}
	}
	return false
}

// indexMoves are the verbs a session's index move takes in a wrap's headline or lead.
var indexMoves = wordSet(`falls fell drops dropped slips slipped slides slid sinks sank tumbles tumbled
	rises rose gains gained climbs climbed jumps jumped rallies rallied adds added loses lost ends
	ended closes closed edges edged`)

// sessionMarkets name the market a session story is about: "stocks", "Wall Street", an index.
var sessionMarkets = wordSet(`stocks equities wall dow s&p index indexes indices benchmark treasury treasuries`)

// marketIndexMove says whether the name from token start, ending before token k, is the Nasdaq
// index moving in a story of the market: "Stocks slide as yields jump; Nasdaq drops 2%", "The
// S&P 500 rose 0.5% and Nasdaq climbed 0.9%". The bare name right before a verb of a move, in a
// sentence that names stocks, Wall Street or another index, is the index's; "Nasdaq shares fall"
// and a move with no market named are the exchange operator's own.
func marketIndexMove(words []string, start, k int) bool {
	if start < 0 || start >= len(words) || words[start] != "nasdaq" || k != start+1 || k >= len(words) || !indexMoves[words[k]] {
		return false
	}
	if start > 0 && words[start-1] == "the" {
		return true // "The Nasdaq closed at a record": the market with its article, never Nasdaq Inc
	}
	for j, w := range words {
		if j == start {
			continue
		}
		if sessionMarkets[w] || w == "&" && j > 0 && words[j-1] == "s" {
			return true
		}
	}
	return false
}

// underNotTenure are what an opening "Under ..." names when it is no person's tenure: "Under the
// deal", "Under pressure from investors".
var underNotTenure = wordSet(`deal deals agreement agreements terms plan plans program proposal offer contract
	settlement accord law rules rule pressure scrutiny review arrangement pact circumstances which this that`)

// tenureMove says whether a price-move trigger is told in a sentence that opens with a leader's
// tenure: "Under Farrell, ... its shares roughly doubled", "Under its founder, Chipotle's stock
// tripled over a decade". The change is the tenure's, years long, not a session's move.
func tenureMove(words []string, t trigger) bool {
	if t.typ != events.PriceMove || len(words) < 3 || words[0] != "under" {
		return false
	}
	for k := 1; k < len(words) && k <= 4; k++ {
		switch w := words[k]; {
		case w == ",":
			return k > 1 && t.from > k
		case underNotTenure[w] || isNumber(w):
			return false
		}
	}
	return false
}

// perfectAuxiliaries make a verb a record up to now: "has bought", "have acquired".
var perfectAuxiliaries = wordSet(`has have had 've`)

// manyDeals begin an object that counts deals by the many: "several older brands", "a string of
// producers", "dozens of companies".
var manyDeals = wordSet(`several many numerous dozens scores string series spate run number handful slew
	raft host`)

// dealRecord says whether an acquisition trigger is a buyer's record told in the perfect, with an
// object of many: "which has bought several older brands from larger food makers", "has
// acquired dozens of small cleaning companies", "has bought a string of smaller producers over
// the past decade". The record is the buyer's habit, no deal of the news; "has bought software
// maker Procare" and "bought several landfills on Monday" (no perfect) are deals.
func dealRecord(words []string, t trigger) bool {
	if t.typ != events.Acquisition {
		return false
	}
	perfect := false
	for k := max(t.from-2, 0); k < t.to && k < len(words); k++ {
		perfect = perfect || perfectAuxiliaries[words[k]]
	}
	if !perfect {
		return false
	}
	k := t.to
	if k < len(words) && (words[k] == "a" || words[k] == "an") {
		k++
	}
	return k < len(words) && manyDeals[words[k]]
}

// news42Misreads drops the triggers news42's readings make no event.
func news42Misreads(words []string, t trigger) bool {
	return t.typ == events.Contract && fadingOrders(words, t) ||
		tenureMove(words, t) || dealRecord(words, t)
}

// explainerTitle says whether a title opens as an explainer of how something came to be: "How
// Ralph Lauren made the polo shirt a luxury item again", "How a Pool Supplier Rode the
// Pandemic".
func explainerTitle(words []string) bool {
	return len(words) > 2 && words[0] == "how"
}

// explainerHistory drops from a feature whose title explains how something came to be, and tells
// no event itself, the body's events that no date of their own dates: a profile's narrative
// ("the company shut its Polo stores in several countries", "The shares lost much of their
// pandemic gain") is the subject's past, which the publication day would wrongly date as news.
// Events with a date of their own keep it, and are news only if it is recent. Claims that
// pointed at a dropped event point at none; the others follow their event.
func explainerHistory(evs []Event, claims []Claim, title []string) []Event {
	if !explainerTitle(title) || slices.ContainsFunc(evs, func(e Event) bool { return e.fromTitle }) {
		return evs
	}
	index := make([]int, len(evs))
	out := evs[:0]
	for i, e := range evs {
		if e.DateText == "" {
			index[i] = -1
			continue
		}
		index[i] = len(out)
		out = append(out, e)
	}
	for k := range claims {
		if claims[k].Event >= 0 {
			claims[k].Event = index[claims[k].Event]
		}
	}
	clear(evs[len(out):])
	return out
}
