package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of the energy, utility and commodity desks (news56, modern51's misses).
//
//   - Upgrades paid for are works: "the money would pay for grid upgrades", "invest in pipeline
//     upgrades". A lower-case noun of a thing before the plural, after a preposition of purpose,
//     is works done, as after a determiner (news37's worksUpgrades).
//   - A futures price settles: "Oil settles lower", "WTI settled down $1.60", "Brent settled
//     at $81.18" ends the session, not a suit. A direction word after the verb, or "at" and a
//     price with a commodity named before it, is the market's close.
//   - A plant an accident shuts is a stoppage, not a closure the company chose: "a fire at its
//     smelter shut the plant", "after an explosion shut the refinery". The accident is the
//     verb's subject, a few words before it in its clause.
//   - A listed name before a landform or a wildfire's noun is a place: "the Eaton fire", "Eaton
//     Canyon", "the Camp Fire". Fires and landforms are named after the places they are in.
//   - A short form the directory withholds on the day (another listing may have held it then:
//     "Cheniere" beside Cheniere Energy Partners' holding company before 2024) is the company
//     the article has named in full: "Cheniere Energy Inc said ... Cheniere signs".
//   - A lead that tells a group's move ("Shares of U.S. oil producers jumped on Monday after
//     OPEC+ ...") and names the movers in the sentences that follow in its paragraph ("Marathon
//     Oil rose 7%, Occidental gained 5%") tells their moves: the lead's event is theirs, not the
//     story's most-named company's.

// news56Misread says whether trigger t is one of the misreads above.
func news56Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Analyst:
		return upgradesPaidFor(s.words, t)
	case events.Legal:
		return priceSettled(s.words, t)
	case events.Restructuring:
		return accidentShut(s.words, t)
	}
	return false
}

// purposePrepositions put works after them: "pay for grid upgrades", "spent on plant upgrades".
var purposePrepositions = wordSet(`for on in into toward towards`)

// upgradesPaidFor says whether the analyst trigger "upgrades" or "downgrades" is a plural noun of
// works after a preposition of purpose and a lower-case noun of a thing: "pay for grid
// upgrades", "invest in network upgrades" (not "after analyst upgrades", "on two upgrades").
func upgradesPaidFor(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "upgrades" && w[t.from] != "downgrades" || t.from < 2 {
		return false
	}
	m, d := w[t.from-1], w[t.from-2]
	return purposePrepositions[d] && isWord(m) && !isNumber(m) && !ratingModifiers[m] && !ratingWords[m] &&
		!determiners[m] && !possessives[m]
}

// settleDirections after "settle" tell where a price closed: "settled lower", "settles up".
var settleDirections = wordSet(`lower higher up down flat unchanged mixed firmer weaker steady slightly`)

// settledCommodities are what settles at a price: futures and the commodities they trade.
var settledCommodities = wordSet(`oil crude brent wti futures contract contracts gas gasoline diesel
	rbob ulsd gold silver copper aluminum aluminium nickel zinc wheat corn soybeans barrel barrels`)

// priceSettled says whether the legal trigger "settle" is a price's close: a direction word
// right after it ("Oil settles lower", "WTI settled down $1.60"), or "at" and a sum with a
// commodity named in the six words before the verb ("Brent crude settled at $81.18").
func priceSettled(w []string, t trigger) bool {
	if t.to-t.from != 1 || !(settleVerbShapes.mayHold(w[t.from]) && settleVerbs[w[t.from]]) || t.to >= len(w) {
		return false
	}
	if settleDirections[w[t.to]] {
		return true
	}
	if w[t.to] != "at" || t.to+1 >= len(w) || w[t.to+1] != "$" && !isNumber(w[t.to+1]) {
		return false
	}
	return anyWithin(w, max(0, t.from-6), t.from, settledCommodities)
}

// accidents are what shuts a plant against its owner's will.
var accidents = wordSet(`fire fires blaze explosion explosions blast storm storms hurricane flood floods
	flooding outage outages leak spill earthquake tornado freeze accident malfunction cyberattack`)

// accidentShut says whether the restructuring trigger shuts a site with an accident as its
// subject: an accident noun within eight words before the verb, in its clause ("a fire at its
// new smelter in Indonesia shut the plant"; not "after a fire, the company shut the plant").
func accidentShut(w []string, t trigger) bool {
	if !strings.HasPrefix(w[t.from], "shut") && !strings.HasPrefix(w[t.from], "clos") && !strings.HasPrefix(w[t.from], "halt") {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if accidents[w[k]] {
			return true
		}
		if w[k] == "," || w[k] == ";" || w[k] == "and" || w[k] == "said" || isClauseBreak(w[k]) {
			return false
		}
	}
	return false
}

