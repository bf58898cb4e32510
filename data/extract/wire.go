package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
)

// The rules in this file read the trigger words of business newswire copy (the 1987 register:
// "mln dlrs", money-market reports, eurobond launches, limited partnerships, public officials)
// where the word alone gives a corporate event that the sentence does not tell. They were found
// by reading what extraction predicted on wire copy for the types beyond deals and results; each
// rule is a class of sentences, with labelled examples of our own in testdata/sentences.tsv.
// meaning (types.go) reads every sentence's triggers through wireSenses first.

// wireLexicon adds to the trigger lexicon (see index) the phrases of events as wire copy tells
// them that the main lexicon lacks.
var wireLexicon = map[events.Type][]string{
	// A mutual savings bank or insurer selling its first shares as it becomes a stock company:
	// "completed its conversion from mutual to stock ownership".
	events.IPO: {"conversion from mutual", "converted from mutual", "converts from mutual", "converting from mutual",
		"convert from mutual",
		// The same with its article and with the form it takes: "its conversion from a mutual
		// savings bank to a stockholder-owned institution", "COMPLETES CONVERSION TO STOCK FORM".
		"conversion from a mutual", "converted from a mutual", "converts from a mutual", "converting from a mutual",
		"convert from a mutual", "conversion to stock form", "converted to stock form", "converts to stock form",
		"converting to stock form", "convert to stock form",
		// The same named by what the bank becomes: "to convert to a stock savings bank and
		// sell about 3 mln shares", "its conversion to stock ownership" (newswire17).
		"conversion to a stock", "convert to a stock", "converts to a stock", "converted to a stock",
		"converting to a stock", "conversion to stock ownership", "converted to stock ownership"},
	// A broker's list of the stocks it recommends, in the words wire copy names it: "ADDS ACME TO
	// BUY LIST", "placed Acme on their list of recommended stocks".
	events.Analyst: {"buy list", "buy lists", "list of recommended", "recommended stocks"},
	// An award whose object is named as an agreement, a pact or an order: "the Navy awarded it an
	// 18.5 mln dlr agreement to overhaul turbines".
	events.Contract: join(
		verb("award ... agreement", "awards ... agreement", "awarded ... agreement", "awarding ... agreement"),
		verb("award ... pact", "awards ... pact", "awarded ... pact", "awarding ... pact"),
		verb("award ... order", "awards ... order", "awarded ... order", "awarding ... order")),
	// Two companies splitting the cost of work they do together: "sharing development costs".
	events.Partnership: join(
		verb("share ... costs", "shares ... costs", "shared ... costs", "sharing ... costs"),
		verb("split ... costs", "splits ... costs", "splitting ... costs"),
		// A company the partners own together: "have set up a jointly owned company, each
		// holding 50 pct".
		[]string{"jointly owned company", "jointly owned venture", "jointly owned firm", "jointly owned concern",
			"jointly owned subsidiary", "jointly-owned company", "jointly-owned venture", "jointly-owned firm",
			"jointly-owned concern", "jointly-owned subsidiary"}),
	// A company's own outlook told with "sees" and the results it sees: "sees a loss for the
	// second quarter", "SEES 1988 NET UP AT LEAST 20 PCT" (only the present: "saw a loss" is a
	// report).
	events.Guidance: verb("see ... loss", "sees ... loss", "seeing ... loss", "see ... net", "sees ... net", "seeing ... net"),
	// A chief who leaves the post: "FOUNDER STEPS ASIDE", "will step aside as chief executive".
	events.Executive: verb("step aside", "steps aside", "stepped aside", "stepping aside"),
	// A stock's move in the base and present forms the main list lacks, as wire headlines
	// write them: "XYZ CORP SHARES PLUNGE", "STOCK PLUMMETS". Not the base forms that are other
	// verbs after a gap ("shares pending review of its application to gain control", "decline
	// to comment", "rally support").
	events.PriceMove: join(shares("plunge"), shares("plunges"), shares("plummet"), shares("plummets"),
		shares("declines"), shares("rallies"), shares("advances"), shares("skid"), shares("skids"),
		shares("retreats"), shares("sag"), shares("sags")),
	// Results named as the occasion of what the company said: "said in a statement accompanying
	// its 1986 results", "in a statement with its 1986 results", "commenting on the figures":
	// the results came out with the statement.
	events.Earnings: {"accompanying ... results", "accompanying ... figures", "commenting on ... results",
		"commenting on ... figures", "statement with its ... results"},
	// Shares offered to the holders first: "plans a rights offering after the split".
	events.Offering: join([]string{"rights offering", "rights offerings",
		// Paper named with the sale to come: "250 mln dlrs of senior subordinated debentures to
		// be sold publicly", "notes to be offered through Colby and Reese".
		"debentures to be sold", "notes to be sold", "bonds to be sold", "debentures to be offered",
		"notes to be offered", "bonds to be offered", "debentures to be issued", "notes to be issued",
		"bonds to be issued"},
		verb("sell ... debentures", "sells ... debentures", "sold ... debentures", "selling ... debentures"),
		// The sale of debt paper named by its size: "completed the sale of 300 mln dlrs of junk
		// bonds" (newswire17). The bare "sale of" names deals as often and is weak; the paper
		// must follow its amount ("dlrs of", "million of"), and the amount must open the gap
		// (saleOfUnsized drops "the sale of its unit for 40 mln dlrs of notes").
		saleOfPaper()),
}

// wireSenses returns the triggers of a sentence read in wire copy's senses of their words: each
// retyped where its word means another event (wireRetype), and left out where it tells none
// (wireNoEvent). The rules of meaning then see the triggers as these rules leave them: an
// "initial offering" that was only a first size makes no listing of the "offering of".
func wireSenses(words []string, ts []trigger) []trigger {
	var out []trigger
	for _, t := range ts {
		t = wireRetype(words, t, ts)
		if !wireNoEvent(words, t, ts) {
			if out == nil {
				out = make([]trigger, 0, len(ts)) // at most all of them, grown once
			}
			out = append(out, t)
		}
	}
	for i, t := range out {
		if majorityOfOwnSold(words, t) { // news92.go
			out[i], t = majoritySaleSides(t)
			return append(out, t)
		}
	}
	return out
}

