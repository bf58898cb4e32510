package extract

// The hundred-and-seventh round: headlines in the title case of investing sites, where every
// word is capitalized.

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

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

// jointHeadlineMove adds to ts, the triggers of a headline, the move of companies listed before
// a plural verb of a move: "Apple, Microsoft Rally After Earnings", "Dow Slips As Nvidia And
// Tesla Fall". A headline drops "shares" as headlineMove reads for one company; the plural verb
// right after a list of two or more names tells their stocks' moves ("Sales Rise" names no
// company, and "Apple, Microsoft Sign Deal" has no verb of a move). What follows the verb is a
// cause, a figure or the clause's end, as after a single company's.
func (s *sentence) jointHeadlineMove(ts []trigger) []trigger {
	w := s.words
	for k := 3; k < len(w); k++ {
		if !pluralMoves[w[k]] || !s.companyEndsAt(k) {
			continue
		}
		if k+1 < len(w) {
			next := w[k+1]
			if !moveVerbFollowers[next] && next != ";" && next != "," && (next[0] < '0' || next[0] > '9') {
				continue
			}
		}
		if slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove && t.from <= k && k < t.to }) {
			continue
		}
		// Another name ends right before the list's comma or "and".
		for j := k - 2; j >= 1 && j >= k-6; j-- {
			if (w[j] == "," || w[j] == "and" || w[j] == "&") && s.companyEndsAt(j) {
				return insertMove(ts, k) // headmoves.go
			}
		}
	}
	return ts
}

// titleClauseOpeners open a clause in a title-case headline, capitalized there as every word is:
// "Stocks Rise As Apple, Microsoft Rally". Such a word before an ordinary word is no part of a
// longer name, as "Big" is of "Big Apple".
var titleClauseOpeners = wordSet(`as while after amid`)

// listMoveAfter says whether the name at unit i closes a list of names (a comma or "and" before
// it) and a plural verb of a move follows at unit k: "Amazon, Alphabet Climb", "Ford And Target
// Slide". The plural verb takes the list as its subject, so the last name is a company's as the
// first is; a single name before a plural verb ("Big Tech Rally") is none.
func listMoveAfter(toks []token, us []unit, i, k int) bool {
	if i == 0 || k >= len(us) || !pluralMoves[strings.ToLower(toks[us[k].from].text)] {
		return false
	}
	return us[i-1].key == "&" || toks[us[i-1].from].text == "," // the key folds "and" to "&"
}
