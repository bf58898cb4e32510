package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The headline-and-feed register of financial news (issue 11, feed14): RSS and aggregator items,
// a title and a one- or two-sentence summary, as Yahoo Finance, MarketWatch, Benzinga, Seeking
// Alpha and the press-release wires write them. Their events are the same as a full article's,
// told in fewer and shorter words: ratings kept ("Maintains Buy on Acme"), results against the
// street's figure ("bookings miss the $640M consensus"), an outlook as a "guide" ("guides FY EPS
// above consensus", "FY guide trails consensus"), moves with the company itself as the subject
// ("Acme (NASDAQ: ACME) fell 9% in after-hours trading"), in the progressive ("Why Acme Stock Is
// Soaring Today") and with the session between the move and its cause ("sinks after-hours on
// notes offering"). The word rules run after the lexicon's (feedWords, from findTriggers); the
// rule that needs the sentence's companies runs with the headline rules (companyMove).

// keptRatingVerbs keep, restate or start a broker's rating; a rating word right after them
// ("Maintains Buy on", "reiterated a buy", "initiates Acme with a Buy") is the rating, not a
// purchase.
var keptRatingVerbs = wordSet(`maintains maintained maintain maintaining reiterates reiterated reiterate reiterating
	reaffirms reaffirmed keeps kept initiates initiated assumes assumed resumes resumed with rates rated`)

// offeringNounMarks stand before "offering" when it is a noun, the company's sale of its shares
// ("priced an underwritten public offering of 12.5 million shares at $20.00 per share"), not the
// verb of a bid ("offering $25 per share").
var offeringNounMarks = wordSet(`a an the its their public underwritten secondary follow-on registered direct
	proposed upsized primary stock share equity overnight marketed priced private`)

// guideVerbs tell a company's own outlook in the feed's shorthand: "guides FY EPS above
// consensus", "after guiding FY26 revenue to $2.05B-$2.10B". The noun "guide" needs a period
// before it ("FY guide", "Q3 guide").
var guideVerbs = wordSet(`guides guided guiding guide`)

// guidedMeasures are what a guide is about; a guide of something else ("guides visitors") is none.
var guidedMeasures = wordSet(`revenue revenues sales eps earnings profit ebitda bookings margin margins income
	ffo affo billings deliveries`)

// guidePeriods stand before a noun "guide" ("FY guide", "Q3 guide", "full-year guide") or inside
// a guide's object ("guides FY EPS", "guided Q4 revenue"). Earnings-call recaps spell the
// period out ("a $2.1 billion first-quarter guide", "the 2024 guide").
var guidePeriods = wordSet(`fy fy24 fy25 fy26 fy27 fy28 q1 q2 q3 q4 fq1 fq2 fq3 fq4 full-year annual quarterly
	h1 h2 first-quarter second-quarter third-quarter fourth-quarter first-half second-half fiscal
	2019 2020 2021 2022 2023 2024 2025 2026 2027 2028 2029 2030`)

// streetFigures are what results are measured against in feed copy besides "estimates" and
// "expectations", which the lexicon's beatMiss reads: "the $640M consensus", "$1.10 estimate",
// "vs. $2.02 est.", "Street view".
var streetFigures = wordSet(`consensus estimate est street view views`)

// progressiveMoves are a stock's move in the progressive tense that "Why Acme Stock Is Soaring
// Today" headlines use.
var progressiveMoves = wordSet(`soaring surging jumping rising climbing rallying falling sinking sliding plunging
	tumbling crashing tanking dropping slumping skyrocketing plummeting popping spiking sagging gaining
	slipping sliding retreating rebounding`)

