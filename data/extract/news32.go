package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of company press releases as the wires carry them (news32, on modern31's PR
// Newswire-style releases about real companies):
//
//   - An agreement with sales agents or underwriters is how shares are sold, not a contract won:
//     "entered into a sales agreement with a group of sales agents under which it may offer
//     shares", "an equity distribution agreement with Jefferies".
//   - What "will be available" after a conference call is its webcast, replay or slides, no
//     product: "A replay of the call will be available on the company's website".
//   - A person who joins a company is hired, no partner: "Ruiz joins Acme from Beta", "Ms. Ruiz
//     joined Acme in 2011", "she joined the company as controller".
//   - A company not bound to buy "any" amount of its stock tells how a buyback may run, no deal:
//     "does not obligate the company to acquire any particular number of shares".
//   - A buyback or a purchase that the proceeds of an offering "may include" among their uses is
//     a purpose, no event: "for general corporate purposes, which may include repurchases".
//   - The results of a meeting are no company's results, as those of a vote or a trial are not
//     (othersResults): "Announces Results of Annual Meeting of Shareholders"; nor are a trial's
//     results told by its phase ("Announces Publication of Phase 2 Results"), nor expected
//     ("expects to report topline results from the study in the first half").
//   - A tender or exchange offer for a company's own notes or debt buys no company, and notes
//     tendered for are no offering: "Commences Cash Tender Offer for Its Senior Notes".
//   - A "Dutch auction tender offer" is the company's buyback, with or without the word shares,
//     and no purchase of another company.
//   - A deal expected to be accretive (or dilutive) to earnings tells what the deal will do to
//     them, no outlook for the company's results: "expects the transaction to be accretive to
//     earnings per share in the first full year after closing".
//   - The companies after "available" are where a product is sold, no party to its launch: "will
//     be available at retail partners including The Home Depot and Lowe's" (participants).
//   - A count of shares cut to a tenth is a reverse split's consolidation, no buyback: "It will
//     reduce the number of outstanding shares from about 250 million to about 25 million".
//   - The minimum bid price an exchange requires of a listed stock is no bid for a company:
//     "Receipt of Nasdaq Notice Regarding Minimum Bid Price", "the $1 minimum bid price
//     requirement".
//   - A measure's accounting basis opening a sentence is no company's name: "GAAP earnings per
//     share were $3.47", "IFRS net income rose 8%" (namedSubject).
//   - A release's exchange tag after a company's name ("Acme Corp. (NYSE: ACME) and Beta Inc.
//     (NASDAQ: BETA) agreed to combine") leaves the two joined (joinedWith).

// news32Misread says whether trigger t is one of the misreads above.
func news32Misread(s *sentence, t trigger) bool {
	w := s.words
	switch t.typ {
	case events.Contract, events.Partnership:
		if agentAgreement(w, t) {
			return true
		}
		return t.typ == events.Partnership && personJoins(s, t)
	case events.Product:
		return webcastAvailable(w, t)
	case events.Acquisition:
		return anyAmountBought(w, t) || proceedsPurpose(w, t) || debtTender(w, t) || listingBid(w, t) ||
			w[t.from] == "tender" && t.from > 0 && w[t.from-1] == "auction" // a Dutch auction's self-tender (wire27.go)
	case events.Offering:
		return debtRetired(w, t)
	case events.Earnings:
		return phaseResults(w, t) || accretedMeasure(w, t)
	case events.Guidance:
		return accretionExpected(w, t) || othersResultsDue(w, t)
	case events.Buyback:
		return proceedsPurpose(w, t) || consolidation(w, t)
	}
	return false
}

// agentNouns name the banks that sell a company's securities for it.
var agentNouns = wordSet(`agent agents underwriter underwriters dealer dealers dealer-manager dealer-managers`)

// offeringAgreements are the words before "agreement" that make it an agreement to sell securities:
// "an underwriting agreement with", "a placement agreement with", "an equity distribution
// agreement with" (a "distribution agreement" alone distributes goods).
var offeringAgreements = wordSet(`underwriting placement at-the-market`)

// agentAgreement says whether the contract or partnership trigger t, "agreement with" or "<noun>
// agreement", is an agreement with the agents or underwriters of an offering: an agent's noun
// among the few words after "with" in its clause ("a sales agreement with a group of sales
// agents", "with Jefferies and BTIG, as sales agents"), or an offering's word right before
// "agreement" ("an underwriting agreement with Morgan Stanley", "an equity distribution
// agreement").
func agentAgreement(w []string, t trigger) bool {
	a := t.from
	for a < t.to && w[a] != "agreement" {
		a++
	}
	if a == t.to {
		return false
	}
	if a > 0 && (offeringAgreements[w[a-1]] || w[a-1] == "distribution" && a > 1 && w[a-2] == "equity") {
		return true
	}
	if a+1 >= len(w) || w[a+1] != "with" {
		return false
	}
	for k := a + 2; k < len(w) && k < a+10; k++ {
		if agentNouns[w[k]] {
			return true
		}
		if w[k] == "." || w[k] == ";" || w[k] == "to" || w[k] == "under" || w[k] == "for" {
			return false
		}
	}
	return false
}

// callMaterials name what a company puts on its website about a call or an event it holds.
var callMaterials = wordSet(`webcast webcasts replay replays recording recordings transcript transcripts
	presentation presentations slides slide materials dial-in audio archive podcast`)

// webcastAvailable says whether the product trigger t, "available", is told of a call's webcast,
// replay or slides: one of those nouns before it in the sentence, with no clause break between
// ("A webcast of the call, along with the slides, will be available on the website"; not "After
// the call, the new grill will be available in stores", where a comma-led clause comes first and
// the grill is the subject).
func webcastAvailable(w []string, t trigger) bool {
	if w[t.to-1] != "available" {
		return false
	}
	for k := t.from - 1; k >= 0; k-- {
		switch {
		case (callMaterialShapes.mayHold(w[k]) && callMaterials[w[k]]):
			return true
		case w[k] == "." || w[k] == ";" || w[k] == ":":
			return false
		}
	}
	return false
}

// joinForms are the forms of "join" the partnership triggers hold.
var joinForms = wordSet(`join joins joined joining`)

// personSubjects are the pronouns of a person.
var personSubjects = wordSet(`he she`)

// honorifics are the titles before a person's surname ("Mr. Ruiz").
var honorifics = wordSet(`mr ms mrs dr`)

// personJoins says whether the partnership trigger t, a form of "join", tells a person's hiring:
// a person's pronoun or an honorific and surname right before it ("she joined", "Mr. Ruiz
// joined"), or, in its clause after the company joined, "from" and a capitalized name ("Ruiz
// joins Acme from Beta Corp") or "as" and an officer's title ("joined the company as chief
// financial officer", "as controller in 2011" is none: only the officer words of feeds.go).
func personJoins(s *sentence, t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || !joinForms[w[t.from]] {
		return false
	}
	if k := t.from - 1; k >= 0 && personSubjects[w[k]] ||
		k >= 2 && w[k-1] == "." && honorifics[w[k-2]] && startsUpper(s.toks[k].text) {
		return true
	}
	for k := t.to + 1; k < len(w) && k < t.to+8; k++ {
		switch w[k] {
		case ".", ";", ",", "and", "to":
			return false
		case "from":
			return k+1 < len(w) && startsUpper(s.toks[k+1].text)
		case "as":
			for j := k + 1; j < len(w) && j <= k+4; j++ {
				if officerWords[w[j]] || w[j] == "executive" || w[j] == "vice" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// amountNouns name a quantity of a company's own stock.
var amountNouns = wordSet(`amount number quantity shares stock`)

// anyAmountBought says whether the acquisition trigger t, a one-word verb of buying, takes "any"
// and a quantity of stock as its object ("does not obligate the company to acquire any
// particular amount of stock", "is not required to buy any shares"): how a buyback may run, not
// a company bought.
func anyAmountBought(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to+1 >= len(w) || w[t.to] != "any" {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+3; k++ {
		if amountNouns[w[k]] {
			return true
		}
	}
	return false
}

// purposeLinks are the words between "purposes" and what the purposes may include.
var purposeLinks = wordSet(`, which may could might can include includes including such as the`)

// proceedsPurpose says whether trigger t is listed among the uses an offering's proceeds are
// put to: "purposes" a few words before it, linked by "which may include", "including" or "such
// as" ("for general corporate purposes, which may include repurchases of its common stock",
// "general corporate purposes, including acquisitions").
func proceedsPurpose(w []string, t trigger) bool {
	linked := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch {
		case w[k] == "purposes":
			return linked
		case w[k] == "include" || w[k] == "includes" || w[k] == "including" || w[k] == "as":
			linked = true
		case !purposeLinks[w[k]]:
			return false
		}
	}
	return false
}

// phaseResults says whether the earnings trigger t, ending in "results", names a trial's by its
// phase and number: "Phase 2 Results", "phase III results" (othersResults reads the word right
// before "results" only).
func phaseResults(w []string, t trigger) bool {
	if w[t.to-1] != "results" || t.to < 3 || !resultSources[w[t.to-3]] {
		return false
	}
	n := w[t.to-2]
	return n != "" && n[0] >= '0' && n[0] <= '9' || n == "i" || n == "ii" || n == "iii" || n == "iv"
}

// othersResultsDue says whether the guidance trigger t, a verb of expecting a report ("expects
// to report", "plans to announce"), is followed in its clause by the results of a trial, a study
// or a vote ("expects to report topline results from the study in the first half of 2025"): no
// outlook for the company's own results, which "expects to report results for the quarter" is.
func othersResultsDue(w []string, t trigger) bool {
	if !(reportVerbShapes.mayHold(w[t.to-1]) && reportVerbs[w[t.to-1]]) {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+6; k++ {
		if resultSources[w[k]] {
			return true
		}
		if gapStops[w[k]] || w[k] == "," || w[k] == "and" || periodNouns[w[k]] {
			return false
		}
	}
	return false
}

// borrowingNouns name a company's borrowings.
var borrowingNouns = wordSet(`notes note debentures bonds debt`)

// debtTender says whether the acquisition trigger t is a tender or exchange offer for notes or
// debt: "offer" in it and "for" at its end or right after it, with a debt noun within ten words
// in the clause ("Cash Tender Offer for Up to $500 Million of Its Senior Notes", "tender offers
// for outstanding debt securities"; not "a tender offer for Beta Corp's shares").
func debtTender(w []string, t trigger) bool {
	offer := false
	for k := t.from; k < t.to; k++ {
		offer = offer || w[k] == "offer" || w[k] == "offers"
	}
	if !offer {
		return false
	}
	f := t.to - 1
	if w[f] != "for" {
		f = t.to
		if f >= len(w) || w[f] != "for" {
			return false
		}
	}
	for k := f + 1; k < len(w) && k <= f+10; k++ {
		if borrowingNouns[w[k]] {
			return true
		}
		if w[k] == "." || w[k] == ";" || w[k] == "," || w[k] == "shares" || w[k] == "stock" {
			return false
		}
	}
	return false
}

// retireWords tell notes bought back in a tender offer, not sold. (Notes redeemed, repaid or
// exchanged are no offering either, but in the 1987 wire a redemption's headline then leaves the
// story to a body's payout or sale, so those stay read as before.)
var retireWords = wordSet(`tender tendered`)

// saleWords tell securities sold, which a tender's word further back does not undo.
var saleWords = wordSet(`sale sell sells sold selling priced prices pricing offering offerings issue issued issues new`)

// debtRetired says whether the offering trigger t, notes or bonds, follows a word of a tender
// for them in its clause, within ten words ("Cash Tender Offer for Up to $500 Million of Its
// Senior Notes", "notes tendered in the offer"), with no word of a sale between ("tendered for
// its 2025 notes with the proceeds of a sale of senior notes" keeps the sale).
func debtRetired(w []string, t trigger) bool {
	if !borrowingNouns[w[t.to-1]] && !slices.ContainsFunc(w[t.from:t.to], func(x string) bool { return borrowingNouns[x] }) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-10; k-- {
		switch {
		case retireWords[w[k]]:
			return true
		case saleWords[w[k]] || w[k] == "." || w[k] == ";" || w[k] == ",":
			return false
		}
	}
	return false
}

// accretionWords tell what a deal or a buyback does to a measure per share.
var accretionWords = wordSet(`accretive dilutive accretion dilution neutral`)

// accretionExpected says whether the guidance trigger t, a verb of expecting with its gap,
// expects something to be accretive or dilutive to earnings: a word of accretion inside it ("is
// expected to be accretive to adjusted earnings").
func accretionExpected(w []string, t trigger) bool {
	return t.gap && slices.ContainsFunc(w[t.from:t.to], func(x string) bool { return accretionWords[x] })
}

// accretedMeasure says whether the earnings trigger t is the measure a deal is accretive or
// dilutive to: "accretive to earnings per share", "dilutive to adjusted earnings", a word of
// accretion and "to" within the four words before it.
func accretedMeasure(w []string, t trigger) bool {
	for k := t.from - 1; k > 0 && k >= t.from-4; k-- {
		if w[k] == "to" && accretionWords[w[k-1]] {
			return true
		}
		if w[k] == "." || w[k] == ";" || w[k] == "," {
			return false
		}
	}
	return false
}

// listingBid says whether the acquisition trigger t holds "bid" as a listing rule's measure:
// after "minimum" or "closing" ("the minimum bid price", "a closing bid price of $1.00"), or
// before "price requirement" ("bid price requirement for 30 consecutive business days").
func listingBid(w []string, t trigger) bool {
	for k := t.from; k < t.to; k++ {
		if w[k] != "bid" {
			continue
		}
		if k > 0 && (w[k-1] == "minimum" || w[k-1] == "closing") ||
			k+2 < len(w) && w[k+1] == "price" && (w[k+2] == "requirement" || w[k+2] == "rule") {
			return true
		}
	}
	return false
}

// accountingBases are the rules a figure is reported by, capitals that name no company.
var accountingBases = wordSet(`gaap non-gaap ifrs`)

// exchangeTag says whether text, the words between two companies' names, is one or more exchange
// tags or symbols in parentheses and a joining word: " (NASDAQ: CHRD) and ", " (NYSE: ACME), ".
// The tags dropped, what is left is returned for joinedWith to read.
func exchangeTag(gap string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(gap, '(')
		if i < 0 {
			b.WriteString(gap)
			return b.String()
		}
		j := strings.IndexByte(gap[i:], ')')
		if j < 0 || j > 24 {
			b.WriteString(gap)
			return b.String()
		}
		b.WriteString(gap[:i])
		gap = gap[i+j+1:]
	}
}

// countScales are the words that multiply a count of shares.
var countScales = map[string]float64{"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9}

// countAt reads a count of shares at word k ("about 250 million", "25,000,000"), skipping an
// approximation before it, and returns it with the word after it; ok is false where none stands.
func countAt(w []string, k int) (n float64, next int, ok bool) {
	if k < len(w) && (w[k] == "about" || w[k] == "approximately" || w[k] == "roughly" || w[k] == "nearly" || w[k] == "around") {
		k++
	}
	if k >= len(w) || !isNumber(w[k]) {
		return 0, k, false
	}
	n, _ = parseNumber(w[k])
	k++
	if k < len(w) && countScales[w[k]] > 0 {
		n *= countScales[w[k]]
		k++
	}
	return n, k, true
}

// consolidation says whether the buyback trigger t, a count of shares reduced, tells a reverse
// split's consolidation: the count falls "from" one figure "to" half of it or less within a few
// words after it ("reduce the number of outstanding shares from about 250 million to about 25
// million"), which no buyback does. (A sentence that names the reverse split tells the split.)
func consolidation(w []string, t trigger) bool {
	for k := t.to; k < len(w) && k <= t.to+4; k++ {
		if w[k] != "from" {
			continue
		}
		from, next, ok := countAt(w, k+1)
		if !ok || next >= len(w) || w[next] != "to" {
			return false
		}
		to, _, ok := countAt(w, next+1)
		return ok && from > 0 && to*2 <= from
	}
	return false
}
