package extract

// The lead's nineteenth round: results a headline's news comes ahead of.

// awaitedInTitle says whether the results noun t of a headline follows words that put the news
// before it, with at most three words between: "Nvidia slips ahead of results", "Micron gains
// heading into earnings", "Oracle climbs before Thursday's report". The results are awaited,
// not out, so the headline tells them as a forecast, as a preview's does (previewTitle). A verb
// of results ("reports ahead of estimates") tells them, and what comes after them ("slides
// after results") is the reaction to results out.
func awaitedInTitle(words []string, t trigger) bool {
	if t.verbal {
		return false
	}
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		switch w := words[k]; {
		case w == "of" && words[k-1] == "ahead", w == "before":
			return true
		case w == "into":
			switch words[k-1] {
			case "heading", "heads", "head", "headed", "going", "goes":
				return true
			}
			return false
		case w == "," || w == ":" || w == "and" || w == "after" || gapStops[w]:
			return false
		}
	}
	return false
}