// wireNoEvent says whether trigger t, in wire copy's senses of its word, tells no event of its
// type in the sentence.
func wireNoEvent(words []string, t trigger, ts []trigger) bool {
	if t.gap && gapCoordinates(words, t) {
		return true
	}
	switch t.typ {
	case events.Buyback:
		return moneyMarketRepo(words, t) || countOfSplit(words, t, ts) || notOwnAuction(words, t)
	case events.Offering:
		return saleOfUnsized(words, t)
	case events.Partnership:
		return partnershipForm(words, t) || existingVenture(words, t) || jointPaper(words, t) ||
			perShareNoun(words, t) // news102.go
	case events.Legal:
		return bookedCharge(words, t)
	case events.Executive:
		return officialPost(words, t) || firmsAppointed(words, t) || succeedsAtTask(words, t) || companyAsPlace(words, t)
	case events.Product:
		return !paperLaunch(words, t) && productWordOnly(words, t) || unregulatedPanel(words, t) ||
			approvalsTallied(words, t) // news105.go
	case events.Bankruptcy:
		return bankruptcyTermOnly(words, t, ts) || insolventBought(words, t, ts) || // wire29.go
			insolventKinds(words, t) // news92.go
	case events.Contract:
		return directiveOrder(words, t) || disputedContract(words, t) || charteredCraft(words, t) ||
			ordersChanged(words, t) // news97.go
	case events.PriceMove:
		return conditionalMove(words, t)
	case events.IPO:
		return listingBackground(words, t, ts) || initialSize(words, t) || stateSaleOffPublic(words, t)
	case events.Restructuring:
		return deniedCut(words, t) || restructuringCause(words, t, ts) || figuresUnpublished(words, t) || shortLayoff(words, t) || // wire29.go
			restructuredThing(words, t) // lead20.go
	case events.Earnings:
		// "Analysts expect Nike's earnings per share to fall": their forecast, no results.
		return comparisonBase(words, t, ts) || ownResultsAhead(words, t) && forecasterSays(words, t) ||
			findingsResults(words, t) || industryResults(words, t) || // news92.go
			unitSales(words, t) // news97.go
	case events.Acquisition:
		return soldToPublic(words, t) || purchaseRecommended(words, t) ||
			isPricePaid(words, t) && !pricePaidForCompany(words, t) || ventureAim(words, t, ts) ||
			newGoodsBought(words, t) || stockForDebt(words, t) || // wire29.go
			outputBought(words, t) || // news97.go
			swapOffObject(words, t) || ventureStake(words, t, ts) || // news102.go
			swapOfMatter(words, t) // news105.go
	case events.Analyst:
		return boughtBack(words, t) || analystsSay(words, t, ts)
	case events.Dividend:
		return cashMeasure(words, t) // wire27.go
	}
	return false
}

// wireRetype gives t the type its word has in wire copy's sense, where that differs.
func wireRetype(words []string, t trigger, ts []trigger) trigger {
	switch {
	case (t.typ == events.Buyback || t.typ == events.Offering) && !t.aside && ratedPaper(words, t):
		// "Moody's affirmed Acme's 350 mln dlrs of senior notes", "may downgrade Acme because of
		// its plan to borrow to buy back stock": the agency's action on the paper, or its reason
		// (wireratings.go), which is rating news; the paper and the buyback were news when told.
		t.typ, t.weak = events.Analyst, false
	case t.typ == events.Analyst && t.weak && agencyRerated(words, t):
		// "Standard and Poor's Corp said it lowered to BB-plus from BBB-minus its rating on
		// ... senior debt of Acme": the agency's action told by its verb, news in a body as in a
		// title (wireratings.go).
		t.weak = false
	case t.typ == events.Buyback && stakeOfOther(words, t, ts):
		// "a tender offer to purchase up to 2.5 mln shares ... of Symbion's shares": a stake in
		// another company, not a company buying its own stock.
		t.typ = events.Acquisition
	case t.typ == events.Buyback && businessBoughtBack(words, t):
		// "in talks to buy back the parts maker it spun off", "bought back its former unit": a
		// business bought again, not a company's own stock (roundups.go).
		t.typ = events.Acquisition
	case t.typ == events.Buyback && (debtBoughtBack(words, t) || sumOfDebtBoughtBack(words, t)): // news82.go
		// "to finance the repurchase of high-interest notes": debt paid back, financing news.
		t.typ = events.Offering
	case t.typ == events.Acquisition && ownSharesIn(words, t):
		// "will sell 3 mln new common shares in Europe": its own stock (wire27.go).
		t.typ = events.Offering
	case t.typ == events.Acquisition && ownSharesSold(words, t):
		// "agreed to sell 5 million new shares", "sold shares to institutional investors": its
		// own stock placed, not its owners changed (lead13.go).
		t.typ = events.Offering
	case t.typ == events.Acquisition && preferredSold(words, t):
		// "Plans Sale of $150 Million of Preferred Stock": its own paper (news92.go).
		t.typ, t.weak = events.Offering, false
	case t.typ == events.Acquisition && beneficialShares(words, t):
		// "sold 1.5 mln shares of beneficial interest": a trust's own stock (wire27.go).
		t.typ = events.Offering
	case t.typ == events.Product && paperLaunch(words, t):
		// "has launched a 200 mln Swiss franc, 12-year bond": financing, not a product.
		t.typ = events.Offering
	case t.typ == events.Partnership && supervisoryAgreement(words, t):
		t.typ = events.Legal // "a supervisory agreement with the bank board" (wire29.go)
	case t.typ == events.Partnership:
		switch agreementKind(words, t) {
		case "credit":
			t.typ = events.Offering // "a new revolving credit agreement with its banks"
		case "purchase":
			t.typ = events.Contract // "a volume purchase agreement with the bank worth 7.3 mln dlrs"
		}
	case t.typ == events.Contract && directiveOrder(words, t) && courtOrder(words, t):
		t.typ = events.Legal // "WINS COURT ORDER AGAINST TWA": a ruling, not goods ordered
	case t.typ == events.Contract && restrainingOrder(words, t):
		// "agreed to an order with the Federal Trade Commission barring it from claiming":
		// a regulator's directive (wiretold.go).
		t.typ = events.Legal
	case t.typ == events.Earnings && resultsCompared(words, t):
		// "first quarter earnings will be well below the 38 cts a share it earned a year ago"; a
		// bare results noun is weak, but with "will be below" after it the sentence is the
		// company's word on them, in a body as in a title, unless analysts say it.
		t.typ, t.weak = events.Guidance, t.weak && anyBefore(words, t, 4, forecasters)
	case t.typ == events.Acquisition && (ownCountBought(words, t) || ownStockCountBought(words, t) || // news79.go: ownStockCountBought
		programCountBought(words, t)): // news105.go
		// "approved the purchase of as many as 750,000 of its shares": its own stock (wireown.go).
		t.typ = events.Buyback
	case t.typ == events.Acquisition && unitFloated(words, t):
		t.typ = events.IPO // "to sell about 20 pct of its Kenmore unit to the public" (wiretold.go)
	case t.typ == events.Acquisition && dealInTalks(words, t):
		t.weak = false // "discontinued negotiations on acquiring Southwest Photo" (wiretold.go)
	case t.typ == events.Offering && firstPublicSale(words, t):
		t.typ = events.IPO // "sold 1.5 mln shares ... in its first public sale of stock" (wiretold.go)
	case t.typ == events.Offering && firstSale(words, t):
		t.typ = events.IPO // "sold three mln shares to the public for the first time"
	case t.typ == events.Product && exchangeDebut(words, t):
		t.typ = events.IPO // "DEBUTS ON AMEX"
	case t.typ == events.Earnings && ownResultsAhead(words, t) && !forecasterSays(words, t):
		// "operating profit for the year ending June 30 will probably fall short": the
		// company's word on its results, as resultsCompared's, unless analysts say it; a
		// bare results noun is weak, but with where it goes after it the sentence is news.
		t.typ, t.weak = events.Guidance, false
	case t.typ == events.Restructuring && loanRework(words, t):
		// "to restructure its loan payments": financing news, as debtRestructuring holds.
		t.typ = events.Offering
	case t.typ == events.Earnings && resultsCutAhead(words, t) && !forecasterSays(words, t):
		// "the walkout will reduce its fourth quarter earnings by about 15 cts a share": what
		// an event will do to results still to come (foretold.go), unless analysts say it.
		t.typ, t.weak = events.Guidance, false
	case t.typ == events.Earnings && resultForetold(words, t):
		// "said it probably will report a loss for the fourth quarter": its word on results
		// still to come (foretold.go).
		t.typ, t.weak = events.Guidance, false
	case t.typ == events.Acquisition && t.weak && companyBought(words, t):
		t.weak = false // "has purchased Vernell's Candies Inc": a company bought
	case t.typ == events.Acquisition && t.weak && takeoverOffer(words, t):
		t.weak = false // "rejected an unsolicited offer from Emerson" (news36.go)
	}
	return t
}

