package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The rules in this file decide what a trigger phrase means in its sentence, where the phrase
// alone would give the wrong type or an event where none happened. Each names a class of
// sentences that company news writes; the labelled sentences of testdata/sentences.tsv hold
// examples of each.

// meaning applies the rules to the triggers of a sentence: it drops the triggers that tell no
// event and adds the type that a phrase has in its context. Money raised in a listing is the
// listing's ("raised $4.4 billion in its initial public offering"): an offering beside an IPO
// trigger is dropped. The result is written to ts's memory, which the caller gives up.
func meaning(words []string, ts []trigger) []trigger {
	given := ts
	cloned := false
	for i, t := range ts {
		if t.typ == events.Executive && insolvencyOfficer(words, t) {
			// "appointed the FDIC as receiver", "named Deloitte as administrators": the company
			// is handed to an officer of its insolvency, no leader chosen. (Before the wire's
			// senses, which drop a firm appointed as no executive.) The caller's triggers are
			// left as they are.
			if !cloned {
				ts, cloned = slices.Clone(ts), true
			}
			ts[i].typ, ts[i].weak = events.Bankruptcy, false
		}
		if t.typ == events.Guidance && ratingOutlook(words, t) {
			// "S&P revised its outlook on Boeing to negative": the rating's outlook, an
			// agency's action on the company (ratingnews.go).
			if !cloned {
				ts, cloned = slices.Clone(ts), true
			}
			ts[i].typ = events.Analyst
		}
	}
	ts = wireSenses(words, ts) // wire copy's senses of words (wire.go), seen by the rules below
	out := ts[:0:0]
	if len(ts) > 0 {
		// wireSenses copied the triggers out, so the caller's list is free, and it has room
		// for them all but the one more a majority sale's split may add: a list made here
		// was the third of a sentence's copies of its triggers.
		out = given[:0]
	}
	contested := slices.ContainsFunc(ts, func(t trigger) bool {
		return t.typ == events.Acquisition && (contestedDeal(words, t, ts) || suedOver(words, t, ts))
	})
	sued := hasType(ts, events.Legal)
	for _, t := range ts {
		deal := t.typ == events.Acquisition
		if deal && contested && sued && !courtBlocked(words, t) && (!t.verbal || contestedDeal(words, t, ts) || suedOver(words, t, ts)) &&
			!dealBeforeSuit(words, t, ts) { // lead15.go
			continue // the suit's own trigger tells the event; the deal is its object
		}
		switch {
		case failedSearch(words, t), failedAgreement(words, t),
			t.typ == events.Offering && placedHolding(words, t),
			t.typ == events.PriceMove && (priceLevel(words, t) || recordOfOther(words, t)),
			t.typ == events.Guidance && (analystsView(words, t, ts) || othersExpect(words, t) || outlookWithheld(words, t)),
			t.typ == events.Executive && plainGoing(words, t) && !officerGoes(words, t),
			t.typ == events.Partnership && dealAgreement(words, t),                              // ratingnews.go
			t.typ == events.Partnership && (laborAgreement(words, t) || personalDeal(words, t)), // signeddeals.go
			t.typ == events.Partnership && unmadeFranchisePact(words, t),                        // news69.go
			t.typ == events.Executive && (auditorLeaves(words, t) || managerNamed(words, t, ts)),
			t.typ == events.Restructuring && debtRestructuring(words, t, ts) && hasType(ts, events.Bankruptcy),
			t.typ == events.Dividend && unrecommendedPayout(words, t), // wire28.go
			// A waiver of the terms of a credit the company has raises no money (news83.go).
			t.typ == events.Offering && waivedTerms(words, t),
			// "a close friend of mine" closes no mine (news83.go).
			t.typ == events.Restructuring && (closingLevel(words, t) || mineNotClosed(words, t)),
			t.typ == events.Legal && (mountingSuits(words, t, ts) || probeBehindExit(words, t, ts)),
			// costcuts.go: the underwriters' option to buy more shares, a patent that runs out, a
			// plan unveiled, and a broker's view after its rating action.
			t.typ == events.Buyback && underwritersOption(words, t),
			t.typ == events.Earnings && othersResults(words, t),
			t.typ == events.Legal && patentExpiry(words, t),
			t.typ == events.Product && unveiledPlan(words, t),
			t.typ != events.Analyst && brokerView(words, t, ts),
			t.typ == events.Contract && (laborContract(words, t) || tradedContract(words, t) || demandOrders(words, t)),
			// A contract a suit is about ("sued over ended supply deal", "accusing it of breaking a
			// supply contract") is the suit's topic, not a contract won.
			t.typ == events.Contract && sued && (suedOver(words, t, ts) || breachedContract(words, t)),
			t.typ == events.Product && (shippingTrade(words, t) || recordShowed(words, t) || countedShips(words, t) || dealApproved(words, t)),
			t.typ == events.IPO && tradingAnew(words, t),
			t.typ == events.Contract && cancelledOrders(words, t), // streetnews.go
			t.typ == events.Split && exchangeRatio(words, t),
			t.typ == events.Acquisition && (goodsAtStores(words, t) || classPeriodPurchase(words, t) || stakeCutByOffering(words, t, ts)), // news38.go
			t.typ == events.Contract && harmedOrders(words, t) || proceedsUses(words, t) || fundedPlan(words, t),
			t.typ == events.Partnership && joinedElsewhere(words, t), // news40.go
			dealPaidWith(words, t) || conditionalApproval(words, t),  // news54.go
			licensingDealFor(words, t), // news54.go
			t.typ == events.Acquisition && (massPurchase(words, t) || lineOfBusiness(words, t) || goodsBought(words, t)),
			restrictionByOther(words, t), // authorityacts.go
			news42Misreads(words, t),     // news42.go
			news87Misreads(words, t),     // news87.go: insiders' stock, a close against an earlier day
			bareBackReference(words, t),  // news90.go: "The purchases were reported to the SEC"
			pricesMoved(words, t),        // news47.go
			(t.typ == events.Acquisition || t.typ == events.Offering) && goodsSold(words, t),
			featureOffering(words, t) || contractEnding(words, t) || pastSpanCuts(words, t), // offered.go
			// "filed under Chapter 11 after talks with its lenders on a new credit line broke
			// down": the financing that failed is the filing's cause, no offering.
			t.typ == events.Offering && causeAfter(words, t, ts, events.Bankruptcy),
			// "chose to build its new plant in Tennessee": a company's own plan, no supplier chosen
			// ("picked to supply", "chosen to build" are passives: the supplier is the subject).
			t.typ == events.Contract && ownChoice[words[t.from]] && t.from+1 < len(words) && words[t.from+1] == "to",
			yearsAfter(words, t) && !recentPeg(words, t, ts), // news37.go
			rivalsDeal(words, t, ts),                                // rivaldeals.go
			indexReplacement(words, t) || sessionInTheRed(words, t), // indexnews.go
			secondStockInGap(words, t),                              // gappedmoves.go
			// Beside a mention of the listing ("priced its IPO ... and sold 33 million shares"),
			// the shares sold are the listing's, which a stronger word tells or none.
			t.typ == events.Offering && slices.ContainsFunc(ts, func(u trigger) bool { return u.typ == events.IPO }) && !hasType(ts, events.IPO):
			continue
		case t.typ == events.Offering && hasType(ts, events.IPO):
			// "plans to sell 15 million shares when it floats": the sale is the listing.
			t.typ = events.IPO
		}
		switch {
		case t.typ == events.Product && securitiesLaunch(words, t), t.typ == events.Executive && retiredPaper(words, t),
			t.typ == events.Restructuring && debtRestructuring(words, t, ts):
			t.typ = events.Offering // financing news: paper launched, debt retired, replaced or reworked
		case t.typ == events.Executive && t.weak && officerRetires(words, t):
			t.weak = false // "and that chairman Victor Paley, 68, will retire on June 30" (feeds.go)
		case t.typ == events.Contract && t.to < len(words) && words[t.to] == "dispute":
			t.typ = events.Legal // "a contract dispute" is a quarrel over one
		case t.typ == events.IPO && spunOffTrading(words, t):
			t.typ = events.Acquisition // "began trading on its own": the spin-off's shares (streetnews.go)
		case t.typ == events.Acquisition && takeOverAs(words, t):
			t.typ = events.Executive // "would take over as chairman" is a succession
		case (t.typ == events.Guidance || t.typ == events.Forecast) && ownForecastMeasured(words, t):
			t.typ, t.weak = events.Earnings, false // "missed its own revenue forecast": results (news40.go)
		case t.typ == events.Guidance && (scheduledReport(words, t) || scheduledOwnReport(words, t)): // news102.go
			// "is expected to report quarterly earnings on Tuesday": a report to come on a
			// day, which news previews (costcuts.go), not the company's word on its results.
			t.typ = events.Earnings
		case t.typ == events.Earnings && (futureResults(words, t) || resultsDented(words, t) || lossToCome(words, t) ||
			estimatesAhead(words, t) || resultTargeted(words, t)): // news63.go
			// "earnings will rise": a company's word on results to come, which needs no other
			// verb to be news (as resultsCompared's "will be below"), unless analysts say it.
			t.typ, t.weak = events.Guidance, t.weak && anyBefore(words, t, 4, forecasters)
		case t.typ == events.Acquisition && contested && (!t.verbal || contestedDeal(words, t, ts) || suedOver(words, t, ts)) && !dealBeforeSuit(words, t, ts):
			// "sued to block JetBlue's takeover of Spirit": the suit is the news, the pending
			// deal its object, and the deal's parties its parties; "the merger" told again in
			// the sentence ("saying the merger would raise prices") is that deal.
			t.typ, t.weak = events.Legal, false
		case t.typ == events.Acquisition && t.to > 1 && words[t.to-2] == "shares" && soldInOffering(words, t.to-1):
			// "to sell 2.5 mln common shares in a public offering": the company's own shares.
			t.typ, t.to = events.Offering, t.to-1
		case t.typ == events.Acquisition && rightsToBuy(words, t):
			// "holders will be able to buy one new share for each four held at 14 dlrs": a
			// rights offering, the company's own new stock sold to its holders.
			t.typ = events.Offering
		case t.typ == events.Acquisition && sharesForPurpose(words, t):
			// "sold shares to help pay for its purchase": shares sold to raise money, not to a buyer.
			t.typ, t.to = events.Offering, t.to-1
		case t.typ == events.Offering && heldShares(words, t):
			// "sold four mln shares it held in USAir", "sold shares of Apple": a holding sold.
			t.typ = events.Acquisition
		case t.typ == events.Acquisition && t.verbal && countOfOwnStock(words, t):
			// "will purchase the 940,000 of its common shares owned by the family": the count
			// of its own stock is the context a weak "purchase" waits for.
			t.typ, t.weak = events.Buyback, false
		case t.typ == events.Acquisition && (ownStockBought(words, t) || ownSharePurchases(words, t) || oddLots(words, t)):
			// "AUTHORIZES PURCHASE OF OWN STOCK" (dealhistory.go), "through share purchases",
			// "to buy odd lots" (ownpurchases.go)
			t.typ = events.Buyback
		case t.typ == events.Buyback && preferredRetired(words, t):
			t.typ = events.Offering // "retire higher cost preferred stock": financing, not a buyback
		case t.typ == events.Earnings && outlookMeasured(words, t) && !reportedMeasure(words, t): // news40.go
			// "Nike's forecast for the holiday quarter fell short of estimates": the outlook is
			// what missed, not the results.
			t.typ = events.Guidance
		case t.typ == events.Forecast && (ownForecastNoun(words, t) || judgedMeasureForecast(words, t)): // news30.go
			// "shares jump after upbeat forecast", "cut its forecast": the company's own word on
			// its results to come, not a prediction about the world.
			t.typ, t.verbal = events.Guidance, false
		case t.typ == events.Acquisition && goodsPurchase(words, t):
			// "agreed to buy 220 Boeing jets": an order, won by their maker. The goods counted
			// after the verb are the context a weak "purchase" waits for.
			t.typ, t.weak = events.Contract, false
		case t.typ == events.Acquisition && openMarketShares(words, t): // news35.go
			// "may buy shares on the open market": bare shares bought in the market are the
			// buyer's own.
			t.typ, t.weak = events.Buyback, false
		}
		if t.typ == events.Acquisition && dealHistory(words, t) {
			// "has pushed into software with the purchases of CA and Symantec": deals named in
			// the plural are a history, news only where a verb or a stage says so.
			t.weak = true
		}
		if t.typ == events.Product && (rememberedRecall(words, t) || plantOutage(words, t)) {
			continue
		}
		if forecastsBehindMove(words, t, ts) || cameInBehindMove(words, t, ts) { // news40.go
			continue // "shares slide as revenue misses forecasts": the move's cause
		}
		if t.typ == events.Contract && orderBehindMove(words, t, ts) {
			continue // "shares climbed 14% after Emirates agreed to buy 40 of its jets": the move's cause
		}
		if t.typ == events.Acquisition && (saleBehindPayout(words, t, ts) || productsBoughtBehindMove(words, t, ts)) {
			continue
		}
		if t.typ == events.Legal && courtForDebts(words, t) {
			t.typ = events.Bankruptcy // "turns to Texas court to rework $3bn debt"
		}
		if t.typ == events.IPO && hasType(ts, events.PriceMove) && (debut(words, t) || debutBeside(words, ts)) {
			// "shares jump 76% in their NYSE debut": the move, and the listing beside it, however
			// often the sentence names it ("... against the $21 price of its IPO").
			t.aside = true
		}
		if reactionMove(words, t) { // lead16.go
			// "announced a $70 billion buyback, sending its shares up 11%": the move is what the
			// news did, an event beside it.
			t.aside = true
		}
		out = append(out, t)
		if deal && t.typ == events.Legal && courtBlocked(words, t) {
			// "a judge blocked JetBlue's takeover of Spirit": the ruling, and beside it the deal
			// it ended (news55.go).
			d := t
			d.typ, d.aside = events.Acquisition, true
			out = append(out, d)
		}
		if t.typ == events.Forecast && ownResultsForecast(words, t) {
			g := t
			g.typ, g.verbal = events.Guidance, true // followed by its object, the word is a verb
			out = append(out, g)
		}
	}
	return out
}

