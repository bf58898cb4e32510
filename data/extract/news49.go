package extract

import (
	"strings"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/events"
)

// Readings of trade-press posts (news49, modern46's misses): a specialist's blog tells the news
// of the day in a wire's words, and around it the writer's own yardsticks, the years behind a
// product, and suppliers trading places, which are no news.

// news49Misread says whether trigger t tells no event of its own (misread's hook): a happening
// named as the term of a comparison, or a company replacing another as a supplier.
func news49Misread(s *sentence, t trigger) bool {
	return s.cues()&cueThan != 0 && comparedOccasion(s.words, t) || t.typ == events.Executive && supplierReplaced(s.words, t) ||
		t.typ == events.Acquisition && watchedDeal(s.words, t)
}

// watchers are the verbs of seeing or letting whose object does what a bare infinitive after it
// tells: "has just watched a rival buy the shop", "saw a competitor snap up".
var watchers = wordSet(`watch watches watched watching saw see sees seen seeing let lets letting`)

// unnamedAgents are the nouns for a company left unnamed as the doer of a deal.
var unnamedAgents = wordSet(`rival rivals competitor competitors peer peers bidder bidders suitor suitors
	buyer buyers company companies firm firms someone somebody`)

// watchedDeal says whether the acquisition trigger t is done by an unnamed company that a verb of
// seeing or letting takes as object: "it has just watched a rival buy the shop", "let a
// competitor snap up its best customer". The sentence's company watches; it takes no part, and
// the doer is no one the article names. "watched Qualcomm buy Arduino" names the buyer and stays.
func watchedDeal(w []string, t trigger) bool {
	k := t.from - 1
	if k < 2 || !unnamedAgents[w[k]] {
		return false
	}
	k--
	if w[k] == "a" || w[k] == "an" || w[k] == "another" || w[k] == "its" || w[k] == "the" {
		k--
	}
	return k >= 0 && watchers[w[k]]
}

// occasionFillers may stand between "than" and a happening it names as a yardstick: the
// subject and verb of the clause and the preposition of the occasion ("than it was at the
// launch", "than before the merger", "than at its debut").
var occasionFillers = wordSet(`it they he she we was were is are had been did at before after during
	the its their his her our`)

// comparedOccasion says whether the nominal trigger t names the occasion a comparison measures
// from, in a clause "than" opens with only occasionFillers between: "the documentation is better
// than it was at the launch", "cheaper than before the merger". The happening is the writer's
// yardstick, told at no day of its own; "more than the deal was worth" stays with its subject's
// reading (news37's comparisonTerm covers results).
func comparedOccasion(w []string, t trigger) bool {
	if !wordWithin(w, t.from-6, t.from, "than", "than") || !nominals[w[t.from]] {
		return false // only "than" answers yes (xspeed15.go)
	}
	prep := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch {
		case w[k] == "than":
			return prep
		case !occasionFillers[w[k]]:
			return false
		}
		prep = prep || w[k] == "at" || w[k] == "before" || w[k] == "after" || w[k] == "during"
	}
	return false
}

// suppliedRoles are the places one company takes from another as what it sells or serves to a
// third: "replaces Nokia as the main radio supplier", "replaced KPMG as its auditor".
var suppliedRoles = wordSet(`supplier suppliers vendor vendors provider providers contractor contractors
	maker makers partner partners auditor auditors lender lenders underwriter carrier carriers
	manufacturer manufacturers distributor distributors source`)

// supplierReplaced says whether the executive trigger t, a verb of replacing, puts one company in
// another's place as a supplier: "under which Ericsson replaces Nokia as the main radio
// supplier". "as" follows the replaced within four words, and a supplier's role ends the phrase
// within four more; "replaces Smith as chief executive" keeps its officer.
func supplierReplaced(w []string, t trigger) bool {
	if !strings.HasPrefix(w[t.from], "replac") {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+4; k++ {
		if (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) || w[k] == "," {
			return false
		}
		if w[k] != "as" {
			continue
		}
		for j := k + 1; j < len(w) && j <= k+5; j++ {
			if suppliedRoles[w[j]] {
				return true
			}
			if gapStops[w[j]] || w[j] == "," {
				return false
			}
		}
		return false
	}
	return false
}

// approvalDateWords may stand between a drug regulator and its verb of approval: "the FDA on
// Thursday approved", "the FDA late Friday cleared", "the FDA this week approved".
var approvalDateWords = wordSet(`on late early last this yesterday today week , monday tuesday wednesday
	thursday friday saturday sunday january february march april june july august september
	october november december`)

// regulatorDated says whether a drug regulator stands before the verb at word i with only a day
// between ("The FDA on Thursday approved Alnylam's Amvuttra", "the Food and Drug
// Administration on March 20 cleared its implant"), as medicineApproved reads a regulator right
// before the verb. A day of the month is a number; "the FDA said on Monday that it approved" has
// a verb between and is read as a report.
func regulatorDated(words []string, i int) bool {
	day := false
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		w := words[j]
		switch {
		case approvalDateWords[w] || w != "" && w[0] >= '0' && w[0] <= '9':
			day = day || w != "on" && w != ","
		case drugRegulatorAt(words, j):
			return day
		default:
			return false
		}
	}
	return false
}

