package extract

// Shares bought with no owner named, where the market they are bought in says whose they are
// (news35, modern34's misses): "the company may buy shares on the open market or in private
// deals", "will repurchase stock in open-market transactions", "plans to buy back its common
// shares on the open market". A company that buys shares of no named company in the open market
// is buying its own: a buyback, not a deal. Another company's shares name it ("bought shares of
// Acme on the open market", "bought Acme shares"), and a stake bought "in" a company says whose
// they are; neither is read here.

// openMarketShares says whether the acquisition trigger t takes bare shares ("shares", "its
// common stock", "back its own shares") and the open market follows within five words in the
// clause: "buy shares on the open market", "purchase stock in open-market transactions".
func openMarketShares(words []string, t trigger) bool {
	k := t.to
	if k < len(words) && words[k] == "back" {
		k++
	}
	if k < len(words) && (words[k] == "its" || words[k] == "their") {
		k++
	}
	for n := 0; n < 2 && k < len(words) && (words[k] == "own" || words[k] == "common" || words[k] == "ordinary"); n++ {
		k++
	}
	if k >= len(words) || words[k] != "shares" && words[k] != "stock" {
		return false
	}
	k++
	if k < len(words) && (words[k] == "of" || words[k] == "in") {
		return false // "shares of Acme", "stock in Beta": another company's
	}
	for j := k; j < len(words) && j <= k+5; j++ {
		switch w := words[j]; {
		case gapStops[w] || w == ",":
			return false
		case w == "open-market":
			return true
		case w == "open" && j+1 < len(words) && words[j+1] == "market":
			return true
		}
	}
	return false
}
