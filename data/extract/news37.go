package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of features, explainers, columns and Q&As (news37, on modern36). A feature tells its
// news once, often as a peg hung on the time since ("Three weeks after it agreed to buy JDE
// Peet's, ..."), and fills the rest with what the company is, has been and is compared with:
//
//   - A span of weeks opening the sentence, before a main clause that tells no event of its own,
//     measures the time since the news the piece is about: "Three weeks after it agreed to buy
//     Sonos, Acme is still explaining the deal". Years and months stay a past recalled
//     (yearsAfter: "Five years after Haworth Brewing bought Malton Ales, the label ..."), and so
//     does a span after the main clause (", weeks after the company filed for bankruptcy").
//   - Analysts a company tells something are its audience, no analyst's action: "after the
//     company told analysts that ...". Upgrades of a thing, a noun before them, are works:
//     "a wave of firewall upgrades" ("analyst upgrades", "credit downgrades" stay ratings).
//   - The first day of trading as the mark a price is measured from is no listing: "below their
//     price on the first day of trading", "since their first day of trading".
//   - The "it" of such a fronted clause is the company the main clause names: "When it halved
//     its dividend last month, Acme lost its income investors".
//   - A company buying itself buys its own shares: "eBay Is Buying Itself".
//   - Results in a clause a comparison opens are its term, not a report: "more than the company
//     earned in any year of its history".
//   - A company is not a product: "the company that the opening bell introduced".
//   - "Has since", "have since" and "had since" before the verb tell what followed a past
//     happening, at no day of its own: "Masimo has since agreed to sell the audio business".
//   - The fate of a plan told in the pluperfect is the story's past: "by the end of that year
//     the company had abandoned the plan to spin off its cloud business".
//   - A move in the perfect measured "since" a past mark is a course, as news33's "this year"
//     is: "its shares have more than tripled since", "have fallen about 40% since its 2021
//     peak". A sentence that names a day tells that day's move ("since Tuesday's report").
//   - A perfect progressive "for years", "for decades" or "for months" is a course, not news:
//     "has been selling down its stake for years".

// news37Misread says whether trigger t is one of the misreads above.
func news37Misread(s *sentence, t trigger) bool {
	w := s.words
	switch {
	case s.cues()&cueSince != 0 && sinceFollowed(w, t) || progressiveCourse(w, t) || pluperfectPlan(w, t):
		return true
	case t.typ == events.Analyst:
		return analystsTold(w, t) || worksUpgrades(w, t)
	case t.typ == events.IPO:
		return debutAsMark(w, t)
	case t.typ == events.Earnings:
		return comparisonTerm(w, t)
	case t.typ == events.Product:
		return companyIntroduced(w, t)
	case t.typ == events.PriceMove:
		return s.perfectSince(t)
	}
	return false
}

// pegSpans are the units of a span short enough for the news it measures from to be the
// piece's own.
var pegSpans = wordSet(`week weeks`)

// recentPeg says whether trigger t, which yearsAfter reads as a past recalled, stands in a span
// of weeks that opens the sentence ("Three weeks after", "A week after", "Weeks after"), before
// the first comma, with no verb's trigger of ts after that comma: the main clause tells only
// what stands since ("is still explaining the deal"), and the peg is the news.
func recentPeg(words []string, t trigger, ts []trigger) bool {
	k := slices.Index(words, "after")
	if k < 1 || k > 2 || !pegSpans[words[k-1]] || t.from <= k {
		return false
	}
	if k == 2 && !isNumber(words[0]) && !numberWords[words[0]] && !spanWords[words[0]] {
		return false
	}
	c := slices.Index(words, ",")
	if c < t.to {
		return false
	}
	for _, u := range ts {
		if u.from > c && u.verbal {
			return false // the main clause's own news: "it named a new chief"
		}
	}
	return true
}

// toldAudience are the verbs whose object is whom the company tells.
var toldAudience = wordSet(`told tells telling tell briefed briefing assured reassured warned`)