// changeVerbs tell a figure's change, after which "over a year ago" is the comparison's term.
var changeVerbs = wordSet(`rose risen fell fallen increased decreased grew grown climbed declined improved
	jumped gained dropped slipped rebounded recovered doubled tripled`)

// elapsedAgo says whether the relative expression at tokens [from, to), ending in "ago", measures
// the time since a happening the verb before it tells, after "over" or "more than": "Broadcom's
// purchase of VMware, announced over a year ago", "a plant it bought more than a year ago". A
// change's "rose 5% over a year ago" and a figure's "up from a year ago" stay comparisons
// (comparedWith).
func elapsedAgo(words []string, from, to int) bool {
	if to < 1 || to > len(words) || words[to-1] != "ago" || from < 2 {
		return false
	}
	k := from - 1
	switch {
	case words[k] == "over":
	case words[k] == "than" && (words[k-1] == "more" || words[k-1] == "less"):
		k--
	default:
		return false
	}
	if k < 1 {
		return false
	}
	v := words[k-1]
	return !changeVerbs[v] && (strings.HasSuffix(v, "ed") || pastParticiples[v])
}

// vagueUnits are the bare plurals of an undated past: "bought from Fujitsu years ago".
var vagueUnits = wordSet(`years months weeks decades`)

// vagueAgo says whether the "ago" at word i ends an unnumbered span ("years ago", "many years
// ago", "a few months ago"), which dates nothing and recalls the past: a comparison's term
// counts its units ("from two years ago", "a year ago").
func vagueAgo(words []string, i int) bool {
	if i < 1 || !vagueUnits[words[i-1]] {
		return false
	}
	if i < 2 {
		return true
	}
	q := words[i-2]
	return !numberWords[q] && !(q != "" && q[0] >= '0' && q[0] <= '9')
}

// labsForm is the short form news writes for a listing named "... Laboratories": "Silicon
// Labs" for Silicon Laboratories, "Charles River Labs" for Charles River Laboratories. Empty
// for any other name, and for a fund's.
func labsForm(l *directory.Listing, a string) string {
	const full = " Laboratories"
	if l.Fund || !strings.HasSuffix(a, full) || len(a) == len(full) {
		return ""
	}
	return a[:len(a)-len(full)] + " Labs"
}

// sourceFrom says whether the "from" at word i names whom something came from, not a figure's
// term: a capitalized name follows it in a body sentence ("bought the plant from Fujitsu two
// years ago", "hired her from Google a year ago"). "rose from $2 a year earlier", "up from a
// year ago" and "down from March's level" stay comparisons; a title's capitals tell nothing.
func (s *sentence) sourceFrom(i int) bool {
	if s.words[i] != "from" || s.start < 0 || s.caps || i+1 >= len(s.words) {
		return false
	}
	w := s.words[i+1]
	return !monthNames[w] && !weekdays[w] && s.namedWithin(i+1, i+2)
}

// multipliers are the verbs a change is told by as a multiple: "more than doubled".
var multipliers = wordSet(`doubled tripled quadrupled halved double triple quadruple halve doubling tripling
	halving doubles triples halves`)

// amountThan says whether the "than" at word i bounds an amount, not a comparison's term, for
// the day at tokens [from, to): a figure or a multiple follows "than" ("rose more than 5% on
// Tuesday", "more than doubled on their first day of trading on Tuesday") and the day is a
// weekday, "yesterday" or "today", the change's own session. "than a year earlier" and "than
// in 2023" stay comparisons, and so does a longer period ("fell more than 80% last year"), which
// the sentence's other readings decide.
func amountThan(words []string, i, from, to int) bool {
	if words[i] != "than" || i+1 >= len(words) {
		return false
	}
	w := words[i+1]
	if !(w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$') || numberWords[w] && w != "same" || multipliers[w]) {
		return false
	}
	for k := from; k < to && k < len(words); k++ {
		if weekdays[words[k]] || words[k] == "yesterday" || words[k] == "today" {
			return true
		}
	}
	return false
}
