package extract

import "github.com/eventline/eventline/data/events"

// Rules from misreads of company news noticed in the news99 round.

// news99Misread says whether trigger t tells none of its event by the rules below.
func news99Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Offering:
		return debtPaidFromSale(s.words, t, s.start >= 0 || !noLower(s.text))
	case events.Contract:
		return ordersHeldBack(s.words, t)
	}
	return false
}

// payoffVerbs retire debt; "pay", "pays", "paid" and "paying" do so with "down" or "off".
var payoffVerbs = wordSet(`repay repays repaid repaying redeem redeems redeemed redeeming retire retires retired
	retiring reduce reduces reduced reducing`)

// payForms take "down" or "off" to retire debt: "pay down its credit facility".
var payForms = wordSet(`pay pays paid paying`)

// saleMoneyNouns are money a sale brought in: "the proceeds of the sale", "cash from the sale".
var saleMoneyNouns = wordSet(`proceeds cash money funds`)

// disposalNouns name a sale of something a company owns: "the sale of its unit", "the
// divestiture of its paper arm", "selling its hotels".
var disposalNouns = wordSet(`sale sales divestiture divestment disposal disposals selling divesting`)

// securityNouns make a sale the company's own paper sold, an offering: "the sale of 5 million
// shares", "the proceeds of the notes sale".
var securityNouns = wordSet(`shares share stock notes note bonds bond debentures securities debt equity
	preferred common`)

// debtPaidFromSale says whether the offering trigger t, debt told after a verb of paying it off,
// is debt paid off with no offering's money: with the money a sale of something the company owned
// brought in ("used the proceeds of the sale of its shipping arm to redeem $200 million of senior
// notes", "proceeds from the divestiture will be used to pay down its credit facility", "sold its
// hotel unit and used the cash to repay its term loan"), or on its own ("repaid its credit
// facility on Monday", "redeemed $500 million of notes due 2026", news100). Debt paid off raises
// no money: a sale is the news (a deal), and money raised to pay it is told by a trigger of its
// own ("sold $500 million of notes to repay its credit facility"). Money from an offering named as
// the means ("used the proceeds of the offering to repay debt", "the proceeds from the sale of 5
// million shares") keeps the offering rules' reading. Debt paid off on its own is read so only
// outside a headline in capitals (own): a 1980s wire headline's redemption ("UNIT TO REDEEM
// DEBENTURES") keeps its offering, as news32.go leaves it, since the story's body then tells a
// payout or a sale that is not the news.
func debtPaidFromSale(w []string, t trigger, own bool) bool {
	v := payoffVerbBefore(w, t) // news100.go
	if v < 0 {
		return false
	}
	for k := v - 1; k >= 1 && k >= v-25; k-- {
		switch w[k] {
		case ".", ";":
			return own
		case "from", "of":
			if saleMoneyNouns[w[k-1]] {
				return businessSold(w, k+1)
			}
		}
	}
	return own
}

// businessSold says whether a sale named within three words of token k sells no paper of the
// company's own: no security noun right before it or within four words after it.
func businessSold(w []string, k int) bool {
	for j := k; j < len(w) && j <= k+3; j++ {
		if !disposalNouns[w[j]] {
			continue
		}
		if securityNouns[w[j-1]] {
			return false
		}
		for i := j + 1; i < len(w) && i <= j+5; i++ {
			if securityNouns[w[i]] {
				return false
			}
			if endsClause(w[i]) || w[i] == "," || w[i] == "to" {
				break
			}
		}
		return true
	}
	return false
}

// splitVerbs open a company's split of itself: "splits into", "will break up into", "the
// separation into".
var splitVerbs = wordSet(`split splits splitting separate separates separated separating break breaks broke
	breaking breakup break-up divide divides divided dividing`)

// internalUnits are parts a company is organized into, no company of their own: "six business
// groups", "three operating units", "four divisions".
var internalUnits = wordSet(`units unit divisions division segments segment groups arms departments`)

// unitCounters may stand between "into" and the parts: "into six business groups", "into three
// separate operating units".
var unitCounters = wordSet(`two three four five six seven eight nine ten several multiple separate distinct
	new smaller business operating reporting independent autonomous`)

// splitIntoUnits says whether the deal trigger t, a company splitting itself, splits it into
// parts it keeps, not companies of their own: "as the e-commerce group splits into six units",
// "will split itself into four business groups, each with its own chief executive". A company
// organized anew into units is a restructuring, as "reorganize ... into" is; a split "into three
// publicly traded companies" is a spin-off and stays a deal.
func splitIntoUnits(w []string, t trigger) bool {
	if !splitVerbs[w[t.from]] {
		return false
	}
	k := t.to
	if w[k-1] != "into" {
		// "break up into", "the breakup into": "into" right after the trigger.
		if k >= len(w) || w[k] != "into" {
			return false
		}
		k++
	}
	for j := k; j < len(w) && j <= k+3; j++ {
		if internalUnits[w[j]] {
			return true
		}
		if !unitCounters[w[j]] && !isNumber(w[j]) {
			return false
		}
	}
	return false
}

// holdBackVerbs put off or shrink orders: "delayed equipment orders", "reduced its orders for".
// (Orders cancelled, cut, slashed or deferred are cancelledOrders', streetnews.go.)
var holdBackVerbs = wordSet(`delay delays delayed delaying postpone postpones postponed postponing defer defers
	deferring reduce reduces reduced reducing trim trims trimmed trimming lower lowers lowered lowering halve
	halves halved halving shelve shelves shelved shelving`)

// holdBackParticles make a verb and its particle put off or shrink orders: "pushed back",
// "scaled back", "put off".
var holdBackParticles = map[string]map[string]bool{
	"back": wordSet(`push pushes pushed pushing scale scales scaled scaling pare pares pared paring cut cuts cutting`),
	"off":  wordSet(`put puts putting hold holds held holding`),
}

// ordersHeldBack says whether the contract trigger t, orders, is orders a customer put off or
// shrank: "Samsung has delayed equipment orders", "airlines deferred jet orders", "the carrier
// reduced its orders for 737 jets", "customers pushed back orders for its etch machines". Orders
// held back are the supplier's lost or late business, no contract won by the article's company;
// orders won or received ("won orders from Samsung") stay a contract.
func ordersHeldBack(w []string, t trigger) bool {
	if o := w[t.from]; o != "orders" && o != "order" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch {
		case holdBackVerbs[w[k]]:
			return true
		case k > 0 && holdBackParticles[w[k]] != nil && holdBackParticles[w[k]][w[k-1]]:
			return true
		case w[k] == "," || endsClause(w[k]):
			return false
		}
	}
	return false
}
