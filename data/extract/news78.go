package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// News78: readings of company news of 1997-2007 (modern61's misses).
//
//   - A company won in a deal is a takeover, not business won: "Velcor wins Zentrix in $9
//     billion stock deal", "wins Zentrix with a sweetened bid". A deal paid in stock ("wins $9
//     billion all-stock deal") is a merger's too. The lexicon reads "win ... deal" as a contract;
//     "wins $2 billion Army deal" and "wins Zentrix order" (an order from a customer) stay one.

// winForms are the forms of "win".
var winForms = wordSet(`win wins won winning`)

// takeoverDealKinds, right before "deal", make it a merger's: a deal paid in stock or named by
// the combination.
var takeoverDealKinds = wordSet(`stock all-stock all-share stock-swap cash-and-stock stock-and-cash merger
	takeover buyout`)

// companyWon says whether the contract trigger t is a verb of winning whose object is a company
// taken over: a company right after the verb and a deal, bid or offer after it in the clause
// ("wins Zentrix in $9 billion stock deal", "won Zentrix with a $40-a-share bid"), or a deal
// named by a merger's kind ("wins $9 billion stock deal"). An order or a contract from a company
// named after the verb stays business won.
func (s *sentence) companyWon(t trigger) bool {
	w := s.words
	if t.typ != events.Contract || !winForms[w[t.from]] || t.from+1 >= len(w) {
		return false
	}
	named := s.companyWithin(t.from+1, t.from+2)
	for k := t.from + 1; k < len(w) && k <= t.from+10; k++ {
		switch {
		case isClauseBreak(w[k]) || w[k] == "order" || w[k] == "orders" || w[k] == "contract" || w[k] == "contracts":
			return false
		case w[k] == "deal" || w[k] == "bid" || w[k] == "offer":
			return named || w[k] == "deal" && takeoverDealKinds[w[k-1]]
		}
	}
	return false
}

// courseCauseOpeners open a clause that tells why the sentence's main event happened.
var courseCauseOpeners = wordSet(`after as because`)

