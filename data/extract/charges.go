package extract

import "strings"

// priceCharged says whether a legal trigger at a form of "charge" names a price asked of
// customers, not an accusation: "will begin charging for checked bags", "charges riders a $5 fee",
// "started charging users for the service". An accusation takes "with" ("charged Acme with
// fraud", its own pattern) or stands as a noun ("faces charges for bribery").
func priceCharged(words []string, t trigger) bool {
	w := words[t.from]
	if t.to != t.from+1 || t.to >= len(words) || !strings.HasPrefix(w, "charg") || w == "charge" && t.from == 0 {
		return false
	}
	next := words[t.to]
	if chargedParties[next] || strings.HasPrefix(next, "$") {
		return true
	}
	if next != "for" {
		return false
	}
	// "charging for" is the verb; "charge for" and "charges for" only after a word that makes
	// them one ("will charge for", "to charge for", "it charges for").
	return w == "charging" || t.from > 0 && chargeVerbBefore[words[t.from-1]]
}

// chargedParties are who pays a price charged: "charges riders", "charging customers".
var chargedParties = wordSet(`customers customer users user riders passengers shoppers subscribers drivers
	members clients guests viewers fees fee`)

// chargeVerbBefore make a following "charge" or "charges" a verb.
var chargeVerbBefore = wordSet(`will would to can could may might it they also now still not begin start stop`)
