package extract

// The lead's twentieth round: probes of deal headlines, analyst actions and sentence fragments.

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// mergingWords are the trigger words of a merger, which names two parties and no buyer.
var mergingWords = wordSet(`merge merges merged merging merger mergers`)

// stakeWords make a merger word part of a stake's story ("merged its stake into"): no merger.
var stakeWords = wordSet(`stake stakes`)

// wholeSold are the words between a sale and its "to" that name the seller itself: "sell itself
// to", "the sale of the company to".
var wholeSold = wordSet(`of itself the company firm bank group carrier insurer retailer chain`)

// soldWhole says whether a sale trigger at token from sells its subject as a whole to the company
// whose first word is token obj0: "the company's sale to Chevron", "agreed to sell itself to
// Chevron", "the sale of the company to Chevron". A sale of something named between ("its sale
// of its Bakken assets to Chevron", "sell its coatings business to") is a part's.
func soldWhole(words []string, from, obj0 int) bool {
	if obj0 >= len(words) || obj0 < from+2 || words[obj0-1] != "to" {
		return false
	}
	// The sale's word: the trigger's, or one a verb of the deal's stage puts before it
	// ("completed its sale to", "agreed to sell itself to").
	k := from
	for k < obj0-1 && !sellingWords[words[k]] {
		k++
	}
	if k == obj0-1 || k > from+3 {
		return false
	}
	for j := k + 1; j < obj0-1; j++ {
		if !wholeSold[words[j]] {
			return false
		}
	}
	// "sale of itself" needs the "of": "sold the company" has none, and "sale the company"
	// is no English.
	return obj0-1 == k+1 || words[k+1] == "itself" || words[k+1] == "of"
}

// sellingWords are the words of a company sold.
var sellingWords = wordSet(`sale sell sells selling sold`)

// holdersOf are the people and parts of a company that a capital opening a sentence can put
// before the name of the company they belong to: "Shareholders of Kendall Foods Inc", "Employees
// of Bexley Corp", "Units of Acme Holdings Inc". A name found by its suffix starts after their
// "of"; a company's own name with "of" ("Bank of Granite Corp") keeps it.
var holdersOf = wordSet(`shareholders stockholders holders bondholders noteholders investors employees workers
	customers creditors lenders directors officers executives owners members units subsidiaries divisions
	shares stock`)

// moverOfRating returns the company whose shares move in the main clause when a broker's
// action on its own target or rating, told without the company, is the cause after "after",
// "following" or "as": "Apple rose 2.1% after Morgan Stanley raised its price target", "Nike
// fell 3% after Jefferies cut its rating to hold". The broker's "its" is its own view of the
// mover, not news of the broker. A company named after the action ("raised its target on
// Apple") or none moving before the cause leaves the roles to the rest of roles.
func (s *sentence) moverOfRating(t trigger, before, after []CompanyMention) (CompanyMention, bool) {
	if t.typ != events.Analyst || len(before) < 2 {
		return CompanyMention{}, false
	}
	for _, c := range after {
		// "raised its price target on Apple" names the rated company; "and Morgan Stanley
		// reiterated its rating" is another broker's action.
		if k := s.startIndex(c.Start); k < t.to+3 || k > 0 && (s.words[k-1] == "on" || s.words[k-1] == "for" || s.words[k-1] == "of") {
			return CompanyMention{}, false
		}
	}
	own := false
	for k := max(t.from-2, 0); k < t.to && k < len(s.words); k++ {
		if s.words[k] == "its" || s.words[k] == "their" {
			own = true
		}
	}
	if !own {
		return CompanyMention{}, false
	}
	// The cause's word, between the mover and the broker right before the action.
	broker := s.startIndex(before[len(before)-1].Start)
	j := broker - 1
	for j > 0 && !causeOpeners[s.words[j]] {
		j--
	}
	if j <= 0 || broker-j > 4 {
		return CompanyMention{}, false
	}
	// "on the stock", "on that insurer": the action names what it rates, which the rest of roles
	// reads.
	for k := t.to; k < len(s.words) && k < t.to+2; k++ {
		if s.words[k] == "on" || s.words[k] == "for" {
			return CompanyMention{}, false
		}
	}
	// The mover nearest the cause: "Chubb slipped 0.8%, while Allstate gained 1.2% after ..." is
	// Allstate's.
	for i := len(before) - 2; i >= 0; i-- {
		m := s.startIndex(before[i].Start)
		if m < j && slices.ContainsFunc(s.words[m:j], func(w string) bool { return riseWords[w] || fallWords[w] }) {
			return before[i], true
		}
	}
	return CompanyMention{}, false
}

