package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of wire stories about companies based abroad that trade in New York, and of their
// deals with US companies (news34, on modern33's Reuters-style stories):
//
//   - A regulator's order to stop doing something is a legal action against the company:
//     "the central bank ordered the lender to stop issuing new cards", "told the exchange to
//     halt new sign-ups". A company's own order to its plants or staff is none, so the order
//     counts only with a regulator named before it.
//   - A launch that is halted, stopped or barred is no launch: "told the bank to halt digital
//     launches"; nor is a launch that companies race or rush to make, a trend told beside the
//     news: "as carmakers race to launch robotaxi services".
//   - Results told as what a cause lifted them to are results all the same: "strong demand
//     lifted its second-quarter results above expectations", "pushed its quarterly profit past
//     analysts' estimates". A forecast of a measure above estimates is guidance, not results.
//   - An outage or a recall told as the reason for a legal action is its reason, not news of
//     its own: "tells HDFC Bank to halt digital launches after outages", "fined over the recall".
//   - A share move told over an officer's tenure ("two years in charge, during which the
//     shares lost a third of their value") is background, not the day's move.
//   - The loser of a contest a deal won is no party: "winning the contest for the steelmaker
//     over domestic rival Cleveland-Cliffs", as "beating Cleveland-Cliffs" was already.
//   - A stake a relative clause says a company owns or holds is a holding, not a deal: "which
//     also owns a stake of about 22% in Morgan Stanley"; "price" the noun opens no pricing of debt ("its closing price on
//     Friday, and take on its debt"); "shares" after a number is stock, not a verb of sharing
//     ("a trading unit of 100 shares costs 300,000 yen").
//   - "American depositary shares" are the company's own receipts: "sold 11.5 million American
//     depositary shares" names no company whose holding is sold.

// news34Misread says whether trigger t is one of the misreads above.
func news34Misread(s *sentence, t trigger, ts []trigger) bool {
	w := s.words
	switch t.typ {
	case events.Legal:
		return orderToStop(w, t) && !regulatorBefore(w, t.from)
	case events.Product:
		return launchStopped(w, t) || launchRace(w, t) || failureBehindAction(w, t, ts)
	case events.Earnings:
		return measureAbove(w, t) && forecastBefore(w, t.from)
	case events.PriceMove:
		return tenureSpan(w, t)
	case events.Acquisition:
		return heldStake(w, t)
	case events.Offering:
		return priceNoun(w, t)
	case events.Partnership:
		return sharesCounted(w, t)
	}
	return false
}

// holdVerbs tell a stake held; stakeSizes stand between the verb and the stake ("owns a 22%
// stake", "holds about 9 pct").
var (
	holdVerbs  = wordSet(`own owns owned hold holds held has have had retain retains retained`)
	stakeSizes = wordSet(`a an the its their % pct percent about roughly nearly almost around minority majority small
		large big controlling sizable sizeable`)
)

// heldStake says whether the acquisition trigger t, a stake ("a stake", "stake", "stake in"), is
// one a company holds, told in a relative clause about it: "MUFG, which also owns a stake of
// about 22% in Morgan Stanley, reported ...", or in one that opens on a preposition and has a
// subject of its own ("the refinery, in which Norway's Equinor has a 20 pct stake"). A stake told as the news ("HAS SANTA FE STAKE",
// "holds 5.2 pct"), as a disclosure reports it, is left to the deal rules.
func heldStake(w []string, t trigger) bool {
	if last := w[t.to-1]; last != "stake" && last != "stakes" && (t.to-2 < t.from || last != "in" && last != "of" || w[t.to-2] != "stake" && w[t.to-2] != "stakes") {
		return false // no stake ends the trigger: most acquisition triggers are passed over here
	}
	k := t.from
	for k < t.to && (stakeSizes[w[k]] || isNumber(w[k])) { // "a stake", "pct stake"
		k++
	}
	sized := k > t.from && w[t.from] != "a" && w[t.from] != "an"
	if k >= len(w) || w[k] != "stake" && w[k] != "stakes" || t.to > k+2 || t.to == k+2 && w[k+1] != "in" && w[k+1] != "of" {
		return false
	}
	j := t.from - 1
	for j >= 0 && (stakeSizes[w[j]] || isNumber(w[j])) {
		j--
	}
	if j < 1 || !holdVerbs[w[j]] {
		return false
	}
	j--
	if w[j] == "also" || w[j] == "still" || w[j] == "already" {
		j--
	}
	if j >= 0 && (w[j] == "which" || w[j] == "that" || w[j] == "who") {
		// The subject's own stake with its size ("Wilshire, which has a 9.8 pct stake in
		// Jacobs") is told as a filing discloses one: news of the stake.
		return !sized
	}
	// A relative clause that opens on a preposition describes a thing by a third party's stake
	// in it, with the clause's own subject before the verb: "the refinery, in which Norway's
	// Equinor has a 20 pct stake", "of which its partner owns half".
	for verb := j; j > 0 && j >= verb-7 && w[j] != ","; j-- {
		if w[j] == "which" || w[j] == "whom" {
			return prepositions[w[j-1]]
		}
		if isClauseBreak(w[j]) {
			break
		}
	}
	return false
}

