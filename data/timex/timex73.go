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
