package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Events told by what they do for the people they touch (issue 11 §2, news15, from modern14's
// misses): a payout as what holders "will get ... a share for the quarter", a buyback as "taking
// its own shares off the market", a split as "each Acme share will turn into ten", a spin-off as
// the parent that "gave its shareholders one Beta share for every four", a partnership as
// "joining forces", results as what a company "took in" in a period, a closure as the workers it
// leaves "without jobs", a move as shares "trading 9% higher", a suit as investors who "have
// taken Acme to federal court". Each rule starts at its head word (flagged through
// consequenceHeads, so other words cost nothing) and reads its arguments in the same clause.

// holderHeads are the head words of this file's rules.
var holderHeads = unionSets(getVerbs, offMarketVerbs, eachWords15, gaveVerbs, wordSet(`forces separation
	split-off under leaving leave leaves trading court`))

// holderNews returns the event a rule of this file finds starting at word i, if any.
func holderNews(words []string, i int) (trigger, bool) {
	w := words[i]
	end, typ := 0, events.Type("")
	switch {
	case getVerbs[w]:
		end, typ = payoutToHolders(words, i), events.Dividend
	case offMarketVerbs[w]:
		end, typ = ownSharesOffMarket(words, i), events.Buyback
		if end <= 0 && w != "taken" {
			end, typ = takenInPeriod(words, i), events.Earnings
		}
	case eachWords15[w]:
		end, typ = namedShareBecomes(words, i), events.Split
	case gaveVerbs[w]:
		end, typ = newSharesGiven(words, i), events.Acquisition
	case w == "forces":
		end, typ = forcesJoined(words, i), events.Partnership
	case w == "separation" || w == "split-off":
		end, typ = armSeparated(words, i), events.Acquisition
	case w == "leaving" || w == "leave" || w == "leaves":
		end, typ = leftWithoutJobs(words, i), events.Restructuring
	case w == "trading":
		end, typ = tradingAtChange(words, i), events.PriceMove
	case w == "under":
		end, typ = workUnderAward(words, i), events.Contract
	case w == "court":
		end, typ = takenToCourt(words, i), events.Legal
	}
	if end <= 0 {
		return trigger{}, false
	}
	from := i
	if typ == events.Split {
		// The trigger starts after the name, so that "each Nvidia share" has Nvidia as its subject.
		from = slices.Index(words[i:end], "share") + i
	}
	return trigger{typ: typ, from: from, to: end, verbal: true}, true
}

var (
	getVerbs       = wordSet(`get gets receive receives`)
	holderNouns    = wordSet(`shareholders stockholders holders investors unitholders owners`)
	payoutPeriods  = wordSet(`quarter quarterly month monthly year annual half-year semiannual`)
	offMarketVerbs = wordSet(`take takes took taking taken pull pulls pulled pulling remove removes removed removing`)
	eachWords15    = wordSet(`each every`)
	gaveVerbs      = wordSet(`gave give gives giving handed distributed distributes`)
)

// payoutToHolders returns the end of a payout told as what holders get: "shareholders will get
// 54 cents a share for the quarter", "holders of its stock will receive $1.10 a share for the
// second quarter". Holders come within the four words before the verb, an amount a share
// follows it, and a period of payment closes the clause; "shareholders will get $52 a share in
// cash" is a buyer's price, and "customers will get 20 cents a gallon off" no one's payout.
func payoutToHolders(words []string, i int) int {
	holders := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if holderNouns[words[k]] {
			holders = true
			break
		}
		if gapStops[words[k]] {
			break
		}
	}
	if !holders {
		return 0
	}
	end := clauseEndFrom(words, i+1, 12)
	if !perShareWithin(words, i, end) {
		return 0
	}
	for k := i + 1; k < end; k++ {
		if payoutPeriods[words[k]] {
			return k + 1
		}
	}
	return 0
}

// clauseEndFrom is the end of the clause starting at from, at most n words on.
func clauseEndFrom(words []string, from, n int) int {
	k := from
	for ; k < len(words) && k < from+n; k++ {
		if words[k] == ";" || words[k] == "." || words[k] == "but" {
			break
		}
	}
	return k
}

// ownSharesOffMarket returns the end of a buyback told as shares taken out of circulation:
// "taking its own shares off the market", "pulled its own stock from the market". The shares are
// the company's own ("its talc powder off the market" is a recall, left to the product rules).
func ownSharesOffMarket(words []string, i int) int {
	k := i + 1
	if k >= len(words) || !possessives[words[k]] {
		return 0
	}
	k++
	if k < len(words) && words[k] == "own" {
		k++
	}
	if k >= len(words) || words[k] != "shares" && words[k] != "stock" {
		return 0
	}
	k++
	if k+2 < len(words) && (words[k] == "off" || words[k] == "from") && words[k+1] == "the" && words[k+2] == "market" {
		return k + 3
	}
	return 0
}

