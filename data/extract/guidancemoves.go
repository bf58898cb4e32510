package extract

// The kind of guidance by what is moved (issue 11 §2, news12). "Raised" says an earlier figure
// went up: the verb of raising takes the forecast ("raised its full-year forecast", "lifts
// outlook", "boosted its 2025 sales target to"). A raising word elsewhere in the sentence is
// something else's: a cause ("forecast quarterly revenue above estimates, lifted by data center
// demand"), prices raised, or a first forecast above the market's ("above estimates"), which is
// issued, not raised, since no earlier figure moves.

// raiseForms are the verbs of raising that make guidance "raised".
var raiseForms = wordSet(`raise raises raised raising lift lifts lifted boost boosts boosted increases increased
	upgrade upgrades upgraded upgrading`)

// forecastNouns are what a company raises when it raises guidance.
var forecastNouns = wordSet(`forecast forecasts outlook outlooks guidance view views target targets projection
	projections estimate estimates expectation expectations goal goals range sights`)

// forecastRaised says whether a verb of raising in the sentence takes a forecast: one of
// forecastNouns within six words after it, in its clause, and the verb not a participle of cause
// ("lifted by"). A forecast noun right before the verb counts too ("outlook raised").
func (s *sentence) forecastRaised() bool { return s.movesForecast(raiseForms, raiseFormShapes) }

// forecastTakenBack says whether a verb of withdrawal takes a forecast, as forecastRaised reads a
// raise: "pulled its full-year forecast", "outlook suspended". A withdrawing word elsewhere is
// something else's: "cuts annual forecast as shoppers pull back", "suspended its dividend and
// lowered its outlook".
func (s *sentence) forecastTakenBack() bool {
	return s.movesForecast(outlookTakenBack, outlookTakenBackShapes)
}

// movesForecast says whether one of verbs takes a forecast: a forecast noun right before the verb,
// the subject of its passive ("its forecast, issued in March, was withdrawn"), or within six
// words after it in its clause.
func (s *sentence) movesForecast(verbs map[string]bool, shapes shapeSet) bool {
	w := s.words
	for i, v := range w {
		if !shapes.mayHold(v) || !verbs[v] { // shapes: verbs' (xspeed22.go)
			continue
		}
		if i > 0 && s.forecastNounAt(i-1) || i > 0 && beForms[w[i-1]] && forecastSubject(w[:i-1]) {
			return true
		}
		for k := i + 1; k < len(w) && k <= i+6; k++ {
			if s.forecastNounAt(k) {
				return true
			}
			if w[k] == "and" && k+1 < len(w) && forecastMeasures[w[k+1]] {
				continue // "raised its annual sales and profit forecasts": one forecast of two measures (news30.go)
			}
			if w[k] == "by" || w[k] == "," || w[k] == "and" || gapStops[w[k]] {
				break
			}
		}
	}
	return false
}

// beForms open a passive: "was withdrawn", "has been raised".
var beForms = wordSet(`is are was were be been being`)

// forecastSubject says whether the words before a passive's auxiliary end in a forecast as its
// subject, within eight words: the noun, then at most a parenthetical set off by commas.
func forecastSubject(w []string) bool {
	for k := len(w) - 1; k >= 0 && k >= len(w)-8; k-- {
		if forecastNouns[w[k]] {
			return true
		}
		if w[k] == "and" || w[k] == "but" || gapStops[w[k]] {
			return false
		}
	}
	return false
}
