package timex

// Misreads of technology news (timex73, batch heldout73): the seasons a maker names its
// products by ("its fall lineup"), what a changed forecast or a plan "on track" looks ahead
// to, a future sentence fronted by "By March,", the end of a show's run told after its
// opening day, asides that tell no tense of the date before them (", as promised") or of the
// date after them ("machines loaded with"), and "the quarter that ended".

func timex73Rules() []rule {
	return []rule{
		{name: "season-lineup", starts: []string{"@season"}, doc: "a bare season before the set of products, programs or clothes a maker, network or house shows for it (its fall lineup, the spring collection, the network's fall schedule): that season of the telling's year",
			pattern: "%season lineup|lineups|schedule|schedules|collection|collections|catalog|catalogs", norm: normSeasonLineup,
			examples: []Example{{"Dell said its fall lineup will use the new chip.", "fall", "2007-FA"},
				{"The designer showed the spring collection in Paris.", "spring", "2007-SP"}}},
	}
}

// normSeasonLineup reads a bare season before "lineup", "collection", "schedule" or
// "catalog", after a determiner or a possessive ("Compaq's fall lineup", "their fall
// lineups", "the network's fall schedule"), as the season the set is shown for: the season of
// the telling's year, as "this fall" is. A season in a name ("the Spring Collection" in
// capitals) and one with no determiner before it ("fall lineup changes") are left: the
// season then names the kind of thing, as "summer jobs" does.
func normSeasonLineup(m *matcher, x *match) (cand, bool) {
	i := x.tok(0)
	if m.toks[i].upper || !m.hasDoc {
		return cand{}, false
	}
	if !(m.anyWord(i-1, "the", "its", "their", "his", "her", "our", "this") || m.word(i-1, "s") && m.apostropheAt(i-2)) {
		return cand{}, false
	}
	return m.seasonRel(i, i, rThis)
}

// apostropheAt reports whether token k is an apostrophe, straight or curly.
func (m *matcher) apostropheAt(k int) bool {
	return m.punct(k, "'") || m.punct(k, "’")
}

// timex73AheadCue is the cue (tenseCue's) by which the clause looks ahead to the time at token
// start, whatever its tense, or "" when none does.
func (m *matcher) timex73AheadCue(start int) string {
	if m.storyYearBefore(start) {
		return "" // "In 1998 the firm cut its forecast for the fourth quarter": that year's
	}
	switch {
	case m.forecastChangedFor(start):
		return "forecast for"
	case m.onTrackFor(start):
		return "on track"
	case m.frontedByAhead(start):
		return "by"
	}
	return ""
}

// forecastChangers are the verbs that change a forecast: "cut its forecast", "raised its
// outlook".
var forecastChangers = map[string]bool{"cut": true, "cuts": true, "cutting": true, "raised": true, "raises": true,
	"raising": true, "lowered": true, "lowers": true, "lowering": true, "trimmed": true, "trims": true,
	"boosted": true, "lifted": true, "reduced": true, "slashed": true, "revised": true, "increased": true}

// forecastNouns are what a forecast is called.
var forecastNouns = map[string]bool{"forecast": true, "forecasts": true, "outlook": true, "projection": true,
	"projections": true, "estimate": true, "estimates": true, "guidance": true}

// forecastChangedFor reports whether the time at token start, after "in", "for" or "during",
// is the period of a forecast that a verb changed: "Lockwood cut its forecast for PC shipments
// in the fourth quarter", "raised its outlook for chip sales in the second half", told in
// March, are this year's periods, ahead of the forecasting, though the verb is past. Up to five
// words between the noun and the preposition, none a verb or a mark, "for" among them or the
// preposition itself; "cut its forecast in January" dates the cut, "missed its forecast for
// the second quarter" compares a result with the forecast, and "cut prices in the fourth
// quarter" changes no forecast.
func (m *matcher) forecastChangedFor(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.anyWord(k, "in", "for", "during") {
		return false
	}
	sent := m.toks[start].sent
	forWhat := m.word(k, "for")
	for j := k - 1; j > 1 && j >= k-6 && m.toks[j].kind == kWord && m.toks[j].sent == sent; j-- {
		if m.word(j, "for") {
			forWhat = true
			continue
		}
		if forecastNouns[lowerWord(&m.toks[j])] {
			if !forWhat {
				return false // "cut its forecast in January": the month dates the cut
			}
			d := j - 1
			if m.anyWord(d, "its", "their", "the", "his", "her", "our") {
				d--
			}
			return d >= 0 && m.toks[d].kind == kWord && forecastChangers[lowerWord(&m.toks[d])]
		}
		if m.toks[j].lex.kind != lxNone || m.verbInfo(j)&(vPast|vFuture|vBe|vReporting) != 0 {
			return false
		}
	}
	return false
}

// onTrackFor reports whether the time at token start ends what is "on track for" or "on track
// to": "said the chip was on track for the fall", "is on track for a launch in September",
// "on track to ship by June". A plan on track is for a time ahead of the saying, told in the
// pluperfect or not; "was on track in March" dates the state and is left.
func (m *matcher) onTrackFor(start int) bool {
	sent := m.toks[start].sent
	for j := start - 1; j > 0 && j >= start-7 && m.toks[j].kind == kWord && m.toks[j].sent == sent; j-- {
		if m.word(j, "track") {
			return m.word(j-1, "on") && m.anyWord(j+1, "for", "to")
		}
	}
	return false
}

