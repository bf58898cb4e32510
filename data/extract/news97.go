package extract

import "strings"

// Rules from misreads noticed while newswire32 (airline, railroad, trucking, automaker, parts
// and defense wire copy of 1985-1989) was written.

// unitSales says whether the results trigger t, "sales" and a verb of change, measures sales
// counted in goods, not money: "said its sales fell 18.1 percent to 91,402", "car sales rose 6
// pct to 412,300 units", "sales slipped to 38,760 vehicles". An automaker's ten-day or monthly
// sales, a plane maker's deliveries told as sales, are a count of goods that the trade reports
// each period, no results; Reuters does not count them as earnings news. The figure the change
// reaches ("to", "at") is a whole number of a thousand or more with no money before or after it
// ("to $412 million", "to 412.4 mln dlrs", "to 1,234,000 dlrs" stay results).
func unitSales(words []string, t trigger) bool {
	if words[t.from] != "sales" && words[t.to-1] != "sales" {
		return false
	}
	for k := t.to; k+1 < len(words) && k <= t.to+5; k++ {
		switch w := words[k]; {
		case endsClause(w) || w == "," || w == "and":
			return false
		case w == "to" || w == "at":
			n := words[k+1]
			if !goodsCount(n) {
				return false
			}
			return k+2 >= len(words) || !moneyAfterFigure[words[k+2]]
		}
	}
	return false
}

// goodsCount says whether w is a whole number of a thousand or more, as a count of goods is
// written ("91,402", "38760"): no decimal point, which a sum in millions has ("412.4").
func goodsCount(w string) bool {
	if !isNumber(w) || strings.Contains(w, ".") {
		return false
	}
	v, err := parseNumber(w)
	return err == nil && v >= 1000
}

// moneyAfterFigure make the figure before them a sum of money or a rate, not a count.
var moneyAfterFigure = wordSet(`mln million billion bln dlrs dlr dollars dollar cts cents pct percent % yen marks
	francs stg pounds lire guilders`)

// orderChangeVerbs tell a measure's change: orders that change are a flow of demand.
var orderChangeVerbs = wordSet(`fell fall falls dropped drop drops declined decline declines slipped slumped plunged
	rose rise rises climbed increased jumped surged grew eased slowed`)

// ordersChanged says whether a contract trigger at "orders" is the subject of a verb of change:
// "orders from its largest customer, Whalsay Motors Corp, fell about 20 pct in November", "orders
// for heavy trucks dropped 12 pct in the quarter". Orders that fall or rise are demand measured,
// as strong orders are (demandOrders), and no order placed or won. The verb stands within the
// orders' clause, an appositive's commas included; "and", a relative pronoun or the clause's end
// stop the look ("won orders from two airlines, and its shares rose" stays an order won).
func ordersChanged(words []string, t trigger) bool {
	if w := words[t.from]; w != "orders" && w != "order" {
		return false
	}
	if t.from > 0 && orderWinVerbs[words[t.from-1]] {
		return false // "won orders from", "received orders for"
	}
	for k := t.from + 1; k < len(words) && k <= t.from+14; k++ {
		switch w := words[k]; {
		case endsClause(w) || w == "and" || w == "that" || w == "which":
			return false
		case orderChangeVerbs[w]:
			return true
		}
	}
	return false
}

// orderWinVerbs take orders as their object: the orders after them are won or placed.
var orderWinVerbs = wordSet(`won wins win received receives receive booked books book placed places place got
	gets secured secures landed lands`)

// outputBought says whether an acquisition trigger, a verb of buying, buys a plant's or a
// venture's output: "has agreed to buy most of its output under a ten-year supply agreement",
// "will purchase all of the mill's production". What a plant makes, bought over years, is
// supply, not the plant; the plant or a production business bought ("buy the plant", "buy its
// production unit") stays a deal.
func outputBought(words []string, t trigger) bool {
	if !goodsBuyVerbs[words[t.from]] || t.to != t.from+1 {
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+7; k++ {
		switch w := words[k]; {
		case w == "output" || w == "production":
			return k+1 >= len(words) || !boughtBusinesses[words[k+1]] && words[k+1] != "facility" && words[k+1] != "facilities"
		case outputShares[w], w == "'" || w == "s":
		case k+1 < len(words) && words[k+1] == "'": // a possessive's noun: "the mill's"
		default:
			return false
		}
	}
	return false
}

// outputShares may stand between a verb of buying and the output bought: "most of its", "all
// of the", "half the", "the entire", "the new plant's", "its annual".
var outputShares = wordSet(`most all part some much half share portion of its the their entire a new annual
	future total combined joint`)
