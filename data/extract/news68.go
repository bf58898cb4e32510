package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from modern59, a first-seen batch of one earnings season's stories: upgrades that are
// shoppers' new phones, the Dow as the index in a market wrap, a move told by a verb that lifts
// or drags the stock, goods shipped counted by a comparison, a new officer named by the title and
// the name of someone already at work, and brokers' ratings counted with "rate ... buy".

// news68Misread says whether trigger t of sentence s is one of this file's misreads: a
// shoppers' upgrade read as a broker's (shoppersUpgrade), or a new officer named as the subject
// of the officer's own work (newOfficerNamedActing), or brokers' ratings counted read as a
// purchase (ratedBuy).
func news68Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Analyst:
		return shoppersUpgrade(s.words, t)
	case events.Executive:
		return newOfficerNamedActing(s, t)
	case events.Acquisition:
		return ratedBuy(s.words, t)
	}
	return false
}

// shoppersUpgrade says whether the one-word analyst trigger t ("upgrade", "upgrades") is the
// noun of customers replacing their goods: a noun after it that makes it a kind or a pace of
// replacing ("an iPhone upgrade cycle", "upgrade rates", "the upgrade supercycle"), or the
// plural as the subject of a verb of change ("as phone upgrades slow", "upgrades fell 10%"). A
// broker's upgrade takes a company or a stock after its verb ("upgrades Verizon", "upgrades the
// stock") or stands as a noun before a comma or a preposition ("after the upgrade, shares
// rose"), and is never the subject of a verb of pace.
func shoppersUpgrade(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to >= len(w) || !upgradeNouns[w[t.from]] {
		return false
	}
	next := w[t.to]
	switch w[t.from] {
	case "upgrade", "downgrade":
		return replacementKinds[next]
	}
	return paceVerbs[next]
}

// replacementKinds after the singular noun make it a kind or a pace of customers' replacing.
var replacementKinds = wordSet(`cycle cycles supercycle supercycles rate rates pace wave waves season
	path paths program programs offer offers fee fees demand`)

// paceVerbs tell a count going one way: "upgrades slow", "upgrades slowed", "upgrades rose".
var paceVerbs = wordSet(`slow slows slowed slowing fell fall falls rose rise rises dropped drop drops
	declined decline declines picked pick picks weakened weaken weakens accelerated accelerate accelerates
	stalled stall stalls lagged lag lags slumped slump slumps jumped surged increased decreased eased ease
	eases remained remain remains stayed`)

// newOfficerNamedActing says whether the executive trigger t, a new officer ("new chief
// executive", "new ceo") followed by a person's name, is the subject of the officer's own work:
// "as new Chief Executive Brian Niccol works on a plan", "New CEO Jane Doe has begun to cut
// costs", "while new CEO Ana Ruiz seeks savings". The officer is already in the post; the change
// is no news of the sentence (as newOfficerClause reads the officer named without a name). The
// change is news where the name comes with a verb of taking over or of being named: "new CEO Jane
// Doe takes over on Monday", "new CEO Jane Doe was named on Friday", and "named Jane Doe as
// its new chief executive" has no name after the trigger.
func newOfficerNamedActing(s *sentence, t trigger) bool {
	w := s.words
	if s.caps || w[t.from] != "new" || t.to >= len(w) {
		return false
	}
	k := t.to
	for k < len(w) && k < t.to+3 && startsUpper(s.toks[k].text) && isWord(w[k]) && !s.inTimex[k] {
		k++
	}
	if k == t.to || k >= len(w) {
		return false
	}
	v := w[k]
	if v == "has" && k+1 < len(w) {
		v = w[k+1] // "has begun", "has started"
	}
	return officerPreparing[v] || officerStarting[v] || officerActs[v] && v != "takes" && v != "took"
}

// officerStarting are the verbs of an officer at work beyond officerActs and officerPreparing:
// "has begun to simplify the menu", "started a review".
var officerStarting = wordSet(`begun began begins started starts launched launches cut cuts`)

// dowIndexMove says whether the name from token start, ending before token k, is the Dow Jones
// index moving in a story of the market, as marketIndexMove reads the Nasdaq: "the Dow lost
// 2.7%", "The S&P 500 fell 1% and Dow dropped 0.9%". The bare name right before a verb of a
// move is the index's after "the", or in a sentence that names stocks, Wall Street or another
// index; "Dow fell 4% after the chemical maker cut its dividend" is Dow Inc's own move.
func dowIndexMove(words []string, start, k int) bool {
	if start < 0 || start >= len(words) || words[start] != "dow" || k != start+1 || k >= len(words) || !indexMoves[words[k]] {
		return false
	}
	if start > 0 && words[start-1] == "the" {
		return true
	}
	for j, w := range words {
		if j != start && (sessionMarkets[w] && w != "dow" || w == "nasdaq" || w == "&" && j > 0 && words[j-1] == "s") {
			return true
		}
	}
	return false
}

