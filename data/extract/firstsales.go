package extract

import "slices"

// Orders a company starts taking for its own goods are a launch ("Rivian started taking orders for
// its R2", "began accepting preorders for the headset"), no contract won: the orders are its
// customers' to come. Orders "taken" or "won" from a buyer stay contracts ("took orders for 50 jets
// from United"). (A sale started, "began selling the chip", "started shipping the servers", was a
// launch already.)

// startForms are the forms of the verbs that start a sale.
var startForms = wordSet(`begin begins began beginning start starts started starting`)

// ordersOpenings lists the starts of taking orders as product phrases.
func ordersOpenings() []string {
	var out []string
	for f := range startForms {
		for _, what := range []string{"taking orders", "taking preorders", "taking pre-orders", "accepting orders", "accepting preorders", "accepting pre-orders"} {
			out = append(out, f+" "+what)
		}
	}
	slices.Sort(out)
	return out
}

// ordersOpened says whether the contract trigger t, "orders", is what a company began taking for
// its own goods: a launch, which ordersOpenings tells.
func ordersOpened(w []string, t trigger) bool {
	return w[t.from] == "orders" && t.from >= 2 && (w[t.from-1] == "taking" || w[t.from-1] == "accepting") && startForms[w[t.from-2]]
}

// saleStarts lists a sale started as product phrases: "would start selling televisions it
// designed", "began selling a chip for AI laptops".
func saleStarts() []string {
	var out []string
	for f := range startForms {
		out = append(out, f+" selling")
	}
	slices.Sort(out)
	return out
}

// soldHoldings are what a company may start selling that is no product of its own.
var soldHoldings = wordSet(`shares stock stake stakes bonds notes debt assets units unit business
	businesses division holdings securities debentures paper`)

// noGoodsSold says whether the product trigger t, a start of selling, sells no goods of its own:
// a holding or paper ("began selling its stake in the bank", "started selling bonds"), or nothing
// named, a market entered ("started selling in Europe").
func noGoodsSold(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.from+1] != "selling" || !startForms[w[t.from]] {
		return false
	}
	if t.to >= len(w) || gapStops[w[t.to]] || w[t.to] == "," || w[t.to] == "." || marketPrepositions[w[t.to]] {
		return true
	}
	for k := t.to; k < len(w) && k < t.to+5; k++ {
		if soldHoldings[w[k]] {
			return true
		}
		if gapStops[w[k]] || w[k] == "," {
			return false
		}
	}
	return false
}

// marketPrepositions open where or to whom a company sells, not what.
var marketPrepositions = wordSet(`in to at through on online abroad overseas there`)