// landforms and wildfires take the name of the place they are in: "Eaton Canyon", "the Eaton
// fire". A company's name before one of them is that place's.
var landforms = wordSet(`canyon creek river lake valley ridge gulch mesa bayou reservoir fire wildfire blaze`)

// fireVerbObjects after "fire" make it the verb, with its object: "Exxon and Shell fire the
// contractors", "fire 200 workers".
var fireVerbObjects = wordSet(`the a an its their his her them him 100 staff workers employees up back`)

// landformAfter says whether the name at units [i, i+n) names a place: a landform's or a
// wildfire's noun right after it, written in the name's case or in lower case, that is no verb
// with an object ("the Eaton fire", "Eaton Canyon"; not "Exxon fire the contractors").
func landformAfter(text string, toks []token, us []unit, i, n int) bool {
	k := i + n
	if k >= len(us) || us[k].key == "" || !adjacent(text, us[k-1], us[k]) || !landformShapes.mayHold(us[k].key) || !landforms[us[k].key] {
		return false
	}
	if us[k].key != "fire" {
		return true
	}
	if k+1 >= len(us) || us[k+1].key == "" {
		return true
	}
	return !fireVerbObjects[us[k+1].key] && !isNumber(toks[us[k+1].from].text)
}

// namedInFull returns the company of a short form withheld by its dates on the article's day
// (outsideBounds) that the article has already named with evidence, in full: "Cheniere" after
// "Cheniere Energy Inc" in a story of 2022. The company must be listed on the day.
func (a *ArticleLinks) namedInFull(ids []int32, first string) (*entry, string) {
	if len(a.evidence) == 0 {
		return nil, ""
	}
	c := a.c
	for _, id := range ids {
		e := &c.entries[id]
		if e.place || !a.hasEvidence(e.Company) || !c.outsideBounds(id, a.day) {
			continue
		}
		if e.first != "" && !capitalizedLike(first, e.first) {
			continue
		}
		if rank, src := c.rank(e, a.day); rank >= 0 {
			return e, src
		}
	}
	return nil, ""
}

// groupNouns name several companies at once, as a lead's subject: "Shares of U.S. oil producers
// jumped", "Solar stocks fell".
var groupNouns = wordSet(`stocks producers drillers refiners miners makers companies utilities explorers
	shippers insurers lenders banks airlines automakers chipmakers names`)

// groupLead gives the move of a lead that names no company but a group of them ("Shares of U.S.
// oil producers jumped on Monday after OPEC+ ...") the companies whose moves the rest of its
// paragraph tells ("Marathon Oil rose 7%, Occidental gained 5% and Devon Energy climbed 6%"),
// when they are two or more: those are the group the lead means. Without them the lead keeps
// the story's company it was given.
func groupLead(evs []Event, sents []*sentence, body string) {
	var lead *sentence
	k := 0
	for k < len(sents) && sents[k].start < 0 {
		k++
	}
	if k >= len(sents) {
		return
	}
	lead = sents[k]
	if len(lead.companies) > 0 || !anyWithin(lead.words, 0, len(lead.words), groupNouns) && !anyWithin(lead.words, 0, len(lead.words), propertyGroupNouns) { // news64.go
		return
	}
	var tickers, names []string
	for _, s := range sents[k+1:] {
		if strings.Contains(body[lead.end:s.start], "\n\n") {
			break
		}
		for _, e := range evs {
			if e.Type != events.PriceMove || len(e.Mentions) == 0 || e.Mentions[0].Start != runeOffset(body, s.start) {
				continue
			}
			for j, tk := range e.Tickers {
				if tk != "" && !containsString(tickers, tk) {
					tickers = append(tickers, tk)
					if j < len(e.Companies) {
						names = append(names, e.Companies[j])
					}
				}
			}
		}
	}
	if len(tickers) < 2 {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Type == events.PriceMove && len(e.Mentions) > 0 && e.Mentions[0].Start == runeOffset(body, lead.start) {
			e.Tickers = append([]string(nil), tickers...)
			e.Companies = append([]string(nil), names...)
		}
	}
}

// containsString says whether ss holds s.
func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// runeOffset is the character offset of byte offset b in s, as Mention offsets count.
func runeOffset(s string, b int) int {
	return len([]rune(s[:b]))
}
