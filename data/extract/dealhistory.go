package extract

// Purchases that are no deal news (issue 11 §2, news12).
//
// A purchase of the company's "own" stock is a buyback, as the buyback frame reads "buy" and its
// synonyms (ownSharesBought): "AUTHORIZES PURCHASE OF OWN STOCK", "the buying of its own shares".
// Where the lexicon's longer deal phrase ("purchase of") hides the frame's word, meaning retypes
// the deal as the buyback; no company is bought.
//
// A past deal named as the origin of debt is that debt's history, as causeLinks' "took on to"
// is: "to refinance borrowings from its 2019 acquisition of", "repay loans for its 2022 purchase
// of". Debt "from" a deal is always what it left; debt "for" a deal is news when the deal is
// ("arranged bank loans for its acquisition of Acme"), so "for" counts only with the deal's past
// year before it.

// ownStockBought says whether "own" and a word for shares follow the acquisition trigger t within
// three words: "purchase of own stock", "buying of its own common shares".
func ownStockBought(words []string, t trigger) bool {
	for k := t.to; k+1 < len(words) && k < t.to+3; k++ {
		if words[k] == "own" {
			return ownStockWords[words[k+1]] || k+2 < len(words) && ownStockWords[words[k+2]]
		}
	}
	return false
}

// debtNouns are borrowed money a deal can leave behind.
var debtNouns = wordSet(`debt debts loan loans borrowings borrowing`)

// debtFromDeal says whether the deal trigger t is told as the origin of debt: a debt noun and
// "from" (or "for" with a year of the deal) before a determiner within four words before t:
// "borrowings from its 2019 acquisition of", "loans for its 2022 purchase of".
func debtFromDeal(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		w := words[k]
		if w != "from" && w != "for" {
			continue
		}
		if !debtNouns[words[k-1]] && !debtClauseBefore(words, k) {
			return false
		}
		if w == "from" {
			return true
		}
		for j := k + 1; j < t.from; j++ {
			if yearLike(words[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// yearLike says whether w is a year of four digits from 1900 to 2099.
func yearLike(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}
