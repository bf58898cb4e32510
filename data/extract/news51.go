package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// news51Moves are the feed's verbs of a sharp move that the claims' list lacks: "Instacart shares
// pop 12% in Nasdaq debut", "the stock popped after the report".
func news51Moves() []string {
	return join(shares("pop"), shares("pops"), shares("popped"))
}

// news51Joins says whether the word at k coordinates a second event with the first as "and"
// does (coordinated's hook): "authorized a $70 billion buyback alongside first-quarter results",
// "raised its dividend along with its forecast", "... as well as a buyback". The second noun is an
// event of its own, not the first's circumstance.
func news51Joins(words []string, k int) bool {
	switch words[k] {
	case "alongside":
		return true
	case "along":
		return k+1 < len(words) && words[k+1] == "with"
	case "well":
		return k > 0 && k+1 < len(words) && words[k-1] == "as" && words[k+1] == "as"
	}
	return false
}

// news51Misread says whether trigger t tells no event of its type (misread's hook): a verb in a
// superlative's relative clause ("the most capable camera Google has shipped"), shares bought by
// people rather than a company ("so that workers in its stock purchase plan can buy whole
// shares"), and lawsuits a bankruptcy is filed to resolve.
func news51Misread(s *sentence, t trigger, ts []trigger) bool {
	return s.superlativeRecord(t) ||
		t.typ == events.Acquisition && (stockPurchasePlan(s.words, t) || s.peopleBuyShares(t)) ||
		t.typ == events.Legal && suitsBehindBankruptcy(s.words, t, ts)
}

// superlativeRecord says whether trigger t is a perfect participle in a relative clause after a
// superlative: "the best phone Apple has ever made", "the most capable camera Google has
// shipped", "the largest plant it has opened". The clause measures a thing against the
// company's past; the thing is the news, and nothing happened on the day.
//
// The clause has a subject of its own before the auxiliary, a company or a pronoun: without it
// the superlative is the main clause's subject ("the largest drugstore chain has agreed to
// sell"), whose verb is news.
func (s *sentence) superlativeRecord(t trigger) bool {
	words := s.words
	k := t.from - 1
	if k >= 0 && words[k] == "ever" {
		k--
	}
	if k < 2 || !isPerfectAux(words[k]) || !clauseSubjects[words[k-1]] && !s.companyEndsAt(k) { // companyEndsAt: news48.go
		return false
	}
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		w := words[j]
		if w == "," || w == ";" || isClauseBreak(w) || gapStops[w] {
			return false
		}
		if words[j-1] == "the" && (w == "most" || w == "best" || w == "worst" || superlativeAdjective(w)) {
			return true
		}
	}
	return false
}

// clauseSubjects are the pronouns that open a relative clause's subject: "the best phone it has made".
var clauseSubjects = wordSet(`it they we he she`)

// perfectAux are the auxiliaries of the perfect.
var perfectAux = wordSet(`has have had`)

// superlativeAdjective says whether w is an adjective's "-est" form ("largest", "biggest",
// "fastest"), not a noun or verb that merely ends so ("interest", "request", "test").
func superlativeAdjective(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w]
}

// notSuperlatives end in "-est" without being superlatives; "latest" orders in time, and
// "the latest deal it has made" may be the news.
var notSuperlatives = wordSet(`interest request harvest protest contest forest honest modest conquest
	suggest invest arrest digest manifest earnest latest`)

// stockPurchasePlan says whether an acquisition trigger is the "purchase" of an employee
// "stock purchase plan": a plan by which staff buy the company's stock, pay, not a deal. A
// "share purchase plan" is left alone: in Canada and Britain it can name a buyback.
func stockPurchasePlan(words []string, t trigger) bool {
	return t.to == t.from+1 && words[t.from] == "purchase" && t.from > 0 && words[t.from-1] == "stock" &&
		t.to < len(words) && (words[t.to] == "plan" || words[t.to] == "plans" || words[t.to] == "program")
}