// ownForecastNoun says whether a forecast trigger is the noun "forecast" judged or owned right
// before it ("upbeat forecast", "a weak forecast", "its forecast"): a company's outlook, as
// headlines tell the cause of a move. The forecasts of others ("beat forecasts", "analysts'
// forecast") are plural or named by their makers.
func ownForecastNoun(words []string, t trigger) bool {
	if words[t.from] != "forecast" || t.to != t.from+1 || t.from == 0 {
		return false
	}
	p := words[t.from-1]
	if (p == "a" || p == "an") && t.from > 1 {
		p = words[t.from-2]
	}
	return forecastMarks[p] || p == "its" || p == "their" || ownedAcross(words, t.from) // lead16.go
}

// forecastMarks judge a company's forecast in a headline or a lead.
var forecastMarks = wordSet(`weak strong soft upbeat downbeat solid bleak rosy cautious gloomy dour tepid robust
	optimistic pessimistic disappointing lackluster lacklustre sunny grim`)

// anyBefore says whether one of the words of set stands among the n words before trigger t.
func anyBefore(words []string, t trigger, n int, set map[string]bool) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-n; k-- {
		if set[words[k]] {
			return true
		}
	}
	return false
}

// searchVerbs are what a company tries to do before a deal exists: find a buyer, raise capital,
// win a contract.
var searchVerbs = map[string]bool{"find": true, "raise": true, "secure": true, "obtain": true, "attract": true,
	"win": true, "land": true, "line": true, "get": true, "seek": true, "locate": true, "arrange": true}

// failedSearch says whether a trigger tells a search that failed: "after failing to find a buyer",
// "was unable to raise new capital", and a second search in the same failure ("failing to find a
// buyer or raise enough capital"). Nothing happened, unlike a deal that failed ("failed to
// complete the purchase"), which was agreed and is news.
func failedSearch(words []string, t trigger) bool {
	if t.from < 2 || !searchVerbShapes.mayHold(words[t.from]) || !searchVerbs[words[t.from]] {
		return false
	}
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		w := words[k]
		if w == "," || w == ";" || isClauseBreak(w) {
			return false
		}
		if w != "to" {
			continue
		}
		switch words[k-1] {
		case "failed", "failing", "fails", "fail", "unable":
			// The search verb follows "to" right away, or after another search and "or" or "and".
			return k == t.from-1 || words[t.from-1] == "or" || words[t.from-1] == "and"
		}
	}
	return false
}

func hasType(ts []trigger, typ events.Type) bool {
	return slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == typ && !t.weak })
}

// managerNamed says whether an executive trigger that is a noun ("new CEO", "new chief
// executive") names a manager rather than tells a change: after a preposition ("sees a turnaround
// under new CEO") or in a broker's rating action ("upgraded Nike, saying its new chief executive
// can revive sales"), where the change, if any, is older news.
func managerNamed(words []string, t trigger, ts []trigger) bool {
	if words[t.from] != "new" {
		return false
	}
	if t.from > 0 {
		switch words[t.from-1] {
		case "under", "with", "from", "by", "of", "for":
			return true
		}
	}
	return hasType(ts, events.Analyst)
}

// debtWords are what a company restructures when it reworks its finances rather than its
// operations.
var debtWords = map[string]bool{"debt": true, "debts": true, "loans": true, "notes": true, "bonds": true,
	"obligations": true, "borrowings": true, "liabilities": true, "balance": true, "finances": true, "capital": true}

// debtRestructuring says whether a restructuring trigger tells a reworking of debt ("while it
// restructures its debt", "completed its restructuring and emerged from Chapter 11"): part of a
// bankruptcy (dropped: the bankruptcy is the event) or a refinancing (financing news, an
// offering), not layoffs or closures.
func debtRestructuring(words []string, t trigger, ts []trigger) bool {
	switch words[t.from] {
	case "restructure", "restructures", "restructured", "restructuring":
	default:
		return false
	}
	if hasType(ts, events.Bankruptcy) {
		return true
	}
	// "restructures its debt", "DEBT RESTRUCTURE"
	for k := max(0, t.from-2); k < len(words) && k <= t.to+3; k++ {
		if debtWords[words[k]] {
			return true
		}
	}
	return reworkedPaper(words, t) // "restructure 186 mln dlrs of bank debt" (news83.go)
}

// laborWords make a contract an agreement with employees, not business won.
var laborWords = map[string]bool{"labor": true, "labour": true, "union": true, "wage": true, "collective": true,
	"employment": true, "workers": true, "machinists": true, "pilots": true, "nurses": true, "teachers": true}

// laborContract says whether a contract trigger is a labor agreement ("voted to accept a new
// four-year labor contract", "the union contract").
func laborContract(words []string, t trigger) bool {
	if votedContract(words, t) {
		return true // "machinists vote to accept new contract" (news55.go)
	}
	// A count of goods ordered has a buyer, never a union, before it: "Union Pacific ordered 300
	// locomotives" (orders.go).
	if anyBefore(words, t, 4, laborWords) && !countOrderVerbs[words[t.from]] {
		return true
	}
	for k := t.from; k < t.to; k++ {
		if laborWords[words[k]] {
			return true
		}
	}
	return false
}

// laborAgreement says whether a partnership trigger is an agreement with employees: "a costly
// labor agreement with the Teamsters", "reached a deal with the union on Friday". A union named
// after the trigger ends its phrase there, so that "a partnership with Union Pacific" stays one.
func laborAgreement(words []string, t trigger) bool {
	if laborContract(words, t) {
		return true
	}
	for k := t.to; k < len(words) && k <= t.to+4; k++ {
		if words[k] == "union" || words[k] == "unions" {
			return k+1 == len(words) || unionEnds[words[k+1]]
		}
		if gapStops[words[k]] || words[k] == "," {
			return false
		}
	}
	return false
}

// unionEnds after "union" end the phrase that names a labor union.
var unionEnds = wordSet(`. , ; on that to over for and in which representing covering after`)

