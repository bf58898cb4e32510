package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// Readings of everyday wire copy (news30, on modern29's Reuters- and AP-style stories about
// real companies):
//
//   - A rating in single quotes is the broker's word, not a purchase: "upgraded to 'buy' at
//     Goldman" (ratingBuy knows the double quotes of the body).
//   - A verb's third person ("purchases", "acquires") after "for" and a few lower-case words is
//     a plural noun of purpose: "builds a war chest for senior housing purchases".
//   - A new officer "under" whom a plan runs is the one in office, no change of management:
//     "a plan to save $300 million under its new chief executive".
//   - The news of a rival told as the cause of a company's move is the move's reason, as the
//     labelled sets count it: "Acme shares jump as rival Beta files for bankruptcy".
//   - A year between a possessive and a deal's noun dates the deal: "its 2023 purchase of a
//     Swedish startup" recalls 2023's purchase, whatever day the sentence's main verb has.
//   - An officer put or placed on leave is a change of management: "puts CEO on leave",
//     "placed its chief executive on administrative leave" (the phrases are in the lexicon).

// news30Misread says whether trigger t, among the sentence's triggers ts, is one of the misreads
// above.
func news30Misread(s *sentence, t trigger, ts []trigger) bool {
	w := s.words
	switch t.typ {
	case events.Acquisition:
		if quotedRating(w, t) || purposeNoun(s, t) || !companyDeal(s, t) {
			return true
		}
	case events.Executive:
		if underNewOfficer(w, t) || newOfficerActing(w, t) || onLeave(w, t) && !officerOnLeave(w, t) { // officers.go
			return true
		}
	case events.Restructuring:
		if closedForAWhile(w, t) || windDownInBankruptcy(w, t, ts) {
			return true
		}
	}
	return rivalBehindMove(s, t, ts)
}

// quotedRating says whether the acquisition trigger t is "buy" inside single quotes.
func quotedRating(w []string, t trigger) bool {
	return t.to-t.from == 1 && (w[t.from] == "buy" || w[t.from] == "buys") && t.from > 0 && w[t.from-1] == "'" &&
		t.to < len(w) && w[t.to] == "'"
}

// purposeNoun says whether the one-word trigger t, a verb's "-s" form, follows "for" and up to
// three lower-case words of its phrase: "for purchases", "for senior housing purchases". A verb
// after a preposition's object would have no subject; the word is the plural noun of what the
// money is for, a purpose and no deal.
func purposeNoun(s *sentence, t trigger) bool {
	w := s.words
	if !t.verbal || t.to-t.from != 1 || w[t.from][len(w[t.from])-1] != 's' {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if w[k] == "for" {
			return true
		}
		if !isWord(w[k]) || startsUpper(s.toks[k].text) || determiners[w[k]] || possessives[w[k]] && k != t.from-1 {
			return false
		}
	}
	return false
}

// underNewOfficer says whether the executive trigger t, a new officer ("new chief executive",
// "new ceo"), follows "under" and a possessive or article: the officer the plan runs under.
func underNewOfficer(w []string, t trigger) bool {
	if w[t.from] != "new" || t.from < 2 || w[t.from-2] != "under" {
		return false
	}
	return possessives[w[t.from-1]] || w[t.from-1] == "the" || w[t.from-1] == "a"
}

// onLeave says whether the executive trigger t ends in "leave" after "on": a leave given.
func onLeave(w []string, t trigger) bool {
	return t.to-t.from >= 3 && w[t.to-1] == "leave" && (w[t.to-2] == "on" || w[t.to-3] == "on")
}

// officerOnLeave says whether the gap of a leave trigger holds an officer's title: "placed its
// chief executive on leave", not "placed 2,000 workers on unpaid leave".
func officerOnLeave(w []string, t trigger) bool {
	for k := t.from + 1; k < t.to; k++ {
		if officerWords[w[k]] || w[k] == "executive" || w[k] == "executives" {
			return true
		}
	}
	return false
}

// rivalBehindMove says whether trigger t stands in a clause that opens, after a price move of
// ts, with a subordinator and a rival (rivalWords, rivaldeals.go, whose rivalsDeal keeps a
// rival's deal near any event of the sentence out): "as rival Beta files for bankruptcy",
// "rose as much as 7% on Monday, after rival discount chain Beta filed for bankruptcy and
// agreed to sell itself". The rival's clause runs on to t (rivalClauseTo).
func rivalBehindMove(s *sentence, t trigger, ts []trigger) bool {
	w := s.words
	for _, u := range ts {
		if u.typ != events.PriceMove || u.to > t.from {
			continue
		}
		for k := u.to; k < t.from; k++ {
			if w[k] == ";" || w[k] == "." {
				break
			}
			if !isSubordinator(w[k]) || w[k] == "as" && k+1 < len(w) && asMeasures[w[k+1]] {
				continue // "rose as much as 7%"
			}
			for j := k + 1; j < t.from && j <= k+3; j++ {
				if rivalWords[w[j]] {
					return s.rivalClauseTo(j, t.from)
				}
			}
		}
	}
	return false
}

