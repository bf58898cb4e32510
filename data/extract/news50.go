package extract

import "github.com/eventline/eventline/data/events"

// Readings of investor commentary (news50, modern47): the columns of investing sites, which
// name events in the words of a portfolio's owner, not of a company's news.
//
//   - A payout raised "for 30 years", "for 63 straight years", in the perfect, is a record, no
//     raise of the day; so is "a long record of raising its dividend". The raise told with an
//     ordinal ("for the 23rd consecutive year") is the day's.
//   - Earnings in a multiple ("trades at about 25 times expected earnings") value the stock and
//     forecast nothing of the company's.
//   - "Dividend stocks", "dividend investors", "a dividend portfolio" name a kind of holding.
//   - Taking profits is selling a holding that rose, no company's profit.
//   - The columnist or the reader buying ("I wouldn't buy it", "Should you buy the stock?")
//     buys shares in the market, no company.
//   - A fall measured from a year's peak ("down more than 80% from their 2021 peak") is the
//     stock's course since then, no move of the day.
//   - A move after a modal of possibility ("shares could easily fall by half", "the stock
//     might double") is a guess at a price, no move.

// news50Misread says whether trigger t of s is one of the readings above.
func news50Misread(s *sentence, t trigger) bool {
	w := s.words
	switch t.typ {
	case events.Dividend:
		return dividendRecord(w, t) || holdingKind(w, t)
	case events.Guidance, events.Earnings:
		return valuationMultiple(w, t) || t.typ == events.Earnings && profitsTaken(w, t)
	case events.Acquisition:
		return investorBuys(w, t)
	case events.PriceMove:
		return guessedMove(w, t) || fromYearsPeak(w, t)
	}
	return false
}

// dividendRecord reads a perfect ("has raised its dividend") with a span of cardinal years
// after it in the clause, or a record, history or streak of raising before it.
func dividendRecord(w []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if raiseRecordNouns[w[k]] && k+1 < len(w) && w[k+1] == "of" {
			return true
		}
	}
	perfect := false
	for k := t.from; k >= 0 && k >= t.from-3; k-- {
		if w[k] == "has" || w[k] == "have" || w[k] == "had" {
			perfect = true
			break
		}
	}
	if !perfect {
		return false
	}
	for k := t.to; k < len(w) && k < t.to+6; k++ {
		if (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) || w[k] == "," {
			return false
		}
		if w[k] != "for" {
			continue
		}
		g := k + 1
		for g < len(w) && spanHedges[w[g]] {
			g++
		}
		if g >= len(w) || !isNumber(w[g]) && !cardinalWords[w[g]] {
			return false
		}
		g++
		if g < len(w) && (w[g] == "straight" || w[g] == "consecutive") {
			g++
		}
		return g < len(w) && w[g] == "years"
	}
	return false
}

// raiseRecordNouns name a run of raises.
var raiseRecordNouns = wordSet(`record history streak track`)

// spanHedges come between "for" and a count of years.
var spanHedges = wordSet(`more than nearly almost over about some`)

// cardinalWords are the counts of years written out.
var cardinalWords = wordSet(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty decades`)

// holdingKind says whether a one-word dividend trigger names a kind of holding or holder
// ("dividend stocks", "dividend investors").
func holdingKind(w []string, t trigger) bool {
	return t.to == t.from+1 && t.to < len(w) && holdingNouns[w[t.to]]
}

// holdingNouns follow "dividend" in the name of a kind of holding or holder.
var holdingNouns = wordSet(`stock stocks fund funds etf etfs investor investors investing portfolio portfolios aristocrat aristocrats king kings payer payers`)

// valuationMultiple says whether "times", after a number, stands within six words before t
// ("40 times next year's expected earnings": the possessive is three tokens).
func valuationMultiple(w []string, t trigger) bool {
	for k := t.from - 1; k > 0 && k >= t.from-6; k-- {
		if (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) || w[k] == "," {
			return false
		}
		if w[k] == "times" && (isNumber(w[k-1]) || cardinalWords[w[k-1]]) {
			return true
		}
	}
	return false
}

// profitsTaken says whether a one-word trigger "profits" or "profit" follows a verb of taking.
func profitsTaken(w []string, t trigger) bool {
	if t.from == 0 || w[t.from] != "profits" && w[t.from] != "profit" {
		return false
	}
	v := w[t.from-1]
	if v == "in" && t.from >= 2 {
		v = w[t.from-2] // "lock in profits"
	}
	return profitTakeVerbs[v]
}

// profitTakeVerbs take or lock in a holding's gain.
var profitTakeVerbs = wordSet(`take takes took taking taken book books booked booking lock locks locked locking`)

// investorBuys says whether the verb "buy" has "I" or "you" as its subject, over modals,
// negation and adverbs ("I still wouldn't buy", "Should you buy", "you could buy").
func investorBuys(w []string, t trigger) bool {
	if w[t.from] != "buy" && w[t.from] != "buying" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch {
		case w[k] == "i" || w[k] == "you":
			return true
		case !investorAuxiliaries[w[k]]:
			return false
		}
	}
	return false
}

// investorAuxiliaries come between "I" or "you" and the verb of buying.
var investorAuxiliaries = wordSet(`would wouldn could couldn should shouldn might may will won can do don did didn still also just n't not never ' t d ll rather be to want`)

// guessedMove says whether a modal of possibility stands in the move's words or right before
// them ("Shares could easily fall by half", "the stock might double").
func guessedMove(w []string, t trigger) bool {
	for k := max(t.from-2, 0); k < t.to && k < len(w); k++ {
		if guessModalShapes.mayHold(w[k]) && guessModals[w[k]] {
			return true
		}
	}
	return false
}

// guessModals tell a possibility.
var guessModals = wordSet(`could might may would`)

// fromYearsPeak reads, after the move in its clause, "from", a determiner, a year and a word of
// a peak or a high: "from their 2021 peak", "from its 2019 highs".
func fromYearsPeak(w []string, t trigger) bool {
	for k := t.to; k+3 < len(w) && k < t.to+8; k++ {
		if w[k] == "," || isClauseBreak(w[k]) {
			return false
		}
		if w[k] != "from" {
			continue
		}
		j := k + 1
		if peakDeterminers[w[j]] {
			j++
		}
		return j+1 < len(w) && yearNumber(w[j]) && (peakWords[w[j+1]] || w[j+1] == "high")
	}
	return false
}

// peakDeterminers come before a peak's year.
var peakDeterminers = wordSet(`its their the a`)

// yearNumber says whether w is a year of the past century or this one.
func yearNumber(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[:2] == "19" || w[:2] == "20")
}