// movedSharesAt returns a price-move trigger for a verb that moves the stock told with the size of
// the move after it, at words[i], "shares" or "stock": "lifting its shares 7% in extended
// trading", "dragging the retailer's stock down 9%", "boosted the shares by about 4%", "sending
// its shares 7% higher". The news before is the move's cause, as movedBy reads "sent the shares
// up". Lifting, boosting and buoying tell the way; sending, pushing, driving and knocking need
// "higher", "lower", "up" or "down" after the size. Without a size the verb moves something else
// ("lifting its shares outstanding to 1.2 billion", "boosting its share count").
func movedSharesAt(words []string, i int) (trigger, bool) {
	v := -1
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := words[k]
		if movingVerbs[w] || aimedVerbs[w] {
			v = k
			break
		}
		if !isWord(w) && !possessiveWord(w) {
			return trigger{}, false
		}
	}
	if v < 0 {
		return trigger{}, false
	}
	k := i + 1
	if k < len(words) && (words[k] == "down" || words[k] == "up") {
		k++ // "dragging the stock down 9%"
	}
	if k < len(words) && words[k] == "by" {
		k++
	}
	k += countHedge(words, k)
	if k+1 >= len(words) || !isNumber(words[k]) || words[k+1] != "%" && words[k+1] != "percent" && words[k+1] != "pct" {
		return trigger{}, false
	}
	end := k + 2
	if aimedVerbs[words[v]] {
		if end >= len(words) || !moveWays[words[end]] {
			return trigger{}, false
		}
		end++
	}
	return trigger{typ: events.PriceMove, from: v, to: end, verbal: true}, true
}

// movingVerbs move a stock in the way their meaning tells.
var movingVerbs = wordSet(`lift lifts lifted lifting boost boosts boosted boosting buoy buoys buoyed buoying
	drag drags dragged dragging sink sinks sank sinking`)

// aimedVerbs move a stock the way a word after the size tells: "sending its shares 7% higher".
var aimedVerbs = wordSet(`send sends sent sending push pushes pushed pushing drive drives drove driving knock
	knocks knocked knocking`)

// moveWays tell the way an aimed verb moved the stock.
var moveWays = wordSet(`higher lower up down`)

// possessiveWord says whether w is a possessive's mark or a word with it: "'s", "chipmaker's".
func possessiveWord(w string) bool {
	return w == "'" || w == "’" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// evenAs says whether words[k] opens a concession with "even as" or "even though", which
// coordinates a second fact as "though" does (concessives): "lifting its shares 7%, even as the
// chipmaker swung to a record loss" tells the move and the loss. "Even if" supposes, and tells
// nothing.
func evenAs(words []string, k int) bool {
	return words[k] == "even" && k+1 < len(words) && (words[k+1] == "as" || words[k+1] == "though" || words[k+1] == "while")
}

// shareOfCount returns how many words at k tell a count of goods as a share more or fewer than a
// past one, 0 for none: "a third fewer", "a quarter more". "shipped about a third fewer bikes to
// dealers in the third quarter" counts the period's goods as "shipped 26,000 bikes" does
// (outputCounted); a percentage ("20% fewer") is a number already.
func shareOfCount(words []string, k int) int {
	if k+2 < len(words) && (words[k] == "a" || words[k] == "one") && countShares[words[k+1]] && countComparisons[words[k+2]] {
		return 3
	}
	return 0
}

// countShares are the shares of a count a comparison takes: "a third fewer".
var countShares = wordSet(`third quarter fifth tenth`)

// countComparisons compare a count with a past one.
var countComparisons = wordSet(`fewer more less`)

// tradeChannel says whether the words at k, after "to", are the trade goods are shipped to,
// which a count of goods may name before its period: "shipped 26,000 motorcycles to dealers in
// the quarter", "to its retailers". A deal's "to" names a buyer ("sold 40 stores to a rival").
func tradeChannel(words []string, k int) bool {
	if k < len(words) && (possessives[words[k]] || words[k] == "the") {
		k++
	}
	return k < len(words) && channelNouns[words[k]]
}

// channelNouns are who a maker ships its goods to in the course of trade.
var channelNouns = wordSet(`dealers dealerships retailers distributors wholesalers customers`)

// ratedBuy says whether the acquisition trigger t, the bare word "buy", is a broker's rating
// after a form of "rate" and its object: "15 now rate it buy or higher", "two analysts rate
// Enphase shares buy", "rated the stock a buy". Analysts' ratings counted are no purchase and no
// rating action either. The rating ends its clause or a list of ratings ("buy or higher", "buy,
// hold"); "rate cuts that let buyers buy homes" has no rating's end after "buy".
func ratedBuy(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "buy" {
		return false
	}
	if t.to < len(w) && !ratingEnds[w[t.to]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch {
		case rateForms[w[k]]:
			return true
		case w[k] == "," || w[k] == ";" || clauseBreaks[w[k]]:
			return false
		}
	}
	return false
}

// rateForms are the verb a broker's rating follows.
var rateForms = wordSet(`rate rates rated rating`)

// ratingEnds may follow a rating: the clause's end or a list of ratings.
var ratingEnds = wordSet(`. , ; or and rating ratings`)
