package extract

// Rules from misreads noticed while newswire31 (bank, brokerage and insurer wire copy of
// 1985-1989) was written.

// preferredSold says whether an acquisition trigger of selling ("sale of", "to sell") sells
// preferred stock sized by its amount: "Plans Sale of $150 Million of Preferred Stock", "to sell
// 75 mln dlrs of cumulative convertible preferred", "the sale of 2 mln shares of adjustable rate
// preferred". Preferred stock is paper a company issues to raise capital, as debentures are; a
// holder's stake sold is told in common shares, so preferred sized by an amount is the seller's
// own issue, an offering, and told as surely as saleOfPaper's debt (the bare "sale of" is a
// weak trigger, which the retyped offering no longer is). The amount must come right after the
// verb or "of": "the sale of its trucking unit for 40 mln dlrs of preferred stock" pays for a
// deal in paper and stays a deal.
func preferredSold(words []string, t trigger) bool {
	k, w := t.to, words[t.to-1]
	if w == "of" && t.to-2 >= t.from && words[t.to-2] == "sale" { // a trigger "sale of"
		w = "sale"
	} else if w == "sale" && k < len(words) && words[k] == "of" {
		k++
	}
	if w != "sale" && w != "sell" && w != "sells" && w != "sold" && w != "selling" {
		return false
	}
	amount := false
	for ; k < len(words) && (isNumber(words[k]) || preferredAmountWords[words[k]]); k++ {
		amount = amount || isNumber(words[k])
	}
	if !amount {
		return false
	}
	// "of", and the preferred's kind: "of adjustable-rate cumulative preferred".
	for end := k + 5; k < len(words) && k < end; k++ {
		switch {
		case words[k] == "preferred":
			return true
		case words[k] != "of" && !preferredKinds[words[k]]:
			return false
		}
	}
	return false
}

// preferredAmountWords may stand in the amount of preferred stock sold: "$150 million",
// "75 mln dlrs", "2 mln shares".
var preferredAmountWords = wordSet(`$ million mln billion dlrs stg shares about some`)

// preferredKinds are the words that tell a preferred issue's kind between the amount and
// "preferred": "of its new cumulative convertible exchangeable preferred".
var preferredKinds = wordSet(`its new cumulative non-cumulative noncumulative convertible exchangeable redeemable
	adjustable-rate adjustable floating-rate fixed-rate auction dutch rate market money perpetual
	participating voting series senior junior class a b c`)
