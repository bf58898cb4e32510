package extract

import "github.com/eventline/eventline/data/events"

// soldPartGap says whether t is "sold its ... group" (or arm, affiliate) with a gap that is no
// name of the part: the part's name runs straight from "its" to the noun ("its Wilkinson Sword
// Consumer Group", "its European lighting arm"); a preposition or an article inside tells a sale
// of something else to a group ("sold its trucks to a dealer group").
func soldPartGap(words []string, t trigger) bool {
	if t.typ != events.Acquisition || !t.gap || t.to > len(words) || t.from+2 >= t.to || words[t.from+1] != "its" {
		return false
	}
	switch words[t.to-1] {
	case "group", "arm", "affiliate":
	default:
		return false
	}
	for _, w := range words[t.from+2 : t.to-1] {
		switch w {
		case "to", "of", "for", "with", "from", "in", "a", "an", "the", "and", ",":
			return true
		}
	}
	return false
}

// sinceThenWhen says whether trigger t tells what happened at a span's start, in a "when"
// clause right after the date that "since" opens (ending at word to): "has expanded its fleet
// since 2015, when Norwegian completed its purchase of Prestige" completed the purchase in 2015.
// The date is where the span begins for the main clause and the day of the "when" clause's
// event.
func sinceThenWhen(words []string, to int, t trigger) bool {
	return to+1 < len(words) && words[to] == "," && words[to+1] == "when" && t.from > to+1
}

// bulkBought says whether an acquisition trigger takes goods counted in a unit of bulk within
// its next eight words: an amount, a unit and "of" ("bought 11.1 mln pounds of bakers flour",
// "bought one, or possibly two, 6,000 tonne cargoes of palm olein"). Goods bought by the
// measure are trade, not a business changing hands; "pounds" as money takes no "of"
// ("bought the unit for 20 mln pounds").
func bulkBought(words []string, t trigger) bool {
	for k := t.to; k+1 < len(words) && k < t.to+8; k++ {
		if gapStopShapes.mayHold(words[k]) && gapStops[words[k]] {
			return false
		}
		if !(commodityUnitShapes.mayHold(words[k]) && commodityUnits[words[k]]) || k == 0 || !isNumber(words[k-1]) && !bulkAmounts[words[k-1]] {
			continue
		}
		next := k + 1
		if commodityUnits[words[next]] && next+1 < len(words) {
			next++ // "6,000 tonne cargoes of"
		}
		if words[next] == "of" {
			return true
		}
	}
	return false
}

// dealTrade says whether a deal's noun only names the trade of deals: the people, desks and
// fees of mergers work ("suspended its U.K. merger chief", "a veteran merger banker", "merger
// arbitrageurs", "the mergers and acquisitions department") or their climate ("takeover
// stocks", "the merger boom"). No deal is told.
func dealTrade(words []string, t trigger) bool {
	if t.typ != events.Acquisition || t.to-t.from != 1 || !tradeDealNouns[words[t.from]] {
		return false
	}
	k := t.to
	if k+1 < len(words) && (words[k] == "and" || words[k] == "&") && tradeDealNouns[words[k+1]] {
		k += 2 // "mergers and acquisitions chief"
	}
	return k < len(words) && dealTradeNouns[words[k]]
}

var (
	tradeDealNouns = wordSet(`merger mergers takeover takeovers acquisition acquisitions buyout buyouts`)
	dealTradeNouns = wordSet(`chief chiefs head heads banker bankers lawyer lawyers attorney attorneys adviser
		advisers advisor advisors specialist specialists arbitrageur arbitrageurs arbitrager arbitragers arb arbs
		department departments desk desks team teams boutique boutiques practice expert experts professionals
		fees stocks activity boom wave frenzy mania`)
)

// resultRevised returns the end of a period's reported result revised by its company, 0 for
// none: the verb at i, "its", the period, the result and the new figure after "to" ("increased
// its 1986 loss from continuing operations to 26.6 mln dlrs", "lowered its fourth-quarter profit
// to $2 billion"). A result
// revised is results news; a forecast of it is guidance's ("raised its 1987 profit forecast"),
// and a result with no period is the company's habit or aim ("raised its profit margins").
func resultRevised(words []string, i int) int {
	if !revisingVerbs[words[i]] {
		return 0
	}
	k := i + 2
	period := false
	for n := 0; k < len(words) && n < 3; n++ {
		w := words[k]
		if isNumber(w) && len(w) == 4 || resultPeriods[w] || ordinalPeriods[w] {
			period = true
			k++
			continue
		}
		break
	}
	if !period || k >= len(words) || !revisedResults[words[k]] {
		return 0
	}
	if k+1 < len(words) && (expectations[words[k+1]] || words[k+1] == "target" || words[k+1] == "targets" || words[k+1] == "margin" || words[k+1] == "margins") {
		return 0
	}
	// The revision states the new figure: "to 26.6 mln dlrs". A cause that cut the result by
	// an amount ("the strike reduced its second quarter earnings by 10 cts a share") is the
	// cause's effect, an outlook's matter.
	for j := k + 1; j+1 < len(words) && j <= k+6; j++ {
		if gapStops[words[j]] || words[j] == "," {
			break
		}
		if w := words[j+1]; words[j] == "to" && w != "" && (w[0] == '$' || w[0] >= '0' && w[0] <= '9') {
			return k + 1
		}
	}
	return 0
}

var (
	revisingVerbs  = wordSet(`increased increases raised raises lowered lowers reduced reduces widened widens narrowed narrows restated restates revised revises adjusted adjusts`)
	ordinalPeriods = wordSet(`first second third fourth 1st 2nd 3rd 4th`)
	revisedResults = wordSet(`loss losses profit profits net earnings income`)
)

// resultAfterTerm says whether the date at word k is the term a result is set after: "a net
// loss for the year of 62.1 mln stg after a 71.6 mln profit in 1985". "after", an article, an
// amount and a result stand right before the date's "in" or "for"; the year is the earlier
// result's, not the one told.
func resultAfterTerm(words []string, k int) bool {
	j := k - 1
	if j < 2 || words[j] != "in" && words[j] != "for" || !(revisedResultShapes.mayHold(words[j-1]) && revisedResults[words[j-1]]) {
		return false
	}
	amount := false
	for i := j - 2; i >= 1 && i >= j-7; i-- {
		w := words[i]
		switch {
		case w == "a" || w == "an":
			return amount && words[i-1] == "after"
		case isNumber(w) || amountUnits[w] || w == "$":
			amount = true
		case gapStops[w] || w == ",":
			return false
		}
	}
	return false
}