// feedWords applies the feed register's word rules to the triggers the lexicon found: a rating
// word after a verb keeping it is an analyst's, a noun "offering" priced per share is no bid, a
// guide of a measure is guidance (and the measure it names no result), a measure beating or
// missing the consensus is earnings, and a stock "is soaring" moves. Most sentences hold none of
// the words these rules start from and pass through untouched.
func feedWords(words []string, ts []trigger) []trigger {
	for i := range ts {
		t := &ts[i]
		if t.typ != events.Acquisition {
			continue
		}
		switch w := words[t.from]; {
		case (w == "buy" || w == "sell") && keptRating(words, t.from):
			t.typ = events.Analyst // "Maintains Buy on Penzance", "reiterated a buy rating"
		case w == "offering" && t.from > 0 && offeringNounMarks[words[t.from-1]]:
			t.typ = "" // dropped below: the share sale's price, not a bid's
		case insiderBuyVerbs[w] && insiderPurchase(words, *t):
			t.typ = "" // "a director bought 50,000 shares": an insider's filing, no deal
		}
	}
	for i := range ts {
		if t := &ts[i]; t.typ == events.Earnings && t.from > 0 && marketMembers[words[t.from-1]] && t.to-t.from == 3 && words[t.from] == "in" {
			t.typ = "" // "every one of its 30 members in the red": the session's losers, no result
		}
	}
	for i := range ts {
		// "Narrows FY25 EPS Guidance", "revenue outlook": a measure that names the outlook's
		// object is guidance, not results.
		if t := &ts[i]; t.typ == events.Earnings && t.to < len(words) && outlookNouns[words[t.to]] && guidedMeasures[words[t.to-1]] {
			t.typ, t.to = events.Guidance, t.to+1
		}
	}
	for i := range ts {
		if t := &ts[i]; t.typ == events.Earnings && t.to-t.from == 1 && earnForms[words[t.from]] && !earnsMoney(words, t.to) {
			t.typ = "" // "Earns Spot In S&P MidCap 400", "earned praise": earned, but no result
		}
	}
	ts = slices.DeleteFunc(ts, func(t trigger) bool { return t.typ == "" })
	for i, w := range words {
		// A switch on the word's literal forms, not map lookups: this loop reads every word of
		// every sentence, and most words are none of these.
		switch w {
		case "guides", "guided", "guiding", "guide":
			if end := guided(words, i); end > 0 {
				// The measures the guide names are its object, not results told: drop their
				// earnings triggers, and a beat or miss of the consensus after it is the guide's.
				ts = slices.DeleteFunc(ts, func(t trigger) bool {
					return t.typ == events.Earnings && t.from > i && t.from < end+4
				})
				if !hasType(ts, events.Guidance) {
					ts = insertTrigger(ts, trigger{typ: events.Guidance, from: i, to: i + 1, verbal: w != "guide"})
				}
			}
		case "beat", "beats", "beating", "top", "tops", "topped", "topping", "miss", "misses", "missed", "missing",
			"trail", "trails", "trailed", "trailing", "exceed", "exceeds", "exceeded":
			if end := streetMeasured(words, i); end == 0 && measureBeatBare(words, i) && !hasType(ts, events.Earnings) {
				ts = insertTrigger(ts, trigger{typ: events.Earnings, from: i - 1, to: i + 1, verbal: true})
			} else if end > 0 && !hasType(ts, events.Earnings) && !guideBefore(words, i) {
				ts = insertTrigger(ts, trigger{typ: events.Earnings, from: i, to: end, verbal: true})
			}
		case "pt":
			// "raises Acme PT to $200", "PT cut to $38", "lowers PT on Acme": a price target.
			if i+1 < len(words) && ptFollowers[words[i+1]] {
				ts = insertTrigger(ts, trigger{typ: events.Analyst, from: i, to: i + 1})
			}
		case "stock", "shares":
			if i+2 >= len(words) || hasType(ts, events.PriceMove) {
				break
			}
			if headlineSizedMove(words, i+1) {
				// "Stock Down 62% After Chapter 11 Filing", "Shares Gap Up After Earnings Beat"
				ts = insertTrigger(ts, trigger{typ: events.PriceMove, from: i, to: i + 3, verbal: true})
				break
			}
			if !beVerbs[words[i+1]] {
				break
			}
			if progressiveMoves[words[i+2]] {
				ts = insertTrigger(ts, trigger{typ: events.PriceMove, from: i, to: i + 3, verbal: true})
			} else if words[i+2] == "trading" && i+3 < len(words) && tradingWays[words[i+3]] {
				// "Shares Are Trading Higher After Q3 Results", "stock is trading lower"
				ts = insertTrigger(ts, trigger{typ: events.PriceMove, from: i, to: i + 4, verbal: true})
			}
		case "%":
			// "Galton -6% premarket", "ACME +12% after hours": a signed percentage with its
			// session is the feed's shorthand for a move; the sign alone ("-6%") names no change of
			// sales or margins, the session does.
			if i >= 2 && (words[i-2] == "-" || words[i-2] == "+") && isNumber(words[i-1]) && signedSession(words, i+1) &&
				!hasType(ts, events.PriceMove) {
				ts = insertTrigger(ts, trigger{typ: events.PriceMove, from: i - 2, to: i + 1, verbal: true})
			}
		case "clearance":
			// "Receives FDA 510(k) Clearance for", "won FDA clearance to market": a device cleared
			// for sale, as an approval is; "antitrust clearance" for a deal stays the deal's.
			if deviceClearance(words, i) && !hasType(ts, events.Product) {
				ts = slices.DeleteFunc(ts, func(t trigger) bool { return t.typ == events.Legal && t.from >= i-6 && t.from <= i+1 })
				ts = insertTrigger(ts, trigger{typ: events.Product, from: i, to: i + 1})
			}
		case "complete":
			// "Receives Complete Response Letter From FDA", "the FDA issued a complete response
			// letter for": the agency's decision not to approve a drug as filed is news of the
			// product, as an approval is; the term is the FDA's own and names nothing else.
			if i+2 < len(words) && words[i+1] == "response" && (words[i+2] == "letter" || words[i+2] == "letters") &&
				!hasType(ts, events.Product) {
				ts = insertTrigger(ts, trigger{typ: events.Product, from: i, to: i + 3})
			}
		case "preliminary", "unaudited":
			// "said preliminary Q1 net sales were $872M-$892M", "preliminary fourth-quarter
			// revenue of about $1.1 billion": a quarter's results told before the report, which
			// are results all the same; "preliminary injunction" or "agreement" is none.
			if end := preliminaryResults(words, i); end > 0 && !hasType(ts, events.Earnings) {
				ts = insertTrigger(ts, trigger{typ: events.Earnings, from: i, to: end})
			}
		case "retirement":
			// "Announces Retirement of Chief Financial Officer": a departure, as "resignation" is.
			if i+2 < len(words) && words[i+1] == "of" && officerWithin(words, i+2) && !hasType(ts, events.Executive) {
				ts = insertTrigger(ts, trigger{typ: events.Executive, from: i, to: i + 2})
			}
		}
	}
	return ts
}

// marketMembers are the stocks of a market wrap, whose session "in the red" or "in the black" is
// their move, not a company's loss or profit (indexnews.go reads it after a session's verb).
var marketMembers = wordSet(`members stocks shares components constituents names sectors issues decliners`)

// ptFollowers after "PT" make it a price target: "PT to $200", "PT raised", "PT cut", "PT on
// Acme"; "PT Telkom" (an Indonesian company's prefix) is none.
var ptFollowers = wordSet(`to raised raises cut cuts lowered lowers boosted boosts trimmed trims increased reduced
	of on from at ,`)

