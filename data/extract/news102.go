package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads noticed while newswire33 (publishers', broadcasters', cable operators',
// agencies', studios', theater chains', record companies', hotel, casino, cruise, toy and
// sporting-goods wire copy of 1985-1989) was written.

// swaps lists properties traded one for another between owners: "agreed to exchange television
// stations", "SWAP TV STATIONS", "swapped cable systems in Ohio for systems in Texas". Each side
// buys the other's property, as a sale of a station is a deal (sells in the lexicon); the
// broadcasters' and cable operators' like-kind exchanges of the 1980s were told this way. The
// property is a going concern named by its trade ("stations", "affiliate", "cable systems",
// "newspapers", "hotels"), so a swap of debt, of shares or of interest-rate payments is none.
func swaps(things ...string) []string {
	var out []string
	// Not "trade": stocks trade, and "will trade its radio stations for" is rarer than the
	// sentences about shares traded near a property's name.
	for _, v := range []string{"swap", "swaps", "swapped", "swapping", "exchange", "exchanges", "exchanged",
		"exchanging"} {
		for _, x := range things {
			out = append(out, "~"+v+" ... "+x)
		}
	}
	return append(out, "station swap", "station swaps", "station exchange")
}

// swapVerbs are the verbs of swaps' phrases.
var swapVerbs = wordSet(`swap swaps swapped swapping exchange exchanges exchanged exchanging`)

// swapOffObject says whether a swap trigger (swaps) reaches a property that is not the verb's
// object: "the exchange will list its shares on the day its newspapers go on sale" (the stock
// exchange, a noun), "exchanged weather reports with stations along the coast" (the stations
// are whom it exchanged with). Between the verb and the property stand only the property's own
// words: its owner, its network, its number and its market ("exchange its NBC affiliate in
// Omaha", "swap two of its radio stations"); a preposition that names a party or a time, a verb
// or a relative pronoun ends the object before the property.
func swapOffObject(words []string, t trigger) bool {
	if !t.gap || !swapVerbs[words[t.from]] {
		return false
	}
	for k := t.from + 1; k < t.tail; k++ {
		if swapGapStops[words[k]] {
			return true
		}
	}
	return false
}

// swapGapStops end a swap's object before the property named after them.
var swapGapStops = wordSet(`with to on from at by that who will would could can may is are was were has have had
	do does did`)

// perShareNoun says whether a partnership trigger of "share ... costs" or "split ... costs"
// opens on the noun of a per-share figure, not the verb of two companies paying together: "from
// $3.1 million, or 23 cents a share, a year earlier, as interest costs rose" (a results lead,
// whose reason names costs), "a 3-for-2 split, as costs of the listing". A verb of sharing has
// its sharer before it; "a", "per", "each" or a figure before the word make it a noun.
func perShareNoun(words []string, t trigger) bool {
	switch words[t.from] {
	case "share", "shares", "split", "splits":
	default:
		return false
	}
	if t.from == 0 {
		return false
	}
	p := words[t.from-1]
	return perShareBefore[p] || isNumber(p)
}

// perShareBefore make the word after them a noun: a figure's unit or an event named.
var perShareBefore = wordSet(`a an per each the`)

// scheduledOwnReport says whether a guidance trigger "expects to report" names the day the
// company will make its results public, not what they will be: "expects to report its
// fourth-quarter results on Feb 12", "its fourth-quarter results, which the studio expects to
// report next month". As the passive "is expected to report quarterly earnings on Tuesday"
// (scheduledReport), that is a report to come. The results are bare (a period and the noun), and
// a time follows: "expects to report a loss", "expects to report higher earnings" and "expects
// to report results in line with estimates" still tell the outcome.
func scheduledOwnReport(words []string, t trigger) bool {
	if words[t.from] != "expects" || words[t.to-1] != "report" {
		return false
	}
	k := t.to
	if k < len(words) && !reportTimes[words[k]] {
		// The results named after the verb: "report its fourth-quarter results on".
		for k < len(words) && (reportPeriodWords[words[k]] || isYearWord(words[k])) {
			k++
		}
		if k >= len(words) || !bareResults[words[k]] {
			return false
		}
		k++
	} else {
		// The results named before: "results, which the studio expects to report next month".
		named := false
		for j := t.from - 1; j >= 0 && j >= t.from-6; j-- {
			if bareResults[words[j]] {
				named = true
				break
			}
		}
		if !named {
			return false
		}
	}
	return k >= len(words) || reportTimes[words[k]]
}

// reportPeriodWords name the period and owner of results before the noun.
var reportPeriodWords = wordSet(`its the their first second third fourth first-quarter second-quarter third-quarter
	fourth-quarter quarterly annual year-end fiscal full-year quarter year 1st 2nd 3rd 4th qtr - '`)

// bareResults name results without telling them.
var bareResults = wordSet(`results earnings figures`)

// reportTimes open the time of a report: "on Feb 12", "next month", "after the market closes".
var reportTimes = wordSet(`on next later after before within by this tomorrow today monday tuesday wednesday
	thursday friday . ;`)

// isYearWord says whether w is a year of results: "1987", "fiscal 1988".
func isYearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// ventureStake says whether an acquisition trigger told by a stake names a partner's share of a
// venture being formed: "will invest $25 million for a 50 percent stake in the venture", "will
// hold a 49 pct stake in the new joint venture". The venture is the news (a partnership), and
// nobody sells the stake. A stake bought in a venture that exists is told with a verb of buying
// or with its seller ("agreed to buy Ballure's 50 pct stake in the venture", "a stake in the
// partnership from its founder"), and one sold with a verb of selling ("sold its stake in the
// venture"), which stay deals.
func ventureStake(words []string, t trigger, ts []trigger) bool {
	if t.gap || !stakeNounStarts[words[t.from]] {
		return false // "sold its stake in the venture": the verb's own trigger
	}
	k := -1
	for j := t.from; j < len(words) && j <= t.to; j++ {
		if words[j] == "stake" || words[j] == "stakes" {
			k = j
			break
		}
	}
	if k < 0 || k+2 >= len(words) || words[k+1] != "in" {
		return false
	}
	j := k + 2
	for j < len(words) && ventureOpeners[words[j]] {
		j++
	}
	if j >= len(words) || !ventureNouns[words[j]] {
		return false
	}
	for m := j + 1; m < len(words) && !endsClause(words[m]); m++ {
		if words[m] == "from" {
			return false // bought from its holder
		}
	}
	return !slices.ContainsFunc(ts, func(p trigger) bool {
		return p.typ == events.Acquisition && p != t && stakeDealVerbs[words[p.from]]
	})
}

// ventureOpeners stand before a venture's noun: "in the new joint venture".
var ventureOpeners = wordSet(`the a an new proposed planned joint their its`)

// stakeNounStarts open the lexicon's stake phrases told without a verb: "stake in", "its stake",
// "a stake", "pct stake", "percent stake".
var stakeNounStarts = wordSet(`stake stakes its a pct percent`)

// stakeDealVerbs buy or sell a stake that someone holds.
var stakeDealVerbs = wordSet(`buy buys bought buying acquire acquires acquired acquiring purchase purchases
	purchased purchasing sell sells sold selling`)
