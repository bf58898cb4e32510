package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from modern57, a first-seen batch of real estate and travel news: initials that spell an
// honorific, "bankrupt" as a description of a company, a rate bought down, the results measures of
// REITs and hotels, and the groups of real estate companies whose move a lead tells.

// initialsHonorific says whether the honorific unit us[i] is a company's initials that only
// spell one: dotted letters ("D.R. Horton", "M.S. Carriers") or a word in capitals without the
// title's dot ("DR Horton"). A person's title is one word with a capital and its dot ("Dr.
// Horton", "Mr. Cooper"), or in a headline in capitals one word and its dot ("MR. COOPER").
func initialsHonorific(toks []token, us []unit, i int) bool {
	u := us[i]
	if u.to-u.from > 1 {
		return true // "D . R": the letters of dotted initials, folded to one unit
	}
	t := toks[u.from].text
	if t != strings.ToUpper(t) {
		return false
	}
	return u.to >= len(toks) || toks[u.to].text != "." || toks[u.to].start != toks[u.from].end
}

// news64Misread says whether trigger t of sentence s tells no event (see misread).
func news64Misread(s *sentence, t trigger) bool {
	return t.typ == events.Bankruptcy && bankruptDescribes(s, t) || t.typ == events.Acquisition && rateBoughtDown(s.words, t)
}

// rateBoughtDown says whether an acquisition trigger's verb of buying is "buy down" a rate: "have
// been paying to buy down buyers' mortgage rates", "bought down rates for 60% of its buyers". A
// builder or a lender that buys down a rate pays a lender to lower a loan's interest, an
// incentive told with results; no business changes hands. "Down" before another noun is the
// object's own word ("bought down payment provider HomeStart" is a deal).
func rateBoughtDown(w []string, t trigger) bool {
	if !buyDownVerbs[w[t.from]] || t.from+1 >= len(w) || w[t.from+1] != "down" {
		return false
	}
	for k := t.from + 2; k < len(w) && k <= t.from+6; k++ {
		if boughtDownRates[w[k]] {
			return true
		}
		if w[k] == "," || isClauseBreak(w[k]) || gapStops[w[k]] {
			return false
		}
	}
	return false
}

// buyDownVerbs are the forms of "buy" that "down" follows in a rate buydown.
var buyDownVerbs = wordSet(`buy buys bought buying`)

// boughtDownRates are what a buydown lowers: a loan's rate or its points.
var boughtDownRates = wordSet(`rate rates mortgage mortgages interest points apr apy`)

// bankruptDescribes says whether a bankruptcy trigger is the adjective "bankrupt" before the
// company it describes: "after bankrupt J.C. Penney said it would close 154 stores", "the
// bankrupt retailer's landlords", "Bankrupt Sears to shut 80 more stores". It tells the state a
// company is in, which the article told as news (a filing) elsewhere or long ago; the sentence's
// news is what the company or others do. A company that "went", "is" or "was declared" bankrupt
// is the event ("went bankrupt in 2019"), and so is the word before no name ("bankrupt in
// March").
func bankruptDescribes(s *sentence, t trigger) bool {
	w := s.words
	if t.to-t.from != 1 || w[t.from] != "bankrupt" || t.to >= len(w) {
		return false
	}
	if t.from > 0 && becomingWords[w[t.from-1]] {
		return false
	}
	next := w[t.to]
	if bankruptHolders[next] {
		return true
	}
	// A name after it: capitalized in a sentence that is not in capitals, and not a date
	// ("was declared bankrupt Monday" has its verb before; "bankrupt Monday" alone is no name).
	return !s.caps && startsUpper(s.toks[t.to].text) && !s.inTimex[t.to] && !s.inParens[t.to]
}

// becomingWords make "bankrupt" the predicate of a company's state or its change: "went
// bankrupt", "is bankrupt", "was declared bankrupt", "nearly bankrupt".
var becomingWords = wordSet(`is was were be been being are am became become becomes becoming went go goes
	going gone declared declare declares declaring deemed judged adjudged adjudicated left leaves leaving
	nearly almost technically effectively virtually not never itself themselves render rendered renders`)

