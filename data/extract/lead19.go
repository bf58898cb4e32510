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

// replacedWith says whether the person at token k is the one a replacement brings in: "VMware
// replaces co-founder Diane Greene with Paul Maritz as CEO", "the board replaced its chief
// executive with John Doe", "replacing Jane Roe with an insider, John Doe". The name follows
// "with" (an appositive between allowed) and a verb of replacing stands before it in the clause,
// whose object is who leaves. "Jane Roe, who replaced John Doe, met with Mark Lee" names no
// newcomer: the "with" there is no replacement's.
func (s *sentence) replacedWith(k int) bool {
	j := k - 1
	if j >= 0 && s.words[j] == "," { // "with an insider, John Doe"
		j--
		for n := 0; j >= 0 && n < 4 && s.words[j] != "with"; n++ {
			j--
		}
	}
	if j < 1 || s.words[j] != "with" {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-8; i-- {
		switch w := s.words[i]; w {
		case "replace", "replaces", "replaced", "replacing":
			return i == 0 || s.words[i-1] != "who"
		case ",", ";", ".", "and", "who", "which", "said", "says":
			return false
		}
	}
	return false
}

// economyFigures says whether the results phrase t ends in figures an economy reports, not a
// company: "JAPAN TO RELEASE GNP FIGURES", "released trade figures", "announced inflation figures".
func economyFigures(words []string, t trigger) bool {
	k := t.to - 1
	if k < 1 || k >= len(words) || words[k] != "figures" {
		return false
	}
	switch words[k-1] {
	case "gnp", "gdp", "trade", "inflation", "unemployment", "jobless", "payroll", "payrolls", "jobs",
		"employment", "economic", "growth", "price", "prices", "money", "supply", "budget", "deficit":
		return true
	}
	return false
}