// courseAsCause says whether the price-move trigger t tells a course over a span of months or
// years that runs to the telling (news44's pastSpan: "over the past 12 months", "in the last
// year") inside a clause of cause: "approved a 2-for-1 split, after its shares more than
// tripled over the past 12 months", "raised its dividend as the stock doubled in the past
// year". The course is why the company acted, no session's move, though the main clause names
// the day ("said Thursday"). A move told for itself ("shares rose 40% over the past year") is
// the lexicon's, as news33 keeps "fell 20% this year".
func (s *sentence) courseAsCause(t trigger) bool {
	w := s.words
	opened := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		if isClauseBreak(w[k]) || w[k] == "," || w[k] == ";" {
			break
		}
		if courseCauseOpeners[w[k]] {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for j := t.from + 1; j < len(w) && j <= t.to+8; j++ {
		if isClauseBreak(w[j]) || w[j] == "," || w[j] == ";" {
			return false
		}
		if pastSpan(w, j) {
			return true
		}
	}
	return false
}

// toBePost lists a successor named in headline-ese, with "to be" before the post: "Dimon to be
// CEO", "Ruiz to be chief executive", "Smith to be chairman". "To become CEO" is the lexicon's.
func toBePost() []string {
	var out []string
	for _, post := range []string{"ceo", "chief executive", "chairman", "chairman and ceo", "chairman and chief executive"} {
		out = append(out, "to be "+post, "to be its "+post, "to be next "+post, "to be new "+post)
	}
	return verb(out...)
}

// toBeNoSuccessor says whether the executive trigger t, "to be" and a post (toBePost), has no
// person named right before it: a successor is named by a capitalized name ("Dimon to be CEO");
// "used to be CEO", "wants to be chief executive" and "the first woman to be CEO" tell a past, a
// wish or a record.
func (s *sentence) toBeNoSuccessor(t trigger) bool {
	w := s.words
	if t.to-t.from < 3 || w[t.from] != "to" || w[t.from+1] != "be" {
		return false
	}
	k := t.from - 1
	return k < 0 || !startsUpper(s.toks[k].text) || !isWord(w[k]) || s.companyAt(k)
}

// dotComStart says whether token k is the "com" (or "net") of a dot-com name written as one word,
// "Amazon.com", "Zentrix.com", "eBay.net": a word that starts with a capital or holds one ("eToys"),
// a dot and the domain, with no space between, and no "www" or slash around it (an address:
// "www.zentrix.com", "zentrix.com/investors"). It returns the name's first token. News of the
// dot-com years names companies so, with or without a legal form after ("Zentrix.com Inc.").
func (s *sentence) dotComStart(k int) (int, bool) {
	t := s.toks
	if k < 2 || s.words[k] != "com" && s.words[k] != "net" || t[k-1].text != "." ||
		t[k-1].start != t[k-2].end || t[k].start != t[k-1].end {
		return 0, false
	}
	name := t[k-2].text
	if !isWord(name) || !startsUpper(name) && !hasInnerCapital(name) || s.words[k-2] == "www" {
		return 0, false
	}
	if k+1 < len(t) && t[k+1].start == t[k].end && t[k+1].text == "/" {
		return 0, false
	}
	if k >= 3 && t[k-3].text == "." && t[k-3].end == t[k-2].start {
		return 0, false // "www.Zentrix.com", "ir.Zentrix.com"
	}
	return k - 2, true
}

// hasInnerCapital says whether w, lower-case at its start, holds a capital inside: "eBay", "eToys".
func hasInnerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// dotComNames returns the dot-com names the sentence writes with no legal form after them and
// that known does not hold: "Zentrix.com posts first profit". The legal form's case, "Zentrix.com
// Inc.", is namedCompanies' (its walk back passes the domain).
func (s *sentence) dotComNames(known []CompanyMention, taken func(start, end int) bool) []CompanyMention {
	if s.lacks(markDomain) {
		return nil // no "." joined to a "com" or "net" (xspeed18.go)
	}
	var out []CompanyMention
	for k := 2; k < len(s.toks); k++ {
		if s.words[k] != "com" && s.words[k] != "net" {
			continue
		}
		from, ok := s.dotComStart(k)
		if !ok || k+1 < len(s.toks) && corporateSuffixes[s.words[k+1]] || taken(s.toks[from].start, s.toks[k].end) {
			continue
		}
		name := s.text[s.toks[from].start:s.toks[k].end]
		out = append(out, CompanyMention{Company: Company{Name: name}, Text: name, Start: s.toks[from].start, End: s.toks[k].end})
	}
	return out
}

// appositiveMovers are the verbs of a stock's move that may follow an appositive: news47's
// moveVerbs and the multiples a debut is told by ("nearly tripled", "more than doubled").
var appositiveMultiples = wordSet(`doubled tripled quadrupled halved double triple quadruple`)

// appositiveShareMove adds the move of "Shares of Zentrix Inc., the operator of a popular online
// auction site, nearly tripled on their first day": a company after "Shares of", an appositive
// between commas that opens with "the", "a" or "an" (at most a dozen words, no clause in it), and
// a verb of a move after the second comma, perhaps after "nearly", "more than" or "almost". The
// lexicon's gapped "shares ... rose" spans eight words, which a long appositive passes; a short
// one ("the toolmaker") it reads already. Only a sentence with no move of its own is read.
func (s *sentence) appositiveShareMove(ts []trigger) []trigger {
	w := s.words
	if s.lacks(markShares) || slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.PriceMove }) {
		return ts
	}
	for i := 0; i+3 < len(w); i++ {
		if w[i] != "shares" || w[i+1] != "of" || !s.companyWithin(i+2, i+3) {
			continue
		}
		k := i + 2
		for k < len(w) && w[k] != "," && !gapStops[w[k]] || k < len(w) && w[k] == "." && initialDot(w, k) {
			k++
		}
		if k+2 >= len(w) || w[k] != "," || w[k+1] != "the" && w[k+1] != "a" && w[k+1] != "an" {
			return ts
		}
		j := k + 2
		for j < len(w) && j <= k+13 && w[j] != "," {
			if gapStops[w[j]] && !initialDot(w, j) || w[j] == "who" || w[j] == "that" {
				return ts
			}
			j++
		}
		if j+1 >= len(w) || w[j] != "," {
			return ts
		}
		v := j + 1
		switch {
		case w[v] == "nearly" || w[v] == "almost":
			v++
		case w[v] == "more" && v+2 < len(w) && w[v+1] == "than":
			v += 2
		}
		if v < len(w) && (moveVerbs[w[v]] || appositiveMultiples[w[v]]) {
			return append(ts, trigger{typ: events.PriceMove, from: i, to: v + 1, gap: true, tail: v, verbal: true})
		}
		return ts
	}
	return ts
}

// innerCapitalName says whether w, written right before a legal form, is a name that begins in
// lower case with a capital inside, as the dot-com years wrote them: "eBay Inc.", "iVillage
// Inc.", "eToys Inc.". One lower-case letter (or "e-") before the capital: "iPhone" is a
// product, but no product takes "Inc." after it, and "anyCorp" shapes are rare.
func innerCapitalName(w string) bool {
	return len(w) > 2 && w[0] >= 'a' && w[0] <= 'z' && (w[1] >= 'A' && w[1] <= 'Z' || w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z')
}
