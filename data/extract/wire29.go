package extract

import "github.com/eventline/eventline/data/events"

// Rules for the classes newswire20 found first seen, on the desks of 1980s wire copy it was
// written from: grain sold abroad by the tonne, thrifts closed by their regulators or bought
// insolvent from them, and a company's own work merged or closed.

// wire29Lexicon adds to the trigger lexicon (see index) sites a trucker, a railroad or an oil
// service company closes: "has closed 23 of its 71 terminals", "closing the Odessa yard"; a
// newspaper closed by its publisher: "will cease publishing the Evening Gazette", "ceased
// publication of its afternoon daily", "will stop publishing the weekly"; and the wire's words
// for a Pentagon contract's increment and a thrift's conservatorship.
var wire29Lexicon = map[events.Type][]string{
	events.Restructuring: join(closing("terminals", "yard", "yards", "depots"),
		verb("cease publishing", "ceases publishing", "ceased publishing", "ceasing publishing"),
		verb("cease publication", "ceases publication", "ceased publication", "ceasing publication"),
		verb("stop publishing", "stops publishing", "stopped publishing", "stopping publishing")),
	// The Pentagon's award of more money on a contract, told by its own noun: "the Air Force
	// awarded Ireton Corp a 12 mln dlr increment to an existing contract", "a 9.4 mln dlr
	// modification to a contract".
	events.Contract: objectsAfter([]string{"award", "awards", "awarded", "awarding"}, "increment", "modification"),
	// A thrift taken over by its regulator short of closing it: "placed Bolton Savings in
	// conservatorship", "was placed under the FSLIC's management consignment program".
	events.Bankruptcy: join(
		objectsAfter([]string{"place", "places", "placed", "placing"}, "in conservatorship", "under conservatorship"),
		[]string{"management consignment program"}),
}

// approximations may stand between a verb and the amount it takes: "sold about 200,000 tonnes".
var approximations = wordSet(`about some nearly approximately around roughly another an additional`)

// bulkAmounts may stand between an amount and its unit: "1.2 mln bushels", "200,000 metric tonnes".
var bulkAmounts = wordSet(`mln million billion metric short long`)

// commodityUnits count a commodity traded in bulk.
var commodityUnits = wordSet(`tonnes tonne tons ton bushels barrels bales ounces pounds lbs cargoes carloads`)

// commoditySold returns the end of a commodity sold by the measure to a buyer, 0 for none: "sold
// 500,000 tonnes of soft red winter wheat to the Soviet Union", "will sell about 1.2 mln bushels
// of corn to Japan under the export enhancement program". An export house's sale of so many
// tonnes is a supply contract won, not the sale of a business (corporateDeal drops those as
// traded goods): the verb, an amount counted in a unit of bulk and "of", then the buyer after
// "to" in the same clause. A sale that names no buyer ("sold 1.2 mln bushels for shipment in
// May") is left: it may be a trade on an exchange.
func commoditySold(words []string, i int) int {
	k := i + 1
	for n := 0; k < len(words) && n < 2 && approximations[words[k]]; n++ {
		k++
	}
	if k >= len(words) || !isNumber(words[k]) {
		return 0
	}
	k++
	for n := 0; k < len(words) && n < 2 && bulkAmounts[words[k]]; n++ {
		k++
	}
	if k+1 >= len(words) || !commodityUnits[words[k]] || words[k+1] != "of" {
		return 0
	}
	unit := k
	for j := k + 2; j < len(words) && j <= k+12; j++ {
		w := words[j]
		if w == "." && initialDot(words, j) {
			continue // "of U.S. soft red winter wheat"
		}
		if gapStops[w] || w == "," || w == "from" {
			return 0
		}
		if w == "to" && j+1 < len(words) && !isNumber(words[j+1]) {
			return unit + 1
		}
	}
	return 0
}

// closeVerbs are the heads of regulatorClosed: a regulator closes or seizes a bank.
var closeVerbs = wordSet(`close closes closed closing seize seizes seized seizing`)

// bankRegulators are the words a regulator of banks and thrifts is named by.
var bankRegulators = wordSet(`regulators regulator fdic fslic comptroller commissioner superintendent`)

// lenderNouns are the words a bank or a thrift is named by, as a regulator closes one.
var lenderNouns = wordSet(`bank thrift savings`)

