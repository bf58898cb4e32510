package extract

import "strings"

// Contracts told by the supplier's work or by the buyer's choice with a sum (issue 11 §2,
// news12).
//
// The supplier's verb with the deal it works under: "will deliver fuel to Army bases under a
// five-year agreement worth up to $410 million", "will build the signalling system under a
// contract valued at $90 million". The head is "under"; what makes it a contract is a verb of
// supplying work or goods before it in the clause and a sum after the deal noun ("worth",
// "valued at"). Money paid "under a settlement agreement", research shared "under a licensing
// agreement" and a deal without a sum are left to the rest of the rules.
//
// The buyer's choice with a sum and the work: "Army picks Clapham Logistics for $410 million
// fuel job", "city taps Halden Rail for $90 million tram contract". A choice "for the top job"
// is a succession (toTopPost); without a sum ("picks new chief for its running unit") it is none.

// underHeads are the heads of the first: the preposition of the deal worked under.
var underHeads = wordSet(`under`)

// supplyVerbs are a supplier's work for a buyer.
var supplyVerbs = wordSet(`supply supplies supplied supplying deliver delivers delivered delivering provide
	provides provided providing build builds built building manufacture manufactures manufactured
	make makes made produce produces produced carry carries carried transport transports haul hauls
	hauled maintain maintains maintained service services serviced operate operates operated run runs
	install installs installed equip equips equipped`)

// dealNouns are what a supplier works under.
var dealNouns = wordSet(`agreement agreements contract contracts deal deals pact order orders`)

// dealKinds are the kinds of deal that are no supply: money paid or rights shared under them.
var dealKinds = wordSet(`settlement licensing license licence research collaboration partnership
	plea consent merger royalty`)

// underPricedDeal returns the end of "under a ... agreement worth $X" at the head i, with a verb
// of supplying within twelve words before it in the clause. Zero when none.
func underPricedDeal(words []string, i int) int {
	k := i + 1
	if k >= len(words) || words[k] != "a" && words[k] != "an" && words[k] != "the" {
		return 0
	}
	noun, sumBefore := -1, false
	for k++; k < len(words) && k <= i+6; k++ {
		if dealKinds[words[k]] || gapStops[words[k]] || words[k] == "," {
			return 0
		}
		if dealNouns[words[k]] {
			noun = k
			break
		}
		// The wire's sum before the noun: "under a 96 mln dlr agreement" (wiretold.go).
		sumBefore = sumBefore || moneyAt(words, k)
	}
	if noun < 0 || !sumBefore && !sumAfter(words, noun+1) {
		return 0
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if gapStops[words[k]] || words[k] == "," || words[k] == ";" {
			return 0
		}
		if supplyVerbs[words[k]] {
			return noun + 1
		}
	}
	return 0
}

// sumAfter says whether "worth" or "valued at" and money follow at from: "worth up to $410
// million", "valued at about 90 mln dlrs".
func sumAfter(words []string, from int) bool {
	k := from
	switch {
	case k < len(words) && words[k] == "worth":
		k++
	case k+1 < len(words) && words[k] == "valued" && words[k+1] == "at":
		k += 2
	default:
		return false
	}
	for ; k < len(words) && k <= from+6; k++ {
		if moneyAt(words, k) {
			return true
		}
	}
	return false
}

// moneyAt says whether a sum starts at k: "$410", "410 million", "90 mln".
func moneyAt(words []string, k int) bool {
	w := words[k]
	if strings.HasPrefix(w, "$") || w == "$" {
		return true
	}
	return isNumber(w) && k+1 < len(words) && scaleWords[words[k+1]]
}

// scaleWords follow the figure of a sum.
var scaleWords = wordSet(`million billion mln bln dlrs dollars`)

// choiceHeads are a buyer's verbs of choosing a supplier.
var choiceHeads = wordSet(`pick picks picked picking tap taps tapped tapping select selects selected selecting
	choose chooses chose chosen`)

// suppliedWork is the work a supplier is chosen for.
var suppliedWork = wordSet(`job jobs work contract contracts deal order orders project projects program programme`)

// chosenForSum returns the end of "picks X for $410 million fuel job" at the verb i: "for" within
// eight words, a sum right after it (an article allowed) and a work noun within four words after
// the sum. Zero when none.
func chosenForSum(words []string, i int) int {
	for k := i + 1; k+1 < len(words) && k <= i+8; k++ {
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
		if words[k] != "for" {
			continue
		}
		m := k + 1
		if words[m] == "a" || words[m] == "an" {
			m++
		}
		if m >= len(words) || !moneyAt(words, m) {
			return 0
		}
		if j := clauseWordAt(words, m+1, m+5, suppliedWork); j >= 0 {
			return j + 1
		}
		return 0
	}
	return 0
}
