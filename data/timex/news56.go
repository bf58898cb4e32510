package timex

// Times of the commodity desks (news56, modern51): an earlier forecast's month.
//
// A figure measured against the forecast it replaces names that forecast's month: "expects to
// sell 4.1 billion pounds next year, down from a forecast of 4.3 billion pounds in July". The
// month is when the old forecast was made, behind the telling, whatever the main clause's tense
// (timex38's forecastMadeIn reads the verb "forecast in"; this is the noun with its figure).

// earlierForecastIn reports whether the month at token start closes "from a forecast of ...
// in": "from" and up to two words before a noun of forecasting ("from its earlier outlook of"),
// "of" and its figure in at most eight tokens with no comma between clauses, then "in".
func (m *matcher) earlierForecastIn(start int) bool {
	if !m.word(start-1, "in") || m.kind(start) != lxMonth {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-10; k-- {
		if m.toks[k].kind == kPunct && (m.toks[k].s == "," || m.toks[k].s == ";") && k+1 < len(m.toks) && m.toks[k+1].space {
			return false // a clause's comma, not a figure's ("950,000")
		}
		if !m.word(k, "of") || !m.anyWord(k-1, "forecast", "forecasts", "estimate", "estimates", "outlook",
			"guidance", "projection", "projections", "target", "view") {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if m.word(j, "from") {
				return true
			}
			if m.toks[j].kind != kWord {
				return false
			}
		}
		return false
	}
	return false
}
