package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Moves and listings a sentence tells as the background of its news (issue 11 §2, news15, from
// modern14's misses): a deal's premium measured "31% above where the stock ended last week" is a
// reference price, not a move; a move told as what something "sent its shares down 40%" in a
// clause opened by "before" or "after", behind a suit, a denial or a deal told first, is that
// news's history; and a "debut" of shares the parent "gave its shareholders", or beside a
// "split-off" or "spin-off", is a spin-off's first trade, not an IPO. A price level a rally
// reached ("after its shares climbed above $2,800") is history the same way (news16). Each is dropped from the sentence's triggers, so that the news they
// stand beside is the sentence's only event.

// causeVerbs tell a move as what something did to the shares: "sent its shares down".
// spinOffWords name a break-up: a debut beside them is the new company's first trade.
var spinOffWords = wordSet(`split-off spin-off spinoff spin-offs split-offs`)

var causeVerbs = wordSet(`sent sending pushed pushing drove driving knocked knocking lifted lifting`)

// dropBackground removes from ts the price moves that are a reference or a history, and the
// listings that are a spin-off's, as the comment above tells.
func dropBackground(words []string, ts []trigger) []trigger {
	// Most sentences have neither a move nor a listing: they cost one pass over their triggers.
	if !slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove || t.typ == events.IPO }) {
		return ts
	}
	cut := -1 // moves from this word on are a subordinate clause's history
	spinOff := slices.ContainsFunc(words, func(w string) bool { return spinOffWordSet.has(w) })
	for _, t := range ts {
		if t.typ == events.Acquisition && gaveVerbs[words[t.from]] {
			spinOff = true
		}
		if t.typ != events.PriceMove || !causeVerbs[words[t.from]] && !levelReached(words, t) {
			continue
		}
		for j := t.from - 1; j >= 0 && j >= t.from-12; j-- {
			if words[j] != "before" && words[j] != "after" {
				continue
			}
			if slices.ContainsFunc(ts, func(u trigger) bool { return u.typ != events.PriceMove && !u.weak && u.to <= j }) {
				cut = j
			}
			break
		}
	}
	if cut < 0 && !spinOff && !slices.Contains(words, "where") {
		return ts
	}
	out := ts[:0:0]
	for _, t := range ts {
		switch {
		case t.typ == events.PriceMove && cut >= 0 && t.from > cut:
		case t.typ == events.PriceMove && referencePrice(words, t.from):
		case t.typ == events.IPO && spinOff:
		default:
			out = append(out, t)
		}
	}
	return out
}

// levelReached says whether the move t is told as the price level a rally reached, with no
// change of its own: "after the burrito chain's shares climbed above $2,800", "after a rally
// pushed the stock past $900". In a before/after clause behind a split or a payout (news16,
// modern16), that is the decision's history, as a move something "sent" is; "shares climbed 4%
// to $2,900" tells a change and stays a move.
func levelReached(words []string, t trigger) bool {
	if t.to+1 >= len(words) || words[t.to+1] != "$" || words[t.to] != "above" && words[t.to] != "past" && words[t.to] != "beyond" {
		return false
	}
	for k := t.to; k < len(words) && !gapStops[words[k]] && words[k] != ","; k++ {
		if percentWord(words[k]) {
			return false
		}
	}
	return true
}

// referencePrice says whether the move at i is told as where the stock stood, the level a price
// is set against: "31% above where the crisp maker's stock ended last week".
func referencePrice(words []string, i int) bool {
	for j := i - 1; j >= 1 && j >= i-6; j-- {
		if words[j] == "where" {
			return words[j-1] == "above" || words[j-1] == "below" || words[j-1] == "from"
		}
		if gapStops[words[j]] || words[j] == "," {
			return false
		}
	}
	return false
}
