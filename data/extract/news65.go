package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules of the technology wire (news65, newswire25).

// roleSuppliers are the generic sellers of goods a maker buys its parts and products from.
var roleSuppliers = wordSet(`supplier suppliers vendor vendors subcontractor subcontractors
	manufacturers producers sources`)

// goodsFromSuppliers says whether the acquisition trigger t buys goods from suppliers named by
// their role, with no agreement or rate (goodsUnderSupplyDeal reads those as a contract): "would
// buy more of its software from outside suppliers", "buys most of its chips from Japanese
// vendors" tell how a maker sources its parts, no deal and no contract. The object names no
// company, no capitalized word and no business or holding ("will buy the disk unit from its
// suppliers" stays a deal), and "from" is followed within three words by a supplier noun with
// no company named there ("bought Thirsk Co from Ormesby Suppliers Inc" stays a deal).
func (s *sentence) goodsFromSuppliers(t trigger) bool {
	w := s.words
	if t.to != t.from+1 || !goodsBuyVerbs[w[t.from]] || t.to >= len(w) || w[t.to] == "of" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+12; k++ {
		if gapStops[w[k]] || w[k] == "," {
			return false
		}
		if w[k] != "from" {
			if boughtBusinesses[w[k]] || startsUpper(s.toks[k].text) && !s.caps {
				return false // the object is a company or a business
			}
			continue
		}
		if k == t.to || s.companyWithin(t.to, k) {
			return false
		}
		for j := k + 1; j < len(w) && j <= k+3; j++ {
			if roleSuppliers[w[j]] {
				return !s.companyWithin(k, j+1)
			}
			if gapStops[w[j]] || w[j] == "," {
				return false
			}
		}
		return false
	}
	return false
}

// ageApposition returns the word before a person's age set off by commas that ends at word k,
// the comma before a verb ("Gordon Pryce, 47, joined Fennick in 1984"): the verb's subject, as
// the name right before the verb would be. Without the aside it returns k itself.
func ageApposition(w []string, k int) int {
	if k < 3 || w[k] != "," || w[k-2] != "," || len(w[k-1]) != 2 || !isNumber(w[k-1]) || w[k-1][0] < '2' {
		return k
	}
	return k - 3
}

// endedIn returns the index of "in" when it stands between "ended" or "ending" and the date at
// token k ("its fiscal third quarter ended in April", "the year ending in June"), so that the
// date is read as the period's end as "the quarter ended April 30" is; else k itself.
func endedIn(w []string, k int) int {
	if k >= 3 && w[k-1] == "in" && (w[k-2] == "ended" || w[k-2] == "ending") {
		return k - 1
	}
	return k
}

// laterPredicateDate says whether the date starting at token from, after trigger t, belongs to
// a second predicate that "and" and a verb open between them, while t's own predicate has a
// date of its own before the "and": "has laid off 180 workers this year and lost 3.4 mln dlrs in
// its fiscal third quarter" lays off this year, not in the quarter; "cut 300 jobs last year and
// posted a loss in the fourth quarter" the same. This is news43's otherPredicateDate seen from
// the first predicate. Without a date of t's own the later one stays ("cut 200 jobs and closed
// a plant in March" may tell both in March), and so does one after "and" and no verb ("cut 200
// jobs in March and 100 in April").
func (s *sentence) laterPredicateDate(t trigger, from int) bool {
	if from <= t.to+2 {
		return false
	}
	and := -1
	for k := t.to; k < from; k++ {
		if s.words[k] == "and" {
			and = k
			break
		}
	}
	if and < 0 || and+1 >= from || !secondPredicateVerb(s.words[and+1]) || s.crossesClause(t.to, and) {
		return false
	}
	for i, e := range s.timexes {
		if f, to := s.tokenIndex(e.ByteStart), s.tokenIndex(e.ByteEnd); f >= t.to && to <= and && s.usable[i] {
			return true
		}
	}
	return false
}

// predicateVerbs are common verbs of a second predicate that do not end in "-ed".
var predicateVerbs = wordSet(`lost cut sold took made won paid had has have will spent fell rose
	grew bought set shut`)

// secondPredicateVerb says whether word w, right after "and", opens a verb phrase.
func secondPredicateVerb(w string) bool {
	return predicateVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// analystTargetPeriod says whether the date at tokens [from, to), a year, half or quarter, names
// the period an analyst's estimate is about, not the day of the call: before a word of results
// or of estimating ("cut his estimate of Bracebury's 1988 earnings", "lowered his 1988 estimate
// for Acme") or after one and "for" or "of" ("raised his estimate for 1988"). The call is news the
// day it is told, as results and outlooks are; a day ("on Tuesday") still dates it, and a year
// of the call's own ("upgraded Acme in 1986") is no estimate's.
func (s *sentence) analystTargetPeriod(t trigger, from, to int, p events.Period) bool {
	if t.typ != events.Analyst || p.Granularity != events.Year && p.Granularity != events.Half && p.Granularity != events.Quarter {
		return false
	}
	w := s.words
	if to < len(w) && (namedResults[w[to]] || estimateNouns[w[to]]) {
		return true
	}
	return from >= 2 && (w[from-1] == "for" || w[from-1] == "of") && (namedResults[w[from-2]] || estimateNouns[w[from-2]])
}