// mountingSuits says whether a legal trigger is suits told as the growing backdrop of another
// event in its sentence, after "as" or "amid": "filed for bankruptcy as opioid lawsuits mount",
// "shares fell amid mounting claims over its earplugs". A pile of suits is no suit filed that day;
// "was hit by a wave of lawsuits" and "as regulators sued" still tell one.
func mountingSuits(words []string, t trigger, ts []trigger) bool {
	if !slices.ContainsFunc(ts, func(u trigger) bool { return u.typ != events.Legal && u.from < t.from }) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if words[k] != "as" && words[k] != "amid" && words[k] != "amidst" {
			continue
		}
		for j := k + 1; j < len(words) && j <= t.to+4; j++ {
			if suitsGrowing[words[j]] || j > k+1 && words[j-1] == "pile" || words[j] == "up" && j > 0 && strings.HasPrefix(words[j-1], "pil") {
				return true
			}
			if gapStops[words[j]] || words[j] == "," {
				break
			}
		}
		return false
	}
	return false
}

// probeBehindExit says whether a legal trigger is the inquiry behind a management change told
// before it, after "after" or "following": "fires CEO after probe into vendor dealings",
// "chief financial officer resigns following internal investigation". The inquiry is the
// change's cause, most often the board's own, and the change is the news; "CEO resigns as SEC
// sues" and "ousts CEO, settles SEC probe" still tell the suit.
func probeBehindExit(words []string, t trigger, ts []trigger) bool {
	if !slices.ContainsFunc(words[t.from:t.to], func(w string) bool { return inquiryWords[w] }) || !slices.ContainsFunc(ts, func(u trigger) bool { return u.typ == events.Executive && u.to <= t.from }) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch {
		case words[k] == "after" || words[k] == "following":
			return true
		case gapStops[words[k]] || words[k] == ",":
			return false
		}
	}
	return false
}

// inquiryWords are the nouns of an inquiry.
var inquiryWords = wordSet(`probe probes investigation investigations inquiry inquiries review`)

// suitsGrowing tell suits piling up.
var suitsGrowing = wordSet(`mount mounts mounted mounting grow grows grew growing multiply multiplied
	multiplying swell swells swelled swelling`)

// closingLevel says whether a closure's verb is the adjective of a price: "sold stock well below
// its last closing price, as it works to fund operations" closes no operations. A gapped
// phrase ("closing ... operations") reads its verb and its object across the clause between.
func closingLevel(words []string, t trigger) bool {
	return strings.HasPrefix(words[t.from], "clos") && t.from+1 < t.to && closedLevels[words[t.from+1]]
}

// closedLevels after "closing" or "close" make it the day's last price, not a closure.
var closedLevels = wordSet(`price prices level levels bell high low value values quote`)

// levelWords end the phrases that state where a price stood ("closed at $83.00", "shares ended
// the day at"), which tell a move only with a change beside them.
var levelWords = map[string]bool{"closed": true, "closing": true, "closes": true, "close": true, "ended": true,
	"ends": true, "end": true, "opened": true, "opening": true, "opens": true, "at": true}

// moveWords tell a change of price.
var moveWords = map[string]bool{"up": true, "down": true, "higher": true, "lower": true, "rose": true, "fell": true,
	"gained": true, "lost": true, "added": true, "shed": true, "jumped": true, "dropped": true, "slipped": true,
	"climbed": true, "tumbled": true, "surged": true, "sank": true, "pct": true, "percent": true, "record": true,
	"high": true, "low": true, "rising": true, "falling": true, "gaining": true, "losing": true}

// priceLevel says whether a price-move trigger only states a price ("The stock closed at $155.20
// on Friday"): its phrase ends in a level word and nothing in the sentence tells a change.
func priceLevel(words []string, t trigger) bool {
	if !levelWords[words[t.to-1]] && !(t.to < len(words) && words[t.to-1] != "at" && words[t.to] == "at") {
		return false
	}
	for _, w := range words {
		if (moveWordShapes.mayHold(w) && moveWords[w]) || strings.HasSuffix(w, "%") {
			return false
		}
	}
	return true
}

// analystsView says whether a guidance trigger is a broker's view told with its rating action:
// "Morgan Stanley cut its price target on Tesla and warned that sales could slow". Guidance is a
// company's outlook for its own results; a subordinate clause ("upgraded Tesla after the company
// raised its forecast") is the company's again.
func analystsView(words []string, t trigger, ts []trigger) bool {
	for _, a := range ts {
		if a.typ != events.Analyst || a.weak || a.to > t.from {
			continue
		}
		if !slices.ContainsFunc(words[a.to:t.from], func(w string) bool { return isSubordinator(w) }) {
			return true
		}
	}
	return false
}

// auditorWords name the accountants that sign a company's books: an auditor that resigns leaves a
// client, not a management post.
var auditorWords = map[string]bool{"auditor": true, "auditors": true, "accountant": true, "accountants": true,
	"accounting": true}

// auditorLeaves says whether an executive trigger tells an auditor's resignation or hiring ("after its
// auditor Ernst & Young resigned", "its auditor, Ernst & Young, resigned": the firm's name may
// stand between commas).
func auditorLeaves(words []string, t trigger) bool {
	// An auditor hired is no officer either: "hired BDO as its new auditor", "hires new auditor".
	for k := t.to; k < len(words) && k < t.to+6; k++ {
		if words[k] == "auditor" || words[k] == "auditors" {
			return true // ("chief accounting officer" is an officer)
		}
		if words[k] == "," || words[k] == "." || words[k] == "and" || isClauseBreak(words[k]) {
			break
		}
	}
	commas := 0
	for k := t.from - 1; k >= 0 && k >= t.from-9; k-- {
		if auditorWordSet.has(words[k]) {
			return true
		}
		if words[k] == "," {
			commas++
		}
		if commas > 2 || isClauseBreak(words[k]) {
			return false
		}
	}
	return false
}

// ownResultNouns are the results a company forecasts for itself.
var ownResultNouns = map[string]bool{"revenue": true, "revenues": true, "sales": true, "profit": true,
	"profits": true, "losses": true, // "TESCO FORECASTS PROFITS RISE THIS YEAR" (lead16)
	"earnings": true, "loss": true, "eps": true, "margin": true, "margins": true, "income": true, "deliveries": true,
	// the costs a company guides on beside its results
	"expenses": true, "costs": true, "expenditures": true, "capex": true,
	// the operating measures a company guides on as it does its results: "forecast
	// second-quarter gross bookings above estimates", "forecast adjusted EBITDA of $2 billion",
	// "forecast billings below estimates", "free cash flow" (lead18)
	"bookings": true, "billings": true, "ebitda": true, "flow": true, "shipments": true}

// forecasters are the people whose forecasts are their own, not a company's guidance.
var forecasters = map[string]bool{"analysts": true, "analyst": true, "economists": true, "economist": true,
	"strategists": true, "brokers": true, "investors": true, "street": true}

// ownResultsForecast says whether a forecast verb has a company's results as its object ("Micron
// forecast first-quarter revenue above estimates", "forecasts quarterly sales"), which is
// guidance; analysts' and economists' forecasts are not.
func ownResultsForecast(words []string, t trigger) bool {
	switch words[t.from] {
	case "forecast", "forecasts", "projects", "projected", "predicts", "predicted":
	default:
		return false
	}
	if forecasterWithin(words, t, 3) { // "told analysts it forecasts higher revenue" is its own
		return false
	}
	// The object may list several measures: "forecast higher expenses this year and
	// second-quarter revenue below estimates".
	for k := t.to; k < len(words) && k <= t.to+8; k++ {
		if ownResultNouns[words[k]] {
			return true
		}
		if words[k] == "," || words[k] == "that" || isClauseBreak(words[k]) {
			return false // "forecasts that spending on cloud software will double": a clause of its own
		}
	}
	return false
}

// othersExpect says whether a guidance phrase of expecting ("expects ... earnings", "sees
// profit") is said of analysts or investors ("Wall Street expected earnings of 68 cents",
// "analysts expect profit to fall"): their forecast, not the company's guidance.
func othersExpect(words []string, t trigger) bool {
	switch words[t.from] {
	case "expect", "expects", "expected", "expecting", "sees", "see", "saw":
	default:
		// "Analysts gave Hasbro a negative outlook": the giving verbs of an outlook too.
		if !expectingVerbs[words[t.from]] && !(t.gap && givingVerbs[words[t.from]]) { // frames.go's synonyms
			return false
		}
	}
	return forecasterWithin(words, t, 3) // analysts told something are the audience (wireown.go)
}

// insolvencyOfficer says whether an appointment names an officer of an insolvency as the post:
// "appointed the Federal Deposit Insurance Corp as receiver", "named KPMG as joint
// administrators of the retailer", "as trustee in bankruptcy". A post of a trust alone ("named
// her trustee of the pension fund") is no insolvency.
func insolvencyOfficer(words []string, t trigger) bool {
	if passiveInsolvencyOfficer(words, t) {
		return true
	}
	// The officers as the verb's object, in British wire: "its bankers have appointed receivers",
	// "appointed joint administrators to the company" (wire24).
	for k := t.to; k < len(words) && k < t.to+3; k++ {
		if insolvencyOfficers[words[k]] && words[k] != "trustee" { // a trust's trustee is no insolvency
			return true
		}
		if !officerQualifiers[words[k]] { // wire28.go
			break
		}
	}
	for k := t.to; k < len(words) && k < t.to+9; k++ {
		if isClauseBreak(words[k]) || words[k] == ";" || words[k] == "." {
			return false
		}
		if words[k] != "as" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			switch words[j] {
			case "receiver", "receivers", "administrator", "administrators", "liquidator", "liquidators", "conservator":
				return true
			case "trustee":
				return j+2 < len(words) && words[j+1] == "in" && words[j+2] == "bankruptcy" || j > 0 && words[j-1] == "bankruptcy"
			}
		}
		return false
	}
	return false
}

