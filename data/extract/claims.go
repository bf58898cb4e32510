package extract

import (
	"strconv"
	"strings"
)

// Claim metrics, as stored in claims.metric and checked by analytics.CheckClaims.
const (
	MetricClose          = "close"
	MetricOpen           = "open"
	MetricHigh           = "high"
	MetricLow            = "low"
	MetricPrice          = "price"
	MetricIPOPrice       = "ipo_price"
	MetricDayReturn      = "day_return"
	MetricFirstDayReturn = "first_day_return"
)

// numberClaim is a price or percentage in a sentence, classified by the words before it.
type numberClaim struct {
	metric string
	op     string // eq | gt | ge | lt | le
	value  float64
	unit   string // USD | pct
	from   int    // token index where the claim's words start
	num    int    // token index of the number
	to     int    // token index after the claim's words
	// For a percentage move: what moved, read from the words before the move's verb, which
	// start at token subject.
	moved   movedKind
	index   string // the index's symbol, for movedIndex
	subject int
	// offSession: a move outside the regular session ("rose 14% in extended trading", "fell
	// 12% after the bell", "up 3% premarket"), which no close-to-close return of a day checks:
	// the move's headline tells it, and no claim is made of it.
	offSession bool
}

// movedKind says what a percentage move is a move of.
type movedKind int8

const (
	movedUnknown movedKind = iota // nothing said: the company the sentence or the article names
	movedStock                    // "Walmart shares", "the stock"
	movedIndex                    // "the S&P 500", "the Nasdaq": a market index, by its symbol
	movedMarket                   // "U.S. stocks", "equities": no one company's
	movedEconomy                  // "consumer prices", "retail sales", "oil": no share price at all
)

// marketWords name the market as a whole; economyWords the quantities economic and market news
// report moves of, which no share price is.
var (
	marketWords  = wordSet(`stocks equities stockmarket bourse bourses`)
	economyWords = wordSet(`prices price inflation production output spending payrolls employment jobs
		orders exports imports deficit surplus gdp economy yields yield wages sentiment confidence
		starts oil crude gold silver copper dollar euro yen sterling yuan bitcoin futures bonds
		treasuries cpi ppi pmi index indexes indices volume volumes traffic productivity deliveries
		shipments sector sectors`)
)

// whatMoved reads what moved from the words between token lo (the clause's start) and the move's
// verb at token from, after any earlier move the clause joins ("the S&P 500 fell 1% and the
// Nasdaq lost 2%"): a stock, an index (its symbol as Yahoo lists it without the "^"), the
// market, an economic quantity, or nothing said.
func whatMoved(words []string, lo, from int) (movedKind, string, int) {
	s := from
	for s > lo && words[s-1] != "and" && words[s-1] != "but" && words[s-1] != "while" && words[s-1] != "whereas" && words[s-1] != "%" {
		s--
	}
	subj := words[s:from]
	for _, w := range subj {
		if w == "shares" || w == "share" || w == "stock" {
			return movedStock, "", s
		}
	}
	for _, w := range subj {
		if w == "futures" || w == "options" {
			return movedMarket, "", s // "S&P 500 futures rose 0.5%": a contract's price, not the index's
		}
	}
	for k, w := range subj {
		switch {
		case w == "500" && k > 0 && (subj[k-1] == "p" || k > 2 && subj[k-3] == "poor"):
			return movedIndex, "GSPC", s
		case w == "dow" && (k+1 == len(subj) || subj[k+1] == "jones" || subj[k+1] == "industrials" || subj[k+1] == "industrial"):
			return movedIndex, "DJI", s
		case w == "nasdaq" && k+1 < len(subj) && subj[k+1] == "100":
			return movedIndex, "NDX", s
		case w == "nasdaq" && (k+1 == len(subj) || subj[k+1] == "composite" || subj[k+1] == "index"):
			return movedIndex, "IXIC", s
		case w == "russell" && k+1 < len(subj) && subj[k+1] == "2000":
			return movedIndex, "RUT", s
		}
	}
	for _, w := range subj {
		if marketWords[w] {
			return movedMarket, "", s
		}
	}
	for _, w := range subj {
		if economyWords[w] {
			return movedEconomy, "", s
		}
	}
	return movedUnknown, "", s
}

