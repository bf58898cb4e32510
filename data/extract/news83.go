package extract

import "strings"

// Rules from misreads noticed while newswire29 (1985-1989 wire copy about companies in trouble
// and their turnarounds) was written: debt reworked is told with its amount or as debentures,
// and a mine is a site a company closes.

// debentureWords are the debt securities a company reworks with its holders, which debtWords
// (types.go) lacks: "restructure its 14 pct debentures".
var debentureWords = wordSet(`debenture debentures`)

// paperModifiers may stand between "of" and the debt it measures: "186 mln dlrs of bank debt",
// "$60 million of 13-1/2 pct subordinated debentures".
var paperModifiers = wordSet(`its the bank senior subordinated junior secured unsecured outstanding
	public pct convertible short-term long-term term`)

// reworkedPaper says whether a restructuring trigger reworks debt that debtRestructuring's few
// words miss: debt measured by an amount ("agreed with its lenders to restructure 186 mln dlrs of
// bank debt", "a restructuring of its $210 million of debt"), debentures ("talks on
// restructuring its debentures"), or "the issue" or "the issues" in a sentence that has named
// debentures, notes or bonds before ("missed the interest payment on its debentures and began
// talks on restructuring the issue"). A measure of something else ("restructure 3 of its 12
// divisions", "a restructuring charge of 45 mln dlrs") and an issue with no paper named ("will
// restructure the issue of its stores") stay a restructuring of operations.
func reworkedPaper(words []string, t trigger) bool {
	// The debentures may follow their coupon and rank: "restructure its 12 pct subordinated
	// debentures".
	for k := max(0, t.from-2); k < len(words) && k <= t.to+6; k++ {
		if k >= t.to && (isClauseBreak(words[k]) || words[k] == ",") {
			break
		}
		if debentureWords[words[k]] {
			return true
		}
	}
	if amountOfDebt(words, t.to) {
		return true
	}
	return issueOfPaper(words, t)
}

// amountOfDebt says whether the words at i, after at most "of" and a possessive, are a money
// amount, "of" and debt ("186 mln dlrs of bank debt", "of its $210 million of debt").
func amountOfDebt(words []string, i int) bool {
	for i < len(words) && (words[i] == "of" || words[i] == "its" || words[i] == "about" || words[i] == "some") {
		i++
	}
	n := 0
	for ; i < len(words) && n < 5 && (moneyFigureWords[words[i]] || isNumber(words[i])); i++ {
		n++
	}
	if n < 2 || i >= len(words) || words[i] != "of" {
		return false // a bare count ("3 of its 12 divisions") is no money
	}
	for k := i + 1; k < len(words) && k <= i+6; k++ {
		switch {
		case debtWords[words[k]] || debentureWords[words[k]]:
			return true
		case !paperModifiers[words[k]] && !isNumber(words[k]):
			return false
		}
	}
	return false
}

// issueOfPaper says whether the trigger's object is "the issue" or "the issues" and the sentence
// named debt paper (notes, debentures, bonds, loans) before the trigger.
func issueOfPaper(words []string, t trigger) bool {
	if t.to+1 >= len(words) || words[t.to] != "the" || (words[t.to+1] != "issue" && words[t.to+1] != "issues") {
		return false
	}
	if t.to+2 < len(words) && words[t.to+2] == "of" {
		return false // "the issue of its stores" names what the issue is
	}
	return anyWithin(words, 0, t.from, debtPaper) // wire.go
}

// minesClosed lists a mine as a site the closing words close, as mills, foundries and smelters
// are (triggers.go): "to close its Cedar Gulch copper mine", "closed two underground mines".
func minesClosed() []string {
	return closing("mine", "mines")
}

// closeModifiers before "close" make it the adjective, not the verb: "a close friend of mine".
var closeModifiers = wordSet(`a an the very so too quite as`)

// mineNotClosed says whether a restructuring trigger that closes a mine has no mine closed in
// it: "mine" the pronoun after "of" ("a close friend of mine") or "close" the adjective after
// an article or a degree word.
func mineNotClosed(words []string, t trigger) bool {
	last := words[t.to-1]
	if last != "mine" && last != "mines" || !strings.HasPrefix(words[t.from], "clos") {
		return false
	}
	return last == "mine" && words[t.to-2] == "of" || t.from > 0 && closeModifiers[words[t.from-1]]
}

