package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from modern56, a first-seen batch of semiconductor, hardware, enterprise software and IT
// services news: a move sized with a hedge or a range, orders measured as a pace, a result
// targeted, a product put off, a fight "far from settled", and rivals a launch takes aim at.

// moveHedges stand between a verb of moving and its size, alone or before "than" or "as much
// as": "fell about 9%", "rose more than 5%", "slid as much as 12%". "by" and "between" are read
// apart (sizeAfterHedge).
var moveHedges = wordSet(`about around nearly almost roughly some over under approximately just close more less
	as much up`)

// sizeAfterHedge returns where the size of a move stands when the words from j hedge it or give
// it as a range: "about 9%", "as much as 9%", "more than 9%", "by 9%", "between 7% and 11%" (the
// range's first figure). It returns j itself where no hedge opens there, and -1 where a range
// is no size of a move ("between June and August"). A sector's stocks moving together are told
// with a range as often as one stock with a hedge: "Shares of chip equipment makers A, B and C
// fell between 7% and 11%".
func sizeAfterHedge(words []string, j int) int {
	k := j
	if k < len(words) && words[k] == "by" {
		k++ // "fell by 9%", "fell by as much as 9%"
	}
	if k+4 < len(words) && words[k] == "between" {
		if isNumber(words[k+1]) && percentWord(words[k+2]) && words[k+3] == "and" && isNumber(words[k+4]) {
			return k + 1
		}
		return -1
	}
	for n := 0; k < len(words) && n < 3 && moveHedges[words[k]]; n++ {
		k++
		if k < len(words) && (words[k] == "than" || words[k] == "as" || words[k] == "to") {
			k++ // "more than", "as much as", "close to", "up to"
		}
	}
	return k
}

// percentWord says whether w is a percent's sign or word.
func percentWord(w string) bool { return w == "%" || w == "pct" || w == "percent" }

// news63Misread says whether trigger t tells no event of its type (misread's hook).
func news63Misread(s *sentence, t trigger, ts []trigger) bool {
	return t.typ == events.Contract && measuredOrders(s.words, t) || t.typ == events.Legal && unsettled(s.words, t) ||
		t.typ == events.Analyst && outperformsGoods(s.words, t)
}

// orderMeasures are nouns that measure a flow of orders over time rather than name an order:
// "the pace of orders", "a slowdown in orders", "a backlog of orders".
var orderMeasures = wordSet(`pace rate level levels flow volume slowdown slowing drop drops decline declines fall
	falls rise rises increase increases rebound recovery pickup surge jump growth slump lull weakness strength
	softness backlog backlogs trend trends timing`)

// measuredOrders says whether a contract trigger's "orders" is measured by the noun before "of"
// or "in": "an uneven pace of orders from chipmakers in China", "a slowdown in orders from
// carriers", "a backlog of orders for its tools". That is demand, as "weaker orders" is
// (demandOrders), and no order placed or won; "won a string of orders from airlines" and "a
// batch of orders for 40 jets" are orders.
func measuredOrders(words []string, t trigger) bool {
	k := t.from
	if w := words[k]; w != "orders" && w != "order" || k < 2 {
		return false
	}
	if p := words[k-1]; p != "of" && p != "in" {
		return false
	}
	return orderMeasures[words[k-2]]
}

// targetVerbs make the results after them a goal: "targets faster revenue growth", "is
// targeting 10% annual sales growth".
var targetVerbs = wordSet(`target targets targeted targeting aim aims aimed aiming`)

// targetNouns are goals named as nouns: "sets 2027 targets for revenue growth", "a goal of 8%
// sales growth".
var targetNouns = wordSet(`target targets goal goals ambition ambitions`)

// goalSetters set or tell a goal: the verb before a goal's noun.
var goalSetters = wordSet(`set sets setting unveil unveils unveiled unveiling outline outlines outlined outlining
	lay lays laid laying announce announces announced give gives gave introduce introduces introduced new
	long-term medium-term`)

// goalReached are the verbs that measure results against a goal, which makes them results:
// "beat its targets for revenue growth", "missed its goal of 8% sales growth".
var goalReached = wordSet(`beat beats met meet meets missed miss misses hit hits topped tops exceeded exceeds
	reached reaches surpassed surpasses fell short`)

// resultTargeted says whether an earnings trigger is the object of a goal: a verb of targeting
// right before it ("Cisco targets faster revenue growth", "aims for double-digit sales growth"),
// or a goal's noun that a verb sets ("sets 2027 targets for revenue growth", "unveiled a goal of
// 8% sales growth"), with at most four words of description between. A goal is the company's
// word on results to come, its outlook, as an investor day tells it; results measured against a
// goal ("beat its targets for revenue growth") are results.
func resultTargeted(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-5; k-- {
		w := words[k]
		if w == "," || gapStops[w] || isClauseBreak(w) {
			return false
		}
		if targetNouns[w] && k+1 < t.from && (words[k+1] == "for" || words[k+1] == "of") {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if goalReached[words[j]] {
					return false
				}
				if goalSetters[words[j]] {
					return true
				}
			}
			return false
		}
		if targetVerbs[w] {
			if k > 0 && (determiners[words[k-1]] || possessives[words[k-1]] || goalReached[words[k-1]]) {
				return false // "its target", "beat targets": a noun
			}
			switch w {
			case "aim", "aims", "aimed", "aiming":
				return k+1 < t.from && (words[k+1] == "for" || words[k+1] == "at")
			case "target":
				return k > 0 && (words[k-1] == "to" || words[k-1] == "will")
			}
			return true
		}
	}
	return false
}

