package extract

// Speed work of xspeed13 (issue 11 §3): lookups made once where a rule asked several maps about
// the same word.

// The sets of consequence's rules a head word belongs to (consequenceKinds).
const (
	cHolder uint16 = 1 << iota
	cReduction
	cStaff
	cStop
	cAwarding
	cPeriodResult
	cChoice
	cAward
)

// consequenceKinds maps each head word of consequence's rules to the sets it is in: consequence
// asked up to eight maps in turn about every head word (about six probes a call), one now.
var consequenceKinds = func() map[string]uint16 {
	kinds := map[string]uint16{}
	for _, set := range []struct {
		words map[string]bool
		kind  uint16
	}{
		{holderHeads, cHolder},
		{reductionVerbs, cReduction},
		{staffNouns, cStaff},
		{stopVerbs, cStop},
		{awardingVerbs, cAwarding},
		{periodResultVerbs, cPeriodResult},
		{choiceVerbs, cChoice},
		{awardVerbs, cAward},
	} {
		for w, in := range set.words {
			if in {
				kinds[w] |= set.kind
			}
		}
	}
	return kinds
}()

// isClauseBreak says whether w is one of clauseBreaks: rule scans ask it of word after word, and
// the map, past Go's eight-entry fast path, hashed every word; the union of perf14.go's sets
// passes most words by their shape, without a probe.
func isClauseBreak(w string) bool { return bitsOf(w)&wClauseBreak != 0 }
