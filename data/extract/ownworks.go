package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// A broker's words are also a company's words for its own things, and an accusation is legal
// news only when an authority or a suit makes it:
//
//   - "Upgrade" and "downgrade" as verbs of works done: "would upgrade a refinery unit", "will
//     upgrade its data centers", "downgraded its older plants". A broker rates a company, a
//     stock or a rating; a determiner or possessive and plain lower-case words that name none of
//     those are the company's own things. "Upgrade" as what a customer pays for ("charged more for
//     the upgrade") is a product's, not a rating's.
//   - A company that "upgraded its full-year profit outlook" raised its own guidance: a
//     possessive, words of a period or a figure, then an outlook noun. An agency's "its outlook on
//     Ford" has no such words and stays a rating.
//   - "Accused ... of" is legal news when its accuser is an authority, a prosecutor or a suit:
//     "the FTC accused Amazon of", "a lawsuit accuses the bank of", "was accused by regulators
//     of"; a union, a rival or a critic accusing a company of bad faith is a quarrel.
//   - An IPO filed for, put off or revived ("filed confidentially for an IPO", "shelved its
//     planned IPO") is the IPO's news; a suit against the bank that led the IPO is not.
//   - A question that asks whether something will happen or has happened tells nothing: "Could
//     Boeing go bankrupt?", "Is Apple about to buy Netflix?". A question that asks why or how
//     takes its event as given ("Why did Nvidia shares fall 10%?"), and a title's question is
//     a report (status).
//   - A stock's state told in the present over a span that runs to the telling is a course, not
//     the day's move: "shares are down 40% since the company's 2021 IPO", "Tesla's stock is up
//     50% since January", "Nike shares are down 20% this year" (news33's perfectCourse reads "has
//     fallen 20% this year"). A sentence that names a day tells that day's move.
//   - A takeover told in the progressive ("UnitedHealth is buying Amedisys", "was acquiring")
//     is told as strongly as "agreed to buy": the auxiliary makes "buying" a verb, not the
//     trade's noun ("stock buying"). A deal agreed by its noun ("inked a $10.8 billion deal for
//     Prometheus") names its target after "for"; "signed a deal for the supply of chips" does not.
//   - Results told with their company between the noun and its change: "profit at Costco rose
//     9%", "revenue at the software maker grew 11%". Only "at" opens the gap: "sales of its
//     older models fell" and "profit margins ... rose" are other things, and so are "sales at
//     stores open a year", a retailer's monthly figure.

// ownWorksUpgrade says whether the analyst trigger t is a verb of works done to the company's
// own things, or the noun of a thing paid for.
func ownWorksUpgrade(s *sentence, t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || t.gap {
		return false
	}
	v := w[t.from]
	if upgradeNouns[v] && t.from >= 2 && w[t.from-2] == "for" && (w[t.from-1] == "the" || w[t.from-1] == "an") {
		return t.to == len(w) || !upgradeLinks[w[t.to]] // "for the upgrade", not "for the upgrade to buy"
	}
	if !upgradeVerbs[v] || t.to+1 >= len(w) {
		return false
	}
	d := w[t.to]
	if d != "a" && d != "an" && d != "its" && d != "their" && d != "our" && d != "some" {
		return false
	}
	n := 0
	for k := t.to + 1; k < len(w) && k <= t.to+4; k++ {
		x := w[k]
		if !isWord(x) || startsUpper(s.toks[k].text) {
			break // a name ("upgraded its view of Apple") or the phrase's end
		}
		if notOwnWorks[x] || notOwnWorks[strings.TrimSuffix(x, "s")] || ratingWords[x] ||
			companyDescriptors[x] || companyDescriptors[strings.TrimSuffix(x, "s")] {
			return false
		}
		n++
	}
	if n == 0 {
		return false
	}
	if k := t.to + 1 + n; k < len(w) && (w[k] == "of" || w[k] == "to") {
		return false // "upgraded a handful of banks", "upgraded its stance to buy"
	}
	return true
}

// upgradeVerbs are the analyst's verbs that also tell works done.
var upgradeVerbs = wordSet(`upgrade upgrades upgraded upgrading downgrade downgrades downgraded downgrading`)

// upgradeLinks after the noun "upgrade" tie it to a rating or a broker.
var upgradeLinks = wordSet(`to from by of on at`)

