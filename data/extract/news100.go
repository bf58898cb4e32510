package extract

// Rules from misreads of company news noticed in the news100 round.

// notObjectWords part a verb of paying off from the debt after it: the debt is then the means
// ("repaid with the proceeds of a senior notes offering"), not the debt paid off.
var notObjectWords = wordSet(`with from using by through via proceeds cash money funds`)

// payoffVerbBefore returns the index of a verb of paying debt off whose object is the debt told
// by trigger t ("redeemed $500 million of notes due 2026", "paid off a $1 billion term loan"),
// or -1.
func payoffVerbBefore(w []string, t trigger) int {
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if endsClause(w[k]) || notObjectWords[w[k]] {
			return -1
		}
		if payoffVerbs[w[k]] {
			return k
		}
		if (w[k] == "down" || w[k] == "off") && k > 0 && payForms[w[k-1]] {
			return k - 1
		}
	}
	return -1
}
