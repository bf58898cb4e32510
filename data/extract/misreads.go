package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Words whose event is another's part or another type (news16, on modern16's real companies):
//
//   - A "deal" or an "agreement" with states, regulators or prosecutors settles a quarrel: "reaches
//     $700 million deal with states over its marketing" is legal news, not a partnership.
//   - A closing verb used as an adjective is a state, not a closing: "will bring a shut reactor
//     back into service", "reopen the idled mill".
//   - Customers buying a company's goods are no deal: "as carmakers snapped up its batteries",
//     "shoppers bought its new phones in record numbers". The object of the verb of buying is the
//     company's own ("its", "their") goods: lower-case words ending in a plural that names no
//     business or holding (boughtBusinesses, ownedParts).

// settlingParties are the other side of a deal that settles: governments, their agencies and
// officers, and the people who sued.
var settlingParties = wordSet(`states state regulators regulator prosecutors prosecutor authorities government
	governments attorneys plaintiffs sec ftc doj epa irs cities counties municipalities justice department
	securities commission agency agencies`)

// settlingFillers may stand between "deal with" and the party: "with the U.S. government", "with
// more than 40 states".
var settlingFillers = wordSet(`the u.s. us federal state more than about nearly some several dozens of two three
	four five all 50 40 30 20 10 its former`)

