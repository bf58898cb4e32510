package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules of the modern65 batch: foreign companies listed in New York, in the copy of the desks
// that follow them (README.md, "News96 added").
//
//   - A foreign company's stock is told by its receipts and by where it is listed: "its ADRs
//     fell 4%", "its US-listed shares gained 3% in premarket trading", "its American depositary
//     shares rose 2%", "the ADRs of the five companies fell". Like "its shares" they are the
//     story's company's stock (listedOwnStock).
//   - A purchase made before and told as the cause of a result is the result's circumstance, no
//     deal of the day: "reported higher quarterly profit, helped by its purchase of HSBC's
//     Canadian unit", "revenue rose 9%, boosted by the acquisition of Zentrix" (resultDealCause);
//     a move lifted by a deal ("shares rose, lifted by its agreement to buy Zentrix") stays one.

// receiptNouns name a foreign company's depositary receipts, which trade in its place.
var receiptNouns = wordSet(`adrs adss`)

// listingWords may stand between "its" and the stock a listing names: "its US-listed shares",
// "its U.S.-listed ADRs", "its New York-listed stock", "its American depositary shares".
var listingWords = wordSet(`listed us u s . - american global depositary depository ordinary sponsored new
	hong york`)

// listedOwnStock says whether the price move t is told of the story's company's stock in the
// words of a foreign listing: the receipts or the shares after "its" and words of where they are
// listed ("its Amsterdam-listed shares", "its ADRs"), or receipts opening the move's clause ("The
// ADRs of the five companies fell"). A stock a name owns ("Sony's US shares") is that name's,
// read by roles before this is asked.
func (s *sentence) listedOwnStock(t trigger, lo int) bool {
	w := s.words
	for k := t.from; k < t.to && k < len(w); k++ {
		receipt := receiptNouns[w[k]] || w[k] == "receipts" && k > 0 && (w[k-1] == "depositary" || w[k-1] == "depository")
		if !receipt && w[k] != "shares" && w[k] != "stock" {
			continue
		}
		j := k - 1
		for j >= 0 && j >= k-7 && (listingWords[w[j]] || strings.HasSuffix(w[j], "-listed")) {
			j--
		}
		if j == k-1 && !receipt {
			return false // a bare "its shares" is ownShares' own
		}
		switch {
		case j >= 0 && w[j] == "its":
			return true
		case receipt && (j+1 == lo || j >= 0 && w[j] == "the" && j == lo):
			return true
		}
		return false
	}
	return false
}

// causeParticiples, before "by", make what follows the cause of the clause's figure: "helped by",
// "boosted by", "hurt by".
var causeParticiples = wordSet(`helped aided boosted lifted buoyed bolstered driven fueled fuelled supported
	hurt dented weighed dragged hit`)

// dealNounsOfCause are the nouns of a deal that a result's cause names.
var dealNounsOfCause = wordSet(`purchase purchases acquisition acquisitions takeover takeovers merger mergers
	buyout buyouts`)

// causeDealModifiers may stand between the cause's "by" and the deal: "helped by its recent
// purchase", "boosted by the C$13.5 billion acquisition".
var causeDealModifiers = wordSet(`its the their a recent completed earlier last year's this 2 s '`)

// resultsBefore are the figures of a company's results that a deal may be told to explain.
var resultsBefore = wordSet(`profit profits earnings revenue revenues sales income results margin margins ebitda`)

// resultDealCause says whether the acquisition trigger t is a deal told as the cause of a result
// before it in the sentence: "reported second-quarter profit above expectations, helped by its
// purchase of HSBC's Canadian business". The deal explains the figure, as a sale behind a gain
// does (saleAsCause); the news is the result. A move's cause ("shares rose 6%, lifted by its
// deal to buy Zentrix") has no result before it and stays the deal.
func resultDealCause(w []string, t trigger) bool {
	if !dealNounsOfCause[w[t.from]] {
		return false
	}
	k := t.from - 1
	for k >= 0 && k >= t.from-6 && (causeDealModifiers[w[k]] || figure(w[k])) {
		k--
	}
	switch {
	case k >= 1 && w[k] == "by" && causeParticiples[w[k-1]]:
		k--
	case k >= 1 && w[k] == "to" && w[k-1] == "thanks":
		k--
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-24; j-- {
		if w[j] == ";" || w[j] == "shares" || w[j] == "stock" {
			return false
		}
		if resultsBefore[w[j]] {
			return true
		}
	}
	return false
}

// sharesItBuys says whether the acquisition trigger t is the verb of a relative clause on shares
// with a pronoun for its subject: "It will cancel the shares it buys", "the stock that it
// repurchased last year was retired" (ownBuyVerbs, news79.go; buybackWords, news76.go). The
// shares are the company's own, bought back; a stock a name owns ("sold the Zentrix shares it
// bought in 2020") is a holding and stays a deal.
func (s *sentence) sharesItBuys(t trigger) bool {
	w := s.words
	k := t.from - 1
	if t.to != t.from+1 || !ownBuyVerbs[w[t.from]] && !buybackWords[w[t.from]] || k < 1 || w[k] != "it" && w[k] != "they" {
		return false
	}
	if k--; w[k] == "that" || w[k] == "which" {
		k--
	}
	if k < 0 || w[k] != "shares" && w[k] != "stock" {
		return false
	}
	from := max(k-3, 0)
	return !s.companyWithin(from, k) && !s.namedWithin(from, k)
}

// boardSeatJoined says whether the partnership trigger t, "joined" or "joins", takes a seat on a
// board: "activist Nelson Peltz joined its board last year", "joins the board of directors",
// "joined Harlow's board in 2021". A person's step, not companies joining forces; a listing on
// "the Big Board" and a consortium joined stay the trigger's.
func boardSeatJoined(w []string, t trigger) bool {
	if t.to != t.from+1 || w[t.from] != "joined" && w[t.from] != "joins" && w[t.from] != "joining" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+4; k++ {
		switch w[k] {
		case "board", "boards":
			return w[k-1] != "big"
		case ",", ";", "and", "with", "forces":
			return false
		}
	}
	return false
}

// news96Misread says whether trigger t tells none of its event by the rules above.
func news96Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Acquisition:
		return resultDealCause(s.words, t) || s.sharesItBuys(t)
	case events.Partnership:
		return boardSeatJoined(s.words, t)
	}
	return false
}