// notOwnWorks are what a broker or an agency rates, in the words after a determiner: the
// company, its stock, its debt, its rating and the like (plurals are read by their singular).
var notOwnWorks = wordSet(`stock share company firm rating debt bond note credit outlook view target
	recommendation stance estimate call price company's firm's sector industry group name pick`)

// upgradedOwnOutlook says whether the analyst trigger t is a company raising or cutting its own
// outlook: a possessive, words of a period or a figure, and an outlook noun ("upgraded its
// full-year profit outlook", "downgraded its annual sales forecast").
func upgradedOwnOutlook(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.gap || !upgradeVerbs[w[t.from]] || t.to+2 >= len(w) {
		return false
	}
	if w[t.to] != "its" && w[t.to] != "their" {
		return false
	}
	qualified := false
	for k := t.to + 1; k < len(w) && k <= t.to+5; k++ {
		x := w[k]
		switch {
		case periodWord(x) || yearLike(x) || figureQualifiers[x] || companyOwned[x] && !forecastNouns[x]:
			qualified = true
		case forecastNouns[x]:
			// "its outlook for 2024", "its forecast for the full year" name their period after.
			return qualified || k+2 < len(w) && w[k+1] == "for" &&
				(yearLike(w[k+2]) || w[k+2] == "the" && k+3 < len(w) && periodWord(w[k+3]))
		default:
			return false
		}
	}
	return false
}

// periodWord says whether x names the period of an outlook: "full-year", "annual", "full",
// "fiscal", "year".
func periodWord(x string) bool {
	return periodQualifiers[x] || x == "full" || x == "year" || x == "fiscal"
}

// accusedByNoAuthority says whether the legal trigger t, an "accuse ... of" phrase, has no
// authority, prosecutor or suit as its accuser: before it in the clause when active, after
// "by" when passive ("was accused by regulators of").
func accusedByNoAuthority(w []string, t trigger) bool {
	if !strings.HasPrefix(w[t.from], "accus") {
		return false
	}
	if w[t.from] == "accused" && t.from+1 < len(w) && w[t.from+1] == "by" {
		for k := t.from + 2; k < len(w) && k <= t.from+6; k++ {
			if accusers[w[k]] {
				return false
			}
		}
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if accusers[w[k]] {
			return false
		}
		if w[k] == "." || w[k] == ";" {
			break
		}
	}
	return true
}

// accusers make an accusation legal news: governments, their agencies and officers, and suits.
var accusers = wordSet(`states state regulators regulator prosecutors prosecutor authorities government
	governments attorneys attorney sec ftc doj epa irs fda faa fcc cfpb occ finra commission agency
	agencies department ministry lawsuit suit complaint indictment filing plaintiffs watchdog
	watchdogs regulator's commission's`)

// resultsAt reads a results noun at word i, "at", up to five words of the company and a verb
// of change: "profit at Costco rose", "revenue at the software maker grew". Matched here, not as
// a gapped phrase of the lexicon: "revenues for the year rose" must keep the triggers inside it.
func resultsAt(words []string, i int) (trigger, bool) {
	if !slices.Contains(resultsNouns, words[i]) {
		return trigger{}, false
	}
	for g := i + 2; g < len(words) && g <= i+7; g++ {
		if slices.Contains(resultsChanges, words[g]) {
			if g == i+2 {
				return trigger{}, false
			}
			return trigger{typ: events.Earnings, from: i, to: g + 1, gap: true, tail: g, verbal: true}, true
		}
		if !isWord(words[g]) && words[g] != "&" && words[g] != "'" || gapStops[words[g]] || salesPlaces[words[g]] {
			break
		}
	}
	return trigger{}, false
}

// salesPlaces are where a retailer's monthly sales are counted: "sales at stores open a year".
var salesPlaces = wordSet(`store stores restaurants outlets locations shops branches malls`)

// ipoOfAnother says whether the gapped IPO trigger t ("filed ... IPO", "postponed ... IPO") has
// in its gap a clause or a thing of its own, so that the IPO is not what the verb takes: "filed
// a lawsuit against the bank that led its IPO". Dropped before the phrase can swallow the
// suit.
func ipoOfAnother(words []string, t trigger) bool {
	if !t.gap {
		return false
	}
	for k := t.from + 1; k < t.tail; k++ {
		if ipoGapBreaks[words[k]] {
			return true
		}
	}
	return false
}