// settledWith says whether the partnership trigger t is a deal or agreement "with" a settling
// party.
func settledWith(words []string, t trigger) bool {
	if t.to-t.from != 2 || words[t.to-1] != "with" || words[t.from] != "deal" && words[t.from] != "agreement" {
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+4; k++ {
		if settlingParties[words[k]] {
			return true
		}
		if !settlingFillers[words[k]] && !isNumber(words[k]) {
			return false
		}
	}
	return false
}

// shutStates are closing verbs' participles that a determiner turns into an adjective, and
// "idle", the adjective itself: "jointly build cars at an idle plant" is where the work goes,
// as "reopen the idled mill" is.
var shutStates = wordSet(`shut closed idled shuttered mothballed idle`)

// determiners before a participle make it an adjective.
var determiners = wordSet(`a an the its their this that two three several`)

// stateNotClosing says whether the restructuring trigger t opens with a closing participle used
// as an adjective: "a shut reactor".
func stateNotClosing(words []string, t trigger) bool {
	return shutStates[words[t.from]] && t.from > 0 && determiners[words[t.from-1]]
}

// ownedParts are objects of buying that are a company, a part of one or a holder's stake, beside
// boughtBusinesses (goodsbuys.go): "bought its partner", "snapped up its affiliates".
var ownedParts = wordSet(`partner partners venture ventures affiliate affiliates supplier suppliers
	distributor distributors franchisee franchisees competitor competitors peers lender lenders
	parent customers clients bank banks insurer insurers`)

// objectEnds end the object of a verb of buying: "snapped up its chips for Tesla's cars".
var objectEnds = wordSet(`for from in at to with on by as and or than after before over within during`)

// goodsVerbs are the verbs of buying that customers use of a company's goods.
var goodsVerbs = wordSet(`snapped snap snaps snapping buy buys bought buying purchased`)

// ownGoodsBought says whether the acquisition trigger t buys a company's own goods: its object
// is "its" or "their" and lower-case words to a plural that is no business.
func ownGoodsBought(s *sentence, t trigger) bool {
	w := s.words
	if !goodsVerbs[w[t.from]] || t.to-t.from > 2 {
		return false
	}
	k := t.to
	if k >= len(w) || w[k] != "its" && w[k] != "their" {
		return false
	}
	last := -1
	for k++; k < len(w) && k <= t.to+5; k++ {
		if !isWord(w[k]) && w[k] != "-" || startsUpper(s.toks[k].text) && !s.caps || objectEnds[w[k]] {
			break
		}
		last = k
	}
	if last <= t.to {
		return false
	}
	head := w[last]
	if last+1 < len(w) && (w[last+1] == "'" || w[last+1] == "of") {
		return false // "its rival's stake", "their share of"
	}
	return len(head) > 3 && head[len(head)-1] == 's' && !boughtBusinesses[head] && !ownedParts[head] &&
		!slices.ContainsFunc(w[t.to+1:last+1], func(x string) bool { return boughtBusinesses[x] || ownedParts[x] || x == "own" })
}

// buyerModals are the words of ability or leave before a verb of buying whose buyers are
// customers: "that adults can buy directly", "which shoppers will be able to buy online".
var buyerModals = wordSet(`can could may able`)

// objectlessAfter are the words after a verb of buying that leave it without an object: where,
// how or on what terms goods are bought, or the sentence's end ("can buy directly", "can buy
// online", "can buy without a prescription", "can buy at pharmacies").
var objectlessAfter = wordSet(`directly online without at in through over off , . ; )`)

// boughtWithoutObject says whether the acquisition trigger t is a verb of buying after a modal
// of ability ("can", "could", "may", "able to") with no object after it: a relative clause
// about a product that customers can buy ("a glucose sensor that adults can buy directly",
// "a phone that shoppers can buy online"), the sale of goods, not of a company. A company that
// can buy another names it after the verb ("Acme could buy Beta"), which stays a deal. The modal
// is a lower-case word outside an all-caps headline, where "MAY BUY" is a purchase of May.
func boughtWithoutObject(s *sentence, t trigger) bool {
	m, ok := s.buyerModal(t)
	if !ok || s.words[m] == "able" && s.words[t.from-1] != "to" {
		return false
	}
	return t.to == len(s.words) || objectlessAfter[s.words[t.to]]
}

// buyerModal returns the word of the lower-case modal of ability right before a one-word verb
// of buying ("could buy", "able to buy"), outside an all-caps headline; ok is false where there
// is none.
func (s *sentence) buyerModal(t trigger) (m int, ok bool) {
	w := s.words
	if t.to-t.from != 1 || !goodsBuyVerbs[w[t.from]] || t.from == 0 || s.caps {
		return 0, false
	}
	m = t.from - 1
	if w[m] == "to" && m > 0 {
		m-- // "able to buy"
	}
	return m, buyerModals[w[m]] && !startsUpper(s.toks[m].text)
}

// misread drops or retypes, in place, the triggers of a sentence whose words tell another event
// (see the notes above), and returns the triggers kept.
func (s *sentence) misread(ts []trigger) []trigger {
	w := s.words
	for i := range ts {
		if ts[i].typ == events.Partnership && settledWith(w, ts[i]) {
			ts[i].typ = events.Legal
		}
		if ts[i].typ == events.Analyst && upgradedOwnOutlook(w, ts[i]) { // ownworks.go
			ts[i].typ = events.Guidance
		}
		if news36Deal(w, ts[i]) { // "approved the sale to", "raised $5 billion offer" (news36.go)
			ts[i].typ = events.Acquisition
		}
		if ts[i].typ == events.Acquisition && (buysItself(w, ts[i]) || tenderForOwnShares(w, ts[i])) { // news37.go, news104.go
			ts[i].typ = events.Buyback
		}
		if ts[i].typ == events.Acquisition && splitIntoUnits(w, ts[i]) { // news99.go
			ts[i].typ = events.Restructuring
		}
		if analystsRevise(w, ts[i]) { // news45.go
			ts[i].typ = events.Analyst
		}
		if spacListing(w, ts[i]) { // news48.go
			ts[i].typ = events.Acquisition
		}
		if companyBoughtBack(s, ts[i]) { // news52.go
			ts[i].typ = events.Acquisition
		}
		if boardApproval(w, ts[i]) && approvedMerger(w, ts[i]) { // news66.go
			ts[i].typ = events.Acquisition
		}
		if ts[i].typ == events.Acquisition && breakupSought(w, ts[i]) { // news61.go
			ts[i].typ = events.Legal
		}
		if ts[i].typ == events.Acquisition && stockBoughtAlongside(w, ts[i]) { // news61.go
			ts[i].typ = events.Offering
		}
		if s.companyWon(ts[i]) { // news78.go
			ts[i].typ = events.Acquisition
		}
	}
	if s.yesNoQuestion() { // ownworks.go
		return ts[:0]
	}
	return slices.DeleteFunc(ts, func(t trigger) bool {
		// The rules that may fire for any type, or for many; those of one to four types are
		// asked under their types below (xspeed15: a call each saved for the others).
		if news30Misread(s, t, ts) || news32Misread(s, t) || news33Misread(s, t) || news34Misread(s, t, ts) || news37Misread(s, t) || news41Misread(s, t) || news44Misread(s, t) || news49Misread(s, t) || news50Misread(s, t) || news51Misread(s, t, ts) || news91Misread(s, t) || news96Misread(s, t) || s.cues()&(cueWhether|cueIf) != 0 && askedWhether(w, t) || spentCourse(w, t) { // news30.go to news55.go, lead16.go
			return true
		}
		switch t.typ {
		case events.Restructuring:
			return stateNotClosing(w, t) || news45Misread(s, t) || news56Misread(s, t) || news70Misread(s, t) || wire30Misread(s, t) || news80Misread(s, t) || news85Misread(s, t) || lossOnWriteDown(w, t) // news85.go, news101.go
		case events.Acquisition:
			return news46Misread(s, t) || news48Misread(s, t) || news60Misread(s, t) || news61Misread(s, t, ts) || news64Misread(s, t) || news68Misread(s, t) || news74Misread(s, t) || wire31Misread(s, t) || // news46.go to news74.go, wire31.go
				ownGoodsBought(s, t) || boughtWithoutObject(s, t) || drugLeaveSale(w, t) || rankTakenOver(w, t) || // drugleave.go
				peopleBuyGoods(s, t) || soldAtPlace(w, t) || dealForNoName(s, t) || closedDealNoName(s, t) || noStake(w, t) || dealForUnnamed(s, t) || // longform.go, misreads.go, ownworks.go, news36.go
				blockedDeal(w, t, ts) || lead14Misread(s, t) || news80Misread(s, t) || holderWithStake(w, t) || candidacyBid(w, t) || // ownworks.go, lead14.go, news80.go, news101.go
				payLaterBuy(w, t) || s.agreedInPrincipleTo(t) || s.goodsBoughtBefore(t) // news104.go
		case events.Earnings:
			return news43Misread(s, t) || news57Misread(s, t) || fromPeak(w, t) || productEarned(w, t) || resultsMood(w, t) || moodThat(w, t) || economyFigures(w, t) // longform.go, moods.go, lead19.go
		case events.Product:
			// An approval told as a move's cause ("fell 12%, a day after regulators approved
			// a rival's drug") is the move's reason, as the labelled sets count it.
			return approvalAwaited(w, t) || welcomeRolledOut(w, t) || nodOfChoice(w, t) || // drugleave.go, misreads.go
				approvalBehindMove(w, t, ts) && !ownApproval(w, t) || noGoodsSold(w, t) || // firstsales.go, news86.go
				news59Misread(s, t) || news60Misread(s, t) || boardApproval(w, t) || news84Misread(s, t) || // news59.go, news60.go, news66.go, news84.go
				releasedDocument(w, t) || news106Misread(s, t) // news103.go, news106.go
		case events.Contract:
			return ordersOpened(w, t) || news59Misread(s, t) || news60Misread(s, t) || news63Misread(s, t, ts) || news67Misread(s, t) || wire31Misread(s, t) || news99Misread(s, t) // firstsales.go, news59.go to news67.go, wire31.go, news99.go
		case events.Legal:
			return settledForLess(w, t) || accusedByNoAuthority(w, t) || inRuling(w, t, ts) || // ownworks.go, rulings.go
				news56Misread(s, t) || news63Misread(s, t, ts)
		case events.Analyst:
			return ownWorksUpgrade(s, t) || news31Misread(s, t) || news56Misread(s, t) || news63Misread(s, t, ts) || news68Misread(s, t) || news73Misread(s, t) || news84Misread(s, t) || news106Misread(s, t) // ownworks.go, news31.go to news73.go, news84.go, news106.go
		case events.Executive:
			return leftWithState(s, t) || ledElsewhere(s, t) || s.toBeNoSuccessor(t) || s.toBeNoOwner(t) || // ownworks.go, news78.go, news81.go
				news46Misread(s, t) || news57Misread(s, t) || news68Misread(s, t) || lead13Misread(s, t) || productSuccessor(w, t) || // lead14.go
				s.batonElsewhere(t) // news103.go
		case events.PriceMove:
			return benchmarkMove(s, t) || s.presentCourse(t) || s.courseAsCause(t) || news85Misread(s, t) || s.movedNounOwnerless(t) // ownworks.go, news78.go, news85.go, news86.go
		case events.Dividend:
			return payoutRecord(w, t) || news74Misread(s, t) // records.go
		case events.Guidance:
			return agencyOutlook(w, t) || moodThat(w, t) || news57Misread(s, t) || news58Misread(s, t) || pluralAfterModifier(w, t) // outlooks.go, moods.go, news101.go
		case events.Forecast:
			return pluralAfterModifier(w, t) // "put off long-term projects" (news101.go)
		case events.IPO:
			return sinceListing(w, t) || s.laterListingDebut(t, ts) || disclosedInPublic(w, t) // records.go, news101.go, news104.go
		case events.Partnership:
			return news46Misread(s, t) || news57Misread(s, t) || news74Misread(s, t) || joinsIndex(w, t) // lead16.go
		case events.Criticism:
			return news84Misread(s, t) // news84.go
		case events.Bankruptcy:
			return news64Misread(s, t)
		case events.Offering:
			return raisedForCharity(w, t) || facilityAsMeans(w, t) || news99Misread(s, t) // news52.go, news82.go, news99.go
		case events.Buyback:
			return news80Misread(s, t) || sharesBoughtRetired(w, t) // news81.go
		}
		return false
	})
}

// rankNouns name a place in a ranking, which "take over" may take as it takes a company.
var rankNouns = wordSet(`lead spot place crown title ranking rank`)

// rankTakenOver says whether "take over" takes a place in a ranking: "took over the lead in the
// market", "took over the top spot among chipmakers", "takes over first place". No company
// changes hands.
func rankTakenOver(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.to-1] != "over" || !strings.HasPrefix(w[t.from], "tak") && w[t.from] != "took" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+3; k++ {
		if rankNouns[w[k]] {
			return true
		}
		if k > t.to && w[k-1] != "the" && !isNumber(w[k-1]) && w[k-1] != "no." && w[k-1] != "top" && w[k-1] != "first" && w[k-1] != "number" && w[k-1] != "one" {
			return false
		}
	}
	return false
}

