package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire34 (hospital chains', nursing-home operators',
// HMOs', health insurers', drug, generic, device and diagnostics makers', wholesalers',
// drugstores' and biotech start-ups' wire copy of 1985-1989) was written.

// swappedCareSites are the going concerns of the hospital and nursing-home trades, traded one
// for another between chains as broadcasters traded stations (swaps): "agreed to exchange
// hospitals in three states", "TO SWAP HOSPITALS", "IN HOSPITAL SWAP", "swapped four nursing homes in Ohio for
// three in Indiana". The investor-owned chains of the 1980s pruned their markets this way; each
// side buys the other's hospitals, as a hospital sold is a deal (sells in the lexicon). A
// swap's object stops at a preposition of party (swapOffObject), so "exchange records with
// hospitals" names whom it traded with, not what.
var swappedCareSites = []string{"hospital", "hospitals", "nursing homes", "medical centers", "clinics"}

// licenceVerbs give a licence to someone named after them.
var licenceVerbs = wordSet(`license licenses licensed licensing licence licences licenced licencing`)

// licensedWork are what a licensee is licensed to do with the licensor's drug, device or
// process.
var licensedWork = wordSet(`develop make sell market manufacture distribute produce promote co-promote use`)

// licenceGivers stand right before a licence verb whose giver is a company: the agreement that
// gives it ("an agreement licensing"), an auxiliary, a pronoun or "to" ("has licensed", "agreed
// to license"). A company's name there is checked apart.
var licenceGivers = wordSet(`agreement agreements pact accord deal contract has have had will would to it also
	and which that`)

// licenceAuthorities grant licences as regulators do: a drug agency licensing a maker to make a
// vaccine, a state licensing a chain to sell liquor, which are no deal between companies.
var licenceAuthorities = wordSet(`fda administration agency commission department government state states board
	ministry regulators authorities court`)

// licensedTo adds a partnership where a company gives another a licence to work its product:
// "signed an agreement licensing Runavik Pharmaceuticals Inc. (NYSE: RNVK) to develop and sell
// its protein", "has licensed Laeso Pharmaceutical Co to make and market its antibiotic in
// Canada". The licensee is a company named right after the verb, and "to" and a verb of
// making or selling follow it; licenseDeals reads the licensee's own side ("licenses
// Dunsford's kidney drug"). The giver must be a company: a regulator or a court before the verb
// ("the FDA licensed Anholt to make its vaccine", "the state licensed Endelave to sell beer")
// grants a permit, and "licensed pharmacists to dispense" names no company. The giver is named
// in the sentence too, as the subject of the agreement or of the verb.
func (s *sentence) licensedTo(ts []trigger) []trigger {
	if len(s.companies) < 2 {
		return ts // a licensor and a licensee, both named
	}
	for i, w := range s.words {
		if len(w) < 7 || w[0] != 'l' || !licenceVerbs[w] || i == 0 || i+2 >= len(s.words) {
			continue
		}
		if !licenceGivers[s.words[i-1]] && !s.companyEndsAt(i) {
			continue
		}
		if !s.companyStartsAt(i + 1) {
			continue
		}
		k := i + 1
		for k < len(s.words) && s.companyAt(k) {
			k++
		}
		if k < len(s.words) && s.words[k] == "(" { // "(NYSE: RNVK)"
			for j := k + 1; j < len(s.words) && j <= k+6; j++ {
				if s.words[j] == ")" {
					k = j + 1
					break
				}
			}
		}
		if k+1 >= len(s.words) || s.words[k] != "to" || !licensedWork[s.words[k+1]] {
			continue
		}
		if slices.ContainsFunc(s.words[:i], func(w string) bool { return licenceAuthorities[w] }) {
			continue
		}
		ts = insertTrigger(ts, trigger{typ: events.Partnership, from: i, to: i + 1, verbal: true})
	}
	return ts
}

// approvalsTallied says whether a product trigger of approval counts approvals won over a span
// of time, a maker's record, not an approval that is news: "said it had won approval for nine
// generic drugs this year", "has received FDA clearance for 14 devices since 1985". The count
// (two or more) follows "for" and the span follows the count; "won approval for its heart drug
// on Tuesday" and "won approval for two new drugs" with no span stay product news.
func approvalsTallied(words []string, t trigger) bool {
	end := min(len(words), t.to+6)
	k := -1
	for j := t.from; j < end; j++ {
		if words[j] == "for" {
			k = j + 1
			break
		}
	}
	if k < 0 || k >= len(words) {
		return false
	}
	if k+1 < len(words) && words[k] == "more" && words[k+1] == "than" {
		k += 2
	}
	if k >= len(words) || !tallyCounts[words[k]] && !(isNumber(words[k]) && words[k] != "1") {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+6; j++ {
		switch w := words[j]; {
		case gapStops[w]:
			return false
		case w == "since" || w == "past":
			return true
		case (w == "this" || w == "last") && j+1 < len(words) && words[j+1] == "year":
			return true
		case (w == "so" && j+1 < len(words) && words[j+1] == "far") || (w == "to" && j+1 < len(words) && words[j+1] == "date"):
			return true
		}
	}
	return false
}

// tallyCounts count approvals as a record does.
var tallyCounts = wordSet(`two three four five six seven eight nine ten eleven twelve fifteen twenty dozens
	several`)

// programCountBought says whether an acquisition trigger of buying buys a count of shares
// under a buyback program, the buyer's own stock though "its" is not said: "completed the
// purchase of 1.5 mln shares under an earlier program in March", "bought 600,000 common shares
// under the program last month". ownCountBought reads the count told with "of its shares"; a
// count of another's stock names its issuer ("1.5 mln shares of Saksun"), and shares bought
// "under an agreement with a holder" are a stake changing hands, so both stay deals.
func programCountBought(words []string, t trigger) bool {
	switch words[t.to-1] {
	case "of", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing":
	default:
		return false
	}
	k, counted := t.to, false
	for ; k < len(words) && k < t.to+6 && (isNumber(words[k]) || amountWords[words[k]]); k++ {
		counted = counted || isNumber(words[k])
	}
	if !counted || k >= len(words) {
		return false
	}
	if words[k] == "common" {
		k++
	}
	if k+1 >= len(words) || words[k] != "shares" && words[k] != "stock" || words[k+1] == "of" {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if words[j] != "under" {
			continue
		}
		for m := j + 1; m < len(words) && m <= j+4; m++ {
			if buybackPlans[words[m]] {
				return true
			}
			if gapStops[words[m]] || words[m] == "," {
				return false
			}
		}
		return false
	}
	return false
}

// buybackPlans name the standing authority a company buys its own stock under.
var buybackPlans = wordSet(`program programs programme authorization authorisation`)

// resultsDealParty says whether the company at token k, named after an earnings trigger t, is
// the other side of a deal that only explains the results: the buyer in "net includes a gain of
// 5.2 mln dlrs from sale of two hospitals in Texas to Hoyvik Health Systems Inc", the seller in
// "a charge on the purchase of a plant from Langeland". A results NOTE names them to account for
// a gain or a charge; the results are the reporting company's alone. The deal is told by its
// noun ("sale of", "purchase of") or verb within the ten words before the company, which
// follows "to" or "from"; "earnings from Nike, FedEx and Micron" (a list of reporters) has no
// deal before it.
func resultsDealParty(words []string, t trigger, k int) bool {
	if k < 2 || k <= t.to || words[k-1] != "to" && words[k-1] != "from" {
		return false
	}
	for j := k - 2; j > t.from && j >= k-12; j-- {
		if gapStops[words[j]] {
			return false
		}
		if resultsDealWords[words[j]] {
			return words[k-1] == "to" && (words[j] == "sale" || words[j] == "sold") ||
				words[k-1] == "from" && (words[j] == "purchase" || words[j] == "bought" || words[j] == "acquisition")
		}
	}
	return false
}

// resultsDealWords tell a sale or a purchase inside a results sentence.
var resultsDealWords = wordSet(`sale sold purchase bought acquisition`)

// swapOfMatter says whether a swap trigger (swaps) reaches its property past what is really
// exchanged, or past a preposition that spreads the exchange over the properties: "will
// exchange billing data electronically among its 40 hospitals", "exchanged views on pricing
// across its stations". Data, records and views pass between sites that stay their owner's; a
// property swapped is the verb's object, as in "agreed to swap three hospitals in Georgia".
func swapOfMatter(words []string, t trigger) bool {
	if !t.gap || !swapVerbs[words[t.from]] {
		return false
	}
	for k := t.from + 1; k < t.tail; k++ {
		if swappedMatter[words[k]] {
			return true
		}
	}
	return false
}

// swappedMatter are what is exchanged between sites, and the prepositions that spread an
// exchange over them.
var swappedMatter = wordSet(`data information records files ideas views notes letters reports programs programming
	staff among between across within throughout`)
