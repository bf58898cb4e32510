package extract

import "github.com/eventline/eventline/data/events"

// announcedAside says whether the date at tokens [from, to) lies in an aside that tells when
// the trigger's deal or payout was announced, set off by commas after the trigger's noun, and
// a date of the main clause follows the aside: "The split, announced on Aug. 11, took effect
// after the close on Friday", "the dividend, declared on May 20, was paid on Monday", "the
// merger, first agreed in January, closed on Tuesday". The announcement is an earlier step;
// the predicate's date is the event's. A relative clause ("The split, which took effect on
// Aug. 11, lifted volume") tells the event itself and is left alone, as is an aside with no
// date after it.
func (s *sentence) announcedAside(t trigger, from, to int) bool {
	if t.verbal || from < t.to+2 {
		return false
	}
	w := s.words
	c := -1
	for k := from - 1; k >= t.to && k >= from-4; k-- {
		if w[k] == "," {
			c = k
			break
		}
	}
	if c < 0 || c-t.to > 5 {
		return false // the comma after the trigger's noun phrase ("merger with Beta Inc,")
	}
	p := c + 1
	if asideAdverbs[w[p]] {
		p++
	}
	if p >= from || !announcedParticiples[w[p]] {
		return false
	}
	end := -1
	for k := to; k < len(w) && k <= to+2; k++ {
		if w[k] == "," {
			end = k
			break
		}
	}
	if end < 0 {
		return false
	}
	for _, e := range s.timexes {
		if s.tokenIndex(e.ByteStart) > end {
			return true
		}
	}
	return false
}

// asideAdverbs may stand before an aside's participle: "first announced", "originally agreed".
var asideAdverbs = wordSet(`first originally initially previously`)

// announcedParticiples tell that a deal or payout was made known or agreed, before it happened.
var announcedParticiples = wordSet(`announced declared agreed unveiled approved proposed disclosed reported
	signed struck outlined`)

// The Dow Jones average is often named by its first word alone: "Intel, a Dow component since
// 1999, is being replaced by Nvidia", "was dropped from the Dow". Told as a membership or as
// the list a stock leaves or joins, the bare name is the index's: the sentence names an index,
// so a verb of replacing there is an index change (indexReplacement), not a succession, and the
// name is no mention of Dow Inc. "Dow Inc replaced its chief executive" names no index.

// indexMemberNouns after an index's name tell a stock's membership in it: "a Dow component".
var indexMemberNouns = wordSet(`component components constituent constituents member members`)

// membershipPrepositions before "the Dow" tell a stock's place in the list: "removed from the
// Dow", "added to the Dow", "replaced in the Dow".
var membershipPrepositions = wordSet(`in from to into of`)

// bareDowIndex says whether "dow" at words[k] names the index by its first word: before a noun
// of membership ("a Dow stock" with its article), or after a preposition of membership, with
// no legal form or "chemical" after it.
func bareDowIndex(words []string, k int) bool {
	if words[k] != "dow" {
		return false
	}
	if k+1 < len(words) && (indexMemberNouns[words[k+1]] || k > 0 && (words[k-1] == "a" || words[k-1] == "an") && (words[k+1] == "stock" || words[k+1] == "name")) {
		return true // "a Dow component", "a Dow stock since 1999"
	}
	if k+1 < len(words) && dowCompanyWords[words[k+1]] || k < 1 {
		return false
	}
	// "removed from the Dow", "to replace Intel in Dow": a headline drops the article, but
	// "to" and "of" without it are the company's ("sold the unit to Dow").
	return k >= 2 && words[k-1] == "the" && membershipPrepositions[words[k-2]] || bareMembershipPrepositions[words[k-1]]
}

// bareMembershipPrepositions may stand right before the index's bare name in a headline.
var bareMembershipPrepositions = wordSet(`in from into`)

// dowCompanyWords after "Dow" make it the company's name: "the Dow Chemical plant".
var dowCompanyWords = wordSet(`inc chemical corning corp co '`)

// bareBackReference says whether the deal trigger t is a bare plural noun of buying or selling
// after a determiner, with a verb right after it: "The purchases were reported to the SEC",
// "the sales were disclosed in a filing", "These acquisitions were made in the open market".
// With no object of its own it refers back to the trades an earlier sentence told (insiders'
// or an investor's shares), no deal of its own; "The purchase of Beta Corp was completed on
// Friday" names what was bought.
func bareBackReference(words []string, t trigger) bool {
	if t.typ != events.Acquisition || t.from < 1 || t.to != t.from+1 || t.to >= len(words) {
		return false
	}
	return backReferencePlurals[words[t.from]] && backReferenceDeterminers[words[t.from-1]] && backReferenceVerbs[words[t.to]]
}

// backReferencePlurals are the plural nouns of trades a later sentence refers back with.
var backReferencePlurals = wordSet(`purchases sales acquisitions`)

// backReferenceDeterminers point back to what was told.
var backReferenceDeterminers = wordSet(`the these those such`)

// backReferenceVerbs right after the noun make it the subject of a clause about the trades.
var backReferenceVerbs = wordSet(`were are have had will would`)