// endsClause are the words a look-ahead inside one clause stops at.
func endsClause(w string) bool {
	return w == "." || w == ";" || w == ":" || isClauseBreak(w)
}

// anyAfter says whether one of the words of set stands among the n words after trigger t,
// inside its clause (a comma does not end it: "a 200 mln Swiss franc, 12-year bond").
func anyAfter(words []string, t trigger, n int, set map[string]bool) bool {
	for k := t.to; k < len(words) && k < t.to+n; k++ {
		if endsClause(words[k]) {
			return false
		}
		if set[words[k]] {
			return true
		}
	}
	return false
}

// repoTerms stand beside "repurchase" when it is a money-market loan (a repo) that a central bank
// or a dealer arranges, not a company buying back its stock: "customer repurchases", "three-day
// system repurchases", "repurchase agreements", "a new repurchase tender".
var repoBefore = wordSet(`customer customers system overnight term matched day days sale`)
var repoAfter = wordSet(`agreement agreements pact pacts accord accords tender tenders operation operations
	facility facilities rate rates treasury bills securities`)

// moneyMarketRepo says whether a buyback trigger is a repurchase agreement of the money market:
// "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", "the Bundesbank set a new repurchase tender".
func moneyMarketRepo(words []string, t trigger) bool {
	w := words[t.from]
	if !strings.HasPrefix(w, "repurchase") {
		return false
	}
	if t.from > 0 {
		p := words[t.from-1]
		if repoBefore[p] || strings.HasSuffix(p, "-day") {
			return true
		}
	}
	return t.to < len(words) && repoAfter[words[t.to]]
}

// stakeOfOther says whether a buyback trigger of an amount ("purchase up to", "buy up to") buys
// shares of another company: the shares are named as someone's ("of Symbion's shares", "35 pct
// of CTS' shares") and not as the buyer's own ("its", "their"), or the sentence tells a tender or
// exchange offer and the shares are "the company's".
func stakeOfOther(words []string, t trigger, ts []trigger) bool {
	if t.to-t.from < 2 || words[t.to-1] != "to" || words[t.to-2] != "up" {
		return false
	}
	offer := hasType(ts, events.Acquisition)
	for k := t.to; k < len(words) && k < t.to+16; k++ {
		switch w := words[k]; {
		case endsClause(w):
			return false
		case w == "its" || w == "their" || w == "own":
			return false
		case (w == "'" || w == "’") && k > t.to:
			prev := words[k-1]
			if prev == "company" || prev == "firm" {
				return offer
			}
			return true
		}
	}
	return false
}

// debtPaper are what a company or a country buys back when it retires debt.
var debtPaper = wordSet(`notes debentures bonds debt loans paper`)

// debtBoughtBack says whether a buyback trigger buys back debt: "REPURCHASES NOTES", "the
// repurchase of high-interest notes", "will repurchase its outstanding 9 pct notes", "DEBT
// BUYBACK PLAN".
func debtBoughtBack(words []string, t trigger) bool {
	for k := t.to; k < len(words) && k < t.to+6; k++ {
		if w := words[k]; endsClause(w) || w == "," || w == "shares" || w == "share" || w == "stock" || w == "common" {
			// Stock bought back, or a second clause after the comma: "TO BUY BACK SHARES, SELL
			// NOTES" buys back shares (wire17).
			break
		}
		if debtPaper[words[k]] {
			return true
		}
	}
	return t.from > 0 && debtPaper[words[t.from-1]]
}

// paperWords are securities and the programmes they are issued under; launchVerbs put them on
// the market.
var paperWords = wordSet(`eurobond eurobonds bond bonds notes note cp euro-cp eurocp paper debentures
	debenture convertible convertibles warrants issue issues certificates cds mtn mtns bullet facility`)
var launchVerbs = wordSet(`launch launches launched launching introduce introduces introduced introducing`)