// priceNoun says whether the offering trigger t opens on "price" the noun ("U.S. Steel's closing
// price on Friday, and take on its debt"), not the verb of pricing debt.
func priceNoun(w []string, t trigger) bool {
	if w[t.from] != "price" && w[t.from] != "prices" || t.from == 0 {
		return false
	}
	switch w[t.from-1] {
	case "closing", "opening", "share", "stock", "offer", "asking", "purchase", "sale", "average", "target",
		"the", "a", "its", "their", "'s", "'", "market":
		return true
	}
	return false
}

// sharesCounted says whether the partnership trigger t opens on "shares" after a number ("a
// trading unit of 100 shares costs 300,000 yen"): a count of stock, not a verb of sharing.
func sharesCounted(w []string, t trigger) bool {
	return (w[t.from] == "shares" || w[t.from] == "share") && t.from > 0 && (isNumber(w[t.from-1]) || w[t.from-1] == "million" ||
		w[t.from-1] == "billion" || w[t.from-1] == "mln")
}

// haltOrderVerbs give an order; haltVerbs are what the order says to do.
var (
	haltOrderVerbs = wordSet(`order orders ordered ordering tell tells told telling direct directs directed directing
		instruct instructs instructed instructing`)
	haltVerbs = wordSet(`stop halt suspend cease freeze pause`)
	// fixVerbs are what a regulator's improvement order says to do: "ordered Mizuho to improve
	// its systems", Japan's business improvement order.
	fixVerbs = wordSet(`improve overhaul strengthen`)
)

// (The phrase lists below are built in sorted order, so that the lexicon is the same on every run.)

// regulatorOrders lists a regulator's order to stop, halt or suspend something, or to improve
// it, told with a gap for the company ordered: "ordered HDFC Bank to stop", "told the lender to
// halt", "ordered Mizuho to improve its systems".
func regulatorOrders() []string {
	var out []string
	for _, v := range []string{"order", "tell", "direct", "instruct"} {
		forms := []string{v, v + "s", v + "ed", v + "ing"}
		if v == "tell" {
			forms = []string{"tell", "tells", "told", "telling"}
		}
		for _, s := range slices.Sorted(maps.Keys(haltVerbs)) {
			for _, f := range forms {
				out = append(out, f+" ... to "+s)
			}
		}
		for _, s := range slices.Sorted(maps.Keys(fixVerbs)) {
			for _, f := range forms {
				out = append(out, f+" ... to "+s)
			}
		}
	}
	return verb(out...)
}

// settledQuarrels lists "settle" with the quarrel it ends after a gap: "agreed to settle
// price-fixing claims", "will settle the U.S. lawsuit". "Settle" alone is weak (a price settles,
// one settles for less); with the quarrel it is a suit ended in any tense.
func settledQuarrels() []string {
	var out []string
	for _, q := range slices.Sorted(maps.Keys(quarrels)) {
		for _, f := range []string{"settle", "settles", "settled", "settling"} {
			out = append(out, f+" ... "+q)
		}
	}
	return verb(out...)
}