// passiveInsolvencyOfficer says whether the officers of an insolvency stand before the
// appointment told in the passive, as Australian and British wire tells receivership:
// "Receivers were appointed to Bindoon Enterprises by its banks", "a provisional liquidator has
// been appointed", "RECEIVERS APPOINTED TO ACME". The passive is required (an auxiliary, or a
// headline's bare participle with the company after "to" or "for"), so that receivers who
// themselves appoint someone ("the receivers appointed a new manager") stay an appointment.
func passiveInsolvencyOfficer(words []string, t trigger) bool {
	k := t.from - 1
	aux := false
	for ; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "was", "were", "been", "has", "have", "had", "is", "are", "being", "be":
			aux = true
			continue
		}
		break
	}
	if k < 0 || !insolvencyOfficers[words[k]] || words[k] == "trustee" {
		return false
	}
	return aux || t.to < len(words) && (words[t.to] == "to" || words[t.to] == "for") || t.to == len(words) // a headline's "RECEIVERS APPOINTED" (wire28)
}

// takeOverAs says whether "take over" tells a succession: "would take over as chairman", "took
// over from Smith", "takes over at Acme", or with nothing taken over ("Finance head takes over"),
// not the taking over of a company, which names what is taken.
func takeOverAs(words []string, t trigger) bool {
	if t.to-t.from != 2 || words[t.from+1] != "over" {
		return false
	}
	switch words[t.from] {
	case "take", "takes", "took", "taking", "taken":
		if t.to >= len(words) || takeOverPost(words, t.to) || takeOverWhen(words, t.to) || takeOverInterim(words, t.to) ||
			takeOverSearch(words, t.to) { // news80.go, news81.go, news84.go
			return true
		}
		switch words[t.to] {
		case "as", "from", "at", ".", ",", ";", ":", "on", "in", "after", "when":
			return true
		case "last", "this", "earlier", "later", "recently", "yesterday", "today", "early", "late":
			// A time, with nothing taken over: "who took over last year" ("took over last
			// year's leader" takes a company).
			return t.to+2 >= len(words) || words[t.to+2] != "'s"
		}
	}
	return false
}

// resultsAhead are the verbs that tell where results are going.
var resultsAhead = map[string]bool{"rise": true, "fall": true, "increase": true, "decrease": true, "decline": true,
	"improve": true, "exceed": true, "drop": true, "grow": true, "top": true, "surpass": true, "rebound": true,
	"recover": true, "double": true, "climb": true, "slip": true, "weaken": true, "strengthen": true,
	// Where they will land: "would come in around $600 million", "will total about $2 billion".
	"come": true, "total": true, "reach": true, "land": true,
	// Where they will stand against a mark, after "be": "profit for the quarter will be lower
	// than the 58 cts it earned", "net should be above last year's"; or behind it, "to trail".
	"lower": true, "higher": true, "below": true, "above": true, "better": true, "worse": true,
	"weaker": true, "stronger": true, "trail": true, "lag": true,
	// Against others' figures: "1989 net to beat forecasts".
	"beat": true,
	// What will weigh on them or lift them, in the passive: "its second-half earnings would be
	// hurt by a weaker dollar", "profit will be helped by lower fuel costs" (wire22).
	"hurt": true, "depressed": true, "helped": true, "boosted": true, "squeezed": true}

// rightsToBuy says whether a purchase verb's object is new shares counted per share held ("buy
// one new share for each four shares held", "purchase two additional shares for every 10
// owned"), or rights to buy counted shares ("rights to buy 1.2 mln new shares"): holders buying
// the company's new stock in a rights offering, not a deal.
func rightsToBuy(words []string, t trigger) bool {
	switch words[t.from] {
	case "buy", "purchase", "acquire", "subscribe":
	default:
		return false
	}
	rights := t.from >= 2 && words[t.from-1] == "to" && (words[t.from-2] == "rights" || words[t.from-2] == "right")
	for k := t.from + 1; k+1 < len(words) && k <= t.from+6; k++ {
		if endsClause(words[k]) {
			return false
		}
		if words[k] == "for" && (words[k+1] == "each" || words[k+1] == "every") {
			return ownNewShares(words, k, newShareWords)
		}
		if rights && (words[k+1] == "shares" || words[k+1] == "share") && countedShares(words, k+1) {
			return true
		}
	}
	return false
}

// countedShares says whether the "shares" at j are counted or called new ("1.2 mln new
// shares", "800,000 common shares"): stock the company issues, where "rights to buy Acme
// common" are rights to another company's stock.
func countedShares(words []string, j int) bool {
	k := j - 1
	if k > 0 && (words[k] == "common" || words[k] == "ordinary") {
		k--
	}
	w := words[k]
	return newShareWords[w] || isNumber(w) || w == "mln" || w == "million"
}

// estimatesAhead says whether an earnings trigger of results against estimates ("top
// estimates", "beat forecasts") is put in the future by a modal or "to" right before its verb,
// an adverb allowed between: "SAYS 1988 NET TO TOP ESTIMATES", "profits should comfortably top
// analysts' estimates". The company says where its results will land: its outlook. Others'
// expectation ("is expected to beat estimates when it reports") previews a report, no outlook.
func estimatesAhead(words []string, t trigger) bool {
	if !estimateVerbs[words[t.from]] {
		return false
	}
	j := t.from - 1
	if j >= 0 && strings.HasSuffix(words[j], "ly") {
		j--
	}
	if j < 0 || !modalsAhead[words[j]] {
		return false
	}
	return !(words[j] == "to" && j > 0 && (words[j-1] == "expected" || words[j-1] == "likely"))
}

// estimateVerbs are the base forms of the verbs that set results against estimates.
var estimateVerbs = wordSet(`top beat exceed surpass miss meet`)

// lossToCome says whether an earnings trigger tells a result the company will post, named with
// an article: "said it will post a loss for the third quarter", "the strike will cause it to
// report a net loss", "will result in a small profit for the year". The article says what the
// results will be, which is the company's outlook; a report to come is told without one ("will
// report third quarter results on Tuesday") and stays earnings (scheduledReport).
func lossToCome(words []string, t trigger) bool {
	for k := t.from; k < t.to && k < len(words); k++ {
		if !futureOutcomes[words[k]] {
			continue
		}
		j := k - 1
		for n := 0; n < 4 && j >= 0 && (outcomeSizes[words[j]] || resultPeriodWord(words[j])); n++ {
			j--
		}
		if j < 1 || words[j] != "a" && words[j] != "an" {
			return false
		}
		j--
		switch {
		case postingVerbs[words[j]]:
		case j > 0 && (words[j] == "in" && words[j-1] == "result" || words[j] == "to" && words[j-1] == "lead"):
			j--
		case j > 0 && words[j] == "in" && words[j-1] == "resulting":
			// A participle after the clause of a charge to come: "will write off 180 mln dlrs,
			// resulting in a net loss for the fourth quarter" (newswire17's probes). Its tense is
			// the clause's; "wrote off ..., resulting in a net loss" is a result reported.
			return futureClauseBefore(words, j-1) && !anyBefore(words, trigger{from: j - 1}, 8, forecasters)
		default:
			return false
		}
		// "Analysts expect Nike to report a profit of 70 cents a share on Tuesday" is their
		// forecast of a report to come.
		return futureModal(words, j) && !anyBefore(words, trigger{from: j}, 8, forecasters)
	}
	return false
}

var (
	// futureOutcomes are the results a company says it will post.
	futureOutcomes = wordSet(`loss profit deficit`)
	// outcomeSizes stand between the article and the result: "a small net loss".
	outcomeSizes = wordSet(`net small slight modest substantial sizable large big operating pretax pre-tax`)
	// postingVerbs put a result in the company's books, or the cause's effect on them.
	postingVerbs = wordSet(`post report show record incur suffer have cause produce`)
)

// resultPeriodWord says whether w names the period of a result between its article and the
// result: "a fourth-quarter loss", "a fourth quarter net loss", "a 1987 loss".
func resultPeriodWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "quarter", "half", "year", "fiscal", "full-year", "quarterly", "annual":
		return true
	}
	return strings.HasSuffix(w, "-quarter") || strings.HasSuffix(w, "-half") || len(w) == 4 && isNumber(w) && (w[0] == '1' || w[0] == '2')
}

// futureClauseBefore says whether the participle at j ("resulting") follows a clause put in the
// future by a modal: back to the comma before it and on through that clause, up to the verb of
// saying that opens it.
func futureClauseBefore(words []string, j int) bool {
	if j < 1 || words[j-1] != "," {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-16; k-- {
		switch w := words[k]; {
		case w == "," || endsClause(w) || w == "said" || w == "says":
			return false
		case w == "will" || w == "would" || w == "expects" || w == "plans" || w == "intends":
			return true
		}
	}
	return false
}

// futureModal says whether the verb at j is put in the future by a modal or an expecting verb
// before it in its clause: "will post", "would cause", "expects to report", "will cause it to
// post". A verb after a bare "to" is not enough: "failed to post a profit" is a result.
func futureModal(words []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch w := words[k]; {
		case w == "," || endsClause(w):
			return false
		case w == "will" || w == "would" || w == "should" || w == "could" || w == "may" || w == "might" ||
			w == "expects" || w == "expected" || w == "expect" || w == "anticipates":
			return true
		}
	}
	return false
}

// dealHistory says whether an acquisition trigger is a plural deal noun after a determiner,
// with "of" after it: "the purchases of CA and Symantec", "its acquisitions of".
func dealHistory(words []string, t trigger) bool {
	return t.to == t.from+1 && pluralDeals[words[t.from]] && t.from > 0 && historyDeterminers[words[t.from-1]] &&
		t.to < len(words) && words[t.to] == "of"
}

var (
	pluralDeals        = wordSet(`purchases acquisitions takeovers mergers buyouts`)
	historyDeterminers = wordSet(`the its their his her these those`)
)

// resultParticiples open a participle clause that tells what news did to a stock.
var resultParticiples = wordSet(`sending sent pushing pushed driving knocking lifting boosting dragging`)

// namedResults end an earnings trigger that names the results themselves ("net income", "sales"),
// whose future is the company's guidance.
var namedResults = wordSet(`earnings profit profits net income revenue revenues sales results loss`)