// priceCues are the words just before a dollar amount that say which price it is. The last word
// of a cue stands right before the "$".
var priceCues = []struct {
	words  []string
	metric string
	op     string
}{
	{[]string{"closing", "at"}, MetricClose, "eq"},
	{[]string{"closed", "at"}, MetricClose, "eq"},
	{[]string{"closes", "at"}, MetricClose, "eq"},
	{[]string{"close", "at"}, MetricClose, "eq"},
	{[]string{"close", "of"}, MetricClose, "eq"},
	{[]string{"finished", "at"}, MetricClose, "eq"},
	{[]string{"ended", "at"}, MetricClose, "eq"},
	{[]string{"ending", "at"}, MetricClose, "eq"},
	{[]string{"opening", "at"}, MetricOpen, "eq"},
	{[]string{"opened", "at"}, MetricOpen, "eq"},
	{[]string{"opens", "at"}, MetricOpen, "eq"},
	{[]string{"surpassing"}, MetricHigh, "gt"},
	{[]string{"surpassed"}, MetricHigh, "gt"},
	{[]string{"surpasses"}, MetricHigh, "gt"},
	{[]string{"breaks"}, MetricHigh, "gt"},
	{[]string{"broke"}, MetricHigh, "gt"},
	{[]string{"topped"}, MetricHigh, "gt"},
	{[]string{"tops"}, MetricHigh, "gt"},
	{[]string{"high", "of"}, MetricHigh, "eq"},
	{[]string{"peaked", "at"}, MetricHigh, "eq"},
	{[]string{"low", "of"}, MetricLow, "eq"},
	{[]string{"fell", "below"}, MetricLow, "lt"},
	{[]string{"dipped", "below"}, MetricLow, "lt"},
	{[]string{"as", "high", "as"}, MetricHigh, "eq"},
	{[]string{"as", "low", "as"}, MetricLow, "eq"},
	{[]string{"trading", "at"}, MetricPrice, "eq"},
	{[]string{"traded", "at"}, MetricPrice, "eq"},
	{[]string{"trades", "at"}, MetricPrice, "eq"},
	{[]string{"ipo", "was"}, MetricIPOPrice, "eq"},
	{[]string{"ipo", "price", "of"}, MetricIPOPrice, "eq"},
	{[]string{"ipo", "at"}, MetricIPOPrice, "eq"},
	{[]string{"priced", "at"}, MetricIPOPrice, "eq"},
	{[]string{"pricing", "at"}, MetricIPOPrice, "eq"},
	{[]string{"offering", "price", "of"}, MetricIPOPrice, "eq"},
	{[]string{"offer", "price", "of"}, MetricIPOPrice, "eq"},
}