// regulatorClosed returns the end of the verb that closes or seizes a bank or a thrift, told as
// its regulator's act, 0 for none: "federal regulators closed Kentmere Savings and Loan Association", "the FDIC seized the
// Houston bank", "the bank board closed the thrift", and the passive, "was closed by state
// banking regulators". A failed lender's closing is its insolvency, the wire's bankruptcy of a
// bank. The regulator stands within four words before the verb (or after "by" in the passive) and
// the lender within five after it (before it in the passive); banks in the plural ("closed three
// banks") are a tally, no one lender's news, and "closed the sale of the bank" is a deal.
func regulatorClosed(words []string, i int) int {
	if i > 0 && (words[i-1] == "was" || words[i-1] == "were" || words[i-1] == "been") {
		if i+1 >= len(words) || words[i+1] != "by" {
			return 0
		}
		for k := i + 2; k < len(words) && k <= i+5; k++ {
			if (bankRegulatorShapes.mayHold(words[k]) && bankRegulators[words[k]]) || words[k] == "board" && words[k-1] == "bank" {
				return i + 1
			}
		}
		return 0
	}
	regulator := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if (bankRegulatorShapes.mayHold(words[k]) && bankRegulators[words[k]]) || words[k] == "board" && k > 0 && words[k-1] == "bank" {
			regulator = true
			break
		}
	}
	if !regulator {
		return 0
	}
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		w := words[k]
		if gapStops[w] || w == "," || w == "sale" || w == "purchase" || w == "deal" || isNumber(w) || numberWords[w] {
			return 0
		}
		if lenderNouns[w] {
			return i + 1 // the verb: the lender's name after it is the party
		}
	}
	return 0
}

// insolventBought says whether a bankruptcy trigger's "insolvent" describes what a deal in the
// sentence buys or sells: "agreed to acquire three insolvent savings institutions", "will buy an
// insolvent Arkansas thrift with federal aid". The word stands before the noun it describes, so
// the failed lender is the deal's object and the deal the news, as "the bankrupt sawmill" is
// (bankruptcyTermOnly). Said of the company ("said it is insolvent", "was declared insolvent"),
// it stays its insolvency.
func insolventBought(words []string, t trigger, ts []trigger) bool {
	if words[t.from] != "insolvent" || t.to >= len(words) || !hasType(ts, events.Acquisition) {
		return false
	}
	if w := words[t.to]; w == "," || w == "." || w == ";" || w == "and" || w == "or" || w == "by" || w == "after" {
		return false
	}
	if t.from > 0 {
		switch words[t.from-1] {
		case "is", "was", "were", "be", "been", "being", "become", "became", "declared", "deemed", "found", "remains", "remained":
			return false
		}
	}
	return true
}

// shippedWhen says whether the date at token k tells when goods sold or ordered travel: "sold
// 500,000 tonnes of wheat to the Soviet Union for delivery in February and March", "received an
// order for 1,200 hopper cars for delivery in the first half of 1989". The deal was struck when
// it was told; a past verb would otherwise date it by last year's February. Only after "for":
// "the grocery delivery company forecast second-quarter growth" keeps its quarter.
func shippedWhen(words []string, k int) bool {
	for i := k - 1; i >= 1 && i >= k-6; i-- { // "for delivery in February and March"
		switch words[i] {
		case "shipment", "delivery", "loading":
			return words[i-1] == "for"
		case ",", ";":
			return false
		}
	}
	return false
}

// winVerbs are the heads of commoditySaleWon.
var winVerbs = wordSet(`win wins won winning get gets got`)

// bulkCommodities are the goods an export house sells abroad by the cargo.
var bulkCommodities = wordSet(`wheat corn grain barley sorghum oats soybean soybeans soymeal rice flour sugar
	cotton coal crude oil`)

// commoditySaleWon returns the end of a commodity's sale won, as a headline tells it, 0 for
// none: "WINS SOVIET WHEAT SALE", "GETS CHINA CORN SALES". The export house won the buyer's
// tender, a contract as "GETS ... ORDER" is; "WINS APPROVAL FOR SALE OF UNIT" names no
// commodity before the sale.
func commoditySaleWon(words []string, i int) int {
	for k := i + 2; k < len(words) && k <= i+4; k++ {
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
		if (words[k] == "sale" || words[k] == "sales") && bulkCommodities[words[k-1]] {
			return k + 1
		}
	}
	return 0
}