// futureResults says whether an earnings trigger that names results is followed by where they
// will go ("EARNINGS WILL RISE", "profit should improve", "sales to decline"): the company's
// guidance, not a report. A report to come ("earnings will be reported Thursday") stays earnings.
func futureResults(words []string, t trigger) bool {
	if !namedResults[words[t.to-1]] {
		return false
	}
	// The period the results are for may stand between: "operating profit for the year would
	// come in around $600 million".
	k := pastResultPeriod(words, t.to)
	if k < len(words) {
		switch words[k] {
		case "will", "would", "should", "could", "may", "might", "to":
			k++
		default:
			return false
		}
	}
	for end := k + 3; k < len(words) && k <= end; k++ {
		if resultsAhead[words[k]] {
			return true
		}
		if words[k] == "be" && k+1 < len(words) && (figureHedges[words[k+1]] || strings.HasPrefix(words[k+1], "$") || isNumber(words[k+1])) {
			return true // "revenue will be between $4 billion and $4.6 billion", "will be about flat"
		}
	}
	return false
}

// figureHedges open the figure a result "will be": a range or an estimate.
var figureHedges = wordSet(`between about around approximately roughly nearly near flat in at`)

// resultsDented says whether an earnings trigger that names results is the object of a cause's
// effect to come, with its size after "by": "estimated that tariffs would reduce its operating
// profit by about $1.5 billion this year", "the strike will cut quarterly earnings by 10 cents a
// share". The company tells what its results will be: its outlook, not results reported.
func resultsDented(words []string, t trigger) bool {
	if !namedResults[words[t.to-1]] {
		return false
	}
	j := t.from - 1
	if j >= 0 && (words[j] == "its" || words[j] == "their" || words[j] == "the") {
		j--
	}
	if j < 1 || !dentVerbs[words[j]] || !modalsAhead[words[j-1]] {
		return false
	}
	k := pastResultPeriod(words, t.to)
	return k < len(words) && words[k] == "by"
}

// dentVerbs tell a cause changing a company's results by an amount.
var dentVerbs = wordSet(`reduce cut lower hit trim shave dent lift boost raise add`)

// modalsAhead before a verb put it in the future.
var modalsAhead = wordSet(`will would could may might should to`)

// pastResultPeriod returns the word after "for the year", "for 2025" or the like at k, or k.
func pastResultPeriod(words []string, k int) int {
	if k+2 < len(words) && words[k] == "for" && (resultPeriods[words[k+1]] || words[k+1] == "the" && resultPeriods[words[k+2]]) {
		if words[k+1] == "the" {
			return k + 3
		}
		return k + 2
	}
	return k
}

// shippingTrade says whether a product trigger of shipping names the trade of carrying goods
// ("GULF SHIPPING", "grain shipping situation", "to lease more ships") rather than a product
// that ships: "shipping" and "ships" tell a product only after a verb or a subject that ships
// ("began shipping the phone", "Acme ships its new drive").
func shippingTrade(words []string, t trigger) bool {
	switch words[t.from] {
	case "shipping":
		if t.from == 0 {
			return true
		}
		switch words[t.from-1] {
		case "began", "begin", "begins", "started", "start", "starts", "now", "is", "are", "be", "been", "was", "will", "were":
			return false
		}
		return true
	case "ships":
		if t.from == 0 {
			return true
		}
		switch w := words[t.from-1]; w {
		case "more", "the", "its", "of", "new", "cargo", "container", "war", "many", "some", "these", "those", "two", "three", "four", "five", "six", "ten", "and", "by", "on":
			return true
		default:
			return w != "" && w[0] >= '0' && w[0] <= '9'
		}
	}
	return false
}

// launchedPaper are securities and programmes that banks and companies launch: their launch is
// an offering, not a product.
var launchedPaper = map[string]bool{"eurobond": true, "eurobonds": true, "bond": true, "bonds": true, "notes": true,
	"note": true, "cp": true, "programme": true, "issue": true, "offering": true, "warrants": true,
	"facility": true, "loan": true, "bullet": true, "debentures": true, "certificates": true}

// securitiesLaunch says whether a product trigger of launching has paper near it: "RABOBANK
// LAUNCHES 250 MLN GUILDER BULLET", "EUROBONDS FORMALLY LAUNCHED", which is an offering.
func securitiesLaunch(words []string, t trigger) bool {
	switch words[t.from] {
	case "launch", "launches", "launched", "introduces", "introduced":
	default:
		return false
	}
	for k := max(0, t.from-3); k < len(words) && k <= t.to+5; k++ {
		if launchedPaper[words[k]] && !participleOffering(words, k) {
			return true // not "launched a plan offering unlimited data" (offered.go)
		}
	}
	return false
}

