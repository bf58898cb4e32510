package extract

import "github.com/eventline/eventline/data/events"

// Readings of the transport and industrials desk (news60, modern54's misses).
//
//   - A regulator's grounding of a model of aircraft is news about its maker's product, as a
//     recall is: "the FAA grounded all 737 MAX jets", "ordered the grounding of the C-90 planes".
//     An airline that grounds its own planes (after a storm, to save cash) tells its flying,
//     not its maker's product, so the grounding needs an authority before it; a fleet or
//     flights grounded are no model.
//   - A measure of operations at the extreme of a span of years is no share price: "Boeing's
//     jet deliveries sink to 11-year low", "sales hit a 10-year high". The span's extreme is a
//     stock's only where no measure is its subject.
//   - A deal approved by the workers who voted on it is a labour contract, no takeover: "57% of
//     the GM workers who voted approved the deal", "members of the machinists union approved the
//     deal". Holders or a board that approve a deal still tell the deal.
//   - Orders tallied for a period are a maker's order book, no order won: "booked 54 net orders
//     for the year", "orders for the first quarter". An order for goods names the goods.
//   - Purchases named by the goods bought are a buyer's supplies: "does not hedge its fuel
//     purchases", "cut equipment purchases". A company's purchases are named by the company or
//     by a word of a business ("its asset purchases", "the Acme purchase").
//   - A launch named as the time of another act is that act's circumstance: "raised $200
//     million as it builds cash ahead of a planned launch in 2025" tells the offering; the
//     launch is known and to come.

// news60Misread says whether trigger t tells none of its type by the readings above.
func news60Misread(s *sentence, t trigger) bool {
	w := s.words
	switch t.typ {
	case events.Product:
		return s.operatorGrounds(t) || launchAhead(w, t)
	case events.Acquisition:
		return approvedByVoters(w, t) || goodsPurchases(w, t)
	case events.Contract:
		return ordersForPeriod(s, t)
	}
	return false
}

// groundVerbs keep aircraft on the ground, in their forms.
var groundVerbs = []string{"ground", "grounds", "grounded", "grounding"}

// aircraftNouns are what a grounding keeps on the ground where it is a model's.
var aircraftNouns = []string{"jets", "planes", "airplanes", "aircraft", "jetliners", "airliners", "helicopters"}

// groundings lists the verbs of grounding with the aircraft they ground after them: "grounds
// ... jets", "grounding ... planes".
func groundings() []string {
	return objectsAfter(groundVerbs, aircraftNouns...)
}

// groundingAuthorities name an authority that grounds a model of aircraft: "the FAA", "the Federal
// Aviation Administration", "European regulators", "China's aviation authority".
var groundingAuthorities = wordSet(`faa easa caac regulator regulators administration agency authority authorities
	ministry government officials ntsb`)

// operatorGrounds says whether the product trigger t, a grounding, is no regulator's: no word of
// an authority stands before the verb in its clause. An airline grounds its own planes ("Tessaly
// Air grounded 20 jets after the storm", "it will ground 12 older jets"), which tells its
// flying, not its maker's product.
func (s *sentence) operatorGrounds(t trigger) bool {
	switch s.words[t.from] {
	case "ground", "grounds", "grounded", "grounding":
	default:
		return false
	}
	lo := t.from
	for lo > 0 && !cueBreak(s.words[lo-1]) && s.words[lo-1] != "," {
		lo--
	}
	return !anyWithin(s.words, lo, t.from, groundingAuthorities)
}

// operatingMeasures are figures of a company's operations and results, which reach a span's
// extreme as a stock's price does.
var operatingMeasures = wordSet(`deliveries shipments sales orders bookings output production traffic volumes
	volume profit profits earnings revenue revenues margin margins inventories backlog ridership subscribers
	loads tonnage`)

// measureExtreme says whether the span's extreme at words[i] ("11-year low") has a measure of
// operations for its subject: one among the four words before it, with no word of a stock
// nearer ("deliveries sink to 11-year low", not "shares sink to five-year low").
func measureExtreme(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := words[k]; {
		case w == "shares" || w == "stock" || w == "share" || w == "stocks":
			return false
		case operatingMeasures[w]:
			return true
		}
	}
	return false
}

// approvalWords open an approval trigger.
var approvalWords = wordSet(`approved approves approve approving approval`)

// approvedByVoters says whether the acquisition trigger t, an approval of a deal, is given by
// workers voting on their contract: a word of the voters (news55's voters) among the ten words
// before the verb, within its clause ("About 57% of the GM workers who voted approved the deal",
// "Members of the machinists union at Acme approved the deal").
func approvedByVoters(words []string, t trigger) bool {
	if !approvalWords[words[t.from]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-10; k-- {
		w := words[k]
		if w == "," || w == ";" || w == "." || w == "said" || w == "says" {
			return false
		}
		if voters[w] {
			return true
		}
	}
	return false
}

// ordersForPeriod says whether the contract trigger t, opening on "orders for", goes on with a period:
// "net orders for the year", "orders for the first quarter", "orders for 2019". A period's
// orders are a tally; an order is for goods.
func ordersForPeriod(s *sentence, t trigger) bool {
	w := s.words
	k := t.from + 2 // the word after "for", in "orders for" and in a gapped "orders ... from"
	if w[t.from] != "orders" && w[t.from] != "order" || k >= len(w) || w[t.from+1] != "for" {
		return false
	}
	if s.inTimex[k] {
		// "orders for 2026 delivery" are for goods, to be handed over then.
		for j := k + 1; j < len(w) && j <= k+3; j++ {
			if w[j] == "delivery" || w[j] == "deliveries" {
				return false
			}
		}
		return true
	}
	return w[k] == "the" && clauseWordAt(w, k+1, k+3, reportingPeriods) >= 0
}

// launchNouns name a product's launch as a noun.
var launchNouns = wordSet(`launch launches rollout debut release`)

// launchAhead says whether the product trigger t, a launch's noun, follows "ahead of" with at
// most three words between ("ahead of a planned launch", "ahead of the expected nationwide
// launch"): the time of another act, not news of its own.
func launchAhead(words []string, t trigger) bool {
	if !(launchNounShapes.mayHold(words[t.from]) && launchNouns[words[t.from]]) {
		return false
	}
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		if words[k] == "of" && words[k-1] == "ahead" {
			return true
		}
	}
	return false
}

// boughtSupplies are goods a company buys for its trade, which name purchases that are no deal.
var boughtSupplies = wordSet(`fuel oil crude gas diesel coal steel aluminum copper equipment machinery materials
	parts components chip chips grain wheat corn soybean soybeans sugar cattle feed power electricity
	inventory supplies aircraft jet jets vehicle vehicles truck trucks railcar railcars locomotive locomotives`)

// goodsPurchases says whether the acquisition trigger t, the noun "purchases" or "purchase", is
// named by the goods before it: "its fuel purchases", "equipment purchases".
func goodsPurchases(words []string, t trigger) bool {
	if t.to-t.from != 1 || words[t.from] != "purchases" && words[t.from] != "purchase" || t.from == 0 {
		return false
	}
	return boughtSupplies[words[t.from-1]]
}
