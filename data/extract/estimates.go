package extract

import "github.com/eventline/eventline/data/events"

// heldAgainstEstimates says whether a results figure that opens its clause is measured against
// analysts' estimates later in the clause: "Revenue of $14.9 billion missed estimates", "Adjusted
// earnings per share of $1.23 topped the consensus forecast", "Net revenue fell short of
// analysts' expectations". Only a reporting company's results are held against estimates, so in
// a story about a company the figure is its own, as "its" would make it, and the bare measure is
// news, not a topic ("Industry revenue rose 5%" names no estimates).
func heldAgainstEstimates(words []string, t trigger) bool {
	if t.typ != events.Earnings {
		return false
	}
	from := t.to // the figure's trigger: its verb follows
	if heldAgainstVerbs[words[t.from]] {
		// The comparison's own trigger ("missed estimates"): the figure opens its clause.
		k := t.from - 1
		for k >= 0 && k >= t.from-10 && words[k] != "," && words[k] != ";" && !isClauseBreak(words[k]) {
			k--
		}
		if k == t.from-1 || !resultNouns[words[k+1]] && !figureQualifiers[words[k+1]] && !periodQualifiers[words[k+1]] {
			return false
		}
		return estimatesAfter(words, t.from)
	}
	lo := t.from
	for lo > 0 && (figureQualifiers[words[lo-1]] || periodQualifiers[words[lo-1]]) && t.from-lo < 2 {
		lo--
	}
	if lo > 0 && words[lo-1] != "," && words[lo-1] != ";" && !isClauseBreak(words[lo-1]) {
		return false
	}
	for k := from; k < len(words) && k < from+12; k++ {
		w := words[k]
		if w == "," || w == ";" || isClauseBreak(w) {
			return false
		}
		if (heldAgainstVerbs[w] || w == "short" && k+1 < len(words) && words[k+1] == "of") && estimatesAfter(words, k) {
			return true
		}
	}
	return false
}

// estimatesAfter says whether analysts' estimates follow the comparing verb at k within a few
// words ("missed estimates", "topped the consensus forecast", "short of analysts' expectations").
func estimatesAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if estimateNouns[words[j]] {
			return true
		}
	}
	return false
}

// estimatedFigures makes a weak results trigger strong where its figure is held against
// estimates (heldAgainstEstimates).
func estimatedFigures(words []string, ts []trigger) []trigger {
	for n, t := range ts {
		if t.weak && t.typ == events.Earnings && heldAgainstEstimates(words, t) {
			ts[n].weak = false
		}
	}
	return ts
}

var (
	heldAgainstVerbs = wordSet(`missed beat topped exceeded surpassed trailed lagged misses beats tops exceeds
		surpasses trails lags`)
	estimateNouns = wordSet(`estimates estimate expectations forecasts forecast consensus views`)
)