// tradingWays after "shares are trading" make it a move.
var tradingWays = wordSet(`higher lower up down`)

// outlookNouns after a results measure make the measure an outlook's: "EPS guidance", "revenue
// outlook", "sales forecast".
var outlookNouns = wordSet(`guidance outlook forecast forecasts guide view target targets`)

// officerWords name the posts whose holders' comings and goings are executive news.
var officerWords = wordSet(`chief ceo cfo coo cto president chairman chairwoman chair officer founder director`)

// officerWithin says whether an officer's post is named within four words from k: "retirement of
// Chief Financial Officer", "retirement of its chief executive".
func officerWithin(words []string, k int) bool {
	for j := k; j < len(words) && j < k+4; j++ {
		if officerWords[words[j]] {
			return true
		}
	}
	return false
}

// headlineSizedMove says whether the words from j, right after "stock" or "shares", are a
// headline's move without a verb of its own: a direction and a percentage ("Stock Down 62%",
// "shares up 4.5%") or a gap ("Shares Gap Up", "stock gaps lower").
func headlineSizedMove(words []string, j int) bool {
	if j+1 >= len(words) {
		return false
	}
	switch words[j] {
	case "up", "down", "higher", "lower":
		return j+2 < len(words) && isNumber(words[j+1]) && percentWord(words[j+2])
	case "gap", "gaps", "gapped", "gapping":
		return tradingWays[words[j+1]]
	}
	return false
}

// earnForms are the verb "earn"'s finite forms, which the lexicon reads as results ("earning" is
// as often a noun: "higher earning estimate", "earning power").
var earnForms = wordSet(`earn earns earned`)

// earnsMoney says whether the words from j, after a form of "earn", are a result: an amount or a
// comparison within three words ("earned $1.2 billion", "earned 15 cts a share", "earned more
// than expected", "earns a record"), or nothing (the clause ends: "Acme earns"). "Earns Spot In
// S&P 400", "earned praise", "earns a nod from regulators" are none.
func earnsMoney(words []string, j int) bool {
	if j >= len(words) {
		return true
	}
	for k := j; k < len(words) && k < j+3; k++ {
		w := words[k]
		if isNumber(w) || w == "$" || amountUnits[w] || resultNouns[w] || earnedSizes[w] {
			return true
		}
		if k == j && (w == "," || w == "." || w == ";" || gapStops[w]) {
			return true
		}
	}
	return false
}

// earnedSizes tell a result's size without a figure.
var earnedSizes = wordSet(`more less record higher lower profit net income about nearly almost roughly some`)

// beVerbs join a stock to its progressive move: "Stock Is Soaring", "shares are sliding".
var beVerbs = wordSet(`is are was were`)

// keptRating says whether the rating word at k follows a verb that keeps or starts a rating,
// with "a" between or not ("maintained a Buy"), or is a rating by the noun after it ("Buy rating").
func keptRating(words []string, k int) bool {
	if k+1 < len(words) && words[k+1] == "rating" {
		return true
	}
	j := k - 1
	if j >= 0 && words[j] == "a" {
		j--
	}
	return j >= 0 && keptRatingVerbs[words[j]] && (words[j] != "with" || ratedBefore(words, j))
}

// ratedBefore says whether "with" at j closes a broker's start of coverage ("initiates Acme with
// a Buy", "started coverage of Acme with a buy"), not a company's deal with a partner.
func ratedBefore(words []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		switch words[k] {
		case "initiates", "initiated", "initiating", "coverage", "starts", "started", "begins", "began":
			return true
		}
	}
	return false
}

// guided returns the end of the object of the guide verb at i, a measure within four words
// ("guides FY EPS", "guiding FY26 revenue", "guided Q3 bookings"), or of a noun "guide" after a
// period ("FY guide"); zero when it guides nothing a company reports.
func guided(words []string, i int) int {
	if words[i] == "guide" {
		// A measure names the guide as a period does: "the revenue guide", "an EPS guide".
		if i > 0 && (guidePeriods[words[i-1]] || guidedMeasures[words[i-1]]) {
			return i + 1
		}
		return 0
	}
	if k := clauseWordAt(words, i+1, i+4, guidedMeasures); k >= 0 {
		return k + 1
	}
	return 0
}

// guideBefore says whether a guide stands before the beat or miss at i in its clause: "FY guide
// trails consensus" measures the outlook, not results.
func guideBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if gapStops[words[k]] || words[k] == "," {
			return false
		}
		if guideVerbs[words[k]] || words[k] == "guidance" || words[k] == "outlook" || words[k] == "forecast" {
			return true
		}
	}
	return false
}

// streetMeasured returns the end of the street's figure that the beat or miss at i measures
// against, within four words in the clause ("missed the $640M consensus", "beats $1.10
// estimate", "tops Street view"); zero when none. A beat still ahead ("sales will beat") or of
// the company's own figure ("beat its earlier estimate") is an outlook, which guidance reads.
func streetMeasured(words []string, i int) int {
	if i > 0 && aheadOfBeat[words[i-1]] {
		return 0
	}
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		if streetFigures[words[k]] || (words[k] == "lines" || words[k] == "line") && (words[k-1] == "top" || words[k-1] == "bottom") {
			return k + 1 // "beats on top and bottom lines", "misses on the top line"
		}
		if gapStops[words[k]] || words[k] == "," || ownFigure[words[k]] {
			return 0
		}
	}
	return 0
}

// aheadOfBeat before a beat or miss make it a forecast or a hope: "will beat", "expects to top".
var aheadOfBeat = wordSet(`will would could should may might to can`)

