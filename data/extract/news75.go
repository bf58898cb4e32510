package extract

// Rules from misreads of modern company news (news75): business won told as deals or
// agreements in the plural, by their total and the buyers they are with.

// customerDealVerbs sign, book or win deals.
var customerDealVerbs = wordSet(`sign signs signed signing book books booked booking win wins won winning
	land lands landed landing secure secures secured securing ink inks inked inking clinch clinches
	clinched clinching`)

// pluralDealNouns are deals told in the plural; "contracts" has the lexicon's own phrases.
var pluralDealNouns = wordSet(`deals agreements pacts`)

// customerNouns are the buyers a supplier signs deals with: its customers, named as such or by
// their trade.
var customerNouns = wordSet(`customers customer clients client buyers utilities hospitals health-care
	airlines carriers automakers carmakers retailers grocers governments agencies militaries
	municipalities cities hyperscalers operators shippers telecoms insurers manufacturers
	distributors developers schools universities enterprises businesses companies`)

// dealsBlockers are the words between the verb and the deal noun that make the noun another
// thing's: a sum of revenue "from deals", a fee "for deals", a part "of" them after a noun.
var dealsBlockers = wordSet(`from for with revenue revenues sales orders fees`)

// customerDealsWon returns the end of business won told as deals in the plural with their total
// and the buyers they are with, at the verb i: "signed $5 billion in deals with AI customers",
// "booked $2 billion of new agreements with utilities", "signed deals worth $3 billion with data
// center customers". Deals are no contract without both: "signed deals with two rivals to share
// patents" is work shared, and "signed $1 billion of deals with rivals" names no buyer. Zero when
// none.
func customerDealsWon(words []string, i int) int {
	noun, sum := -1, false
	for k := i + 1; k < len(words) && k <= i+7; k++ {
		w := words[k]
		if gapStops[w] || w == "," || dealsBlockers[w] {
			return 0
		}
		if pluralDealNouns[w] {
			noun = k
			break
		}
		sum = sum || moneyAt(words, k)
	}
	if noun < 0 {
		return 0
	}
	if !sum && !sumAfter(words, noun+1) {
		return 0
	}
	// The buyers after "with", "from" or "among", within the clause: "with AI customers",
	// "worth $3 billion with data center customers"; or before the noun, "customer deals".
	if customerNouns[words[noun-1]] {
		return noun + 1
	}
	for k := noun + 1; k < len(words) && k <= noun+10; k++ {
		w := words[k]
		if gapStops[w] || w == "," {
			return 0
		}
		if w != "with" && w != "from" && w != "among" {
			continue
		}
		if clauseWordAt(words, k+1, k+4, customerNouns) >= 0 {
			return noun + 1
		}
		return 0
	}
	return 0
}
