package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Frames: events told with a head word of a family rather than the word a list holds (issue 11
// §2, news10). News varies the head of an event's phrase more than its arguments: a bid is an
// "offer", an "approach", a "proposal" or an "overture", and what makes it a bid is the price
// per share or "to take the company private" beside it; a buyback is shares bought, soaked up,
// mopped up or retired, and what makes it one is that they are the company's "own" shares or
// bought "from the market". So each frame below is a class of head words (a new synonym is one
// word in a class) and one test of arguments, in the head's clause. The head words are flagged in
// the trigger tables' interned words (lexids.go), so a sentence's other words cost nothing.
//
// frameLexicon holds the few frames that are fixed phrases, matched like the trigger lexicon's.
var frameLexicon = map[events.Type][]string{
	// A listing told as a "bow": "soars in stock market bow", "Nasdaq bow".
	events.IPO: {"market bow", "trading bow", "nasdaq bow", "nyse bow", "exchange bow"},
	// A succession told as the helm or the reins taken.
	events.Executive: join(
		verb("take the helm", "takes the helm", "took the helm", "taking the helm", "taken the helm"),
		verb("take the reins", "takes the reins", "took the reins", "taking the reins", "taken the reins"),
		verb("take over the reins", "takes over the reins", "took over the reins", "taking over the reins"),
		verb("hand the reins", "hands the reins", "handed the reins", "handing the reins"),
		handovers()), // news103.go
	// A company's word on its results to come, told with a verb of expecting the lexicon's
	// "expect ... earnings" lacks: "now anticipates full-year adjusted earnings of $2.40 to $2.60".
	events.Guidance: expecting(anticipateForms, foreseeForms),
	// A company shielded from its lenders: "seeks shelter from lenders", "protection from its lenders".
	events.Bankruptcy: {"shelter from lenders", "shelter from its lenders", "shelter from creditors",
		"shelter from its creditors", "protection from lenders", "protection from its lenders",
		"protection from bondholders", "protection from its bondholders"},
}

var (
	anticipateForms = []string{"anticipate", "anticipates", "anticipated", "anticipating"}
	foreseeForms    = []string{"foresee", "foresees", "foresaw", "foreseeing"}
	// expectingVerbs are those verbs, which said of analysts are their forecast (othersExpect).
	expectingVerbs = wordSet(strings.Join(slices.Concat(anticipateForms, foreseeForms), " "))
)

// resultObjects are the results a company expects.
var resultObjects = []string{"earnings", "profit", "net", "revenue", "revenues", "sales", "loss"}

// expecting lists "V ... R" for each verb family of expecting (base, third person, past, gerund)
// and each result R.
func expecting(families ...[]string) []string {
	var out []string
	for _, f := range families {
		for _, r := range resultObjects {
			forms := make([]string, len(f))
			for i, v := range f {
				forms[i] = v + " ... " + r
			}
			out = append(out, verb(forms...)...)
		}
	}
	return out
}

// frameHeads are the words a frame of frameAt starts at.
var frameHeads = unionSets(bidNouns, takeVerbs, ownSharesVerbs, eachWords, poolVerbs, promoteVerbs, freezeVerbs,
	cutRoleVerbs, endingParticles, reductionVerbs, settleHeads, openedWords, approvalVerbs, medicines, leaveNouns,
	underHeads, choiceHeads, startVerbs, grantVerbs, memberCountVerbs, costCutVerbs, joinVerbs, sellVerbs, closeVerbs, winVerbs, deathVerbs,
	relativeMoveVerbs, outputVerbs, countOrderVerbs, delayVerbs, rightsNouns, customerDealVerbs, forecastHeads, pursueHeads) // news61.go: delayVerbs, rightsNouns; news75.go: customerDealVerbs, forecastHeads; lead14.go: pursueHeads

var (
	// bidNouns are the nouns an offer for a company is told by; "offer" and "bid" have phrases of
	// their own too ("tender offer", "takeover bid"), which keep deciding the sentences they meet.
	bidNouns = wordSet(`approach approaches proposal proposals offer offers bid bids overture overtures`)
	// takeVerbs take a company private.
	takeVerbs = wordSet(`take takes took taking taken`)
	// ownSharesVerbs take shares off the market.
	ownSharesVerbs = wordSet(`soak soaks soaked soaking mop mops mopped mopping scoop scoops scooped scooping
		hoover hoovers hoovered hoovering retire retires retired retiring absorb absorbs absorbed absorbing
		buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired acquiring`)
	eachWords = wordSet(`each every`)
	// poolVerbs put two companies' means together.
	poolVerbs = wordSet(`pool pools pooled pooling combine combines combining share sharing`)
	// pooledMeans are what partners pool.
	pooledMeans = wordSet(`engineers engineering patents resources technology technologies research expertise
		know-how platforms factories plants designs talent teams networks r&d laboratories labs`)
	promoteVerbs = wordSet(`promote promotes promoted promoting elevate elevates elevated elevating tap taps
		tapped tapping name names named naming appoint appoints appointed appointing pick picks picked
		picking choose chooses chose chosen select selects selected install installs installed`)
	topPosts    = wordSet(`job role post spot position seat`)
	freezeVerbs = wordSet(`freeze freezes froze frozen freezing halt halts halted halting stay stays stayed
		pause pauses paused suspend suspends suspended`)
	pursuitNouns = wordSet(`claims lawsuits suits collection collections actions`)
	creditorNoun = wordSet(`lenders creditors bondholders noteholders`)
	// cutRoleVerbs end jobs; a count of roles after them is a restructuring.
	cutRoleVerbs = wordSet(`axe axes axed axing shed sheds shedding eliminate eliminates eliminated eliminating
		slash slashes slashed slashing scrap scraps scrapped scrapping remove removes removed removing
		cut cuts cutting`)
	roleNouns = wordSet(`roles positions posts jobs workers employees staff staffers people`)
	// settleHeads pay to end a quarrel.
	settleHeads = wordSet(`payout payouts payment payments pay pays paid paying`)
	endVerbs    = wordSet(`end ends resolve resolves settle settles close closes`)
	quarrels    = wordSet(`claims claim lawsuit lawsuits suit suits allegations charges litigation case cases
		probe investigation investigations dispute disputes`)
	openedWords = wordSet(`opened opens`)
	// approvalVerbs are a regulator's yes; "signed" counts with "off on" after it.
	approvalVerbs = wordSet(`approved approves approve cleared clears clear authorized authorizes authorised
		authorises endorsed endorses signed signs`)
	// drugRegulators are the agencies that approve medicines and devices, as the subject before
	// their verb of approval.
	drugRegulators = wordSet(`fda ema mhra`)
	// medicines are the products a regulator approves for sale.
	medicines = wordSet(`pill pills tablet tablets drug drugs treatment treatments vaccine vaccines therapy
		therapies medicine medicines medication device devices implant implants jab injection inhaler`)
	// medicineModified are nouns a medicine word modifies, where it names a trade, not a product.
	medicineModified = wordSet(`unit units business businesses division arm maker makers company companies
		advertising prices pricing plant plants factory distributors distributor rules sales patents industry`)
	// leaveNouns are a buyer's go-ahead to a supplier.
	leaveNouns = wordSet(`light go-ahead nod`)
	// orderNouns make a go-ahead to build business won.
	orderNouns = wordSet(`order orders contract contracts deal`)
)

// frame is a class of head words and the test of the words around a head that makes it tell an
// event: args returns the end of the trigger, 0 for none. A head that is a noun ("approach",
// "payout") does not read as its clause's verb.
type frame struct {
	heads map[string]bool
	typ   events.Type
	args  func(words []string, i int) int
	nouns map[string]bool
}

// frames in the order they are tried: the first that holds at a head gives its event.
var frames = []frame{
	{bidNouns, events.Acquisition, bidAt, bidNouns},
	{takeVerbs, events.Acquisition, takenPrivate, nil},
	{ownSharesVerbs, events.Buyback, ownSharesVerb, nil},
	{eachWords, events.Split, eachShareBecomes, nil},
	{poolVerbs, events.Partnership, meansPooled, nil},
	{promoteVerbs, events.Executive, toTopPost, nil},
	{promoteVerbs, events.Executive, chosenToLead, nil}, // longform.go
	{joinVerbs, events.Partnership, joinedInPact, nil},  // longform.go
	{freezeVerbs, events.Bankruptcy, creditorsFrozen, nil},
	{cutRoleVerbs, events.Restructuring, rolesCut, nil},
	{endingParticles, events.Restructuring, rolesEnded, nil}, // endphrasals.go
	{reductionVerbs, events.Restructuring, workForceCut, nil},
	{costCutVerbs, events.Restructuring, costsCut, nil}, // costcuts.go
	{settleHeads, events.Legal, paidToSettle, wordSet(`payout payouts payment payments`)},
	{settleHeads, events.Acquisition, paidForBusiness, wordSet(`payout payouts payment payments`)},
	{approvalVerbs, events.Product, medicineApproved, nil},
	{medicines, events.Product, medicineCleared, nil},
	{leaveNouns, events.Contract, leaveToSupply, nil},
	{openedWords, events.IPO, listingOpened, nil},
	{underHeads, events.Contract, underPricedDeal, nil}, // supplydeals.go
	{choiceHeads, events.Contract, chosenForSum, nil},   // supplydeals.go
	{startVerbs, events.Product, salesStarted, nil},     // salesstarts.go
	{grantVerbs, events.Product, approvalGranted, nil},
	{memberCountVerbs, events.Earnings, membersCounted, nil},
	{outputVerbs, events.Earnings, outputCounted, nil},          // deliveries.go
	{countOrderVerbs, events.Contract, goodsOrdered, nil},       // orders.go
	{sellVerbs, events.Contract, commoditySold, nil},            // wire29.go
	{closeVerbs, events.Bankruptcy, regulatorClosed, nil},       // wire29.go
	{winVerbs, events.Contract, commoditySaleWon, nil},          // wire29.go
	{deathVerbs, events.Executive, officerDied, nil},            // wire29.go
	{relativeMoveVerbs, events.PriceMove, relativeMove, nil},    // wire29.go
	{offerVerbs, events.Offering, paperOffered, nil},            // wire31.go
	{delayVerbs, events.Product, releaseDelayed, nil},           // news61.go
	{delayVerbs, events.Product, productDelayed, nil},           // news63.go
	{rightsNouns, events.Contract, mediaRightsSold, nil},        // news61.go
	{customerDealVerbs, events.Contract, customerDealsWon, nil}, // news75.go
	{forecastHeads, events.Guidance, passiveForecast, nil},      // news75.go
	{pursueHeads, events.Acquisition, pursuedCompany, nil},      // lead14.go
}

// framesByHead lists for each head word the frames that start at it, in the order of frames: one
// look-up per word rather than one per frame, which kept adding frames cheap (news12).
var framesByHead = func() map[string][]*frame {
	m := map[string][]*frame{}
	for i := range frames {
		for w := range frames[i].heads {
			m[w] = append(m[w], &frames[i])
		}
	}
	return m
}()

// frameAt returns the event a frame finds starting at word i, if any.
func frameAt(words []string, i int) (trigger, bool) {
	w := words[i]
	for _, f := range shapedGet(frameHeadShapes, framesByHead, w) { // xspeed22.go
		if to := f.args(words, i); to > 0 {
			return trigger{typ: f.typ, from: i, to: to, verbal: !f.nouns[w]}, true
		}
	}
	return trigger{}, false
}

// bidAt is bidPriced as a frame's test.
func bidAt(words []string, i int) int {
	if to, ok := bidPriced(words, i); ok {
		return to
	}
	return 0
}

// ownSharesVerb ends a buyback's trigger at the verb and its particle: the words to the shares
// ("as much as $5 billion of") would read as a clause of their own.
func ownSharesVerb(words []string, i int) int {
	if ownSharesBought(words, i) <= 0 {
		return 0
	}
	to := i + 1
	if to < len(words) && words[to] == "up" {
		to++
	}
	return to
}

// bidPriced says whether the offer noun at i is a bid for a company: a price per share in its
// clause ("Fenby Brands' $38-a-share cash approach", "a proposal ... at 45 dlrs a share") or "to
// take the company private" after it. A payout's, a debt's or a redemption's price per share is
// none ("a proposal to pay a dividend of 30 cents a share", "an offer of 98 dlrs for each note").
func bidPriced(words []string, i int) (int, bool) {
	from, to := cueClause(words, i)
	for _, w := range words[from:to] {
		// One pass over the clause for the three sets, behind their words' shapes (xspeed23).
		if bidRefusalShapes.mayHold(w) && (payoutHeads[w] || securityWords[w] || redemptionWords[w]) {
			return 0, false
		}
	}
	if perShareWithin(words, from, to) || wirePerShare(words, from, i) || dlrPerShareWithin(words, from, to) { // news76.go
		return i + 1, true
	}
	for k := i + 1; k < to; k++ {
		if takeVerbSet.has(words[k]) && takenPrivate(words, k) > 0 {
			return i + 1, true
		}
	}
	return 0, false
}

// wirePerShare says whether a wire headline's price per share ("45 DLR/SHR PROPOSAL", "30
// DLRS/SHR") stands in [from, to).
func wirePerShare(words []string, from, to int) bool {
	for k := max(from, 2); k < to; k++ {
		if words[k] == "shr" && words[k-1] == "/" && (words[k-2] == "dlr" || words[k-2] == "dlrs" || isNumber(words[k-2])) {
			return true
		}
	}
	return false
}

// privateAfter are the words that may follow "private" where it is the company that goes private
// ("take the company private at 45 dlrs", "taking it private for $2 billion"); "a private equity
// firm", "private placement" are other things.
var privateAfter = wordSet(`at for in , . ; and with from by on`)

// takenPrivate returns the end of "take X private" told of a company: the object in at most four
// words, and "private" ending the phrase. Zero when none.
func takenPrivate(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		if words[k] == "private" {
			if k == i+1 || k+1 < len(words) && !privateAfter[words[k+1]] {
				return 0
			}
			return k + 1
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	return 0
}

// ownSharesBought returns the end of a company's own shares taken off the market after a verb
// that takes them ("soak up as much as $5 billion of its own shares from the market", "mop up its
// own stock", "retire 2 million of its shares bought in the open market"): the shares are the
// company's "own", or its shares bought "from the market" or "in the open market"; another
// company's shares or shares bought from one holder are a stake. Within twelve words (a sum told
// as "as much as $5 billion of" is eight), in the clause.
func ownSharesBought(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+12; k++ {
		w := words[k]
		if (gapStopShapes.mayHold(w) && gapStops[w]) || w == ";" {
			return 0
		}
		if w != "shares" && w != "stock" {
			continue
		}
		if words[k-1] == "own" || k > 1 && words[k-2] == "own" && (words[k-1] == "common" || words[k-1] == "ordinary") {
			return k + 1
		}
		if (words[k-1] == "its" || words[k-1] == "their") && fromMarket(words, k+1) {
			return k + 1
		}
		return 0
	}
	return 0
}

// fromMarket says whether "from the market" or "in the open market" follows at from.
func fromMarket(words []string, from int) bool {
	for k := from; k < len(words) && k <= from+3; k++ {
		if words[k] == "market" {
			return true
		}
		if gapStops[words[k]] {
			return false
		}
	}
	return false
}

// becomeVerbs make one share several.
var becomeVerbs = wordSet(`become becomes turn turns split divided converted`)

// eachShareBecomes returns the end of a split told as what one share becomes: "each of its
// shares will become five", "every share would be split into three", "each common share will
// turn into two". A count must follow within three words; "each share of Acme will become 1.2
// shares of Beta" is a merger's exchange, which exchangeRatio and the split's own rule decide.
func eachShareBecomes(words []string, i int) int {
	k := i + 1
	if k+1 < len(words) && words[k] == "of" && (possessives[words[k+1]] || words[k+1] == "the") {
		k += 2
	}
	if k < len(words) && (words[k] == "common" || words[k] == "ordinary" || words[k] == "existing") {
		k++
	}
	if k >= len(words) || words[k] != "share" && words[k] != "shares" {
		return 0
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if !becomeVerbs[words[j]] {
			continue
		}
		for n := j + 1; n < len(words) && n <= j+3; n++ {
			if isNumber(words[n]) || numberWords[words[n]] && words[n] != "same" && words[n] != "one" {
				return n + 1
			}
		}
		return 0
	}
	return 0
}

// meansPooled returns the end of two companies' means put together: "will pool engineers and
// share patents", "to combine their research teams", "share technology with Ravenglass". The
// means follow the verb in at most three words; a second party is told by "and" among the words
// before the verb in its clause ("Halewood and Ravenglass will pool"), "the two" or "with" after.
// "the combined company's resources", "shares fell", "share data with investors" are none.
func meansPooled(words []string, i int) int {
	if i > 0 && (words[i-1] == "the" || words[i-1] == "a" || words[i-1] == "its" || words[i-1] == "their") {
		return 0 // an adjective: "the combined resources"
	}
	end := 0
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if pooledMeans[words[k]] {
			end = k + 1
			break
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	if end == 0 {
		return 0
	}
	from, to := cueClause(words, i)
	for k := from; k < i; k++ {
		if words[k] == "and" || words[k] == "two" || words[k] == "both" {
			return end
		}
	}
	for k := end; k+1 < to && k <= end+3; k++ {
		if words[k] == "with" {
			if audiences[words[k+1]] || k+2 < to && (words[k+1] == "its" || words[k+1] == "their") && audiences[words[k+2]] {
				return 0 // "share technology updates with customers": news told, no partner
			}
			return end
		}
	}
	return 0
}

// audiences are whom a company shares news with, not means.
var audiences = wordSet(`customers clients users investors shareholders employees staff regulators public
	suppliers partners consumers`)

// toTopPost returns the end of a person moved to the top post: "promoted its finance chief, Ruth
// Anand, to the top role", "tapped ... for the top job", "elevated ... to the top spot". Within
// ten words, in the sentence.
func toTopPost(words []string, i int) int {
	for k := i + 1; k+2 < len(words) && k <= i+10; k++ {
		if words[k] == "." || words[k] == ";" {
			return 0
		}
		if (words[k] == "to" || words[k] == "for" || words[k] == "as") && words[k+1] == "the" && k+3 < len(words) &&
			words[k+2] == "top" && topPosts[words[k+3]] {
			return k + 4
		}
	}
	return 0
}

// creditorsFrozen returns the end of a company's creditors held off: "asked a judge to freeze
// claims from its lenders", "halt collection actions by creditors". The pursuit follows the verb
// in at most two words, the creditors it in at most three after "from", "by" or "of".
func creditorsFrozen(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if !pursuitNouns[words[k]] {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+4; j++ {
			if creditorNoun[words[j]] && (words[j-1] == "from" || words[j-1] == "by" || words[j-1] == "of" ||
				possessives[words[j-1]] && (words[j-2] == "from" || words[j-2] == "by" || words[j-2] == "of")) {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// rolesCut returns the end of jobs ended told by a count after a verb that ends them: "axe about
// 1,800 roles", "shed 2,000 positions", "eliminate some 400 posts". The count is at most three
// words after the verb, the jobs right after it (or one word on: "1,800 branch roles").
func rolesCut(words []string, i int) int {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		w := words[k]
		if !isNumber(w) && !numberWords[w] {
			if gapStops[w] || w == "," {
				return 0
			}
			continue
		}
		for j := k + 1; j < len(words) && j <= k+2; j++ {
			if roleNouns[words[j]] {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// workForceCut returns the end of "work force" written as two words after a verb that makes it
// smaller: "reduce its salaried work force by about 600 people". Within five words.
func workForceCut(words []string, i int) int {
	for k := i + 1; k+1 < len(words) && k <= i+5; k++ {
		if words[k] == "work" && words[k+1] == "force" {
			return k + 2
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	return 0
}

// paidToSettle returns the end of a payment told with the quarrel it ends: "agrees $90m payout to
// end price-fixing claims", "will pay $90 million to resolve claims by retailers". The end verb
// follows within eight words, the quarrel within four after it. A payout to end a strike or a
// contract is none of this.
func paidToSettle(words []string, i int) int {
	for k := i + 1; k+1 < len(words) && k <= i+8; k++ {
		if gapStops[words[k]] {
			return 0
		}
		if words[k] != "to" || !endVerbs[words[k+1]] {
			continue
		}
		for j, end := k+2, k+6; j < len(words) && j <= end; j++ {
			if quarrels[words[j]] {
				return j + 1
			}
			if initialDot(words, j) {
				end++ // "to settle U.S. price-fixing claims" (news34)
				continue
			}
			if gapStops[words[j]] {
				return 0
			}
		}
		return 0
	}
	return 0
}

// paidForBusiness returns the end of a sum paid for a business told by what it does, after a
// verb of paying: "Pays $3.7 Billion for a Maker of Bladder Implants", "paid $1.2 billion for a
// software startup". The business noun says a company changed hands; "paid $5 million for the
// rights", "pays $10 for a ticket" buy no company. Only the verb reads so, not "payment".
func paidForBusiness(words []string, i int) int {
	if w := words[i]; w != "pay" && w != "pays" && w != "paid" && w != "paying" {
		return 0
	}
	k := i + 1
	if k < len(words) && words[k] == "$" {
		k++
	}
	if k >= len(words) || !isNumber(strings.TrimPrefix(words[k], "$")) {
		return 0
	}
	k++
	for k < len(words) && (moneyUnits[words[k]] || words[k] == "in" || words[k] == "cash") {
		k++
	}
	if k >= len(words) || words[k] != "for" {
		return 0
	}
	k++
	if k < len(words) && (words[k] == "a" || words[k] == "an") {
		k++
	}
	for n := 0; n < 3 && k < len(words); n, k = n+1, k+1 {
		if businessNouns[words[k]] || companyNouns[words[k]] {
			return k + 1
		}
		if n > 0 && (firmNameEnds[words[k]] || corporateSuffixes[words[k]]) && !ownerWords[words[k-1]] {
			return k + 1 // "pay $2.7 billion for Sovos Brands", "for Ambrx Biopharma Inc" (news27)
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	return 0
}

var (
	// moneyUnits follow a sum's figure.
	moneyUnits = wordSet(`billion million bln mln bn b m dlrs dollars`)
	// companyNouns name a company by what it does, as a buyer pays for one, beside
	// businessNouns (types.go).
	companyNouns = wordSet(`startup start-up rival developer provider operator retailer chain brand lender
		insurer manufacturer supplier distributor`)
	// firmNameEnds end a company's name after a word of its own ("Sovos Brands", "CymaBay
	// Therapeutics"): a sum paid for one buys the company, though the linker may not know it.
	firmNameEnds = wordSet(`brands therapeutics pharmaceuticals biopharma biosciences biotherapeutics technologies`)
	// ownerWords before such a word make it a common noun: "paid $300 million for its brands".
	ownerWords = wordSet(`its their his her our the this these those new some other`)
)

// listingOpened returns the end of a first trade told against the price of the sale before it:
// "shares opened at $31 on the Nasdaq, well above the $22 at which the drug developer sold 10
// million shares". A stock that opened at a price is any day's trading; the sale's price "at which"
// shares were sold or priced, or an "IPO price" or "offer price" in the sentence, makes it the
// first.
func listingOpened(words []string, i int) int {
	if i == 0 || words[i-1] != "shares" && words[i-1] != "stock" || i+1 >= len(words) || words[i+1] != "at" {
		return 0
	}
	for k := i + 2; k+1 < len(words); k++ {
		if words[k] == "." || words[k] == ";" {
			return 0
		}
		if words[k] == "at" && words[k+1] == "which" {
			for j := k + 2; j < len(words) && j <= k+8; j++ {
				if words[j] == "sold" || words[j] == "priced" || words[j] == "offered" {
					return i + 2
				}
			}
		}
		if (words[k] == "offer" || words[k] == "offering" || words[k] == "ipo") && words[k+1] == "price" {
			return i + 2
		}
	}
	return 0
}

// medicineApproved returns the end of a medicine approved for sale told by a verb of approval:
// "regulators signed off on Osmotherly Pharma's once-a-day migraine tablet", "the FDA cleared its
// heart implant". The medicine stands within seven words after the verb ("signed" only as "signed
// off on"), before the clause ends; "approved the merger", "signed off on the deal" are none.
func medicineApproved(words []string, i int) int {
	k := i + 1
	// A regulator of medicines approves nothing but what is sold: "FDA approves Lilly's
	// Zepbound for weight loss", whatever names the product.
	if i > 0 && (drugRegulatorAt(words, i-1) || regulatorDated(words, i)) && !strings.HasPrefix(words[i], "sign") && k < len(words) && !gapStops[words[k]] {
		return k
	}
	if strings.HasPrefix(words[i], "sign") {
		if i+2 >= len(words) || words[i+1] != "off" || words[i+2] != "on" {
			return 0
		}
		k = i + 3
	}
	for ; k < len(words) && k <= i+8; k++ {
		if medicines[words[k]] {
			if k+1 < len(words) && medicineModified[words[k+1]] {
				return 0 // "rules for drug advertising", "its drug unit"
			}
			return k + 1
		}
		if gapStops[words[k]] || words[k] == "," || words[k] == "to" {
			return 0 // "approved a plan to sell its drug unit"
		}
	}
	return 0
}

// drugRegulatorAt says whether word j ends the name of a regulator of medicines: its initials
// ("FDA") or, as wire copy of the 1980s writes it, "the Food and Drug Administration".
func drugRegulatorAt(words []string, j int) bool {
	return drugRegulators[words[j]] || words[j] == "administration" && j > 0 && words[j-1] == "drug"
}

// grantVerbs give a regulator's approval to a product.
var grantVerbs = wordSet(`grant grants granted granting give gives gave giving`)

// grantedApprovals are the nouns of a regulator's yes to selling a product.
var grantedApprovals = wordSet(`approval authorization authorisation clearance`)

// approvalKinds are the words a regulator's approval is told with between the verb and the noun.
var approvalKinds = wordSet(`full traditional final accelerated conditional emergency use marketing regulatory
	standard priority its`)

// approvalGranted returns the end of a drug regulator's approval given to a product: "FDA grants
// full approval to Aldwick's migraine pill", "the Food and Drug Administration on Friday granted
// accelerated approval to the therapy", "the FDA gave emergency use authorization to its
// vaccine". The regulator stands within five words before the verb, and the approval goes "to"
// or "for" what it covers: "the board granted approval to the merger" names no regulator of
// medicines and is none.
func approvalGranted(words []string, i int) int {
	k := i + 1
	for k < len(words) && k <= i+3 && approvalKinds[words[k]] {
		k++
	}
	if k+1 >= len(words) || !grantedApprovals[words[k]] || words[k+1] != "to" && words[k+1] != "for" {
		return 0
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if drugRegulatorAt(words, j) {
			return k + 1
		}
	}
	return 0
}

// memberCountVerbs tell a change in the count of a service's customers that happened.
var memberCountVerbs = wordSet(`added adds gained gains lost loses`)

// memberNouns are the customers a subscription business counts in its results.
var memberNouns = wordSet(`subscribers subscriber customers users members accounts subscriptions
	connections`)

// membersCounted returns the end of a period's change in a company's customers, which a service
// reports as its results: "Spotify added 9 million paying subscribers in the third quarter",
// "the carrier lost 120,000 phone customers during the period", "added a record 19 million paid
// subscribers in the fourth quarter". A count follows the verb (after words that size it, see
// countLeads), the customers within seven words after it ("lost 149,000 residential and small
// business internet customers"), and a period within six after them; "added 500 users to its
// pilot" tells no results. A change measured against expectations needs no count (news61):
// "lost fewer broadband customers in the second quarter than analysts had feared".
func membersCounted(words []string, i int) int {
	k := i + 1
	for k < len(words) && k <= i+3 && countLeads[words[k]] && !comparedCount(words, k) {
		k++
	}
	if k >= len(words) {
		return 0
	}
	compared := comparedCount(words, k)
	if !compared && !isNumber(words[k]) {
		return 0
	}
	first := k
	for k++; k < len(words) && k <= first+7; k++ {
		if memberNouns[words[k]] {
			break
		}
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
	}
	if k >= len(words) || !memberNouns[words[k]] {
		return 0
	}
	period := clauseWordAt(words, k+1, k+6, periodNouns)
	if period < 0 || compared && clauseWordAt(words, period+1, period+6, thanWords) < 0 {
		return 0
	}
	return k + 1
}

// countLeads size a count of customers before its number: "a record 19 million", "a net
// 1.2 million", "more than 300,000", "nearly 2 million".
var countLeads = wordSet(`a an record net about nearly roughly almost around some over more fewer less than
	estimated`)

// countComparatives tell a change in customers measured against another figure, with "than"
// after the period: "added more subscribers in the quarter than expected".
var countComparatives = wordSet(`more fewer less`)

var thanWords = wordSet(`than`)

// comparedCount says whether word k is a comparative that stands for the count ("lost fewer
// customers"), not one that sizes a number after it ("more than 300,000").
func comparedCount(words []string, k int) bool {
	return countComparatives[words[k]] && (k+1 >= len(words) || words[k+1] != "than")
}

// medicineCleared returns the end of a medicine approved told in the passive: "migraine pill
// cleared by U.S. regulators", "its vaccine was approved by the FDA": a verb of approval within
// two words after the medicine, with "by" or "for" after it.
func medicineCleared(words []string, i int) int {
	for k := i + 1; k+1 < len(words) && k <= i+3; k++ {
		if approvalVerbs[words[k]] && !strings.HasPrefix(words[k], "sign") && (words[k+1] == "by" || words[k+1] == "for") {
			return k + 1
		}
	}
	return 0
}

// leaveToSupply returns the end of a buyer's go-ahead to a supplier to make what it ordered: "gave
// Rivington Rail the green light to manufacture 300 rail cars under an order worth $1.4 billion".
// The work follows ("to" and a verb of work, see workVerbs), and an order, a contract or a sum
// stands in the clause: a go-ahead to build a company's own plant is a permit, not business won.
func leaveToSupply(words []string, i int) int {
	if words[i] == "light" && (i == 0 || words[i-1] != "green") {
		return 0
	}
	if i+2 >= len(words) || words[i+1] != "to" || !workVerbs[words[i+2]] {
		return 0
	}
	from, to := cueClause(words, i)
	if anyWithin(words, from, to, orderNouns) || amountWithin(words, i, to) {
		return i + 3
	}
	return 0
}

// framed drops the triggers a frame shows to be something else: a payout that ends claims is a
// settlement, not a dividend ("agrees $90m payout to end price-fixing claims"); a company merging
// its own brands or units into one is reorganizing, not buying ("merge its two retail brands").
func framed(words []string, ts []trigger) []trigger {
	settled := slices.ContainsFunc(ts, func(t trigger) bool {
		return t.typ == events.Legal && (settleHeadShapes.mayHold(words[t.from]) && settleHeads[words[t.from]])
	})
	// "45 DLR/SHR PROPOSAL": the per-share word is the bid's price, not a results table's.
	bid := slices.ContainsFunc(ts, func(t trigger) bool {
		return t.typ == events.Acquisition && bidNouns[words[t.from]]
	})
	// A cost cut's sum and costs are its verb's object: a phrase whose gap runs from that verb over
	// them to another verb's object ("cut $10 billion in costs and suspend its dividend") is not
	// the verb's (costcuts.go).
	costCut := func(u trigger) bool {
		return slices.ContainsFunc(ts, func(c trigger) bool {
			return c.typ == events.Restructuring && !c.gap && c.from == u.from && c.to <= u.tail && costCutVerbs[words[c.from]] && costsCut(words, c.from) == c.to
		})
	}
	// An object belongs to the nearer of two verbs: "will cut 15,000 jobs and suspend its
	// dividend" suspends the dividend, and "cut ... dividend" over the gap is no phrase of "cut",
	// which keeps its jobs.
	nearer := func(u trigger) bool {
		return slices.ContainsFunc(ts, func(w trigger) bool {
			return w.typ == u.typ && w.verbal && w.to == u.to && w.from > u.from && w.from < u.tail
		})
	}
	return slices.DeleteFunc(ts, func(t trigger) bool {
		if t.gap && (t.typ != events.Restructuring && costCut(t) || nearer(t)) {
			return true
		}
		switch t.typ {
		case events.Dividend:
			return settled && (settleHeads[words[t.from]] || payoutHeads[words[t.from]])
		case events.Acquisition:
			return strings.HasPrefix(words[t.from], "merg") && ownUnitsMerged(words, t.from)
		case events.Earnings:
			return bid && words[t.from] == "shr" && t.from > 0 && words[t.from-1] == "/" &&
				slices.ContainsFunc(ts, func(u trigger) bool {
					return u.typ == events.Acquisition && bidNouns[words[u.from]] && u.from > t.from && u.from <= t.from+2
				})
		}
		return false
	})
}

// unitNounWithin says whether one of the n words from k is a unit noun with only words before
// it: "Ground units", "retail and wholesale divisions".
func unitNounWithin(words []string, k, n int) bool {
	for j := k; j < len(words) && j < k+n; j++ {
		if ownUnits[words[j]] {
			return true
		}
		if unitObjectStop(words[j]) {
			return false
		}
	}
	return false
}

// unitObjectStop says whether word w ends the object of a merger of units: a clause's end, a
// comma, another conjunct, a part "of" something else, or a partner told by "with".
func unitObjectStop(w string) bool {
	return gapStops[w] || w == "," || w == "and" || w == "of" || w == "with"
}

// ownUnits are a company's parts it may merge into each other.
var ownUnits = wordSet(`brands units divisions businesses subsidiaries operations banks networks arms
	printing production manufacturing distribution offices newsrooms staffs plants facilities terminals`)

// ownUnitsMerged says whether the merge verb at i has the company's own parts for object ("merge
// its two retail brands", "merging their units into one", a headline's "merge retail brands"),
// within four words (six after "its": "merged its North American cereal businesses") and with
// no partner told by "with". The parts may be named and joined by "and" before their noun
// ("merge its Express and Ground units", "to merge Apex and Summit divisions"): the names are
// the company's units, not a company it buys (lead19).
func ownUnitsMerged(words []string, i int) bool {
	reach := i + 4
	if i+1 < len(words) && (words[i+1] == "its" || words[i+1] == "their") {
		reach = i + 6
	}
	for k := i + 1; k < len(words) && k <= reach; k++ {
		if words[k] == "and" && k > i+1 && unitNounWithin(words, k+1, 3) {
			continue
		}
		if unitObjectStop(words[k]) {
			return false
		}
		if ownUnits[words[k]] {
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if words[j] == "with" {
					return false
				}
			}
			return true
		}
	}
	return false
}
