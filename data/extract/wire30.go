package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// wire30Misread says whether a trigger is a misreading that newswire21's market reports
// showed: a market's close read as a site closed. "Share prices closed firmer, and Bleasdale
// Stores Plc rose 14p" closes no stores: the verb's subject is the market's prices, shares or
// index, never a company that closes sites ("Dollar Tree to close about 1,000 Family Dollar
// Stores" keeps its closing).
func wire30Misread(s *sentence, t trigger) bool {
	if t.typ != events.Restructuring || !t.gap || t.from == 0 || !closeForms[s.words[t.from]] {
		return false
	}
	return marketSubjects[s.words[t.from-1]]
}

// closeForms are the forms of "close" that a site closed is told with.
var closeForms = wordSet(`close closes closed closing`)

// marketSubjects close a trading session, not a site: "Stock prices closed lower", "London shares
// closed firmer", "the index closed at".
var marketSubjects = wordSet(`prices shares stocks issues market markets index average averages bonds futures`)

// withActiveListed returns the index after a market report's placing of a stock on the day's
// list of actives told without a verb, in a "with" clause ("closed lower, with Acme the most
// active issue, falling 1-1/2 to 27-3/8"), up to the comma before its quote, or zero. start is
// the company's first token and k the token after its name. As with activeListed, the quote
// must follow, so a place on the list alone moves nothing.
func withActiveListed(words []string, start, k int) int {
	if start == 0 || words[start-1] != "with" || k >= len(words) || words[k] != "the" {
		return 0
	}
	// activeListed reads from a verb at k; the article stands in its place.
	return activeListed(append(words[:k:k], append([]string{"was"}, words[k:]...)...), k) - 1
}

// unitQuoteSized says whether the words at j are a quote's change and price told with a
// currency's unit, as London and Tokyo reports give them: pence run into the figure ("14p to
// 342p", "3p at 120p") or yen after it ("40 yen to 1,380 yen"). Both figures must carry the unit,
// so that "rose 40 yen to 1,380" or a figure in dollars is left to quoteSized.
func unitQuoteSized(words []string, j int) bool {
	if j+2 < len(words) && pence(words[j]) && (words[j+1] == "to" || words[j+1] == "at") && pence(words[j+2]) {
		return j+3 == len(words) || quoteEnds[words[j+3]]
	}
	if j+4 < len(words) && isNumber(words[j]) && words[j+1] == "yen" && (words[j+2] == "to" || words[j+2] == "at") &&
		isNumber(words[j+3]) && words[j+4] == "yen" {
		return j+5 == len(words) || quoteEnds[words[j+5]]
	}
	return false
}

// pence says whether w is a figure in pence with its "p" run on ("14p", "342p", "2.5p").
func pence(w string) bool {
	n, ok := strings.CutSuffix(w, "p")
	return ok && isNumber(n)
}
