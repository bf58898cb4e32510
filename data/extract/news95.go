package extract

// Misreads of company news noticed in the news95 round.

// hearerTellings are the pasts of verbs of telling that take a hearer before what is told:
// "told staff", "informed investors", "assured analysts".
var hearerTellings = wordSet(`told informed assured notified briefed reminded warned`)

// toldHearerOn says whether the words before word k+1, where a date starts (after a dropped
// "on"), are a past verb of telling and its hearer: "told staff on Tuesday she will retire",
// "informed investors Monday it would cut 500 jobs". The date is the telling's day, which
// dates the news told as "said on Monday" does, whatever its future. The hearer is a short
// phrase of words: "told to report on Monday" is an order, "was told on Friday" has none.
func toldHearerOn(w []string, k int) bool {
	for j := k; j >= 0 && j >= k-4; j-- {
		if hearerTellings[w[j]] {
			return j < k && w[j+1] != "to" && w[j+1] != "that" && w[j+1] != "of" && w[j+1] != "about"
		}
		if !isWordToken(w[j]) || isClauseBreak(w[j]) || toldVerbs[w[j]] {
			return false
		}
	}
	return false
}

// isWordToken says whether a token is a word, not a mark or a number.
func isWordToken(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
