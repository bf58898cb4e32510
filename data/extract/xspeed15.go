package extract

// wordWithin says whether a or b is one of the words [lo, hi) of w, the bounds clamped to w.
// Rules that scan back from a trigger through a clause's marks, asking a set or two of every
// word, can answer yes only at one cue word ("since", "than", "has"); most triggers have none
// near them, and this plain scan of string compares tells so before the rule's own walk.
func wordWithin(w []string, lo, hi int, a, b string) bool {
	lo, hi = max(lo, 0), min(hi, len(w))
	for k := lo; k < hi; k++ {
		if w[k] == a || w[k] == b {
			return true
		}
	}
	return false
}

// isPerfectAux says whether w is one of perfectAux, by string compares: superlativeRecord asks
// it of the word before every trigger, where a map probe costs several times as much.
func isPerfectAux(w string) bool {
	return w == "has" || w == "have" || w == "had"
}
