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
func findClaims(toks []token, words []string) []numberClaim {
	var out []numberClaim
	for i := 0; i < len(toks); i++ {
		switch {
		case toks[i].text == "$" && i+1 < len(toks) && isNumber(toks[i+1].text):
			v, _ := parseNumber(toks[i+1].text)
			for _, cue := range priceCues {
				n := len(cue.words)
				if i-n < 0 || !equalWords(words[i-n:i], cue.words) {
					continue
				}
				out = append(out, numberClaim{metric: cue.metric, op: cue.op, value: v, unit: "USD", from: i - n, num: i + 1, to: i + 2})
				break
			}
			// "shares value at IPO was $29" has its cue before the number but its words farther.
			i++
		case isNumber(toks[i].text) && i+1 < len(toks) && (toks[i+1].text == "%" || words[i+1] == "percent"):
			c, ok := percentClaim(words, i)
			if ok {
				out = append(out, c)
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
		if riseWords[words[j]] {
			sign, from = 1, j
			break
		}
		if fallWords[words[j]] {
			sign, from = -1, j
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
	for hi < len(words) && words[hi] != "," && words[hi] != ";" && !(hi > i && causeOpeners[words[hi]]) {
		hi++
	}
	for _, w := range words[lo:hi] {
		if notPriceWords[w] {
			return numberClaim{}, false
		}
	}
	metric := MetricDayReturn
	if containsSeq(words, "first", "day") || containsSeq(words, "debut") || containsSeq(words, "first", "trading", "day") {
		metric = MetricFirstDayReturn
	}
	moved, index, subject := whatMoved(words, lo, from)
	return numberClaim{metric: metric, op: "eq", value: sign * v, unit: "pct", from: from, num: i, to: to,
		moved: moved, index: index, subject: subject}, true
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
