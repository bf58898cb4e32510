package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads of company news noticed in the news89 round: a buyer who is a person named
// with his title at another company.

// toBePostOverTrigger says whether trigger t is a post told in headline-ese ("to be ... ceo",
// toBeOwnedPost) whose gap holds another trigger of all: "agreed to be bought by Velcor CEO Jane
// Doe" is a deal, with a title in its buyer's name, and no succession; the post's gap names only
// the company whose post it is (toBeNoOwner), and a trigger there must not be swallowed by it.
func toBePostOverTrigger(words []string, all []trigger, t trigger) bool {
	if t.typ != events.Executive || !t.gap || t.to-t.from < 4 || words[t.from] != "to" || words[t.from+1] != "be" {
		return false
	}
	for _, u := range all {
		if u.typ != t.typ && u.from >= t.from+2 && u.to < t.to {
			return true
		}
	}
	return false
}

// personTitleWords are the words of a job title between an employer and a person's name, beside
// officerTitles: "Tesla boss Elon Musk", "Oracle cofounder Larry Ellison".
var personTitleWords = wordSet(`boss cofounder co-chief`)

// titledPerson says whether the words from end, right after a company's name, are a job title
// and a person's name: "Velcor CEO Jane Doe", "Acme's co-founder John Roe", "Beta chief
// executive Ann Lee". The company is the person's employer, named to say who the person is,
// and takes no part in what the person does ("acquired by Velcor co-founder Jane Doe" is the
// person's purchase). One to four title words, then two capitalized words that no title holds.
func (s *sentence) titledPerson(end int) bool {
	j := end
	if j+1 < len(s.words) && s.words[j] == "'" && s.words[j+1] == "s" {
		j += 2
	}
	k := j
	for k < len(s.words) && k < j+4 && ((officerTitleShapes.mayHold(s.words[k]) && officerTitles[s.words[k]]) || (personTitleWordShapes.mayHold(s.words[k]) && personTitleWords[s.words[k]])) {
		k++
	}
	if k == j || k+1 >= len(s.words) {
		return false
	}
	for _, n := range []int{k, k + 1} {
		w := s.toks[n].text
		if !isWord(w) || !startsUpper(w) || len(w) < 2 || officerTitles[s.words[n]] || personTitleWords[s.words[n]] || s.companyAt(n) {
			return false
		}
	}
	return true
}

// pastMoveWords are the irregular past forms of a move's verbs; a regular one ends in "ed".
var pastMoveWords = wordSet(`rose fell sank slid shrank sprang spun lost won grew shot`)

// pastMoveLater says whether the price move t is told in the past ("rose 3%", "jumped 9%",
// "shares fell") and so has happened by the telling: a date after the publication that its
// clause holds is another event's, told after the move ("rose 3% ahead of its quarterly report on
// Wednesday", "jumped 9% after the index's owner said it would join the index on May 19",
// "fell 4% after it said the deal would close on July 1"), and the move is the day's
// (clauseEvents). "Is expected to rise on Friday" is no past.
func pastMoveLater(words []string, t trigger) bool {
	if t.typ != events.PriceMove {
		return false
	}
	for k := t.from; k < t.to; k++ {
		if w := words[k]; pastMoveWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && w != "expected" {
			return true
		}
	}
	return false
}

// awaitedAfterMove says whether "ahead of" at words[k] follows a price move of ts: what a move
// comes ahead of is awaited ("shares fell 2% on Monday ahead of the company's earnings report
// on Thursday"), a second event after the move, which stays the clause's news.
func awaitedAfterMove(words []string, k int, ts []trigger) bool {
	if words[k] != "ahead" || k+1 >= len(words) || words[k+1] != "of" {
		return false
	}
	// The move must be the trigger right before: "reported results well ahead of estimates"
	// compares the results, whatever moved before them.
	last := -1
	for i, u := range ts {
		if u.to <= k && (last < 0 || u.to > ts[last].to) {
			last = i
		}
	}
	return last >= 0 && ts[last].typ == events.PriceMove
}

// aheadOfWithin says whether "ahead of" stands among words [lo, hi): a date after it is the
// awaited event's, never the move's before it.
func aheadOfWithin(words []string, lo, hi int) bool {
	for k := lo; k+1 < hi && k+1 < len(words); k++ {
		if words[k] == "ahead" && words[k+1] == "of" {
			return true
		}
	}
	return false
}

// awaitedNotAhead says whether trigger t, of a subordinate clause, is what a move of ts came
// ahead of (awaitedAfterMove) with no date after the publication: an awaited report has not
// happened, so it is a forecast on its day to come or no event ("rose 3% ahead of quarterly
// results due on Wednesday", read with a Wednesday gone, tells no results).
func (s *sentence) awaitedNotAhead(t trigger, ts []trigger, published time.Time) bool {
	k := t.from - 1
	for k > 0 && !(s.words[k-1] == "ahead" && s.words[k] == "of") && t.from-k < 8 {
		k--
	}
	if k <= 0 || !awaitedAfterMove(s.words, k-1, ts) || slices.ContainsFunc(s.words[k:t.from], func(w string) bool { return w == "and" || w == "," }) {
		return false
	}
	_, p, ok := s.dateFor(t, false)
	return !ok || published.IsZero() || !p.Start.After(published)
}
