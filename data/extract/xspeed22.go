package extract

// Speed work of xspeed22 (issue 11 §3): map probes of clause scans gated on the words' shapes.
//
// The runtime's string maps cost 110-150 instructions a probe, about a tenth of extraction's
// instructions spread over some 150 sites; the scans that ask a set of every word of a clause
// mostly ask about words the set does not hold. A shapeFilter of the set's words (first byte,
// last byte and length, one bit test) answers most of those without the probe. The maps stay
// as they are: a filter only says which words may be in them.

// shapesOf returns a filter of the words the sets hold: every word for which any of them is
// true passes it.
func shapesOf(sets ...map[string]bool) *shapeFilter {
	f := new(shapeFilter)
	for _, set := range sets {
		for w, in := range set {
			if in && w != "" {
				f.add(w)
			}
		}
	}
	return f
}

// shapesOfSigns is shapesOf for a map of signs: every word of a sign other than 0 passes it.
func shapesOfSigns(m map[string]int8) *shapeFilter {
	f := new(shapeFilter)
	for w, d := range m {
		if d != 0 && w != "" {
			f.add(w)
		}
	}
	return f
}

// Filters of the sets percentClaim, measureBefore and aboutResults ask of every word of a
// clause around a percentage or a guidance trigger.
var (
	moveSignShapes    = shapesOfSigns(moveSigns)
	causeOpenerShapes = shapesOf(causeOpeners)
	notPriceShapes    = shapesOf(notPriceWords, movePeriods)
	measureShapes     = shapesOf(stockWords, notPriceWords, resultMeasures, magnitudes)
	resultNounShapes  = shapesOf(resultNouns)
	economyNounShapes = shapesOf(economyNouns)
)