// asMeasures after "as" make it a measure's ("as much as 7%", "as high as $40"), not a clause's.
var asMeasures = wordSet(`much many high low little well far`)

// rivalClauseTo says whether the rival's clause, opened at word lo, runs on to word hi: no comma,
// semicolon, period or clause break between, and no "and" or "or" that opens a clause with a new
// subject ("after rival carriers cut fares and a Drexel analyst lowered his rating": the analyst's
// act is no rival's). In an all-capital headline every "and" may open one.
func (s *sentence) rivalClauseTo(lo, hi int) bool {
	w := s.words
	for k := lo; k < hi; k++ {
		switch {
		case w[k] == "," || w[k] == ";" || w[k] == "." || isClauseBreak(w[k]):
			return false
		case (w[k] == "and" || w[k] == "or") && k+1 < len(w) &&
			(s.caps || startsUpper(s.toks[k+1].text) || determiners[w[k+1]] || possessives[w[k+1]]):
			return false
		}
	}
	return true
}

// attributiveDate returns the year that stands right before the noun trigger t after a
// possessive or an article: "its 2023 purchase", "the 2019 acquisition". It dates the happening
// over a finer date of the sentence's main verb. Results, payouts and outlooks are not dated so:
// "its 1986 results" are told the day they are reported (reportedOn).
func (s *sentence) attributiveDate(t trigger) (timex.Expr, int, bool) {
	if t.from < 2 || reportedOn(t.typ) || t.typ == events.PriceMove {
		return timex.Expr{}, 0, false
	}
	for i, e := range s.timexes {
		if !s.usable[i] || s.periods[i].Granularity != events.Year || s.tokenIndex(e.ByteEnd) != t.from {
			continue
		}
		from := s.tokenIndex(e.ByteStart)
		if from < 1 || from >= t.from {
			continue
		}
		// A possessive's "'s" is two words: "Apple ' s 2022 purchase".
		if b := s.words[from-1]; possessives[b] || b == "the" || b == "a" || b == "s" && from >= 2 && s.words[from-2] == "'" {
			return e, i, true
		}
	}
	return timex.Expr{}, 0, false
}

// toldWithVerbs are the verbs a company tells or changes its results and outlook with.
var toldWithVerbs = wordSet(`reported posted said raised cut lowered lifted boosted trimmed reduced issued gave
	announced forecast warned`)

// monthOfTelling says whether a past month dates the telling of results or an outlook: "in April"
// right before the clause's verb, "Nike in April reported quarterly sales that
// rose", "Target in May raised its outlook", or right after it, "reported in April that". A month
// that names the period ("its April sales", "sales in April rose") keeps the publication day.
func (s *sentence) monthOfTelling(t trigger, e timex.Expr, p events.Period, published time.Time) bool {
	if (t.typ != events.Earnings && t.typ != events.Guidance) || published.IsZero() ||
		!p.End.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)) {
		return false
	}
	from, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd)
	w := s.words
	if from < 1 || to >= len(w) || to > t.to {
		return false
	}
	if w[from-1] == "in" && toldWithVerbs[w[to]] && to < t.to {
		return true // "in April reported quarterly sales"
	}
	return w[from-1] == "in" && from >= 2 && toldWithVerbs[w[from-2]] && to < len(w) && w[to] == "that"
}

// relativeSubject returns the company a ", which" clause that holds the trigger opens after, where
// the company's name ends right at the comma: "could win customers from Big Lots, which is closing
// hundreds of stores" closes Big Lots' stores, not the sentence subject's. clause is the first
// word of the trigger's clause; before are the companies named before the trigger. (Companies
// joined before it, "Carnival and Royal Caribbean, which ...", are left to the last: adding them
// cost a misread's precision in modern22.)
func (s *sentence) relativeSubject(clause int, before []CompanyMention) *CompanyMention {
	if clause < 2 || clause >= len(s.words) || s.words[clause] != "which" || s.words[clause-1] != "," || len(before) == 0 {
		return nil
	}
	c := before[len(before)-1]
	if k := s.tokenIndex(c.End); k != clause-1 {
		return nil // "a stake in a Walmart unit, which": the clause is the unit's
	}
	return &c
}