// peakWords are the heights a measure falls from over years, not a period's figure.
var peakWords = wordSet(`peak peaks highs heights`)

// fromPeak says whether an earnings trigger's measure falls from a peak ("after sales fell from
// their pandemic peak", "revenue has slid from its 2021 highs"): a trend told as a cause or as
// background, not the results of a period, which "from a year earlier" compares with.
func fromPeak(w []string, t trigger) bool {
	for k := t.to; k < len(w) && k < t.to+3; k++ {
		if w[k] != "from" {
			continue
		}
		for j := k + 1; j < len(w) && j <= k+4; j++ {
			if peakWords[w[j]] {
				return true
			}
			if w[j] == "," || isClauseBreak(w[j]) {
				return false
			}
		}
		return false
	}
	return false
}

// sellVerbs open the sale triggers of a site ("sell ... stores").
var sellVerbs = wordSet(`sell sells sold selling`)

// placePrepositions put the site after them as where goods are sold: "in stores", "at its
// restaurants", "through 300 branches".
var placePrepositions = wordSet(`in at through via`)

// heldParts are what a holder sells in a site, which the sale of the site still is: "sold its
// interest in the stores".
var heldParts = wordSet(`stake stakes interest interests holding holdings share shares`)

// soldAtPlace says whether the acquisition trigger t sells goods at the site it ends with, not
// the site: "will begin selling a home video camera in stores this fall", "sells its frozen
// dinners at 2,000 restaurants". A place preposition stands within the three words before the
// site, and no holder's part is sold.
func soldAtPlace(w []string, t trigger) bool {
	if !sellVerbs[w[t.from]] || t.to-t.from < 3 {
		return false
	}
	site := t.to - 1
	at := -1
	for k := site - 1; k > t.from && k >= site-3; k-- {
		if placePrepositions[w[k]] {
			at = k
			break
		}
	}
	return at > 0 && !anyWithin(w, t.from+1, at, heldParts)
}

