package extract

import "github.com/eventline/eventline/data/events"

// Rules written for the modern58 batch (industrials and business services): see README.md's
// News67 paragraph.

// headlineRated says whether a rating change spanning a gap names its stock by a bare noun right
// after the verb, the way a headline drops the article: "JPMorgan cuts stock to underweight",
// "Citi raises shares to buy", "Barclays lifts toolmaker to overweight". The stock is then the
// company the sentence named before the broker, as with "cuts the stock to neutral"; a name in
// the gap ("cuts Deere to neutral") is the rated company itself and needs no help.
func headlineRated(words []string, t trigger) bool {
	if !t.gap || t.from+2 >= len(words) || words[t.from+2] != "to" {
		return false
	}
	w := words[t.from+1]
	return w == "stock" || w == "shares" || companyDescriptors[w]
}

// describedFirm says whether "the" at word k opens "the" with one to three plain words and then
// "company" or "firm", a description of the company just named: "downgraded the factory
// automation company to underweight", "raised its target on the engineering firm". Bare "the
// company" is ratesTheStock's own; a name or a comma inside ends the description.
func describedFirm(w []string, k int) bool {
	if w[k] != "the" {
		return false
	}
	for j := k + 1; j < len(w) && j <= k+4; j++ {
		if w[j] == "company" || w[j] == "firm" {
			return j > k+1
		}
		if !isWord(w[j]) || describedStops[w[j]] {
			return false
		}
	}
	return false
}

// describedStops end a description before its noun: "the stock and the company", "the rival of
// the company" are two things, not one company described.
var describedStops = wordSet(`and or of to from with by for at on in as than`)

// premiumLater says whether the sentence goes on, a few words past the clause of a price paid per
// share, to measure that price as a premium ("will pay $22.50 a share, the companies said in a
// statement Tuesday, a premium of about 20% to Friday's close"): a buyer's price for shares, not
// a payout, though the attribution between keeps the cue out of the clause. A payout's sentence
// has no premium ("will pay 25 cents a share on March 3, the company said").
func premiumLater(words []string, to int) bool {
	for k := to; k < len(words) && k < to+16; k++ {
		if words[k] == "premium" {
			return true
		}
	}
	return false
}

// closeOnDay says whether the date at tokens [from, to) follows a closing price it is the day of,
// told after the noun rather than as a possessive before it: "a premium of 14% to AspenTech's
// closing price on Monday", "above the stock's close on Friday", "the closing level last
// Wednesday". The deal or buyback is told the day of the news, not the day of the price; the verb
// "close" ("the deal is expected to close on Friday") is no price, as its word before is no
// possessive or determiner.
func closeOnDay(words []string, from int) bool {
	k := from - 1
	if k >= 0 && words[k] == "on" {
		k--
	}
	if k < 1 {
		return false
	}
	switch words[k] {
	case "price", "level":
		return words[k-1] == "closing" && measuredAgainst(words, k)
	case "close", "finish":
		// "the stock's close": the possessive is tokenized apart ("stock", "'", "s").
		return (words[k-1] == "s" && k >= 2 && (words[k-2] == "'" || words[k-2] == "’") ||
			words[k-1] == "the" || words[k-1] == "its" || words[k-1] == "their") && measuredAgainst(words, k)
	}
	return false
}

// measuredAgainst says whether a word of putting a price against another ("to", "over",
// "above") comes a few words before the closing price at k, in the same clause: "a premium of
// 14% to AspenTech's closing price". A session told by its close ("announced increases after the
// close on Friday") is when the news came, and keeps its day.
func measuredAgainst(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if words[j] == "," || endsClause(words[j]) {
			return false
		}
		if referenceWords[words[j]] {
			return true
		}
	}
	return false
}

// joinsRanks says whether partnership trigger t, "joins" or "joined", puts its subject in a class
// of companies by what they did, not with a partner: "joins a line of U.S. conglomerates that have
// broken themselves up", "joined a growing list of retailers that have cut prices", "joins the
// ranks of companies". A consortium or group of firms joined ("joined a consortium of banks") is a
// venture all the same.
func joinsRanks(words []string, t trigger) bool {
	k := t.to
	if k < len(words) && (words[k] == "a" || words[k] == "an" || words[k] == "the") {
		k++
	}
	for end := k + 3; k < len(words) && k < end; k++ {
		if classNouns[words[k]] {
			return k+1 < len(words) && words[k+1] == "of"
		}
		if !isWord(words[k]) || endsClause(words[k]) {
			return false
		}
	}
	return false
}

// classNouns count companies alike in what they did: "a line of", "the ranks of", "a growing list
// of".
var classNouns = wordSet(`list line string ranks wave host number parade chorus crowd club roster litany
	slew spate series`)

// news67Misread says whether trigger t tells no event of its type (misread's hook): orders told
// by their level or its change are demand, no order won (ordersLevel).
func news67Misread(s *sentence, t trigger) bool {
	return t.typ == events.Contract && s.ordersLevel(t)
}

// ordersLevel says whether a contract trigger at "orders" is the subject of a verb of level or
// change a few words on, past what describes them: "orders from truck makers remained soft",
// "Orders at Tarvin fell 8%", "orders from machine builders and distributors were likely to stay
// weak". That is demand, as "weaker orders" (demandOrders) and "a slowdown in orders"
// (measuredOrders) are; orders won or placed ("won orders from two railroads", "orders for 40
// engines were signed") are orders, and a relative clause ("orders from airlines that rose")
// tells something else.
func (s *sentence) ordersLevel(t trigger) bool {
	w := s.words
	if w[t.from] != "orders" || t.from > 0 && orderTakers[w[t.from-1]] {
		return false
	}
	for k := t.from + 1; k < len(w) && k <= t.from+10; k++ {
		if w[k] == "," || w[k] == ";" || w[k] == "." || w[k] == "that" || w[k] == "who" || clauseBreaks[w[k]] {
			return false
		}
		if orderLevelVerbs[w[k]] && !s.companyAt(k) {
			return true
		}
	}
	return false
}

// orderTakers win or place orders: the orders after them are orders, whatever follows.
var orderTakers = wordSet(`won wins win winning received receives receive booked books book placed places place
	secured secures landed lands got gets took takes`)

// orderLevelVerbs tell the level of a flow or its change.
var orderLevelVerbs = wordSet(`remain remains remained stay stays stayed fell fall falls rose rise rises slowed
	slows dropped drops declined declines weakened weakens improved improves grew grows jumped slumped softened
	eased recovered rebounded climbed surged plunged tumbled increased decreased doubled halved lagged`)
