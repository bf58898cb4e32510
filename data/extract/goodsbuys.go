package extract

// Goods bought under a supply agreement (issue 11 §2, news13): "the grocer will buy produce from
// farmers under a five-year agreement", "agreed to purchase 2 million tons of ore a year from the
// miner". The object of the verb of buying is goods, not a company or a business, and the
// purchase runs under an agreement or at a rate per year from a supplier: a supply contract, not
// a deal. The object is goods when it names no company, holds no capitalized word and no word
// for a business or a holding ("the chip unit", "a stake", "the assets"), so "will buy Acme from
// its founders under an agreement" and "will buy the coatings unit from Beta under a deal" stay
// acquisitions.

// goodsBuyVerbs are the verbs of buying whose object is tested.
var goodsBuyVerbs = wordSet(`buy buys bought buying purchase purchases purchased purchasing`)

// boughtBusinesses are the objects of buying that make a purchase a deal.
var boughtBusinesses = wordSet(`stake stakes unit units business businesses division divisions company companies
	firm firms assets asset operations operation brand brands portfolio shares share stock stocks maker makers
	chain chains subsidiary subsidiaries arm arms interest interests rest remainder majority control holding
	holdings property properties hotel hotels mall malls store stores mine mines refinery refineries field
	fields plant plants factory factories rights license licence loans debt bonds notes it them startup
	startups rival rivals group`)

// supplyRates are the words after "a" or "per" that make a purchase a rate: "a year", "per month".
var supplyRates = wordSet(`year month week day annum quarter`)

// goodsUnderSupplyDeal says whether the acquisition trigger t buys goods from a supplier under an
// agreement or at a rate.
func (s *sentence) goodsUnderSupplyDeal(t trigger) bool {
	w := s.words
	if t.to != t.from+1 || !goodsBuyVerbs[w[t.from]] || t.to >= len(w) || w[t.to] == "of" {
		return false
	}
	from := -1
	terms := false
	for k := t.to; k < len(w) && k <= t.to+16; k++ {
		if gapStops[w[k]] && w[k] != ":" || w[k] == "," && from >= 0 {
			break
		}
		switch {
		case w[k] == "from" && from < 0:
			from = k
		case from < 0 && (boughtBusinesses[w[k]] || startsUpper(s.toks[k].text) && !s.caps):
			return false // the object is a company or a business
		case w[k] == "under" && underDeal(w, k):
			terms = true
		case (w[k] == "a" || w[k] == "per" || w[k] == "each") && k+1 < len(w) && supplyRates[w[k+1]]:
			terms = true
		case w[k] == "annually":
			terms = true
		}
	}
	return from > t.to && terms && !s.companyWithin(t.to, from)
}

// underDeal says whether "under" at i starts an agreement that is no deal for a company: "under a
// five-year agreement", not "under a merger agreement".
func underDeal(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		if dealKinds[words[k]] || words[k] == "purchase" || words[k] == "sale" || words[k] == "acquisition" {
			return false
		}
		if dealNouns[words[k]] {
			return true
		}
	}
	return false
}