// ownFigure between a beat or miss and the figure make the figure the company's own: "beat its
// earlier estimate", "topped its own view".
var ownFigure = wordSet(`its their own earlier prior previous initial`)

// insertTrigger adds t to ts in the order of their words.
func insertTrigger(ts []trigger, t trigger) []trigger {
	i := 0
	for i < len(ts) && ts[i].from < t.from {
		i++
	}
	return slices.Insert(ts, i, t)
}

// companyMoveVerbs are a stock's moves told with the company as the verb's subject, in the
// present of headlines and the past of summaries.
var companyMoveVerbs = wordSet(`soars jumps rises falls tumbles plunges slumps surges climbs sinks slides drops
	gains rallies plummets dips skids rebounds slips sags pops spikes tanks craters adds loses sheds
	advances declines retreats
	soared jumped rose fell tumbled plunged slumped surged climbed sank slid dropped gained rallied
	plummeted dipped skidded rebounded slipped sagged popped spiked tanked cratered added lost shed
	advanced declined retreated rockets rocketed skyrockets skyrocketed dives dived`)

// titleMoveCause says whether a title that opens with company c tells its move at word k by its
// cause, without a figure: "Humana sinks as star ratings fall", "Intel slumps after weak
// forecast". A rating's story tells the rating, whatever the stock did ("Nike falls after a
// downgrade" is the analyst's news). A verb of moving followed by anything else ("Apple falls behind Samsung", "Tesla
// jumps into robotaxi race") may be no stock's move.
func (s *sentence) titleMoveCause(c CompanyMention, k int) bool {
	if s.start >= 0 || !s.opensTitleClause(s.startIndex(c.Start)) || k+2 >= len(s.words) { // news86.go
		return false
	}
	if s.words[k+1] == "in" {
		// The debut a move happened in: "Carnforth Bio soars in stock market bow".
		return anyWithin(s.words, k+2, min(k+6, len(s.words)), debutNouns)
	}
	return titleMoveCauses[s.words[k+1]] && !(s.words[k+1] == "on" && (s.words[k+2] == "board" || s.words[k+2] == "track"))
}

// debutNouns name a stock's first day of trading.
var debutNouns = wordSet(`debut bow debuts`)

// titleMoveCauses open the cause of a move a title tells without its figure.
var titleMoveCauses = wordSet(`as after amid following despite on`)

// sessionWords tell when a move happened, between the verb and its figure or cause: "fell 9% in
// after-hours trading", "sinks after-hours on", "jumps premarket after".
var sessionWords = wordSet(`premarket pre-market after-hours afterhours extended early late midday morning
	afternoon intraday trading trade session in`)

// companyMove adds a price move where a listed company (or one with its legal suffix) is itself
// the subject of a move verb, with its ticker in parentheses or none between: "Fowey Devices
// (NASDAQ:FOWY) fell 9% in after-hours trading", "Shares of Falmouth Freight Inc (NASDAQ: FLMF)
// jumped 18%", "Acme sinks premarket". The verb must be followed by a percentage or a trading
// session: "Acme fell behind rivals" and "Acme rose to the challenge" are no move, and a money
// figure after "gained" or "fell" may be sales. Where a move is told already, it adds only the
// move of a company named after it ("..., while Micron Technology jumped 6%").
//
// In the title or the lead, or before the story has told any event (lead), a market report's
// quotes of bare names are moves too ("with Acme up 1-1/4 at 36 and Beta off 3/4 at 19"). After
// the story's news such quotes are its circumstances, the market's reaction to another company's
// bid.
func (s *sentence) companyMove(ts []trigger, lead bool) []trigger {
	after := -1 // with a move told already, only a company named after it may move too
	for _, t := range ts {
		if t.typ == events.PriceMove {
			after = max(after, t.to)
		}
	}
	for _, c := range s.companies {
		if c.Cited || c.Ticker == "" && !s.suffixedName(c) { // lead17.go
			continue
		}
		if after >= 0 && s.startIndex(c.Start) < after {
			continue // "Nvidia shares climbed 4.2%, while Micron Technology jumped 6%": Micron's
		}
		k := s.tokenIndex(c.End)
		for k < len(s.words) && (corporateSuffixShapes.mayHold(s.words[k]) && corporateSuffixes[s.words[k]] || s.inParens[k] || s.words[k] == "(" || s.words[k] == ")" ||
			s.words[k] == "," && k+1 < len(s.words) && corporateSuffixShapes.mayHold(s.words[k+1]) && corporateSuffixes[s.words[k+1]] || s.words[k] == ".") {
			k++ // "Acme, Inc. (NASDAQ: ACME)": the suffix and the ticker between the name and its verb
		}
		aside := k
		k = skipAside(s.words, k) // "Boeing, the planemaker, rose 3%", "Meta, which reports after the bell, added 1.5%"
		if j := activeListed(s.words, k); j > 0 && lead {
			k = j // "Acme led the most active list, rising 2-1/4 to 31-3/8": the quote after its place
		}
		if j := withActiveListed(s.words, s.startIndex(c.Start), k); j > 0 && lead {
			k = j // "with Acme the most active issue, falling 1-1/2 to 27-3/8" (wire30.go)
		}
		if j := headedMove(s.words, k); j > 0 && c.Start <= s.toks[0].start {
			k = j // "GameStop - The video game retailer slid 11%": a movers entry under its heading
		}
		if k+2 < len(s.words) && s.words[k] == "more" && s.words[k+1] == "than" && moveMultiples[s.words[k+2]] {
			k += 2 // "Acme more than doubles in debut"
		}
		if k == 0 || k+1 >= len(s.words) && !s.wrapTitleMover(c, k) { // "...; NextEra slips" (news44.go)
			continue
		}
		// "Shares of Acme eased 1/4 to 17-1/2" is the lexicon's "shares ..." to read, not a
		// quote of the bare name.
		quoted := k+1 < len(s.words) && lead && quoteMoveWordShapes.mayHold(s.words[k]) && quoteMoveWords[s.words[k]] && quoteSized(s.words, k+1) && !sharesOf(s.words, s.startIndex(c.Start))
		with := movingWith(s.words, s.startIndex(c.Start), k) || s.wrapTitleMover(c, k) // news44.go
		if !quoted && !with && !(companyMoveVerbShapes.mayHold(s.words[k]) && companyMoveVerbs[s.words[k]] && (moveSized(s.words, k+1) || s.titleMoveCause(c, k) && !slices.ContainsFunc(ts, func(t trigger) bool { return t.typ == events.Analyst })) || multipleMoved(s.words, k) || signedMove(s.words, k)) {
			continue
		}
		for i := range ts {
			if ts[i].from > aside && ts[i].to <= k {
				ts[i].aside = true // "Intel, which cut its dividend last week, declined 2%": the move is the news
			}
		}
		// "Peterhead Labs surges 45% in NYSE debut": the debut is the move's circumstance, told
		// beside it (debuts.go), so that the listing does not take the move's place.
		for i := range ts {
			if ts[i].typ == events.IPO && debut(s.words, ts[i]) {
				ts[i].aside = true
			}
		}
		ts = insertTrigger(ts, trigger{typ: events.PriceMove, from: k, to: k + 1, verbal: true})
		// A market report quotes stock after stock in one sentence ("with Acme up 1-1/4 at 36
		// and Beta off 3/4 at 19"), and a story tells two companies' moves side by side
		// ("Informatica rose 6% and Salesforce fell 2%"): each is a move of its own.
		after = k + 1
	}
	return ts
}