// paperLaunch says whether a product trigger of launching puts securities on the market within
// its clause: "Dow Chemical has launched a 200 mln Swiss franc, 12-year bond", "introduced a
// commercial paper program".
func paperLaunch(words []string, t trigger) bool {
	return securitiesLaunch(words, t) || launchVerbShapes.mayHold(words[t.from]) && launchVerbs[words[t.from]] && anyAfter(words, t, 12, paperWords)
}

// policyWords are what governments, exchanges and central banks launch, unveil or introduce:
// no company's product.
var policyWords = wordSet(`budget plan plans program programme drive campaign measures package proposals
	policy policies privatisation privatization strategy regime auction auctions rules regulations
	legislation bill tax taxes quota quotas tariff tariffs curbs controls tender study investigation probe
	inquiry review exploration appeal trading strike strikes boycott protest`)

// approvedDeals are what boards and regulators approve besides products: "the Federal Reserve
// approved the application of Chase Manhattan", "directors approved the sale of its unit".
var approvedDeals = wordSet(`application applications sale merger acquisition purchase plan affiliation rate
	rates price proposal takeover bid dividend split transfer offer it`)

// dataNouns are reports of figures: what "released", "showed" and "available" are said of
// when they tell findings rather than a product.
var dataNouns = wordSet(`results figures figure data statistics information details report reports survey
	study poll count audit funds money credit financing reserves earnings gnp estimates hole drilling tests
	samples denominations cash capital`)

// releasedSubstances are what a spill or a leak releases, not a product: "the derailed cars
// released toxic chemicals", "a plant that released methane into the air".
var releasedSubstances = wordSet(`chemicals chemical toxic toxins gas gases fumes smoke methane vinyl crude oil diesel ammonia chlorine
	emissions radiation radioactive pollutants sewage wastewater contaminated hazardous vapors vapor`)

// commodityWords measure or name goods carried in bulk: "exporters shipped 27,510 tonnes",
// "GRAIN SHIPS LOADING AT PORTLAND".
var commodityWords = wordSet(`tonnes tonne tons ton bushels barrels bales cargoes cargo grain wheat corn
	soybeans soymeal crude coal sugar rice loading waiting unloading anchored`)

// productWordOnly says whether a product trigger is a word that wire copy uses in another sense:
// "product prices" and a "products division" (goods in general), a port for ships, ships and
// shipments of bulk goods, figures "released" or "available", findings that a survey or a
// drill hole "showed", and plans or rules that governments launch, unveil or introduce.
// saleOfPaper lists "sale of ... dlrs of ... notes" for each unit an amount ends in and each
// kind of debt paper.
func saleOfPaper() []string {
	var out []string
	for _, unit := range []string{"dlrs", "million", "billion", "mln", "stg"} {
		for _, paper := range []string{"debentures", "notes", "bonds"} {
			out = append(out, "sale of ... "+unit+" of ... "+paper)
		}
	}
	return out
}

// saleOfUnsized says whether t is "sale of ... notes" (or bonds, debentures) without the issue's
// size right after "of": "the sale of its unit for 40 mln dlrs in notes" is a deal paid in paper,
// and "the sale of the bonds" refers to an issue told before.
func saleOfUnsized(words []string, t trigger) bool {
	if words[t.from] != "sale" || t.from+2 >= t.to {
		return false
	}
	return !isNumber(words[t.from+2]) && !strings.HasPrefix(words[t.from+2], "$")
}

// jointPaper says whether t is securities sold jointly ("marketed the bonds jointly with Acme's
// broker unit"): underwriters sharing an issue, which is the issuer's financing, not an alliance.
func jointPaper(words []string, t trigger) bool {
	if !t.gap || words[t.to-1] != "jointly" {
		return false
	}
	for _, w := range words[t.from+1 : t.to-1] {
		switch w {
		case "bonds", "notes", "debentures", "shares", "stock", "securities", "issue", "offering", "paper", "certificates":
			return true
		}
	}
	return false
}

// unregulatedPanel says whether t is an advisory panel's recommendation in a sentence that names
// no regulator: a lenders' advisory committee that "recommended approval of the rescheduling"
// backs a debt accord, not a product. The product's words do not tell the panel's ("Acme Drug
// Co's lenders" is a company's name).
func unregulatedPanel(words []string, t trigger) bool {
	if words[t.from] != "advisory" {
		return false
	}
	for _, w := range words {
		switch w {
		case "fda", "administration", "federal", "government", "regulatory", "regulators":
			return false
		}
	}
	return true
}

func productWordOnly(words []string, t trigger) bool {
	w := words[t.from]
	next := ""
	if t.to < len(words) {
		next = words[t.to]
	}
	prev := ""
	if t.from > 0 {
		prev = words[t.from-1]
	}
	switch w {
	case "product", "products":
		switch next {
		case "prices", "price", "division", "divisions", "unit", "units", "group", "subsidiary", "sales", "demand",
			"exports", "imports", "co", "corp", "inc", "markets", "market", "line", "lines":
			return true
		}
		switch prev {
		case "oil", "petroleum", "steel", "forest", "paper", "farm", "dairy", "refined", "industrial", "chemical":
			return true
		}
	case "port", "ports":
		return prev != "to"
	case "ships", "shipped", "shipping":
		return commodityWords[next] || anyAfter(words, t, 8, commodityWords) || anyBefore(words, t, 2, commodityWords)
	case "released", "release", "releases":
		return next == "from" || prev == "news" || prev == "pending" || anyBefore(words, t, 3, dataNouns) ||
			anyAfter(words, t, 5, dataNouns) || anyAfter(words, t, 3, releasedSubstances) || releasedStatement(words, t) // news73.go
	}
	if words[t.to-1] == "available" {
		return anyBefore(words, t, 8, dataNouns) || anyAfter(words, t, 6, dataNouns)
	}
	switch w {
	case "showed":
		if next == "off" || next == "its" || next == "a" || next == "an" || next == "new" {
			return anyBefore(words, t, 4, dataNouns)
		}
		return true
	case "launch", "launches", "launched", "unveil", "unveils", "unveiled", "introduces", "introduced":
		return launchedPolicy(words, t)
	case "approved", "approval":
		return anyAfter(words, t, 5, approvedDeals) && !appliedToMarket(words, t) // drugleave.go
	}
	return false
}

// partnershipForms stand before "partnership" or "partner" where it names a form of business
// (a limited partnership and its general partner), not two companies working together.
var partnershipForms = wordSet(`limited investment general master managing drilling estate family royalty`)