// rivalCauses drops the triggers told as a rival's news behind a move that only the readings
// after the misreads found: a headline's company and verb ("Ford slides after rival General
// Motors cuts forecast"), where no "shares" told the move to misread.
func (s *sentence) rivalCauses(ts []trigger) []trigger {
	if !slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove }) {
		return ts
	}
	return slices.DeleteFunc(ts, func(t trigger) bool { return t.typ != events.PriceMove && rivalBehindMove(s, t, ts) })
}

// itRefersTo returns the company that a sentence opening with "It" stands for: the company that
// opened the sentence before it in the same paragraph, where that is another listed company than
// the story's ("CommScope bought ARRIS in 2019 ... It sold its home networks business to Vantiva
// earlier this year": CommScope sold it, not the title's Amphenol); else the story's company.
func itRefersTo(prev, s *sentence, story *CompanyMention, body string) *CompanyMention {
	if len(s.words) == 0 || s.words[0] != "it" || prev.start < 0 || len(prev.companies) == 0 {
		return story
	}
	c := prev.companies[0]
	if c.Ticker == "" || prev.tokenIndex(c.Start) != 0 || story != nil && c.Ticker == story.Ticker {
		return story
	}
	if prev.end <= s.start && strings.Contains(body[prev.end:s.start], "\n") {
		return story // a new paragraph: "It" is the story's company again
	}
	return &c
}

// forecastMeasures name what a company's forecast is of, between the judging word and the noun:
// "upbeat bookings forecast", "a weak sales forecast".
var forecastMeasures = wordSet(`bookings sales revenue profit earnings margin subscriber subscribers deliveries
	shipments orders demand traffic comparable same-store holiday`)

// judgedMeasureForecast says whether a forecast trigger is the noun "forecast" after a measure
// of results and a word that judges it ("Lyft rallies on upbeat bookings forecast", "falls after
// weak revenue forecast"): the company's outlook, as ownForecastNoun reads "upbeat forecast".
func judgedMeasureForecast(words []string, t trigger) bool {
	if words[t.from] != "forecast" || t.to != t.from+1 || t.from < 2 || !forecastMeasures[words[t.from-1]] {
		return false
	}
	return forecastMarks[words[t.from-2]] || possessives[words[t.from-2]]
}

// companyDeal says whether an acquisition trigger that tells a deal only by a company holds one:
// "talks for" with a company right after it ("in talks for Occidental", not "talks for a new
// labour contract"), "walked away from ... deal" with one in the gap ("walks away from Albertsons
// deal", not "walked away from a deal with the union"). Other triggers pass.
func companyDeal(s *sentence, t trigger) bool {
	w := s.words
	switch {
	case t.to-t.from == 2 && w[t.from] == "talks" && w[t.from+1] == "for":
		return s.companyWithin(t.to, t.to+1) || s.namedWithin(t.to, t.to+1)
	case w[t.to-1] == "deal" && t.to-t.from >= 4 && w[t.from+1] == "away" && w[t.from+2] == "from":
		return s.companyWithin(t.from+3, t.to-1) || s.namedWithin(t.from+3, t.to-1)
	}
	return true
}

// closingVerbs open a restructuring trigger that closes sites.
var closingVerbs = wordSet(`close closes closed closing shut shuts shutting shutter shutters shuttered shuttering`)

// whileWords after the sites closed tell a closing for a while, not for good.
var whileWords = wordSet(`early temporarily briefly overnight`)

// closedForAWhile says whether a closing of sites is for a while: "closed its restaurants early on
// Christmas Eve", "shuttered its stores for the holiday", "temporarily closed its plants". Sites
// closed for good are a restructuring; a day's or a storm's closing is none.
func closedForAWhile(w []string, t trigger) bool {
	if !closingVerbs[w[t.from]] {
		return false
	}
	if t.from > 0 && (w[t.from-1] == "temporarily" || w[t.from-1] == "briefly") {
		return true
	}
	for k := t.to; k < len(w) && k <= t.to+1; k++ {
		if whileWords[w[k]] {
			return true
		}
		if w[k] == "for" && k+2 < len(w) && (w[k+1] == "the" || w[k+1] == "a") && spellWords[w[k+2]] {
			return true // "for the holiday", "for a day"
		}
	}
	return false
}

// spellWords are the short spells a closing "for the ..." lasts.
var spellWords = wordSet(`day days holiday holidays weekend night week storm hurricane`)

// windDownInBankruptcy says whether a business wound down ("will wind down operations") is told
// beside a bankruptcy in its sentence: "filed under Chapter 7 and will wind down operations" is
// the liquidation's course, not a restructuring of its own.
func windDownInBankruptcy(w []string, t trigger, ts []trigger) bool {
	switch w[t.from] {
	case "wind", "winds", "wound", "winding":
		return slices.ContainsFunc(ts, func(u trigger) bool { return u.typ == events.Bankruptcy })
	}
	return false
}
