package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// resultsInPeriod reads a results noun at word i, the period its figure covers after "in",
// "for" or "during", and a verb of change: "sales in the fourth quarter fell 3%", "revenue for
// the three months that ended in June rose", "net sales during the fiscal year grew". A
// period named before the noun ("fourth-quarter sales fell") is the lexicon's phrase; named
// after it, the change verb stood too far from the noun for that phrase. Only a period of a
// company's accounts counts: a month's sales, or sales in a region, a store or a week, are the
// retail and industry figures that are no results (see salesPlaces and monthNames).
func resultsInPeriod(words []string, i int) (trigger, bool) {
	if !slices.Contains(resultsNouns, words[i]) || i+2 >= len(words) {
		return trigger{}, false
	}
	switch words[i+1] {
	case "in", "for", "during":
	default:
		return trigger{}, false
	}
	period := false
	for g := i + 2; g < len(words) && g <= i+12; g++ {
		w := words[g]
		switch {
		case slices.Contains(resultsChanges, w):
			if !period {
				return trigger{}, false
			}
			return trigger{typ: events.Earnings, from: i, to: g + 1, gap: true, tail: g, verbal: true}, true
		case accountsPeriods[w] || strings.HasSuffix(w, "-quarter") || strings.HasSuffix(w, "-half") || yearNumber(w):
			period = true
		case (w == "months" || w == "weeks") && accountsSpans[words[g-1]]:
			period = true
		case w == "." && g > i+2 && monthWords[words[g-1]]:
			// the period of "Nov." (a month keeps "May" in a sentence's words: monthWords)
		case periodPhraseWords[w] || accountsSpans[w] || monthWords[w] || isNumber(w):
		default:
			return trigger{}, false
		}
	}
	return trigger{}, false
}

// accountsPeriods name a span of a company's accounts by itself.
var accountsPeriods = wordSet(`quarter half year period half-year quarters`)

// accountsSpans count the months or weeks of a reporting period: "the three months", "the 13
// weeks", "the 52 weeks"; two months or five weeks are a retailer's count, no period.
var accountsSpans = wordSet(`three six nine twelve 3 6 9 12 13 26 39 52 53`)

// periodPhraseWords may stand in a period's phrase between "in" and the verb of change: "the
// first quarter", "its latest fiscal year", "the quarter that ended in February", "the period
// ended March 31".
var periodPhraseWords = wordSet(`the its their this that which latest most recent recently just
	completed ended ending first second third fourth same fiscal full-year annual , in on through to`)

// periodEnded says whether word k ("in") follows the verb that ends a period: "the period that
// ended in June", "the months ending in March".
func periodEnded(words []string, k int) bool {
	return k > 0 && (words[k-1] == "ended" || words[k-1] == "ending" || words[k-1] == "ends")
}

// ownSharesSold says whether the acquisition trigger t sells the company's own stock, an
// offering: the stock is new ("agreed to sell 5 million new shares", "sells new shares to
// investors"), or it goes to investors no one names ("sold 3 million shares to institutional
// investors", "to a group of investors"). Shares sold to a named buyer ("sold shares to
// Berkshire") change the company's owners and stay a deal, as do a holder's shares ("sold its
// shares to investors": "its" makes them a holding).
func ownSharesSold(words []string, t trigger) bool {
	span := words[t.from:t.to]
	if slices.Contains(span, "its") || slices.Contains(span, "their") {
		return false
	}
	last := words[t.to-1]
	switch {
	case sellForms[last]:
		// "agreed to sell": the verb's object follows it
		for k := t.to; k < len(words) && k <= t.to+6; k++ {
			switch w := words[k]; {
			case w == "shares" || w == "stock":
				return k > t.to && words[k-1] == "new" || k > t.to+1 && words[k-1] == "common" && words[k-2] == "new"
			case !objectCountWords[w] && !isNumber(w):
				return false
			}
		}
	case last == "to" && t.to >= 2 && (words[t.to-2] == "shares" || words[t.to-2] == "stock"):
		return slices.Contains(span, "new") || unnamedInvestorsAt(words, t.to)
	}
	return false
}

// objectCountWords may stand in a count of shares before the noun: "5 million new common shares".
var objectCountWords = wordSet(`$ , . million mln billion about some up to new common ordinary additional`)

// unnamedInvestorsAt says whether the buyers named from word k are investors no one names:
// "investors", "institutional investors", "a group of investors", "the public".
func unnamedInvestorsAt(words []string, k int) bool {
	for j := k; j < len(words) && j <= k+5; j++ {
		switch w := words[j]; {
		case w == "investors" || w == "institutions" || w == "public":
			return true
		case !investorWords[w]:
			return false
		}
	}
	return false
}

// investorWords may stand before "investors" in a sale's buyers: "a group of institutional
// investors", "several private investors".
var investorWords = wordSet(`a the group of institutional private certain several some two three four five
	accredited qualified unnamed outside new existing strategic`)

// lead13Misread drops the triggers of lead13's rules that tell no event of their type.
func lead13Misread(s *sentence, t trigger) bool {
	return t.typ == events.Executive && firmRoleLeft(s.words, t)
}

// firmRoleLeft says whether the executive trigger t leaves, or is removed from, a post a firm
// holds for the company rather than an officer: "Ernst & Young resigned as the server maker's
// auditor", "dismissed KPMG as its accountants", "quit as lead underwriter". An audit firm's
// exit is news of its own, no change in management; "resigned as chief executive" and
// "resigned as general counsel" are.
func firmRoleLeft(w []string, t trigger) bool {
	for k := t.to; k < len(w) && k <= t.to+9; k++ {
		switch {
		case (firmRoleShapes.mayHold(w[k]) && firmRoles[w[k]]):
			return true
		case w[k] == "accounting" && k+1 < len(w) && w[k+1] == "firm":
			return true
		case (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) || w[k] == "," || w[k] == "and":
			return false
		}
	}
	return false
}

// firmRoles are the posts a firm, not a person, holds for a company.
var firmRoles = wordSet(`auditor auditors accountant accountants underwriter underwriters`)
