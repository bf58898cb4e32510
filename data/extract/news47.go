package extract

import (
	"strings"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/events"
)

// News of the crisis and recovery years (2008-2015) names companies before the directory's
// history begins, and in the wire's full legal forms ("Pfizer Inc", "Kraft Foods Inc"). Before its
// history the directory is a guess that a one-word name does not carry (names changed hands too
// often), but a one-word listing written with a legal form is the company's full name, which the
// news then shortens ("Pfizer Inc agreed ... Pfizer shares fell"). The other way round, a short
// form the directory cut from a longer name ("Kraft Foods" of Kraft Foods Group) names another
// company when the text gives it a legal form of its own: "Kraft Foods Inc" in 2009 is the
// company that became Mondelez, not the grocery business spun off from it in 2012.
//
// The readings below came from the same batch (modern44) and hold for news of any year: a
// market's "prices" that move are no pricing of debt, a rival outbid is no party to the bid, and
// the company a hired person comes from is no party to the hiring.

// suffixedBeforeHistory resolves the one-word name at unit i that Companies.resolve left (a name
// of one word is no guess before the directory's history): written with a legal suffix ("Alcoa
// Inc", "Accenture Plc"), or after the article linked the company so, it is the listing that
// held the name at the history's start.
func (a *ArticleLinks) suffixedBeforeHistory(text string, toks []token, us []unit, i int, ids []int32, first string) (*entry, string) {
	suffixed := a.suffix(text, toks, us, i+1) > us[i].end
	var best *entry
	for _, id := range ids {
		e := &a.c.entries[id]
		if e.place || e.words != 1 || e.listing == nil || e.listing.Fund || a.c.outsideBounds(id, a.day) ||
			e.listing.Covers(a.day) != directory.BeforeHistory || e.first != "" && !capitalizedLike(first, e.first) {
			continue
		}
		if !suffixed && !a.hasEvidence(e.Company) {
			continue
		}
		if best == nil || betterListing(e, best) {
			best = e
		}
	}
	if best == nil {
		return nil, ""
	}
	return best, SourceBeforeHistory
}

// otherLegalName says whether entry e, matched before the directory's history by the n units at
// i, is the head of a longer listing name ("Kraft Foods" of Kraft Foods Group) that the text ends
// with a legal suffix of its own: "Kraft Foods Inc" names another company.
func (a *ArticleLinks) otherLegalName(text string, toks []token, us []unit, i, n int, e *entry, src string) bool {
	if src != SourceBeforeHistory || e.listing == nil || a.suffix(text, toks, us, i+n) == us[i+n-1].end {
		return false
	}
	head := text[us[i].start:us[i+n-1].end]
	name := e.listing.Name
	return len(name) > len(head) && name[len(head)] == ' ' && strings.EqualFold(name[:len(head)], head)
}

// moveVerbs, right after "price" or "prices", make it the noun whose level moved: "as metal prices
// slid on fears about Europe's debt crisis", "oil prices have fallen". Pricing paper has an amount
// or the paper after the verb ("prices $500 million of notes"), never a verb of a move.
var moveVerbs = wordSet(`slid slide slides sliding fell fall falls falling fallen rose rise rises rising risen
	dropped drop drops dropping jumped jump jumps jumping climbed climb climbs climbing slumped slump
	slumps plunged plunge plunges plunging tumbled tumble tumbles tumbling soared soar soars surged surge
	surges sank sink sinks declined decline declines declining weakened eased softened recovered rebounded
	collapsed spiked`)

// pricesMoved says whether the offering trigger t opens on "price" or "prices" the subject of a
// verb of a move, with at most an auxiliary between ("prices have fallen"): a market's level, no
// pricing of debt.
func pricesMoved(w []string, t trigger) bool {
	if t.typ != events.Offering || w[t.from] != "price" && w[t.from] != "prices" {
		return false
	}
	k := t.from + 1
	if k < len(w) && (w[k] == "have" || w[k] == "has" || w[k] == "had" || w[k] == "were" || w[k] == "continued" || w[k] == "also") {
		k++
	}
	return k < len(w) && moveVerbs[w[k]]
}

// outbidVerbs set a bid against a rival bidder named right after them: "outbidding Dell".
var outbidVerbs = wordSet(`outbid outbids outbidding outbidded`)

// rivalBidderAt says whether word k, in the participants of an acquisition, opens the rival
// bidder: an outbid verb, or after a comma one of rivalDealVerbs with the rival right after it
// ("raises bid for 3PAR, topping Dell again", "trumping Sanofi"). A comment on the bid is no
// party to it; a company it names is the one bid against.
func rivalBidderAt(words []string, k int) bool {
	return (outbidVerbShapes.mayHold(words[k]) && outbidVerbs[words[k]]) || k > 0 && words[k-1] == "," && (rivalDealVerbShapes.mayHold(words[k]) && rivalDealVerbs[words[k]])
}

// hireVerbs put a person in a post; the company that opens their object is where the person
// comes from: "Yahoo names Google's Marissa Mayer chief executive", "Starbucks taps Chipotle
// executive Brian Niccol".
var hireVerbs = wordSet(`name names named naming hire hires hired hiring tap taps tapped tapping appoint
	appoints appointed appointing pick picks picked picking poach poaches poached poaching lure lures
	lured luring recruit recruits recruited recruiting`)

// careerNouns, between a company and a person's name, make the company the person's employer:
// "Google executive Marissa Mayer", "Goldman veteran Gary Cohn".
var careerNouns = wordSet(`executive executives veteran veterans alumnus alum insider banker`)

// employerHired says whether the company at words [k, end), right after a verb of hiring, is the
// employer of the person hired: its possessive or a career noun, then a name of two capitalized
// words ("names Google's Marissa Mayer"). The person moves; the company they leave takes no part in
// the hiring ("names Google's Android team chief" keeps its reading).
func (s *sentence) employerHired(k, end int) bool {
	if k == 0 || !(hireVerbShapes.mayHold(s.words[k-1]) && hireVerbs[s.words[k-1]]) || end >= len(s.words) {
		return false
	}
	j := end
	switch {
	case possessiveAt(s.words, end):
		j++
		if j < len(s.words) && s.words[j] == "s" {
			j++
		}
	case careerNouns[s.words[end]]:
		j++
	default:
		return false
	}
	return j+1 < len(s.words) && startsUpper(s.toks[j].text) && startsUpper(s.toks[j+1].text) &&
		isWord(s.toks[j].text) && isWord(s.toks[j+1].text)
}