// newGoodsBought says whether an acquisition trigger buys new goods: "to buy new air-jet
// looms", "will purchase new presses for its Dayton plant". A business is not bought new; what
// is, is equipment, whatever its name, unless the words after name a business or shares ("buy
// new shares of the bank" is a stake).
func newGoodsBought(words []string, t trigger) bool {
	if !goodsBuyVerbs[words[t.from]] || t.to != t.from+1 {
		return false
	}
	k := t.to
	if k < len(words) && (words[k] == "a" || isNumber(words[k]) || numberWords[words[k]]) {
		k++
	}
	if k >= len(words) || words[k] != "new" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if boughtBusinesses[words[j]] {
			return false
		}
		if gapStops[words[j]] || words[j] == "," || words[j] == "and" || words[j] == "for" {
			break
		}
	}
	return true
}

// receiveVerbs take what a plan gives.
var receiveVerbs = wordSet(`receive receives received receiving get gets`)

// stockForDebt says whether an acquisition trigger's stake is stock a reorganization gives its
// lenders: "bank lenders and holders of its senior notes will receive about 85 pct of the common
// stock of the reorganized company". Debt exchanged for shares under a plan is the bankruptcy's
// terms, no purchase of a stake. The stake ("pct of") follows a verb of receiving within four
// words, with the company's creditors before the verb in the clause.
func stockForDebt(words []string, t trigger) bool {
	if words[t.from] != "pct" && words[t.from] != "percent" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if !receiveVerbs[words[k]] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-14; j-- {
			if words[j] == "." || words[j] == ";" {
				return false
			}
			if creditorNoun[words[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// supervisoryWords name an agreement a regulator imposes.
var supervisoryWords = wordSet(`supervisory consent cease-and-desist regulatory`)

// supervisoryAgreement says whether a partnership trigger's agreement is one with a regulator of
// banks: "entered into a supervisory agreement with the Federal Home Loan Bank Board", "signed a
// consent agreement with the Comptroller of the Currency", "an agreement with federal
// regulators to raise capital". The regulator's order on a thrift is regulatory news, a legal
// event, not a venture between two companies.
func supervisoryAgreement(words []string, t trigger) bool {
	switch words[t.from] {
	case "agreement", "agreements", "accord", "pact":
	default:
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		if supervisoryWords[words[k]] {
			return true
		}
	}
	if words[t.to-1] != "with" {
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+6; k++ {
		w := words[k]
		if gapStops[w] || w == "," || w == "to" || w == "on" {
			return false
		}
		if bankRegulators[w] || w == "board" && words[k-1] == "bank" {
			return true
		}
	}
	return false
}

// publishedFigures are what a company may stop publishing without closing anything.
var publishedFigures = wordSet(`forecast forecasts guidance outlook results figures data estimates earnings sales
	reports report statistics prices numbers projections`)

// figuresUnpublished says whether a restructuring trigger of wire29Lexicon's "cease publishing"
// stops the publishing of figures, not a newspaper: "will stop publishing quarterly earnings
// forecasts", "ceased publication of its monthly sales figures".
func figuresUnpublished(words []string, t trigger) bool {
	if p := words[t.to-1]; p != "publishing" && p != "publication" {
		return false
	}
	for k := t.to; k < len(words) && k <= t.to+4; k++ {
		if publishedFigures[words[k]] {
			return true
		}
		if gapStops[words[k]] || words[k] == "," {
			return false
		}
	}
	return false
}

// closedLender reads the lender a regulator closed, when no alias or listing knows it: the
// capitalized name right after the verb ("closed Harbor Point Savings Bank and appointed the
// FDIC as receiver", "seized the Bayou State Bank"), or before "was" in the passive ("Harbor
// Point Savings Bank was closed by state regulators"). The other company of such a sentence is
// the insurer named receiver, which keeps roles from choosing.
func (s *sentence) closedLender(t trigger) *CompanyMention {
	if regulatorClosed(s.words, t.from) == 0 {
		return nil
	}
	if k := t.from - 1; k > 0 && (s.words[k] == "was" || s.words[k] == "were" || s.words[k] == "been") {
		start := k
		for start > 0 && k-start < 5 && startsUpper(s.toks[start-1].text) {
			start--
		}
		if start == k {
			return nil
		}
		return s.capitalsFrom(start)
	}
	k := t.to
	if k < len(s.words) && s.words[k] == "the" {
		k++
	}
	return s.capitalsFrom(k)
}

// deathVerbs are the heads of officerDied.
var deathVerbs = wordSet(`died dies`)

// officerDied returns the end of an officer's death told by its verb, 0 for none: "said its
// chairman, James Hesket, died Sunday", "PENDLE CORP CHAIRMAN DIES", "chief executive Ann Roe,
// 64, died of a heart attack". A death at the top leaves the post to be filled, the management
// change the wire reports beside it. The officer stands within eight words before the verb, in
// its clause; "the talks died" and "the bill died in committee" name none.
func officerDied(words []string, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := words[k]
		if w == "." || w == ";" || w == "said" || w == "says" || isClauseBreak(w) {
			return 0
		}
		if officerWords[w] && w != "director" {
			return i + 1
		}
	}
	return 0
}

// layoffVerbs send workers home.
var layoffVerbs = wordSet(`furlough furloughs furloughed furloughing lay lays laid laying idle idles idled idling`)

// spanUnits count a short span of time.
var spanUnits = wordSet(`day days week weeks`)

// shortLayoff says whether a restructuring trigger sends workers home for a stated few days or
// weeks: "will furlough 450 workers at its Wichita plant for two weeks", "laid off 300 for a
// week to cut inventories". A pause in work, not a cut of the company.
func shortLayoff(words []string, t trigger) bool {
	if !layoffVerbs[words[t.from]] {
		return false
	}
	for k := t.to; k+2 < len(words) && k <= t.to+10; k++ {
		w := words[k]
		if w == "." || w == ";" {
			return false
		}
		if w != "for" {
			continue
		}
		n := words[k+1]
		if (isNumber(n) || numberWords[n] || n == "a" || n == "several" || n == "about") && spanUnits[words[k+2]] {
			return true
		}
	}
	return false
}

// relativeMoveVerbs are the heads of relativeMove: a stock's move told in a relative clause.
var relativeMoveVerbs = wordSet(`rose fell gained lost climbed jumped dropped declined advanced slipped eased soared
	plunged tumbled surged closed`)

// relativeMove returns the end of a stock's move told in a relative clause on the stock: "the
// rise in its stock, which gained 4-1/2 to 31", "the activity in its shares, which closed up
// 2-1/4 at 18". The wire tells a move so when a company says it knows no reason for it. "Closed"
// moves only with its direction ("closed up", "closed lower"); "which closed at 18" is a price.
func relativeMove(words []string, i int) int {
	if i < 3 || words[i-1] != "which" || words[i-2] != "," || words[i-3] != "stock" && words[i-3] != "shares" {
		return 0
	}
	if words[i] == "closed" {
		if i+1 >= len(words) {
			return 0
		}
		switch words[i+1] {
		case "up", "down", "higher", "lower":
			return i + 2
		}
		return 0
	}
	return i + 1
}

// mergedInto puts first, as the buyer, the party named right after "into" in a merger ("holders
// approved the company's merger into Pennard Pacific Corp", "the merger of Dunmail Savings Bank
// into Tarn Financial Corp"): it survives, and the company merged into it is the target. The
// parties are those roles found, reordered: without it the sentence's subject read as the
// buyer of the company it is merged into.
func (s *sentence) mergedInto(t trigger, subject *CompanyMention, objects []CompanyMention) (*CompanyMention, []CompanyMention) {
	if t.typ != events.Acquisition || subject == nil || len(objects) == 0 || len(s.words[t.from]) < 4 || s.words[t.from][:4] != "merg" {
		return subject, objects
	}
	for i, c := range objects {
		k := s.startIndex(c.Start)
		if k > 0 && s.words[k-1] == "the" {
			k--
		}
		if k-1 < t.to || s.words[k-1] != "into" {
			continue
		}
		acq := objects[i]
		rest := append([]CompanyMention{*subject}, objects[:i]...)
		rest = append(rest, objects[i+1:]...)
		return &acq, rest
	}
	return subject, objects
}
