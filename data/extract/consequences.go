package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Events told through what they do rather than by their names (issue 11 §2, news9): news says a
// company "will shrink its share count" for a buyback, "will part with 4,500 employees" or "end
// operations at three mills" for a restructuring, that a buyer "selected Acme to construct six
// ships" or that Acme "won a 10-year, $1 billion job" for a contract. No list of phrases holds
// these: each is a verb of a kind with its arguments of a kind, so each rule below starts at a
// head word (the verb or the noun, flagged in the trigger tables' interned words, so that other
// words cost nothing) and looks for its arguments in the same clause.

// consequenceHeads are the words a rule of this file starts at: the head words of every rule, so
// that a word added to a rule's set is a head without being listed twice.
var consequenceHeads = unionSets(reductionVerbs, staffNouns, stopVerbs, choiceVerbs, awardVerbs, wordSet("for"), holderHeads,
	periodResultVerbs, awardingVerbs)

func unionSets(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			u[w] = true
		}
	}
	return u
}

// consequence returns the event a rule of this file finds starting at word i, if any.
func consequence(words []string, i int) (trigger, bool) {
	w := words[i]
	kind := consequenceKinds[w] // xspeed13.go
	if kind&cHolder != 0 {
		if t, ok := holderNews(words, i); ok {
			return t, true
		}
	}
	switch {
	case kind&cReduction != 0:
		if end := shareCountAfter(words, i+1); end > 0 {
			return trigger{typ: events.Buyback, from: i, to: end, verbal: true}, true
		}
		if end := staffReducedBy(words, i); end > 0 {
			return trigger{typ: events.Restructuring, from: i, to: end, verbal: true}, true
		}
	case kind&cStaff != 0:
		if from, to, ok := staffLeaving(words, i); ok {
			return trigger{typ: events.Restructuring, from: from, to: to, verbal: true}, true
		}
	case kind&cStop != 0:
		if end := siteStopped(words, i); end > 0 {
			return trigger{typ: events.Restructuring, from: i, to: end, verbal: true}, true
		}
	case kind&cAwarding != 0:
		if end := sumToWork(words, i); end > 0 {
			return trigger{typ: events.Contract, from: i, to: end, verbal: true}, true
		}
	case kind&cPeriodResult != 0:
		if end := periodSum(words, i); end > 0 {
			return trigger{typ: events.Earnings, from: i, to: end, verbal: true}, true
		}
	case kind&cChoice != 0:
		if end := choiceToWork(words, i); end > 0 {
			return trigger{typ: events.Contract, from: i, to: end, verbal: true}, true
		}
	case kind&cAward != 0:
		if end := workAwarded(words, i); end > 0 {
			return trigger{typ: events.Contract, from: i, to: end, verbal: true}, true
		}
	case w == "for":
		if from, to, ok := sharesPerHeld(words, i); ok {
			return trigger{typ: events.Split, from: from, to: to}, true
		}
	}
	return trigger{}, false
}

var (
	reductionVerbs = wordSet(`reduce reduces reduced reducing cut cuts cutting shrink shrinks shrank shrinking
		lower lowers lowered lowering trim trims trimmed trimming`)
	// Staff are also counted by their trade: "furlough 800 pilots", "dismiss 300 machinists".
	staffNouns = wordSet(`workers employees staff people staffers employes pilots attendants machinists
		mechanics miners steelworkers autoworkers clerks technicians laborers labourers salesmen nurses`)
	stopVerbs = wordSet(`end ends ended ending cease ceases ceased ceasing stop stops stopped stopping idle idles
		idled idling shutter shutters shuttered shuttering mothball mothballs mothballed mothballing`)
	choiceVerbs = wordSet(`select selects selected selecting choose chooses chose chosen choosing pick picks picked
		picking tap taps tapped tapping`)
	// "Net" is left out: a wire table's "Net 1.1 mln vs 829,000" is no award.
	awardVerbs = wordSet(`win wins won winning land lands landed landing get gets got handed hands secure secures
		secured securing`)
)

// shareCountAfter returns the end of a company's count of shares told right after a verb that
// makes it smaller ("shrink its share count", "lowering the number of shares outstanding",
// "reducing the number of its shares in circulation", "REDUCE SHARES OUTSTANDING", "shrink its
// share base"): a buyback told by its effect. The count must be the shares in existence
// ("outstanding", "in circulation", "in issue", a "share count" or "share base"), not shares of a
// sale ("cut the number of shares it will sell"), and at most six words on. Zero when there is none.
func shareCountAfter(words []string, from int) int {
	for k := from; k < len(words) && k < from+6; k++ {
		w := words[k]
		if gapStops[w] || w == "," {
			return 0
		}
		if w != "share" && w != "shares" && w != "stock" {
			continue
		}
		if k > from && words[k-1] == "outstanding" {
			return k + 1 // "the outstanding shares"
		}
		if k+1 < len(words) {
			switch words[k+1] {
			case "count", "base", "outstanding":
				return k + 2
			case "in":
				if k+2 < len(words) && (words[k+2] == "circulation" || words[k+2] == "issue") {
					return k + 3
				}
			}
		}
		return 0
	}
	return 0
}