// settleVerbs are the forms of "settle", which settles a suit but also accepts less.
var settleVerbs = wordSet(`settle settles settled settling`)

// lesserThings are what one "settles for" short of a suit: less, second place, a smaller prize.
var lesserThings = wordSet(`less fewer second second-best runner-up smaller lower cheaper leaner slower
	weaker lesser modest`)

// settledForLess says whether the legal trigger t is "settle for" less of something (news28):
// "Settles for Second Place", "settled for a smaller deal" is colour, where "settles for $725
// million" ends a suit.
func settledForLess(w []string, t trigger) bool {
	if !(settleVerbShapes.mayHold(w[t.from]) && settleVerbs[w[t.from]]) {
		return false
	}
	k := t.from + 1
	if k >= len(w) || w[k] != "for" {
		return false
	}
	for j := k + 1; j < len(w) && j <= k+2; j++ {
		if lesserThings[w[j]] {
			return true
		}
		if w[j] != "a" && w[j] != "an" && w[j] != "the" {
			return false
		}
	}
	return false
}

// welcomeThings are what a host rolls out for guests: "rolls out the red carpet", "rolled out
// the welcome mat".
var welcomeThings = wordSet(`carpet welcome mat`)

// welcomeRolledOut says whether the product trigger t, "rolls out", rolls out a welcome (news28):
// a feature's "Rolls Out the Red Carpet for Investors" launches nothing.
func welcomeRolledOut(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.to-1] != "out" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+2; k++ {
		if welcomeThings[w[k]] {
			return true
		}
	}
	return false
}

