package extract

import "strings"

// franchisePacts are the nouns of a franchising deal between companies: one company agreeing to
// open and run another's restaurants or stores under its name for fees and royalties ("signed a
// franchise agreement with Lanfear to open 150 units", the wire's "SIGNS FRANCHISE PACT WITH
// ..."). It is work two companies do together, as a licensing pact is, so the franchisor and
// the franchisee are partners (newswire26's 7). Only the compound names the deal: bare
// "franchise" is a brand or a business ("the doll franchise earned 40 mln dlrs"), and
// "franchisees" or "franchise fees" tell no agreement.
func franchisePacts() []string {
	var out []string
	for _, kind := range []string{"franchise", "franchising"} {
		for _, noun := range []string{"agreement", "agreements", "pact", "pacts", "deal", "deals", "accord"} {
			out = append(out, kind+" "+noun)
		}
	}
	return out
}

// unmadeFranchisePact says whether a franchising deal's trigger tells no deal made that day:
// only a verb of making a few words before it ("signed a franchise pact", "reached a master
// franchise agreement", "entered into franchise agreements") tells news. Without one the words
// describe terms in force ("its franchise agreements typically run 20 years"), a breach ("said it
// breached the franchise agreement") or a grant won from a city ("won a franchise agreement from
// Dayton to wire 40,000 homes"), none of them a partnership.
func unmadeFranchisePact(words []string, t trigger) bool {
	if w := words[t.from]; w != "franchise" && w != "franchising" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-5; k-- {
		if gapStops[words[k]] || words[k] == "," {
			break
		}
		if franchiseMakers[words[k]] {
			return false
		}
	}
	return true
}

// franchiseMakers are the verbs that make a franchising deal.
var franchiseMakers = wordSet(`sign signs signed signing reach reaches reached reaching enter enters
	entered entering conclude concludes concluded concluding strike strikes struck ink inks inked
	agree agrees agreed announce announces announced negotiated completed`)

// objectParticipleDate says whether the date starting at token from, after trigger t, is the
// date of a past participle that describes the trigger's object rather than of the trigger:
// "recalled 40,000 jars packed at its Rochester plant in January" recalls them the day told, the
// jars were packed in January; "closed 12 stores opened in 1984", "sold the unit acquired in
// 1985", "laid off workers hired since March" the same. A noun trigger reads so after a verb of
// scope ("the recall covers jars packed in January"). The participle must follow a noun of the
// object with no comma between the trigger and it (an aside set off by commas, "rose 5 pct,
// helped by prices, in March", keeps its date), must not follow a word that makes it a verb of
// its own ("were packed", "had sold"), and must be written in small letters (a name such as
// "Federated Department Stores" is no participle); "based", "located" and the ends of periods
// are no acts.
func (s *sentence) objectParticipleDate(t trigger, from int) bool {
	if s.caps || from < t.to+2 {
		return false
	}
	w := s.words
	start := t.to
	if !t.verbal {
		if !scopeVerbs[w[t.to]] {
			return false
		}
		start = t.to + 1
	}
	for k := start; k < from; k++ {
		if w[k] == "," || (gapStopShapes.mayHold(w[k]) && gapStops[w[k]]) {
			// the object ends at a comma; only a place's comma ("plant in Rochester, N.Y.,")
			// may follow the participle, so look for the participle before it only
			return s.participleBefore(start, k, from)
		}
	}
	return s.participleBefore(start, from, from)
}

// participleBefore says whether a past participle of an act stands in [lo+1, hi), after a noun
// of the object and at most twelve words before the date at token from.
func (s *sentence) participleBefore(lo, hi, from int) bool {
	w := s.words
	for p := hi - 1; p >= lo && p > 0 && p >= from-12; p-- {
		if !actParticiple(w[p]) || !isLowerWord(s.toks[p].text) {
			continue
		}
		prev := w[p-1]
		if verbMakers[prev] || determiners69[prev] || strings.HasSuffix(prev, "ly") || prev == "and" || prev == "or" || isNumber(prev) {
			return false // "were packed", "the franchised restaurants", "eight franchised stores"
		}
		// After its noun, a participle takes a phrase ("jars packed at its plant", "stores
		// opened in 1984"); one before a noun is an adjective ("bought franchised restaurants
		// in 2023"), and the date is the verb's.
		return p+1 < len(w) && participlePhrase[w[p+1]]
	}
	return false
}

// isLowerWord says whether text starts with a small letter.
func isLowerWord(text string) bool {
	return text != "" && text[0] >= 'a' && text[0] <= 'z'
}

// actParticiple says whether w is the past participle of an act that may be dated: a word in
// -ed (not a place's or a period's) or a common irregular one.
func actParticiple(w string) bool {
	if irregularParticipleShapes.mayHold(w) && irregularParticiples[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !stateParticiples[w]
}

// irregularParticiples are common past participles not in -ed.
var irregularParticiples = wordSet(`built made sold bought grown written drawn taken brought won`)

// stateParticiples describe where or what a thing is, or a period's end, not an act that dates
// it; the telling ones ("completed the program announced in April") name a plan told before, whose
// sequel the sentence does not date, so its date is kept as the base reading had it.
var stateParticiples = wordSet(`based located headquartered ended compared scheduled expected
	planned listed limited united needed dated priced valued owned controlled related announced
	proposed disclosed reported unveiled agreed outlined approved`)

// verbMakers before a participle make it a verb of its own clause, not a description of a noun.
var verbMakers = wordSet(`is are was were be been being has have had having will would could
	should may might not to it they he she we who which that also`)

// determiners69 before a participle make it an adjective of the noun after it.
var determiners69 = wordSet(`a an the its their his her our this these those some all each every
	several many`)

// participlePhrase are the words that open a participle's phrase after its noun.
var participlePhrase = wordSet(`at in by from since during on between before after under last
	this earlier through`)

// scopeVerbs tell what a noun trigger's act takes in: "the recall covers jars ...".
var scopeVerbs = wordSet(`covers covered includes included involves involved affects affected
	applies extends`)