// retiredPaper says whether an executive trigger is about paper a company pays back ("PLANS TO
// RETIRE DEBT", "REPLACES CREDIT"): no manager changed, but financing news, which the offering
// type holds (as it holds redemptions).
func retiredPaper(words []string, t trigger) bool {
	switch words[t.from] {
	case "retire", "retires", "retired", "retiring", "replace", "replaces", "replaced", "replacing":
	default:
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+3; k++ {
		if (debtWordShapes.mayHold(words[k]) && debtWords[words[k]]) || (securityShapes.mayHold(words[k]) && securities[words[k]]) || words[k] == "credit" {
			return true
		}
	}
	return false
}

// tradedContract says whether a contract trigger names a traded instrument ("the LME aluminium
// contract", "options contracts", "cash settled contracts") or a quarrel ("contract dispute"),
// not business won. ("Contract dispute" is a legal matter: meaning retypes it.)
func tradedContract(words []string, t trigger) bool {
	for k := max(0, t.from-2); k < t.from; k++ {
		if tradedInstruments[words[k]] {
			return true
		}
	}
	return t.to < len(words) && (words[t.to] == "talks" || words[t.to] == "negotiations")
}

// tradedInstruments are the words before "contract" that make it an exchange's contract.
var tradedInstruments = map[string]bool{"options": true, "futures": true, "index": true, "forward": true, "swap": true,
	"settled": true, "aluminium": true, "aluminum": true, "copper": true, "gold": true, "silver": true, "wheat": true,
	"corn": true, "soybean": true, "sugar": true, "coffee": true, "cocoa": true, "crude": true, "bond": true,
	"bonds": true, "currency": true, "zinc": true, "nickel": true, "tin": true, "lead": true, "cattle": true, "hogs": true}

// notStockRecords are quantities whose record is not a stock's: yields, output, rates.
var notStockRecords = map[string]bool{"yields": true, "yield": true, "production": true, "output": true, "prime": true,
	"rate": true, "rates": true, "coupon": true, "exports": true, "imports": true, "deficit": true, "surplus": true,
	"inflation": true, "unemployment": true, "reserves": true, "temperatures": true, "sales": true, "profit": true,
	"earnings": true, "prices": true, "demand": true, "supply": true}

// recordOfOther says whether a record high or low is of something other than a stock ("YIELDS HIT
// RECORD LOW", "fish meal production at record high"); a sentence naming shares or stock keeps it.
func recordOfOther(words []string, t trigger) bool {
	if words[t.from] != "record" && words[t.from] != "all-time" && words[t.from] != "52-week" {
		return false
	}
	other := false
	for k := max(0, t.from-6); k < t.from; k++ {
		switch w := words[k]; {
		case w == "shares" || w == "stock" || w == "share" || w == "stocks":
			return false
		case notStockRecords[w]:
			other = true
		}
	}
	return other
}

// debut says whether an IPO trigger names a first day of trading ("NYSE debut", "stock market
// bow", "in their first day of trading"), which a sentence about the shares' move tells as its
// circumstance: a second event, after the move.
func debut(words []string, t trigger) bool {
	return words[t.from] == "first" || slices.Contains(words[t.from:t.to], "debut") || slices.Contains(words[t.from:t.to], "bow")
}

// goods are what a company orders from a maker by the dozen or hundred, and never buys as a
// business: a purchase of so many of them is an order.
var goods = map[string]bool{"jets": true, "planes": true, "aircraft": true, "airplanes": true, "airliners": true, "jetliners": true,
	"helicopters": true, "engines": true, "turbines": true, "locomotives": true, "railcars": true, "trains": true,
	"ships": true, "vessels": true, "tankers": true, "trucks": true, "buses": true, "vehicles": true, "satellites": true,
	"rockets": true, "chips": true, "processors": true, "gpus": true, "servers": true, "reactors": true, "tanks": true}

// goodsSold says whether a sale's verb is the participle after the goods it describes ("all
// vehicles sold in the U.S.", "cars bought since 2019"): what was sold to customers, not a deal.
func goodsSold(words []string, t trigger) bool {
	switch words[t.from] {
	case "sold", "bought", "purchased":
	default:
		return false
	}
	return t.from > 0 && (goods[words[t.from-1]] || soldGoods[words[t.from-1]])
}

// soldGoods are the goods of consumers, counted sold: "cars sold", "homes sold", "units sold".
var soldGoods = wordSet(`cars models units homes houses phones devices products copies tickets items bikes
	motorcycles appliances`)

// goodsPurchase says whether a purchase trigger is an order of goods: the verb, then a number
// and, within the next few words, the goods ("agreed to buy 220 Boeing jets", "will purchase 50
// A320neo aircraft", "bought 100 electric trucks from Daimler"). A number of stores, plants or
// shares bought is a deal.
func goodsPurchase(words []string, t trigger) bool {
	switch words[t.from] {
	case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing":
	default:
		return false
	}
	if t.to >= len(words) || !isNumber(words[t.to]) {
		return false
	}
	for k := t.to + 1; k < len(words) && k <= t.to+4; k++ {
		if goods[words[k]] {
			return true
		}
	}
	return false
}

// blockVerbs set out to stop something from happening.
var blockVerbs = map[string]bool{"block": true, "blocks": true, "blocked": true, "blocking": true, "stop": true,
	"stops": true, "stopped": true, "stopping": true, "halt": true, "halts": true, "halted": true, "halting": true,
	"enjoin": true, "enjoins": true, "enjoined": true, "enjoining": true, "undo": true, "unwind": true,
	"prevent": true, "prevents": true, "prevented": true, "preventing": true, "challenge": true,
	"challenges": true, "challenged": true, "challenging": true, "bar": true, "bars": true, "barred": true,
	"barring": true}

// compelVerbs make someone do something: said of a regulator or a court about a sale, they name a
// remedy imposed in law ("ordered Microsoft to sell its stake", "asked a judge to force Google to
// divest Chrome"), not a deal the company chose.
var compelVerbs = map[string]bool{"ordered": true, "ordering": true, "forced": true, "forcing": true,
	"compel": true, "compels": true, "compelled": true, "compelling": true}

// compelInfinitives are compelling verbs only after "to" ("asked a judge to force Google to
// divest"): elsewhere they are mostly nouns ("a restraining order", "market forces"). "Require"
// is left out: what a contract or a rule requires is no remedy ("contracts requiring the
// purchase of common stock").
var compelInfinitives = map[string]bool{"order": true, "force": true}

// lawEnforcers contest deals in law: antitrust agencies, governments, courts.
var lawEnforcers = map[string]bool{"ftc": true, "doj": true, "justice": true, "antitrust": true, "regulators": true,
	"regulator": true, "court": true, "courts": true, "judge": true, "judges": true, "attorney": true,
	"attorneys": true, "government": true, "commission": true, "cma": true, "injunction": true}

// contestedDeal says whether an acquisition trigger is the object of an attempt in law to stop
// or impose it: a blocking verb, or a compelling one ("ordered Microsoft to sell", "was forced
// by the court to divest"), at most twelve words before it in its clause ("sued to block JetBlue Airways
// from acquiring Spirit", "FTC SEEKS TO BLOCK MERIDIAN FOODS ACQUISITION", "an injunction
// blocking the proposed merger"), with a legal trigger or a regulator, court or government in
// the sentence. The news is the suit or the ruling, a legal event about the pending deal; a
// company's own defence ("adopted a rights plan to block a takeover") stays deal news.
func contestedDeal(words []string, t trigger, ts []trigger) bool {
	blocked := suitAim(words, t) // "sues to break up Live Nation" (longform.go)
	for k := t.from - 1; !blocked && k >= 0 && k >= t.from-12; k-- {
		w := words[k]
		if w == ";" || isClauseBreak(w) || w == "said" || w == "says" {
			break
		}
		if (blockVerbShapes.mayHold(w) && blockVerbs[w]) || (compelVerbShapes.mayHold(w) && compelVerbs[w]) || (compelInfinitiveShapes.mayHold(w) && compelInfinitives[w]) && k > 0 && words[k-1] == "to" {
			blocked = true
			break
		}
	}
	if !blocked {
		return false
	}
	if slices.ContainsFunc(ts, func(u trigger) bool { return u.typ == events.Legal }) {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool { return lawEnforcers[w] })
}

// recordNouns are the papers and figures that "show" a fact: "a filing in federal court showed",
// "data compiled by the exchange showed".
var recordNouns = map[string]bool{"filing": true, "filings": true, "data": true, "records": true,
	"record": true, "documents": true, "document": true, "figures": true, "statement": true,
	"survey": true, "study": true, "poll": true, "report": true, "statistics": true, "numbers": true,
	"calculations": true, "tally": true, "database": true, "transcript": true, "letter": true}

// recordShowed says whether "showed" tells where a fact comes from ("…, a filing in the federal
// court in Houston showed"), not a product shown: a record noun is its subject within the six
// words before it, or nothing follows it in its clause.
func recordShowed(words []string, t trigger) bool {
	if words[t.from] != "showed" {
		return false
	}
	if t.to >= len(words) || words[t.to] == "." || words[t.to] == "," || words[t.to] == ";" {
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		if recordNouns[words[k]] {
			return true
		}
		if words[k] == "," || words[k] == ";" {
			break
		}
	}
	return false
}

// breachWords before a contract make it the subject of a quarrel: "breaking a supply contract",
// "in breach of its agreement", "violated the terms of the deal".
var breachWords = map[string]bool{"breaking": true, "broke": true, "broken": true, "breach": true,
	"breached": true, "breaching": true, "violating": true, "violated": true, "violation": true,
	"repudiating": true, "repudiated": true}

// breachedContract says whether one of breachWords stands at most four words before a contract
// trigger.
func breachedContract(words []string, t trigger) bool {
	return anyBefore(words, t, 4, breachWords)
}

// suitTopics between a legal trigger and a deal make the deal what the suit is about: "holders
// sue over buyout price", "a suit challenging the merger", "charging that the price offered in
// the buyout is unfair".
var suitTopics = map[string]bool{"over": true, "against": true, "challenging": true, "contesting": true,
	"charging": true, "alleging": true, "claiming": true, "about": true}

// suedOver says whether a deal named by a noun ("buyout", "merger", "the proposed acquisition")
// is the topic of a legal trigger before it in its clause: the suit is the news.
func suedOver(words []string, t trigger, ts []trigger) bool {
	if t.verbal {
		return false // "sued Acme and agreed to buy Zeta": a deal of its own
	}
	for _, u := range ts {
		if u.typ != events.Legal || u.weak || u.to > t.from || t.from-u.to > 20 {
			continue
		}
		topic := false
		for k := u.to; k < t.from; k++ {
			w := words[k]
			if w == ";" || isClauseBreak(w) || isSubordinator(w) || w == "said" || w == "says" {
				topic = false
				break
			}
			topic = topic || suitTopics[w]
		}
		if topic {
			return true
		}
	}
	return false
}

// recallObjects follow a recall of goods: a number or a quantity word, or the goods themselves.
var recallObjects = map[string]bool{"about": true, "nearly": true, "almost": true, "more": true, "over": true,
	"some": true, "all": true, "certain": true, "its": true, "up": true, "vehicles": true, "cars": true,
	"suvs": true, "trucks": true, "vans": true, "models": true, "units": true, "products": true, "devices": true,
	"pounds": true, "batches": true, "lots": true, "bottles": true, "packages": true, "cans": true}

// rememberedRecall says whether a recall verb means remembering ("Smith recalled that", "as he
// recalled"): a recall of goods names what is recalled, a number or a quantity right after.
func rememberedRecall(words []string, t trigger) bool {
	switch words[t.from] {
	case "recall", "recalls", "recalled", "recalling":
	default:
		return false
	}
	if t.to-t.from > 1 || recallOfGoods(words, t) { // news54.go
		return false // "recall of", "recalls millions of", "recalled eye drops"
	}
	for k := t.to; k < len(words) && k <= t.to+2; k++ {
		if recallObjects[words[k]] || isNumber(words[k]) {
			return false
		}
	}
	return true
}

// outageSites are what fails in an outage that is no company's product: a plant down for
// maintenance, a power cut, a refinery unit.
var outageSites = map[string]bool{"power": true, "plant": true, "refinery": true, "reactor": true, "nuclear": true,
	"unit": true, "planned": true, "scheduled": true, "maintenance": true, "pipeline": true, "electricity": true,
	"refining": true, "electrical": true, "generating": true}

// plantOutage says whether an outage trigger names a plant's or the grid's downtime ("a planned
// refinery outage", "power outages"), not a company's service failing its customers.
func plantOutage(words []string, t trigger) bool {
	if w := words[t.from]; w != "outage" && w != "outages" {
		return false
	}
	for k := max(0, t.from-2); k < t.from; k++ {
		if outageSites[words[k]] {
			return true
		}
	}
	return false
}

// demandWords before "orders" make them the level of a company's demand ("citing strong orders
// for its equipment", "new orders for durable goods"), not an order won.
var demandWords = map[string]bool{"strong": true, "stronger": true, "weak": true, "weaker": true, "higher": true,
	"lower": true, "rising": true, "falling": true, "slowing": true, "slower": true, "solid": true, "robust": true,
	"soft": true, "softer": true, "increased": true, "declining": true, "incoming": true, "new": true,
	"factory": true, "durable": true, "record": true, "booming": true, "sluggish": true}

// demandOrders says whether a contract trigger at "orders" is demand described ("strong orders
// for"), not an order placed or won.
func demandOrders(words []string, t trigger) bool {
	if w := words[t.from]; w != "orders" && w != "order" {
		return false
	}
	return t.from > 0 && demandWords[words[t.from-1]]
}

// consumerBuyers buy goods, never a business: "as more affluent households bought groceries".
var consumerBuyers = map[string]bool{"households": true, "shoppers": true, "consumers": true, "customers": true,
	"families": true, "people": true, "americans": true, "users": true, "motorists": true, "travelers": true,
	"diners": true, "patients": true, "homeowners": true, "households'": true,
	// The reader addressed: "Express was where you bought the shirt for your first interview".
	"you": true}

// consumerPurchase says whether a purchase trigger has consumers as its subject, right before it
// or before an adverb ("shoppers bought", "consumers still buy"): shopping, not a deal. The noun
// tells shopping too when consumers are its clause's subject ("as shoppers pulled back on
// purchases") or a word of shopping describes it ("discretionary purchases", "holiday buying").
func consumerPurchase(words []string, t trigger) bool {
	if anyBefore(words, t, 2, consumerBuyers) {
		return true
	}
	w := words[t.from]
	if w != "purchase" && w != "purchases" && w != "buying" {
		return false
	}
	if t.from > 0 && shoppingKinds[words[t.from-1]] {
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if isClauseBreak(words[k]) || words[k] == "," || words[k] == ";" || words[k] == "." {
			return false
		}
		if consumerBuyers[words[k]] {
			return true
		}
	}
	return false
}

// shoppingKinds before "purchases" make them consumers' shopping.
var shoppingKinds = wordSet(`discretionary holiday impulse big-ticket online in-store everyday grocery household
	back-to-school vacation`)

// failedAdjectives name a deal that did not happen: "after failed merger attempts with JetBlue".
var failedAdjectives = map[string]bool{"failed": true, "collapsed": true, "aborted": true, "abandoned": true,
	"scrapped": true, "blocked": true, "failing": true, "unsuccessful": true, "thwarted": true}

// attemptNouns before "to" and a deal's verb make the attempt the deal's noun.
var attemptNouns = wordSet(`attempt attempts bid bids effort efforts push plan plans`)

// failureNouns after a deal noun tell that it failed: "after merger collapse".
var failureNouns = map[string]bool{"collapse": true, "failure": true, "breakdown": true, "collapsed": true,
	"failed": true, "fell": true}

// failedDealCause says whether a deal noun, called failed ("after failed merger attempts", "since
// its collapsed takeover", "after merger collapse", "a failed attempt to merge with"), stands in
// a subordinate clause: the old deal is told as the cause of the sentence's news, not as news.
// ("Failed to complete the merger", a verb, is the news.)
func failedDealCause(words []string, t trigger) bool {
	if t.verbal {
		// "after years of losses and a failed attempt to merge with JetBlue": the attempt is
		// the deal's noun.
		if t.from < 3 || words[t.from-1] != "to" || !attemptNouns[words[t.from-2]] {
			return false
		}
		t = trigger{from: t.from - 2, to: t.from - 1}
	}
	if t.to < len(words) && failureNouns[words[t.to]] {
		for j := t.from - 1; j >= 0 && j >= t.from-4; j-- {
			if isSubordinator(words[j]) {
				return true
			}
		}
	}
	for k := t.from - 1; k >= 1 && k >= t.from-3; k-- {
		if !failedAdjectives[words[k]] {
			continue
		}
		// The deal may be the last of the causes listed: "after years of losses and a failed
		// merger with JetBlue".
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if isSubordinator(words[j]) || words[j] == "of" || words[j] == "by" {
				return true
			}
			if words[j] == "," || words[j] == ";" || words[j] == "said" || j < k-3 && words[j] != "and" && !isCauseListWord(words[j]) {
				return false
			}
		}
		return false
	}
	return false
}

