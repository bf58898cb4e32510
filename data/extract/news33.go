package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of columns and features (news33, on modern32's Heard-on-the-Street and Barron's
// style pieces about real companies). A column argues, supposes and recalls, and its verbs of
// buying, selling and paying often tell no happening at all:
//
//   - A site's noun that modifies the noun after it names goods, not the site: "sell the same
//     hotel rooms to the same travelers", "sells hospital beds", "sold store brands". The
//     lexicon's "sell ... hotel" stops one word short of what is sold.
//   - A supposition is no event: the clause of an "if" whose verb is the subjunctive "were"
//     ("if Disney were to sell its networks"), or of an inversion ("Were Intel to sell its
//     foundry", "Should Disney decide to sell", "Had Kroger bought"), and the clause that tells
//     what "would" follow it; "what if"; a question a conditional modal opens ("Would customers
//     accept it?", "Why would" not: it is no opener); the writer's own "I would buy";
//     and the past that did not happen, a modal's perfect told of the deal's noun ("a merger
//     would have saved it a year of hearings", "Would a merged Kroger and Albertsons have been a
//     better company?"). The perfect's own verb stays, and so does a deal whose terms a relative
//     clause tells in it: "an agreement under which Acme would have purchased the unit has been
//     terminated" tells the deal that ended.
//   - The clause that "since" opens with a subject of its own tells where a span starts, a past
//     the news is measured from: "the first cut since the company listed its shares in 2005".
//   - A company's purchase of "the stock" or "shares" with no company named as their issuer is
//     a purchase of securities, no deal: "keeps buying the one stock it trusts" (a stake names
//     its company: "bought stock in Mondelez", "bought Apple shares").
//   - "Has never" or "had never" before a verb tells a lifetime's record, no denied news: "has
//     never paid a dividend".
//   - Purchases told as the means of growing are a history: "has grown through purchases of
//     smaller firms"; and a body's present of buying or selling a bare plural is what a company
//     does, its trade: "It buys hospitals from the companies that run them and leases the
//     buildings back" (a title's present is its news: "Acme buys stores from Beta").
//   - Two companies at work together on a thing to be made: "is working with Google Cloud to
//     build a chatbot" (the lexicon's partnership phrases, with a company after "with").
//   - A move told in the perfect over the year or the month so far is a course, not the day's
//     move: "the stock, which has fallen about 20% this year", "its shares have lost more than
//     half their value this year" ("fell 20% this year" stays the year's move, as the lexicon
//     dates it).

// news33Misread says whether trigger t is one of the misreads above.
func news33Misread(s *sentence, t trigger) bool {
	w := s.words
	switch {
	case s.supposed(t) || s.sinceClauseVerb(t) || neverDone(w, t):
		return true
	case t.typ == events.Acquisition:
		return siteModifiesGoods(w, t) || s.securitiesBought(t) || grownThrough(w, t) || s.tradeTold(t)
	case t.typ == events.Partnership:
		return s.workedWithNoCompany(t)
	case t.typ == events.PriceMove:
		return s.perfectCourse(t)
	}
	return false
}

// soldSites are the sites of a going concern that the lexicon's verbs of selling take.
var soldSites = wordSet(`hotel hotels store stores plant plants station stations mill mills hospital
	hospitals restaurant restaurants newspaper newspapers magazine magazines branch branches`)

// siteGoods are the goods and services a site's noun modifies: "hotel rooms", "hospital beds",
// "store brands", "plant food".
var siteGoods = wordSet(`room rooms night nights stay stays bed beds brand brands food foods space
	supplies equipment products items goods tickets cards furniture fixtures meals`)

// sellForms open the lexicon's phrases of selling a site or a business.
var sellForms = wordSet(`sell sells sold selling`)

// businessPlurals are what a business is sold as: after a site's noun they keep the sale ("sold
// its hotel operations", "the store chains").
var businessPlurals = wordSet(`units operations assets interests lines segments divisions chains portfolios
	holdings stakes properties companies subsidiaries affiliates networks businesses sites locations`)

// soldBusinesses are the lexicon's other nouns of a business sold that may modify a noun after
// them: "business travelers", "systems engineers".
var soldBusinesses = wordSet(`business businesses division divisions unit units operation operations chain system
	systems line franchise affiliate`)

// siteModifiesGoods says whether the acquisition trigger t, a verb of selling with a gap, ends in
// a noun that modifies what follows it: goods ("sell the same hotel rooms", "store brands") or
// another plural that names no business ("sell rooms to the same business travelers").
func siteModifiesGoods(w []string, t trigger) bool {
	if !t.gap || t.to >= len(w) || !sellForms[w[t.from]] {
		return false
	}
	n, last := w[t.to], w[t.to-1]
	if soldSites[last] && siteGoods[n] {
		return true
	}
	// Only a noun modifies: "sold ... shares to investors" ends in its preposition.
	return (soldSites[last] || soldBusinesses[last]) && len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !businessPlurals[n] &&
		!objectEnds[n] && !isNumber(n) && n != "this" && n != "its"
}

// conditionalModals tell what would follow a supposition, or, before "have" and a participle,
// a past that did not happen.
var conditionalModals = wordSet(`would could might should`)

// clauseMarks end the clause a supposition governs.
var clauseMarks = wordSet(`, ; : -- —`)

// supposed says whether trigger t is told as a supposition: inside an "if" clause whose verb is
// the subjunctive "were", or in a clause with a conditional modal of a sentence that has one; or
// in a clause whose modal has a perfect ("would have saved", "Would ... have been") that is not
// the trigger's own verb ("would have purchased").
func (s *sentence) supposed(t trigger) bool {
	if !s.maySuppose() {
		return false
	}
	w := s.words
	if s.cues()&(cueModal|cueIf) == 0 {
		// No modal and no "if": of the tests below only the inversion can answer yes, and
		// without a modal it asks only whether t stands before the opening clause's comma.
		return invertedCondition(s, t, false)
	}
	lo, hi := t.from, t.to
	for lo > 0 && !isClauseMark(w[lo-1]) {
		lo--
	}
	for hi < len(w) && !isClauseMark(w[hi]) {
		hi++
	}
	if n := len(w); n > 1 && w[n-1] == "?" && conditionalModalWords.has(w[0]) || s.whatIf() {
		return true // "Would a merger ... make more sense?", "What if Apple bought Netflix?"
	}
	modal := false
	for k := lo; k < hi; k++ {
		if !conditionalModalWords.has(w[k]) {
			continue
		}
		modal = true
		if k > 0 && (w[k-1] == "i" || w[k-1] == "we") {
			return true // "I would buy the shares at this price": the writer's choice
		}
		if relativeBetween(w, min(k, t.from), max(k, t.to)) {
			continue // "an agreement under which Acme would have purchased": the terms of a deal
		}
		// the perfect may follow the subject in a question: "Would a merged ... have been"
		for j := k + 1; j < hi && j <= k+8; j++ {
			if w[j] == "have" && j+1 < len(w) && participle(w[j+1]) && j+1 != t.from {
				return true
			}
			if j > k+1 && (isClauseBreak(w[j]) || w[j] == "that") {
				break
			}
		}
	}
	if invertedCondition(s, t, modal) {
		return true
	}
	// The subjunctive condition: "if" and "were" within a few words, no mark between.
	for k := 0; k < len(w); k++ {
		if w[k] != "if" {
			continue
		}
		end := k + 1
		were := false
		for ; end < len(w) && !isClauseMark(w[end]); end++ {
			if w[end] == "were" && end <= k+8 {
				were = true
			}
		}
		if !were {
			continue
		}
		if t.from > k && t.from < end || modal {
			return true
		}
	}
	return false
}

// invertedCondition says whether the sentence opens with a condition told by inversion and
// trigger t stands in it, or the trigger's clause has a modal: "Were Intel to sell its foundry,
// ...", "Should Disney decide to sell ESPN, ...", "Had Kroger bought Albertsons, ...".
func invertedCondition(s *sentence, t trigger, modal bool) bool {
	w := s.words
	if len(w) > 2 && invertedConditions[w[0]] && (startsUpper(s.toks[1].text) || w[1] == "the" || w[1] == "it" || w[1] == "they") {
		end := 1
		for end < len(w) && !isClauseMark(w[end]) {
			end++
		}
		if end < len(w) && w[end] == "," && (t.from < end || modal) {
			return true
		}
	}
	return false
}

// maySuppose says whether the sentence holds a word every supposition needs (a conditional
// modal, "if", or an inversion's "were" or "had"), read once: supposed is asked of every
// trigger, and most sentences hold none.
func (s *sentence) maySuppose() bool {
	return s.cues()&(cueModal|cueIf|cueWereHad) != 0
}

// relativeWords open a relative clause.
var relativeWords = wordSet(`which whereby that who whom whose`)

// relativeBetween says whether a relative word stands among the words [lo, hi).
func relativeBetween(w []string, lo, hi int) bool {
	for k := lo; k < hi && k < len(w); k++ {
		if relativeWords[w[k]] {
			return true
		}
	}
	return false
}

// invertedConditions open a sentence's condition by inversion.
var invertedConditions = wordSet(`should were had`)

// whatIf says whether the sentence supposes with "what if": "What if Apple bought Netflix?"
func (s *sentence) whatIf() bool {
	for k := 0; k+1 < len(s.words); k++ {
		if s.words[k] == "what" && s.words[k+1] == "if" {
			return true
		}
	}
	return false
}

// participle says whether w is a past participle after "have": "been", a regular "-ed" form or
// one of the irregular participles.
func participle(w string) bool {
	return w == "been" || strings.HasSuffix(w, "ed") && len(w) > 3 || pastParticiples[w]
}

// sinceOpeners open the subject of a clause after "since": "since the company listed", "since
// it went public" ("since its 2021 acquisition of" is a noun's, which keeps its date).
var sinceOpeners = wordSet(`the it they he she we this that`)

// sinceClauseVerb says whether trigger t is the verb of a clause opened by "since" with a
// subject of its own, a few words before it: "the first reduction since the Birmingham, Ala.,
// company listed its shares in 2005". The clause is where a span starts ("since January, it
// has bought" has no subject after "since" and is not one). A comma ends the clause, but for
// the commas of a place ("the Birmingham, Ala., company") or before a capital; a noun trigger
// is no clause's verb.
func (s *sentence) sinceClauseVerb(t trigger) bool {
	w := s.words
	if s.cues()&cueSince == 0 || !wordWithin(w, t.from-9, t.from, "since", "since") || nouns[w[t.from]] {
		return false // only "since" in the window answers yes (xspeed15.go)
	}
	for k := t.from - 1; k >= 0 && k >= t.from-9; k-- {
		switch {
		case w[k] == "," && !(k > 0 && w[k-1] == ".") && !(k+1 < len(w) && startsUpper(s.toks[k+1].text)):
			return false
		case w[k] == "since":
			if k+1 >= t.from || w[k+1] == "then" {
				return false
			}
			return sinceOpeners[w[k+1]] || startsUpper(s.toks[k+1].text) && !isNumber(w[k+1]) && s.companyWithin(k+1, t.from) ||
				s.personSince(k+1, t)
		case s.wordIs(k, wClauseBreak) || w[k] == "and" || w[k] == "that" || w[k] == ";" || w[k] == "who":
			return false
		}
	}
	return false
}

// boughtVerbs are the one-word verbs of buying.
var boughtVerbs = wordSet(`buy buys bought buying purchase purchases purchased purchasing`)

// stockHeads are the heads of an object that is securities.
var stockHeads = wordSet(`stock stocks shares`)

// objectOpeners may open the object of buying before its head.
var objectOpeners = wordSet(`the a an its their more some one only same`)

// securitiesBought says whether the one-word acquisition trigger t buys stock or shares whose
// issuer no company names: "keeps buying the one stock it trusts". Not in an all-capital
// headline, where counts and names are hard to tell apart.
func (s *sentence) securitiesBought(t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || !boughtVerbs[w[t.from]] || s.caps || t.to >= len(w) || !objectOpeners[w[t.to]] {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+4; k++ {
		if isNumber(w[k]) || isClauseMark(w[k]) || objectEnds[w[k]] {
			return false
		}
		if stockHeads[w[k]] {
			return !s.companyWithin(t.to, k+1) && (k+1 >= len(w) || w[k+1] != "in" && w[k+1] != "of")
		}
	}
	return false
}

// neverDone says whether trigger t follows "has never", "have never" or "had never": a record
// kept, no denial of the day's news.
func neverDone(w []string, t trigger) bool {
	k := t.from - 1
	if k >= 0 && w[k] == "ever" { // "has not ever"
		k--
	}
	return k >= 1 && w[k] == "never" && (w[k-1] == "has" || w[k-1] == "have" || w[k-1] == "had")
}

// dealPlurals are the nouns of many deals; growthVerbs grow a business by them.
var (
	dealPlurals = wordSet(`purchases acquisitions deals takeovers mergers`)
	growthVerbs = wordSet(`grown grew grow grows growing expanded expand expands expanding built build builds`)
)

// grownThrough says whether the acquisition trigger t is a plural of deals told as the means of
// growing: "has grown through purchases of smaller firms", "expanded by acquisitions".
func grownThrough(w []string, t trigger) bool {
	if !dealPlurals[w[t.from]] || t.from < 2 {
		return false
	}
	k := t.from - 1
	if w[k] != "through" && w[k] != "via" && w[k] != "by" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if growthVerbs[w[j]] {
			return true
		}
	}
	return false
}

// workWithVerbs open the partnership phrases "working with ... to build".
var workWithVerbs = wordSet(`work works worked working`)

// workedWithNoCompany says whether a partnership trigger "working with ... to build" names no
// company after "with": "is working with regulators to build a framework" is no partnership.
func (s *sentence) workedWithNoCompany(t trigger) bool {
	w := s.words
	if !workWithVerbs[w[t.from]] || t.from+1 >= len(w) || w[t.from+1] != "with" {
		return false
	}
	to := t.from + 2
	for to < t.to && w[to] != "to" {
		to++
	}
	return !s.companyWithin(t.from+2, to)
}

// perfectAdverbs may stand between a perfect's auxiliary and its participle.
var perfectAdverbs = wordSet(`now already so far also`)

// courseSpans are the words after "this" of a span that runs to the telling: "this year", "this
// month", "this quarter".
var courseSpans = wordSet(`year month quarter`)

// perfectCourse says whether the price-move trigger t is told in the perfect ("has fallen",
// "have lost") with a span that runs to the telling after it in its clause: "this year", "so far
// this month". A sentence that names a day tells that day's move beside the course.
func (s *sentence) perfectCourse(t trigger) bool {
	w := s.words
	if s.namesDay() {
		return false // "Nike's stock, which has fallen 30% this year, rose on Monday": the day's move
	}
	k := t.from - 1
	for k >= 0 && perfectAdverbs[w[k]] {
		k--
	}
	// The move's phrase may hold its subject and auxiliary: "shares have dropped", "stock,
	// which has fallen".
	if (k < 0 || w[k] != "has" && w[k] != "have") && !slices.Contains(w[t.from:t.to], "has") && !slices.Contains(w[t.from:t.to], "have") {
		return false
	}
	for j := t.to; j+1 < len(w) && j <= t.to+10; j++ {
		if isClauseMark(w[j]) || isClauseBreak(w[j]) || w[j] == "and" {
			return false
		}
		if w[j] == "this" && courseSpans[w[j+1]] || pastSpan(w, j) { // pastSpan: news44.go
			return true
		}
	}
	return false
}

// tradeVerbs are the presents of buying and selling that tell a trade.
var tradeVerbs = wordSet(`buys sells acquires purchases`)

// tradeTold says whether the one-word acquisition trigger t, in a body's sentence (not a
// headline's), is a present of buying or selling whose object is a bare plural, lower-case and
// no company: "buys hospitals from the companies that run them".
func (s *sentence) tradeTold(t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || !tradeVerbs[w[t.from]] || s.start < 0 || s.caps || t.to >= len(w) {
		return false
	}
	o := w[t.to]
	return len(o) > 3 && strings.HasSuffix(o, "s") && !strings.HasSuffix(o, "ss") && !startsUpper(s.toks[t.to].text) &&
		!isNumber(o) && !s.companyWithin(t.to, t.to+1) && !objectOpeners[o] && !possessives[o] && !ownedParts[o]
}
