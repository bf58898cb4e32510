package extract

import (
	"strconv"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire31 (bank, brokerage and insurer wire copy of
// 1985-1989) was written.

// preferredSold says whether an acquisition trigger of selling ("sale of", "to sell") sells
// preferred stock sized by its amount: "Plans Sale of $150 Million of Preferred Stock", "to sell
// 75 mln dlrs of cumulative convertible preferred", "the sale of 2 mln shares of adjustable rate
// preferred". Preferred stock is paper a company issues to raise capital, as debentures are; a
// holder's stake sold is told in common shares, so preferred sized by an amount is the seller's
// own issue, an offering, and told as surely as saleOfPaper's debt (the bare "sale of" is a
// weak trigger, which the retyped offering no longer is). The amount must come right after the
// verb or "of": "the sale of its trucking unit for 40 mln dlrs of preferred stock" pays for a
// deal in paper and stays a deal.
func preferredSold(words []string, t trigger) bool {
	k, w := t.to, words[t.to-1]
	if w == "of" && t.to-2 >= t.from && words[t.to-2] == "sale" { // a trigger "sale of"
		w = "sale"
	} else if w == "sale" && k < len(words) && words[k] == "of" {
		k++
	}
	if w != "sale" && w != "sell" && w != "sells" && w != "sold" && w != "selling" {
		return false
	}
	amount := false
	for ; k < len(words) && (isNumber(words[k]) || preferredAmountWords[words[k]]); k++ {
		amount = amount || isNumber(words[k])
	}
	if !amount {
		return false
	}
	// "of", and the preferred's kind: "of adjustable-rate cumulative preferred".
	for end := k + 5; k < len(words) && k < end; k++ {
		switch {
		case words[k] == "preferred":
			return true
		case words[k] != "of" && !preferredKinds[words[k]]:
			return false
		}
	}
	return false
}

// preferredAmountWords may stand in the amount of preferred stock sold: "$150 million",
// "75 mln dlrs", "2 mln shares".
var preferredAmountWords = wordSet(`$ million mln billion dlrs stg shares about some`)

// preferredKinds are the words that tell a preferred issue's kind between the amount and
// "preferred": "of its new cumulative convertible exchangeable preferred".
var preferredKinds = wordSet(`its new cumulative non-cumulative noncumulative convertible exchangeable redeemable
	adjustable-rate adjustable floating-rate fixed-rate auction dutch rate market money perpetual
	participating voting series senior junior class a b c`)

// majorityOfOwnSold says whether trigger t, a company's sale of its own stock, sells a majority
// of it to a buyer: "agreed to sell 55 pct of its common stock to an investor group", "to sell
// 4.5 mln new common shares, about 51 pct of the shares that will be outstanding, to an investor
// group". Such a recapitalization tells two events: the company raises capital by new stock (an
// offering) and the buyer takes control of it (an acquisition), as newswire17 and newswire31
// label it. The stock must be the seller's own ("its", "new"), the share sold a majority told
// in per cent, and the buyer named after "to": "its 55 pct stake in Acme" is a holding sold,
// "sold 2 mln new shares to institutional investors" a placement, "9.9 pct of its stock to
// Acme" a stake.
func majorityOfOwnSold(words []string, t trigger) bool {
	if t.typ != events.Acquisition && t.typ != events.Offering {
		return false
	}
	k := sellWordIn(words, t)
	if k < 0 {
		return false
	}
	own, majority := false, false
	for end := k + 20; k < len(words) && k < end && !endsClause(words[k]); k++ {
		switch w := words[k]; {
		case w == "stake" || w == "interest" || w == "holding" || w == "unit" || w == "subsidiary":
			return false // a holding or a business sold, not new stock
		case (w == "shares" || w == "stock") && k > 0 && (words[k-1] == "new" || words[k-1] == "its" ||
			k > 1 && words[k-1] == "common" && (words[k-2] == "new" || words[k-2] == "its")):
			own = true
		case (w == "pct" || w == "percent" || w == "%") && k > 0 && isNumber(words[k-1]):
			if v, err := strconv.ParseFloat(words[k-1], 64); err == nil && v > 50 && v <= 100 {
				majority = true
			}
		case w == "to" && own && majority:
			return k+1 < len(words) && !isNumber(words[k+1]) // "to an investor group", not "to 51 pct"
		}
	}
	return false
}

// sellWordIn returns the index of the word after t's verb or noun of selling ("sell", "sold",
// "sale of"), which may open the trigger ("sell ... to") or end it ("agreed to sell"); -1 if
// t has none.
func sellWordIn(words []string, t trigger) int {
	for k := t.from; k < t.to; k++ {
		switch {
		case sellForms[words[k]]:
			return k + 1
		case words[k] == "sale" && k+1 < len(words) && words[k+1] == "of":
			return k + 2
		}
	}
	return -1
}

// majoritySaleSides returns both events of a majority of a company's own stock sold
// (majorityOfOwnSold): the offering, in the trigger's place, and the acquisition, read as a
// second event beside it (the sentence keeps one main event of a trigger's span).
func majoritySaleSides(t trigger) (offering, acquisition trigger) {
	t.weak = false
	offering, acquisition = t, t
	offering.typ = events.Offering
	acquisition.typ, acquisition.aside = events.Acquisition, true
	return offering, acquisition
}

// industryResults says whether the results trigger t has an industry for its subject, a plural
// noun of a kind of company with nothing before it but words that widen it to the whole
// industry, at the sentence's start or after a verb of saying: "FHLBB SAYS THRIFTS LOST 3.8
// BILLION DLRS IN FOURTH QUARTER", "U.S. COMMERCIAL BANKS EARNED 4.1 BILLION DLRS". A regulator's
// or an association's figures for an industry are no company's results. A company's own units
// are told with a possessive ("SAYS ITS BANKS LOST", "its two banks lost") and stay results.
func industryResults(words []string, t trigger) bool {
	j := t.from - 1
	if j < 0 || !industryPlurals[words[j]] {
		return false
	}
	for j--; j >= 0 && industryWideners[words[j]]; j-- {
	}
	return j < 0 || sourceSays[words[j]]
}

// industryPlurals name a kind of company in the plural, the subject of an industry's figures.
var industryPlurals = wordSet(`thrifts banks insurers institutions brokerages lenders s&ls utilities airlines
	railroads automakers steelmakers refiners retailers`)

// industryWideners may stand before an industry's plural and keep it the whole industry: "the
// nation's federally insured savings institutions", "U.S. commercial banks".
var industryWideners = wordSet(`the u.s. us american nation's country's industry's federally insured
	commercial savings mutual stock property-casualty life all major big regional money-center`)

// sourceSays tell a source's statement before the figures it gives: "FHLBB SAYS THRIFTS LOST".
var sourceSays = wordSet(`says said say reports reported shows showed show estimates estimated`)

// insolventKinds says whether a bankruptcy trigger's "insolvent" describes a kind of company in
// the plural, a class of failed lenders, not one company's failure: "a program to deal with
// insolvent Texas thrifts", "the 500 or so insolvent thrifts lost 4.4 billion dlrs". The plural
// noun stands within three words after the adjective (a state or a kind between). Said of one
// company ("was declared insolvent", "the insolvent thrift") it stays its insolvency.
func insolventKinds(words []string, t trigger) bool {
	if words[t.from] != "insolvent" || t.to != t.from+1 {
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+2 && !endsClause(words[k]); k++ {
		if industryPlurals[words[k]] || words[k] == "associations" {
			return true
		}
		if words[k] == "," || words[k] == "and" || words[k] == "or" {
			return false
		}
	}
	return false
}
