package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules of the modern66 batch: Indian, Korean, Chinese and Japanese companies listed in New
// York, in the copy of the Asian English-language business press (README.md, "News101").
//
//   - A rating changed on the story's company told by an epithet or a pronoun after the
//     broker's verb: "Bilibili jumps 8% as Morgan Stanley upgrades video platform", "after
//     Nomura downgrades the e-commerce giant", "as Jefferies upgrades it". The broker is the
//     source; the stock is the company named before it (ratedByEpithet).
//   - Two companies that set up a holding company to own both, or talk of doing so, merge: a
//     "business integration" or "management integration" is the Japanese and Korean desks'
//     word for a merger (integrationDeals).
//   - A company turned into a holding company over units it keeps whole reorganizes itself:
//     "approve shift to holding company structure", "a plan to turn the company into a holding
//     company" (holdingCompanyShifts).
//   - A write-down told as what a loss was booked on is the loss's cause, no restructuring:
//     "shares crash after record loss on JLR write-down", "swung to a loss after an impairment
//     charge" (lossOnWriteDown); "takes $3 billion write-down on JLR" stays one.

// epithetNouns end a company's epithet that the rating desks of Asian papers use where the
// American ones write "the chipmaker": "the video platform", "the e-commerce giant", "the search
// firm".
var epithetNouns = wordSet(`platform giant firm titan heavyweight major`)

// ratingChangeVerbs change a broker's rating on a stock named as their object.
var ratingChangeVerbs = wordSet(`upgrades upgraded upgrade downgrades downgraded downgrade`)

// ratedByEpithet says whether the one-word analyst trigger t, a verb of changing a rating, has
// as its object a pronoun ("upgrades it") or an epithet of up to three words ending in an
// epithet noun, with or without "the" ("upgrades video platform", "downgraded the Chinese
// e-commerce giant"): the stock is a company the sentence named before, not a name after.
func ratedByEpithet(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.gap || !ratingChangeVerbs[w[t.from]] || t.to >= len(w) {
		return false
	}
	k := t.to
	if w[k] == "it" {
		return k+1 == len(w) || w[k+1] == "to" || w[k+1] == "," || w[k+1] == "." || w[k+1] == "on" || w[k+1] == "citing"
	}
	if w[k] == "the" {
		k++
	}
	for j := k; j < len(w) && j <= k+3; j++ {
		if epithetNouns[w[j]] {
			return j > k || w[k-1] == "the"
		}
		if !isWord(w[j]) && w[j] != "-" || endsClause(w[j]) || objectEnds[w[j]] {
			return false
		}
	}
	return false
}

// integrationDeals are the words of two companies becoming one under a holding company or by
// merger, as the Japanese and Korean desks write them: "signed a memorandum of understanding to
// begin talks on a business integration", "agreed on a management integration".
func integrationDeals() []string {
	return []string{"business integration", "management integration", "integration talks",
		"talks on integrating", "integrate their businesses", "integrate their operations"}
}

// holdingCompanyShifts are the words of a company that turns itself into a holding company over
// businesses it keeps: "approved a shift to a holding company structure", "will convert into a
// holding company", "a plan to turn the company into a holding company". A holding company named
// as an owner ("its holding company structure", "sold to a holding company") is none.
func holdingCompanyShifts() []string {
	out := []string{"into a holding company", "into a holding firm"}
	for _, v := range []string{"shift", "shifts", "shifted", "shifting", "transition", "switch", "move", "conversion",
		"convert", "converts", "converted", "converting"} {
		out = append(out, v+" to a holding company", v+" to holding company")
	}
	return out
}

// writeDownNouns are the charges a loss may be told as booked on.
var writeDownNouns = wordSet(`write-down write-downs writedown writedowns write-off write-offs writeoff
	impairment impairments`)

// lossNouns are results a write-down may be the cause of.
var lossNouns = wordSet(`loss losses profit profits earnings income`)

// causeWords put a charge after them as the cause of the result before: "loss on the
// write-down", "loss after a write-down", "loss due to", "profit hit by".
var causeWords = wordSet(`on after from over by to`)

// lossOnWriteDown says whether the restructuring trigger t is a write-down told as the cause of
// a loss or profit before it in its clause: a result noun, then within four words a word of
// cause, then the write-down within four words more ("record loss on JLR write-down", "swung
// to a loss after a $3 billion writedown"). A write-down taken ("takes a write-down on its
// unit") names no result before it and stays.
func lossOnWriteDown(w []string, t trigger) bool {
	if !writeDownNouns[w[t.from]] && !(t.from+1 < t.to && writeDownNouns[w[t.to-1]]) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if endsClause(w[k]) || w[k] == "," {
			return false
		}
		if !causeWords[w[k]] || k == 0 {
			continue
		}
		if (w[k] == "to" || w[k] == "by") && !(k > 0 && (w[k-1] == "due" || w[k-1] == "hit" || w[k-1] == "hurt" || w[k-1] == "owing")) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if lossNouns[w[j]] {
				return true
			}
			if endsClause(w[j]) || w[j] == "," {
				return false
			}
		}
	}
	return false
}

