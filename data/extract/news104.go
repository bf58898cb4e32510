package extract

import (
	"slices"
	"strings"
)

// Rules from the news104 round, on modern67's crypto, fintech, payments and brokerage news:
//
//   - "go public with" a bid, a claim or a complaint makes it known: "Riot goes public with
//     $950 million bid for Bitfarms", "the founder went public with his concerns". No shares are
//     listed; a listing's own words after "with" ("went public with a valuation of $5 billion")
//     keep the IPO.
//   - "buy now, pay later" names a kind of lending, not a purchase: "the buy now, pay later
//     lender said it will offer its loans on Amazon.com". The phrase's "buy" takes no company.
//   - "agreed in principle to" with a verb that is no deal's tells what was agreed: "the SEC has
//     agreed in principle to dismiss its lawsuit", "agreed in principle to pay $50 million". The
//     deal verbs ("agreed in principle to buy", "to merge") and the bare phrase keep their deal.

// disclosureNouns are what a company or a person makes known by going public with it.
var disclosureNouns = wordSet(`bid bids offer offers proposal proposals approach approaches claim claims
	allegation allegations accusation accusations complaint complaints concern concerns criticism
	criticisms letter letters demand demands dispute feud fight plan plans story details evidence
	findings objections objection grievances opposition campaign case talks overture overtures`)

// disclosureFillers may stand between "with" and the noun: determiners, possessives, amounts and
// a few adjectives of a bid.
var disclosureFillers = wordSet(`a an the its his her their our this these those $ million billion
	bn mln unsolicited hostile rival takeover buyout cash all-cash all-stock stock sweetened revised
	new higher formal informal private serious long-running`)

