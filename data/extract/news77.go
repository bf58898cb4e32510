package extract

import "strings"

// News77: misreads of company and wire news.

// periodOpens says whether the capitalized words from token lo to n open with a period rather
// than a name: a word the tagger reads as a date ("First-Half", "Third-Quarter"), a period
// qualifier ("Fiscal", "Full-Year", "Annual") or a span of months, weeks or years
// ("Nine-Month", "Six-Month"). A headline or sentence that opens "Fiscal Q2 Revenue Falls" or
// "Half-Year Profit Slips" tells a period's figure, and its company is named elsewhere.
func (s *sentence) periodOpens(lo, n int) bool {
	if lo >= n {
		return false
	}
	if s.inTimex[lo] || periodWord(s.words[lo]) {
		return true
	}
	_, unit, ok := strings.Cut(s.words[lo], "-")
	return ok && periodSpanUnits[unit]
}

// periodSpanUnits end a hyphenated length of time: "nine-month", "half-year", "six-week".
var periodSpanUnits = wordSet(`month months week weeks year years quarter half`)

// partnershipUnitsSaleOf says whether the acquisition trigger t, a sale told by its noun and
// "of", sells a partnership's own units to the public: "completed the sale of 2.5 mln units of
// Hollis Energy Partners, a limited partnership, to the public", "the sale of four mln
// partnership units in a public offering". The units stand within six words after "of", the
// partnership within ten after them (its name and an aside may come between), and "public" in
// the clause after them (or "public sale"), so "the sale of its units in the partnership to Acme" stays a deal.
func (s *sentence) partnershipUnitsSaleOf(t trigger) bool {
	w := s.words
	if t.to < 1 || t.to >= len(w) || w[t.to-1] != "sale" || w[t.to] != "of" {
		return false
	}
	units := -1
	for k := t.to + 1; k < len(w) && k <= t.to+6 && !endsClause(w[k]); k++ {
		if issuerShareNouns[w[k]] {
			units = k
			break
		}
	}
	if units < 0 {
		return false
	}
	partnership, public := false, t.to >= 2 && w[t.to-2] == "public" // "the public sale of"
	for k := t.to + 1; k < len(w) && k < units+16 && !endsClause(w[k]); k++ {
		switch {
		case w[k] == "partnership" || w[k] == "partnerships":
			partnership = partnership || k <= units+10
		case k > units && publicSale(w, k):
			public = true
		}
	}
	return partnership && public
}

// customerKinds are the single buyers of a deal a supplier wins, named by their kind: "signed a
// $100 million deal with a large U.S. bank", "won a $40 million deal with the state of Ohio",
// "a $75 million deal with a European insurer". customerNouns has their plurals.
var customerKinds = wordSet(`bank lender insurer government state city county municipality army navy
	military ministry department agency hospital utility airline carrier automaker retailer`)

// dealTransactions after the buyer make the deal a transaction, not business won: "a $2 billion
// deal with a bank to sell its loan book", "to buy its payments unit".
var dealTransactions = wordSet(`sell buy acquire purchase merge combine`)

// customerKindDeal says whether the words after "with" at k name a single buyer by its kind
// within four words (an initial's dots aside: "a large U.S. bank"), and no transaction follows
// it in the clause ("to sell", "to buy").
func customerKindDeal(words []string, k int) bool {
	j, n := -1, 0
	for m := k + 1; m < len(words) && n < 4; m++ {
		if initialDot(words, m) || m+1 < len(words) && initialDot(words, m+1) && len(words[m]) == 1 {
			continue // "u . s ."
		}
		if customerKinds[words[m]] {
			j = m
			break
		}
		if gapStops[words[m]] || words[m] == "," {
			return false
		}
		n++
	}
	if j < 0 {
		return false
	}
	for m := j + 1; m < len(words) && m <= j+6; m++ {
		if gapStops[words[m]] || words[m] == "," {
			break
		}
		if words[m-1] == "to" && dealTransactions[words[m]] {
			return false
		}
	}
	return true
}
