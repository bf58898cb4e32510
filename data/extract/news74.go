package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire27 (1985-1989 wire copy about oil, chemicals, metals,
// paper and utilities) was written: the "dividend" of rights a takeover defence hands out, a
// partnership that is an issuer whose units are sold rather than an alliance, and an employer's
// offer of pay to its workers.

// news74Misread says whether trigger t of sentence s is one of this file's misreads: a dividend
// of share purchase rights (rightsDividend), a partnership that names an issuer
// (issuerPartnership) or an offer of pay (payOffer).
func news74Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Dividend:
		return rightsDividend(s.words, t)
	case events.Partnership:
		return issuerPartnership(s.words, t)
	case events.Acquisition:
		return payOffer(s.words, t)
	}
	return false
}

// payoutNouns are the words a declared payout is told by.
var payoutNouns = wordSet(`dividend distribution`)

// rightWords are what a rights plan distributes.
var rightWords = wordSet(`right rights`)

// rightKinds may stand between a count and "right": "one preferred share purchase right".
var rightKinds = wordSet(`one a each preferred common stock share purchase junior participating
	cumulative series new`)

// defenceWords tell that rights are a takeover defence.
var defenceWords = wordSet(`plan takeover takeovers pill defense defence tender unsolicited hostile raider raiders`)

// rightsDividend says whether the dividend trigger t pays out rights that defend against a
// takeover, not money: a rights plan is declared "as a dividend" to holders ("adopted a rights
// plan and declared a dividend of one right for each common share", "a dividend distribution
// of one junior preferred purchase right per share, under a plan to deter hostile bids"). The
// payout noun, in the trigger or at most three words after it, is followed by "of" and then
// only a count and the rights' kind before "right" or "rights", and the sentence names the
// defence. A figure, a currency word or any other word ends the reading, so "declared a
// dividend of 25 cts a share and adopted a rights plan" and "a dividend of one share for each
// ten held" stay dividends; a bare distribution of rights with no defence told in its sentence
// stays a payout, as Reuters' earn topic files such items.
func rightsDividend(w []string, t trigger) bool {
	if !slices.ContainsFunc(w, func(x string) bool { return defenceWords[x] }) {
		return false
	}
	for i := t.from; i < len(w) && i < t.to+3; i++ {
		if !payoutNouns[w[i]] {
			continue
		}
		k := i + 1
		if k < len(w) && w[k] == "distribution" {
			k++
		}
		if k >= len(w) || w[k] != "of" {
			return false
		}
		for k++; k < len(w) && k <= i+8; k++ {
			switch {
			case rightWords[w[k]]:
				return true
			case !rightKinds[w[k]]:
				return false
			}
		}
		return false
	}
	return false
}

// issuerNouns follow a partnership that is an issuer: its securities and their sale.
var issuerNouns = wordSet(`units unit offering interests unitholders`)

// issuerPartnership says whether the partnership trigger t names a partnership that is itself
// an issuer, as the master limited partnerships of oil and pipeline companies were: "SETS
// PIPELINE PARTNERSHIP OFFERING", "sold partnership units to the public", "formed a master
// limited partnership to hold its royalties". The trigger's word is followed at once by a
// securities noun, or preceded by "master" or "master limited". A partnership with another
// company ("formed a pipeline partnership with Beta", "a limited partnership with Beta") keeps
// its reading: "with" within four words after the trigger ends the rule.
func issuerPartnership(w []string, t trigger) bool {
	if t.to-t.from != 1 || (w[t.from] != "partnership" && w[t.from] != "partnerships") {
		return false
	}
	for k := t.to; k < len(w) && k < t.to+4; k++ {
		if w[k] == "with" {
			return false
		}
	}
	if t.to < len(w) && issuerNouns[w[t.to]] {
		return true
	}
	k := t.from - 1
	if k >= 0 && w[k] == "limited" {
		k--
	}
	return k >= 0 && w[k] == "master"
}

// offerNouns are the nouns of a proposal that may be a bid.
var offerNouns = wordSet(`offer offers proposal proposals`)

// payNouns are what an employer offers its workers.
var payNouns = wordSet(`wage wages pay raise raises bonus bonuses pension pensions benefits salary
	salaries cost-of-living`)

// payOffer says whether the acquisition trigger t is an employer's offer of pay in a labour
// dispute: "rejected the company's offer of a 2.5 pct wage increase", "turned down an offer of
// a three pct raise in each year". The offer noun, in the trigger or at most two words after it,
// is followed by "of" and a pay noun within eight words, before any comma or clause break. A
// price for shares ("rejected the offer of 42 dlrs a share"), an offer "to" do something and the
// union's "contract offer" (read elsewhere) are not this rule's.
func payOffer(w []string, t trigger) bool {
	for i := t.from; i < len(w) && i < t.to+2; i++ {
		if !offerNouns[w[i]] {
			continue
		}
		if i+1 >= len(w) || w[i+1] != "of" {
			return false
		}
		for k := i + 2; k < len(w) && k <= i+9; k++ {
			switch {
			case payNouns[w[k]] || hourlyRate(w, k): // news76.go
				return true
			case w[k] == "," || w[k] == ";" || isClauseBreak(w[k]):
				return false
			}
		}
		return false
	}
	return false
}
