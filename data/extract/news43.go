package extract

import "github.com/eventline/eventline/data/events"

// Readings of small- and mid-cap news (news43, modern41's misses).
//
//   - Results measured short of what was expected are results, as those above are
//     (measuresAbove): "reported fourth-quarter sales below Wall Street estimates", "sales
//     short of analysts' expectations". Bare "sales" is no trigger (a retailer's month, an
//     industry's), so without these a lead that tells a quarter's sales missing told no
//     results; "forecast sales below estimates" stays an outlook (forecastBefore).
//   - An analyst's reason is told by more verbs than "saying" and "citing": "downgraded
//     Olaplex, arguing that its products face cheaper rivals on Amazon", "noting", "warning",
//     "reasoning". The companies of the reason are no parties to the rating.
//   - Two predicates joined by "and", each with a date of its own, are dated each by its own:
//     "opened a lab in Racine in 2023 and bought s::can in 2018" bought in 2018. The first
//     date, nearer the second verb, dated both.

// belowWords put a measure of results under what was expected.
var belowWords = []string{"below", "short of", "shy of"}

// measuresBelow lists a measure of results put below what was expected, with a gap for whose
// expectations: "sales below estimates", "revenue short of analysts' expectations".
func measuresBelow() []string { return measuresAgainst(belowWords) }

// measureBelow says whether trigger t is one of measuresBelow's phrases.
func measureBelow(w []string, t trigger) bool {
	if t.to-t.from < 3 || !aboveMeasures[w[t.from]] || !expectWords[w[t.to-1]] {
		return false
	}
	b := w[t.from+1]
	return b == "below" || (b == "short" || b == "shy") && w[t.from+2] == "of"
}

// analystReasons open the reason an analyst gives for a rating, after which a company named is
// the argument's, not the one rated.
var analystReasons = wordSet(`saying citing arguing noting warning reasoning explaining`)

// news43Misread says whether trigger t is one of the misreads above: a measure below
// expectations that a forecast puts there ("expects sales below estimates") is an outlook.
func news43Misread(s *sentence, t trigger) bool {
	return t.typ == events.Earnings && measureBelow(s.words, t) && forecastBefore(s.words, t.from)
}

// otherPredicateDate says whether the date p, ending at token to, closes the predicate before
// trigger t's, "and" alone between them ("opened a lab in 2023 and bought ..."), while t's own
// predicate has a date after it, "in" and a year or a month within a few words ("... bought
// s::can in 2018"): that later date is t's. With none, the earlier date stays the only one the
// sentence gives. A day before "and" ("extended the offer from midnight yesterday and filed
// suit") is most often the day of both, and stays.
func (s *sentence) otherPredicateDate(t trigger, to int, p events.Period) bool {
	if to != t.from-1 || s.words[to] != "and" || p.Granularity == events.Day {
		return false
	}
	for i, e := range s.timexes {
		from := s.tokenIndex(e.ByteStart)
		if from < t.to || from > t.to+12 || s.words[from-1] != "in" || s.crossesClause(t.to, from) {
			continue
		}
		if g := s.periods[i].Granularity; s.usable[i] && g != events.Day {
			return true
		}
	}
	return false
}
