package extract

import "github.com/eventline/eventline/data/events"

// Rules from misreads noticed while newswire30 (wire copy of the weeks after the October 1987
// crash) was written.

// insiderNouns name the people inside a company who buy its stock for their own account:
// "officers and directors bought", "EXECUTIVES BUY STOCK".
var insiderNouns = wordSet(`officers directors executives insiders officer director executive insider
	chairman president`)

// insiderAuxiliaries may stand between the insiders and their verb of buying: "directors have
// purchased", "officers also bought".
var insiderAuxiliaries = wordSet(`have has had also each together personally recently all`)

// insiderGroupWords before the insiders make the buyer a group the insiders belong to, a holder
// whose stake is deal news: "an investor group including two directors bought 9.8 pct".
var insiderGroupWords = wordSet(`group groups including led partnership investors investor fund`)

// insiderPastVerbs are the verbs of buying a title and a name may stand before.
var insiderPastVerbs = wordSet(`bought purchased`)

// insiderTitles are the singular titles that may stand before a person's name.
var insiderTitles = wordSet(`chairman president director officer executive`)

// nameToken says whether w may be a word of a person's name between a title and its verb: no
// clause break, comma, verb of saying or conjunction ("Chairman Paul R. Decker bought").
func nameToken(w string) bool {
	return !isClauseBreak(w) && w != "," && w != "said" && w != "says" && w != "that" && w != "and" &&
		w != "the" && w != "of" && !isNumber(w)
}

// insiderStockWords are the object of an insider's purchase: shares of the company's stock.
var insiderStockWords = wordSet(`shares stock`)

// insidersBought says whether an acquisition or buyback trigger whose verb of buying has
// officers or directors as its subject buys shares: "its chairman and five other officers and
// directors bought a total of 186,000 of the company's common shares in the open market",
// "SIMONBURN <SMBN> EXECUTIVES BUY STOCK", "officers and directors have purchased 50,000 shares
// of its common stock". Insiders buying for themselves make no company event: the company buys
// nothing back and takes nothing over. feeds.go's insiderPurchase reads one officer's Form 4
// ("a director bought 50,000 shares"), a count right after the verb; the wire tells insiders in
// the plural, the shares as "the company's" after a total, and a headline's bare "STOCK". A
// group they belong to ("an investor group including two directors bought 9.8 pct of its
// shares") is a holder and stays deal news, and insiders that decide a purchase ("its directors
// authorized the purchase of 1 million of its shares") or buy a company ("directors agreed to buy
// Dunholm Corp") are left as they were. A name may follow a singular title ("Chairman Paul R.
// Decker bought 100,000 shares"), not a plural ("directors approve buying own shares").
func insidersBought(words []string, t trigger) bool {
	v := t.from
	if !ownBuyVerbs[words[v]] {
		return false
	}
	s := v - 1
	for s >= 0 && insiderAuxiliaries[words[s]] {
		s--
	}
	// A title may stand before a name and a past verb: "Chairman Paul R. Decker bought". Plural
	// insiders and a present or progressive verb take no name between ("directors approve buying
	// own shares" tells a decision, which the skip would read past).
	if insiderPastVerbs[words[v]] {
		a := s
		for n := 0; s > 0 && n < 4 && !insiderNouns[words[s]] && nameToken(words[s]); n++ {
			s--
		}
		if s < a && !insiderTitles[words[s]] {
			return false // a name after a plural: no title of one person
		}
	}
	if s < 0 || !insiderNouns[words[s]] {
		return false
	}
	// The subject runs back to the clause's start; a group in it is the buyer.
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		w := words[k]
		if isClauseBreak(w) || w == "," || w == "said" || w == "says" || w == "that" {
			break
		}
		if insiderGroupWords[w] {
			return false
		}
	}
	for k := v + 1; k < len(words) && k <= v+12; k++ {
		w := words[k]
		if insiderStockWords[w] {
			return true
		}
		if isClauseBreak(w) || w == "," {
			break
		}
	}
	return false
}

// news87Misreads says whether trigger t tells none of its event by the rules above.
func news87Misreads(words []string, t trigger) bool {
	switch t.typ {
	case events.Acquisition, events.Buyback:
		return insidersBought(words, t)
	}
	return false
}
