package extract

// Rules for the classes newswire18 found first seen (wire27): the shipping and drilling trades'
// charters, a trust's "shares of beneficial interest" and a holder's stake bought back by the
// company it is held in.

// charterCraft are the craft an owner charters out: ships of every trade and drilling rigs.
var charterCraft = []string{"tanker", "tankers", "supertanker", "supertankers", "vessel", "vessels", "ship", "ships",
	"carriers", "freighter", "freighters", "barges", "rig", "rigs", "drillship", "drillships", "tonnage"}

// shipsChartered lists an owner's charter of its craft: "chartered two of its tankers to a
// European oil trader for 18 months", "CHARTERS FOUR BULK CARRIERS". A charter is business won
// for a term and a rate, as a contract is. Only the finite verb is listed: the bare verb and the
// gerund tell a market's trade as often ("buyers were chartering ships to carry grain", "the
// line will charter vessels to run the service").
func shipsChartered() []string {
	var out []string
	for _, c := range charterCraft {
		out = append(out, verb("charters ... "+c, "chartered ... "+c)...)
	}
	return out
}

// charteredCraft says whether the contract trigger t is the participle "chartered" used as an
// adjective of a craft ("a chartered tanker owned by Acme ran aground", "its chartered vessels"):
// a ship hired, not a charter made.
func charteredCraft(words []string, t trigger) bool {
	if words[t.from] != "chartered" || t.from == 0 {
		return false
	}
	switch words[t.from-1] {
	case "a", "an", "the", "its", "their", "his", "her", "of", "two", "three", "four", "five", "six", "some":
		return true
	}
	return false
}

// beneficialShares says whether the acquisition trigger t ("sold ... interest", "sell ...
// units") names a trust's own stock by the trust's name for it: "sold 1.5 mln shares of
// beneficial interest", "will sell two mln units of beneficial interest". The trust sells new
// stock of its own, an offering; "its beneficial interest in a partnership" is still a stake sold.
func beneficialShares(words []string, t trigger) bool {
	switch k := t.to - 1; words[k] {
	case "interest", "interests":
		if k < 3 || words[k-1] != "beneficial" {
			return false
		}
		switch words[k-3] {
		case "shares", "share", "units", "unit", "certificates":
			return beneficialOf(words, k-2)
		}
	case "shares", "units":
		return beneficialOf(words, t.to)
	}
	return false
}

// stakeBoughtBack says whether the stake at k that a "buy back" from index from takes is a
// holder's stake in the company itself, told by its holder: a possessive ("a raider's stake",
// "his stake"), "held by" or "owned by" after it ("the stake held by the Carne family"), or a
// headline's bare name before it ("BUYS BACK CARNE STAKE"). Buying out a holder, greenmail among
// it, is the company buying its own stock. A stake told by what it is in ("the 45 pct stake in
// its Canadian unit") or named with an article ("the Caesars stake", as "the Fiat stake" names
// the company it is in) stays a business bought.
func stakeBoughtBack(words []string, from, k int) bool {
	if k+1 < len(words) {
		switch words[k+1] {
		case "held", "owned":
			return true
		case "in":
			return false
		}
	}
	switch words[k-1] {
	case "'s", "'", "’", "his", "her", "their":
		return true
	case "s":
		if k >= 2 && (words[k-2] == "'" || words[k-2] == "’") {
			return true
		}
	}
	// A bare name between the verb and the noun, with no article or count.
	return k-from == 1 && !stakeModifiers[words[from]] && !startsDigit(words[from])
}

// stakeModifiers open a stake's phrase without naming a holder: articles, its owner's "its",
// and its size.
var stakeModifiers = wordSet(`the a an its this that our entire whole remaining minority majority controlling
	small large big`)

// beneficialOf says whether "of" at k opens a trust's name for its stock, "shares of beneficial
// interest": the trust's own shares, not another company's held.
func beneficialOf(words []string, k int) bool {
	return k+2 < len(words) && words[k] == "of" && words[k+1] == "beneficial" &&
		(words[k+2] == "interest" || words[k+2] == "interests")
}