// Words before a percentage that make it a move of the share price, with its sign.
var (
	riseWords = map[string]bool{"gained": true, "gains": true, "rose": true, "rises": true, "up": true,
		"jumped": true, "jumps": true, "climbed": true, "climbs": true, "surged": true, "surges": true,
		"soared": true, "soars": true, "growth": true, "added": true, "advanced": true, "rallied": true,
		"increase": true, "higher": true, "rise": true,
		// The present of headlines ("Arm shares soar 25%") and the rest of the move verbs the
		// price-move triggers know, so that each move they find has its figure.
		"jump": true, "soar": true, "surge": true, "climb": true, "gain": true,
		"rebounded": true, "rebounds": true, "leapt": true, "leaped": true, "spiked": true, "rallies": true}
	fallWords = map[string]bool{"fell": true, "falls": true, "down": true, "dropped": true, "drops": true,
		"lost": true, "loses": true, "declined": true, "declines": true, "plunged": true, "plunges": true,
		"tumbled": true, "tumbles": true, "slid": true, "slides": true, "sank": true, "sinks": true,
		"decline": true, "lower": true, "plummeted": true, "fall": true,
		"slipped": true, "slips": true, "slumped": true, "slumps": true, "slump": true, "dipped": true,
		"dips": true, "shed": true, "sheds": true, "skidded": true, "retreated": true, "tanked": true,
		"drop": true, "sink": true, "slide": true, "tumble": true, "plunge": true}
	// causeOpeners start the part of a sentence that tells why a price moved.
	causeOpeners = map[string]bool{"after": true, "as": true, "because": true, "following": true, "amid": true,
		"despite": true, "when": true, "since": true, "on": true}
	// Words that make a percentage something other than a share-price move.
	notPriceWords = map[string]bool{"profit": true, "profits": true, "revenue": true, "revenues": true,
		"sales": true, "margin": true, "margins": true, "annual": true, "yearly": true, "year": true,
		"earnings": true, "income": true, "share": false, "market": true, "stake": true, "owns": true,
		"enterprises": true, "customers": true, "points": true, "percentage": true, "growth": false,
		"unemployment": true, "rate": true, "rates": true, "interest": true, "budget": true, "costs": true}
	stockWords = map[string]bool{"shares": true, "stock": true, "stocks": true, "share": true}
)

// findClaims finds dollar prices and percentage moves among a sentence's tokens. words holds the
// lower-cased token texts.
// ipoPricedAt says whether the "$" at word i follows "priced/prices/pricing <its IPO> at", with
// the listing named between ("its initial public offering", "the IPO", "its shares in the
// IPO"), and where the cue starts. Another offering priced so is no listing's price.
func ipoPricedAt(words []string, i int) (int, bool) {
	if i < 3 || words[i-1] != "at" {
		return 0, false
	}
	ipo := false
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		switch words[k] {
		case "ipo", "public":
			ipo = true
		case "priced", "prices", "pricing", "price":
			return k, ipo
		case ",", ";", ".":
			return 0, false
		}
	}
	return 0, false
}

func findClaims(toks []token, words []string) []numberClaim {
	var out []numberClaim
	for i := 0; i < len(toks); i++ {
		switch {
		case toks[i].text == "$" && i+1 < len(toks) && isNumber(toks[i+1].text):
			v, _ := parseNumber(toks[i+1].text)
			found := false
			for _, cue := range priceCues {
				n := len(cue.words)
				if i-n < 0 || !equalWords(words[i-n:i], cue.words) {
					continue
				}
				out = append(out, numberClaim{metric: cue.metric, op: cue.op, value: v, unit: "USD", from: i - n, num: i + 1, to: i + 2})
				found = true
				break
			}
			if from, ok := ipoPricedAt(words, i); !found && ok {
				// "priced its initial public offering at $34 per share"
				out = append(out, numberClaim{metric: MetricIPOPrice, op: "eq", value: v, unit: "USD", from: from, num: i + 1, to: i + 2})
				found = true
			}
			if !found {
				if metric, from, ok := sessionPrice(words, i); ok {
					out = append(out, numberClaim{metric: metric, op: "eq", value: v, unit: "USD", from: from, num: i + 1, to: i + 2})
				}
			}
			// "shares value at IPO was $29" has its cue before the number but its words farther.
			i++
		case isNumber(toks[i].text) && i+1 < len(toks) && (toks[i+1].text == "%" || words[i+1] == "percent"):
			c, ok := percentClaim(words, i)
			if ok {
				out = append(out, c)
				// "jumped 47% to $192.21": where the move took the price, some time that day
				// (not "to $39.9 billion", an amount).
				if k := i + 2; !c.offSession && k+2 < len(toks) && words[k] == "to" && toks[k+1].text == "$" && isNumber(toks[k+2].text) &&
					(k+3 >= len(words) || !magnitudes[words[k+3]]) {
					v, _ := parseNumber(toks[k+2].text)
					out = append(out, numberClaim{metric: MetricPrice, op: "eq", value: v, unit: "USD", from: k, num: k + 2, to: k + 3,
						moved: c.moved, index: c.index, subject: c.subject})
					i = k + 2
				}
			}
			i++
		}
	}
	return out
}

