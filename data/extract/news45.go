package extract

import "github.com/eventline/eventline/data/events"

// news45Misread says whether trigger t tells no event of its type (misread's hook): "jobs" that
// names the government's employment report ("Bonds Slip as Traders Await Jobs Report", "ahead of
// the jobs numbers") counts the economy's jobs, none a company cuts.
func news45Misread(s *sentence, t trigger) bool {
	return t.typ == events.Restructuring && t.to == t.from+1 && s.words[t.from] == "jobs" &&
		t.to < len(s.words) && jobsReleases[s.words[t.to]]
}

// jobsReleases are the nouns after "jobs" that make it the name of an economic release.
var jobsReleases = wordSet(`report reports number numbers data figures figure picture count`)

// heldBy says whether the "by" at k that follows trigger t belongs to a participle of holding
// between them ("buys back the shares held by the Dorner group", "to buy the stake owned by
// its founder"): the agent holds what the event takes, and is not the event's own agent, as it is in
// "acquired by" or "acquisition of X by Y" (roles' passive).
func heldBy(words []string, t trigger, k int) bool {
	return k > t.to && holdingParticiples[words[k-1]]
}

// holdingParticiples tell who holds or runs what a noun names.
var holdingParticiples = wordSet(`held owned controlled led headed run managed`)

// news45OtherDate says whether the temporal expression at tokens [from, to) dates no event of
// trigger t (dateFor's hook): the day of a closing price that a deal's or a buyback's price is
// measured against (referencePriceDay), or a four-figure clock time tagged as a year ("dropped to
// 557p at 1130 GMT"). A claim about that close keeps its day; so does a stock's move "from
// Friday's close", which the engine dates by the nearest day it is told with.
func news45OtherDate(words []string, t trigger, from, to int, dayOnly bool) bool {
	return !dayOnly && t.typ != events.PriceMove && (referencePriceDay(words, from, to) || closeOnDay(words, from)) || clockTime(words, from, to) // closeOnDay: news67.go
}

// clockTime says whether tokens [from, to) are one four-figure number before a time zone: the
// wire's "at 1130 GMT", "by 1600 EST", a time of day and never the year 1130.
func clockTime(words []string, from, to int) bool {
	return to == from+1 && to < len(words) && len(words[from]) == 4 && isNumber(words[from]) && timeZones[words[to]]
}

// timeZones follow a clock time in wire copy.
var timeZones = wordSet(`gmt est edt cst cdt mst mdt pst pdt bst cet`)

// referencePriceDay says whether the date at tokens [from, to) is the day of a closing price the
// news is measured against ("a premium of $3 over Friday's closing price", "20 percent above
// yesterday's close"): the price is the earlier day's, the news the day it is told.
func referencePriceDay(words []string, from, to int) bool {
	// The possessive is tokenized apart: "Friday", "'", "s".
	if from < 1 || !(referenceWordShapes.mayHold(words[from-1]) && referenceWords[words[from-1]]) || to+2 >= len(words) ||
		words[to] != "'" && words[to] != "’" || words[to+1] != "s" {
		return false
	}
	switch words[to+2] {
	case "close", "closing", "price", "level", "finish":
		return true
	}
	return false
}

// referenceWords put a price against another: "over", "above", "below" and "from" a close.
var referenceWords = wordSet(`over above below from to than versus vs`)

// analystsRevise says whether a forecast or guidance trigger is analysts revising their
// forecasts of the company ("Marchley Slides as Analysts Trim Forecasts", "two analysts lowered their
// forecasts for Marchley"): the noun's own revision, with analysts its subject, is an analyst's
// call, as estimateRevised reads "cut his estimate"; the company's own "trimmed its forecast"
// stays guidance.
func analystsRevise(words []string, t trigger) bool {
	if t.typ != events.Forecast && t.typ != events.Guidance {
		return false
	}
	n := -1
	for k := t.from; k < t.to; k++ {
		if revisedNounShapes.mayHold(words[k]) && revisedNouns[words[k]] {
			n = k
		}
	}
	if n < 0 {
		return false
	}
	for j := n - 1; j >= 1 && j >= n-4; j-- {
		if words[j] == "," || words[j] == "its" {
			return false
		}
		if revisionVerbs[words[j]] {
			return words[j-1] == "analysts" || words[j-1] == "analyst"
		}
	}
	return false
}

// revisedNouns are what a forecaster revises.
var revisedNouns = wordSet(`forecast forecasts estimate estimates projection projections`)

// revisionVerbs move a forecast up or down.
var revisionVerbs = wordSet(`cut cuts cutting trim trims trimmed trimming lower lowers lowered lowering reduce
	reduces reduced raise raises raised raising lift lifts lifted boost boosts boosted revise revises revised`)
