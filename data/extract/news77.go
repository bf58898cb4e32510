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
