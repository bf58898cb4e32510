package extract

// goodsBought says whether a deal trigger at a purchase names goods by their maker, with no
// count: "banned purchases of Micron chips", "halted its purchase of Boeing jets", "the
// purchase of Apple phones for its staff". What is bought is the maker's goods, not the maker;
// a counted purchase ("purchase of 50 Airbus jets") is an order (goodsPurchase).
func goodsBought(words []string, t trigger) bool {
	switch words[t.from] {
	case "purchase", "purchases", "purchasing", "buying":
	default:
		return false
	}
	of := t.from + 1
	if of >= len(words) || words[of] != "of" || of+1 >= len(words) || isNumber(words[of+1]) {
		return false
	}
	for k := of + 1; k < len(words) && k <= of+4; k++ {
		if goods[words[k]] || soldGoods[words[k]] {
			return true
		}
		if words[k] == "," || gapStops[words[k]] {
			return false
		}
	}
	return false
}