// overtakeVerbs pass a rival in a ranking: the company after them is the rival the event's
// company means to pass, no party ("as it seeks to overtake KB Financial", "surpassing Toyota as
// the biggest seller").
var overtakeVerbs = wordSet(`overtake overtakes overtook overtaking surpass surpasses surpassed surpassing
	unseat unseats unseated unseating dethrone dethrones dethroned dethroning outrank outranks`)

// regainVerbs take a place in a ranking back, or from another: "regain the top spot from KB",
// "wrest the lead from Samsung".
var regainVerbs = wordSet(`regain regains regained regaining reclaim reclaims reclaimed reclaiming retake
	retakes retook wrest wrests wrested wresting`)

// rankVerbShapes filter the words overtakeAt probes, which participants asks of every word after
// a deal's trigger.
var rankVerbShapes = shapesOf(overtakeVerbs, regainVerbs)

// overtakeAt says whether word k passes a rival in a ranking: a verb of overtaking, or one of
// regaining with a place in a ranking within the four words after it ("regain the top spot
// from", "reclaim its crown from"). A verb of regaining with no ranking ("regain market share",
// "regained control of Acme") is left to the other rules.
func overtakeAt(w []string, k int) bool {
	if !rankVerbShapes.mayHold(w[k]) {
		return false // most words of every clause scanned: no probe (xspeed22.go)
	}
	if overtakeVerbs[w[k]] {
		return true
	}
	if !regainVerbs[w[k]] {
		return false
	}
	for j := k + 1; j < len(w) && j <= k+4; j++ {
		if rankNouns[w[j]] {
			return true
		}
	}
	return false
}

// stakeHolderNouns name a company or fund by the shares it holds.
var stakeHolderNouns = wordSet(`shareholder shareholders holder holders investor investors stakeholder owner backer`)

// holderBecomingVerbs make a holder's description the news of its stake: "became its largest
// shareholder with a 13% stake".
var holderBecomingVerbs = wordSet(`become becomes became becoming emerged emerges emerge emerging make makes made making`)