// percentClaim reads a percentage at token i as a share-price move: a rise or fall word within the
// four words before it (or "of growth" after it), a clause about shares or a company, and none of
// the words that make it a growth rate of something else.
func percentClaim(words []string, i int) (numberClaim, bool) {
	v, err := parseNumber(words[i])
	if err != nil {
		return numberClaim{}, false
	}
	sign, from := 0.0, i
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !moveSignShapes.mayHold(words[j]) {
			continue // no move word's shape (xspeed22.go)
		}
		if d := moveSigns[words[j]]; d != 0 { // riseWords first, then fallWords (xspeed13.go)
			sign, from = float64(d), j
			break
		}
	}
	to := i + 2
	if sign == 0 && to+1 < len(words) && words[to] == "of" && riseWords[words[to+1]] {
		sign, to = 1, to+2
	}
	if sign == 0 {
		return numberClaim{}, false
	}
	// The clause around the number: from the previous comma or clause start to the next one.
	lo, hi := i, i
	for lo > 0 && words[lo-1] != "," && words[lo-1] != ";" && words[lo-1] != ":" {
		lo--
	}
	// The clause ends where its cause begins: "plunged 20% after it forecast third-quarter
	// revenue below estimates" is a move of the shares, whatever the cause names.
	for hi < len(words) && words[hi] != "," && words[hi] != ";" && !(hi > i && causeOpenerShapes.mayHold(words[hi]) && causeOpeners[words[hi]]) {
		hi++
	}
	for _, w := range words[lo:levelAfter(words, to, hi)] {
		if notPriceShapes.mayHold(w) && (notPriceWords[w] || movePeriods[w]) {
			return numberClaim{}, false
		}
	}
	if from == lo && lo > 0 && words[lo-1] == "," && measureBefore(words, lo-1) {
		return numberClaim{}, false
	}
	if sharedPeriod(words, lo) { // "has fallen 28% this year, while the S&P 500 is up 12%" (lead20.go)
		return numberClaim{}, false
	}
	// "since" opens a cause ("fell 5% since the report came out") and a period alike: right
	// after the move (or its "of its value") it is the period's start.
	for k := to; k < len(words) && k <= to+4; k++ {
		if words[k] == "since" {
			return numberClaim{}, false
		}
		if words[k] != "of" && words[k] != "its" && words[k] != "their" && words[k] != "value" && words[k] != "market" {
			break
		}
	}
	metric := MetricDayReturn
	if containsSeq(words, "first", "day") || containsSeq(words, "debut") || containsSeq(words, "first", "trading", "day") {
		metric = MetricFirstDayReturn
	}
	moved, index, subject := whatMoved(words, lo, from)
	return numberClaim{metric: metric, op: moveBound(words, from, i, sign), value: sign * v, unit: "pct", from: from, num: i, to: to,
		moved: moved, index: index, subject: subject, offSession: outsideSession(words, lo, min(len(words), hi+6))}, true
}

// measureBefore says whether the clause that ends at the comma at c names a measure of results
// or an amount, and no stock: "comparable EPS of $4.32, up 13%", "Net premiums were $2.9
// billion, up 3%". A
// change told right after it is the measure's; "The stock closed at $41, up 2%" is the stock's.
func measureBefore(words []string, c int) bool {
	named, figure := false, false
	for k := c - 1; k >= 0 && words[k] != "," && words[k] != ";" && words[k] != ":"; k-- {
		if !measureShapes.mayHold(words[k]) {
			figure = figure || isNumber(words[k]) // none of the sets' words (xspeed22.go)
			continue
		}
		if stockWords[words[k]] {
			return false
		}
		// An amount in millions or billions is no share price either.
		named = named || notPriceWords[words[k]] || resultMeasures[words[k]] || magnitudes[words[k]]
		figure = figure || isNumber(words[k])
	}
	// The measure states its figure; an aside without one ("Its shares, which have doubled
	// this year, rose 7%") closes around the stock's own move.
	return named && figure
}

