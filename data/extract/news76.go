package extract

// news76 reads misreads of wire and company news: a bid priced in the wire's adjectival "N dlr a
// share", an hourly offer of pay, a partnership's units sold to the public, a digest's results line.

// dlrPerShareWithin says whether the wire's singular "dlr" after a number prices a share in
// [from, to), the form a price per share takes before the noun it prices: "turned down a 30 dlr
// a share proposal", "a 25 dlr per share offer". perShareWithin knows "dlrs" only; it is asked
// for payouts too, and this form is read for a bid alone (bidPriced).
func dlrPerShareWithin(words []string, from, to int) bool {
	for k := from + 1; k+2 < to; k++ {
		if words[k] == "dlr" && isNumber(words[k-1]) && (words[k+1] == "a" || words[k+1] == "per") && words[k+2] == "share" {
			return true
		}
	}
	return false
}

// hourlyRate says whether words[k] ends a rate of pay by the hour after a sum: "an offer of 40
// cts an hour more", "an offer of 1.10 dlrs per hour". A bid prices shares, never an hour.
func hourlyRate(words []string, k int) bool {
	return words[k] == "hour" && k >= 2 && (words[k-1] == "an" || words[k-1] == "per" || words[k-1] == "a") &&
		(amountUnits[words[k-2]] || isNumber(words[k-2]))
}

// issuerShareNouns are what a partnership sells of itself: its units or interests.
var issuerShareNouns = wordSet(`units unit interests`)

// publicSale says whether words[k] tells a sale to the public: "to the public", "in a public
// offering", "publicly" ("to Acme, a public company" is a buyer's kind, not the sale's).
func publicSale(words []string, k int) bool {
	switch {
	case words[k] == "publicly":
		return true
	case words[k] != "public":
		return false
	case k >= 2 && words[k-1] == "the" && words[k-2] == "to":
		return true
	}
	return k+1 < len(words) && (words[k+1] == "offering" || words[k+1] == "sale")
}

// partnershipUnitsOffered says whether the acquisition trigger t, a sale ending on units or
// interests, sells a partnership's units to the public: "sold partnership interests to the
// public", "will sell units of its master limited partnership in a public offering". That raises
// money, an offering; a stake in a partnership sold to a buyer ("sold its interest in the
// partnership to Acme") stays a deal. The partnership stands in the trigger or within six words
// after it, and "public" in the clause after the trigger.
func (s *sentence) partnershipUnitsOffered(t trigger) bool {
	w := s.words
	if t.to < 1 || !issuerShareNouns[w[t.to-1]] {
		return false
	}
	partnership, public := false, false
	for k := t.from; k < len(w) && k < t.to+14; k++ {
		if k >= t.to && endsClause(w[k]) {
			break
		}
		switch {
		case w[k] == "partnership" || w[k] == "partnerships":
			partnership = partnership || k < t.to+7
		case k >= t.to && publicSale(w, k):
			public = true
		}
	}
	return partnership && public
}

// marketPlaceAt says whether words[k] ends where a buyback's shares are bought: "in the open
// market", "in private transactions", "in privately negotiated transactions".
func marketPlaceAt(words []string, k int) bool {
	switch words[k] {
	case "market":
		return k > 0 && words[k-1] == "open"
	case "transactions":
		return k > 0 && (words[k-1] == "private" || words[k-1] == "negotiated")
	}
	return false
}

// buybackWords tell a company's own shares bought back.
var buybackWords = wordSet(`repurchase repurchases repurchased repurchasing buyback buybacks buy-back buy-backs`)

// buybackPurchases says whether the acquisition trigger t is the purchases of a buyback the
// article told before: "The shares will be bought in the open market or in private
// transactions", "purchases would be made from time to time in the open market" after "authorized
// the repurchase of up to two mln shares". A place of buying follows the trigger within twelve
// words with no company named between, and an earlier sentence tells a repurchase or buys shares
// "back". A holder's "may buy additional Acme shares in the open market" names the stock it buys.
func (s *sentence) buybackPurchases(t trigger) bool {
	w := s.words
	place := -1
	for k := t.to; k < len(w) && k < t.to+12; k++ {
		if marketPlaceAt(w, k) {
			place = k
			break
		}
	}
	if place < 0 || s.companyWithin(t.from, place) || s.namedWithin(t.to, place) || s.article == nil {
		return false
	}
	for _, o := range s.article.sents {
		if o == s {
			return false
		}
		for i, x := range o.words {
			if buybackWords[x] || x == "back" && i > 0 && (o.words[i-1] == "buy" || o.words[i-1] == "bought" || o.words[i-1] == "buying" || o.words[i-1] == "buys") {
				return true
			}
		}
	}
	return false
}

// digestLeads open a digest's line about the same company: "Also: fiscal Q2 revenue fell 4%",
// "Separately, second-quarter net income rose 12%".
var digestLeads = wordSet(`also separately meanwhile elsewhere additionally`)

// digestLeadIn returns where a results line starts after a digest's lead word and its colon or
// comma at lo ("Also:", "Separately,"), else lo. The line is told with no verb of reporting and
// no company, as the line before it was about the story's company.
func digestLeadIn(words []string, lo, to int) int {
	if lo+2 < to && digestLeads[words[lo]] && (words[lo+1] == ":" || words[lo+1] == ",") {
		return lo + 2
	}
	return lo
}

// quarterCode says whether w is a quarter's or a half's shorthand: "q2", "h1".
func quarterCode(w string) bool {
	return len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2'))
}
