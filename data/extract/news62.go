package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from the misreads the last round noticed and left: a share move caused by another
// company's act and told with its owner's possessive, a company's own shares sold in "the" or
// "its" listing, and a quoted officer's history told after the first verb phrase of "who".

// personHistoryAt says whether word k, after a trigger in a person's relative clause, ends the
// clause's first verb phrase: "and" before a second verb ("who took over as chief executive last
// year and has been rebuilding ties with Adidas") or a comma before a participle ("..., having
// run Adidas' U.S. arm"). What follows is the person's history; the company it names is no party
// of the trigger ("who was named chief executive of Acme in May and the chain's chair in June"
// keeps Acme: "and" before a determiner joins no second verb).
func (s *sentence) personHistoryAt(k int) bool {
	if k+1 >= len(s.words) || startsUpper(s.toks[k+1].text) {
		return false
	}
	next := s.words[k+1]
	switch s.words[k] {
	case "and":
		return !determiners[next] && !possessives[next]
	case ",":
		return len(next) > 4 && strings.HasSuffix(next, "ing")
	}
	return false
}

// possessiveMover returns the company whose shares a move of cause names with a possessive right
// after its verb: "agreed to take a stake in Nikola, sending Nikola's shares up 12%" is Nikola's
// move, not the main clause's subject's ("..., sending its shares up" stays the subject's).
func (s *sentence) possessiveMover(t trigger) (CompanyMention, bool) {
	if t.typ != events.PriceMove || !causeVerbs[s.words[t.from]] {
		return CompanyMention{}, false
	}
	for _, c := range s.companies {
		k, end := s.startIndex(c.Start), s.tokenIndex(c.End)
		if k == t.from+1 && possessiveAt(s.words, end) && end+2 < len(s.words) && s.words[end+1] == "s" && moverShares[s.words[end+2]] {
			return c, true
		}
	}
	return CompanyMention{}, false
}

// moverShares name what a move of cause moved after the owner's possessive: "Nikola's shares",
// "Nikola's stock", "Nikola's share price".
var moverShares = wordSet(`shares stock share stocks`)

// inNamedOffering says whether the "in" at k opens a sale of the company's own shares named
// with a definite article or a possessive: "in the listing", "in its secondary offering".
func inNamedOffering(words []string, k int) bool {
	return k+1 < len(words) && words[k] == "in" && ownedOfferingOpeners[words[k+1]] && namesOffering(words, k+2)
}

// ownedOfferingOpeners open the name of a sale already told of.
var ownedOfferingOpeners = wordSet(`the its their`)

// namesOffering says whether the words from k name a sale of new shares, with at most a few
// words of description before its noun: "the listing", "its secondary offering", "the share
// sale". A "deal" or "the company" after "shares in" is another company or a deal in which a
// holder sold out.
func namesOffering(words []string, k int) bool {
	for j := k; j < len(words) && j < k+4; j++ {
		w := words[j]
		if sharesSaleNouns[w] || w == "sale" && j > k && (words[j-1] == "share" || words[j-1] == "stock") {
			return true
		}
		if w == "," || offeringNameEnds[w] {
			break
		}
	}
	return false
}

// sharesSaleNouns name a company's sale of its own shares to the public, its listing among them.
var sharesSaleNouns = wordSet(`listing offering ipo flotation float placement debut`)

// offeringNameEnds close the name of what shares were sold in.
var offeringNameEnds = wordSet(`of at for to and by with from in on as`)
