package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// News told against the Street, in a stock's records and through the shares of a new company
// (issue 11, news14: modern13's misses).
//
// Results measured against analysts ("revenue climbed 19% to $1.27 billion, ahead of the $1.21
// billion analysts had pencilled in") are results: the analysts' figure is the yardstick, not a
// forecast, so it does not make the results noun someone's estimate (measuredExpectation). A
// headline's "tops Street view" is "beats estimates" in other words (the lexicon's beatMiss), and
// "now looks for revenue of" and "sees softer second half" are a company's outlook.
//
// A stock's fall or rise told as a record or a share of its value (priceRecords): "had its worst
// day since 2020", "its steepest one-day drop in four years", "sheds a fifth of its value",
// "wiped $40 billion off its market value", "closing down 21%".
//
// Orders cancelled, pulled or scrapped are a lost sale, no contract won (cancelledOrders). The
// shares of a spun-off business that begin trading "on its own" are the spin-off's, no listing of
// a new issuer (spunOffTrading).

// measuredExpectation says whether every expectation word in [from, to) is the yardstick a
// result is measured against: after "ahead of", "above", "below", "short of", "shy of", "than",
// "beating", "topping" or "missing" within five words before it ("ahead of the $1.21 billion
// analysts had pencilled in", "above the 94 cents Wall Street expected"). Such a clause tells a
// result; an expectation of its own ("analysts expect revenue of") does not.
func measuredExpectation(words []string, from, to int) bool {
	found := false
	for k := from; k < to; k++ {
		if !expectations[words[k]] {
			continue
		}
		if !measuredAt(words, from, k) {
			return false
		}
		found = true
	}
	return found
}

// measuredAt says whether a yardstick word stands within five words before word k, from from on.
func measuredAt(words []string, from, k int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		switch words[j] {
		case "above", "below", "than", "beating", "topping", "missing", "exceeding", "past":
			return true
		case "of":
			if j > from && (words[j-1] == "ahead" || words[j-1] == "short" || words[j-1] == "shy") {
				return true
			}
		case ",", "and", "but", "while":
			return false
		}
	}
	return false
}

// streetResults are a headline's results told against the Street's figure: "tops Street view",
// "misses consensus", "beats profit views".
var streetResults = beatMiss("view", "views", "consensus")

// ownOutlook is a company's outlook told as what it looks for or sees ahead: "now looks for
// revenue of $5.0 billion", "sees softer second half", "sees weaker fourth quarter". "Looks for"
// needs "now" (analysts look for results too), and "now" opens guidance only with a result in
// reach (aboutResults); "sees" needs a half or a quarter after its adjectives.
var ownOutlook = append([]string{"now looks for", "now look for", "now looking for"},
	verb("sees ... half", "sees ... quarter")...)

// recordUnits are what such a record is counted in: a day's trading, or a day's move.
var recordUnits = wordSet(`day session week one-day single-day daily`)

// valueLosses tell a share of a stock's value gone or gained: "sheds a fifth of its value",
// "wiped $40 billion off its market value", "added $90 billion to its market value".
var valueLosses = wordSet(`shed sheds shedding lost lose loses losing wiped wipe wipes wiping erased erase
	erases erasing added adds adding gained gains gaining`)

// closeWays tell a stock's close with its move: "closing down 21%", "ended 4% higher".
var closeWays = wordSet(`down up lower higher`)

// marketMeasures name a market's measures beside the indexes namesIndex knows, whose records and
// closes are no company's move.
var marketMeasures = wordSet(`composite average averages dow stoxx ftse nikkei dax futures yields yield
	treasuries`)

