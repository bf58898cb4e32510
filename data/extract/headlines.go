package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Headlines that tell two events in a row, the second's subject left out and a comma or a
// semicolon between: "Acme beats estimates, raises dividend", "Acme posts record profit; names
// new CEO", "Acme to cut 500 jobs, close two plants". Body copy joins such clauses with "and",
// which coordinated reads; a headline drops the "and". A comma alone is no clause break (a
// company's apposition, "a 200 mln Swiss franc, 12-year bond"), so the trigger after it must open
// with a verb in the headline's own forms: a present-tense verb ("raises", "names"), "to" and
// a verb ("to close"), or be a stock's move with its own subject ("shares jump").

// headlineClauses splits coordinated's groups of a title where a trigger follows a comma and
// opens with a headline verb, and its type is new to the group. Only titles are read so: a body
// sentence's comma more often opens an apposition or a list.
func headlineClauses(words []string, groups [][]trigger) [][]trigger {
	var out [][]trigger
	for _, g := range groups {
		start := 0
		for k := 1; k < len(g); k++ {
			// The triggers that start where g[k] does ("forecasts" as a forecast and as
			// guidance) open the clause with it: the clause before ends at the first of them.
			at := k
			for at > start && g[at-1].from == g[k].from {
				at--
			}
			if at > start && (headlineVerbAfterComma(words, g[start:at], g[k]) || payoutListed(words, g[start:at], g[k]) || periodBetween(words, g[at-1].to, g[k].from)) && !sameTypeIn(g[start:at], g[k]) { // news104.go
				out = append(out, g[start:at])
				start = at
			}
		}
		out = append(out, g[start:])
	}
	return out
}

// headlineVerbAfterComma says whether trigger t, which follows the triggers before, is a verb
// phrase whose verb comes right after a comma after one of them: ", raises dividend", ", to
// close plants".
func headlineVerbAfterComma(words []string, before []trigger, t trigger) bool {
	if t.typ == events.Executive && officerAfterComma(words, before, t) {
		return true
	}
	if (!t.verbal || t.from > 1 && headlineNounVerbs[words[t.from-1]]) && t.from > 0 {
		// A verb's word used as the noun after a headline verb, ", SETS REPURCHASE", is
		// read as the noun is.
		return nounAfterCommaVerb(words, before, t) // ", adds $2B to buyback" (feeds.go)
	}
	if t.from < 1 {
		return false
	}
	k := t.from - 1
	switch w := words[t.from]; {
	case words[k] == "to" && k > 0:
		k--
	case w == "shares" || w == "stock":
		// A move with its own subject: "Acme sells unit, shares jump".
	case !strings.HasSuffix(w, "s") && !planBefore(words, before):
		// A verb's base form goes on a headline's plan told with "to": "Intel to cut 15,000
		// jobs, suspend dividend", "TO BUY BACK SHARES, SELL NOTES".
		return false
	}
	if words[k] != "," {
		return false
	}
	// The comma follows a phrase of the first clause: the verb right after it has no subject of
	// its own ("Acme sells unit, rival buys it" has one, and no verb right after the comma).
	for _, u := range before {
		if u.to <= k {
			return true
		}
	}
	return false
}

// sameTypeIn says whether a trigger of t's type, weak or strong, stands in g.
func sameTypeIn(g []trigger, t trigger) bool {
	for _, u := range g {
		if u.typ == t.typ {
			return true
		}
	}
	return false
}

// planBefore says whether one of the triggers before follows "to": a headline's plan ("Ford
// to recall 500,000 trucks", "TO BUY BACK SHARES"), whose next verbs after a comma are base forms
// too.
func planBefore(words []string, before []trigger) bool {
	for _, u := range before {
		if u.from > 0 && words[u.from-1] == "to" {
			return true
		}
	}
	return false
}

// officerSubjects name a company's officers, the subject a headline's second clause may have of
// its own: "FILES CHAPTER 11, CHAIRMAN QUITS", "POSTS LOSS, CHIEF EXECUTIVE RESIGNS".
var officerSubjects = wordSet(`chairman president chief executive ceo cfo coo vice officer financial operating`)

// officerAfterComma says whether management-change trigger t opens, after a comma that follows
// a phrase of the clause before, a clause whose subject is the company's officer: "CUTS
// DIVIDEND, CHAIRMAN TO RETIRE". Such a clause tells news of its own, as a stock's move with its
// own subject does ("sells unit, shares jump").
func officerAfterComma(words []string, before []trigger, t trigger) bool {
	k := t.from
	for k > 0 && (officerSubjects[words[k-1]] || words[k-1] == "to" && k > 1 && officerSubjects[words[k-2]]) {
		k--
	}
	if k == t.from && !officerSubjects[words[k]] {
		// The officer named after the title: "CEO McCarthy to step down", "Chairman Jane Roe
		// resigns". One or two words of the name between the title and the verb.
		j := t.from
		if j > 0 && words[j-1] == "to" {
			j--
		}
		for n := 1; n <= 2 && j-n-1 >= 1; n++ {
			if officerSubjects[words[j-n-1]] && words[j-n] != "," && words[j-n-1] != "," {
				k = j - n - 1
				for k > 0 && officerSubjects[words[k-1]] {
					k--
				}
				break
			}
		}
	}
	if k == t.from && !officerSubjects[words[k]] || k < 1 || words[k-1] != "," {
		return false
	}
	for _, u := range before {
		if u.to <= k-1 {
			return true
		}
	}
	return false
}

// payoutListed says whether trigger t is the next item of a list of capital returns after one
// verb, set off by a comma: "Alphabet announces first-ever dividend, $70 billion buyback",
// "raises dividend, stock split". Each is news of its own, as if joined by "and".
func payoutListed(words []string, before []trigger, t trigger) bool {
	if !capitalReturn(t.typ) || t.from == 0 {
		return false
	}
	prev := before[len(before)-1]
	if !capitalReturn(prev.typ) || prev.to >= t.from {
		return false
	}
	comma := false
	for k := prev.to; k < t.from; k++ {
		switch w := words[k]; {
		case w == ",":
			comma = true
		case comma && (isNumber(w) || strings.HasPrefix(w, "$") || payoutFigureWords[w]):
		default:
			return false // a word that is no part of the next item's figure: an apposition, a clause
		}
	}
	return comma
}

// capitalReturn says whether a type returns capital to shareholders, as payout headlines list them.
func capitalReturn(typ events.Type) bool {
	return typ == events.Dividend || typ == events.Buyback || typ == events.Split
}

// payoutFigureWords may stand before a listed payout's noun: "$70 billion", "a new", "record", "stock".
var payoutFigureWords = wordSet(`billion million bln mln b m bn a new record stock share special`)