// venueIPOs lists a first sale of shares named by its venue or its size, as foreign companies'
// listings are told: "seeks up to $1 billion in U.S. IPO", "raised $2.6 billion in its Nasdaq
// IPO". A bare "IPO" is weak; with a verb of seeking or raising before it the listing is the
// news. ("Filed for a New York IPO" was tried too: "file for" as a phrase's head made "FILE" a
// verb in a headline in capitals, and "CREDITORS FILE PETITION AGAINST BRAMLEY OILFIELD" then
// named "Creditors" the company.)
func venueIPOs() []string {
	var out []string
	for _, f := range []string{"seek", "seeks", "sought", "seeking", "raise", "raises", "raised", "raising"} {
		out = append(out, f+" ... ipo")
	}
	return verb(out...)
}

// orderToStop says whether trigger t is one of regulatorOrders' phrases.
func orderToStop(w []string, t trigger) bool {
	return t.gap && t.to-t.from >= 3 && haltOrderVerbs[w[t.from]] && w[t.to-2] == "to" && (haltVerbs[w[t.to-1]] || fixVerbs[w[t.to-1]])
}

// regulatorWords name a regulator, a government's or a court's: the one whose order to stop is a
// legal action.
var regulatorWords = wordSet(`regulator regulators watchdog watchdogs authority authorities commission ministry
	government agency court judge bank sec ftc fcc fda finra cftc ofac doj epa faa nhtsa osha cma fca finma bafin
	sebi rbi csrc samr cac esma ecb`)

// regulatorBefore says whether a regulator is named in the words before k of its clause (up to
// twelve words back), or the order is told in the passive ("was ordered to halt"), whose agent is
// a regulator's as news tells it.
func regulatorBefore(w []string, k int) bool {
	if k > 0 && (w[k-1] == "was" || w[k-1] == "were" || w[k-1] == "been" || w[k-1] == "is" || w[k-1] == "be") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if w[j] == "." || w[j] == ";" {
			break
		}
		if regulatorWords[w[j]] {
			// "bank" only as a central or a reserve bank: "the bank ordered its branches" is the
			// company's own order.
			return w[j] != "bank" || j > 0 && (w[j-1] == "central" || w[j-1] == "reserve" || w[j-1] == "national")
		}
	}
	return false
}

// launchStopped says whether the one-word product trigger t ("launch", "launches") is the
// object of a verb of stopping up to three words before it: "halt digital launches", "stop new
// launches", "barred from launching new products" (the gerund is no trigger).
func launchStopped(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "launch" && w[t.from] != "launches" {
		return false
	}
	for j := t.from - 1; j >= 0 && j >= t.from-3; j-- {
		if haltVerbs[w[j]] || w[j] == "halts" || w[j] == "halted" || w[j] == "stops" || w[j] == "stopped" ||
			w[j] == "suspends" || w[j] == "suspended" || w[j] == "bar" || w[j] == "barred" || w[j] == "ban" || w[j] == "banned" {
			return true
		}
	}
	return false
}

// failureBehindAction says whether the product trigger t, an outage or a recall, follows
// "after", "over" or "following" (up to four words before it: "after a string of outages") in a clause after a legal
// action's trigger: the action's reason.
func failureBehindAction(w []string, t trigger, ts []trigger) bool {
	switch w[t.from] {
	case "outage", "outages", "recall", "recalls":
	default:
		return false
	}
	for j := t.from - 1; j >= 0 && j >= t.from-4; j-- {
		if w[j] == "after" || w[j] == "over" || w[j] == "following" {
			for _, u := range ts {
				if u.typ == events.Legal && u.to <= j {
					return true
				}
			}
			return false
		}
	}
	return false
}

// raceVerbs, before "to launch", make the launch a goal many pursue: "race to launch".
var raceVerbs = wordSet(`race races raced racing rush rushes rushed rushing scramble scrambles scrambled scrambling
	vie vies vied vying`)

// launchRace says whether the product trigger "launch" follows "to" and a verb of racing.
func launchRace(w []string, t trigger) bool {
	return w[t.from] == "launch" && t.from >= 2 && w[t.from-1] == "to" && raceVerbs[w[t.from-2]]
}

