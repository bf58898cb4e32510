package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// The lead's eighteenth round: who comes in and who leaves when the name is described.

// Words that end a description before a name without being its noun ("former Rockwell Collins
// chief Kelly Ortberg" describes Ortberg; in "former Rockwell Collins chief" the company is no
// person of the change), and words that cannot stand inside one ("a successor to Jane Roe").
var (
	namePremodifiers = newSmallSet(wordSet(`former longtime long-time new interim acting then current outgoing incoming veteran-led`))
	descriptionStops = wordSet(`to of for from with by and or as after before that who whom when while
		since than at in on said says`)
)

// describedOfficer returns 1 when the person at token k comes in and -1 when the person leaves,
// by a verb of the change before a description of up to five tokens that ends in a noun: "named
// aerospace veteran Kelly Ortberg", "appointed former Rockwell Collins chief Kelly Ortberg",
// "replacing longtime boss John Donahoe". A preposition or a conjunction in between makes the
// name belong to something else ("named a successor to Jane Roe", "named a chief after longtime
// director Jane Roe declined"); 0 then, and when no such verb stands before.
func (s *sentence) describedOfficer(k int) int {
	if k < 2 || !isWord(s.toks[k-1].text) || startsUpper(s.toks[k-1].text) || namePremodifiers.has(s.words[k-1]) {
		return 0
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.words[j]
		switch {
		case j < k-1 && inAfter[w]:
			return 1
		case j < k-1 && outAfter[w]:
			return -1
		case descriptionStops[w] || !isWord(s.toks[j].text) && w != "'" && w != "-":
			return 0
		}
	}
	return 0
}

// appositiveOfficer returns 1 when the person ending before token k comes in and -1 when the
// person leaves, by the verb right after an appositive set off by commas: "Jane Roe, 52,
// executive vice president, was named president"; "John Doe, the company's founder, will
// retire". Only an auxiliary may stand between the closing comma and the verb: "John Doe, its
// chairman, said the board named ..." makes him the source, 0.
func (s *sentence) appositiveOfficer(k int) int {
	j := k
	for seg := 0; seg < 2; seg++ {
		e := s.appositiveEnd(j)
		if e < 0 {
			break
		}
		j = e
	}
	if j == k {
		return 0
	}
	for i := j + 1; i < len(s.words) && i <= j+3; i++ {
		w := s.words[i]
		switch {
		case leaveVerbs[w]:
			return -1
		case inAfter[w] || inBefore[w]:
			return 1
		case !appositiveAuxiliaries[w]:
			return 0
		}
	}
	return 0
}

// appositiveEnd returns the index of the comma that closes an appositive opened by the comma at
// token j ("Jane Roe, 52, ..."), or -1 when none opens there or the sentence's clause ends first.
func (s *sentence) appositiveEnd(j int) int {
	if j >= len(s.toks) || s.words[j] != "," {
		return -1
	}
	for e := j + 1; e < len(s.toks) && e <= j+12; e++ {
		switch s.words[e] {
		case ",":
			if e == j+1 {
				return -1
			}
			return e
		case ".", ";", ":", "(", ")", "\"":
			return -1
		}
	}
	return -1
}

var appositiveAuxiliaries = wordSet(`was is has had have will would been be also`)

// stockAsideMove adds the move of a stock told after an aside on the stock, where the lexicon's
// gapped "shares ... fell" stops at the aside's "which" or runs out of words: "Its shares, which
// hit a record in December, fell 6% on Thursday", "The stock, down 20% this year, fell 6%". The
// aside is a relative clause or a stock's standing ("down 20% this year", "up 4% since March",
// "already off its high"); the verb after its closing comma is the move of the day, its size or
// session after it. Only a sentence with no move of its own is read (lead16.go reads a move inside
// the clause).
func (s *sentence) stockAsideMove(ts []trigger) []trigger {
	if s.lacks(markShares) && s.lacks(markStock) || slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove }) {
		return ts
	}
	w := s.words
	for k := 1; k+2 < len(w); k++ {
		if w[k] != "," || w[k-1] != "shares" && w[k-1] != "stock" {
			continue
		}
		if v := stockAsideEnd(w, k); v > 0 && v < len(w) && (moveVerbs[w[v]] || mainMoveVerbs[w[v]]) && moveSized(w, v+1) {
			return append(ts, trigger{typ: events.PriceMove, from: v, to: v + 1, verbal: true})
		}
	}
	return ts
}

