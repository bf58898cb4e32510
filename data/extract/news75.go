package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads of modern company news (news75): business won told as deals or
// agreements in the plural, by their total and the buyers they are with; a spin-off completed
// through a blank-check company's merger; a short name two companies share, read as the title's
// company; and a company's outlook moved in the passive.

// customerDealVerbs sign, book or win deals.
var customerDealVerbs = wordSet(`sign signs signed signing book books booked booking win wins won winning
	land lands landed landing secure secures secured securing ink inks inked inking clinch clinches
	clinched clinching strike strikes struck striking`)

// pluralDealNouns are the deal nouns; "contracts" has the lexicon's own phrases. The singular
// counts too (lead14): "signed a $5 billion deal with an AI customer" is business won as the
// plural is, and the sum and the buyer it needs keep "a deal with Microsoft to supply chips" a
// partnership.
var pluralDealNouns = wordSet(`deals agreements pacts deal agreement pact`)

// customerNouns are the buyers a supplier signs deals with: its customers, named as such or by
// their trade.
var customerNouns = wordSet(`customers customer clients client buyers utilities hospitals health-care
	airlines carriers automakers carmakers retailers grocers governments agencies militaries
	municipalities cities hyperscalers operators shippers telecoms insurers manufacturers
	distributors developers schools universities enterprises businesses companies`)

// dealsBlockers are the words between the verb and the deal noun that make the noun another
// thing's: a sum of revenue "from deals", a fee "for deals", a part "of" them after a noun.
var dealsBlockers = wordSet(`from for with revenue revenues sales orders fees`)

// customerDealsWon returns the end of business won told as deals in the plural with their total
// and the buyers they are with, at the verb i: "signed $5 billion in deals with AI customers",
// "booked $2 billion of new agreements with utilities", "signed deals worth $3 billion with data
// center customers". Deals are no contract without both: "signed deals with two rivals to share
// patents" is work shared, and "signed $1 billion of deals with rivals" names no buyer. Zero when
// none.
func customerDealsWon(words []string, i int) int {
	noun, sum := -1, false
	for k := i + 1; k < len(words) && k <= i+7; k++ {
		w := words[k]
		if gapStops[w] || w == "," || dealsBlockers[w] {
			return 0
		}
		if pluralDealNouns[w] {
			noun = k
			break
		}
		sum = sum || moneyAt(words, k)
	}
	if noun < 0 {
		return 0
	}
	if !sum && !sumAfter(words, noun+1) {
		return 0
	}
	// The buyers after "with", "from" or "among", within the clause: "with AI customers",
	// "worth $3 billion with data center customers"; or before the noun, "customer deals".
	if customerNouns[words[noun-1]] {
		return noun + 1
	}
	for k := noun + 1; k < len(words) && k <= noun+10; k++ {
		w := words[k]
		if gapStops[w] || w == "," {
			return 0
		}
		if w != "with" && w != "from" && w != "among" {
			continue
		}
		if clauseWordAt(words, k+1, k+4, customerNouns) >= 0 || customerKindDeal(words, k) { // news77.go
			return noun + 1
		}
		return 0
	}
	return 0
}

// spacSpinOff drops the blank-check company from the parties of a spin-off told with the merger
// that completes it: "completed the spin-off of LiveWire through a merger with Arden Impact
// Corp, a blank-check company", "spun off its charging unit in a combination with blank-check
// firm Arden Impact". The parent spins the unit off; the blank-check company is the vehicle the
// unit lists through, neither bought nor buying. A blank-check company that buys a unit
// ("Arden Impact, a blank-check company, agreed to buy the unit") is told by a verb of buying,
// no spin-off, and stays the buyer.
func (s *sentence) spacSpinOff(t trigger, subject *CompanyMention, objects []CompanyMention) (*CompanyMention, []CompanyMention) {
	if t.typ != events.Acquisition || !spinOffAt(s.words, t.from) || subject == nil && len(objects) == 0 {
		return subject, objects
	}
	kept := objects[:0:0]
	for _, c := range objects {
		if !s.spacMention(c) {
			kept = append(kept, c)
		}
	}
	if subject != nil && s.spacMention(*subject) {
		if len(kept) == 0 {
			return nil, nil
		}
		return &kept[0], kept[1:]
	}
	return subject, kept
}

// spacMention says whether company c is named as a blank-check company: by an apposition after
// it (", a blank-check company", ", a special purpose acquisition company") or by the words
// right before it ("blank-check firm Arden Impact", "SPAC Arden Impact").
func (s *sentence) spacMention(c CompanyMention) bool {
	w := s.words
	from, to := s.startIndex(c.Start), s.tokenIndex(c.End)
	if to+2 < len(w) && w[to] == "," && (w[to+1] == "a" || w[to+1] == "an" || w[to+1] == "the") {
		for k := to + 2; k < len(w) && k <= to+4; k++ {
			if spacAt(w, k) {
				return true
			}
		}
	}
	k := from - 1
	if k >= 0 && spacVehicles[w[k]] {
		k-- // "blank-check firm Arden", "special purpose acquisition company Arden"
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		if spacAt(w, j) {
			return true
		}
	}
	return false
}

// spacVehicles are the nouns after "blank-check" or "special purpose acquisition".
var spacVehicles = wordSet(`company companies firm vehicle corp corporation`)

