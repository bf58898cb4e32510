package timex

// Previews and schedules (timex60): the seasons of opera houses and orchestras, which straddle
// the new year as hockey's do; a schedule that runs on from a date ahead to a month after it
// ("opens Sept. 29 and closes next May"); and the past form of a supposed event ("a strike
// that stretched into the fourth quarter could cut earnings"), which is no past.

// artsSeasonWords name the companies whose seasons run from September or October to May or
// June, named by the year they start in ("the 2011-12 season" is 2011's), as winterSportWords'
// are. festivalWords name the summer festivals of the same arts, whose season is the year's.
var (
	artsSeasonWords = map[string]bool{"opera": true, "operas": true, "symphony": true, "orchestra": true,
		"orchestras": true, "philharmonic": true, "ballet": true}
	festivalWords = map[string]bool{"festival": true, "festivals": true}
)

// artsSeasonText reports whether the text is of an opera house, an orchestra or a ballet, and
// not of a summer festival: "this season" told from January to June is then the one begun the
// autumn before, as straddlingSeason reads a hockey or basketball story. Read only when a
// season is named.
func (m *matcher) artsSeasonText() bool {
	arts := false
	for k := range m.toks {
		if m.toks[k].kind != kWord {
			continue
		}
		if inSet(festivalWords, m.toks[k].s) {
			return false
		}
		if inSet(artsSeasonWords, m.toks[k].s) {
			arts = true
		}
	}
	return arts
}
