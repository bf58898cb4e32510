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
func (s *sentence) forecastRaised() bool {
	w := s.words
	for i, v := range w {
		if !raiseForms[v] {
			continue
		}
		if i > 0 && forecastNouns[w[i-1]] {
			return true
		}
		for k := i + 1; k < len(w) && k <= i+6; k++ {
			if forecastNouns[w[k]] {
				return true
			}
			if w[k] == "by" || w[k] == "," || w[k] == "and" || gapStops[w[k]] {
				break
			}
		}
	}
	return false
}