// priceRecords reads a stock's move told as a record day, a share of its value, or its close
// with a change: the triggers of a price move that no "shares rose" phrase holds. A record needs
// an owner ("its", "the stock's") and a span it is measured over ("since 2020", "in four years",
// "ever"); a close needs a percentage. None counts in a sentence about indexes.
func priceRecords(words []string, out []trigger) []trigger {
	first := len(out)
	for i, w := range words {
		// One switch on the word, compiled to a few comparisons, keeps the common word cheap:
		// the rules below run only at their head words.
		switch w {
		case "worst", "best", "biggest", "steepest", "sharpest", "largest":
			if i == 0 || !owned(words, i) || !tradingTold(words) {
				continue
			}
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if !recordUnits[words[k]] {
					continue
				}
				for j := k + 1; j < len(words) && j <= k+6; j++ {
					if v := words[j]; v == "since" || v == "ever" || v == "record" || v == "in" && j+1 < len(words) && (isNumber(words[j+1]) || numberWords[words[j+1]] || words[j+1] == "a" || words[j+1] == "more" || words[j+1] == "decades") {
						out = append(out, trigger{typ: events.PriceMove, from: i, to: j + 1, verbal: true})
						break
					}
				}
				break
			}
		case "value":
			if i < 2 || words[i-1] != "its" && words[i-1] != "their" && words[i-1] != "market" {
				continue
			}
			for k := i - 2; k >= 0 && k >= i-8; k-- {
				if valueLosses[words[k]] {
					out = append(out, trigger{typ: events.PriceMove, from: k, to: i + 1, verbal: true})
					break
				}
				if words[k] == "," || words[k] == ";" {
					break
				}
			}
		case "closed", "closing", "closes", "ended", "ending", "finished", "finishing":
			if i+2 >= len(words) {
				continue
			}
			n := i + 1
			if closeWays[words[n]] {
				n++
			}
			if n < len(words) && isNumber(words[n]) && n+1 < len(words) && percentWord(words[n+1]) &&
				(n > i+1 || n+2 < len(words) && closeWays[words[n+2]]) {
				out = append(out, trigger{typ: events.PriceMove, from: i, to: n + 2, verbal: true})
			}
		}
	}
	if len(out) > first && (namesIndex(words) || anyWithin(words, 0, len(words), marketMeasures)) {
		out = out[:first]
	}
	return out
}

// owned says whether the record word at i has an owner before it: "its", "their", "the stock's".
func owned(words []string, i int) bool {
	p := words[i-1]
	return possessives[p] || p == "'s" || p == "s" && i > 1 && (words[i-2] == "'" || words[i-2] == "’")
}

// cancelledOrders says whether a contract trigger is an order taken back: "had cancelled orders
// for radio chips", "pulled its orders", "scrapped an order for 40 jets". The customer's
// decision is a lost sale, which news tells as the supplier's bad news, not a contract.
func cancelledOrders(words []string, t trigger) bool {
	if w := words[t.from]; w != "orders" && w != "order" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "cancelled", "canceled", "cancels", "cancel", "cancelling", "canceling", "pulled", "pulls", "pull",
			"scrapped", "scraps", "scrap", "withdrew", "withdrawn", "axed", "cut", "cuts", "slashed", "deferred", "halted":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// spunOffTrading says whether an IPO trigger tells the shares of a business spun off from its
// parent: "began trading on its own", "started trading as a separate company", or trading in a
// sentence that tells the spin-off or the parent's holders handed the new shares ("after the
// conglomerate handed its shareholders one share of the new company for every four"). The
// business is listed by the spin-off, which modern's rules count as the parent's deal.
func spunOffTrading(words []string, t trigger) bool {
	if w := words[t.from]; w != "began" && w != "begin" && w != "begins" && w != "started" && w != "starts" && w != "start" {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+9; k++ {
		if words[k] == "," || words[k] == ";" || words[k] == "after" {
			break
		}
		if words[k] == "own" || words[k] == "separate" || words[k] == "standalone" || words[k] == "stand-alone" || words[k] == "independent" {
			return true
		}
	}
	for _, w := range words {
		if strings.HasPrefix(w, "spin") || w == "spun" || w == "separation" || w == "demerger" {
			return true
		}
	}
	return false
}

// debtClauseBefore says whether a debt noun stands before the "for" or "from" at k with a clause
// of its taking between: "loans it took on for its 2023 purchase of", "the debt the company
// incurred for", "borrowings it raised from". The clause names who took the debt and how, no
// deal of its own.
func debtClauseBefore(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := words[j]
		if debtNouns[w] {
			return j < k-1
		}
		if !debtTaking[w] {
			return false
		}
	}
	return false
}

// debtTaking are the words of a clause that tells debt taken: its taker and its verb.
var debtTaking = wordSet(`it they we the company group that which had has have took taken take takes
	taking on out raised incurred used assumed borrowed drew`)

// tradingCues tell that a sentence is about trading in a stock: a record day of anything else
// ("its app had its best day since launch") is no move.
var tradingCues = wordSet(`stock shares share market trading traded session closing closed close % percent
	value`)

// tradingTold says whether a sentence tells trading (see tradingCues).
func tradingTold(words []string) bool { return anyWithin(words, 0, len(words), tradingCues) }