// ipoGapBreaks open a clause or name another thing inside an IPO phrase's gap.
var ipoGapBreaks = wordSet(`that who which against lawsuit suit complaint bankruptcy years months after since`)

// yesNoQuestion says whether the sentence, in the body, is a question opened by an auxiliary or
// a modal: "Could Boeing go bankrupt?", "Will Tesla cut prices again?".
func (s *sentence) yesNoQuestion() bool {
	if s.start < 0 || len(s.words) < 3 || !questionOpenerShapes.mayHold(s.words[0]) || !questionOpeners[s.words[0]] {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(s.text, " \t\n\"'’”)"), "?")
}

// questionOpeners open a question that asks yes or no.
var questionOpeners = wordSet(`is are was were will would could can should shall does do did has have had may might`)

// presentCourse says whether the price-move trigger t is a state told in the present ("is up",
// "are down") with "since" or a span that runs to the telling ("this year", "so far this
// month", "year to date") after it in its clause, in a sentence that names no day.
func (s *sentence) presentCourse(t trigger) bool {
	w := s.words
	if s.namesDay() {
		return false // "Nvidia shares are up 5% on Wednesday"
	}
	present := t.from > 0 && (w[t.from-1] == "is" || w[t.from-1] == "are")
	for k := t.from; k < t.to && !present; k++ {
		present = w[k] == "is" || w[k] == "are"
	}
	if !present {
		return false
	}
	for j := t.to; j < len(w) && j <= t.to+8; j++ {
		if isClauseBreak(w[j]) || w[j] == "and" || w[j] == "," {
			return false
		}
		switch {
		case w[j] == "since", w[j] == "year-to-date", w[j] == "ytd":
			return true
		case w[j] == "this" && j+1 < len(w) && courseSpans[w[j+1]]:
			return true
		case w[j] == "year" && j+2 < len(w) && w[j+1] == "to" && w[j+2] == "date":
			return true
		}
	}
	return false
}

// namesDay says whether the sentence holds a temporal expression of a day: a move it tells is
// that day's, not a course over a span (presentCourse, news33's perfectCourse).
func (s *sentence) namesDay() bool {
	return slices.ContainsFunc(s.timexes, func(e timex.Expr) bool { return e.Granularity == "day" })
}

