package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of everyday wire copy from banks, utilities, insurers and drugmakers (news31, on
// modern30's Reuters- and AP-style stories):
//
//   - "Upgrades" and "downgrades" are also works done to things: "to pay for upgrades to the
//     power lines", "upgrades of its plants". A broker's upgrade takes a company, a stock or a
//     rating after it, never "of" or "to" a thing of the company's.
//   - A headline drops the article before the stock a broker rates: "Acme falls after Morgan
//     Stanley downgrades insurer", "after Morgan Stanley downgrade". The rated company is the one
//     named before the broker, as with "the insurer" (ratesTheStock).
//   - A city before "-based" is where a company sits, not a company named after the city:
//     "Cleveland-based rival KeyCorp" names no Cleveland-Cliffs.
//   - A sum raised told with an approximation is raised all the same: "raised about $1.2
//     billion through the sale of new shares".

// news31Misread says whether trigger t is one of the misreads above.
func news31Misread(s *sentence, t trigger) bool {
	return t.typ == events.Analyst && worksUpgrade(s.words, t)
}

// worksUpgrade says whether the one-word analyst trigger t ("upgrade", "upgrades",
// "downgrades") is a noun of works: followed by "of", "to", "at" or "on", a determiner or
// possessive and a word that is no rating, stock or company ("upgrades to the power lines",
// "upgrades of its plants"; not "the upgrade of the stock", "upgrades to the buy list").
func worksUpgrade(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to+2 >= len(w) || !upgradeNouns[w[t.from]] {
		return false
	}
	switch w[t.to] {
	case "of", "to", "at", "on":
		d, n := w[t.to+1], w[t.to+2]
		return (determiners[d] || possessives[d]) && !ratingWords[n] && !companyDescriptors[n] &&
			n != "stock" && n != "shares" && n != "company"
	}
	return false
}

// upgradeNouns are the analyst's words that are also nouns of works done.
var upgradeNouns = wordSet(`upgrade upgrades downgrade downgrades`)

// bareRated says whether a one-word analyst trigger in a headline's style rates its stock with
// no article: a bare "stock", "shares" or noun of what a company does right after the verb
// ("downgrades insurer", "upgrades stock"), or the noun "upgrade" or "downgrade" closing the
// clause ("after Morgan Stanley downgrade").
func bareRated(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.gap || !upgradeNouns[w[t.from]] {
		return false
	}
	if t.to == len(w) {
		return w[t.from] == "upgrade" || w[t.from] == "downgrade"
	}
	next := w[t.to]
	if next == "," || next == "." || next == ";" {
		return w[t.from] == "upgrade" || w[t.from] == "downgrade"
	}
	return next == "stock" || next == "shares" || companyDescriptors[next]
}

// approxRaised lists "raised about $" and the like for each verb form and approximation: the
// lexicon's "raised $" with the words wires put before a sum.
func approxRaised() []string {
	var out []string
	for _, v := range []string{"raise", "raises", "raised", "raising"} {
		for _, a := range []string{"about", "roughly", "nearly", "approximately", "around"} {
			out = append(out, v+" "+a+" $")
		}
	}
	return out
}

// theLongDescribed says whether "the" at word k opens a company's description of up to five
// words ending in a noun of what it does, its modifiers joined by "and" or hyphens: "the
// property and casualty insurer", "the oil and gas producer" (ratesTheStock knows one or two
// words); or "that" or "this" opens one of any length, pointing back to the company named
// before: "raised its rating on that insurer".
func theLongDescribed(w []string, k int) bool {
	if w[k] != "the" && w[k] != "that" && w[k] != "this" {
		return false
	}
	for j := k + 1; j < len(w) && j <= k+5; j++ {
		if companyDescriptors[w[j]] {
			return j > k+1 || w[k] != "the"
		}
		if !isWord(w[j]) {
			return false
		}
	}
	return false
}

// placeCompound says whether a hyphenated word is a place made an adjective ("Cleveland-based",
// "Dallas-headquartered", "Denver-area"): its first part, whatever company a listing cut there
// ("Cleveland" of Cleveland-Cliffs), is the place.
func placeCompound(word string) bool {
	i := strings.LastIndexByte(word, '-')
	return i > 0 && placeTails[strings.ToLower(word[i+1:])]
}

// placeTails end a hyphenated word that tells where something is.
var placeTails = wordSet(`based headquartered area born`)