// namedShareBecomes returns the end of a split told as what one named share becomes: "each
// Nvidia share will turn into ten", "every Acme share will be turned into 50". Up to three words
// of a name stand between "each" and "share" (eachShareBecomes reads the unnamed form); a count,
// not a company's shares ("into 1.2 shares of Beta", a merger's exchange), follows "into".
func namedShareBecomes(words []string, i int) int {
	k := i + 2
	for ; k < len(words) && k <= i+4; k++ {
		if words[k] == "share" {
			break
		}
		if gapStops[words[k]] || isNumber(words[k]) {
			return 0
		}
	}
	if k >= len(words) || words[k] != "share" || k == i+1 {
		return 0
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if words[j] != "turn" && words[j] != "turns" && words[j] != "turned" && words[j] != "become" && words[j] != "becomes" {
			continue
		}
		n := j + 1
		if n < len(words) && words[n] == "into" {
			n++
		}
		if n < len(words) && (isNumber(words[n]) || numberWords[words[n]] && words[n] != "one" && words[n] != "same") {
			if n+1 < len(words) && (words[n+1] == "shares" || words[n+1] == "of") {
				return 0
			}
			return n + 1
		}
		return 0
	}
	return 0
}

// newSharesGiven returns the end of a spin-off told as the parent handing its holders the new
// company's shares: "gave its shareholders one Vernova share for every four GE shares". A
// count of shares "for every" or "for each" held follows the holders within ten words.
func newSharesGiven(words []string, i int) int {
	k := i + 1
	if k < len(words) && possessives[words[k]] {
		k++
	}
	if k >= len(words) || !holderNouns[words[k]] {
		return 0
	}
	for j := k + 1; j+1 < len(words) && j <= k+10; j++ {
		if gapStops[words[j]] {
			return 0
		}
		if words[j] == "for" && (words[j+1] == "every" || words[j+1] == "each") && (words[j-1] == "share" || words[j-1] == "shares" || j > 1 && words[j-2] == "share") {
			if ownNewShares(words, j, extraOwnShares) {
				return 0 // "give holders one additional share for every three they hold": a split
			}
			return j + 2
		}
	}
	return 0
}

// ownNewShares says whether the shares before "for" at j are the company's own new stock, by a
// word of more of it right before them: "one additional share", "one new common share". A
// spin-off names the new company there ("one Vernova share"), or calls its shares "new" ("gave
// its shareholders one new share for every four they held"), so given shares need a word of more
// of the same stock (extraOwnShares); bought ones may be "new" (rightsToBuy).
func ownNewShares(words []string, j int, set map[string]bool) bool {
	k := j - 1
	if k > 0 && (words[k] == "share" || words[k] == "shares") {
		k--
	}
	if k > 0 && (words[k] == "common" || words[k] == "ordinary") {
		k--
	}
	return set[words[k]]
}

var (
	// newShareWords tell shares sold as the company's own new stock.
	newShareWords = wordSet(`new additional extra more bonus`)
	// extraOwnShares tell shares handed out as more of the company's own stock.
	extraOwnShares = wordSet(`additional extra more bonus`)
)

// forcesJoined returns the end of a partnership told as "joining forces on", "will join forces
// with". Whether the joiners are companies is left to linking: a partnership without one is
// dropped as no company's event.
func forcesJoined(words []string, i int) int {
	if i == 0 || i+1 >= len(words) {
		return 0
	}
	switch words[i-1] {
	case "join", "joins", "joined", "joining":
	default:
		return 0
	}
	switch words[i+1] {
	case "on", "with", "to", "in", "for":
		return i + 2
	}
	return 0
}

// armSeparated returns the end of a break-up told by its noun: "the separation of its consumer
// health arm", "split-off of its health care unit". A unit of the company follows "of" within
// six words ("separation of powers", "a split-off of votes" are none).
func armSeparated(words []string, i int) int {
	if i+1 >= len(words) || words[i+1] != "of" {
		return 0
	}
	for k := i + 2; k < len(words) && k <= i+8; k++ {
		if unitNouns15[words[k]] {
			return k + 1
		}
		if gapStops[words[k]] {
			return 0
		}
	}
	return 0
}

var unitNouns15 = wordSet(`arm arms unit units business businesses division divisions segment segments subsidiary`)

// takenInPeriod returns the end of results told as what a company "took in": "took in $12.6
// billion in the quarter", "took in $2.2 billion during the three months to April". An amount
// follows "in" at once and a period of results closes the clause ("took in $2 million in
// donations last year" is no period of results: "year" alone is not enough).
func takenInPeriod(words []string, i int) int {
	if i+2 >= len(words) || words[i+1] != "in" || !amountWithin(words, i+2, min(i+5, len(words))) {
		return 0
	}
	end := clauseEndFrom(words, i+2, 14)
	for k := i + 3; k < end; k++ {
		switch words[k] {
		case "quarter", "months", "half", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter":
			return k + 1
		case "donations", "fees", "tax", "taxes", "refugees", "visitors":
			return 0
		}
	}
	return 0
}

