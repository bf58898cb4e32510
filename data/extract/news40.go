package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Readings of earnings-season news (news40, modern38's misses): results told beside a forecast
// in the same lead, a company's own measure of sales, and a forecast the results beat or missed.

// concessives open a clause that tells news against the grain of the one before it: "cut its
// annual forecast, though its second-quarter profit beat expectations" tells the outlook and
// the results, as "but" does (coordinated).
var concessives = wordSet(`though although`)

// cameInWords and cameInMeasures make results told by where they "came in" against what was
// expected: "profit came in above expectations", "revenue came in short of analysts' estimates".
// The past tense only: "will come in below" is an outlook.
var cameInWords = []string{"above", "below", "ahead of", "short of", "better than", "worse than",
	"stronger than", "weaker than", "in line with"}

func cameInMeasures() []string {
	relations := make([]string, len(cameInWords))
	for i, c := range cameInWords {
		relations[i] = "came in " + c
	}
	return measuresAgainst(relations)
}

// storeSalesAt says whether a retailer's own measure of sales starts at words[i], one that the
// lexicon's fixed phrases ("same-store sales", "comparable sales") do not hold: the unit varies
// with the business ("comparable club sales", "comparable restaurant sales", "same-restaurant
// sales", "same-hotel sales"). A quarter's figure of it is results, as same-store sales are; a
// month's is a sales report ("posting comparable store sales gains of 9.4 pct" in February's
// retail sales), so the sentence must name a quarter or a fiscal period.
func storeSalesAt(words []string, i int) (trigger, bool) {
	w := words[i]
	if w != "comparable" && !strings.HasPrefix(w, "same-") || !slices.ContainsFunc(words, quarterWord) {
		return trigger{}, false
	}
	switch {
	case w == "comparable" && i+2 < len(words) && words[i+2] == "sales":
		if u := words[i+1]; u == "sales" || !lettersOnly(u) {
			return trigger{}, false
		}
		return trigger{typ: events.Earnings, from: i, to: i + 3}, true
	case strings.HasPrefix(w, "same-") && w != "same-store" && w != "same-day" && i+1 < len(words) && words[i+1] == "sales":
		if !lettersOnly(w[len("same-"):]) {
			return trigger{}, false
		}
		return trigger{typ: events.Earnings, from: i, to: i + 2}, true
	}
	return trigger{}, false
}

// quarterWord says whether w names a quarter or a fiscal period: "second-quarter",
// "quarterly", "the quarter", "fiscal".
func quarterWord(w string) bool {
	return strings.Contains(w, "quarter") || w == "qtr" || w == "fiscal"
}

// lettersOnly says whether w is a word of letters only: a unit of business, no figure or mark.
func lettersOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// exceedVerbs measure results against a figure given before, as beatMissVerbs do.
var exceedVerbs = wordSet(`exceeded exceeds exceeding surpassed surpasses surpassing`)

// ownForecastMeasured says whether a guidance trigger is the company's earlier forecast that its
// results beat or missed: "missed its own fourth-quarter revenue forecast", "beating its own
// forecast", "fell short of its guidance". The forecast is the yardstick; the news is the
// results measured by it, no new outlook.
func ownForecastMeasured(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-5; k-- {
		w := words[k]
		if w == "," || (gapStopShapes.mayHold(w) && gapStops[w]) {
			return false
		}
		if w != "its" && w != "their" {
			continue
		}
		j := k - 1
		if v := words[j]; beatMissVerbs[v] || exceedVerbs[v] {
			return true
		}
		return words[j] == "of" && j > 0 && words[j-1] == "short"
	}
	return false
}

// reportedMeasure says whether the figure measured against estimates in t is results a verb of
// reporting tells, after a forecast told earlier in the sentence: "raised its revenue forecast
// and reported first-quarter results above Wall Street estimates". The outlook is not what beat
// (outlookMeasured reads "its forecast fell short of estimates").
func reportedMeasure(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		switch words[k] {
		case "reported", "reports", "posted", "posts", "delivered", "delivers", "announced":
			return true
		case "forecast", "outlook", "guidance", "forecasts", "projections", ",":
			return false
		}
	}
	return false
}

// cameInBehindMove says whether results that "came in" against estimates are told as the cause
// of a price move before them, after a subordinator ("shares fell 8% after its revenue came in
// below estimates"): the move is the news and the results its reason, as forecastsBehindMove
// holds for "as revenue misses forecasts".
func cameInBehindMove(words []string, t trigger, ts []trigger) bool {
	return t.typ == events.Earnings && t.to-t.from > 3 && words[t.from+1] == "came" && words[t.from+2] == "in" && causeOfMove(words, t, ts)
}

