package extract

import "github.com/eventline/eventline/data/events"

// offeringFollowers come right after "offering" when it is the noun of a sale of securities
// ("the offering was priced", "offering of notes", "offering price", "offering to fund"); an
// object after it makes the word a participle instead.
var offeringFollowers = wordSet(`of was is were will would could may might should to in on at by for from that
	which price prices priced pricing raised raises raise expected led size proceeds period documents
	circular memorandum closed closes completed and or as with through under after before due`)

// offeredSecurities are what a participle "offering" offers when it is a sale of securities
// after all ("offering 10 million new shares to investors").
var offeredSecurities = wordSet(`share shares stock stocks note notes bond bonds debt debentures securities units
	warrants equity preferred convertible paper ads adss eurobonds placement`)

// featureOffering says whether t ends in an "offering" used as a participle (participleOffering):
// "a family plan offering unlimited data", "priced at $299 and offering built-in GPS" (which the
// gapped "price ... offering" reads). What it offers is no sale of securities.
func featureOffering(words []string, t trigger) bool {
	return t.typ == events.Offering && participleOffering(words, t.to-1)
}

// participleOffering says whether the "offering" at k is a participle whose object is what a
// product or plan gives its users, not securities. Such a word follows neither a mark of the noun
// ("a public offering", "its offering"), a possessive's "s", a figure nor a security's name, is
// followed by a word of its object (not a verb, a preposition or "price"), and no security is
// named in its clause ("offering 10 million new shares" is a sale after all).
func participleOffering(words []string, k int) bool {
	if words[k] != "offering" || k == 0 || k+1 >= len(words) {
		return false
	}
	prev, next := words[k-1], words[k+1]
	if offeringNounMarks[prev] || offeredSecurities[prev] || prev == "s" || startsDigit(prev) {
		return false
	}
	if offeringFollowers[next] || !isWord(next) || startsDigit(next) {
		return false
	}
	for j := k + 1; j < clauseEndFrom(words, k+1, 12) && words[j] != ","; j++ {
		if offeredSecurities[words[j]] {
			return false
		}
	}
	return true
}

// startsDigit says whether w begins with a digit, a figure ("10", "3.5").
func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// contractEndWords after a contract tell it running out: "as its Anthem contract nears its end",
// "before the supply contract expires".
var contractEndWords = wordSet(`end ends ended ending expiry expiration expire expires expired expiring lapse lapses
	lapsed`)

// contractEnding says whether a bare "contract" trigger is a contract that runs out: "as Amazon
// contract nears end", "when the contract expires next year". A customer's contract ending is a
// risk to its supplier (often a broker's reason), no contract won. A contract with a purpose after
// "to" ("a contract to end the shortage") is left to the other rules.
func contractEnding(words []string, t trigger) bool {
	if t.typ != events.Contract || t.to-t.from != 1 || t.to >= len(words) || words[t.to] == "to" {
		return false
	}
	if w := words[t.from]; w != "contract" && w != "contracts" {
		return false
	}
	return clauseWordAt(words, t.to, t.to+3, contractEndWords) >= 0
}

// supplierNouns, right before "of" or "to", name a company by the goods it sells to customers:
// "one of the largest suppliers of cockpit electronics to Boeing", "a supplier to Apple". (Not
// "its supplier business", a unit.)
var supplierNouns = wordSet(`supplier suppliers provider providers vendor vendors`)

// rivalDealVerbs, with a deal, bid or offer after them, set a bid against a rival's: "challenging
// Chevron deal", "tops the agreed deal Anadarko struck with Chevron". ("Top", an adjective as often
// as a verb, is not one: "agreed to buy top rival Beta".)
var rivalDealVerbs = wordSet(`challenging challenges challenged tops topping topped trumps trumping trumped`)

// rivalDealNouns are the rival's agreement a bid is set against.
var rivalDealNouns = wordSet(`deal deals bid bids offer offers agreement merger pact`)

// rivalDealAt says whether word k sets a bid against a rival's deal: one of rivalDealVerbs with
// one of rivalDealNouns within the next five words of its clause. A company after it is the rival
// bidder, no party to the acquisition told before it.
func rivalDealAt(words []string, k int) bool {
	return (rivalDealVerbShapes.mayHold(words[k]) && rivalDealVerbs[words[k]]) && clauseWordAt(words, k+1, k+5, rivalDealNouns) >= 0
}

// spanNouns, before "of", tell a stretch of past time: "after years of store closures", "a decade
// of layoffs".
var spanNouns = wordSet(`years decade decades months`)

// pastSpanCuts says whether a restructuring trigger is the history a span of time sums up: "after
// more than a decade of shrinking sales and store closures", "years of job cuts". Such cuts are
// the background of the news (a bankruptcy, a sale), not a plan announced.
func pastSpanCuts(words []string, t trigger) bool {
	if t.typ != events.Restructuring {
		return false
	}
	for k := t.from - 1; k > 0 && k >= t.from-7; k-- {
		switch w := words[k]; {
		case w == "," || w == ";" || gapStops[w]:
			return false
		case w == "of" && spanNouns[words[k-1]]:
			return true
		}
	}
	return false
}

// copiedNouns, before "to" or "of", name a product made after another's: "a biosimilar version of
// Humira", "a generic version of Pfizer's Viagra". The maker of the product copied (a brand links
// to it) takes no part in the news of the copy. "Rival" is not among them: "a stake in the proposed
// rival to KDD" names the company bought by its rival (Reuters 10005); nor "copy": "a copy of
// Chrysler Corp's proposal to take over American Motors" is a document, its maker the bidder
// (Reuters 8258).
var copiedNouns = wordSet(`version versions alternative alternatives biosimilar biosimilars generic generics`)

// rivalryWords, before "with" and a company's possessive, set a product against a rival's: "a
// head-to-head fight with Novo Nordisk's Wegovy", "to compete with Medtronic's pump". The rival
// product's maker takes no part in the news of the product that takes it on. Without the
// possessive the company itself is the other side ("a legal fight with Pfizer"), and may be a
// party to it.
var rivalryWords = wordSet(`fight battle competition rivalry race compete competes competing head-to-head`)

// possessiveAt says whether the words from end are a possessive's "'s" (or a bare "'" after a
// plural name).
func possessiveAt(words []string, end int) bool {
	return end < len(words) && (words[end] == "'" || words[end] == "’")
}