// activeListed returns the index after a market report's placing of a stock on the day's list
// of actives at k, up to the comma before its quote ("led the New York Stock Exchange's most
// active list, rising 2-1/4 to 31-3/8", "was the most active issue, off 1/2 at 19"), or zero.
// The quote must follow (quoteSized), so a place on the list alone moves nothing.
func activeListed(words []string, k int) int {
	if k >= len(words) || !activeListVerbSet.has(words[k]) {
		return 0
	}
	active := false
	for j := k + 1; j < len(words) && j <= k+12; j++ {
		switch words[j] {
		case "active", "actives", "traded": // "the most heavily traded stock" (wire30)
			active = true
		case ",":
			if active && j+2 < len(words) && quoteMoveWords[words[j+1]] && quoteSized(words, j+2) {
				return j + 1
			}
			return 0
		case ";", ".", "and", "while", "but":
			return 0
		}
	}
	return 0
}

// activeListVerbs place a stock on a market report's list of the most traded.
var activeListVerbs = wordSet(`led leads topped tops headed heads was is`)

// quoteMoveWords tell a stock's move in a market report's quote, where the change and the price
// after it ("up 1-1/4 at 36", "falling 2-3/8 to 31-1/2") make even "up" and "off" a move.
var quoteMoveWords = func() map[string]bool {
	m := wordSet(`up off down higher lower rising falling gaining losing climbing dropping slipping adding
		easing jumping advancing declining eased eases`)
	for w := range companyMoveVerbs {
		m[w] = true
	}
	return m
}()

// quoteSized says whether the words at j are a wire quote's change and price: a figure in
// points, "to" or "at", and the price ("1-1/4 to 36", "3/4 at 12-1/2"), ending the quote where
// a unit ("to 36 mln dlrs") would make the figures something other than a stock's price.
func quoteSized(words []string, j int) bool {
	if unitQuoteSized(words, j) { // "14p to 342p", "40 yen to 1,380 yen" (wire30.go)
		return true
	}
	e := wirePrice(words, j)
	if e == 0 || e+1 >= len(words) || words[e] != "to" && words[e] != "at" {
		return false
	}
	e = wirePrice(words, e+1)
	return e > 0 && (e == len(words) || quoteEnds[words[e]])
}

// quoteEnds may follow a quote's price: the clause's end, the next quote or the trading.
var quoteEnds = wordSet(`, . ; and in on after while as but with from`)

// wirePrice returns the index after a price or change in points at j, a number or the wire's
// fraction ("36", "1-1/4", "3/4"), or zero where none stands there.
func wirePrice(words []string, j int) int {
	if j >= len(words) || !isNumber(words[j]) && !wholeAndPart(words[j]) {
		return 0
	}
	j++
	if j+1 < len(words) && words[j] == "/" && isNumber(words[j+1]) {
		j += 2
	}
	return j
}

// wholeAndPart says whether w is the whole-number half of a fraction's token, "1-1" of "1-1/4".
func wholeAndPart(w string) bool {
	whole, part, ok := strings.Cut(w, "-")
	return ok && isNumber(whole) && isNumber(part)
}

// resultMeasures are what a company's results measure, after "preliminary" and a period.
var resultMeasures = wordSet(`revenue revenues sales eps earnings profit profits loss losses ebitda income results
	bookings billings deliveries`)

// resultQualifiers stand between "preliminary" and a results measure: its period ("Q1",
// "fourth-quarter", "fiscal 2024", "full-year") and its kind ("net", "adjusted").
var resultQualifiers = wordSet(`net adjusted gaap non-gaap consolidated total unaudited quarter quarterly year
	fourth third second first full and`)