// peopleBuyShares says whether an acquisition trigger is a verb of buying after a modal of
// ability whose subject is people named a few words back, perhaps with a phrase after them
// ("so that workers in its stock purchase plan can buy whole shares", "investors will be able to
// buy fractional shares"): shares bought by people, not a company taking a stake.
// peopleBuyGoods (longform.go) reads the nearer subjects of goods.
func (s *sentence) peopleBuyShares(t trigger) bool {
	w := s.words
	m, ok := s.buyerModal(t)
	if !ok {
		return false
	}
	if w[m] == "able" && m > 0 && (w[m-1] == "be" || w[m-1] == "are" || w[m-1] == "were") {
		m--
	}
	for k := m - 1; k >= 0 && k >= m-8; k-- {
		if peopleBuyers[w[k]] || shareBuyers[w[k]] {
			return !s.companyWithin(k+1, m)
		}
		if gapStops[w[k]] || isClauseBreak(w[k]) || w[k] == "," {
			return false
		}
	}
	return false
}

// shareBuyers are people who buy shares for themselves.
var shareBuyers = wordSet(`employees staff workers investors members participants savers traders retirees`)

// suitsBehindBankruptcy says whether a legal trigger is the lawsuits a bankruptcy is filed to
// resolve ("filed for Chapter 11 ... as it seeks to resolve hundreds of opioid lawsuits"): the
// claims are the filing's cause, told with it, not a ruling or a suit of the day.
func suitsBehindBankruptcy(words []string, t trigger, ts []trigger) bool {
	if !(bankruptcySuitShapes.mayHold(words[t.to-1]) && bankruptcySuits[words[t.to-1]]) {
		return false
	}
	filed := false
	for _, o := range ts {
		if o.typ == events.Bankruptcy && o.from < t.from {
			filed = true
		}
	}
	if !filed {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-5; k-- {
		if resolvingVerbs[words[k]] {
			return true
		}
		if words[k] == "," || words[k] == ";" {
			return false
		}
	}
	return false
}

// bankruptcySuits name the claims a filing is made to resolve.
var bankruptcySuits = wordSet(`lawsuits suits litigation claims cases`)

// resolvingVerbs tell what a filing does with the claims against the company.
var resolvingVerbs = wordSet(`resolve resolving address addressing shed shedding cap capping handle handling
	contain containing manage managing`)

// titleDealTyped retypes a title's partnership told by a bare agreement noun ("Constellation,
// Microsoft sign deal to restart reactor") as the contract the body tells between the same
// companies ("signed a 20-year power purchase agreement with Microsoft"): the title's "deal" is
// the body's, named vaguely, and a title that says partnership ("team up", "form venture")
// keeps its word.
func titleDealTyped(evs []Event, title []string) []Event {
	bare, partnerWord := false, false
	for _, w := range title {
		bare = bare || agreementNounSet.has(w)
		partnerWord = partnerWord || (partnerWordShapes.mayHold(w) && partnerWords[w])
	}
	if !bare || partnerWord {
		return evs
	}
	for i, e := range evs {
		if !e.fromTitle || e.Type != events.Partnership {
			continue
		}
		if slices.ContainsFunc(evs, func(o Event) bool {
			return !o.fromTitle && o.Type == events.Contract && len(e.Tickers) > 0 && allIn(e.Tickers, o.Tickers)
		}) {
			evs[i].Type = events.Contract
		}
	}
	return evs
}

// agreementNouns name an agreement without saying what kind.
var agreementNouns = wordSet(`deal deals agreement agreements pact pacts accord`)

// partnerWords say a partnership in a title.
var partnerWords = wordSet(`partner partners partnership partnering partnered alliance venture jv team teams
	teaming collaborate collaborates collaboration tie-up forces co-develop`)

// allIn says whether every string of a is in b.
func allIn(a, b []string) bool {
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}
