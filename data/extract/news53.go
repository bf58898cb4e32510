package extract

// news53 reads a takeover's price a share after its trigger as the bid's price, not goods.

// shareMoney are money words that, before "a share" or "per share", price a bid for a company.
var shareMoney = wordSet(`dlrs dollars stg yen`)

// sharePrice says whether the money word at words[k] is a price a share or each ("a tender offer
// of 27 dlrs a share for", "an offer of 2.40 stg per share", "31 dlrs for each share"), which names what a bidder pays for
// a company's stock. corporateDeal reads a money word after a trigger as traded goods ("bought
// 50 mln dlrs of bills"); a price a share is never that.
func sharePrice(words []string, k int) bool {
	if !shareMoney[words[k]] || k+1 >= len(words) {
		return false
	}
	if words[k+1] == "each" || words[k+1] == "for" && k+2 < len(words) && words[k+2] == "each" {
		return true
	}
	return k+2 < len(words) && (words[k+1] == "a" || words[k+1] == "per") && words[k+2] == "share"
}
