package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// A wire headline drops the word "shares": "ALDERTON LABORATORIES SOARS ON FDA NOD", "LANGHOLM
// PETROLEUM TUMBLES AFTER DRY HOLE", "ACME CORP CLIMBS 2-1/2" tell a move of the company's stock
// with the company itself as the verb's subject. The trigger lexicon cannot read this, since a
// bare "soars" or "falls" is as often sales, a rate or a market ("OIL FALLS", "SALES RISE"): the
// rule needs the headline's company right before the verb, which only the linked sentence knows.

// headlineMoveVerbs are a stock's moves in a headline's present tense.
var headlineMoveVerbs = wordSet(`soars jumps rises falls tumbles plunges slumps surges climbs sinks slides drops
	gains rallies plummets dips skids rebounds slips advances declines sags`)

// moveVerbFollowers may come right after such a verb when it tells a move: the cause ("ON FDA
// NOD", "AFTER EARNINGS", "AMID TAKEOVER TALK"), the trading ("IN HEAVY TRADING") or the figure
// ("2-1/2", "12 PCT"). "DROPS BID", "GAINS CONTRACT", "SLIPS TO LOSS" have an object or a result
// after the verb and are no move.
var moveVerbFollowers = wordSet(`on after amid as in following despite`)

// headlineMove adds a price move to the triggers of a headline in capitals whose opening company
// (with its legal suffix, "ACME CORP"; a company no alias knows needs one) is the subject of a bare move verb, where no move is
// already told. Body copy says "shares of" or "stock": only a headline leaves it out.
func (s *sentence) headlineMove(ts []trigger) []trigger {
	if hasType(ts, events.PriceMove) {
		return ts
	}
	for _, c := range s.companies {
		if c.Cited || c.Start > s.toks[0].start {
			continue
		}
		k := 0
		for k < len(s.toks) && s.toks[k].end <= c.End {
			k++
		}
		for k < len(s.words) && corporateSuffixes[s.words[k]] {
			k++ // "ACME CORP", "ACME CO INC": the name's legal suffix, which the alias may not hold
		}
		if k == 0 || k >= len(s.words) || !headlineMoveVerbs[s.words[k]] {
			continue
		}
		if c.Ticker == "" && !corporateSuffixes[s.words[k-1]] {
			continue // a headline's opening words that no alias knows ("OIL FALLS") need "INC" or "CORP"
		}
		if k+1 < len(s.words) {
			next := s.words[k+1]
			if !moveVerbFollowers[next] && (next[0] < '0' || next[0] > '9') {
				continue
			}
		}
		return insertMove(ts, k)
	}
	return ts
}

// insertMove adds a price move at the verb at word k to ts, kept in the order of their words.
func insertMove(ts []trigger, k int) []trigger {
	i := 0
	for i < len(ts) && ts[i].from < k {
		i++
	}
	return slices.Insert(ts, i, trigger{typ: events.PriceMove, from: k, to: k + 1, verbal: true})
}

// moveCauseOn says whether words[k] is an "on" right after a move's verb, which opens the move's
// cause: "SOARS ON FDA NOD", "JUMPS ON NEW AIDS TEST". What follows is a second event, told as
// the reason, as hearsayOn's rumours are.
func moveCauseOn(words []string, k int, ts []trigger) bool {
	return words[k] == "on" && slices.ContainsFunc(ts, func(u trigger) bool {
		return u.typ == events.PriceMove && (u.to == k || u.to < k && sessionGap(words, u.to, k))
	})
}