// spacAt says whether words of a blank-check company's kind start at k: "blank-check",
// "blank check", "SPAC", "special purpose acquisition".
func spacAt(w []string, k int) bool {
	switch x := w[k]; {
	case spacWords[x] || x == "blank-check":
		return true
	case x == "blank":
		return k+1 < len(w) && (w[k+1] == "check" || w[k+1] == "-" && k+2 < len(w) && w[k+2] == "check")
	case x == "special":
		return k+2 < len(w) && w[k+1] == "purpose" && w[k+2] == "acquisition"
	case x == "acquisition":
		return k >= 2 && w[k-1] == "purpose" && w[k-2] == "special"
	}
	return false
}

// spinOffFrom says whether the "from" at k, right after the spin-off trigger t, names the parent:
// the verb's "was spun off from Kellogg" and the noun's "in a spin-off from Harley-Davidson"
// ("LiveWire completed its merger with a blank-check company in a spin-off from its parent").
func spinOffFrom(words []string, t trigger, k int) bool {
	return words[k] == "from" && k == t.to && (words[k-1] == "off" || t.to-t.from == 1) && spinOffAt(words, t.from)
}

// titleShadows re-links the body's short names that a later full name shadowed
// (rememberShadow) to the company the title names, where the short name is that company's whole
// name: after a title about Vertex Inc, whose body also names Vertex Pharmaceuticals Inc in
// passing, "Vertex said" is the title's Vertex Inc, not the drugmaker the shadow learned from the
// body's last full name. The title establishes the article's subject; a title that names
// neither company leaves the shadow's reading.
func (a *ArticleLinks) titleShadows(sents []*sentence) {
	if a.title == nil || a.title.Ticker == "" || len(a.heads) == 0 {
		return
	}
	t := *a.title
	for _, s := range sents {
		if s.start < 0 {
			continue // the title itself
		}
		for i := range s.companies {
			m := &s.companies[i]
			if m.Source != SourceLearned || m.Ticker == t.Ticker {
				continue
			}
			key := fold(m.Text)
			if h, ok := a.heads[key]; ok && h.shadow && h.Ticker == m.Ticker && a.c.wholeNameOf(key, t.Ticker) {
				m.Company = t
			}
		}
	}
}

// wholeNameOf says whether the folded word key is by itself a name of the company with ticker:
// "vertex" of Vertex Inc.
func (c *Companies) wholeNameOf(key, ticker string) bool {
	n, ok := c.roots[key]
	if !ok {
		return false
	}
	for _, id := range c.ids(c.ends[n]) {
		if e := &c.entries[id]; !e.place && e.Ticker == ticker {
			return true
		}
	}
	return false
}

// forecastHeads are the nouns of a company's outlook that a passive moves.
var forecastHeads = wordSet(`outlook outlooks guidance forecast forecasts`)

// passiveMoves are the participles of an outlook moved, kept or taken back.
var passiveMoves = wordSet(`raised lifted boosted increased hiked upped cut lowered reduced trimmed slashed
	reaffirmed reiterated affirmed maintained confirmed withdrawn pulled suspended updated narrowed`)

// othersForecasting are the forecasters whose numbers are no company's guidance: "analysts'
// forecasts were cut", "forecasts were lowered by analysts".
var othersForecasting = wordSet(`analyst analysts analysts' consensus street economists economist brokers
	broker strategists`)

// companyReferents are the words that refer to a company after "the": "the company", "the turbine
// maker".
var companyReferents = unionSets(companyDescriptors, wordSet(`company firm`))

// publicForecasters are public bodies whose forecasts are no company's.
var publicForecasters = wordSet(`fed government imf opec ecb administration ministry service agency office cbo eia iea
	treasury regulators officials forecasters`)

// passiveForecast returns the end of a company's outlook moved in the passive, at the noun i: "the
// full-year outlook was raised by Halvern Foods", "guidance was cut by the maker", "Halvern's
// annual forecast has been lowered". The company is named after "by" (the roles read it as the
// subject, as they read a buyer after "by") or before the noun as its owner. Analysts' forecasts
// ("forecasts for the chipmaker were cut by analysts", "the consensus forecast was lowered") are
// none, and neither is a noun with no owner and no "by" ("the forecast was raised").
func passiveForecast(words []string, i int) int {
	for k := max(i-4, 0); k < i; k++ {
		if othersForecasting[words[k]] {
			return 0
		}
	}
	k := i + 1
	switch {
	case k < len(words) && (words[k] == "was" || words[k] == "were" || words[k] == "is" || words[k] == "are"):
		k++
	case k+1 < len(words) && (words[k] == "has" || words[k] == "have" || words[k] == "had") && words[k+1] == "been":
		k += 2
	default:
		return 0
	}
	if k < len(words) && strings.HasSuffix(words[k], "ly") {
		k++ // "was sharply lowered"
	}
	if k >= len(words) || !passiveMoves[words[k]] {
		return 0
	}
	end := k + 1
	for j := end; j < len(words) && j <= end+2; j++ {
		if words[j] != "by" {
			continue
		}
		// A company after "by": a name, or "the" and a company's word ("by the turbine maker"); "by
		// the weather service" is no company's outlook.
		if j+1 < len(words) && !othersForecasting[words[j+1]] && !publicForecasters[words[j+1]] &&
			(words[j+1] != "the" || clauseWordAt(words, j+2, j+3, companyReferents) >= 0) {
			return end
		}
		return 0
	}
	// An owner before the noun: "Halvern's annual forecast was cut", "its outlook was raised";
	// not a public body's ("the Fed's growth forecast was cut").
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if words[j] == "its" || words[j] == "their" {
			return end
		}
		if words[j] == "s" && j >= 2 && (words[j-1] == "'" || words[j-1] == "’") {
			if publicForecasters[words[j-2]] {
				return 0
			}
			return end
		}
		if words[j] == "," || gapStops[words[j]] {
			break
		}
	}
	return 0
}
