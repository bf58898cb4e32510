package extract

import (
	"slices"
	"strings"
)

// lexicon lists the words that signal each event type, one phrase per entry, lower case. A phrase
// of several words must appear as consecutive words. Types earlier in typeOrder win when a
// sentence has triggers of several types.
var lexicon = map[string][]string{
	"ipo": {"ipo", "ipos", "initial public offering", "went public", "go public", "goes public", "going public",
		"public offering", "began trading", "begin trading", "begins trading", "started trading", "stock market debut",
		"trading debut", "market debut", "listed its shares"},
	"acquisition": {"acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "buys", "bought",
		"buyout", "takeover", "take over", "takes over", "merger", "merge", "merges", "merged", "purchase of",
		"to purchase", "purchased", "purchases", "snaps up", "snapped up", "agreed to buy", "to buy", "will buy",
		"deal to close", "deal will close", "deal closed"},
	// Titles alone ("CTO at Dell") are not changes: only the verbs of a change are triggers.
	"executive": {"resigns", "resigned", "resignation", "steps down", "stepped down", "step down", "appointed", "appoints",
		"named president", "ousted", "replaces", "replaced", "succeeds", "successor", "fired", "hires", "hired"},
	"earnings": {"earnings", "revenue", "revenues", "quarterly results", "net income", "profit", "profits",
		"quarterly", "fiscal results", "eps", "per share", "results for"},
	"legal": {"lawsuit", "lawsuits", "sued", "sues", "sue", "court", "patent", "patents", "litigation",
		"settlement", "antitrust", "subpoena", "investigation", "infringement", "infringes"},
	"partnership": {"partnership", "partners with", "partnered", "partner", "alliance", "teams up", "team up",
		"teamed up", "collaboration", "collaborate", "agreement with", "deal with", "joins", "joined", "oem"},
	"product": {"launch", "launches", "launched", "release", "releases", "released", "unveil", "unveils",
		"unveiled", "introduces", "introduced", "ships", "shipped", "shipping", "available", "beta", "ported",
		"porting", "port", "preload", "preloaded", "announce its first product", "be available", "generally available", "new version", "rolls out",
		"rolled out", "debuts", "showed", "demonstrated", "demoed", "product"},
	"analyst": {"analyst", "analysts", "upgrade", "upgrades", "upgraded", "downgrade", "downgrades",
		"downgraded", "price target", "rating", "overweight", "underweight", "outperform", "still cheap"},
	"price_move": {"closing at", "closed at", "closes at", "opened at", "opening at", "surpassing", "surpassed",
		"moved up", "moved down", "shares rose", "shares fell", "shares jumped", "shares dropped",
		"shares plunged", "shares gained", "shares lost", "shares soared", "shares tumbled", "shares climbed",
		"shares sank", "stock rose", "stock fell", "stock jumped", "stock dropped", "stock plunged", "stock soared",
		"stock tumbled", "all-time high", "record high", "still raising", "shares performances"},
	"criticism": {"criticizes", "criticized", "criticises", "criticised", "criticism", "criticizing", "criticising", "slams",
		"blasts", "attacks", "complains", "complained"},
	"forecast": {"predicts", "predicted", "predict", "prediction", "predictions", "forecast", "forecasts",
		"guidance", "outlook", "projects", "projected", "will have"},
}

// weak triggers name a topic more often than a happening ("IPO documentation", "the product"):
// they make an event only in a title.
var weak = map[string]bool{"ipo": true, "ipos": true, "product": true, "available": true, "port": true,
	"beta": true, "release": true, "partner": true, "quarterly": true, "rating": true, "court": true,
	"patent": true, "patents": true}

// typeOrder ranks types from the most to the least specific.
var typeOrder = []string{"ipo", "acquisition", "executive", "legal", "earnings", "partnership", "analyst",
	"price_move", "product", "criticism", "forecast"}

type phrase struct {
	typ   string
	words []string
	rank  int
}

// triggers indexes the lexicon by first word.
var triggers = func() map[string][]phrase {
	rank := map[string]int{}
	for i, t := range typeOrder {
		rank[t] = i
	}
	m := map[string][]phrase{}
	for typ, list := range lexicon {
		for _, p := range list {
			words := strings.Fields(p)
			m[words[0]] = append(m[words[0]], phrase{typ: typ, words: words, rank: rank[typ]})
		}
	}
	return m
}()