// preliminaryResults returns the end of a results measure told as preliminary from the
// "preliminary" at i with a reporting period between ("preliminary Q1 net sales", "preliminary
// fourth-quarter revenue", "preliminary full-year results"), at most four qualifiers in all; 0
// where no period or no measure follows, or the measure names an outlook ("preliminary Q1 revenue
// guidance"). Without a period the results are often a survey's or a drill's ("preliminary
// results are encouraging", "preliminary sales figures showed").
func preliminaryResults(words []string, i int) int {
	period := false
	for j := i + 1; j < len(words) && j <= i+5; j++ {
		w := words[j]
		if resultMeasures[w] {
			if !period || j+1 < len(words) && outlookNouns[words[j+1]] {
				return 0
			}
			return j + 1
		}
		if !guidePeriods[w] && !resultQualifiers[w] {
			return 0
		}
		period = period || guidePeriods[w] || w == "quarter" || w == "year"
	}
	return 0
}

// signedMove says whether the words at k, right after a company's name or symbol, are a signed
// percentage that ends its clause or is followed by its session or cause: "SBUX +24%, CMG
// -7.5%", "Acme -6% on guidance cut". Feed titles write a move so, with no verb. A signed figure
// after a measure ("revenue +8% Y/Y") has no company right before it.
func signedMove(words []string, k int) bool {
	if k+2 >= len(words) || words[k] != "+" && words[k] != "-" || !isNumber(words[k+1]) || words[k+2] != "%" {
		return false
	}
	j := k + 3
	if j == len(words) {
		return true
	}
	switch words[j] {
	case ",", ";", ".", ":", "on", "after", "as", "amid", "following":
		return true
	}
	return signedSession(words, j)
}

// skipAside returns the index after an aside that starts with a comma at k and an apposition's
// or a relative clause's first word (asideOpeners) and ends with the next comma within twelve words: the
// subject's verb comes after it. Without such an aside it returns k.
func skipAside(words []string, k int) int {
	if k+1 >= len(words) || words[k] != "," || !(asideOpenerShapes.mayHold(words[k+1]) && asideOpeners[words[k+1]]) {
		return k
	}
	last := k + 13
	if words[k+1] == "which" {
		last = k + relativeAsideWords // news106.go
	}
	for j := k + 2; j < len(words) && j <= last; j++ {
		if words[j] == "." {
			// A period inside one sentence closes an abbreviation or joins a domain: with the
			// legal form or the domain beside it, it makes the aside no longer in words ("Amazon.com
			// Inc. and CVS Health Corp.", lead15).
			last += 2
		}
		switch words[j] {
		case ",":
			return j + 1
		case ";", ":", "(", ")":
			return k
		}
	}
	return k
}

// moveSized says whether the words from j, right after a move verb, are its size as a percentage
// ("9%", "12 pct", "3.5 percent") or the session it happened in ("premarket", "in after-hours
// trading"), which tell a stock's move from a company's other rises and falls.
func moveSized(words []string, j int) bool {
	if k := sizeAfterHedge(words, j); k != j {
		// "fell about 9%", "rose between 7% and 11%": the size after its hedge (news63.go).
		return k > j && k+1 < len(words) && isNumber(words[k]) && percentWord(words[k+1]) && (k+2 >= len(words) || !shareOfOther[words[k+2]])
	}
	if sessionWords[words[j]] && words[j] != "in" && words[j] != "trading" {
		return true
	}
	if words[j] == "in" && j+1 < len(words) && sessionWords[words[j+1]] {
		return true
	}
	if j+1 < len(words) && isNumber(words[j]) {
		switch words[j+1] {
		case "%", "pct", "percent":
			// "gained 3% of the market", "rose 5% market share": a share of something else.
			return j+2 >= len(words) || !shareOfOther[words[j+2]]
		}
	}
	return false
}

// headedMove returns the index of the move verb of a market story's entry headed by a company's
// name and a dash, whose subject is the company described: "GameStop - The video game retailer
// slid 11% after posting weaker revenue". The description opens with "the" and runs at most five
// words to the verb, which has its size after it; 0 where the words at k are no such entry.
func headedMove(words []string, k int) int {
	if k+2 >= len(words) || words[k] != "-" && words[k] != "–" && words[k] != "—" || words[k+1] != "the" {
		return 0
	}
	for j := k + 2; j < len(words) && j <= k+7; j++ {
		if companyMoveVerbs[words[j]] && j+1 < len(words) && moveSized(words, j+1) {
			return j
		}
		if gapStops[words[j]] || words[j] == "," {
			return 0
		}
	}
	return 0
}

// moveMultiples tell a move by the multiple the price reached, its size in the verb itself.
var moveMultiples = wordSet(`doubles doubled triples tripled quadruples quadrupled`)

// multipleMoved says whether words[k] is a multiple (see moveMultiples) told as a stock's move:
// "Cava doubles in NYSE debut", "Acme tripled on Tuesday after the FDA nod", with the move's
// circumstance (its cause, its session or the debut) right after it. A verb with an object ("doubles its dividend", "tripled sales")
// or a role ("doubles as a lender") is none, nor a size ("doubled in size").
func multipleMoved(words []string, k int) bool {
	if !moveMultipleSet.has(words[k]) || k+1 >= len(words) {
		return false
	}
	switch words[k+1] {
	case "on", "after", "amid", "following":
		return true
	case "in":
		j := k + 2
		if j < len(words) && (words[j] == "its" || words[j] == "their") {
			j++ // "doubled in their debut"
		}
		if j >= len(words) {
			return false
		}
		if words[j] == "first" {
			return j+1 < len(words) && firstSessions[words[j+1]] // not "in its first year of sales"
		}
		for d := j; d < len(words) && d <= j+3; d++ {
			if words[d] == "debut" {
				return true // "in NYSE debut", "in its stock market debut"
			}
		}
		return words[j] != "in" && sessionWords[words[j]]
	}
	return moveSized(words, k+1)
}