// disclosedInPublic says whether the IPO trigger t, a form of "go public", is followed by "with"
// and a thing made known: "goes public with $950 million bid".
func disclosedInPublic(w []string, t trigger) bool {
	if t.to-t.from != 2 || w[t.to-1] != "public" || t.to >= len(w) || w[t.to] != "with" {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+7; k++ {
		switch {
		case disclosureNouns[w[k]]:
			return true
		case disclosureFillers[w[k]] || isNumber(w[k]) || w[k][0] == '$':
			continue
		}
		return false
	}
	return false
}

// payLaterBuy says whether the acquisition trigger t is the "buy" of "buy now, pay later"
// (with or without the comma, or "and pay later").
func payLaterBuy(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "buy" || t.to >= len(w) || w[t.to] != "now" {
		return false
	}
	k := t.to + 1
	if k < len(w) && (w[k] == "," || w[k] == "and") {
		k++
	}
	return k+1 < len(w) && w[k] == "pay" && w[k+1] == "later"
}

// principleDealVerbs keep an agreement in principle a deal.
var principleDealVerbs = wordSet(`buy acquire purchase merge combine sell take transfer divest spin form create
	be become join go tender exchange swap invest`)

// agreedInPrincipleTo says whether the acquisition trigger t, "agreed in principle", goes on "to"
// a verb that no deal has: "agreed in principle to dismiss its lawsuit", "agreed in principle on
// Monday to drop its case" (a date may stand before "to").
func (s *sentence) agreedInPrincipleTo(t trigger) bool {
	w := s.words
	if t.to-t.from != 3 || w[t.to-2] != "in" || w[t.to-1] != "principle" {
		return false
	}
	k := t.to
	for k < len(w) && k < t.to+5 && (s.inTimex[k] || w[k] == "on" || w[k] == "in" || w[k] == "last") {
		k++
	}
	return k+1 < len(w) && w[k] == "to" && !principleDealVerbs[w[k+1]]
}

// profitableOutlooks are a company's expectation of its own results told as a state it will be
// in, the way "expects to earn" tells one as a verb: "said it expects to stay profitable in
// every quarter of 2024", "expects to turn profitable next year", "expects to break even in
// the fourth quarter". The phrase needs "expect" and "to" together, so that analysts' view of
// a company ("analysts expect the lender to stay profitable") stays none.
func profitableOutlooks() []string {
	var out []string
	for _, v := range []string{"expect", "expects", "expected", "expecting"} {
		for _, state := range []string{"be profitable", "stay profitable", "remain profitable", "turn profitable",
			"become profitable", "return to profitability", "break even", "be profitable again"} {
			out = append(out, "~"+v+" to "+state)
		}
	}
	return out
}

// coinNouns name a crypto token or the chain it runs on. A name the article calls one of them
// is the token's, not a listed company's that shares it: companies have taken the names of
// coins ("Solana", "Bonk", "Sui"), and a token is written in capitals as a symbol is ("BONK
// jumped 12%").
var coinNouns = wordSet(`token tokens coin coins memecoin memecoins meme-coin stablecoin stablecoins altcoin
	altcoins cryptocurrency cryptocurrencies blockchain`)

// coinFillers may stand in an apposition before its coin noun: "BONK, the dog-themed
// memecoin", "SUI, a layer-1 token", "SOL, the native token of".
var coinFillers = wordSet(`the a an its dog-themed native popular largest biggest second-largest
	meme layer-1 layer-2 governance utility new digital crypto`)

// coinNamed says whether the name of units i to i+n is a coin's: a coin noun right after it
// ("the BONK token", "the Solana blockchain") or right before it ("the memecoin BONK"), or an
// apposition of a few words that ends in one ("BONK, the dog-themed memecoin built on"). The
// nouns are read as written, in lower case: every name matched asks, and a headline's capitals
// ("Token") are rare beside the body's.
func coinNamed(toks []token, us []unit, i, n int) bool {
	if from := us[i].from; from > 0 && mayBeCoinNoun(toks[from-1].text) && coinNouns[toks[from-1].text] {
		return true
	}
	k := us[i+n-1].to
	if k >= len(toks) {
		return false
	}
	if w := toks[k].text; w != "," {
		return mayBeCoinNoun(w) && coinNouns[w]
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch w := toks[j].text; {
		case coinNouns[w]:
			return j > k+1
		case !coinFillers[w]:
			return false
		}
	}
	return false
}

// mayBeCoinNoun tells cheaply, before a map's lookup, whether w may be one of coinNouns: four
// letters or more, opening with a letter one of them opens with.
func mayBeCoinNoun(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch w[0] {
	case 't', 'c', 'm', 's', 'a', 'b':
		return true
	}
	return false
}

// coinKey is the key a coin's name is remembered by: its units' keys.
func coinKey(us []unit) string {
	if len(us) == 1 {
		return us[0].key
	}
	var b strings.Builder
	for k, u := range us {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(u.key)
	}
	return b.String()
}

// coinMention says whether the name matched at units i to i+n is a coin's by coinNamed, or one
// the article called a coin before ("BONK jumped 12%" after "BONK, the dog-themed memecoin"),
// and remembers it. A company the article named as one before keeps its name.
func (a *ArticleLinks) coinMention(toks []token, us []unit, i, n int, co Company) bool {
	known := false
	if len(a.coins) > 0 {
		known = a.coins[coinKey(us[i:i+n])]
	}
	if !known && !coinNamed(toks, us, i, n) || a.mentioned(co) {
		return false
	}
	if a.coins == nil {
		a.coins = map[string]bool{}
	}
	a.coins[coinKey(us[i:i+n])] = true
	return true
}

// A headline of two sentences, as Barron's and web desks write them, tells an event in each:
// "Block Stock Plunges 20% After Earnings Miss. It Cut Its Profit Outlook.", "Zentrix Posts
// Record Sales. It Also Raised Its Dividend." The second sentence's subject is the first's
// company, so its trigger opens a clause of its own, as one after a headline's comma and verb
// does (headlineClauses). A period after an abbreviation ("Acme Inc. Raises Dividend") is none.

// headlineAbbrevs end with a period that ends no sentence.
var headlineAbbrevs = wordSet(`inc corp co ltd plc bros no vs st jr sr mr ms mrs dr u.s u.k n.v s.a`)

// periodBetween says whether a headline's words from to to hold a sentence's period. A second
// sentence that asks ("Prologis Just Cut Its Outlook. Should You Buy the Dip?") is a
// columnist's question, no news of its own.
func periodBetween(words []string, from, to int) bool {
	for k := from; k < to && k < len(words); k++ {
		if words[k] == "." && k > 0 && k+1 < len(words) && !headlineAbbrevs[words[k-1]] {
			return !slices.Contains(words[k+1:], "?")
		}
	}
	return false
}

// keptListingAt says whether word k tells shares that keep a listing they had: "will stay
// listed on the Toronto Stock Exchange", "remain listed in London", "are already listed in Hong
// Kong". A debut the article tells beside it is a second market's, no IPO, as a secondary
// listing's is (laterListingDebut). "Listed" alone ("listed on the Nasdaq in 2021") keeps none.
func keptListingAt(w []string, k int) bool {
	if w[k] != "listed" || k == 0 || k+1 >= len(w) || w[k+1] != "on" && w[k+1] != "in" {
		return false
	}
	switch w[k-1] {
	case "stay", "stays", "staying", "remain", "remains", "remaining", "already":
		return true
	}
	return false
}

// coinGoods are the coins a company buys as goods, beside tradedGoods' bitcoin and ether.
var coinGoods = wordSet(`coin coins btc eth tokens stablecoins`)

// goodsBoughtBefore says whether the acquisition trigger t, a verb of buying, is a relative
// clause whose object is goods named right before it: "the bonds it bought with client cash",
// "the bitcoin that it had bought", "the Treasuries they buy". The goods are what is bought,
// as they are after the verb ("bought bonds"); "the unit it bought" stays a deal.
func (s *sentence) goodsBoughtBefore(t trigger) bool {
	w := s.words
	if !goodsVerbs[w[t.from]] && w[t.from] != "purchased" && w[t.from] != "purchases" {
		return false
	}
	k := t.from - 1
	for k >= 0 && (w[k] == "had" || w[k] == "has" || w[k] == "have") {
		k--
	}
	if k < 1 || !pronounSubjects[w[k]] {
		return false
	}
	k--
	if k > 0 && (w[k] == "that" || w[k] == "which") {
		k--
	}
	return (tradedGoods[w[k]] || coinGoods[w[k]]) && (s.caps || !startsUpper(s.toks[k].text) || w[k] == "treasuries")
}

// pronounSubjects open a relative clause on what they bought.
var pronounSubjects = wordSet(`it they we he she`)

// tenderForOwnShares says whether the acquisition trigger t, a tender offer, is one for the
// company's own stock: its sentence has holders sell their shares "back to" the company ("Under
// the tender offer, holders can sell their shares back to the company at $122 to $140 each") or
// names "its own shares". A buyback, as "buys itself back" is; a tender offer whose holders
// sell "to" a buyer stays a deal.
func tenderForOwnShares(w []string, t trigger) bool {
	if w[t.from] != "tender" || t.to-t.from != 2 || w[t.to-1] != "offer" && w[t.to-1] != "offers" {
		return false
	}
	for k := 1; k+1 < len(w); k++ {
		switch {
		case w[k] == "back" && w[k+1] == "to" && (w[k-1] == "shares" || w[k-1] == "stock"):
			return true
		case w[k] == "own" && (w[k+1] == "shares" || w[k+1] == "stock") && (w[k-1] == "its" || w[k-1] == "their"):
			return true
		}
	}
	return false
}