// isCauseListWord says whether w may stand in a list of causes before a failed deal: a
// determiner or a plural noun ("years", "losses", "delays").
func isCauseListWord(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "its" || len(w) > 3 && strings.HasSuffix(w, "s")
}

// hearsay names talk in the market that moves a stock: "jumped on rumors that a European company
// would bid", "SHARES UP ON TAKEOVER SPECULATION".
var hearsay = map[string]bool{"rumors": true, "rumours": true, "rumor": true, "rumour": true, "speculation": true,
	"reports": true, "report": true, "talk": true, "news": true, "hopes": true, "fears": true, "word": true}

// hearsayOn says whether words[k] is an "on" that opens the cause of a move, its hearsay within
// three words ("on rumors that", "on takeover speculation", "on renewed merger talk"): what
// follows is a second event, told as the reason, as after "after" or "as".
func hearsayOn(words []string, k int) bool {
	if words[k] != "on" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if hearsayShapes.mayHold(words[j]) && hearsay[words[j]] {
			return true
		}
	}
	return false
}

// businessNouns after goods make them what a business deals in: "a friction materials business",
// "its oil and gas unit", "a sugar company", "gold miner Newcrest", "bitcoin exchange Bitstamp"
// change hands as going concerns.
var businessNouns = map[string]bool{"business": true, "businesses": true, "unit": true, "units": true,
	"division": true, "company": true, "companies": true, "maker": true, "makers": true, "producer": true,
	"operations": true, "operation": true, "subsidiary": true, "group": true, "firm": true,
	"miner": true, "miners": true, "exchange": true, "platform": true}

// goodsBusiness says whether the goods at words[k] name what a business deals in: a business
// noun within the next two words, before any break.
func goodsBusiness(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if businessNouns[words[j]] {
			return true
		}
		if words[j] == "," || words[j] == ";" || isClauseBreak(words[j]) {
			return false
		}
	}
	return false
}

// purposeVerbs after "to" make it an infinitive of purpose, not the buyer's preposition: "sold
// shares to help pay for", "sold stock to fund", and the verbs of getting a company through hard
// times or building it up ("sells stock to ride out the slump", "to weather the downturn", "to
// rebuild its cash", "to wait out the drought", "to stay afloat", "to tide it over", "to stave
// off a cash crunch").
var purposeVerbs = map[string]bool{"help": true, "pay": true, "fund": true, "finance": true, "raise": true,
	"repay": true, "cover": true, "meet": true, "bolster": true,
	"strengthen": true, "shore": true, "refinance": true,
	"ride": true, "weather": true, "survive": true, "ease": true, "cushion": true, "steady": true,
	"wait": true, "stay": true, "tide": true, "stave": true, "outlast": true,
	"rebuild": true, "replenish": true, "restore": true, "pad": true, "build": true, "boost": true,
	"expand": true, "reduce": true, "trim": true, "retire": true, "redeem": true, "support": true}

// sharesForPurpose says whether "sell ... shares to" ends in an infinitive of purpose: the shares
// were sold for money, an offering.
func sharesForPurpose(words []string, t trigger) bool {
	if t.to < 2 || words[t.to-1] != "to" || (words[t.to-2] != "shares" && words[t.to-2] != "stock") {
		return false
	}
	return t.to < len(words) && purposeVerbs[words[t.to]]
}

// preferredRetired says whether a buyback trigger at "retire" retires preferred stock, which is
// financing.
func preferredRetired(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "retir") {
		return false
	}
	return slices.Contains(words[t.from:t.to], "preferred")
}

// ownStock are the words after "shares of" that make them the seller's own stock: "sold five mln
// shares of common stock" is an offering, "sold shares of Apple" a holding sold.
var ownStock = map[string]bool{"common": true, "its": true, "new": true, "class": true, "preferred": true,
	"stock": true, "treasury": true, "capital": true, "the": true}

// heldShares says whether an offering's "sell ... shares" sells a holding in another company:
// shares "of" a company other than its own stock, "in" one, or shares it "held" or "owned".
func heldShares(words []string, t trigger) bool {
	w := words[t.from]
	if !strings.HasPrefix(w, "sel") && w != "sold" || t.to-1 < 0 || words[t.to-1] != "shares" && words[t.to-1] != "stock" {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+3; k++ {
		switch words[k] {
		case "held", "owned":
			return true
		case "in":
			// "in a public offering" is how, not whose; "new shares in Europe" where (wire27.go).
			return !soldInOffering(words, k) && !regionAfter(words, k) && !slices.Contains(words[t.from:t.to], "new")
		case "of":
			return k+1 < len(words) && !ownStock[words[k+1]] && !beneficialOf(words, k) // wire27.go
		}
	}
	return false
}

// countedShips says whether a product trigger at "ships" is the noun, counted ("six patrol
// ships", "40 ships"): vessels built or bought, not a product shipping.
func countedShips(words []string, t trigger) bool {
	if words[t.from] != "ships" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-2; k-- {
		if isNumber(words[k]) || numberWords[words[k]] {
			return true
		}
	}
	return false
}

// exchangeRatio says whether a split trigger told by what holders get ("for each share held") is
// a merger's exchange of one company's shares for another's: "holders will receive 1.2 Mardale
// shares for each share held", "0.85 Lowther share for each share they own", "0.0642 of a
// Brenton share for every share". A split hands out
// whole shares of the company itself; a fraction, or a deal named in the sentence, makes it the
// price of a takeover, which the deal's own words tell.
func exchangeRatio(words []string, t trigger) bool {
	if !slices.ContainsFunc(words[t.from:t.to], func(w string) bool { return w == "each" || w == "every" }) {
		return false // "a two-for-one split", "shares into one" are splits by name
	}
	for k := max(0, t.from-6); k < t.from+2 && k < len(words); k++ {
		if n := words[k]; isNumber(n) && strings.Contains(n, ".") {
			return true
		}
		// "0.42 of a Mardale share", "a fraction of one share": less than a share each.
		if words[k] == "of" && k+1 < len(words) && (words[k+1] == "a" || words[k+1] == "an" || words[k+1] == "one") && k > 0 &&
			(isNumber(words[k-1]) || words[k-1] == "fraction") {
			return true
		}
	}
	for _, x := range words {
		if mergerWords[x] {
			return true
		}
	}
	return false
}

// mergerWords name a company deal, in whose sentence shares handed per share held are its price
// ("shares of the combined company for each share they own").
var mergerWords = wordSet(`merger merge merging merged acquisition takeover transaction combination combined deal
	all-share all-stock tender buyout`)

// yearsAfter says whether trigger t stands in a clause opened by a span of years, months or weeks
// before or after the main clause ("Five years after Haworth Brewing bought Malton Ales, the label
// ..."; "two decades since it listed"; ", weeks after it filed for bankruptcy"): a past event
// recalled as the measure of time, not news.
func yearsAfter(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		w := words[k]
		if w == "," || w == ";" || w == "." {
			return false
		}
		if w != "after" && w != "since" {
			continue
		}
		switch words[k-1] {
		case "years", "decades", "months", "weeks", "year", "decade", "week", "month":
			if k >= 2 && (isNumber(words[k-2]) || numberWords[words[k-2]] || spanWords[words[k-2]]) {
				return true
			}
			// A bare plural span opening its clause: "..., weeks after the retailer filed for
			// bankruptcy protection", "Years after it went public, ...".
			return strings.HasSuffix(words[k-1], "s") && (k == 1 || words[k-2] == "," || words[k-2] == ";")
		}
		return false
	}
	return false
}

// spanWords count a span of time in words other than numbers.
var spanWords = wordSet(`a several many few some two-and-a-half`)

// orderBehindMove says whether a contract trigger is an order of goods placed by a buyer and told
// as the cause of the company's price move ("Shares of Bamburgh Aero climbed 14% after Emirates
// agreed to buy 40 of its regional jets"): the move is the news and the order its reason, as the
// labelled sets count it. An award the company itself wins stays an event of its own.
func orderBehindMove(words []string, t trigger, ts []trigger) bool {
	if !goodsPurchase(words, trigger{from: t.from, to: t.from + 1}) && !goodsPurchase(words, t) {
		return false
	}
	return causeOfMove(words, t, ts)
}