// partnershipForm says whether a partnership trigger names a form of business: "Warburg, Pincus
// Capital Co L.P., an investment partnership", "since converting to a limited partnership",
// "partnership units".
func partnershipForm(words []string, t trigger) bool {
	w := words[t.from]
	if w == "joined" || w == "joins" {
		return joinedInDoing(words, t) || joinsRanks(words, t) // news67.go
	}
	if w != "partnership" && w != "partner" {
		return false
	}
	if t.from > 0 && partnershipForms[words[t.from-1]] {
		// "formed a general partnership with two investment groups" is a venture all the same.
		return !anyBefore(words, t, 4, formVerbs)
	}
	if t.to < len(words) {
		switch words[t.to] {
		case "units", "unit", "interests", "interest":
			return true
		}
	}
	return false
}

// joinedInDoing says whether "joined" tells doing the same as others or joining a group of firms
// in a role, not a partnership: "joined Sun Co and Citgo in raising crude oil posted prices",
// "MORGAN GUARANTY JOINS DEALERS FOR BSAF PROGRAM".
func joinedInDoing(words []string, t trigger) bool {
	for k := t.to; k+1 < len(words) && k < t.to+10; k++ {
		if endsClause(words[k]) {
			return false
		}
		if words[k] == "in" && strings.HasSuffix(words[k+1], "ing") {
			return true
		}
		if k < t.to+3 && financingRoles[words[k]] {
			return true
		}
	}
	return false
}

// formVerbs set up a business with others.
var formVerbs = wordSet(`form forms formed forming create creates created creating establish establishes
	established establishing`)

// officialWords are public offices: their holders' appointments and resignations are not a
// company's management change.
var officialWords = wordSet(`minister ministers governor ambassador commissioner secretary delegate negotiator
	senator mayor premier chancellor deputies envoy`)

// officialPost says whether an executive trigger tells an official's post ("BRAZILIAN PLANNING
// MINISTER RESIGNS", "was appointed finance minister").
func officialPost(words []string, t trigger) bool {
	if anyBefore(words, t, 3, officialWords) {
		return true
	}
	for k := t.from; k < len(words) && k < t.to+6; k++ {
		if officialWordShapes.mayHold(words[k]) && officialWords[words[k]] {
			return true
		}
		if k >= t.to && endsClause(words[k]) {
			break
		}
	}
	return false
}

// financingRoles are the roles banks and firms are appointed to in a financing or a deal.
var financingRoles = wordSet(`dealers dealer agents agent underwriters underwriter arrangers arranger managers
	co-managers trustee registrar auditor auditors adviser advisers advisor advisors`)

// appointedFirms are firms a company hires for a service, named right after the verb.
var appointedFirms = wordSet(`agency agencies firm firms bank banks auditor auditors underwriter underwriters
	dealer dealers trustee`)

// firmsAppointed says whether an appointment names firms to a role in a financing ("appointed
// County Natwest, Samuel Montagu and Swiss Bank as dealers in a commercial paper program") or a
// firm hired for a service ("appointed a new advertising agency").
func firmsAppointed(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "appoint") {
		return false
	}
	// "APPOINTS NEW AGENCY FOR COOKIES", "appointed a new advertising agency": a firm hired.
	for k := t.to; k < len(words) && k < t.to+4; k++ {
		if appointedFirms[words[k]] {
			return true
		}
		if endsClause(words[k]) {
			break
		}
	}
	for k := t.to; k+1 < len(words) && k < t.to+20; k++ {
		if words[k] == "." || words[k] == ";" {
			return false
		}
		if words[k] == "as" && financingRoles[words[k+1]] {
			return true
		}
		if words[k] == "as" && k+2 < len(words) && financingRoles[words[k+2]] {
			return true
		}
	}
	return false
}

// bankruptcyTermOnly says whether a bankruptcy trigger names no company's bankruptcy: a
// security's "liquidation preference", a bankruptcy avoided ("AVOIDS CHAPTER 11"), or a bankrupt
// seller of assets a buyer takes over ("agreed to pay 3.5 mln dlrs for the bankrupt sawmill":
// the purchase is the news).
func bankruptcyTermOnly(words []string, t trigger, ts []trigger) bool {
	w := words[t.from]
	if w == "liquidation" && t.to < len(words) {
		switch words[t.to] {
		case "preference", "preferance", "value", "price":
			return true
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", "escape",
			"escapes", "escaped", "stave", "staved", "forestall", "forestalled":
			return true
		}
	}
	return w == "bankrupt" && hasType(ts, events.Acquisition)
}

// directiveWords make an "order" a directive, not goods ordered.
var directiveWords = wordSet(`court rate official restraining executive consent regulatory administrative
	protective gag temporary government`)

// directiveOrder says whether a contract trigger's "order" is a directive: "WINS COURT ORDER
// AGAINST TWA", "a disappointing rate order from the state board".
func directiveOrder(words []string, t trigger) bool {
	for k := t.from; k < t.to && k < len(words); k++ {
		if (words[k] == "contract" || words[k] == "contracts") && k > 0 && (words[k-1] == "futures" || words[k-1] == "options") {
			return true // "a corn syrup futures contract": an exchange's product for traders
		}
	}
	for k := t.from; k < t.to && k < len(words); k++ {
		if (words[k] == "order" || words[k] == "orders") && k > 0 && directiveWords[words[k-1]] {
			return true
		}
	}
	return false
}

// courtOrder says whether a directive order is a court's: "won a court order", "a temporary
// restraining order".
func courtOrder(words []string, t trigger) bool {
	for k := t.from; k < t.to && k < len(words); k++ {
		if (words[k] == "order" || words[k] == "orders") && k > 0 {
			switch words[k-1] {
			case "court", "restraining", "protective", "gag", "consent":
				return true
			}
		}
	}
	return false
}

// conditionalMove says whether a price-move trigger is a condition ("if the stock price rises to
// more than 130 pct of the conversion price, the issue is callable"), not a move that happened.
func conditionalMove(words []string, t trigger) bool {
	return anyBefore(words, t, 5, conditions)
}

// conditions open a clause that states a condition.
var conditions = wordSet(`if unless`)

// listingBackground says whether an IPO trigger dates something else by the listing: "since
// going public in September", "declared prior to the initial public offering", "which recently
// went public, declared its first dividend", where the sentence tells another event.
func listingBackground(words []string, t trigger, ts []trigger) bool {
	other := false
	for _, u := range ts {
		if u.typ != events.IPO && u.typ != events.PriceMove && u.typ != events.Offering && !u.weak {
			other = true
		}
	}
	return other && anyBefore(words, t, 3, datedBy)
}