// stockAsideEnd returns the index of the first word after an aside on a stock that opens with
// the comma at k (see stockAsideMove), past "then", "nearly" or "also"; 0 when none opens there.
func stockAsideEnd(w []string, k int) int {
	first := w[k+1]
	if !(first == "which" || stockStandings[first] && k+2 < len(w) && (isNumber(w[k+2]) || w[k+2] == "$" || stockStandingWords[w[k+2]])) {
		return 0
	}
	for j := k + 2; j < len(w) && j <= k+14; j++ {
		switch w[j] {
		case ",":
			if j+1 < len(w) && (w[j+1] == "then" || w[j+1] == "nearly" || w[j+1] == "also") {
				return j + 2
			}
			return j + 1
		case ";", ":", "(", ")", ".":
			return 0
		}
	}
	return 0
}

// stockBeforeAside returns the index of "shares" or "stock" whose aside (stockAsideEnd) ends right
// before token v, or -1: the stock a move after the aside is told of.
func (s *sentence) stockBeforeAside(v int) int {
	w := s.words
	if v < 4 || s.lacks(markShares) && s.lacks(markStock) {
		return -1
	}
	for k := v - 2; k >= 1 && k >= v-16; k-- {
		if w[k] == "," && (w[k-1] == "shares" || w[k-1] == "stock") && stockAsideEnd(w, k) == v {
			return k - 1
		}
	}
	return -1
}

// A stock's standing told in an aside: "down 20% this year", "up $40 since March", "off its
// high", "already down".
var (
	stockStandings     = wordSet(`down up off already still once`)
	stockStandingWords = wordSet(`about nearly more almost roughly its sharply down up off`)
)

// inPurposeClause says whether token k stands in a clause that tells what the news is for:
// "as the chipmaker looks to strengthen its position against Nvidia", "as it seeks to catch up
// with Google", "in a bid to fend off Amazon", ", hoping to win customers from Oracle". A
// company there is what the subject aims at, a rival or a market, no party of the news; the
// clause opens after the news's trigger (bystander's afterTrigger) and runs to the company with
// no comma between.
func (s *sentence) inPurposeClause(k int) bool {
	w := s.words
	for j := k - 1; j >= 1 && j >= k-16; j-- {
		switch w[j] {
		case ",", ";", ":", ".", "(", ")":
			return false
		case "to":
			if intentWords[w[j-1]] && (w[j-1] != "bid" && w[j-1] != "effort" && w[j-1] != "push" || j > 2 && w[j-3] == "in") {
				// "looks to", "seeking to"; "in a bid to", "in an effort to"
				return s.purposeOpens(j - 1)
			}
		}
	}
	return false
}

// purposeOpens says whether the intent word at token v opens a purpose clause: a gerund after a
// comma (", seeking to"), "in a bid to", or a present after "as" and a subject of up to four
// words ("as it looks to", "as the business software maker seeks to").
func (s *sentence) purposeOpens(v int) bool {
	w := s.words
	switch w[v] {
	case "bid", "effort", "push":
		return true
	case "seeking", "looking", "aiming", "hoping", "trying", "racing", "working", "striving":
		return v > 0 && w[v-1] == ","
	}
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		if w[j] == "as" {
			return j+1 < v
		}
		if !isWord(s.toks[j].text) && w[j] != "'" || descriptionStops[w[j]] {
			return false
		}
	}
	return false
}

// intentWords are the words of aiming before "to" in a purpose clause.
var intentWords = wordSet(`looks seeks aims tries hopes races works strives pushes moves scrambles wants
	seeking looking aiming hoping trying racing working striving bid effort push`)

// aheadAfterAnd says whether the words from token k, after ", and", open a predicate of its own
// that looks ahead: a subject pronoun before any verb ("and it plans to report results in
// November", "and they expect"), or a present of intent or a modal with "to" or a bare verb
// ("and plans to report results in November", "and will open 150 stores in 2025"). Its date and
// its modal are its own, not the past trigger's before the comma ("completed its acquisition of
// Vizio, and it plans to report results in mid-November" completed the deal that day).
// ownSubjectAfter reads a finite verb, which "plans" after "it" is not taken for; a pronoun and a
// finite verb it ends its search at ("and it said") are read here. Both callers pass the token
// after ", and".
func (s *sentence) aheadAfterAnd(k int) bool {
	if k+1 >= len(s.words) {
		return false
	}
	pronoun := subjectPronouns.has(s.words[k])
	if pronoun {
		k++
	}
	switch s.words[k] {
	case "plans", "intends", "expects", "aims", "hopes", "wants", "plan", "intend", "expect", "aim", "hope", "want":
		return k+1 < len(s.words) && s.words[k+1] == "to"
	case "will", "would", "shall":
		return true
	}
	return pronoun && s.doc.Finite(s.off+s.toks[k].start)
}

var subjectPronouns = newSmallSet(wordSet(`it they he she we`))