// restructuredThing says whether a restructuring trigger is the participle that describes a
// thing after a determiner: "cleared a restructured deal", "its restructured credit line", "the
// newly restructured company". The thing was reworked before; the sentence tells something else
// of it ("the company restructured its operations" has no determiner before the verb).
func restructuredThing(words []string, t trigger) bool {
	if words[t.from] != "restructured" || t.from == 0 || t.from+1 >= len(words) {
		return false
	}
	k := t.from - 1
	if words[k] == "newly" && k > 0 {
		k--
	}
	return describingDeterminers[words[k]] && isWord(words[t.from+1])
}

// describingDeterminers open a noun phrase whose participle describes its noun.
var describingDeterminers = wordSet(`a an the its their this that his her`)

// trailingTelling says whether a date at words [from, to), after a trigger that ends at word
// after, dates the telling in an attribution that closes the sentence: "Amazon will buy Velcor
// for $2 billion, the companies said on Friday", ", it said Friday.", ", according to a
// statement on Friday". The clause after the last comma before the date holds the verb of
// telling (or "according to") and nothing follows the date but the sentence's end. A date inside
// the news ("will close the deal on Friday, the company said") stands before the comma.
func trailingTelling(w []string, after, from, to int) bool {
	if to < len(w) && !(to == len(w)-1 && (w[to] == "." || w[to] == "!")) {
		return false
	}
	c := from - 1
	for c >= after && w[c] != "," {
		c--
	}
	if c < after || from-c > 9 {
		return false
	}
	for j := c + 1; j < from; j++ {
		if toldVerbs[w[j]] || w[j] == "according" && j+1 < from && w[j+1] == "to" {
			return true
		}
		if isClauseBreak(w[j]) {
			return false
		}
	}
	return false
}

// appositiveAt returns the length of an appositive that opens at the comma at word g, a noun
// phrase set off by commas that describes the word before it ("Jane Doe, a longtime banker,",
// "Velcor, the maker of pumps,"), or 0. A phrase's gap does not count its words: "named Jane Doe,
// a longtime banker, as its chief financial officer" is named as chief as surely as "named Jane
// Doe as chief". The aside opens with an article or "formerly" and closes with a comma within
// eight words, with no clause word inside it.
func appositiveAt(words []string, g int) int {
	if words[g] != "," || g+2 >= len(words) || !appositiveOpeners[words[g+1]] {
		return 0
	}
	for k := g + 2; k < len(words) && k <= g+9; k++ {
		switch w := words[k]; {
		case w == ",":
			return k - g + 1
		case gapStops[w] || w == "and" || w == "who" || w == "that":
			return 0
		}
	}
	return 0
}

// appositiveOpeners open a noun phrase in apposition.
var appositiveOpeners = wordSet(`a an the formerly`)

// appositiveReach keeps, of the triggers out[n:] found past a gap's plain length only by not
// counting an appositive (appositiveAt), those of a person's post: an officer named over an aside
// that describes the person. Other phrases' words are too common to reach so far ("selling
// televisions it designed and built itself, the first line of ..." sells no business line).
func appositiveReach(out []trigger, n int) []trigger {
	return append(out[:n], slices.DeleteFunc(out[n:], func(t trigger) bool { return t.typ != events.Executive })...)
}

// sharedPeriod says whether the clause that starts at word lo sets its move against the clause
// before it, which counts a move over a period: "Tesla has fallen 28% so far this year, while the
// S&P 500 is up 12%", "the stock has doubled over the past year, against a 20% gain for the
// index". The comparison's figure is over the same period, no day's return (a claim checked
// against the day's close had been found false).
func sharedPeriod(words []string, lo int) bool {
	if lo < 2 || words[lo-1] != "," || !comparisonOpeners[words[lo]] {
		return false
	}
	for k := lo - 2; k >= 0 && words[k] != "," && words[k] != ";"; k-- {
		if movePeriods[words[k]] {
			return true
		}
	}
	return false
}

