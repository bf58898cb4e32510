package extract

// A product launch told as sales begun (issue 11 §2, news13): "began selling an AI assistant for
// accountants", "has started offering a cheaper streaming tier", "starts shipping its folding
// phone". The head is the verb of beginning; the frame holds when a verb of selling follows it
// and then a thing sold, which is no security, holding, business or perk: "began selling shares"
// is an offering, "started selling its stake" a deal, "began offering buyouts to staff" a cut,
// and "started selling in Europe" names no product.

// startVerbs are the heads: the verbs of beginning.
var startVerbs = wordSet(`begin begins began begun beginning start starts started starting`)

// sellingForms follow a verb of beginning in a launch.
var sellingForms = wordSet(`selling offering shipping stocking delivering to`)

// sellingInfinitives follow "to" after a verb of beginning: "began to sell".
var sellingInfinitives = wordSet(`sell offer ship stock deliver`)

// notProducts are the things a company begins selling or offering that are no product of its.
var notProducts = wordSet(`shares share stock stocks stake stakes bonds bond notes debt securities units unit
	assets business businesses division divisions subsidiary operations buyouts buyout discounts discount
	refunds refund severance dividends dividend payouts incentives rebates it them itself more less again`)

// placeWords end the thing sold, or stand where it would be: "started selling in Europe".
var placeWords = wordSet(`in on at from for to into with through outside abroad overseas online there here
	across under via by`)

// salesStarted returns the end of a launch told as sales begun at the verb of beginning i: a
// selling verb right after it (or "to" and one), then within five words a thing sold before the
// clause ends. Zero when none.
func salesStarted(words []string, i int) int {
	k := i + 1
	if k >= len(words) || !sellingForms[words[k]] {
		return 0
	}
	if words[k] == "to" {
		k++
		if k >= len(words) || !sellingInfinitives[words[k]] {
			return 0
		}
	}
	k++
	if k >= len(words) || placeWords[words[k]] || !isWord(words[k]) {
		return 0
	}
	for j := k; j < len(words) && j <= k+5; j++ {
		w := words[j]
		if gapStops[w] || w == "," || placeWords[w] {
			break
		}
		if notProducts[w] {
			return 0
		}
	}
	return k
}