// leftWithoutJobs returns the end of a closure told by the staff it leaves: "leaving about 650
// workers without jobs", "will leave some 800 employees out of work". A count of staff follows
// the verb within three words, then their loss of work ("without power" is none).
func leftWithoutJobs(words []string, i int) int {
	k := i + 1
	for ; k < len(words) && k <= i+3; k++ {
		if isNumber(words[k]) {
			break
		}
	}
	if k >= len(words) || !isNumber(words[k]) {
		return 0
	}
	k++
	if k < len(words) && (words[k] == "of" || words[k] == "full-time") {
		k++
	}
	if k >= len(words) || !staffNouns[words[k]] {
		return 0
	}
	k++
	if k+1 < len(words) && words[k] == "without" && (words[k+1] == "jobs" || words[k+1] == "work" || words[k+1] == "a") {
		return k + 2
	}
	if k+2 < len(words) && words[k] == "out" && words[k+1] == "of" && (words[k+2] == "work" || words[k+2] == "jobs") {
		return k + 3
	}
	if k < len(words) && (words[k] == "jobless" || words[k] == "unemployed") {
		return k + 1
	}
	return 0
}

// tradingAtChange returns the end of a move told by where the stock trades: "shares were trading
// 9.3% higher", "the stock was trading 4 percent lower". A percentage and a direction follow at
// once ("trading in a narrow range" is none).
func tradingAtChange(words []string, i int) int {
	if i == 0 || !beVerbs15[words[i-1]] {
		return 0
	}
	k := i + 1
	if k < len(words) && (words[k] == "about" || words[k] == "nearly" || words[k] == "almost" || words[k] == "roughly") {
		k++
	}
	if k >= len(words) || !isNumber(words[k]) {
		return 0
	}
	k++
	if k < len(words) && percentWord(words[k]) {
		k++
	} else {
		return 0
	}
	if k < len(words) && (words[k] == "higher" || words[k] == "lower" || words[k] == "up" || words[k] == "down") {
		return k + 1
	}
	return 0
}

var beVerbs15 = wordSet(`was were is are been`)

// takenToCourt returns the end of a suit told as "have taken Acme to federal court", "took the
// company to court". A take verb stands within six words before "to", with at most one word of
// court ("federal", "state") between; "bankruptcy court" is the bankruptcy rules'.
func takenToCourt(words []string, i int) int {
	k := i - 1
	if k >= 0 && (words[k] == "federal" || words[k] == "state" || words[k] == "district" || words[k] == "appeals") {
		k--
	}
	if k < 0 || words[k] != "to" {
		return 0
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch words[j] {
		case "taken", "took", "take", "takes", "taking", "dragged", "drag", "drags", "hauled", "haul":
			return i + 1
		}
		if gapStops[words[j]] {
			return 0
		}
	}
	return 0
}

var (
	workVerbs15 = wordSet(`build builds building supply supplies supplying deliver delivers delivering provide
		provides providing make makes making maintain maintains operate operates`)
	awardNouns15 = wordSet(`award contract order agreement deal`)
)

// workUnderAward returns the end of a contract told as work done for a buyer under an award:
// "will build six frigates for the Navy under a $2.4 billion award", "will deliver 15 planes to
// the Air Force under a $2.3 billion order", "will supply Acme with cans under a three-year
// agreement". A verb of work with a buyer ("for" or "to") stands
// before "under" in its clause, and the award carries an amount or a term ("a five-year
// agreement"); "will build a park for the town under a state award" has neither.
func workUnderAward(words []string, i int) int {
	if i+1 >= len(words) || words[i+1] != "a" && words[i+1] != "an" {
		return 0
	}
	end := 0
	for k := i + 2; k < len(words) && k <= i+8; k++ {
		if awardNouns15[words[k]] {
			end = k + 1
			break
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	if end == 0 || !amountWithin(words, i+2, end) && !termWithin(words, i+2, end) {
		return 0
	}
	buyer := false
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if words[k] == "." && k > 0 && len(words[k-1]) == 1 {
			continue // "U.S.", tokenized "u . s ."
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
		if words[k] == "for" || words[k] == "to" || words[k] == "with" {
			buyer = true
		}
		if workVerbs15[words[k]] {
			if buyer {
				return end
			}
			return 0
		}
	}
	return 0
}

// termWithin says whether a term of years stands in [from, to): "a five-year agreement".
func termWithin(words []string, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.HasSuffix(words[k], "-year") {
			return true
		}
	}
	return false
}
