package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// news54 reads the health-care news of modern49: recalls told by a rough count or by the goods
// drug and device makers recall, and drugs taken under license from another company.

// roughCounts, right after a recall verb and before "of", count what is recalled: "recalls
// millions of sleep machines", "is recalling thousands of pumps". A memory takes an article
// first ("recalled the thousands of patients").
var roughCounts = wordSet(`millions thousands hundreds tens dozens`)

// recalledGoods are the goods a recall names within a few words of its verb, beside the vehicles
// and packages of recallObjects: medicines, devices and the everyday goods safety regulators
// recall ("recalls eye drops", "recalled glucose sensors", "is recalling its infusion pumps").
var recalledGoods = wordSet(`pumps sensors monitors inhalers drops tablets pills capsules doses vials syringes
	injectors pens implants stents catheters pacemakers defibrillators ventilators machines masks kits
	tests strips meters scanners heaters chargers batteries phones laptops toys cribs strollers helmets
	seats airbags tires bikes scooters pickups sedans motorcycles appliances dryers washers ovens
	formula jars boxes bags packs cartons tubes medicines drugs`)

// recallOfGoods says whether the recall verb of trigger t names goods recalled: a rough count
// right after it ("millions of"), or a word of goods within three words.
func recallOfGoods(words []string, t trigger) bool {
	if t.to+1 < len(words) && roughCounts[words[t.to]] && words[t.to+1] == "of" {
		return true
	}
	for k := t.to; k < len(words) && k <= t.to+2; k++ {
		if recalledGoods[words[k]] {
			return true
		}
	}
	return false
}

// licenseVerbs take a drug, a device or a technology under license.
var licenseVerbs = wordSet(`license licenses licensed in-license in-licenses in-licensed in-licensing`)

// licenseSubjects stand right before a license verb that is a predicate: an auxiliary, a
// pronoun or "to" ("has licensed", "it in-licensed", "agreed to license"). A company's name
// there is checked apart.
var licenseSubjects = wordSet(`has have had will would to it also and which that`)

// licenseDeals adds a partnership where a company takes something under license from another:
// "Brendon licenses Dunsford's kidney drug", "has licensed an antibody from a Shanghai biotech",
// "in-licensed the rights to a stimulator". The verb must be a predicate (a company, an
// auxiliary or a pronoun before it), so "lost its license" and "licensed pharmacists" are none;
// "licenses its software to hospitals", a licensor's trade, names no licensor of its own.
func (s *sentence) licenseDeals(ts []trigger) []trigger {
	for i, w := range s.words {
		if len(w) < 7 || w[0] != 'l' && w[0] != 'i' || !licenseVerbs[w] {
			continue
		}
		if i == 0 || !licenseSubjects[s.words[i-1]] && !s.companyEndsAt(i) {
			continue
		}
		if i+1 >= len(s.words) || s.words[i+1] == "its" || s.words[i+1] == "their" {
			continue
		}
		if licensedOut(s.words, i) {
			continue // "offered to license Kairo's patents to rivals": a remedy, licences given
		}
		if w[0] == 'i' || s.possessiveNameAt(i+1) || licensedFrom(s.words, i) {
			ts = insertTrigger(ts, trigger{typ: events.Partnership, from: i, to: i + 1, verbal: true})
		}
	}
	return ts
}

// possessiveNameAt says whether a capitalized name starting at word i ends in a possessive:
// "Dunsford's", "Jiangsu Hengrui's", the owner of what is licensed.
func (s *sentence) possessiveNameAt(i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		if !startsUpper(s.toks[k].text) {
			return k > i && (s.words[k] == "'s" || s.words[k] == "’s" || s.words[k] == "'" || s.words[k] == "’")
		}
	}
	return false
}

// licensedFrom says whether "from" follows the license verb at i within ten words of its clause,
// or "rights" within three: what is licensed comes from another company.
func licensedFrom(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+10; k++ {
		switch {
		case gapStops[words[k]] || words[k] == ",":
			return false
		case words[k] == "from":
			return true
		case words[k] == "rights" && k <= i+3:
			return true
		}
	}
	return false
}

// workDealKinds name, before "deal", work two companies do together under it: a deal "for"
// a drug of that kind licenses or shares it, and buys no company.
var workDealKinds = wordSet(`licensing license licence research collaboration development co-development
	co-promotion distribution`)

// licensees are who a licence is given "to": others, named by kind or with an article.
var licensees = wordSet(`rivals competitors others customers partners hospitals clinics makers manufacturers
	companies firms generic generics the a an all any third`)

// licensedOut says whether the license verb at i gives its object to others within its clause
// ("license its patents to rivals", "licensed the design to a Chinese maker"): "to" and a
// licensee, not an infinitive ("licensed the drug to treat gout").
func licensedOut(words []string, i int) bool {
	for k := i + 1; k+1 < len(words) && k <= i+8; k++ {
		if gapStops[words[k]] || words[k] == "," {
			return false
		}
		if words[k] == "to" && licensees[words[k+1]] && words[k-1] != "rights" {
			return true
		}
	}
	return false
}

