package extract

// A company's count of what it delivered, shipped, produced or sold in a reporting period is its
// operating results, which carmakers, plane makers, chip makers and homebuilders report beside
// or before their earnings: "Tesla delivered 384,122 vehicles in the first quarter", "Apple sold
// 50 million iPhones in the holiday quarter", "the builder delivered 21,000 homes in its fiscal
// third quarter". The period tells results from a one-off sale ("sold 20 million shares in its
// offering", "sold 40 stores to a rival"), and the goods must not be a holding.

// outputVerbs are the verbs of a count of goods made or sold, told as done.
var outputVerbs = wordSet(`delivered delivers shipped ships produced produces sold sells built builds`)

// heldAssets are what a company sells as a deal or a financing, not as its trade.
var heldAssets = wordSet(`shares share stock stocks bonds notes debentures securities warrants stake stakes
	units unit stores store plants plant factories businesses business assets properties buildings hotels
	divisions subsidiaries branches restaurants locations sites mines brands licenses licences rights`)

// periodLeads open the reporting period after the goods ("in the first quarter", "during its
// fiscal year", "last quarter").
var periodLeads = wordSet(`in during for over last this`)

// reportingPeriods are the periods results are reported for; a month is not among them, since a
// plane maker's monthly deliveries are an order book's progress more than results.
var reportingPeriods = wordSet(`quarter half year period fiscal`)

// outputCounted returns the end of a count of goods delivered, shipped, produced or sold in a
// reporting period, 0 for none: the count right after the verb, then within ten words the
// period, within four words of its lead.
func outputCounted(words []string, i int) int {
	k := i + 1
	k += countHedge(words, k) // "shipped about 7.4 million drives" (news66.go)
	if n := shareOfCount(words, k); n > 0 {
		k += n - 1 // "shipped a third fewer bikes" (news68.go)
	} else if k >= len(words) || !isNumber(words[k]) {
		return 0
	}
	// The goods and a place may stand before the period: "delivered 693,363 vehicles in the
	// United States in the second quarter".
	for k++; k < len(words) && k <= i+10; k++ {
		w := words[k]
		if periodLeads[w] && k > i+2 && clauseWordAt(words, k, k+4, reportingPeriods) >= 0 {
			return k
		}
		if heldAssets[w] || gapStops[w] || w == "," || w == "to" && !tradeChannel(words, k+1) { // news68.go
			return 0
		}
	}
	return 0
}

// outputReported lists results told by the goods counted, with a verb of telling them: "reported
// first-quarter deliveries of 336,681 vehicles", "posted record shipments".
func outputReported() []string {
	var out []string
	for _, f := range []string{"report", "reports", "reported", "reporting", "post", "posts", "posted", "posting"} {
		for _, n := range []string{"deliveries", "shipments"} {
			out = append(out, f+" ... "+n)
		}
	}
	return verb(out...)
}