// leavingCues tell people losing their work: "part with about 4,500 employees", "let 4,500 workers
// go", "putting about 900 people out of work", "dismiss 300 staff".
var leavingBefore = wordSet(`part parts parting parted let lets letting dismiss dismisses dismissed dismissing
	furlough furloughs furloughed furloughing`)

// staffLeaving says whether the staff noun at i, counted ("4,500 employees", "about 900 people"),
// is told as losing its work: a verb of parting before the count, or "go", "out of work",
// "redundant" or "lose their jobs" right after the noun. A count of staff alone is no event ("the
// company employs 4,500 people").
func staffLeaving(words []string, i int) (from, to int, ok bool) {
	counted := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if isNumber(words[k]) || numberWords[words[k]] && words[k] != "same" {
			counted = k
			break
		}
	}
	if counted < 0 {
		return 0, 0, false
	}
	for k := counted - 1; k >= 0 && k >= counted-3; k-- {
		if leavingBefore[words[k]] {
			return k, i + 1, true
		}
		if words[k] == "," || gapStops[words[k]] {
			break
		}
	}
	if i+1 < len(words) {
		switch words[i+1] {
		case "go", "redundant":
			return counted, i + 2, true
		case "out":
			if i+3 < len(words) && words[i+2] == "of" && words[i+3] == "work" {
				return counted, i + 4, true
			}
		case "lose", "losing", "will":
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				if words[k] == "jobs" {
					return counted, k + 1, true
				}
			}
		}
	}
	// "1,400 employees at the airline, or 7% of its workforce, will lose their jobs": the loss
	// further on (staffcuts.go).
	if end := staffLossParted(words, i); end > 0 {
		return counted, end, true
	}
	return 0, 0, false
}

// activityNouns are the work a site does, which a company ends there.
var activityNouns = wordSet(`production output operations manufacturing making assembly mining work
	refining processing`)

// siteNouns are the places a company works at.
var siteNouns = wordSet(`plant plants mill mills factory factories works site sites smelter smelters refinery
	refineries mine mines stores branches yard yards facility facilities warehouses`)

// interruptions make a stop at a site a pause, not a restructuring: "halted output at the plant
// after a fire", "idled the mill for two weeks".
var interruptions = wordSet(`temporarily temporary strike strikes fire fires storm hurricane flood flooding
	outage outages shortage shortages day days week weeks maintenance repairs accident explosion`)

// siteStopped returns the end of a company's work ended at its sites: "stop making cars at its
// plants", "end operations at three mills", "TO IDLE THREE MILLS", "shutter two factories". A
// verb that ends (not "halt", which is mostly a pause) with an activity and "at" a site, or for the
// verbs that only close (idle, shutter, mothball) a counted or owned site right after; not where
// the sentence tells a pause ("temporarily", "for two weeks", "after a fire"). Zero when none.
func siteStopped(words []string, i int) int {
	if end := siteStoppedAt(words, i); end > 0 && !anyWithin(words, 0, len(words), interruptions) {
		return end
	}
	return 0
}

// siteStoppedAt is siteStopped without the test for a pause.
func siteStoppedAt(words []string, i int) int {
	closing := strings.HasPrefix(words[i], "idl") || strings.HasPrefix(words[i], "shutter") || strings.HasPrefix(words[i], "mothball")
	if closing {
		return siteWithin(words, i+1)
	}
	act := -1
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if activityNouns[words[k]] {
			act = k
			break
		}
	}
	if act < 0 {
		return 0
	}
	for k := act + 1; k < len(words) && k <= act+3; k++ {
		if words[k] == "at" {
			return siteWithin(words, k+1)
		}
	}
	return 0
}

