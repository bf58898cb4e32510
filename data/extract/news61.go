package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// Rules from modern55, a first-seen batch of media, telecom, entertainment and game news: a
// product's release put off, a league's media rights sold, a break-up asked of a court, and a
// past purchase told as when a debt began. (A quarter's change in subscribers measured against
// expectations is membersCounted's, frames.go.)

// releaseDelayed returns the end of a product's release or launch put off: "delayed the release
// of its next game to March", "postponed the launch of its streaming service", "has pushed back
// the debut of its electric pickup". The noun of release alone is weak in a body ("the release"
// is as often a press release), but a verb of delay with it and "of" tells what is released,
// and a product put off is news about it as its launch is. Results, filings and money are
// released too ("delayed the release of its annual report", "postponed the release of the
// funds"): those are no product.
func releaseDelayed(words []string, i int) int {
	k := i + 1
	if pushVerbs[words[i]] {
		if k >= len(words) || words[k] != "back" {
			return 0
		}
		k++
	}
	for k < len(words) && k <= i+4 && releaseDeterminers[words[k]] {
		k++
	}
	if k+1 >= len(words) || !releaseNouns[words[k]] || words[k+1] != "of" {
		return 0
	}
	for j := k + 2; j < len(words) && j <= k+7; j++ {
		if unproducts[words[j]] {
			return 0
		}
		if gapStops[words[j]] || words[j] == "," || releaseEnds[words[j]] {
			break
		}
	}
	return k + 2
}

// delayVerbs put off what was planned; "push" counts with "back" after it.
var delayVerbs = wordSet(`delay delays delayed delaying postpone postpones postponed postponing push pushes
	pushed pushing`)

var pushVerbs = wordSet(`push pushes pushed pushing`)

// releaseDeterminers stand between the verb of delay and the noun of release.
var releaseDeterminers = wordSet(`the its their a planned expected scheduled long-awaited much-anticipated
	global u.s. commercial wide`)

// releaseNouns are a product's coming to buyers.
var releaseNouns = wordSet(`release launch debut rollout roll-out premiere`)

// releaseEnds close the name of what is released: the new day or the length of the delay.
var releaseEnds = wordSet(`to until by into from for`)

// unproducts are released but are no product: results and reports, filings, data and money.
var unproducts = wordSet(`results earnings report reports figures numbers data statement statements accounts
	filing filings minutes audit funds money payment payments tranche loan proceeds documents findings
	information details records hostages prisoners`)

// mediaRightsSold returns the end of a league's or an organizer's media rights sold for a sum:
// "signed 11-year media rights agreements with Disney and Amazon worth $76 billion", "sold its
// streaming rights to Halcyon for $1.2 billion a year", "agreed to pay $2 billion for the TV
// rights". The buyers pay for years of games or shows to air, a contract they win as a supplier
// wins an order; the sum makes it a sale (a "rights" word alone is a shareholder's, a voting or
// a human right, and "media rights" with no sum is often a dispute).
func mediaRightsSold(words []string, i int) int {
	if i == 0 || !mediaRightsKinds[words[i-1]] {
		return 0
	}
	if !amountWithin(words, max(0, i-15), min(len(words), i+16)) {
		return 0
	}
	return i + 1
}

// rightsNouns head a right sold.
var rightsNouns = wordSet(`rights`)

// mediaRightsKinds name the rights to air or stream games and shows.
var mediaRightsKinds = wordSet(`media broadcast broadcasting television tv streaming radio`)

// news61Misread says whether trigger t is one of this file's misreads: a purchase told as when a
// debt or a cost began (dealBehindDebt).
func news61Misread(s *sentence, t trigger, ts []trigger) bool {
	return t.typ == events.Acquisition && (dealBehindDebt(s.words, t) || rightsBought(s.words, t, ts))
}

// rightsBought says whether the acquisition trigger t buys the media rights of a contract
// trigger that is its object: "bought the league's streaming rights for $900 million" is the
// rights deal, no business changing hands. Rights that come with what is bought ("bought radio
// stations with broadcast rights") are not the verb's object.
func rightsBought(w []string, t trigger, ts []trigger) bool {
	return slices.ContainsFunc(ts, func(r trigger) bool {
		if r.typ != events.Contract || !rightsNouns[w[r.from]] || r.from < t.to || r.from > t.to+6 {
			return false
		}
		return !slices.ContainsFunc(w[t.to:r.from], func(x string) bool { return x == "with" || x == "," || x == "and" })
	})
}