// bankruptHolders are the nouns "bankrupt" describes when it stands before a company: "the
// bankrupt retailer", "a bankrupt rival", "bankrupt landlords".
var bankruptHolders = wordSet(`company companies firm firms retailer retailers chain chains carrier carriers
	airline airlines lender lenders bank banks owner owners operator operators landlord landlords tenant
	tenants developer developers builder builders maker makers producer producers miner miners driller
	drillers utility utilities insurer insurers rival rivals competitor competitors parent unit subsidiary
	subsidiaries group supplier suppliers customer customers brand brands department store stores
	exchange exchanges platform startup start-up`)

// operatingResultsAt returns an earnings trigger at a REIT's or a hotel company's own measure of
// results told for a quarter or a fiscal period: "second-quarter RevPAR at its hotels rose just
// 0.3%", "reported third-quarter adjusted FFO of $1.02 a share", "first-quarter funds from
// operations rose 5%". These are how the industries report a quarter, as a retailer's same-store
// sales are; the lexicon's "revenue" and "profit" do not name them. The measure must be told as
// a figure: a verb of change or of coming in after it, or a verb of reporting before it. Under a
// word of forecasting in its clause it is an outlook ("expects third-quarter RevPAR to rise 2%",
// "cut its forecast for fourth-quarter FFO"), and a month's or an industry's figure with no
// quarter ("RevPAR rose 4% in March") is a market report.
func operatingResultsAt(words []string, i int) (trigger, bool) {
	to, ok := operatingMeasure(words, i)
	if !ok || !slices.ContainsFunc(words, quarterWord) {
		return trigger{}, false
	}
	told := false
	for k := to; k < len(words) && k <= to+6; k++ {
		if measureChangeVerbs[words[k]] {
			told = true
			break
		}
		if words[k] == "," || words[k] == ";" || isClauseBreak(words[k]) {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-5 && !told; k-- {
		if measureReportVerbs[words[k]] {
			told = true
		}
	}
	if !told {
		return trigger{}, false
	}
	for k := i - 1; k >= 0; k-- {
		x := words[k]
		if x == "," || x == ";" || x == "after" || x == "as" || x == "while" || x == "when" || x == "because" {
			break
		}
		if measureForecastWords[x] {
			return trigger{}, false
		}
	}
	return trigger{typ: events.Earnings, from: i, to: to}, true
}

// operatingMeasure returns the end of the measure that starts at words[i].
func operatingMeasure(words []string, i int) (int, bool) {
	switch words[i] {
	case "revpar", "ffo", "affo":
		return i + 1, true
	case "funds":
		if i+2 < len(words) && words[i+1] == "from" && words[i+2] == "operations" {
			return i + 3, true
		}
	}
	return 0, false
}

// measureChangeVerbs tell a period's figure after the measure: "RevPAR rose 4%", "FFO came in at
// 70 cents", "FFO was $1.02 a share".
var measureChangeVerbs = wordSet(`rose rises rising fell falls falling grew grows increased increases decreased
	decreases declined declines dropped drops slipped slips climbed climbs jumped jumps gained gains slid
	slides surged surges plunged plunges tumbled tumbles edged improved improves came comes was were totaled
	totalled reached beat missed topped exceeded`)

// measureReportVerbs tell a figure before the measure: "reported third-quarter FFO of $1.02".
var measureReportVerbs = wordSet(`reported reports reporting posted posts posting delivered generated`)

// measureForecastWords make a measure in their clause an outlook, not a period's figure.
var measureForecastWords = wordSet(`forecast forecasts forecasting outlook outlooks guidance expects expected
	expect sees see projects projected predicts predicted anticipates target targets estimate estimates
	range view`)

// propertyGroupNouns name a group of real estate and travel companies as a lead's subject, as
// groupNouns do for others (groupLead, news56.go): "Shares of U.S. homebuilders jumped", "Mall
// owners slid", "Hotel REITs fell", "Casino operators rallied". The movers the lead's paragraph
// names are the group.
var propertyGroupNouns = wordSet(`homebuilders builders reits landlords owners operators developers retailers
	carriers`)