// licensingDealFor says whether the acquisition trigger t, a deal "for" something struck or
// signed, names a kind of work together before its noun: "signs licensing deal for Korean
// cancer drug", "struck a research deal for".
func licensingDealFor(words []string, t trigger) bool {
	if t.typ != events.Acquisition || t.to < 3 || words[t.to-1] != "for" || words[t.to-2] != "deal" {
		return false
	}
	return workDealKinds[words[t.to-3]]
}

// listPriceChanges lists the verbs of changing a price with the list price they change, in
// their forms: "cut ... list prices", "raises ... list price".
func listPriceChanges() []string {
	var forms []string
	for _, v := range []string{"cut", "lower", "reduce", "slash", "raise", "increase", "hike"} {
		forms = append(forms, verbForms(v)...)
	}
	return objectsAfter(forms, "list price", "list prices")
}

// verbForms are a regular verb's base, third person, past and gerund ("cut" keeps its past).
func verbForms(v string) []string {
	stem := strings.TrimSuffix(v, "e")
	switch v {
	case "cut":
		return []string{"cut", "cuts", "cutting"}
	case "slash":
		return []string{"slash", "slashes", "slashed", "slashing"}
	}
	return []string{v, v + "s", stem + "ed", stem + "ing"}
}

// preparingVerbs open a clause of preparation after "as": "as it prepares to launch", "as the
// company gears up to", "as it readies".
var preparingVerbs = wordSet(`prepares prepare preparing prepared readies readying gears gearing braces bracing`)

// preparedBackdrop says whether trigger t stands in a clause of preparation opened by "as" a
// few words before it ("named a sales chief as it prepares to launch its first pump"): why the
// main clause's step was taken, a plan, not news of its own. A move is always its own.
func (s *sentence) preparedBackdrop(t trigger) bool {
	if t.typ == events.PriceMove {
		return false
	}
	prep := false
	for k := t.from - 1; k > 0 && k >= t.from-6; k-- {
		w := s.words[k]
		switch {
		case w == "," || w == ";" || w == "and":
			return false
		case preparingVerbs[w]:
			prep = true
		case w == "as":
			return prep
		}
	}
	return false
}

// exchangeRuleWords, after an exchange's name or its possessive, make it the maker of the rules
// a listed company must meet: "Nasdaq's minimum bid price requirement", "NYSE listing standards".
var exchangeRuleWords = wordSet(`minimum listing continued bid rule rules requirement requirements standard standards`)

// exchangeRuleMaker says whether the exchange named in words[k:end] ("Nasdaq", "NYSE") is told
// as the maker of listing rules, no party to the company's news: its rules follow, or it is
// what compliance is "with".
func exchangeRuleMaker(words []string, k, end int) bool {
	if end-k != 1 || words[k] != "nasdaq" && words[k] != "nyse" {
		return false
	}
	next := end
	if next < len(words) && (words[next] == "'s" || words[next] == "’s") {
		next++
	}
	if next < len(words) && exchangeRuleWords[words[next]] {
		return true
	}
	prev := k - 1
	if prev > 0 && words[prev] == "the" {
		prev--
	}
	return prev > 0 && words[prev] == "with" && words[prev-1] == "compliance"
}

// paymentMeans are how a buyer pays for a deal: "fund the deal with cash on hand and new debt".
var paymentMeans = wordSet(`cash stock shares debt borrowings borrowing loans bonds notes equity proceeds
	existing new available`)

// dealPaidWith says whether the partnership trigger t, "deal with", names how a deal is paid
// for, not who it is with: "would fund the deal with cash on hand", "pay for the deal with stock".
func dealPaidWith(words []string, t trigger) bool {
	if t.typ != events.Partnership || t.to-t.from != 2 || words[t.from] != "deal" || words[t.to-1] != "with" || t.to >= len(words) {
		return false
	}
	k := t.to
	if words[k] == "a" && k+1 < len(words) {
		k++ // "with a mix of cash and stock"
	}
	return paymentMeans[words[k]] || words[k] == "mix" || words[k] == "combination"
}

// conditionalApproval says whether the product trigger t stands in a condition (conditions,
// wire.go: "payable if the FDA approves the drug", "unless regulators approve") opened a few
// words before it, in its clause: a contingent payment's milestone, no approval or launch.
func conditionalApproval(words []string, t trigger) bool {
	if t.typ != events.Product {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch {
		case words[k] == "," || words[k] == ";" || isClauseBreak(words[k]):
			return false
		case conditionSet.has(words[k]):
			return true
		}
	}
	return false
}