// datedBy, just before a listing, make it the time of another event or a relative clause's.
var datedBy = wordSet(`since prior before following which who that`)

// initialSize says whether "initial offering" names the size a sale started at ("co-managed the
// issue, which was increased from an initial offering of 60 mln dlrs"), not a first listing.
func initialSize(words []string, t trigger) bool {
	if t.to-t.from != 2 || words[t.from] != "initial" || words[t.from+1] != "offering" || t.to >= len(words) || words[t.to] != "of" {
		return false // "unchanged from their initial public offering price" is the listing's
	}
	return anyBefore(words, t, 2, sizeFrom)
}

// sizeFrom, before "an initial offering", measure a change from it.
var sizeFrom = wordSet(`from`)

// deniedCut says whether a restructuring trigger is denied by a plan that is not there: "had no
// current plans to lay off workers", "has no immediate restructuring plans".
func deniedCut(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if words[k] == "no" {
			return true
		}
		if endsClause(words[k]) || words[k] == "," {
			return false
		}
	}
	return false
}

// restructuringCause says whether the noun "restructuring" names the cause of another event of
// its sentence: "lower earnings ... due to losses resulting from its restructuring efforts".
func restructuringCause(words []string, t trigger, ts []trigger) bool {
	return words[t.from] == "restructuring" && len(ts) >= 2 && anyBefore(words, t, 4, causedBy)
}

// causedBy, just before "restructuring", make it a cause.
var causedBy = wordSet(`resulting because due result related reflecting until`)

// loanRework says whether a restructuring trigger reworks what a company owes, in the words the
// debt rule lacks: "restructure its loan payments", "restructuring of its bank loan".
func loanRework(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "restructur") {
		return false
	}
	return anyAfter(words, t, 5, owedWords)
}

// owedWords are what a company owes, beside the debt rule's debtWords.
var owedWords = wordSet(`loan payments covenants interest lease leases credit lenders borrowing debt debts`)

// agreementKind says what an "agreement with" or "deal with" is when the words before it name
// it: "credit" for financing (a loan, "a new revolving credit and term loan agreement with the
// bank", or shares sold to an investor),
// "purchase" for goods bought ("a volume purchase agreement with"), "" otherwise.
func agreementKind(words []string, t trigger) string {
	if w := words[t.from]; w != "agreement" && w != "deal" {
		return ""
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "credit", "loan", "lending", "revolving", "financing", "borrowing":
			return "credit"
		case "purchase", "supply", "sales":
			if k > 0 && (words[k-1] == "share" || words[k-1] == "stock") {
				return "credit" // "a share purchase agreement with Swiss Reinsurance": shares sold to it
			}
			return "purchase"
		}
	}
	// The party names it when the words before do not: "reached agreement with its lenders on
	// restructuring its debt", "an accord with its bank creditors" is financing (wire25).
	if t.to < len(words) && words[t.to-1] == "with" {
		for k := t.to; k < len(words) && k < t.to+3; k++ {
			if lenderParties[words[k]] {
				return "credit"
			}
		}
	}
	return ""
}

// placedHolding says whether an offering told by shares placed with someone places a holder's
// block rather than new stock: "placed its 4.2 mln Yallambee shares with institutions", a stake
// sold, which is no offering of the company's.
func placedHolding(words []string, t trigger) bool {
	switch words[t.from] {
	case "place", "places", "placed", "placing":
	default:
		return false
	}
	for k := t.from + 1; k < t.to; k++ {
		switch words[k] {
		case "its", "their", "his", "her", "holding", "stake":
			return true
		}
	}
	return false
}

// lenderParties are those a company's agreement with is over what it owes. Plural only: "a
// marketing agreement with Bank of America" names a partner.
var lenderParties = wordSet(`lenders banks bankers creditors bondholders noteholders debentureholders`)

// failedAgreement says whether a partnership or financing trigger told by an agreement's noun
// is one that was not reached: "after failing to reach agreement with its lenders", "was unable
// to conclude an accord with its banks". Nothing was agreed, so nothing is news; a deal to buy
// a company that failed stays news of that deal (negation in extract.go), and is not read here.
func failedAgreement(words []string, t trigger) bool {
	if t.typ != events.Partnership && t.typ != events.Offering {
		return false
	}
	switch words[t.from] {
	case "agreement", "accord", "deal", "pact":
	default:
		return false
	}
	k := t.from - 1
	if k >= 0 && (words[k] == "an" || words[k] == "a" || words[k] == "any" || words[k] == "the") {
		k--
	}
	if k < 2 || words[k-1] != "to" {
		return false
	}
	switch words[k] {
	case "reach", "conclude", "negotiate", "strike":
	default:
		return false
	}
	switch words[k-2] {
	case "failed", "failing", "fails", "fail", "unable":
		return true
	}
	return false
}

// comparisonBase says whether an earnings trigger names the results a forecast is measured
// against: "first quarter earnings will be well below the 38 cts a share it earned a year ago".
func comparisonBase(words []string, t trigger, ts []trigger) bool {
	ahead := false
	for _, u := range ts {
		if u.from < t.from && (u.typ == events.Guidance || u.typ == events.Earnings && (futureResults(words, u) || resultsCompared(words, u))) {
			ahead = true
		}
	}
	if !ahead {
		return false
	}
	for k := t.to; k+1 < len(words) && k < t.to+5; k++ {
		switch words[k] + " " + words[k+1] {
		case "year ago", "year earlier", "last year", "year before", "prior year":
			return true
		}
	}
	return false
}

// comparedTo are the words that place results to come against others: "will be below", "would
// be substantially lower than", "should be up".
var comparedTo = wordSet(`below above lower higher less more down up better worse flat short`)

// resultsCompared says whether an earnings trigger that names results is followed by a modal,
// "be" and, within three words, where they will stand: the company's guidance, as futureResults
// tells it with a verb of change.
func resultsCompared(words []string, t trigger) bool {
	if !namedResults[words[t.to-1]] {
		return false
	}
	k := pastResultPeriod(words, t.to)       // "earnings for the year would be below"
	k = resultsPeriodThrough(words, t.to, k) // "for the year to March 31 will be below" (wire28.go)
	if k+1 >= len(words) || words[k+1] != "be" {
		return false
	}
	switch words[k] {
	case "will", "would", "should", "could", "may", "might":
	default:
		return false
	}
	for end := k + 5; k+2 < len(words) && k+2 <= end; k++ {
		if comparedTo[words[k+2]] {
			return true
		}
	}
	return false
}