// firstSessions after "in its first" make it a listing's first trade.
var firstSessions = wordSet(`day session hour hours minutes trade trades`)

// notCauses after a move's "on" tell its day or its trading, not its cause.
var notCauses = wordSet(`today heavy light volume record`)

// shareOfOther after a percentage make it a share of a market or a holding, not a move.
var shareOfOther = wordSet(`of market share stake`)

// sessionGap says whether the words between a move's verb and a following "on" (from, to) are
// its figure and session only: "sinks after-hours on notes offering", "jumps 12% on FDA nod".
// Such an "on" opens the move's cause as it does right after the verb (see moveCauseOn).
func sessionGap(words []string, from, to int) bool {
	if to-from > 4 || to+1 < len(words) && (weekdays[words[to+1]] || notCauses[words[to+1]]) {
		return false // "rose 1% on Wednesday", "jumped 5% on heavy volume": when and how, not why
	}
	for k := from; k < to; k++ {
		if !sessionWords[words[k]] && !isNumber(words[k]) && words[k] != "%" && words[k] != "pct" && words[k] != "percent" {
			return false
		}
	}
	return true
}

// measureBeatBare says whether the beat or miss at i has a results measure right before it and
// ends its clause, as headlines write a result against the street with the figure left out:
// "Q2 Bookings Miss, Weak Q3 Outlook", "EPS beats; revenue light".
func measureBeatBare(words []string, i int) bool {
	if i == 0 || !guidedMeasures[words[i-1]] || i > 1 && guideVerbs[words[i-2]] {
		return false
	}
	if i+1 == len(words) {
		return true
	}
	switch words[i+1] {
	case ",", ";", ":", ".", "-", "and", "as", "on", "but":
		return true
	}
	return false
}

// headlineNounVerbs open a headline's second clause before a noun that names its event: ", adds
// $2B to buyback", ", sets 3-for-1 split", ", ups dividend 5%".
var headlineNounVerbs = wordSet(`adds sets ups lifts hikes raises boosts cuts trims announces unveils declares
	launches expands extends plans approves authorizes suspends halts pauses resumes restores reinstates
	scraps ends slashes doubles increases renews completes keeps maintains reaffirms holds`)

// headlineNounMarks are the words of a headline's verbless clause before its noun: ", Weak Q3
// Outlook", ", upbeat FY guide", ", record Q4 deliveries".
var headlineNounMarks = wordSet(`weak strong soft light upbeat downbeat solid mixed bleak rosy cautious lower higher
	raised lowered record fy q1 q2 q3 q4 fq1 fq2 fq3 fq4 full-year annual quarterly`)

// nounClauseMarks says whether the words from k, right after a comma, up to the noun trigger at
// to are all headlineNounMarks.
func nounClauseMarks(words []string, k, to int) bool {
	for ; k < to; k++ {
		if !headlineNounMarks[words[k]] {
			return false
		}
	}
	return true
}

// nounAfterCommaVerb says whether the noun trigger t opens a headline clause of its own: a
// headline verb right after a comma within four words before it, after a trigger of the first
// clause. "Bridgwater Q2 EPS beats, adds $2B to buyback" tells a result and a buyback; the noun
// "buyback" has no verb in the lexicon's phrase, so headlineVerbAfterComma looks back for it.
func nounAfterCommaVerb(words []string, before []trigger, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-4; k-- {
		if words[k] == "," {
			return false
		}
		// A plan told with "to" goes on in base forms: "Nike to cut 1,600 jobs, pause buyback".
		base := planBefore(words, before) && headlineNounVerbs[words[k]+"s"]
		if (headlineNounVerbs[words[k]] || base || nounClauseMarks(words, k, t.from)) && words[k-1] == "," {
			return slices.ContainsFunc(before, func(u trigger) bool { return u.to <= k-1 })
		}
	}
	return false
}

// A Title Case headline capitalizes its verbs and small words ("Why Apple Stock Is Soaring
// Today", "Acme Stock Rises As Analysts Turn Bullish"): a capital there does not continue a name.
// titleCaseBreak says whether a capitalized word is such a word, a company's verb (companyVerbs:
// "Stock", "Shares", "Raises", "Reports") or a word that opens or links a headline's clause, so
// that the name before it stands alone ("Apple" then needs a company's verb after it, as in
// sentence case) and the words after it are no part of it ("Analysts" does not make Acme their
// employer).
func titleCaseBreak(w string) bool {
	var buf [12]byte
	l, ok := lowerASCII(&buf, w)
	if !ok || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false // not a capitalized word in lower case after its capital ("IBM", "3M", "a")
	}
	return companyVerbs[string(l)] || titleSmallWords[string(l)]
}