// dealBehindDebt says whether the acquisition trigger t is a completed purchase told in a clause
// of "when" and its subject: "debt it took on when it bought Redbox", "much of it borrowed when
// the company acquired a group of stations". The clause dates another thing (a debt, a charge,
// a habit) by a purchase already made; a deal that is news is told in a main clause, or in a
// "when" clause with a verb of agreeing ("fell when it agreed to buy").
func dealBehindDebt(w []string, t trigger) bool {
	if !pastDealVerbs[w[t.from]] {
		return false
	}
	k := t.from - 1
	for k > 0 && k >= t.from-3 && whenSubjects[w[k]] {
		k--
	}
	return k >= 0 && k < t.from-1 && w[k] == "when"
}

// pastDealVerbs are the completed purchase's verbs.
var pastDealVerbs = wordSet(`bought acquired purchased`)

// whenSubjects are the subjects of a "when" clause of circumstance: the company told of before.
var whenSubjects = wordSet(`it they the company firm group we`)

// breakupSought says whether the acquisition trigger t is a break-up a government or a court is
// asked for: "U.S. sues Live Nation, seeks breakup", "the Justice Department asked a judge to
// break up the company", "FTC seeks breakup in antitrust case". The break-up is the remedy of a
// suit, which is the news (legal); a company's own split, or one an investor urges, has no
// authority or court before it and stays a deal.
func breakupSought(w []string, t trigger) bool {
	if !breakupWords[w[t.from]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-14; k-- {
		if breakupAuthorities[w[k]] || k > 0 && breakupAuthorityPairs[w[k-1]+" "+w[k]] {
			return true
		}
	}
	return false
}

// breakupWords open a break-up trigger.
var breakupWords = wordSet(`break breaks broke breaking breakup break-up`)

// breakupAuthorities are those who ask a court to break a company up, and the court itself.
var breakupAuthorities = wordSet(`doj ftc regulators regulator prosecutors government court judge sues sued sue
	suing lawsuit antitrust`)

// breakupAuthorityPairs are the two-word authorities.
var breakupAuthorityPairs = map[string]bool{"justice department": true, "attorney general": true,
	"attorneys general": true}

// stockBoughtAlongside says whether the acquisition trigger t is investors buying a company's new
// stock beside its share sale: "cornerstone investors bought a further $400 million of stock
// alongside the offering", "bought $250 million of its stock in a concurrent private placement".
// The stock is the issuer's, sold to raise money: its offering. Stock "in" another company is a
// stake ("bought $50 million of stock in Kestrel"), and a company bought beside a share sale
// ("bought Kestrel for $1 billion, alongside a share offering") has no stock as its object.
func stockBoughtAlongside(w []string, t trigger) bool {
	if !stockBuyVerbs[w[t.from]] {
		return false
	}
	stock := -1
	for k := t.to; k < len(w) && k <= t.to+7; k++ {
		if w[k] == "stock" || w[k] == "shares" {
			stock = k
			break
		}
		if gapStops[w[k]] || w[k] == "," {
			return false
		}
	}
	if stock < 0 || stock+1 >= len(w) {
		return false
	}
	for k := stock + 1; k < len(w) && k <= stock+4; k++ {
		if alongsideWords[w[k]] {
			return clauseWordAt(w, k+1, k+5, issueNouns) >= 0
		}
		if w[k] != "in" && w[k] != "a" && w[k] != "an" && w[k] != "the" {
			return false
		}
	}
	return false
}

// stockBuyVerbs buy stock.
var stockBuyVerbs = wordSet(`buy buys bought buying purchase purchases purchased purchasing`)

// alongsideWords join a purchase of stock to the issuer's sale of it.
var alongsideWords = wordSet(`alongside concurrent concurrently simultaneous`)

// issueNouns are a company's sales of its own stock.
var issueNouns = wordSet(`offering ipo listing placement sale`)