// analystsTold says whether the one-word analyst trigger "analysts" or "analyst" is the object
// of a verb of telling, with at most a modifier between: "told analysts", "told Wall Street
// analysts", "reassured securities analysts".
func analystsTold(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "analysts" && w[t.from] != "analyst" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		if toldAudience[w[k]] {
			return true
		}
		if w[k] != "securities" && w[k] != "wall" && w[k] != "street" && w[k] != "street's" {
			return false
		}
	}
	return false
}

// ratingModifiers before "upgrades" or "downgrades" keep them a broker's or an agency's.
var ratingModifiers = wordSet(`analyst analysts analysts' broker brokers brokerage rating ratings credit stock stocks
	share notch two-notch three-notch double multiple several two three four five more fresh recent
	latest further street sell-side bond debt sovereign investment-grade other rival`)

// worksUpgrades says whether the one-word analyst trigger "upgrades" or "downgrades" is a plural
// noun with a lower-case noun of a thing before it, after "of" or a determiner: "a wave of
// firewall upgrades", "its software upgrades".
func worksUpgrades(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "upgrades" && w[t.from] != "downgrades" || t.from < 2 {
		return false
	}
	m, d := w[t.from-1], w[t.from-2]
	return isWord(m) && !ratingModifiers[m] && !ratingWords[m] && !determiners[m] && !possessives[m] &&
		(d == "of" || determiners[d] || possessives[d])
}

// priceMarks are the nouns of a price the first day of trading may be the date of.
var priceMarks = wordSet(`price prices level levels close closing value high peak`)

// debutAsMark says whether the IPO trigger "first day of trading" (or "debut") is the mark a
// price is measured from: after "since", "than" or "from", or after "on" with a noun of a price
// before it ("below their price on the first day of trading").
func debutAsMark(w []string, t trigger) bool {
	k := t.from - 1
	for k >= 0 && (w[k] == "the" || possessives[w[k]]) {
		k--
	}
	if k < 0 {
		return false
	}
	switch w[k] {
	case "since", "than", "from":
		return true
	case "on", "at":
		return k > 0 && priceMarks[w[k-1]]
	}
	return false
}

// comparisonTerm says whether the earnings trigger t stands in a clause that "than" opens, with
// at most its subject between: "more than the company earned in any year", "less than it made".
func comparisonTerm(w []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch {
		case w[k] == "than":
			return true
		case isClauseMark(w[k]) || isClauseBreak(w[k]) || w[k] == "that" || w[k] == "and":
			return false
		}
	}
	return false
}

// introducedCompanies are the nouns for a company that a verb of launching may take as object
// in a relative clause: "the company that the bell introduced".
var introducedCompanies = wordSet(`company firm business group corporation`)

// companyIntroduced says whether the product trigger t is a verb whose object is the company
// itself: "the company that the opening bell introduced", "introduced the company to investors".
func companyIntroduced(w []string, t trigger) bool {
	if t.to-t.from != 1 {
		return false
	}
	if t.to+1 < len(w) && w[t.to] == "the" && introducedCompanies[w[t.to+1]] {
		return true
	}
	for k := t.from - 1; k >= 1 && k >= t.from-5; k-- {
		if isClauseMark(w[k]) {
			return false
		}
		if w[k] == "that" || w[k] == "which" {
			return introducedCompanies[w[k-1]]
		}
	}
	return false
}

// sinceFollowed says whether the trigger's clause puts "has since", "have since" or "had since"
// before it ("has since agreed to sell its stake"): a happening after a past one, told at no
// day of its own.
func sinceFollowed(w []string, t trigger) bool {
	if !wordWithin(w, max(t.from-8, 1), t.from, "since", "since") {
		return false // only "since" answers yes (xspeed15.go)
	}
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		if w[k] == "since" {
			return w[k-1] == "has" || w[k-1] == "have" || w[k-1] == "had"
		}
		if bitsOf(w[k])&(wClauseMark|wClauseBreak) != 0 || w[k] == "that" || w[k] == "which" || w[k] == "and" {
			return false
		}
	}
	return false
}

// plannedNouns are the nouns of a plan whose infinitive tells the deal planned.
var plannedNouns = wordSet(`plan plans bid effort efforts attempt proposal idea offer`)

