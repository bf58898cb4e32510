package extract

// A buyer ordering a count of goods places business with their maker: "United Airlines ordered
// 100 Boeing 787 jets", "Delta orders 20 Airbus A350s", "the railroad ordered 300 locomotives".
// The lexicon knew the order told as a noun ("placed an order for 85 jets", "orders for") and
// "ordered ... from", not the verb with its count; "ordered" alone is a court's or a regulator's
// word ("ordered Google to"), which the count after it rules out.

// countOrderVerbs are the forms of "order" that take a count of goods.
var countOrderVerbs = wordSet(`order orders ordered ordering`)

// orderedGoods are goods a buyer orders by the unit that tradedGoods (jets, planes, ships,
// vehicles, ...) lacks.
var orderedGoods = wordSet(`locomotives railcars turbines satellites engines buses airliners helicopters
	drones tankers doses chips servers rockets`)

// goodsOrdered returns the end of an order of a count of goods at the verb i: a number right
// after it, then the goods within five words, or 0.
func goodsOrdered(words []string, i int) int {
	k := i + 1
	if k >= len(words) || !isNumber(words[k]) {
		return 0
	}
	for k++; k < len(words) && k <= i+6; k++ {
		w := words[k]
		if orderedGoods[w] || tradedGoods[w] {
			return k + 1
		}
		if gapStops[w] || w == "," || w == "to" || w == "from" {
			return 0
		}
	}
	return 0
}
