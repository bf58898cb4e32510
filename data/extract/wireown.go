package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The rules in this file read wire copy's words for a company's dealings in its own shares and
// its own results, where the trigger word alone names a deal or a report: a purchase or a
// tender offer for a count of "its own" shares is a buyback, shares sold "to the public" for the
// first time are its listing, a debut "on the American Stock Exchange" is a listing and no
// product, and results "for the year ending June 30" that "will probably fall short" are its
// guidance. They were found on newswire3's first run (see its README). The rules after
// monthWords tell where wire copy's trigger words tell no event (analysts quoted as a source, a
// charge in the accounts, a venture that exists and acts, "succeed" as doing well, "the company"
// as a place); they were found reading samples of what extraction predicted on the Reuters
// development set for the types it does not label. Each has labelled sentences of our own in
// testdata/sentences.tsv.

// amountWords stand between a purchase and the count of shares it buys: "the purchase of as
// many as 750,000 of its shares", "a tender offer for up to 2.4 mln of its own common shares".
var amountWords = wordSet(`up to as many much of about some nearly approximately another additional mln million
	billion pct percent a further`)

// ownStockWords name a company's own stock after "its" or "its own" ("purchase of own stock",
// "a tender offer for 2.4 mln of its own common shares").
var ownStockWords = wordSet(`shares share stock common outstanding capital`)

// ownCountBought says whether an acquisition trigger of buying ("purchase of", "tender offer",
// "buy") buys a count of the buyer's own shares: "approved the purchase of as many as 750,000 of
// its shares", "began a tender offer for up to 2.4 mln of its own common shares". Only an amount
// stands between the trigger and "its"; shares paid with ("for 3 mln of its shares") or bought
// by someone else ("of its shares by Siemens") are a deal.
func ownCountBought(words []string, t trigger) bool {
	switch w := words[t.to-1]; w {
	case "of", "offer", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
		"repurchase", "for":
	default:
		return false
	}
	k := t.to
	if k < len(words) && words[k] == "for" && (words[t.to-1] == "offer" || words[t.to-1] == "bid") {
		k++ // "a tender offer for up to ..."
	}
	counted := false
	for ; k < len(words) && k < t.to+8; k++ {
		w := words[k]
		if w == "its" || w == "their" {
			break
		}
		if isNumber(w) {
			counted = true
			continue
		}
		if !amountWords[w] {
			return false
		}
	}
	if !counted || k+1 >= len(words) {
		return false
	}
	k++
	if words[k] == "own" {
		k++
	}
	for ; k < len(words) && k < t.to+14; k++ {
		if words[k] == "shares" || words[k] == "stock" {
			return k+1 >= len(words) || words[k+1] != "by"
		}
		if !ownStockWords[words[k]] {
			return false
		}
	}
	return false
}

// soldToPublic says whether an acquisition trigger of shares sold to someone ("sold three mln
// shares to") sells them to the public: the company's own offering, which the offering trigger
// of the same words tells.
func soldToPublic(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "sel") && words[t.from] != "sold" || words[t.to-1] != "to" {
		return false
	}
	k := t.to
	if k < len(words) && words[k] == "the" {
		k++
	}
	return k < len(words) && words[k] == "public"
}

// firstSale says whether an offering trigger of shares sold ("sold three mln shares", "SELLS
// FIRST SHARES") is the company's first sale to the public: "first" before the shares, or "for
// the first time" in its clause.
func firstSale(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "sel") && words[t.from] != "sold" || words[t.to-1] != "shares" {
		return false
	}
	for k := t.from + 1; k < t.to; k++ {
		if words[k] == "first" {
			return true
		}
	}
	for k := t.to; k+1 < len(words) && k < t.to+10; k++ {
		if endsClause(words[k]) {
			return false
		}
		if words[k] == "first" && words[k+1] == "time" {
			return true
		}
	}
	return false
}

// exchangeWords name a stock market after "debuts on": "DEBUTS ON AMEX", "debuted on the
// American Stock Exchange".
var exchangeWords = wordSet(`amex nyse nasdaq american new big over-the-counter otc pacific midwest boston
	toronto london tokyo exchange`)

// exchangeDebut says whether a product trigger of a debut is a stock's first day on a market:
// "FENWICK AIR CARGO DEBUTS ON AMEX".
func exchangeDebut(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "debut") || t.to+1 >= len(words) || words[t.to] != "on" {
		return false
	}
	k := t.to + 1
	if words[k] == "the" && k+1 < len(words) {
		k++
	}
	return exchangeWords[words[k]]
}

// boughtBack says whether an analyst trigger that ends in "buy" ("raises payout, to buy") is a
// company buying back its stock: "TO BUY BACK SHARES".
func boughtBack(words []string, t trigger) bool {
	return t.gap && t.to < len(words) && words[t.to] == "back" && strings.HasPrefix(words[t.to-1], "buy")
}

