package extract

// The hundred-and-seventh round: headlines in the title case of investing sites, where every
// word is capitalized.

// comingInTitle says whether the results noun t of a headline is followed by words that set the
// report ahead: "Nvidia Earnings Loom", "Nvidia Earnings Due Wednesday", "Costco Results On
// Deck", "Micron Earnings Coming Up". The results are awaited, as a preview's are
// (previewTitle); a verb of results after the noun ("Earnings Beat", "Results Top Estimates")
// tells them out.
func comingInTitle(words []string, t trigger) bool {
	if t.verbal || t.to >= len(words) {
		return false
	}
	switch words[t.to] {
	case "loom", "looms", "looming", "due", "ahead", "approach", "approaches", "nearing":
		return true
	case "on":
		return t.to+1 < len(words) && (words[t.to+1] == "deck" || words[t.to+1] == "tap")
	case "coming", "up":
		return t.to+1 < len(words) && (words[t.to+1] == "up" || words[t.to+1] == "next")
	}
	return false
}

// news107Moves are a stock's moves in the present that investing headlines use and the lexicon
// had only in other forms: "Hims & Hers Stock Crashes After FDA Warning", "Shares Plummets"
// is no English but "Stock Plummets" is. The bare "crash" stays out: "the 1987 stock crash" is a
// market's day, not a company's move.
func news107Moves() []string {
	return join(shares("crashes"), shares("crashed"), shares("plummets"), shares("rallies"), shares("advances"),
		shares("sags"), shares("skids"))
}

// dowMoversAfter says whether the bare "Dow" from token start, before a verb of a move at k, is
// the Dow Jones average whose move a headline explains by several stocks' moves: "Dow Rises As
// Apple, Microsoft Rally", "Dow Slips As Nvidia And Tesla Fall". The cause names its movers as
// a list (a comma or "and") before a plural verb of a move; Dow Inc's own move has a cause of its
// own ("Dow Falls As Chemical Demand Weakens", "Dow Rises On Earnings").
func dowMoversAfter(words []string, start, k int) bool {
	if start < 0 || words[start] != "dow" || k != start+1 || k+1 >= len(words) || !indexMoves[words[k]] ||
		words[k+1] != "as" && words[k+1] != "while" {
		return false
	}
	listed := false
	for j := k + 2; j < len(words) && j <= k+7; j++ {
		switch w := words[j]; {
		case w == "," || w == "and" || w == "&":
			listed = true
		case pluralMoves[w]:
			return listed && j > k+3
		case w == ";" || w == "." || w == ":":
			return false
		}
	}
	return false
}

// pluralMoves are the moves of several stocks, in the present.
var pluralMoves = wordSet(`rally rise gain climb jump surge soar advance fall drop slide sink slip tumble plunge
	slump retreat`)