// siteWithin returns the end of a site noun among the four words from from on, before a comma or
// a word that ends the phrase; zero when there is none.
func siteWithin(words []string, from int) int {
	for k := from; k < len(words) && k < from+4; k++ {
		if siteNouns[words[k]] {
			return k + 1
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	return 0
}

// workVerbs are the work a supplier is chosen to do. "Run", "lead" and "manage" are left out: a
// person is chosen to run a company as often ("tapped Jane Roe to lead the unit").
var workVerbs = wordSet(`build construct supply provide produce make manufacture deliver operate maintain
	develop design carry power equip install service upgrade modernize refit repair overhaul transport
	ship furnish`)

// choiceToWork returns the end of a supplier's choice told with the work it is chosen for: "has
// selected Hartlepool Marine to construct six vessels", "the Air Force chose it to produce landing
// gear", "picked Acme to supply engines". The infinitive must come within eight words, in the
// clause, after the one chosen. Zero when none.
func choiceToWork(words []string, i int) int {
	// The supplier stands between the choice and its work: "chose to build a plant" is a company's
	// own plan.
	for k := i + 2; k+1 < len(words) && k <= i+8; k++ {
		if gapStops[words[k]] || words[k] == ";" {
			return 0
		}
		if words[k] == "to" && workVerbs[words[k+1]] {
			return k + 2
		}
	}
	return 0
}

// workNouns name business won: "a 10-year job", "120 mln dlr Air Force work", "a $1.2 billion Army
// deal", "a five-year mandate".
var workNouns = wordSet(`job work deal order pact award mandate`)

// workAwarded returns the end of business won told by a verb of winning and a noun of work with
// its size or length between ("wins 10-year NHS records job", "GETS 120 MLN DLR AIR FORCE WORK",
// "has handed Kielder Systems a 10-year, 1.1 billion pound job", "lands $1.2 billion Army deal").
// The size makes it business: "got the job done", "won the deal" are none; a deal to buy or sell
// a company is the acquisition's. Zero when none.
func workAwarded(words []string, i int) int {
	sized := false
	for k := i + 1; k < len(words) && k <= i+9; k++ {
		w := words[k]
		if gapStops[w] || w == ";" {
			return 0
		}
		if w == "share" || w == "shares" || w == "stake" {
			return 0 // "holders get 1.2 shares for each share in the deal": a deal's terms
		}
		if isNumber(w) || strings.HasPrefix(w, "$") && len(w) > 1 || w == "$" || strings.HasSuffix(w, "-year") ||
			amountUnits[w] {
			sized = true
			continue
		}
		if workNouns[w] && sized {
			if k+2 < len(words) && words[k+1] == "to" && buyVerbs[words[k+2]] {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// sharesPerHeld returns the words of a split told by what holders get: "nine new shares for every
// one outstanding", "one additional share for each held", "three more shares for each one they
// own", the count or "new", "additional", "extra" or "more" right before the shares. An exchange
// of one company's shares for another's in a merger is none (see exchangeRatio).
func sharesPerHeld(words []string, i int) (from, to int, ok bool) {
	if i < 2 || i+2 >= len(words) || words[i+1] != "each" && words[i+1] != "every" {
		return 0, 0, false
	}
	if words[i-1] != "shares" && words[i-1] != "share" {
		return 0, 0, false
	}
	count := i - 2
	if (words[count] == "common" || words[count] == "ordinary") && count > 0 {
		count-- // "one common share for each share outstanding" (news10)
	}
	switch words[count] {
	case "new", "additional", "extra", "more", "bonus":
	default:
		if !isNumber(words[count]) && !numberWords[words[count]] {
			return 0, 0, false
		}
	}
	switch words[i+2] {
	case "one", "share", "existing", "old", "held":
		return count, i + 3, true
	}
	return 0, 0, false
}

// periodResultVerbs tell a company's results in the narrative wire's plain words, with the sum
// and its period after them: "lost $18 million in the third quarter", "made $41 million in the
// quarter". ("Earned" is a trigger of its own.)
var periodResultVerbs = wordSet(`lost made netted`)

// periodFillers may stand between "in" or "for" and the period of a result: "in the third
// quarter", "for its fiscal year", "in the first six months".
var periodFillers = wordSet(`the its first second third fourth fiscal latest six nine three twelve recent`)

// periodSum returns the end of a sum told right after the verb at i and the period it was made
// or lost in: "$18 million in the third quarter", "4.1 mln dlrs in the year". Only fillers stand
// between "in" or "for" and the period, so "lost $2 million in the fire last year" tells no
// results. Zero when none.
func periodSum(words []string, i int) int {
	if i+1 >= len(words) || !moneyAt(words, i+1) {
		return 0
	}
	k := i + 1
	for k < len(words) && k <= i+5 && (words[k] == "$" || strings.HasPrefix(words[k], "$") || isNumber(words[k]) || scaleWords[words[k]]) {
		k++
	}
	if k >= len(words) || words[k] != "in" && words[k] != "for" && words[k] != "during" {
		return 0
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		switch {
		case resultPeriods[words[j]]:
			return j + 1
		case !periodFillers[words[j]] && !isNumber(words[j]):
			return 0
		}
	}
	return 0
}

// awardingVerbs are a buyer's verbs of handing a supplier work with its sum.
var awardingVerbs = wordSet(`awarded awards`)

// sumToWork returns the end of work awarded with a sum and no noun of work: "The Pentagon on
// Monday awarded Appleby Shipbuilding $412 million to overhaul two aircraft carriers". The sum
// stands within eight words of the verb, in its clause, and "to" with a verb of work right after
// it; a jury's award "to compensate" the plaintiffs is none. Zero when none.
func sumToWork(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+8; k++ {
		if words[k] == "." && corporateSuffixes[words[k-1]] {
			continue // "awarded Appleby Shipbuilding Corp. $412 million"
		}
		if gapStops[words[k]] || words[k] == ";" {
			return 0
		}
		if !moneyAt(words, k) {
			continue
		}
		for k < len(words) && (words[k] == "$" || strings.HasPrefix(words[k], "$") || isNumber(words[k]) || scaleWords[words[k]]) {
			k++
		}
		if k+1 < len(words) && words[k] == "to" && workVerbs[words[k+1]] {
			return k + 2
		}
		return 0
	}
	return 0
}