// secondReport says whether the words at k open a second clause of what was said: "said it lost
// 14.3 mln dlrs in the fourth quarter ... and that its president has resigned". A date of the
// first clause does not date the second's event.
func secondReport(words []string, k int) bool {
	return words[k] == "and" && k+1 < len(words) && words[k+1] == "that"
}

// listingTitle makes a headline's offering the listing that the article tells of the same
// company: "GRANTHAM SOFTWARE OFFERING PRICED AT 14 DLRS" over "its initial public offering of
// 2.5 mln common shares was priced", "HAWKEYE ENTERTAINMENT COMPLETES OFFERING". The headline
// names the sale its lead calls the first one; a listing the body recalls ("went public in 1983")
// is older news and names nothing.
func listingTitle(evs []Event, published time.Time) {
	lead := -1 // where the lead sentence starts: the first body sentence that tells an event
	for _, e := range evs {
		if !e.fromTitle && len(e.Mentions) > 0 && (lead < 0 || e.Mentions[0].Start < lead) {
			lead = e.Mentions[0].Start
		}
	}
	for i := range evs {
		if !evs[i].fromTitle {
			continue
		}
		if evs[i].Type != events.Offering && !(evs[i].Type == events.Acquisition && unitStakeSold(evs[i])) {
			continue
		}
		for _, e := range evs {
			recent := published.IsZero() || !e.End.Before(published.AddDate(0, 0, -31))
			inLead := len(e.Mentions) > 0 && e.Mentions[0].Start == lead
			if e.Type == events.IPO && !e.fromTitle && inLead && recent && sameParty(evs[i], e) {
				evs[i].Type = events.IPO
				break
			}
		}
	}
	// The body's telling of the listing's shares is the listing too: "Klaviyo sold 19.2 million
	// shares at $30 each", "will use the 22.5 mln dlrs it receives to build a plant", after a
	// title or lead that tells the initial offering. A sale within a week of it is the same sale.
	// The lead's listing is dated as the body tells it; the title's by the publication.
	listing := slices.IndexFunc(evs, func(e Event) bool {
		return e.Type == events.IPO && !e.fromTitle && len(e.Mentions) > 0 && e.Mentions[0].Start == lead
	})
	if listing < 0 {
		listing = slices.IndexFunc(evs, func(e Event) bool { return e.Type == events.IPO && e.fromTitle })
	}
	if listing < 0 {
		return
	}
	for i := range evs {
		if e := evs[listing]; !evs[i].fromTitle && evs[i].Type == events.Offering && nearDays(evs[i].Start, e.Start, 7) && sameParty(evs[i], e) {
			evs[i].Type, evs[i].Status, evs[i].Period = events.IPO, e.Status, e.Period
		}
	}
}

// nearDays says whether two days lie at most n days apart.
func nearDays(a, b time.Time, n int) bool {
	d := a.Sub(b)
	return d <= time.Duration(n)*24*time.Hour && d >= -time.Duration(n)*24*time.Hour
}

// unitStakeSold says whether a headline's deal is a stake in a unit sold, with no buyer named:
// "WHITBURN OIL TO SELL STAKE IN PIPELINE UNIT", which a lead telling the unit's initial public
// offering shows to be a float, not a sale to a buyer (wire17).
func unitStakeSold(e Event) bool {
	if len(e.Mentions) == 0 || len(e.Companies) > 1 {
		return false
	}
	ws := strings.Fields(strings.ToLower(e.Mentions[0].Sentence))
	v := slices.IndexFunc(ws, func(w string) bool { return w == "sell" || w == "sells" || w == "selling" })
	if v < 0 {
		return false
	}
	after := ws[v+1:]
	has := func(set ...string) bool {
		return slices.ContainsFunc(after, func(w string) bool { return slices.Contains(set, w) })
	}
	return has("stake", "shares", "pct") && has("unit", "subsidiary", "division", "units") && !has("to")
}

// sameParty says whether two events name a ticker in common, or, where the first names none, a
// company whose name opens with the same word ("Grantham Software" and "Grantham Software Corp").
func sameParty(a, b Event) bool {
	if len(a.Tickers) == 0 {
		for _, c := range a.Companies {
			for _, d := range b.Companies {
				f, g := strings.Fields(strings.ToLower(c)), strings.Fields(strings.ToLower(d))
				if len(f) > 0 && len(g) > 0 && f[0] == g[0] {
					return true
				}
			}
		}
		return false
	}
	for _, t := range a.Tickers {
		for _, u := range b.Tickers {
			if t == u {
				return true
			}
		}
	}
	return false
}

// nameOpensWithTrigger says whether a headline opens with a company's name whose first word is
// also a trigger word ("ALLIANCE FINANCIAL CORP DIVIDEND SET", "NEW MILFORD SAVINGS BANK RAISES
// PAYOUT", "PUBLIC SERVICE CO OF COLORADO IN PAYOUT"): the capitalized words after it end in a
// corporate suffix, or stand before the verb or the results words of the
// headline after a word that ends the names of banks ("BANK", "SAVINGS"). "NEW CEO AT ..." and
// "NEW ZEALAND RETAIL SALES SLOW" open with no name.
func nameOpensWithTrigger(s *sentence) bool {
	institutionWords := map[string]bool{"bank": true, "savings": true, "trust": true, "bankshares": true, "fund": true}
	for n := 1; n < len(s.toks) && n < 7; n++ {
		w := s.words[n]
		if !isWord(s.toks[n].text) || !startsUpper(s.toks[n].text) || s.inTimex[n] {
			return false
		}
		if corporateSuffixes[w] {
			return true
		}
		if resultWords[w] || titleVerbs[w] || startsTrigger[w] || w[0] >= '0' && w[0] <= '9' {
			return n >= 2 && institutionWords[s.words[n-1]]
		}
	}
	return false
}

// coordinatedVerbs open a second clause after "and": "declared a two-for-one stock split and
// raised the quarterly dividend".
var coordinatedVerbs = wordSet(`raised increased boosted lifted cut reduced declared set voted approved named
	said agreed authorized omitted suspended reported posted raises increases boosts lifts cuts reduces
	declares sets votes approves names says agrees authorizes omits suspends reports posts`)