// frontedByAhead reports whether the time at token start follows a "By" that opens its
// sentence and a comma closes ("By March, the buyers who waited will be back"), in a sentence
// whose main verb is a modal's: the deadline lies ahead of the telling, though a relative
// clause between holds a past ("who sat on their hands"). "By March, sales had fallen" and
// "By March, buyers were back" are left to the tense.
func (m *matcher) frontedByAhead(start int) bool {
	k := start - 1
	if m.word(k, "the") {
		k--
	}
	if !m.word(k, "by") || !m.toks[k].upper || k > 0 && m.toks[k-1].sent == m.toks[k].sent && m.toks[k-1].kind != kPunct {
		return false
	}
	sent := m.toks[start].sent
	j := start + 1
	for ; j < len(m.toks) && j <= start+6 && m.toks[j].sent == sent && !m.punct(j, ","); j++ {
	}
	if !m.punct(j, ",") {
		return false
	}
	for j++; j < len(m.toks) && m.toks[j].sent == sent; j++ {
		switch {
		case m.anyWord(j, "had", "was", "were"):
			return false
		case m.anyWord(j, "will", "should", "ll", "would"):
			return true
		}
	}
	return false
}

// asideTellsNoTense reports whether word k, after the span that starts at token start or
// before it, tells no tense of the span's clause:
//   - a participle after ", as" that ends its phrase, a comparison with what was said before
//     ("would be ready in November, as promised", "opens in May, as planned"); "as promised
//     cuts took effect" is a clause with its own verb and is left;
//   - a participle of fitting out before "with", after a noun ("machines loaded with Windows",
//     "phones equipped with the chip"): it describes the noun, no act of the clause; "was
//     loaded with", "had loaded with" and a subject's own "Crews loaded the trucks" are verbs.
func (m *matcher) asideTellsNoTense(k, start int) bool {
	switch {
	case k > start && m.word(k-1, "as") && m.punct(k-2, ","):
		return k+1 >= len(m.toks) || m.toks[k+1].kind == kPunct
	case fittedParticiples[lowerWord(&m.toks[k])] && m.word(k+1, "with"):
		p := k - 1
		return p >= 0 && m.toks[p].kind == kWord && !m.toks[p].upper && m.toks[p].lex.kind == lxNone &&
			m.verbInfo(p)&(vPast|vFuture|vBe) == 0 && !m.toks[p].in(sDeterminers) &&
			!m.anyWord(p, "has", "have", "had", "having", "it", "they", "we", "he", "she", "i", "you", "who", "that", "which")
	}
	return false
}

// fittedParticiples describe what a thing comes with: "loaded with", "equipped with".
var fittedParticiples = map[string]bool{"loaded": true, "preloaded": true, "equipped": true, "fitted": true,
	"bundled": true, "outfitted": true, "packed": true, "stocked": true}

// quarterThatEnded reports whether "the quarter" is named by its last day through "that" or
// "which" without a comma ("results for the quarter that ended Sept. 30"): as "the quarter
// ended Sept. 30", the day is tagged and the quarter left.
func (m *matcher) quarterThatEnded(end int) bool {
	return m.anyWord(end, "that", "which") && m.anyWord(end+1, "ended", "ends", "ending") && m.kind(end+2) == lxMonth
}

// runEndAfterStart reports whether the weekday at token i ends a run that a present of
// lasting ("runs", "continues", "lasts") opens from the day just named ("Comdex, which opens
// Monday and runs through Friday", "The sale starts Thursday and lasts until Sunday"): the end
// is the first such day from the start on, as "from Monday through Friday" reads it, not the
// telling's own weekday. The start must be a day of the same sentence, named within six words.
func (m *matcher) runEndAfterStart(i int) bool {
	if !m.anyWord(i-1, "through", "thru", "until", "till") || i < 3 || !m.toks[i-2].in(sLastingPresent) ||
		m.story.gran != gDay || m.story.sent != m.toks[i].sent {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-8 && m.toks[j].sent == m.toks[i].sent; j-- {
		if m.kind(j) == lxWeekday {
			return m.word(j+1, "and")
		}
	}
	return false
}

// pluperfectMonth reports whether the month at token i is the time of a pluperfect's act ("a
// year later than it had predicted in December", "as it had forecast in October"): a time
// before the telling's past, not a month of the quarter its sentence looks ahead to.
func (m *matcher) pluperfectMonth(i int) bool {
	return m.anyWord(i-1, "in", "on") && i >= 3 && m.verbInfo(i-2)&vPast != 0 && m.word(i-3, "had")
}

// modalBetween reports whether "will", "would" or "'ll" stands between tokens a and b of one
// sentence: the onset after it is of the act the modal tells, ahead of the telling, not of the
// act the day before dates ("had been shipping them since June 15 and would offer them on
// every model starting Thursday", "named Lee chief on Saturday and will name a finance chief
// effective Monday").
func (m *matcher) modalBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(m.toks); k++ {
		if m.anyWord(k, "will", "would", "ll") {
			return true
		}
	}
	return false
}
