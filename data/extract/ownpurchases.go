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