// aboveMeasures and aboveWords make results told by where a cause put them: "results above
// expectations", "profit past analysts' estimates".
var (
	aboveMeasures = wordSet(`results profit profits earnings sales revenue revenues income`)
	aboveWords    = wordSet(`above past beyond`)
	expectWords   = wordSet(`expectations estimates forecasts`)
)

// measuresAbove lists a measure of results put above what was expected, with a gap for whose
// expectations: "results above expectations", "profit past analysts' estimates".
func measuresAbove() []string {
	return measuresAgainst(slices.Sorted(maps.Keys(aboveWords)))
}

// measuresAgainst lists a measure of results set against what was expected by each of
// relations, with and without a gap for whose expectations: the phrases of measuresAbove, of
// cameInMeasures ("revenue came in ahead of forecasts", news40.go) and of measuresBelow ("sales
// short of analysts' expectations", news43.go).
func measuresAgainst(relations []string) []string {
	var out []string
	for _, n := range slices.Sorted(maps.Keys(aboveMeasures)) {
		for _, r := range relations {
			for _, e := range slices.Sorted(maps.Keys(expectWords)) {
				out = append(out, n+" "+r+" "+e, n+" "+r+" ... "+e)
			}
		}
	}
	return out
}

// measureAbove says whether trigger t is one of measuresAbove's phrases.
func measureAbove(w []string, t trigger) bool {
	return t.to-t.from >= 3 && aboveMeasures[w[t.from]] && aboveWords[w[t.from+1]] && expectWords[w[t.to-1]]
}

// forecastBefore says whether a word of forecasting stands in the four words before k: "expects
// profit above estimates" is an outlook.
func forecastBefore(w []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w[j] {
		case "forecast", "forecasts", "forecasting", "expects", "expect", "expected", "sees", "see", "projects",
			"projected", "guided", "predicts", "predicted", "targets", "outlook", "guidance", "for":
			return true
		}
	}
	return false
}

// tenureSpan says whether the price move t stands in a clause opened by "during which",
// "over which" or "throughout which": a span of time told in passing, not the day's move.
func tenureSpan(w []string, t trigger) bool {
	for j := t.from - 1; j >= 1 && j >= t.from-12; j-- {
		if w[j] == "." || w[j] == ";" {
			return false
		}
		if w[j] == "which" {
			return w[j-1] == "during" || w[j-1] == "over" || w[j-1] == "throughout"
		}
	}
	return false
}

// contestNouns name a contest a winner of a deal beat others in.
var contestNouns = wordSet(`contest battle fight tussle auction race war`)

// overRival says whether "over" at word k puts the loser of a contest after it: "over domestic
// rival Cleveland-Cliffs", "winning a months-long contest for the steelmaker over Nucor". The
// particle of a phrasal verb is not so: "took over rival Beta" names the company taken.
func overRival(words []string, k int) bool {
	if words[k] != "over" || k == 0 {
		return false
	}
	switch words[k-1] {
	case "take", "takes", "took", "taking", "taken", "hand", "hands", "handed", "handing", "turn", "turns",
		"turned", "turning", "win", "wins", "won", "winning", "hold", "holds", "held", "carry", "carried":
		return false
	}
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		switch words[j] {
		case "rival", "rivals", "competitor", "competitors", "bidder", "bidders", "suitor", "suitors":
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if contestNounShapes.mayHold(words[j]) && contestNouns[words[j]] {
			return true
		}
	}
	return false
}

// depositaryName says whether the capitalized word at k is the "American" or "Global" of
// depositary receipts ("American depositary shares"), no company's name.
func depositaryName(words []string, k int) bool {
	return k+1 < len(words) && (words[k] == "american" || words[k] == "global") &&
		(words[k+1] == "depositary" || words[k+1] == "depository")
}