// periodWords may stand in the period that results are for, between the results and the verb
// that says where they go: "operating profit for the year ending June 30 will probably fall
// short".
var periodWords = wordSet(`for the year fiscal quarter qtr half first second third fourth current ending ended
	that ends which through
	of months mths three six nine twelve weeks`) // "for the first nine months of 1988"

// resultsPerShare end a results trigger on the measure per share ("earnings per share").
var resultsPerShare = wordSet(`per a`)

// ownResultsAhead says whether an earnings trigger naming results ("operating profit",
// "earnings per share") is followed, past the period they are for and a modal or "to", by where
// they will go within three words: "expects 1988 earnings per share to rise", "operating profit
// for the year ending June 30 will probably fall short". futureResults reads the plain forms;
// this one the period with a day or month of its own and the measure per share.
func ownResultsAhead(words []string, t trigger) bool {
	end := t.to
	if end-t.from >= 3 && words[end-1] == "share" && resultsPerShare[words[end-2]] {
		end -= 2
	}
	if !namedResults[words[end-1]] {
		return false
	}
	k := t.to
	for n := 0; k < len(words) && n < 7 && (periodWords[words[k]] || isNumber(words[k]) || monthWords[words[k]]); n++ {
		k++
	}
	if k >= len(words) {
		return false
	}
	switch words[k] {
	case "will", "would", "should", "could", "may", "might", "to":
	default:
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if resultsAhead[words[j]] {
			return true
		}
	}
	return false
}