// trigger is a trigger phrase found in a sentence: its type and its token range.
type trigger struct {
	typ      string
	from, to int // token indexes, to exclusive
}

// notAfterIPO are words that make "IPO" a modifier ("IPO documentation") rather than the offering.
var notAfterIPO = map[string]bool{"documentation": true, "documents": true, "filing": true, "filings": true,
	"prospectus": true, "excitement": true, "market": true, "window": true, "candidate": true}

// findTriggers returns every trigger phrase among the word tokens of a sentence.
func findTriggers(words []string) []trigger {
	var out []trigger
	for i, w := range words {
		if (w == "ipo" || w == "ipos") && i+1 < len(words) && notAfterIPO[words[i+1]] {
			continue
		}
		for _, p := range triggers[w] {
			if i+len(p.words) > len(words) {
				continue
			}
			ok := true
			for j := 1; j < len(p.words); j++ {
				if words[i+j] != p.words[j] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, trigger{typ: p.typ, from: i, to: i + len(p.words)})
			}
		}
	}
	return out
}

// nouns are triggers that name a happening rather than tell it: between two triggers of a type,
// the verb is the sentence's news ("As with the Propero acquisition, VMware acquired Determina").
var nouns = map[string]bool{"acquisition": true, "acquisitions": true, "merger": true, "takeover": true,
	"buyout": true, "purchase": true, "ipo": true, "ipos": true, "partnership": true, "alliance": true,
	"collaboration": true, "lawsuit": true, "lawsuits": true, "litigation": true, "settlement": true,
	"earnings": true, "revenue": true, "revenues": true, "criticism": true, "product": true, "release": true,
	"launch": true, "resignation": true, "successor": true}

// better says whether trigger t of words beats best: a more specific type, or at the same type
// a verb over a noun.
func better(t, best trigger, words []string) bool {
	rt, rb := rankOf(t.typ), rankOf(best.typ)
	return rt < rb || rt == rb && nouns[words[best.from]] && !nouns[words[t.from]]
}

func rankOf(typ string) int {
	if i := slices.Index(typeOrder, typ); i >= 0 {
		return i
	}
	return len(typeOrder)
}

// mainTrigger picks the best trigger of a sentence; ok is false when there is none.
func mainTrigger(ts []trigger, words []string) (trigger, bool) {
	best, found := trigger{}, false
	for _, t := range ts {
		if !found || better(t, best, words) {
			best, found = t, true
		}
	}
	return best, found
}

// Status markers: words that make a sentence a prediction or an unconfirmed report.
var (
	forecastMarkers = [][]string{{"will"}, {"would"}, {"expects"}, {"expected"}, {"expect"}, {"plans"}, {"plan", "to"},
		{"planning"}, {"predicts"}, {"predicted"}, {"predict"}, {"could"}, {"might"}, {"may"}, {"intends"},
		{"aims"}, {"upcoming"}, {"as", "soon", "as"}, {"forecast"}, {"forecasts"}, {"guidance"}, {"outlook"},
		{"going", "to"}, {"is", "to"}, {"set", "to"}, {"next", "year"}, {"projected"}}
	reportMarkers = [][]string{{"reportedly"}, {"rumor"}, {"rumors"}, {"rumour"}, {"rumours"}, {"rumored"},
		{"are", "reporting"}, {"is", "reporting"}, {"reports", "from"}, {"sources", "say"},
		{"unconfirmed"}, {"allegedly"}, {"speculation"}, {"reveals"},
		// An attempt is told, not a deal done.
		{"wanted", "to"}, {"tried", "to"}, {"failed", "to"}, {"attempted", "to"},
		{"in", "talks"}}
)

// markerIndex indexes status markers by their first word.
func markerIndex(markers [][]string) map[string][][]string {
	m := map[string][][]string{}
	for _, mk := range markers {
		m[mk[0]] = append(m[mk[0]], mk)
	}
	return m
}

var (
	forecastIndex = markerIndex(forecastMarkers)
	reportIndex   = markerIndex(reportMarkers)
)

func hasMarker(words []string, index map[string][][]string) bool {
	for i, w := range words {
		for _, m := range index[w] {
			if i+len(m) <= len(words) && equalWords(words[i:i+len(m)], m) {
				return true
			}
		}
	}
	return false
}
