package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Index news that is no company's deal or results (issue 11 §2, news13).
//
// An index change names the company leaving: "will join the S&P 500 on Monday, replacing a
// utility being taken private", "is being added to the Nasdaq-100, taking the place of a retailer
// that agreed to be bought". The deal is the leaving company's, told as the reason for the
// change, and the article's company is the one joining. So a deal or a succession after a verb of
// replacing, in a sentence that names an index, is dropped; a company that replaces its chief
// (no index named) keeps its succession.
//
// A market wrap tells a session's losses as "in the red": "ten of the 11 sectors ended in the
// red", "the Nasdaq closed in the red". After a verb of a trading session the phrase is the
// market's move, not a company's loss; "ended the quarter in the red" (a period between) is
// results.

// replaceForms are the verbs an index change names the leaving company with.
var replaceForms = wordSet(`replace replaces replaced replacing`)

// indexWords name a stock index in a sentence: "S&P 500" reads as "s", "&", "p".
var indexWords = wordSet(`index indexes indices benchmark russell nasdaq-100 s&p`)

// sessionVerbs end or open a trading session.
var sessionVerbs = wordSet(`ended ends end ending closed closes close closing finished finishes finish
	finishing opened opens open opening traded trading`)

// namesIndex says whether the sentence names a stock index.
func namesIndex(words []string) bool {
	for k, w := range words {
		if indexWordSet.has(w) || w == "&" && k > 0 && words[k-1] == "s" && k+1 < len(words) && words[k+1] == "p" ||
			w == "dow" && (k+1 < len(words) && (words[k+1] == "jones" || words[k+1] == "industrials") || bareDowIndex(words, k)) { // news90.go
			return true
		}
	}
	return false
}

// indexReplacement says whether the deal or succession trigger t is the leaving company's in an
// index change: a verb of replacing at t or within ten words before it in the sentence, and an
// index named.
func indexReplacement(words []string, t trigger) bool {
	if t.typ != events.Acquisition && t.typ != events.Executive {
		return false
	}
	found := false
	for k := t.from; k >= 0 && k >= t.from-10; k-- {
		if words[k] == "." || words[k] == ";" {
			break
		}
		if replaceFormSet.has(words[k]) {
			found = true
			break
		}
	}
	return found && namesIndex(words)
}

// sessionInTheRed says whether the results trigger t is "in the red" right after a verb of a
// trading session: a market's move.
func sessionInTheRed(words []string, t trigger) bool {
	return t.typ == events.Earnings && t.from > 0 && sessionVerbs[words[t.from-1]] &&
		slices.Equal(words[t.from:t.to], []string{"in", "the", "red"})
}

// An index is named after the company that publishes it: "the S&P 500", "S&P 500 futures", "the
// S&P's 11 sectors", "the Dow Jones Industrial Average", "the Nasdaq Composite". Named as such,
// the index is no mention of its publisher (S&P Global, Nasdaq Inc, or Dow Inc by its first
// word): the index's or a sector's move is the market's, not the company's. A name is the index's
// when a count of its members, an index word or "Jones" follows it, or its possessive ends in a
// sector within three words ("the S&P's energy sector").

// indexFollowers are the words after a publisher's name that make it the index's.
var indexFollowers = wordSet(`500 400 600 100 1000 2000 3000 composite index indexes indices industrial
	industrials transportation transports utility utilities jones`)

// sectorWords are the parts of an index a possessive can take.
var sectorWords = wordSet(`sector sectors subindex subindexes`)

// indexDirections after "the" and a publisher's name make it the index a session moved: "led
// the Nasdaq lower", "pushed the S&P higher". The article ("the") keeps "Nasdaq higher on
// listings revenue" the company's.
var indexDirections = wordSet(`lower higher`)

// namesIndexAt says whether the name from token start, ending before token k, is an index's.
func namesIndexAt(words []string, start, k int) bool {
	if k >= len(words) {
		return false
	}
	if indexAfterShapes.mayHold(words[k]) && (indexFollowers[words[k]] || indexMemberNouns[words[k]]) || indexDirectionSet.has(words[k]) && start > 0 && words[start-1] == "the" || marketIndexMove(words, start, k) || dowPoints(words, start, k) || dowIndexMove(words, start, k) || indexPostsWrap(words, start, k) || dowMoversAfter(words, start, k) { // news42.go, news48.go, news68.go, news94.go, news107.go
		return true
	}
	if k+1 < len(words) && (words[k] == "'" || words[k] == "’") && words[k+1] == "s" {
		for j := k + 2; j < len(words) && j <= k+4; j++ {
			if sectorWords[words[j]] {
				return true
			}
		}
	}
	return false
}
