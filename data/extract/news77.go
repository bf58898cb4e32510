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