// gapCoordinates says whether the gap of a phrase ("declared ... dividend") runs over "and" and
// the verb of a second clause: "its board declared a two-for-one stock split and raised the
// quarterly dividend" tells a split and, in its second clause, a payout raised; the first verb
// does not reach the second clause's noun.
//
// A comma before a verb of the lexicon ends a gap already (allTriggers): "TO FLOAT, SPIN OFF
// INSURANCE UNIT" floats the unit and spins it off.
func gapCoordinates(words []string, t trigger) bool {
	for k := t.from + 1; k+1 < t.tail && k+1 < len(words); k++ {
		if words[k] == "and" && coordinatedVerbs[words[k+1]] {
			return true
		}
	}
	return false
}

// companyBought says whether a purchase verb, weak because goods and securities are purchased
// too, has a company for its object: a name ending in a corporate suffix within five words after
// the verb, before any "from", "for", "of" or comma ("Keystone Partners has purchased Vernell's
// Candies Inc", not "purchased 50,000 tonnes of sugar from Cargill Inc"). The wire states most
// deals so, without a price or a stage in the sentence.
func companyBought(words []string, t trigger) bool {
	switch words[t.from] {
	case "purchased", "purchase", "purchases":
	default:
		return false
	}
	for k := t.to; k < len(words) && k < t.to+5; k++ {
		switch w := words[k]; {
		case corporateSuffixes[w]:
			return k > t.to
		case w == "from" || w == "for" || w == "of" || w == "," || w == "." || w == "its" || w == "their" || isNumber(w):
			return false
		}
	}
	return false
}

// findingNouns name tests and counts whose results are findings, not a company's accounts:
// "NEW GOLD ASSAY RESULTS", "ENCOURAGING DRILL RESULTS", "study results", "poll results".
var findingNouns = wordSet(`assay assays drill drilling hole holes exploration test tests testing study
	studies survey surveys poll polls trial trials clinical sampling election laboratory core`)

// findingsResults says whether an earnings trigger's "results" are a test's or a count's, a
// finding named at most two words before the word (wire17).
func findingsResults(words []string, t trigger) bool {
	i := t.from // "results", or the end of "reported ... results"
	if w := words[i]; w != "results" && w != "result" {
		if i = t.to - 1; words[i] != "results" && words[i] != "result" {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if findingNouns[words[k]] {
			return true
		}
	}
	return false
}

// pluralSubjects are the words before "agreed to ... together" that give it two parties: "Acme
// and Beta said they agreed", "the two companies agreed".
var pluralSubjects = wordSet(`they and companies both two partners`)

// tradedTogether are the verbs of an agreed joint act that is a trade, not a venture: "agreed
// to buy raw materials together" pools purchases.
var tradedTogether = wordSet(`buy purchase acquire sell pay`)

// togetherAlone says whether a partnership trigger of work agreed "together" or "jointly" is no
// venture: a trade ("agreed to buy raw materials together"), or a single subject ("agreed to sell
// the two units together" bundles a sale). Only two companies agreeing ("Acme and Beta said they
// agreed to drill together") work together.
func togetherAlone(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "agree") || words[t.to-1] != "together" && words[t.to-1] != "jointly" {
		return false
	}
	if t.from+2 < len(words) && tradedTogether[words[t.from+2]] {
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-12; k-- {
		if pluralSubjects[words[k]] {
			return false
		}
	}
	return true
}

// disputeWords name a dispute decided by a court or by arbitrators.
var disputeWords = wordSet(`arbitration arbitrator arbitrators dispute disputes lawsuit suit breach`)

// disputedContract says whether a contract trigger is the matter of a dispute or a ruling's
// award, not a contract won: "WINS ARBITRATION AWARD", "awarded it 38.5 mln dlrs in its dispute
// with a utility over a cancelled supply contract", "a suit for breach of contract". The ruling
// is the news, which the legal trigger tells. The dispute's word stands inside the trigger or
// before it in its clause.
func disputedContract(words []string, t trigger) bool {
	for k := t.from; k < t.to; k++ {
		if disputeWordShapes.mayHold(words[k]) && disputeWords[words[k]] {
			return true
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-gapWords; k-- {
		if endsClause(words[k]) {
			return false
		}
		if disputeWordShapes.mayHold(words[k]) && disputeWords[words[k]] {
			return true
		}
	}
	return false
}

// ventureAim says whether an acquisition trigger is the work a venture is formed for, after the
// partnership's trigger: "agreed to form a jointly owned company to develop and sell navigation
// systems", "formed a venture to make and sell resins" (wire24). The partners sell goods, not a
// business; the venture is the news. Only a verb in its base form after "to" or "and" is the
// aim; "formed a venture and sold its unit" tells a sale of its own.
func ventureAim(words []string, t trigger, ts []trigger) bool {
	if t.from == 0 || !ventureVerbs[words[t.from]] || words[t.from-1] != "to" && words[t.from-1] != "and" {
		return false
	}
	return slices.ContainsFunc(ts, func(p trigger) bool {
		if p.typ != events.Partnership || p.to > t.from {
			return false
		}
		// A venture formed, not a deal struck: "struck a deal to buy" is the purchase.
		for k := p.from; k < p.to; k++ {
			if ventureWords[words[k]] {
				return true
			}
		}
		return false
	})
}

// ventureWords name the business partners form together ("partnership" alone may be a buyer:
// "PARTNERSHIP AGREES TO BUY SHARES").
var ventureWords = wordSet(`venture ventures jointly joint`)

// ventureVerbs are the base forms of deal verbs a venture's aim is told with.
var ventureVerbs = wordSet(`sell buy acquire purchase market`)

// softwareUses name what a computer program or package does: before "program" or "package"
// they make it software a company sells ("INTRODUCES ACCOUNTING PACKAGE", "introduced a
// spreadsheet program"), not a government's plan (wire24).
var softwareUses = wordSet(`software accounting spreadsheet database graphics payroll word-processing processing
	computer design drafting inventory billing communications networking`)

// launchedPolicy says whether a launch trigger puts a policy on the market, one of policyWords
// among the five words after it, unless a software use names a program or package.
func launchedPolicy(words []string, t trigger) bool {
	for k := t.to; k < len(words) && k < t.to+5; k++ {
		if endsClause(words[k]) {
			return false
		}
		if !(policyWordShapes.mayHold(words[k]) && policyWords[words[k]]) {
			continue
		}
		if (words[k] == "program" || words[k] == "package") && softwareUses[words[k-1]] {
			continue
		}
		return true
	}
	return false
}