// holderWithStake says whether the acquisition trigger t is a stake told after "with" as what a
// holder named before it holds: "the National Pension Service, its largest shareholder with a
// 9.75 percent stake, said it would vote for the plan", "an investor with a 5% stake". The holder
// is described, no stake changes hands; one that becomes the holder ("became its largest
// shareholder with a 13% stake") keeps its deal.
func holderWithStake(w []string, t trigger) bool {
	k := -1
	for j := t.from; j < t.to; j++ {
		if w[j] == "stake" || w[j] == "stakes" {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	j := k - 1
	for j >= 0 && j >= k-5 && (stakeSizes[w[j]] || isNumber(w[j])) {
		j--
	}
	if j < 1 || w[j] != "with" || !stakeHolderNouns[w[j-1]] {
		return false
	}
	for i := j - 2; i >= 0 && i >= j-8; i-- {
		if w[i] == "," || endsClause(w[i]) {
			return true
		}
		if holderBecomingVerbs[w[i]] {
			return false
		}
	}
	return true
}

// pluralAfterModifier says whether the one-word guidance trigger t, a verb of forecasting that
// is also a plural noun ("projects", "forecasts", "estimates"), is the noun after a determiner
// or a hyphened modifier: "put off long-term projects as losses mount", "scrapped its projects
// in Europe", "cut the state-backed projects". A verb of forecasting follows its subject, never
// "its" or a compound adjective ("the company projects higher sales" stays).
func pluralAfterModifier(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.from == 0 || !pluralGuidanceNouns[w[t.from]] {
		return false
	}
	prev := w[t.from-1]
	if determiners[prev] || possessives[prev] {
		return true
	}
	i := strings.IndexByte(prev, '-')
	return i > 0 && i < len(prev)-1 && !strings.HasSuffix(prev, "-listed") && isWord(prev[:i])
}

// A listed company's secondary or dual listing in another market is told in the words of a
// debut ("rose 6.6 per cent on their first day of trading in Hong Kong", "jump in Hong Kong
// debut"), but it is no initial public offering: the company has been public for years. Where the
// article names the company beside a secondary, second or dual listing, its debut is that
// listing's (laterListingDebut); the listing with its money ("HK$88 billion secondary listing")
// is the sale of shares (laterListingSales).

// laterListingSales are the words of a listed company's sale of shares in a second market.
func laterListingSales() []string {
	return []string{"secondary listing", "secondary listings", "second listing", "dual primary listing",
		"dual-primary listing", "homecoming listing"}
}

// laterListingAt says whether word k opens the name of a listing of shares already listed
// elsewhere: "secondary listing", "second listing", "dual listing", "dual primary listing".
func laterListingAt(w []string, k int) bool {
	switch w[k] {
	case "secondary", "second", "dual", "dual-primary", "homecoming":
	default:
		return false
	}
	for j := k + 1; j < len(w) && j <= k+2; j++ {
		if w[j] == "listing" || w[j] == "listings" {
			return true
		}
		if w[j] != "primary" {
			return false
		}
	}
	return false
}

// laterListedTickers returns the tickers of the companies named in a sentence of the article
// that names a secondary or dual listing, worked out once. A sentence that names none ("The
// company sold 40 million new shares in its secondary listing") tells the story's company's: the
// first the article names.
func (a *articleFacts) laterListedTickers() []string {
	if a == nil {
		return nil
	}
	if !a.laterAsked {
		a.laterAsked = true
		for _, s := range a.sents {
			if !slices.Contains(s.words, "listing") && !slices.Contains(s.words, "listings") && !slices.Contains(s.words, "listed") {
				continue
			}
			for k := range s.words {
				if laterListingAt(s.words, k) || keptListingAt(s.words, k) { // news104.go
					a.addLaterListed(s.companies)
					break
				}
			}
		}
	}
	return a.laterListed
}

// addLaterListed adds the tickers of cs to the article's later-listed companies, or the first
// company of the article where cs names none.
func (a *articleFacts) addLaterListed(cs []CompanyMention) {
	n := len(a.laterListed)
	for _, c := range cs {
		if c.Ticker != "" && !slices.Contains(a.laterListed, c.Ticker) {
			a.laterListed = append(a.laterListed, c.Ticker)
		}
	}
	if len(a.laterListed) > n || slices.ContainsFunc(cs, func(c CompanyMention) bool { return c.Ticker != "" }) {
		return
	}
	for _, s := range a.sents {
		for _, c := range s.companies {
			if c.Ticker != "" {
				if !slices.Contains(a.laterListed, c.Ticker) {
					a.laterListed = append(a.laterListed, c.Ticker)
				}
				return
			}
		}
	}
}

// ipoWords name an initial sale itself, which a later listing's debut does not.
var ipoWords = wordSet(`ipo ipos initial public offering flotation`)

// debutTold says whether the IPO trigger t tells a first day of trading with no words of an
// initial sale: "first day of trading", "Hong Kong debut", "began trading".
func debutTold(w []string, t trigger) bool {
	return t.typ == events.IPO && !slices.ContainsFunc(w[t.from:t.to], func(x string) bool { return ipoWords[x] })
}

// laterListingDebut says whether the IPO trigger t is told in a sentence of a first day of
// trading (see debutTold) of a company the article names beside its secondary or dual listing:
// the debut is that listing's, and an initial offering the sentence names beside it is the
// company's history ("rose on their first day of trading in Hong Kong, the city that lost its
// initial public offering to New York five years ago").
func (s *sentence) laterListingDebut(t trigger, ts []trigger) bool {
	if !debutTold(s.words, t) && !slices.ContainsFunc(ts, func(u trigger) bool { return debutTold(s.words, u) }) {
		return false
	}
	later := s.article.laterListedTickers()
	if len(later) == 0 {
		return false
	}
	return slices.ContainsFunc(s.companies, func(c CompanyMention) bool { return slices.Contains(later, c.Ticker) })
}

// receiptUnits are the acronyms of depositary receipts, the unit a foreign company's dividend,
// price or earnings is told in ("$0.76 per ADS", "each ADR represents two shares"). Alone they
// name no company, whatever listing once held the letters as its symbol (Alliance Data's ADS).
var receiptUnits = wordSet(`ADS ADSs ADR ADRs GDR GDRs`)

// officeNouns are what a person bids for when the bid is a candidacy: a term, an office, a seat.
var officeNouns = wordSet(`term terms re-election reelection re-appointment reappointment office presidency
	chairmanship seat seats nomination candidacy mandate`)

// termOrdinals and the like stand between "bid for" and a term: "a second term", "another term".
var termOrdinals = wordSet(`a an the his her their another second third fourth fifth new fresh further full
	five-year four-year three-year two-year board`)

// candidacyBid says whether the acquisition trigger t, a bid, is a person's bid for an office or
// a term: "gave up his bid for a second term", "launched a bid for re-election to the board". No
// company is bid for; "made a bid for SK Broadband" stays a deal.
func candidacyBid(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.to-1] != "for" || w[t.from] != "bid" && w[t.from] != "bids" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+3; k++ {
		if officeNouns[w[k]] {
			return true
		}
		if !termOrdinals[w[k]] {
			return false
		}
	}
	return false
}