// delayedGoods are products a maker puts off by name: "delays 7-nanometer chips", "pushes back
// its electric pickup", "postpones the new headset".
var delayedGoods = wordSet(`chip chips processor processors phone phones smartphone smartphones headset headsets
	laptop laptops tablet tablets console consoles device devices car cars truck trucks pickup pickups suv suvs
	vehicle vehicles robotaxi robotaxis jet jets plane planes aircraft airliner airliners game games sequel
	model models satellite satellites rocket rockets drone drones gpu gpus accelerator accelerators server
	servers handset handsets`)

// goodsModifiers may stand between a verb of delay and the goods: determiners and words that
// describe the product.
var goodsModifiers = wordSet(`the its their a an next new next-generation latest first planned flagship
	long-awaited much-anticipated upcoming key`)

// productDelayed returns the end of a product its maker puts off, named right after the verb of
// delay with a few words of description: "Intel delays 7-nanometer chips by six months", "has
// pushed back its electric pickup to 2026", "postponed the next-generation headset". The goods
// end their phrase (a stop, a comma or a word of time follows), so that "delayed chip orders"
// or "delays phone payments" stay what else they are; results, votes, rates and listings are
// no goods.
func productDelayed(words []string, i int) int {
	k := i + 1
	if pushVerbs[words[i]] {
		if k >= len(words) || words[k] != "back" {
			return 0
		}
		k++
	}
	for j := k; j < len(words) && j <= k+3; j++ {
		w := words[j]
		if delayedGoods[w] {
			if j+1 < len(words) && !goodsEnds[words[j+1]] {
				return 0
			}
			return j + 1
		}
		if gapStops[w] || w == "," || w == "of" || !isWord(w) || !goodsModifiers[w] && !describesGoods(w) {
			return 0
		}
	}
	return 0
}

// goodsEnds may follow the goods put off: the length of the delay, the new date, a clause.
var goodsEnds = wordSet(`by to until into for . , ; : and as amid after because due over on in again`)

// describesGoods says whether w describes a product in a name's way: a hyphened or numbered word
// ("7-nanometer", "mixed-reality", "5G") or a lower-case word of a few letters more.
func describesGoods(w string) bool {
	return strings.ContainsAny(w, "-0123456789") || len(w) > 3 && !strings.HasSuffix(w, "ly")
}

// unsettledOpeners say a matter is open when they stand right before "settled" or "resolved":
// "far from settled", "anything but settled", "nowhere near resolved".
var unsettledOpeners = [][2]string{{"far", "from"}, {"anything", "but"}, {"nowhere", "near"}, {"no", "means"},
	{"is", "hardly"}, {"remains", "hardly"}}

// unsettled says whether a legal trigger is "settled" or "resolved" as an adjective that an idiom
// of doubt opens: "the interconnect fight is far from settled", "the question of who pays is
// anything but settled". A matter still open is no settlement, and the fight a figure of speech
// as often as a suit; "the suit was settled" and "has not settled the suit" are read as before.
func unsettled(words []string, t trigger) bool {
	w := words[t.from]
	if w != "settled" && w != "resolved" || t.from < 2 {
		return false
	}
	for _, o := range unsettledOpeners {
		if words[t.from-2] == o[0] && words[t.from-1] == o[1] {
			return true
		}
	}
	return false
}

// aimedAt says whether the words at k take aim at a rival: "takes aim at Apple and Intel",
// "taking aim at Nvidia". The companies after it are those the event's party competes with,
// no parties of its launch or deal (rivalryAt's hook).
func aimedAt(words []string, k int) bool {
	return k+2 < len(words) && words[k+1] == "aim" && words[k+2] == "at"
}

// modalVerbs stand before a verb that tells a claim or a plan, not a fact.
var modalVerbs = wordSet(`would will could can should might may to`)

// outperformsGoods says whether an analyst trigger is the verb "outperform" after a modal with
// a product or a rival's goods as its object: "a laptop processor it said would outperform chips
// from Apple and Intel", "claims its servers will outperform rivals' systems". That is a maker's
// claim about its product, no broker's rating; "raised Acme to outperform" and "rates the
// stock outperform" end the rating with no object after it.
func outperformsGoods(words []string, t trigger) bool {
	w := words[t.from]
	if w != "outperform" && w != "outperforms" || t.from == 0 || !modalVerbs[words[t.from-1]] || t.to >= len(words) {
		return false
	}
	if words[t.from-1] == "to" && t.from >= 2 && rerateWords[words[t.from-2]] {
		return false // "upgraded Acme to outperform"
	}
	for k := t.to; k < len(words) && k <= t.to+3; k++ {
		if delayedGoods[words[k]] || rivalWords[words[k]] {
			return true
		}
		if gapStops[words[k]] || words[k] == "," || words[k] == "from" || words[k] == "at" {
			return false
		}
	}
	return false
}

// rerateWords move a rating to "outperform": "upgraded Acme to outperform", "raised it to".
var rerateWords = wordSet(`upgraded upgrades upgrade raised raises raise lifted lifts lift cut cuts lowered
	lowers moved moves`)
