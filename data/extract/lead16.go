package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// The lead's sixteenth round: misreads found by probing 2024-2025 company news written for the
// purpose (README "The lead's sixteenth round").

// replacedInstance says whether a date from..to after trigger t lies in a phrase that names an
// earlier instance of the trigger's thing, with a verb of its own: "authorized a new $20 billion
// repurchase program, replacing the one it announced in 2022", "another $110 billion of buybacks,
// on top of the $90 billion authorized in May 2023". The date is the old program's; the new one
// takes the telling's day as an undated event does. A date with no verb of its own after the
// opener ("replacing John Donahoe, effective Oct. 14") may be the event's and stays.
func (s *sentence) replacedInstance(from int, t trigger) bool {
	w := s.words
	for k := t.to; k < from-1; k++ {
		if w[k] == ";" {
			return false
		}
		if !replacementOpener(w, k) {
			continue
		}
		for j := k + 1; j < from; j++ {
			if relativeSubjects[w[j]] || pastParticiple(w[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// replacementOpener says whether word k opens a phrase of the thing an event replaces or adds
// to: "replacing", "superseding", "on top of", "in addition to".
func replacementOpener(w []string, k int) bool {
	switch w[k] {
	case "replacing", "superseding", "supplementing":
		return true
	case "top":
		return k > 0 && w[k-1] == "on" && k+1 < len(w) && w[k+1] == "of"
	case "addition":
		return k > 0 && w[k-1] == "in" && k+1 < len(w) && w[k+1] == "to"
	}
	return false
}

// relativeSubjects open a relative clause of the replaced thing: "the one it announced", "a plan
// that was adopted", "the program which the board set".
var relativeSubjects = wordSet(`it they which that`)

// pastParticiple says whether w reads as a verb's past participle: the regular "-ed" ("adopted",
// "announced") or one of the irregular ones programs and plans are told with.
func pastParticiple(w string) bool {
	if len(w) > 4 && w[len(w)-2:] == "ed" {
		return true
	}
	switch w {
	case "set", "begun", "made", "paid", "put", "given", "laid":
		return true
	}
	return false
}

// cumulativeSpan says whether a period after a price move, coarser than a day, dates the course a
// second clause tells rather than the day's move: "shares fell 1% and have lost 45% this year",
// "dropped 3% and are down 60% this year", "climbed 5%, extending its gain this month to 40%".
// The move is the day's; the year or the month is the span's. A period with no such clause
// between ("fell 30% in 2008") is the move's own.
func (s *sentence) cumulativeSpan(from int, p events.Period, t trigger) bool {
	if t.typ != events.PriceMove || p.Granularity == events.Day || from < t.to+2 {
		return false
	}
	w := s.words
	for k := t.to; k < from; k++ {
		if spanTellers[w[k]] {
			return true
		}
		if w[k] == "and" && k+1 < from && spanAuxiliaries[w[k+1]] {
			return true
		}
	}
	return false
}

// spanTellers open a participle clause that adds the day's move to a course: "extending its
// gain", "bringing its loss", "leaving the stock down".
var spanTellers = wordSet(`extending bringing taking leaving pushing widening paring trimming adding`)

// spanAuxiliaries after "and" open a present or perfect clause of a course: "and have lost",
// "and are down", "and has gained".
var spanAuxiliaries = wordSet(`have has are is`)

// coordinatedClause says whether word k opens a clause with a subject of its own after ", and"
// (", and it expects revenue to fall"): a word of cutting before it cuts no forecast told in it
// ("will cut 7% of its workforce, and it expects ..."). The tagger's reading cuts its scope
// there too (timex reading.go newPredicate). Background is another matter: "had raised $25
// billion ..., and its shares rose 38% that first day" tells the story's past in both clauses,
// so extraction's status clause does not stop there.
func coordinatedClause(w []string, k int) bool {
	return k >= 2 && w[k-1] == "and" && w[k-2] == "," && coordinatedSubjects[w[k]]
}

// coordinatedSubjects open a coordinated clause's subject.
var coordinatedSubjects = wordSet(`it they its the their his her`)

// bulletOfMain says whether trigger t opens a bullet that tells the story's company's news with
// no subject of its own, as wire briefs and press releases list them under the company's name
// ("Oct 15 (Reuters) - Walgreens Boots Alliance Inc:" then "* sees FY2025 adjusted EPS $1.40
// to $1.80", "* says board authorized $1 billion share repurchase", "* Q4 revenue $37.5
// billion"). A bullet that names its subject ("* Jana Partners says it may seek board seats")
// has a company of its own, which the caller has found first; a bullet whose trigger comes after
// a clause of its own ("* analysts said the buyback ...") is not the company's telling. Only a
// listed company's items are read so: a market report's dashed quotes under a headline whose
// capitals read as a name ("- Five barges ... traded at yesterday's bid") are nobody's.
func (s *sentence) bulletOfMain(t trigger, main *CompanyMention) bool {
	w := s.words
	if len(w) < 3 || !bulletMarks[w[0]] || main.Ticker == "" {
		return false
	}
	k := 1
	if bulletTellers[w[k]] {
		k++
	}
	if k < len(w) && (w[k] == "board" || w[k] == "it") {
		k++ // "* says board authorized ...", "* board declares quarterly dividend"
	}
	lo, _ := s.statusClause(t)
	return lo <= k
}

// bulletMarks open a list's items: a sentence that starts with one is an item.
var bulletMarks = wordSet(`* • - –`)

// bulletTellers open a brief's bullet with the company's telling, its subject left out.
var bulletTellers = wordSet(`says said sees expects reports announces declares`)

// mainMoveAfterRelative moves a price move told in a relative clause of the stock ("Apple's
// stock, which rose 3% on Monday, fell 2% on Tuesday") to the verb of a move after the clause's
// closing comma: the stock's move of the day is the main clause's, the clause's its past. The
// gapped "shares ... fell" stops at "which", so only the clause's verb was read, with its day.
// A clause with no move verb after it ("Apple, which rose 3% on Monday, said ...") keeps its move.
func (s *sentence) mainMoveAfterRelative(ts []trigger) []trigger {
	w := s.words
	if !s.lacks(markShares) && !slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove }) {
		// A clause the lexicon read no move in ("Apple shares, which had jumped 7% a day
		// earlier, slipped 2% on Tuesday"): the verb after it is the move.
		for k := 1; k+1 < len(w); k++ {
			if w[k] == "," && w[k+1] == "which" && w[k-1] == "shares" {
				if v := s.moveAfterAside(k); v > 0 {
					return append(ts, trigger{typ: events.PriceMove, from: v, to: v + 1, verbal: true})
				}
			}
		}
	}
	for i, t := range ts {
		if t.typ != events.PriceMove {
			continue
		}
		k := -1 // the comma that opens the clause
		for j := t.from - 1; j >= 2 && j >= t.from-3; j-- {
			if w[j] == "which" && w[j-1] == "," {
				k = j - 1
				break
			}
		}
		if k < 1 || w[k-1] != "stock" && w[k-1] != "shares" && !s.companyWithin(k-1, k) {
			continue
		}
		if v := s.moveAfterAside(k); v > t.from {
			ts[i] = trigger{typ: events.PriceMove, from: v, to: v + 1, verbal: true}
		}
	}
	return ts
}

// moveAfterAside returns the index of a verb of a move right after the aside that opens with the
// comma at k, or -1.
func (s *sentence) moveAfterAside(k int) int {
	w := s.words
	v := skipAside(w, k)
	if v == k || v >= len(w) {
		return -1
	}
	if w[v] == "then" || w[v] == "nearly" || w[v] == "also" {
		v++
	}
	if v < len(w) && (moveVerbs[w[v]] || mainMoveVerbs[w[v]]) {
		return v
	}
	return -1
}

// mainMoveVerbs are verbs of a stock's move besides news47's moveVerbs.
var mainMoveVerbs = wordSet(`slipped gained lost added edged advanced retreated dipped rallied sagged`)

// spentCourse says whether a trigger's gerund is the course a span of time was spent on: "the
// combined company spent years shutting factories", "has spent months cutting costs". A course
// of years is background, no event of the day; "spent $2 billion buying back shares" spends a sum
// and is left to the other rules.
func spentCourse(w []string, t trigger) bool {
	k := t.from
	if k < 2 || len(w[k]) < 5 || w[k][len(w[k])-3:] != "ing" {
		return false
	}
	if !spentSpans[w[k-1]] {
		return false
	}
	j := k - 2 // back over the span's count: "spent several years", "spent the past two years"
	for j > 0 && j >= k-5 && (spanCounts[w[j]] || isNumber(w[j]) || numberWords[w[j]]) {
		j--
	}
	return spendVerbs[w[j]]
}

// spentSpans are the spans a course is told to have taken, spanCounts the words that count them,
// spendVerbs the verbs that spend them.
var (
	spentSpans = wordSet(`years months decades weeks`)
	spanCounts = wordSet(`several many the past last few a`)
	spendVerbs = wordSet(`spent spend spends spending`)
)

// ownedAcross says whether "its" or "their" owns the noun at word k across the words that name
// what the noun is about: "its data center forecast", "its 2025 revenue forecast". Up to three
// plain words or a year stand between; a possessive or a comma ends the phrase ("analysts'
// revenue forecast" is theirs), and a forecast told as where something was said ("said in its
// crop forecast") is a forecaster's publication.
func ownedAcross(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch p := words[j]; {
		case p == "its" || p == "their":
			// "said in its first preliminary crop forecast": the forecast is where a forecaster
			// said it, its publication, not an outlook given.
			return j < k-1 && (j == 0 || words[j-1] != "in")
		case !isWord(p) && !yearLike(p), p == "s", p == "analysts", p == "the", p == "a", p == "an":
			return false
		}
	}
	return false
}

// reactionMove says whether a price move is told as the reaction to the clause before it (",
// sending its shares down 10%"): the market's answer to the news on the day it was told, an event
// beside it (types.go marks it an aside). A date ahead in that clause ("will step down in
// January, sending its shares down 10%") is the news's, never the move's, which takes the
// telling's day (clauseEvents).
func reactionMove(words []string, t trigger) bool {
	return t.typ == events.PriceMove && t.from > 0 && words[t.from-1] == "," && resultParticiples[words[t.from]]
}

// joinsIndex says whether a partnership's "joins" or "joined" takes a stock index or a market
// as its object: "Palantir joins S&P 500", "will join the Dow Jones Industrial Average",
// "joined the Nasdaq-100". An index's membership is no partner's deal.
func joinsIndex(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "joins" && w[t.from] != "joined" {
		return false
	}
	k := t.to
	if k < len(w) && w[k] == "the" {
		k++
	}
	return k < len(w) && (joinedIndexes[w[k]] || w[k] == "s" && k+1 < len(w) && w[k+1] == "&") // "S&P" is read "s & p"
}

// joinedIndexes open the names of stock indexes: "S&P 500", "Dow Jones", "Nasdaq-100", "Russell 2000".
var joinedIndexes = wordSet(`s&p dow nasdaq-100 nasdaq russell ftse stoxx nikkei benchmark index`)