// levelAfter returns where the level a move reached begins, within words [to, hi): "to their
// lowest in four years", "to a two-year high", "at its highest since March". The span there
// dates the level, not the move, so it does not make the move one over years; hi if none.
func levelAfter(words []string, to, hi int) int {
	for k := to; k < hi && k <= to+3; k++ {
		if words[k] != "to" && words[k] != "at" {
			continue
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			if reachedLevels[words[j]] {
				return k
			}
		}
	}
	return hi
}

// reachedLevels name a price level a move reached.
var reachedLevels = wordSet(`lowest highest low high weakest strongest record`)

// magnitudes after a number make it an amount, not a share price.
var magnitudes = wordSet(`billion million trillion bn mln bln mn b m k thousand`)

// sessionVerbPrices are the verbs of a session's end or start and the price they name.
var sessionVerbPrices = map[string]string{"closed": MetricClose, "closing": MetricClose, "close": MetricClose,
	"closes": MetricClose, "ended": MetricClose, "ending": MetricClose, "finished": MetricClose,
	"settled": MetricClose, "opened": MetricOpen, "opening": MetricOpen, "opens": MetricOpen}

// sessionPrice reads the dollar amount at token i as a session's close or open where the verb
// stands a few words before its "at", with the move or a record between: "closed down 26% at
// $21.48", "rose 3.5% to close at a record $135.58", "opened 4% higher at $88".
func sessionPrice(words []string, i int) (string, int, bool) {
	at := i - 1
	if at >= 1 && words[at] == "record" && words[at-1] == "a" {
		at -= 2 // "at a record $135.58"
	}
	if at < 1 || words[at] != "at" {
		return "", 0, false
	}
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if words[k] == "," || words[k] == ";" || words[k] == "$" {
			return "", 0, false
		}
		if m, ok := sessionVerbPrices[words[k]]; ok {
			return m, k, true
		}
	}
	return "", 0, false
}

// movePeriods after a move make it a return over a period, not a day's: "has lost 57% this
// year", "gained 12% this week", "down 80% since March".
var movePeriods = wordSet(`year years month months week weeks quarter ytd since past`)

// outsideSession says whether words [lo, hi) tell trading outside the regular session.
func outsideSession(words []string, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch words[k] {
		case "premarket", "pre-market", "after-hours", "afterhours", "extended", "overnight":
			return true
		case "after", "before":
			if k+2 < len(words) && words[k+1] == "the" && words[k+2] == "bell" || k+1 < len(words) && words[k+1] == "hours" {
				return true
			}
		}
	}
	return false
}

// moveBounds before a percentage make the claim a bound: "lost more than 80%", "rose at least 5%".
func moveBound(words []string, from, i int, sign float64) string {
	for k := from + 1; k+1 <= i; k++ {
		strict := words[k] == "over" || words[k] == "more" && k+1 < i && words[k+1] == "than"
		least := words[k] == "least" && words[k-1] == "at"
		switch {
		case words[k] == "much" && words[k-1] == "as" && k+1 < i && words[k+1] == "as" && sign > 0:
			// "rose as much as 9%": the day's best, so the close is up at most that (lead20.go)
			return "le"
		case words[k] == "much" && words[k-1] == "as" && k+1 < i && words[k+1] == "as":
			return "ge" // "fell as much as 9%": down at most that by the close
		case strict && sign > 0:
			return "gt"
		case strict:
			return "lt"
		case least && sign > 0:
			return "ge"
		case least:
			return "le"
		}
	}
	return "eq"
}

func containsSeq(words []string, seq ...string) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		if equalWords(words[i:i+len(seq)], seq) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	// Most tokens are words: a digit first is cheap to test, a failed parse is not.
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	_, err := parseNumber(s)
	return err == nil
}

func parseNumber(s string) (float64, error) {
	return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
}
