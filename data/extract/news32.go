package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of company press releases as the wires carry them (news32, on modern31's PR
// Newswire-style releases about real companies):
//
//   - An agreement with sales agents or underwriters is how shares are sold, not a contract won:
//     "entered into a sales agreement with a group of sales agents under which it may offer
//     shares", "an equity distribution agreement with Jefferies".
//   - What "will be available" after a conference call is its webcast, replay or slides, no
//     product: "A replay of the call will be available on the company's website".
//   - A person who joins a company is hired, no partner: "Ruiz joins Acme from Beta", "Ms. Ruiz
//     joined Acme in 2011", "she joined the company as controller".
//   - A company not bound to buy "any" amount of its stock tells how a buyback may run, no deal:
//     "does not obligate the company to acquire any particular number of shares".
//   - A buyback or a purchase that the proceeds of an offering "may include" among their uses is
//     a purpose, no event: "for general corporate purposes, which may include repurchases".
//   - A release's exchange tag after a company's name ("Acme Corp. (NYSE: ACME) and Beta Inc.
//     (NASDAQ: BETA) agreed to combine") leaves the two joined (joinedWith).

// news32Misread says whether trigger t is one of the misreads above.
func news32Misread(s *sentence, t trigger) bool {
	w := s.words
	switch t.typ {
	case events.Contract, events.Partnership:
		if agentAgreement(w, t) {
			return true
		}
		return t.typ == events.Partnership && personJoins(s, t)
	case events.Product:
		return webcastAvailable(w, t)
	case events.Acquisition:
		return anyAmountBought(w, t) || proceedsPurpose(w, t)
	case events.Buyback:
		return proceedsPurpose(w, t)
	}
	return false
}

// agentNouns name the banks that sell a company's securities for it.
var agentNouns = wordSet(`agent agents underwriter underwriters dealer dealers dealer-manager dealer-managers`)

// offeringAgreements are the words before "agreement" that make it an agreement to sell securities:
// "an underwriting agreement with", "a placement agreement with", "an equity distribution
// agreement with" (a "distribution agreement" alone distributes goods).
var offeringAgreements = wordSet(`underwriting placement at-the-market`)

// agentAgreement says whether the contract or partnership trigger t, "agreement with" or "<noun>
// agreement", is an agreement with the agents or underwriters of an offering: an agent's noun
// among the few words after "with" in its clause ("a sales agreement with a group of sales
// agents", "with Jefferies and BTIG, as sales agents"), or an offering's word right before
// "agreement" ("an underwriting agreement with Morgan Stanley", "an equity distribution
// agreement").
func agentAgreement(w []string, t trigger) bool {
	a := t.from
	for a < t.to && w[a] != "agreement" {
		a++
	}
	if a == t.to {
		return false
	}
	if a > 0 && (offeringAgreements[w[a-1]] || w[a-1] == "distribution" && a > 1 && w[a-2] == "equity") {
		return true
	}
	if a+1 >= len(w) || w[a+1] != "with" {
		return false
	}
	for k := a + 2; k < len(w) && k < a+10; k++ {
		if agentNouns[w[k]] {
			return true
		}
		if w[k] == "." || w[k] == ";" || w[k] == "to" || w[k] == "under" || w[k] == "for" {
			return false
		}
	}
	return false
}

// callMaterials name what a company puts on its website about a call or an event it holds.
var callMaterials = wordSet(`webcast webcasts replay replays recording recordings transcript transcripts
	presentation presentations slides slide materials dial-in audio archive podcast`)

// webcastAvailable says whether the product trigger t, "available", is told of a call's webcast,
// replay or slides: one of those nouns before it in the sentence, with no clause break between
// ("A webcast of the call, along with the slides, will be available on the website"; not "After
// the call, the new grill will be available in stores", where a comma-led clause comes first and
// the grill is the subject).
func webcastAvailable(w []string, t trigger) bool {
	if w[t.to-1] != "available" {
		return false
	}
	for k := t.from - 1; k >= 0; k-- {
		switch {
		case callMaterials[w[k]]:
			return true
		case w[k] == "." || w[k] == ";" || w[k] == ":":
			return false
		}
	}
	return false
}

// joinForms are the forms of "join" the partnership triggers hold.
var joinForms = wordSet(`join joins joined joining`)

// personSubjects are the pronouns of a person.
var personSubjects = wordSet(`he she`)

// honorifics are the titles before a person's surname ("Mr. Ruiz").
var honorifics = wordSet(`mr ms mrs dr`)

// personJoins says whether the partnership trigger t, a form of "join", tells a person's hiring:
// a person's pronoun or an honorific and surname right before it ("she joined", "Mr. Ruiz
// joined"), or, in its clause after the company joined, "from" and a capitalized name ("Ruiz
// joins Acme from Beta Corp") or "as" and an officer's title ("joined the company as chief
// financial officer", "as controller in 2011" is none: only the officer words of feeds.go).
func personJoins(s *sentence, t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || !joinForms[w[t.from]] {
		return false
	}
	if k := t.from - 1; k >= 0 && personSubjects[w[k]] ||
		k >= 2 && w[k-1] == "." && honorifics[w[k-2]] && startsUpper(s.toks[k].text) {
		return true
	}
	for k := t.to + 1; k < len(w) && k < t.to+8; k++ {
		switch w[k] {
		case ".", ";", ",", "and", "to":
			return false
		case "from":
			return k+1 < len(w) && startsUpper(s.toks[k+1].text)
		case "as":
			for j := k + 1; j < len(w) && j <= k+4; j++ {
				if officerWords[w[j]] || w[j] == "executive" || w[j] == "vice" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// amountNouns name a quantity of a company's own stock.
var amountNouns = wordSet(`amount number quantity shares stock`)

// anyAmountBought says whether the acquisition trigger t, a one-word verb of buying, takes "any"
// and a quantity of stock as its object ("does not obligate the company to acquire any
// particular amount of stock", "is not required to buy any shares"): how a buyback may run, not
// a company bought.
func anyAmountBought(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to+1 >= len(w) || w[t.to] != "any" {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+3; k++ {
		if amountNouns[w[k]] {
			return true
		}
	}
	return false
}

// purposeLinks are the words between "purposes" and what the purposes may include.
var purposeLinks = wordSet(`, which may could might can include includes including such as the`)

// proceedsPurpose says whether trigger t is listed among the uses an offering's proceeds are
// put to: "purposes" a few words before it, linked by "which may include", "including" or "such
// as" ("for general corporate purposes, which may include repurchases of its common stock",
// "general corporate purposes, including acquisitions").
func proceedsPurpose(w []string, t trigger) bool {
	linked := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		switch {
		case w[k] == "purposes":
			return linked
		case w[k] == "include" || w[k] == "includes" || w[k] == "including" || w[k] == "as":
			linked = true
		case !purposeLinks[w[k]]:
			return false
		}
	}
	return false
}

// exchangeTag says whether text, the words between two companies' names, is one or more exchange
// tags or symbols in parentheses and a joining word: " (NASDAQ: CHRD) and ", " (NYSE: ACME), ".
// The tags dropped, what is left is returned for joinedWith to read.
func exchangeTag(gap string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(gap, '(')
		if i < 0 {
			b.WriteString(gap)
			return b.String()
		}
		j := strings.IndexByte(gap[i:], ')')
		if j < 0 || j > 24 {
			b.WriteString(gap)
			return b.String()
		}
		b.WriteString(gap[:i])
		gap = gap[i+j+1:]
	}
}