// comparisonOpeners open a clause that sets one move against another.
var comparisonOpeners = wordSet(`while whereas against compared versus outpacing lagging trailing beating`)

// titleCaseNews says whether the word at unit k, after a name in a title-case headline, tells
// the company's news as a headline does without a subject's other words: a move of its stock
// with its cause or alone ("Palantir Soars On Guidance", "Palantir Plunges", "Target Falls After
// Earnings"), or a fiscal period's shorthand ("Costco Q3 Earnings Beat", "Nike FY25 Outlook").
// Title case capitalizes every word, so the capital after the name is no word of a longer name;
// a move with a figure is companyVerbAfter's.
func titleCaseNews(toks []token, us []unit, k int) bool {
	if k >= len(us) {
		return false
	}
	w := strings.ToLower(toks[us[k].from].text)
	if periodShorthand(w) {
		return true
	}
	if !stockMoves[w] && !headlineMoves[w] {
		return false
	}
	if k+1 == len(us) {
		return true
	}
	return moveCauseWords[strings.ToLower(toks[us[k+1].from].text)]
}

// headlineMoves are the present of a stock's move, as headlines write it.
var headlineMoves = wordSet(`soars surges jumps rises climbs gains rallies advances falls drops slides slips sinks
	tumbles plunges dives slumps sags skids tanks craters`)

// moveCauseWords open a headline move's cause.
var moveCauseWords = wordSet(`on after as following amid despite ahead before in`)

// periodShorthand says whether w is a fiscal period written short: q1-q4, fy25, fy2025, 3q24.
func periodShorthand(w string) bool {
	switch {
	case quarterCode(w) && w[0] == 'q': // news76.go; a half's "h1" is no company's news here
		return true
	case (len(w) == 4 || len(w) == 6) && w[0] == 'f' && w[1] == 'y' && isNumber(w[2:]):
		return true
	case len(w) == 4 && w[0] >= '1' && w[0] <= '4' && w[1] == 'q' && isNumber(w[2:]):
		return true
	}
	return false
}

// bankruptcyExit says whether a bankruptcy trigger is the company's way out of it: a verb of
// leaving with "from" right before the trigger's words ("emerged from Chapter 11", "exits
// bankruptcy protection", "will emerge from bankruptcy by June"). A bankruptcy entered is the
// news otherwise: a study reads an exit as the end of the case, not its start.
func bankruptcyExit(words []string, t trigger) bool {
	if words[t.from] == "emerged" {
		return true // the trigger "emerged from bankruptcy"
	}
	k := t.from - 1
	if k >= 0 && (words[k] == "from" || words[k] == "of") {
		k--
	}
	for ; k >= 0 && k >= t.from-3; k-- {
		if exitVerbs[words[k]] {
			return true
		}
		if words[k] != "its" && words[k] != "the" {
			return false
		}
	}
	return false
}

// exitVerbs leave a bankruptcy.
var exitVerbs = wordSet(`emerge emerges emerged emerging exit exits exited exiting`)

// holdersSell says whether an offering's sentence sells shares its holders own, which raises the
// company nothing: "some shareholders would sell 10 million shares in a secondary offering; the
// company will not receive any proceeds", "an offering by selling stockholders". A secondary
// offering the company sells itself names no holder and no proceeds forgone.
func holdersSell(words []string) bool {
	for k, w := range words {
		switch w {
		case "selling":
			if k+1 < len(words) && (words[k+1] == "shareholders" || words[k+1] == "stockholders") {
				return true
			}
		case "proceeds":
			// "will not receive any proceeds", "receive no proceeds"
			for j := max(k-4, 0); j < k; j++ {
				if words[j] == "not" || words[j] == "no" {
					return true
				}
			}
		case "shareholders", "stockholders", "holders":
			if k+2 < len(words) && (words[k+1] == "would" || words[k+1] == "will" || words[k+1] == "to") && words[k+2] == "sell" {
				return true
			}
		}
	}
	return false
}
