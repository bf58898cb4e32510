package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire28 (1985-1989 company press releases as PR Newswire
// and Business Wire carried them, and the wires' rewrites) was written: a span opened by "Since"
// and a date with no comma after it, told in the perfect, is the record of the years since.

// sinceSpanWords may stand in the date a span opens with: "Since 1985", "Since early 1987",
// "Since January", "Since fiscal 1986", "Since mid-1984".
var sinceSpanWords = wordSet(`early late mid fiscal`)

// sinceSpanStops end the perfect's reach: a day or a report of the day's news after "has" is
// news of its own ("Since 1985 it has been a unit of Ardent, and today it agreed to buy ...").
var sinceSpanStops = wordSet(`today yesterday tonight said says announced ; , but while`)

// sinceDateOpened says whether the sentence opens with "Since" and a date (a year, a month or
// both, after at most one of sinceSpanWords) that no comma closes, and tells trigger t in the
// perfect, "has" or "have" after the date and at or before t with nothing of sinceSpanStops
// between: "Since 1985 the Company has sold its foundry and bought two electronics companies"
// and "Since early 1987 Marlow has repurchased 2 million shares" tell the record of the years
// since, not the day's news, as spanOpened reads "Since 2020, Costco has bought back ...". A
// clause "Since" opens with a subject and verb of its own ("Since the merger collapsed ...") is
// no date, and a simple past ("Since 1985 the company bought ...") is left as it was.
func sinceDateOpened(w []string, t trigger) bool {
	if len(w) < 5 || w[0] != "since" || t.from < 3 {
		return false
	}
	k, dated := 1, false
	if sinceSpanWords[w[k]] {
		k++
	}
	for ; k < len(w) && k <= 4 && (monthNames[w[k]] || yearLike(w[k])); k++ {
		dated = true
	}
	if !dated || k >= t.from || w[k] == "," {
		return false // a comma after the date is spanOpened's (news44.go)
	}
	return sinceDateOpenedFrom(w, k, t) // news83.go
}

// figureReportVerbs tell a company's figure as reported: "today reported record sales of ...".
var figureReportVerbs = wordSet(`reported reports report posted posts recorded records`)

// moneyFigureWords may stand in a money figure: "$48.2 million", "48.2 mln dlrs", "$1.07 billion".
var moneyFigureWords = wordSet(`$ million billion mln bln thousand dlrs dollars`)

// figureRelativeSubjects before a report verb make its figure a description of a company named
// before ("Corvel, which reported sales of $40 million in 1986, ..."), a past one ("had
// reported") or a report still to come ("expects to report sales of ...").
var figureRelativeSubjects = wordSet(`which that who whose , had to`)

// reportedFigureForPeriod reads a results noun at word i ("sales", "revenue", "revenues") told
// by a report verb before it, with at most "record" or "net" between, then "of", a money figure
// and the period of the company's accounts it covers after "for" or "in": "today reported
// record sales of $48.2 million for its fiscal second quarter", "posted revenues of 31.4 mln dlrs
// in the six months ended June 30". The verb of change resultsInPeriod (lead13.go) waits for is
// not there: the figure itself is the news. The period must name a span of accounts before any
// other word, so a retailer's "for the five weeks ended Jan. 2", a month's "for December" and a
// figure with no period stay none; a report verb in a relative clause ("which reported sales of
// ... in 1986") describes a company named before, and one after "to" is still to come.
func reportedFigureForPeriod(words []string, i int) (trigger, bool) {
	if i < 1 || i+4 >= len(words) || words[i+1] != "of" {
		return trigger{}, false
	}
	v := i - 1
	if v > 0 && (words[v] == "record" || words[v] == "net") {
		v--
	}
	if !figureReportVerbs[words[v]] || v > 0 && figureRelativeSubjects[words[v-1]] {
		return trigger{}, false
	}
	g := i + 2
	for ; g < len(words) && g <= i+6 && (moneyFigureWords[words[g]] || isNumber(words[g])); g++ {
	}
	if g == i+2 || g >= len(words) || words[g] != "for" && words[g] != "in" {
		return trigger{}, false
	}
	for k := g + 1; k < len(words) && k <= g+6; k++ {
		w := words[k]
		switch {
		case accountsPeriods[w] || strings.HasSuffix(w, "-quarter") || strings.HasSuffix(w, "-half"):
			return trigger{typ: events.Earnings, from: v, to: k + 1, verbal: true}, true
		case (w == "months" || w == "weeks") && accountsSpans[words[k-1]]:
			return trigger{typ: events.Earnings, from: v, to: k + 1, verbal: true}, true
		case periodPhraseWords[w] && w != "," && w != "in" && w != "on" || accountsSpans[w]:
		default:
			return trigger{}, false
		}
	}
	return trigger{}, false
}

// ownBuyVerbs buy shares: stockBuyVerbs (news61.go) and "acquire".
var ownBuyVerbs = wordSet(`buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired
	acquiring`)

// ownStockCounted reads, after the verb of buying at word v, a count of the buyer's own stock and
// returns the index of its last word ("shares" or "stock"), or -1: "purchased 1,250,000 of its
// common shares", "bought 1.2 mln shares of its common stock", "acquired 500,000 shares of its
// own stock". Shares of a company named ("1.2 mln shares of Corvel common stock") or bought by
// someone else ("of its shares by Siemens") are no count of its own. Shares bought "from" a
// holder are left as they were: Reuters files a holder's stake bought out with a standstill
// under acquisitions, where newswire26's 6 labels such greenmail a buyback, so the rule keeps
// out of that quarrel ("from time to time" is no holder).
func ownStockCounted(words []string, v int) int {
	k, counted := v+1, false
	for ; k < len(words) && k <= v+8; k++ {
		w := words[k]
		switch {
		case isNumber(w):
			counted = true
			continue
		case w == "shares" && counted && k+1 < len(words) && words[k+1] == "of":
			k++ // "1.2 mln shares of its common stock"
			continue
		case amountWords[w] || w == "common" && counted:
			continue
		}
		break
	}
	if !counted || k+1 >= len(words) || words[k] != "its" && words[k] != "their" {
		return -1
	}
	k++
	if words[k] == "own" {
		k++
	}
	for ; k < len(words) && k <= v+16; k++ {
		if words[k] == "shares" || words[k] == "stock" {
			if k+1 < len(words) && (words[k+1] == "by" || words[k+1] == "from" && !(k+2 < len(words) && words[k+2] == "time")) {
				return -1 // bought by another, or from a holder (see above)
			}
			return k
		}
		if !ownStockWords[words[k]] {
			return -1
		}
	}
	return -1
}

// ownStockCountBought says whether an acquisition trigger that ends in a verb of buying buys a count
// of the company's own stock, a buyback: "bought 1.2 mln shares of its common stock" (see
// ownStockCounted), as ownCountBought (wireown.go) reads "bought 1.2 mln of its shares".
func ownStockCountBought(words []string, t trigger) bool {
	return ownBuyVerbs[words[t.to-1]] && ownStockCounted(words, t.to-1) >= 0
}

// ownStockAt reads a buyback that ends at word i ("shares" or "stock") told by a verb of buying
// no trigger holds and a count of the company's own stock: "has purchased 1,250,000 of its common
// shares in the open market". The verb stands at most twelve words before; a noun's "purchase of
// as many as 750,000 of its shares" is the lexicon's, read as before (ownCountBought).
func ownStockAt(words []string, i int) (trigger, bool) {
	for v := i - 1; v >= 0 && v >= i-12; v-- {
		if ownBuyVerbs[words[v]] && words[v+1] != "of" && ownStockCounted(words, v) == i {
			return trigger{typ: events.Buyback, from: v, to: i + 1, verbal: true}, true
		}
	}
	return trigger{}, false
}