// pluperfectPlan says whether the trigger is the infinitive of a plan that a pluperfect verb
// told the fate of: "had abandoned the plan to spin off its cloud business", "had shelved its
// bid to buy": the story's past, recalled.
func pluperfectPlan(w []string, t trigger) bool {
	k := t.from - 1
	if k >= 0 && w[k] != "to" && t.from+1 < len(w) && w[t.from] == "to" {
		k = t.from // the trigger holds its "to"
	} else if k < 0 || w[k] != "to" {
		return false
	}
	k--
	if k < 2 || !plannedNouns[w[k]] {
		return false
	}
	k--
	if determiners[w[k]] || possessives[w[k]] {
		k--
	}
	// The verb is a participle: "had no plans to issue bonds" denies a plan, news of its own.
	return k >= 1 && w[k-1] == "had" && w[k] != "been" && (strings.HasSuffix(w[k], "ed") || pastParticiples[w[k]])
}

// courseLengths are the spans after "for" that make a perfect progressive a course.
var courseLengths = wordSet(`years decades months decade`)

// progressiveCourse says whether the trigger's verb is a perfect progressive ("has been selling",
// "have been cutting") with "for years", "for decades", "for months" or "for a decade" after it
// in its clause.
func progressiveCourse(w []string, t trigger) bool {
	k := t.from
	if !t.verbal || k < 2 || w[k-1] != "been" || w[k-2] != "has" && w[k-2] != "have" && w[k-2] != "had" {
		return false
	}
	for j := t.to; j+1 < len(w) && j <= t.to+10; j++ {
		if isClauseMark(w[j]) || isClauseBreak(w[j]) {
			return false
		}
		if w[j] == "for" && (courseLengths[w[j+1]] || w[j+1] == "a" && j+2 < len(w) && courseLengths[w[j+2]]) {
			return true
		}
	}
	return false
}

// selfBuyVerbs buy; with "itself" after them they buy the company's own shares.
var selfBuyVerbs = wordSet(`buy buys buying bought purchase purchases purchasing purchased`)

// buysItself says whether the acquisition trigger t is a verb of buying whose object is
// "itself" ("eBay Is Buying Itself Because Nobody Else Will", "buys itself back"): a buyback.
func buysItself(w []string, t trigger) bool {
	return t.to-t.from == 1 && selfBuyVerbs[w[t.from]] && t.to < len(w) && w[t.to] == "itself"
}

// perfectSince says whether the price move trigger t is a perfect ("have more than tripled",
// "has fallen"), its auxiliary in the trigger or at most three words before it, with "since"
// after it in its clause, and the sentence names no day.
func (s *sentence) perfectSince(t trigger) bool {
	w := s.words
	if s.namesDay() {
		return false
	}
	perfect := slices.Contains(w[t.from:t.to], "has") || slices.Contains(w[t.from:t.to], "have")
	for k := t.from - 1; !perfect && k >= 0 && k >= t.from-3 && !isClauseMark(w[k]); k-- {
		perfect = w[k] == "has" || w[k] == "have"
	}
	if !perfect {
		return false
	}
	for j := t.to; j < len(w) && j <= t.to+6; j++ {
		if w[j] == "since" {
			return true
		}
		if isClauseMark(w[j]) || isClauseBreak(w[j]) || w[j] == "and" {
			return false
		}
	}
	return false
}

// frontedSubordinators open a clause put before the main one whose "it" is the company the main
// clause names: "Three weeks after it agreed to buy JDE Peet's, Keurig Dr Pepper is ...".
var frontedSubordinators = wordSet(`after when since before once`)

// frontedPronoun says whether "it" at word i is the subject of a clause fronted at the sentence's
// start ("When it cut its dividend, ...", "Three weeks after it agreed to buy ..., ..."): at most
// three words before its subordinator, no comma before it and one after it, so that the clause
// ends before the main one.
func frontedPronoun(w []string, i int) bool {
	if i < 1 || i > 4 || !frontedSubordinators[w[i-1]] || slices.Contains(w[:i], ",") {
		return false
	}
	return slices.Contains(w[i:], ",")
}