// progressiveDeal says whether the weak acquisition trigger t, a verb of buying in "-ing", follows
// an auxiliary and takes a business: a name ("is buying Amedisys") or a determiner and, within
// four words, a business's noun ("is buying a regional grocery chain", "a stake"). "Farmers were
// buying less nitrogen" and "investors were buying shares" take goods and stock.
func (s *sentence) progressiveDeal(t trigger) bool {
	w := s.words
	if t.typ != events.Acquisition || t.to-t.from != 1 || t.from == 0 || t.to >= len(w) {
		return false
	}
	switch w[t.from] {
	case "buying", "acquiring", "purchasing":
	default:
		return false
	}
	switch w[t.from-1] {
	case "is", "are", "was", "were":
	default:
		return false
	}
	if startsUpper(s.toks[t.to].text) {
		return isWord(w[t.to])
	}
	if !determiners[w[t.to]] && !possessives[w[t.to]] {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+4; k++ {
		x := strings.TrimSuffix(w[k], "s")
		if companyDescriptors[x] || businessNouns[w[k]] || x == "stake" || x == "startup" || x == "brand" {
			return true
		}
		if !isWord(w[k]) {
			return false
		}
	}
	return false
}

// dealForNoName says whether the acquisition trigger t, "inked ... deal for", has no name after
// "for": "signed a deal for the supply of chips" is no takeover.
func dealForNoName(s *sentence, t trigger) bool {
	w := s.words
	if !t.gap || t.to < 2 || w[t.to-1] != "for" || w[t.to-2] != "deal" || t.to >= len(w) {
		return false
	}
	return (slices.Contains(dealAgreeForms, w[t.from]) || slices.Contains(dealEndForms, w[t.from])) && !startsUpper(s.toks[t.to].text)
}

// dealAgreeForms are the verbs of agreeing a deal whose lexicon phrase "... deal for"
// dealForNoName checks: "inked a $10.8 billion deal for Prometheus".
var dealAgreeForms = []string{"ink", "inks", "inked", "inking", "strike", "strikes", "struck", "striking",
	"sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching"}

// closedDealNoName says whether the acquisition trigger t, "closed ... deal" or "completed ...
// deal", lacks the target's name between a determiner (none in a headline) and the noun: "closed
// its $69 billion Activision Blizzard deal", "completed the Pioneer deal" and the headline's "HPE
// closes Juniper deal" close a takeover; "closed a deal",
// "closed the long-awaited deal" and "closed up 3% after the deal" name none here (a company
// after "for" is the longer phrase's), and a deal "with" someone is as often a contract.
func closedDealNoName(s *sentence, t trigger) bool {
	w := s.words
	if !t.gap || w[t.to-1] != "deal" {
		return false
	}
	switch w[t.from] {
	case "close", "closes", "closed", "closing", "complete", "completes", "completed", "completing":
	default:
		return false
	}
	if t.to < len(w) && w[t.to] == "with" {
		return true
	}
	first := t.from + 1
	switch w[first] {
	case "its", "the", "their", "a", "an":
		first++
	default:
		// A headline drops the determiner: "HPE closes Juniper deal" (the lead's seventh round).
		if s.start >= 0 {
			return true
		}
	}
	if first >= t.to-1 {
		return true
	}
	for k := first; k < t.to-1; k++ {
		if closedDealGapStops[w[k]] {
			return true
		}
	}
	return !s.namedWithin(first, t.to-1)
}

// closedDealGapStops are words that cannot stand between "closed its" and "deal" in a deal's own
// name and size: a preposition or a clause's break puts the noun in another phrase.
var closedDealGapStops = wordSet(`after before on at up down of to from with as in by for and or but , ; : . said`)

// modifiesOtherNoun says whether the year at tokens [from, to) stands before a noun as its
// modifier, after a determiner or a possessive, in another verb's phrase joined by "and" to
// trigger t's: "suspended its 2025 outlook and said its chief executive would step down", "cut
// its 2024 forecast and said it would lay off 15,000 workers". The year is the outlook's, named
// by what it is about, and dates no event of the other verb. (Within one verb's phrase the year
// may stand for the story's period, as "said its 1986 results include a tax refund from ... a
// takeover attempt" does, and is left to the rest of dateFor.)
func (s *sentence) modifiesOtherNoun(from, to int, t trigger) bool {
	w := s.words
	if from < 1 || to >= len(w) || to-from != 1 || from >= t.from && from < t.to || to == t.from {
		return false
	}
	lo, hi := to, t.from
	if from >= t.to {
		lo, hi = t.to, from
	}
	if !slices.Contains(w[lo:hi], "and") {
		return false
	}
	if !yearLike(w[from]) || !isWord(w[to]) || yearFollowers[w[to]] {
		return false
	}
	b := w[from-1]
	return possessives[b] || b == "the" || b == "s" && from >= 2 && w[from-2] == "'"
}

// yearFollowers are words after a year that make it no noun's modifier: a preposition or a
// conjunction of its own phrase ("in 2025 and", "the 2025 to 2027 period" aside).
var yearFollowers = wordSet(`and or to through of in on at by for from as when after before was were is`)

// blockedDeal says whether the acquisition trigger t, a deal's noun, is the subject of a court's
// block told in the passive by a legal trigger after it: "Kroger's purchase of Albertsons was
// blocked by a federal judge" is the court's act on the deal, as the active "a judge blocked
// Kroger's purchase of Albertsons" is, and the deal was news when it was agreed.
func blockedDeal(w []string, t trigger, ts []trigger) bool {
	if t.verbal {
		return false
	}
	for _, u := range ts {
		if u.typ == events.Legal && u.from >= t.to && u.from-t.to <= 6 && w[u.from] == "blocked" && u.from > 0 &&
			(w[u.from-1] == "was" || w[u.from-1] == "were" || w[u.from-1] == "been") {
			return true
		}
	}
	return false
}

// toldOn says whether the date e is the day the news of trigger t was told: a verb of telling
// right before it ("said on Tuesday it would buy Wiz", "announced Monday that it will cut 500
// jobs") or right after it ("on Tuesday said it would"), ahead of the trigger. A prediction told
// on a past day is dated by the telling, which an event study needs: the plan was news then.
// (A past date elsewhere in a sentence of "would" dates something else: "If Novell was
// contemplating this nine months ago, it may reconsider".)
func (s *sentence) toldOn(e timex.Expr, t trigger) bool {
	from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
	if from >= t.to && trailingTelling(s.words, t.to, from, to) {
		return true // "Amazon will buy Velcor, the companies said on Friday" (lead20.go)
	}
	if from >= to || to > t.from {
		return false
	}
	w := s.words
	k := from - 1
	if k >= 0 && w[k] == "on" {
		k--
	}
	return k >= 0 && toldVerbs[w[k]] || toldVerbs[w[to]] || frontedTelling(w, k, to, t.from) || k > 0 && toldHearerOn(w, k) // news95.go
}

// frontedTelling says whether a date that opens the sentence dates the telling after it: "On
// Tuesday, Microsoft said it would cut 6,000 jobs", "Late Thursday, Intel announced that ...",
// and without the comma, "Last week Intel said it would cut its dividend". k is the word before
// the date (after a dropped "on"), to the word after it, and the verb of telling stands within
// six words after the comma, or four after the date without one, before the trigger.
func frontedTelling(w []string, k, to, trig int) bool {
	if k >= 0 && !(k == 0 && (w[0] == "late" || w[0] == "early")) || to >= len(w) {
		return false
	}
	first, last := to+1, to+6
	if w[to] != "," {
		if w[to] == "'" || w[to] == "’" || w[to] == "'s" {
			return false // "Last week's results said ...": the date is the noun's
		}
		first, last = to, to+4
	}
	for j := first; j < trig && j <= last; j++ {
		if toldVerbs[w[j]] {
			return true
		}
		if w[j] == "," || isClauseBreak(w[j]) {
			return false
		}
	}
	return false
}

// toldVerbs tell news in the past.
var toldVerbs = wordSet(`said announced told confirmed disclosed unveiled`)

// pastPayoutYear says whether a year before the publication's dates a payout's or a buyback's
// change told by its verb: "suspended its dividend last year", "halted its buyback in 2023". As
// with a past month (pastPayoutMonth), a verb of change happens once, where a year after "paid"
// or "returned" is a period the payouts are counted over and keeps the publication day.
func pastPayoutYear(w []string, t trigger, p events.Period, published time.Time) bool {
	switch t.typ {
	case events.Dividend, events.Buyback:
	default:
		return false
	}
	return !published.IsZero() && p.End.Before(time.Date(published.Year(), 1, 1, 0, 0, 0, 0, time.UTC)) &&
		payoutChanges[w[t.from]]
}

// payoutChanges are the verbs that change a payout or a buyback once.
var payoutChanges = wordSet(`suspended suspends halted halts cut cuts slashed slashes eliminated eliminates
	omitted omits reinstated reinstates resumed resumes initiated initiates scrapped scraps raised raises
	boosted boosts lifted lifts authorized authorizes approved approves`)

// ledElsewhere says whether the executive trigger t, "tapped ... to lead", picks someone to
// lead something other than a company: the company comes after the verb by its name ("to lead
// Boeing"), as "the company" or "the retailer", or as "it"; "picked Goldman Sachs to lead the
// offering" and "tapped her to lead the review" name no officer.
func ledElsewhere(s *sentence, t trigger) bool {
	w := s.words
	if !t.gap || (w[t.to-1] != "lead" && w[t.to-1] != "run") || w[t.to-2] != "to" {
		return false
	}
	k := t.to
	switch {
	case k >= len(w):
		return true
	case w[k] == "it" || startsUpper(s.toks[k].text):
		return false
	case w[k] == "the" && k+1 < len(w) && (w[k+1] == "company" || w[k+1] == "firm" || companyDescriptors[w[k+1]]):
		return false
	}
	return true
}

// inclusionAt returns the index of the "including" or "such as" that, after a comma, lists the
// trigger at from among the main clause's things, or -1: "is exploring options for its China
// business, including a sale of a stake", "is weighing alternatives, such as an initial public
// offering". The listed thing is read in the main clause, whose hedge or modal it takes.
func inclusionAt(w []string, from int) int {
	for k := from; k >= 1 && k >= from-6; k-- { // (a phrase may open with it: "including a sale")
		switch {
		case w[k] == "including" && w[k-1] == ",":
			return k
		case w[k] == "as" && k >= 2 && w[k-1] == "such" && w[k-2] == ",":
			return k - 1
		case !isWord(w[k]):
			return -1
		}
	}
	return -1
}