// causeOfMove says whether trigger t follows a price move of ts in a clause that tells its cause:
// a subordinator or "on" between them ("climbed 14% after Emirates agreed to buy", "fell on
// weaker results").
func causeOfMove(words []string, t trigger, ts []trigger) bool {
	for _, u := range ts {
		if u.typ != events.PriceMove || u.to > t.from {
			continue
		}
		for k := u.to; k < t.from; k++ {
			if isSubordinator(words[k]) || words[k] == "on" {
				return true
			}
		}
	}
	return false
}

// courtForDebts says whether a legal trigger at a court or a judge is a company's recourse from
// its creditors ("turns to Texas court to rework $3bn debt", "asked a judge to shield it from
// creditors"): a bankruptcy told without its name.
func courtForDebts(words []string, t trigger) bool {
	switch words[t.from] {
	case "court", "courts", "judge":
	default:
		return false
	}
	for _, w := range words {
		if w == "creditors" || w == "debts" || w == "debt" {
			return !slices.ContainsFunc(words, func(x string) bool { return x == "sued" || x == "sues" || x == "lawsuit" || x == "suit" })
		}
	}
	return false
}

// causeAfter says whether trigger t stands in a clause that a subordinator ("after", "as",
// "following") or "on" opens after a trigger of type typ: told as that event's cause.
func causeAfter(words []string, t trigger, ts []trigger, typ events.Type) bool {
	for _, u := range ts {
		if u.typ != typ || u.weak || u.to > t.from {
			continue
		}
		for k := u.to; k < t.from; k++ {
			if isSubordinator(words[k]) || words[k] == "on" {
				return true
			}
		}
	}
	return false
}

// saleBehindPayout says whether a deal is told as the reason for a payout ("a special cash
// distribution of $2 a share ... after the utility sold its Texas operations"): the money's
// source, as "using cash from the sale of" is, not news of its own.
func saleBehindPayout(words []string, t trigger, ts []trigger) bool {
	return causeAfter(words, t, ts, events.Dividend)
}

// businessObjects are what a buyer of "its ..." takes over, which makes the purchase a deal for
// the business rather than an order of the company's products.
var businessObjects = wordSet(`unit units division divisions business businesses stake shares stock assets
	operations arm subsidiary subsidiaries plant plants stores brand brands company firm rival`)

// productsBoughtBehindMove says whether a purchase told as the cause of the company's price move
// is of its products ("shares more than doubled after the company said a large online retailer
// would buy its warehouse robots"): an order, the move's reason, not a deal.
func productsBoughtBehindMove(words []string, t trigger, ts []trigger) bool {
	if !buyVerbs[words[t.from]] && words[t.from] != "buys" && words[t.from] != "bought" && words[t.from] != "buying" {
		return false
	}
	if t.to >= len(words) || words[t.to] != "its" && words[t.to] != "their" {
		return false
	}
	for k := t.to + 1; k < len(words) && k <= t.to+3; k++ {
		if businessObjects[words[k]] {
			return false
		}
	}
	return causeAfter(words, t, ts, events.PriceMove)
}

// ownChoice are the active forms of choosing, which before "to" tell what the subject decided.
var ownChoice = wordSet(`chose choose chooses choosing`)

// namedInsolvent reads the company whose insolvency an appointment tells, when no alias or
// listing knows it: the one the post is "for" or "of" ("appointed Kroll as administrator of
// Hartley Stores"), else the one a regulator closed or seized just before ("closed Harbor Trust
// Bank and appointed the FDIC as receiver").
func (s *sentence) namedInsolvent(t trigger) *CompanyMention {
	for k := t.to; k < len(s.words) && k < t.to+9; k++ {
		if s.words[k] == "as" {
			for j := k + 1; j < len(s.words) && j <= k+4; j++ {
				if s.words[j] == "for" || s.words[j] == "of" {
					return s.capitalsFrom(j + 1)
				}
			}
			break
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		switch s.words[k] {
		case "closed", "seized", "shut", "shuttered":
			return s.capitalsFrom(k + 1)
		case ".", ";":
			return nil
		}
	}
	return nil
}

// capitalsFrom reads a name of one to five capitalized words from token k: a company that no
// alias or listing knows.
func (s *sentence) capitalsFrom(k int) *CompanyMention {
	n := k
	for n < len(s.toks) && n-k < 5 && isWord(s.toks[n].text) && startsUpper(s.toks[n].text) && !sentenceOpeners[s.words[n]] {
		n++
	}
	if n == k {
		return nil
	}
	name := s.text[s.toks[k].start:s.toks[n-1].end]
	return &CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[k].start, End: s.toks[n-1].end}
}

// clearance says whether a legal trigger names a regulator's or a court's clearance of a deal
// rather than a case: "will win antitrust approval", "pending antitrust review", "subject to
// court approval", "won approval from U.S. antitrust regulators". A deal that needs one is no legal action against anyone; "an antitrust
// lawsuit", "antitrust regulators sued" still are.
func clearance(words []string, t trigger) bool {
	if t.to-t.from != 1 || t.to >= len(words) || words[t.from] != "antitrust" && words[t.from] != "court" {
		return false
	}
	// "won approval from U.S. antitrust regulators": the clearance names its grantor.
	for k := t.from - 1; k > 0 && k >= t.from-3; k-- {
		if (words[k] == "from" || words[k] == "by") && clearances[words[k-1]] {
			return true
		}
	}
	return clearances[words[t.to]]
}

// clearances are what a deal waits for from regulators or a court.
var clearances = wordSet(`approval approvals clearance clearances review reviews scrutiny concerns hurdles hurdle sign-off nod blessing`)

// dealApproved says whether an approval trigger is a deal's clearance: "after the deal won
// approval from antitrust regulators", "the merger won approval". A product's approval names the
// product or its regulator ("won approval for its weight-loss drug", "FDA approval").
func dealApproved(words []string, t trigger) bool {
	if words[t.from] != "won" && words[t.from] != "approval" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "deal", "merger", "acquisition", "takeover", "transaction", "purchase", "combination", "buyout", "sale":
			return true
		}
	}
	return false
}

// tradingAnew says whether an IPO's "began trading" tells listed shares trading on new terms:
// "began trading on a split-adjusted basis", "started trading ex-dividend", "began trading after
// the reverse split". The stock was listed before.
func tradingAnew(words []string, t trigger) bool {
	if words[t.from] != "began" && words[t.from] != "begin" && words[t.from] != "begins" && words[t.from] != "started" {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+8; k++ {
		switch w := words[k]; w {
		case ".", ";":
			return false
		case "split-adjusted", "post-split", "ex-dividend", "ex-distribution", "split":
			return true
		}
	}
	return false
}

// givingVerbs hand out an outlook: "issued guidance", "gave a weak forecast" (triggers.go).
var givingVerbs = wordSet(`issue issues issued issuing give gives gave giving provide provides provided providing
	offer offers offered offering initiate initiates initiated initiating introduce introduces introduced introducing`)

// outlookWithheld says whether a giving verb's outlook is one not given: "offered no guidance for
// next year", "declined to give an outlook", "did not provide a forecast". A company that keeps
// its outlook to itself has moved no expectation an event study could measure.
func outlookWithheld(words []string, t trigger) bool {
	if !t.gap || !givingVerbs[words[t.from]] {
		return false
	}
	for k := t.from + 1; k < t.to-1; k++ {
		if words[k] == "no" || words[k] == "any" {
			return true
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch w := words[k]; {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't") || contractedNot[w]:
			return true
		case (w == "declined" || w == "declines" || w == "refused" || w == "refuses" || w == "stopped") && words[k+1] == "to":
			return true
		case w == "," || isClauseBreak(w):
			return false
		}
	}
	return false
}

// outlookMeasured says whether an earnings trigger that measures against the forecasts ("fell
// short of estimates", "beat expectations", "topped analysts' estimates") has an outlook noun for
// its subject, in its clause before it: "its forecast for the year fell short of estimates".
func outlookMeasured(words []string, t trigger) bool {
	measured := false
	for k := t.from; k < t.to; k++ {
		if words[k] == "estimates" || words[k] == "expectations" || words[k] == "short" {
			measured = true
		}
	}
	if !measured {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		switch w := words[k]; {
		case w == "," || w == ";" || isClauseBreak(w) || isSubordinator(w) || measuredResults[w]:
			return false // another clause, or results for the subject: "after earnings fell short"
		case w == "forecast" || w == "outlook" || w == "guidance" || w == "forecasts" || w == "projections":
			return true
		}
	}
	return false
}

// measuredResults are the results nouns a comparison with the estimates is told of.
var measuredResults = wordSet(`earnings profit profits revenue revenues sales results income loss eps`)

// plainGoing says whether t is one of the plain verbs of an officer's going (triggers.go):
// "would leave", "is departing", "is out", "departed". The longer phrases that name what is left
// ("will leave the company") tell the going without an officer's title.
func plainGoing(words []string, t trigger) bool {
	switch t.to - t.from {
	case 1:
		return words[t.from] == "departs" || words[t.from] == "departed"
	case 2:
		return goingAuxiliaries[words[t.from]] && goingWords[words[t.from+1]]
	}
	return false
}

var (
	goingAuxiliaries = wordSet(`would will is was`)
	goingWords       = wordSet(`leave leaving depart departing out`)
)

// officerGoes says whether an officer's title stands before a going verb in its clause, within
// eight words: "its CEO Dave Calhoun would leave", "Chief Executive Barry McCarthy would depart".
// "Apple is leaving the market" and "the deal is out of reach" name no officer.
func officerGoes(words []string, t trigger) bool {
	if words[t.to-1] == "out" && t.to < len(words) && words[t.to] == "of" {
		return false // "Ford's Chief Is Out of Patience": out of something, still in the post
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		switch w := words[k]; {
		case w == ";" || isClauseBreak(w):
			return false
		case dayReporters[w]:
			return false // "the president said the company would leave Russia": the officer tells
		case goingOfficers[w]:
			return true
		}
	}
	return false
}

// goingOfficers name the posts at the top whose holders go, in lower case.
var goingOfficers = wordSet(`ceo cfo coo chief chairman chairwoman president executive founder`)