// joinedElsewhere says whether a partnership trigger at a form of "join" tells no venture: a
// person's career, who joins from a former employer or is the "who" that joined ("Chief
// Executive Jane Doe, who joined from Papa John's last year", news40 and news42), or a stock's
// entry into an index ("joined the Nasdaq-100 index", "joins the S&P 500"). Work with a partner
// goes "with" it ("joined with S&P Global", "joined forces").
func joinedElsewhere(words []string, t trigger) bool {
	if !joinForms[words[t.from]] || t.to != t.from+1 || t.to >= len(words) {
		return false
	}
	if words[t.to] == "from" || t.from > 0 && words[t.from-1] == "who" {
		return true
	}
	for k := t.to; k < len(words) && k <= t.to+5; k++ {
		switch w := words[k]; {
		case w == "with" || w == "forces" || w == "," || gapStops[w]:
			return false
		case w == "index" || w == "nasdaq-100" || strings.HasPrefix(w, "s&p"):
			return true
		}
	}
	return false
}

// massBuyers buy goods and services, never a company: "as small businesses buy AI tools", "as
// more customers bought its tax software".
var massBuyers = wordSet(`businesses customers consumers shoppers users households drivers patients families
	clients advertisers subscribers diners travelers travellers`)

// massPurchase says whether a deal trigger at a verb of buying has a mass of buyers for its
// subject, right before it: demand for what a company sells, no deal.
func massPurchase(words []string, t trigger) bool {
	switch words[t.from] {
	case "buy", "buys", "bought", "buying", "purchase", "purchased", "purchasing":
	default:
		return false
	}
	return t.from > 0 && massBuyers[words[t.from-1]]
}

// competitionWords name competition, after which "in selling" is the line of business competed in.
var competitionWords = wordSet(`rival rivals competitor competitors competes compete competing competition leader leaders`)

// lineOfBusiness says whether a deal trigger at "selling" names what companies compete in: "among
// its rivals in selling AI agents to businesses", "competes with SAP in selling database
// software". No sale of a business is told.
func lineOfBusiness(words []string, t trigger) bool {
	if words[t.from] != "selling" || t.from < 2 || words[t.from-1] != "in" {
		return false
	}
	for k := t.from - 2; k >= 0 && k >= t.from-6; k-- {
		if competitionWords[words[k]] {
			return true
		}
		if words[k] == "," || gapStops[words[k]] {
			return false
		}
	}
	return false
}

// goodsMakers, before "of", describe a company by the goods it makes or sells.
var goodsMakers = wordSet(`maker makers owner owners seller sellers producer producers`)

// brandOfGoods says whether the name at unit i follows "maker of" and so names goods, a brand of
// the company described: "The maker of Delta faucets and Behr paint" is Masco, and Delta there is
// no airline. Only for names that are ordinary words, which need evidence anyway.
func brandOfGoods(us []unit, i int) bool {
	return i >= 2 && us[i-1].key == "of" && goodsMakers[us[i-2].key]
}

// perfectAt says whether trigger t is told in the perfect: "has", "have" or "had" in the trigger
// or at most three words before it within its clause ("has cut 2,000 jobs", "have since
// raised"). A count in the perfect falls inside the span that "since" opens, so the span's start
// may date it; a simple past with "since" after it tells a record ("reported its first profit
// since going public in March", "cut its dividend for the first time since its listing in 1971"),
// whose span start is no date of the event. (perfectAux: news51.go.)
func perfectAt(w []string, t trigger) bool {
	for k := t.from; k < t.to; k++ {
		if perfectAux[w[k]] {
			return true
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-3 && !isClauseMark(w[k]); k-- {
		if perfectAux[w[k]] {
			return true
		}
	}
	return false
}

// recordSince is sinceClause for a date after trigger t in the simple past (see perfectAt): the
// date stands in a clause that "since" opens, and no other date stands between them, which would
// close the span's phrase ("its first profit since 2018 on Tuesday" was Tuesday's). A trigger
// inside the since clause is the clause's own event, which the date dates ("have rallied since
// Arm went public in September 2023" listed Arm in September 2023).
func (s *sentence) recordSince(k int, t trigger) bool {
	// Most dates have no "since" before them: a plain comparison first, before sinceClause's
	// word sets, which every date of every trigger would otherwise probe.
	if !slices.Contains(s.words[max(0, k-8):k], "since") || !sinceClause(s.words, k) {
		return false
	}
	j := k - 1
	for ; j >= 0 && s.words[j] != "since"; j-- {
		if s.inTimex[j] {
			return false
		}
	}
	return t.from <= j
}

// sinceClause says whether the date at word k stands in a clause that "since" opens, a few words
// before it: "its worst day since the company went public in 2021", "the biggest drop since it
// listed in 2019". The clause tells where a move's record span began, as "since 1978" does
// (sinceStart), not the day of the move. (A count "since" a date, "has cut 2,000 jobs since it
// began its turnaround in 2024", is left to the date: the cuts fall in the span.)
func sinceClause(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch w := words[j]; {
		case w == "since":
			return true
		case w == "," || (gapStopShapes.mayHold(w) && gapStops[w]) || isClauseBreak(w):
			return false
		}
	}
	return false
}
