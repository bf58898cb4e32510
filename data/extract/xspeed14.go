package extract

import "strings"

// What a word may be to allTriggers' rules read word by word (wordRules): a word that opens one
// itself, or a word that opens one for the word before it. Told once per word, where each word
// was tested against every rule's words, and the word after it again, at every position: about
// a hundred instructions a word, a seventieth of extraction.
const (
	wrHere    uint8 = 1 << iota // opens a rule itself: "reports", "first", "dutch", "same-store", ...
	wrIPO                       // "ipo", "ipos": a modifier before some words (notAfterIPO)
	wrPeriod                    // "its", "at", "in", "for", "during" after a word of results
	wrSplit                     // "split", "stock", "reverse", "consolidation" after a ratio
	wrExtreme                   // "low", "high" after a span of years

	wrNext = wrPeriod | wrSplit | wrExtreme
)

// wordRuleBits returns what w may be to wordRules. Every word a rule of wordRules compares with a
// constant, as itself or as the word after the rule's, has its bit here (TestWordRuleBits).
func wordRuleBits(w string) uint8 {
	switch w {
	case "its", "at", "in", "for", "during":
		return wrPeriod
	case "split", "reverse", "consolidation":
		return wrSplit
	case "stock":
		return wrSplit | wrHere
	case "low", "high":
		return wrExtreme
	case "ipo", "ipos":
		return wrIPO
	case "reports", "report", "first", "dutch", "comparable", "revpar", "ffo", "affo", "funds",
		"shares", "gain", "gains", "sales", "revenue", "revenues", // news79.go: sales, revenue, revenues
		"weighs", "drags", "hits", "pressures", "lifts", "boosts", "buoys", "props", "powers", "pulls", "sinks", "led", // news86.go
		"figures", "numbers", // news103.go: periodFiguresAt
		"got", "gets", "getting", "fetched", "fetches", "fetching", "received", "receives", "receiving", "netted", "nets", "netting",
		"pocketed", "pockets", "pocketing", "obtained", "obtains", "raised", "raises", "raising", "raise", "made", "makes", "making": // news103.go: proceedsAt
		return wrHere
	}
	if len(w) >= len("same-") && w[4] == '-' && strings.HasPrefix(w, "same-") {
		return wrHere
	}
	return 0
}