// approvers name who approves a product, and approvedGoods what: a regulator's "nod" has one or
// the other beside it ("the FDA's nod for", "the nod from regulators", "the nod for its vaccine").
var approvers = wordSet(`fda fda's regulators regulator regulators' ema fcc faa usda epa agency agency's
	commission commission's eu european health`)

var approvedGoods = wordSet(`drug drugs vaccine vaccines treatment treatments therapy therapies pill pills
	device devices medicine medicines test tests implant implants shot`)

// nodOfChoice says whether the product trigger t, "nod for", is "the nod" of a choice (news28):
// "Gets the Nod for More Satellites" is a buyer's or a board's pick, no regulator's approval,
// where neither an approver nor approved goods stand in the sentence.
func nodOfChoice(w []string, t trigger) bool {
	if w[t.from] != "nod" || t.from == 0 || w[t.from-1] != "the" {
		return false
	}
	for _, x := range w {
		if approvers[x] || approvedGoods[x] {
			return false
		}
	}
	return true
}

// leaverWords are the subjects a "left the company" may have as a departure: the people who
// leave, by pronoun or by post.
var leaverWords = wordSet(`he she who they executive chief ceo cfo officer president chairman chairwoman
	founder director manager head veteran`)

// leftWithState says whether the executive trigger t, a "left the", leaves the company in a state
// rather than its post: "with" follows the company within four words and the subject before it
// is a lower-case word that names no person ("That loyalty has left the Texas company with more
// cash", "the slump left the retailer with unsold coats"). A person's departure keeps its name or
// post: "Its finance chief has left the company with a year's pay".
func leftWithState(s *sentence, t trigger) bool {
	w := s.words
	if !slices.Contains(w[t.from:t.to], "left") && !slices.Contains(w[t.from:t.to], "leave") &&
		!slices.Contains(w[t.from:t.to], "leaves") || onLeave(w, t) {
		return false
	}
	with := false
	for k := t.to; k < len(w) && k <= t.to+4; k++ {
		if w[k] == "with" {
			with = true
			break
		}
	}
	if !with {
		return false
	}
	k := t.from - 1
	for k >= 0 && (w[k] == "has" || w[k] == "have" || w[k] == "had" || w[k] == "will" || w[k] == "would" || w[k] == "may") {
		k--
	}
	if k < 0 || leaverWords[w[k]] || startsUpper(s.toks[k].text) {
		return false
	}
	// A word of letters: a comma closes an appositive name ("its chief, Ann Ruiz, has left").
	return strings.IndexFunc(w[k], func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// comparedVerbs set a stock against another: "outpacing Grainger", "lagging the S&P 500".
var comparedVerbs = wordSet(`outpacing outpaced outperforming outperformed beating beat trailing trailed lagging
	lagged topping topped than behind ahead`)

// benchmarkMove says whether the price move t is told in a "whose" clause of a company that a
// comparison names: "had risen 20% since January, outpacing W.W. Grainger, whose own shares slid
// after it cut its forecast". The benchmark's move measures the story's stock; it is no news of
// its own. The name between the comparison and ", whose" is capitalized words (and "&", ".").
func benchmarkMove(s *sentence, t trigger) bool {
	w := s.words
	k := t.from - 1
	for k >= 0 && k >= t.from-4 && w[k] != "whose" {
		k--
	}
	if k < 2 || w[k] != "whose" || w[k-1] != "," {
		return false
	}
	j := k - 2
	for n := 0; j >= 0 && n < 6 && (startsUpper(s.toks[j].text) || w[j] == "&" || w[j] == "." || w[j] == "the"); n++ {
		j--
	}
	return j >= 0 && j < k-2 && comparedVerbs[w[j]]
}

// approvalBehindMove says whether the product trigger t is a regulator's approval ("approved",
// "cleared") told in a clause that gives a price move's cause: "Shares of Calloway Foods fell
// 9% on Tuesday, a day after regulators approved a rival's weight-loss drug".
func approvalBehindMove(w []string, t trigger, ts []trigger) bool {
	switch w[t.from] {
	case "approved", "approves", "approval", "cleared", "clears", "clearance":
	default:
		return false
	}
	return causeOfMove(w, t, ts)
}
