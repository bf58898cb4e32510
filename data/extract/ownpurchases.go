package extract

// A company's own stock bought, told as "share purchases" (issue 11 §2, news13): "to hand $8
// billion back to investors through share purchases", "will fund stock repurchases with cash on
// hand". A purchase noun with the word for shares right before it names no company bought: the
// shares are the buyer's own, as "purchase of own stock" (ownStockBought) says it the other way
// round. A purchase of another company's shares names that company after the noun ("share
// purchases of Acme", "stock purchases in Beta"), and a deal's paper is a "share purchase
// agreement", an employee's saving a "stock purchase plan": none of those is a buyback.

// sharePurchaseNouns are the purchase nouns a word for shares can stand before.
var sharePurchaseNouns = wordSet(`purchase purchases repurchase repurchases buying`)

// shareModifiers are the words for shares that make a purchase the company's own stock's.
var shareModifiers = wordSet(`share stock`)

// notOwnPurchase are the words after "share purchase" that make it a deal's paper, a plan for
// staff, or another company's shares.
var notOwnPurchase = wordSet(`agreement agreements contract contracts plan plans program programme scheme
	price prices warrant warrants rights option options of in from`)

// ownSharePurchases says whether the acquisition trigger t is a purchase noun with "share" or
// "stock" right before it and no deal's paper, plan or other company after it.
func ownSharePurchases(words []string, t trigger) bool {
	if t.to != t.from+1 || t.from == 0 || !sharePurchaseNouns[words[t.from]] || !shareModifiers[words[t.from-1]] {
		return false
	}
	return t.to >= len(words) || !notOwnPurchase[words[t.to]]
}

// oddLots says whether an acquisition trigger buys the holdings of a company's small holders:
// "offered to buy the shares of holders who own fewer than 100 shares", "TO REPURCHASE ODD LOTS".
// Such an offer names holders, not a company bought: the company buys its own stock back, to cut
// the cost of keeping small accounts.
func oddLots(words []string, t trigger) bool {
	for k := t.to; k < len(words) && k < t.to+12; k++ {
		switch w := words[k]; {
		case w == "odd-lot" || w == "odd-lots" || w == "odd" && k+1 < len(words) && (words[k+1] == "lot" || words[k+1] == "lots"):
			return true
		case (w == "fewer" || w == "less") && k+3 < len(words) && words[k+1] == "than" &&
			isNumber(words[k+2]) && (words[k+3] == "shares" || words[k+3] == "share"):
			return true
		case w == "," || w == ";":
			return false
		}
	}
	return false
}

// countOfOwnStock says whether an acquisition trigger buys a count of the company's own shares:
// "will purchase the 940,000 of its common shares owned by the founder's family", "bought 1.2
// mln of its shares from a holder". The count and "of its" stand between the verb and the
// shares, where "purchase its shares" reads them straight; a count of another company's shares
// names that company, not "its".
func countOfOwnStock(words []string, t trigger) bool {
	k := t.to
	if k < len(words) && words[k] == "the" {
		k++
	}
	n := 0
	for k < len(words) && n < 3 && (isNumber(words[k]) || countWords[words[k]]) {
		k, n = k+1, n+1
	}
	if n == 0 || k+2 >= len(words) || words[k] != "of" || words[k+1] != "its" {
		return false
	}
	k += 2
	if words[k] == "own" || words[k] == "common" || words[k] == "outstanding" {
		k++
	}
	return k < len(words) && (words[k] == "shares" || words[k] == "stock")
}

// countWords are the scale words of a count of shares: "1.2 mln", "two million".
var countWords = wordSet(`mln million billion`)