// breachNouns are the terms of a loan a borrower breaks, which lenders waive.
var breachNouns = wordSet(`covenant covenants default defaults violation violations breach breaches
	provisions requirements`)

// termsPrepositions tie a breach to the agreement whose terms it breaks: "violations of",
// "defaults under", "covenants in".
var termsPrepositions = wordSet(`of under in on`)

// waivedTerms says whether an offering trigger is a credit the company already has, named only
// as the agreement whose terms its lenders waive: "its bank lenders agreed to waive until May 31
// its violations of several covenants of its $95 million revolving credit agreement", "its
// banks waived defaults under its 150 mln dlr credit agreement". A waiver raises no money. A
// breach tied by a preposition to the trigger within eight words, with no clause break, "and"
// or "new" between, and a word of waiving ("waive", "waived", "waiver", "waivers") before the
// breach: "agreed to waive defaults and provide a new 20 mln dlr revolving credit agreement"
// stays financing, and so does a credit agreement with no waiver in the sentence.
func waivedTerms(words []string, t trigger) bool {
	for p := t.from - 1; p > 0 && p >= t.from-8; p-- {
		w := words[p]
		if isClauseBreak(w) || w == "," || w == "and" || w == "new" {
			return false
		}
		if termsPrepositions[w] && breachNouns[words[p-1]] {
			for k := p - 2; k >= 0 && k >= p-12; k-- {
				if strings.HasPrefix(words[k], "waiv") {
					return true
				}
			}
		}
	}
	return false
}

// spanEvents are the past events a span "Since the" opens with: "Since the merger", "Since the
// filing", "Since its buyout".
var spanEvents = wordSet(`merger mergers acquisition takeover buyout spinoff spin-off filing reorganization
	split offering ipo purchase sale strike`)

// sinceEventOpened says whether the sentence opens with "Since", "the" or "its", at most one
// word, and a past event's noun, and trigger t is that noun or is told in the perfect after it
// ("has" or "have" after the noun and at or before t, nothing of sinceSpanStops between): "Since
// the merger Ardley has closed 40 branches" and "Since the filing, the company has sold two
// plants" tell the record since a past event, not the day's news, and the merger or filing named
// is no event of the day either. A comma after the noun leaves the perfect to spanOpened
// (news44.go); "Since the merger was announced in May, ..." (a clause of its own) and a day's
// news after the span ("..., and today it agreed to ...") stay.
func sinceEventOpened(w []string, t trigger) bool {
	if len(w) < 5 || w[0] != "since" || w[1] != "the" && w[1] != "its" {
		return false
	}
	k := 2
	if !spanEvents[w[k]] {
		k++
	}
	if !spanEvents[w[k]] {
		return false
	}
	k++ // past the noun
	from := k
	if w[k] == "," {
		from++ // "Since the merger, Ardley has closed ..."
	}
	perfect := false
	for j := from; j < len(w) && j < from+12; j++ {
		if sinceSpanStops[w[j]] || weekdays[w[j]] || isClauseBreak(w[j]) {
			break
		}
		if w[j] == "has" || w[j] == "have" {
			perfect = true
			break
		}
	}
	if !perfect {
		return false
	}
	if t.from < k {
		return true // the noun that opens the span
	}
	return w[k] != "," && sinceDateOpenedFrom(w, k, t)
}

// sinceDateOpenedFrom says whether trigger t is told in the perfect after word k, with nothing of
// sinceSpanStops between: sinceDateOpened (news79.go) asks it after its date, and the noun of
// a past event here after its own.
func sinceDateOpenedFrom(w []string, k int, t trigger) bool {
	perfect := false
	for j := k; j <= t.from && j < t.to; j++ {
		switch {
		case sinceSpanStops[w[j]] || weekdays[w[j]] || isClauseBreak(w[j]):
			return false
		case w[j] == "has" || w[j] == "have":
			perfect = true
		}
	}
	return perfect
}