// monthWords are the months as the tokens of a date in a period: "ending June 30" ("May" keeps
// its capital in a sentence's words: see read).
var monthWords = wordSet(`january february march april May may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// toldWords make the forecasters after them the audience, not the speakers: "told securities
// analysts the company expects".
var toldWords = wordSet(`told tells telling briefed briefing`)

// forecasterSays says whether analysts or another forecaster speak within the six words before
// trigger t ("Analysts expect Nike's earnings per share to fall"): their view, not the company's
// word. Forecasters that are told something are its audience.
func forecasterSays(words []string, t trigger) bool { return forecasterWithin(words, t, 6) }

// forecasterWithin says whether a forecaster speaks within the n words before trigger t: one
// that is not the audience of a telling verb ("told securities analysts the company expects
// record earnings" is the company's own outlook).
func forecasterWithin(words []string, t trigger, n int) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-n; k-- {
		if (toldWordShapes.mayHold(words[k]) && toldWords[words[k]]) && k > 0 && forecasters[words[k-1]] {
			return true // "analysts told reporters they expect record earnings": they tell it
		}
		if !(forecasterShapes.mayHold(words[k]) && forecasters[words[k]]) {
			continue
		}
		told := k > 0 && toldWords[words[k-1]] || k > 1 && toldWords[words[k-2]]
		if !told {
			return true
		}
	}
	return false
}

// sayingVerbs follow analysts who are the source of a view rather than the authors of a rating:
// "ANALYSTS SEE NO OTHER BIDDER", "analysts said the merger".
var sayingVerbs = wordSet(`say says said saying see sees saw expect expects expected believe believes believed
	applaud applauds applauded predict predicts predicted estimate estimates estimated think thinks thought doubt
	doubts warn warns warned agree agrees agreed note notes noted told tell tells question questioned welcome
	welcomed praise praised react reacted`)

// analystsSay says whether the bare word "analyst" or "analysts" is the source of what a story
// tells ("OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS", "ANALYSTS SAY NEW DOW COMPONENTS AID
// AVERAGE", "BAT SHARES UNDERVALUED, SAY STOCK MARKET ANALYSTS") and no rating is named in its
// sentence: the view of people asked, no rating changed. "SMITH BARNEY ANALYST CUTS HERCULES
// RATING" names one.
func analystsSay(words []string, t trigger, ts []trigger) bool {
	if t.to != t.from+1 || words[t.from] != "analyst" && words[t.from] != "analysts" {
		return false
	}
	for _, u := range ts {
		if u.typ == events.Analyst && u.from != t.from {
			return false
		}
	}
	if t.to == len(words) || t.to+1 == len(words) && words[t.to] == "." {
		return true // the headline's source after a dash: "- ANALYSTS"
	}
	if sayingVerbs[words[t.to]] {
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		switch words[k] {
		case "say", "says", "said", "-", "according":
			return true
		}
	}
	return false
}

// chargePeriods before "charge" make it a cost of a period's accounts: "HAS 4TH QTR CHARGE", "a
// fourth quarter charge of 250 mln dlrs", "TO POST INVESTIGATION CHARGE".
var chargePeriods = wordSet(`quarter qtr 1st 2nd 3rd 4th year year-end fiscal post posts posted posting
	extraordinary writedown tax`)

// chargeAmounts after "charge of" measure money: "a charge of about six cts per share".
var chargeAmounts = wordSet(`about approximately some nearly roughly up`)

// bookedCharge says whether a legal trigger at "charge" or "charges" is a cost booked in a
// period's accounts in wire copy's words, which accountingCharge's verbs and sums do not hold:
// a period or a verb of reporting before it, or a sum or "against" after it. "charges of
// insider trading" name no sum.
func bookedCharge(words []string, t trigger) bool {
	if w := words[t.from]; t.to != t.from+1 || w != "charge" && w != "charges" {
		return false
	}
	for k := max(0, t.from-4); k < t.from; k++ {
		if chargePeriods[words[k]] {
			return true
		}
	}
	if t.to+1 >= len(words) {
		return false
	}
	switch words[t.to] {
	case "against":
		return true
	case "of":
		w := words[t.to+1]
		return isNumber(w) || chargeAmounts[w] || strings.HasPrefix(w, "$")
	}
	return false
}

// ventureNouns name a business owned with others.
var ventureNouns = wordSet(`venture ventures partnership partnerships`)

// describedBy follow "a partnership" or "a joint venture" that describes a party to another event:
// "a partnership affiliated with AFG Industries made a tender offer".
var describedBy = wordSet(`affiliated controlled owned led managed based organized headed`)

// existingVenture says whether a partnership trigger names a venture that exists and acts in
// the sentence rather than its forming: one the company already has ("its joint venture Ridgeway
// Project could start production", "its China Lake joint venture"), one described as a party
// ("a partnership affiliated with AFG Industries made a tender offer"), or a passive "joined"
// ("It has been joined as a second main money supply aggregate").
func existingVenture(words []string, t trigger) bool {
	w := words[t.to-1]
	if words[t.from] == "joined" {
		return t.from > 0 && (words[t.from-1] == "been" || words[t.from-1] == "be")
	}
	if !ventureNouns[w] {
		return false
	}
	if t.to < len(words) && describedBy[words[t.to]] {
		return true
	}
	if anyBefore(words, t, 6, formVerbs) || anyBefore(words, t, 6, ventureMakers) {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if words[k] == "its" || words[k] == "their" {
			return true
		}
		if endsClause(words[k]) || words[k] == "," || words[k] == "a" || words[k] == "an" {
			return false
		}
	}
	return false
}

// ventureMakers set up, end, join, widen or renew a venture; a venture after them is the news.
var ventureMakers = wordSet(`set sets setting dissolve dissolves dissolved dissolving end ends ended ending
	enter enters entered entering sign signs signed agreed agree agrees announce announces announced
	terminate terminates terminated expand expands expanded expanding extend extends extended extending
	renew renews renewed renewing deepen deepens deepened deepening broaden broadens broadened broadening`)

// succeedAlone follow "succeed" where it means to do well, with no one succeeded: "NEXT WORLD
// TRADE NEGOTIATIONS MUST SUCCEED - NZ", "succeeded in cutting costs", "will succeed if".
var succeedAlone = wordSet(`. , ; : - in if because only unless where when and but or`)

// succeedsAtTask says whether an executive trigger at "succeed" tells a thing going well, not a
// successor: nothing or a word of circumstance after the verb.
func succeedsAtTask(words []string, t trigger) bool {
	switch words[t.from] {
	case "succeed", "succeeds", "succeeded", "succeeding":
	default:
		return false
	}
	return t.to == t.from+1 && (t.to == len(words) || succeedAlone[words[t.to]])
}

// companyAsPlace says whether "left the company" or "leaving the company" names the company as
// a place or an object, not a person's departure: "to prevent lorries leaving the company's
// largest plant", "This left the company to focus its attention on property".
func companyAsPlace(words []string, t trigger) bool {
	if words[t.to-1] != "company" {
		return false
	}
	if t.to < len(words) && (words[t.to] == "'s" || words[t.to] == "’s" || words[t.to] == "'" || strings.HasPrefix(words[t.to], "'")) {
		return true
	}
	if t.from > 0 {
		switch words[t.from-1] {
		case "this", "that", "which", "it", "lorries", "trucks":
			return true
		}
	}
	return false
}

// pricePerShare says whether the money word at words[k] is a price a share ("an offer for all
// its common shares at 28 dlrs per share"), the bid's price for the company, not a face amount
// of the company's paper ("its 150 mln dlrs of notes").
func pricePerShare(words []string, k int) bool {
	return words[k] == "dlrs" && k+2 < len(words) && (words[k+1] == "a" || words[k+1] == "per") && words[k+2] == "share"
}