// lowerASCII writes w in lower case into buf, for a map lookup that allocates nothing (this runs
// on every capitalized word after a name); false when w is too long or not ASCII.
func lowerASCII(buf *[12]byte, w string) ([]byte, bool) {
	if len(w) < 2 || len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// titleSmallWords are the words a Title Case headline capitalizes that open or link its clauses.
var titleSmallWords = wordSet(`why how is are as after amid on to at by from over ahead following despite
	jumps rises falls soars sinks slides surges plunges tumbles climbs drops gains rallies slips dips`)

// ratedAt says whether the "at" at toks[k] closes a rating with the broker's name after it, as
// feed headlines put the broker last: "upgraded to Overweight at Morgan Stanley", "price target
// raised to $200 at Goldman Sachs", "PT cut to $22 at Jefferies". The name is the rating's
// source (cited, as "analyst at Goldman" is), not a party to the event. The word before "at" is
// a rating, or a price after "target" or "PT" within six words.
func ratedAt(toks []token, k int) bool {
	if k < 1 || !strings.EqualFold(toks[k].text, "at") {
		return false
	}
	before := toks[k-1].text
	var buf [12]byte
	if l, ok := lowerASCII(&buf, before); ok && ratingWords[string(l)] {
		return true
	}
	if !isNumber(before) || k < 2 || toks[k-2].text != "$" {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-8; j-- {
		if w := toks[j].text; strings.EqualFold(w, "target") || strings.EqualFold(w, "pt") {
			return true
		}
	}
	return false
}

// ratingWords are the ratings brokers give, in lower case.
var ratingWords = wordSet(`buy sell hold neutral overweight underweight outperform underperform equal-weight
	perform accumulate reduce positive negative`)

// signedSession says whether the words from j, right after a signed percentage, name the session
// of a move: "premarket", "after-hours", "after hours", "in premarket trading", "in extended
// trading". A signed figure without one ("margin -2%", "revenue +8% Y/Y") is a change of
// something else.
func signedSession(words []string, j int) bool {
	if j < len(words) && words[j] == "in" {
		j++
	}
	if j >= len(words) {
		return false
	}
	switch words[j] {
	case "premarket", "pre-market", "after-hours", "afterhours", "extended", "early", "late", "midday", "intraday":
		return true
	case "after":
		return j+1 < len(words) && words[j+1] == "hours"
	}
	return false
}

// deviceClearance says whether "clearance" at i is a regulator's clearance of a product: the
// FDA's or a 510(k) ("FDA 510(k) clearance", "510(k) clearance from the FDA", "FDA clearance")
// within four words before it.
func deviceClearance(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch words[k] {
		case "fda":
			return true
		case "510":
			return k+1 < len(words) && words[k+1] == "("
		case ",", ".", ";", "and", "antitrust", "regulatory", "merger", "deal":
			return false
		}
	}
	return false
}

// insiderBuyVerbs are the purchase verbs an insider's filing tells its trade with.
var insiderBuyVerbs = wordSet(`buys bought buy buying purchases purchased purchase purchasing`)

// insiderPurchase says whether the purchase at t is an officer's or director's trade in the
// company's shares, as Form 4 filings report it: an officer's post within six words before the
// verb ("A director of Acme bought", "Acme CEO buys") and a count of shares right after it
// ("bought 50,000 shares", "buys $1.2 million of shares", "purchased 10,000 Acme shares"). The
// company is not bought: its stock changed hands on the market. A stake or a business bought
// by an executive is still a deal.
func insiderPurchase(words []string, t trigger) bool {
	officer := false
	for k := t.from - 1; k >= 0 && k >= t.from-6; k-- {
		if gapStops[words[k]] || words[k] == ";" || words[k] == "." {
			break
		}
		if officerWords[words[k]] || words[k] == "insider" || words[k] == "insiders" || words[k] == "executive" {
			officer = true
			break
		}
	}
	if !officer {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+6; k++ {
		switch words[k] {
		case "shares", "stock":
			return k > t.to // a count or an amount before the shares
		case "stake", "business", "unit", "company", "division", ",", ";", ".":
			return false
		}
	}
	return false
}

// amountTo says whether the "to" at k follows an amount, where it is a preposition and not a
// headline's infinitive: "adds $2B to buyback", "commits $500M to share repurchase" tell money
// added to a plan now, while "Acme to buy Beta" announces a deal ahead.
func amountTo(words []string, k int) bool {
	if k == 0 {
		return false
	}
	w := words[k-1]
	if isNumber(w) || amountUnits[w] {
		return true
	}
	// The feed's compact amounts: "$2B", "$750M", "$1.5bn" read as "2b", "750m", "1.5bn".
	n := len(w)
	for n > 0 && (w[n-1] == 'b' || w[n-1] == 'm' || w[n-1] == 'n' || w[n-1] == 'k') {
		n--
	}
	return n > 0 && n < len(w) && k >= 2 && words[k-2] == "$" && isNumber(w[:n])
}

// officerRetires says whether an executive trigger at "retire" has an officer for its subject,
// named in the few words before it ("chairman Victor Paley, 68, will retire", "its president,
// who will retire in June") or after "as" ("will retire as chairman"). A bare "retire" is weak,
// as workers, debt and shares retire too; an officer's post makes it the departure wire copy
// tells in a body's clause as often as in a headline.
func officerRetires(words []string, t trigger) bool {
	if !strings.HasPrefix(words[t.from], "retir") {
		return false
	}
	if t.to+1 < len(words) && words[t.to] == "as" && officerWithin(words, t.to+1) {
		return true
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		switch w := words[k]; {
		case officerWords[w]:
			return true
		case w == "said" || w == "says" || w == "told" || w == ";" || roleNouns[w]:
			return false // the officer speaks, or staff retire
		}
	}
	return false
}

// quotedBy says whether company c stands right before the move t of a market report's quote,
// with at most its legal suffix between: "Acme Corp up 1-1/4 at 36".
func (s *sentence) quotedBy(c CompanyMention, t trigger) bool {
	k := s.tokenIndex(c.End)
	for k < t.from && corporateSuffixes[s.words[k]] {
		k++
	}
	return k == t.from
}

// sharesOf says whether the company whose name starts at token k follows "shares of" or "stock
// of".
func sharesOf(words []string, k int) bool {
	return k >= 2 && words[k-1] == "of" && (words[k-2] == "shares" || words[k-2] == "stock")
}