// Names of companies listed at home, told beside their US namesakes and listed relatives:
//
//   - A name the article defines for a company ("Petroleo Brasileiro SA, known as Petrobras")
//     means that company for the rest of the article, over an old listing that held the short
//     name (Petrobras Argentina).
//   - A listed company's name followed by a word that makes it another company names that other
//     company, which has no US listing: a German legal form no US listing's name ends in
//     ("Merck KGaA" is not Merck & Co), or a company word after a short form the directory
//     made ("Tencent Holdings" is not Tencent Music Entertainment Group, whose short form
//     "Tencent" is). The short name alone then means that company for the rest of the article,
//     no listing ("Tencent to double buybacks"), unless a legal suffix marks the namesake
//     ("Merck & Co").

// homeForms are legal forms of companies listed at home only (or not at all) that no US
// listing's name ends in: a German partnership limited by shares, a private limited company.
var homeForms = wordSet(`kgaa gmbh`)

// otherCompanyAfter says whether the name matched at units [i, i+n) for entry e goes on with a
// word that makes it another company's name: a home-only legal form, or, after a short form
// the directory made or a name that is an ordinary word, a company word ("Holdings", "Group") its listing's name lacks (the trie
// would have matched a longer alias).
func otherCompanyAfter(text string, toks []token, us []unit, i, n int, e *entry) bool {
	k := i + n
	if k >= len(us) || us[k].key == "" || !adjacent(text, us[k-1], us[k]) || !capitalized(toks[us[k].from].text) {
		return false
	}
	if homeForms[us[k].key] {
		return true
	}
	// An ordinary word for a name is as weak as a short form: "Reliance Industries" is not the
	// listing "Reliance".
	return (e.short || e.common) && corporateSuffixes[us[k].key] && !legalKeys[us[k].key]
}

// rememberOther makes the name at units us stand for no listed company in the rest of the
// article.
func (a *ArticleLinks) rememberOther(text string, us []unit) {
	if _, taken := a.learned[us[0].key]; taken && len(us) == 1 {
		return
	}
	a.remember(text, us, us[0].start, us[len(us)-1].end, Company{})
}

// namesakeSuffix says whether the units from k on are a legal suffix or "& Co" that marks the
// listed namesake of a name the article gave another company: "Merck & Co".
func namesakeSuffix(text string, toks []token, us []unit, k int) bool {
	if k >= len(us) || !adjacent(text, us[k-1], us[k]) {
		return false
	}
	if legalKeys[us[k].key] && !homeForms[us[k].key] {
		return true
	}
	return us[k].key == "&" && k+1 < len(us) && (us[k+1].key == "co" || us[k+1].key == "company") && adjacent(text, us[k], us[k+1])
}

// knownAsOpeners introduce the name an article will call a company by: "..., known as
// Petrobras", "(also known as FCA)".
var knownAsOpeners = []string{"known as ", "also known as ", "better known as ", "commonly known as ", "locally known as ",
	"widely known as "}

// knownAs teaches the article the name it defines for company co, just matched and ending at
// byte end: ", known as Petrobras," or " (known as Petrobras)". The name is up to three
// capitalized words.
func (a *ArticleLinks) knownAs(text string, toks []token, us []unit, k, end int, co Company) {
	if co.Ticker == "" || end >= len(text) {
		return
	}
	p := end
	if text[p] == ',' || text[p] == '(' {
		p++
	}
	for p < len(text) && text[p] == ' ' {
		p++
	}
	// Each opener starts with one of these letters; most names are followed by none of them,
	// and the comparisons below are asked of every company matched.
	if p >= len(text) || !strings.ContainsRune("kKaAbBcClLwW", rune(text[p])) {
		return
	}
	opened := ""
	for _, o := range knownAsOpeners {
		if len(text)-p > len(o) && strings.EqualFold(text[p:p+len(o)], o) {
			opened = o
			break
		}
	}
	if opened == "" {
		return
	}
	p += len(opened)
	j := k
	for j < len(us) && us[j].start < p {
		j++
	}
	if j == len(us) || us[j].start != p {
		return
	}
	e := j
	for e < len(us) && e < j+3 && us[e].key != "" && isWord(toks[us[e].from].text) && capitalized(toks[us[e].from].text) &&
		(e == j || adjacent(text, us[e-1], us[e])) {
		e++
	}
	if e == j {
		return
	}
	a.remember(text, us[j:e], us[j].start, us[e-1].end, co)
}
