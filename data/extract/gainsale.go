package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/events"
)

// A gain or a loss booked on a sale is a result, told by the wire as its own news: "TO HAVE GAIN
// ON UNIT SALE", "SEES GAIN FROM SALE", "said it will record an after-tax gain of about 14 mln
// dlrs in the second quarter from the sale of its valve unit". The sale is the figure's source
// (saleAsCause), told to explain it; the news is the result, and a forecast one where the
// company says it will book it. Reuters files such stories under earn alone.

// figureWords stand between a result's head and the sale it comes from: the sum, its per-share
// figure and the period it is booked in ("a gain of 6.2 mln dlrs, or 41 cts a share, in the
// second quarter on the sale", "a loss of about two mln dlrs in its third quarter ended
// February 28 from the proposed sale").
var figureWords = wordSet(`of about some nearly approximately roughly around mln million billion dlrs dlr
	dollars stg pct cts cents a an per share shares or , in the its first second third fourth 1st 2nd
	3rd 4th quarter qtr half year fiscal current pretax pre-tax after-tax before after tax taxes net
	u.s. canadian australian $ equal to ended ending january february march april may june july
	august september october november december jan feb mar apr jun jul aug sept sep oct nov dec`)

// saleNouns name a sale of assets, the source a gain is booked on.
var saleNouns = wordSet(`sale sales disposal disposals divestiture divestitures sell-off`)

// saleModifiers may stand between "on" or "from" and the sale: "on the previously announced sale",
// "from the proposed unit sale".
var saleModifiers = wordSet(`the a its proposed planned previously announced previously-announced pending
	recent unit units asset assets stake property properties division subsidiary building land`)

// bookVerbs book a gain, a result told without a results noun: "will record a gain", "SEES
// GAIN", "to recognize a gain".
var bookVerbs = wordSet(`record records recorded recording book books booked realize realizes realized
	recognize recognizes recognized see sees expect expects report reports reported have has post
	posts`)

// skipFigure returns the index after the figure phrase starting at k, at most limit words on.
func skipFigure(words []string, k, limit int) int {
	end := k + limit
	for k < len(words) && k < end && figure(words[k]) {
		k++
	}
	return k
}

// gainOnSale says whether "gain" or "gains" at i is a result booked on a sale, and returns the
// earnings trigger that tells it: the head followed, past its figure, by "on" or "from" and a
// sale ("gain of 2.1 mln dlrs on the sale of"), a sale before it ("SALE GAIN"), or a verb of
// booking before it ("will record a gain of 2.9 mln dlrs", "SEES GAIN"), the head then ending its
// clause or followed by its figure or source. A stock's or a market's gain ("shares posted a
// gain of two points") has "shares", "stock" or "index" before its verb, and is left.
func gainOnSale(words []string, i int) (trigger, bool) {
	t := trigger{typ: events.Earnings, from: i, to: i + 1}
	k := skipFigure(words, i+1, 16)
	if k < len(words) && (words[k] == "on" || words[k] == "from") {
		for j := k + 1; j < len(words) && j <= k+5; j++ {
			if saleNouns[words[j]] {
				t.to = j + 1
				return t, true
			}
			if !saleModifiers[words[j]] {
				break
			}
		}
	}
	if i > 0 && words[i-1] == "sale" {
		return t, true // "TO HAVE AUSTRALIAN SALE GAIN"; not "comparable store sales gains"
	}
	// A verb of booking, at most five words before (an article, "pretax", a period).
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if bookVerbs[words[j]] {
			for m := j - 1; m >= 0 && m >= j-3; m-- {
				if words[m] == "shares" || words[m] == "stock" || words[m] == "index" || words[m] == "prices" {
					return trigger{}, false
				}
			}
			// The gain ends its sentence, or its figure and period do: "will record a gain of
			// 2.9 mln dlrs in the first quarter." A figure that runs on names what the gain is
			// ("a gain of 150 mln dlrs in 1988, representing tax credits"), no result booked.
			if k == len(words) || words[k] == "." || words[k] == "on" || words[k] == "from" {
				t.from = j
				return t, true
			}
			return trigger{}, false
		}
		if !figure(words[j]) {
			break
		}
	}
	return trigger{}, false
}

// beforeFigure returns the index of the word before the figure phrase that ends at k, at most
// limit words long: the head the figure belongs to ("gain" in "a gain of 6.2 mln dlrs, or 41
// cts a share, on"), or k itself where no figure ends there; -1 before the first word.
func beforeFigure(words []string, k, limit int) int {
	j := k
	for j >= 0 && k-j < limit && figure(words[j]) {
		j--
	}
	return j
}

// gainTitle drops the lead's sale where the headline's news is the gain booked on it: under
// "TRANSAMERICA TO HAVE GAIN ON UNIT SALE" the lead "said it completed the sale of its trust
// division ..., a transaction that will result in a pre-tax gain of 75 mln dlrs" tells the sale as
// the gain's source, as saleAsCause reads it within one sentence. Only a lead that names the gain
// too: a sale told without it, or in the headline itself ("SELLS UNIT, SEES GAIN"), stays news.
func gainTitle(evs []Event) []Event {
	titleGain := slices.ContainsFunc(evs, func(e Event) bool {
		return e.fromTitle && e.Type == events.Earnings && len(e.Mentions) > 0 && tellsGain(e.Mentions[0].Sentence)
	})
	if !titleGain {
		return evs
	}
	lead := -1 // where the lead sentence starts: the first body sentence that tells an event
	for _, e := range evs {
		if !e.fromTitle && len(e.Mentions) > 0 && (lead < 0 || e.Mentions[0].Start < lead) {
			lead = e.Mentions[0].Start
		}
	}
	return slices.DeleteFunc(evs, func(e Event) bool {
		return e.Type == events.Acquisition && !e.fromTitle && len(e.Mentions) > 0 && e.Mentions[0].Start == lead &&
			tellsGain(e.Mentions[0].Sentence)
	})
}

// tellsGain says whether a sentence names a gain: "gain" or "gains" as a word, not "again".
func tellsGain(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.EqualFold(w, "gain") || strings.EqualFold(w, "gains") {
			return true
		}
	}
	return false
}

// figure says whether a word belongs to a result's figure phrase: a figure word, a number
// written in digits or words ("about two mln dlrs"), a sum in dollars.
func figure(w string) bool {
	return figureWords[w] || isNumber(w) || numberWords[w] && w != "same" || w != "" && w[0] == '$'
}
