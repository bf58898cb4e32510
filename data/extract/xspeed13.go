package extract

import "slices"

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

// isClauseMark and isSubordinator say whether w is one of clauseMarks and subordinators, the
// same way: supposed scans a sentence's words for clauseMarks at each trigger.
func isClauseMark(w string) bool   { return bitsOf(w)&wClauseMark != 0 }
func isSubordinator(w string) bool { return bitsOf(w)&wSubordinator != 0 }

// A smallSet holds the words of a small set in a slice: a probe of one of Go's maps of up to
// eight words scans its slots behind a call, about a hundred instructions; has compares lengths
// first and costs a few for a word of no member's length.
type smallSet []string

// newSmallSet returns the words set holds.
func newSmallSet(set map[string]bool) smallSet {
	var s smallSet
	for w, in := range set {
		if in {
			s = append(s, w)
		}
	}
	slices.Sort(s)
	return s
}

func (s smallSet) has(w string) bool {
	for _, x := range s {
		if len(x) == len(w) && x == w {
			return true
		}
	}
	return false
}

// conditionalModalWords are conditionalModals, which supposed asks of every word of a trigger's
// clause.
var conditionalModalWords = newSmallSet(conditionalModals)

// ratifyWordSet and ballotVerdictSet are ratifyWords and ballotVerdicts, which votedContract asks
// of the words before every contract trigger.
var ratifyWordSet, ballotVerdictSet = newSmallSet(ratifyWords), newSmallSet(ballotVerdicts)

// moveSigns is +1 for a word of riseWords and -1 for one of fallWords only: percentClaim asked
// both maps, each past the eight-entry fast path, of the words before every percentage.
var moveSigns = func() map[string]int8 {
	signs := map[string]int8{}
	for w, in := range fallWords {
		if in {
			signs[w] = -1
		}
	}
	for w, in := range riseWords {
		if in {
			signs[w] = 1
		}
	}
	return signs
}()
