package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads of company and wire news noticed in the news85 round: a site closed for a
// stated short spell, or because of a strike, a storm, a fire or an outage, is a pause and no
// restructuring.

// news85Misread says whether trigger t of sentence s is one of this file's misreads: a closing
// of sites that is a pause (closedForPause) and a rank of "most valuable" that names no company
// (mostValuableNoCompany).
func news85Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Restructuring:
		return closedForPause(s.words, t)
	case events.PriceMove:
		return mostValuableNoCompany(s.words, t)
	}
	return false
}

// spellUnits are the short spells a pause lasts: "for two weeks", "for about ten days", "for
// the next 48 hours". Years are left out: "for the next two years" is a plan's span.
var spellUnits = wordSet(`hour hours day days week weeks weekend weekends month months shift shifts`)

// spellFillers may stand between "for" and the unit of a spell: "for up to three days", "for at
// least a week", "for the next few days".
var spellFillers = wordSet(`a an the next about around some up to at least several few two three four
	five six seven eight nine ten eleven twelve fifteen twenty thirty`)

// pauseOpeners open the cause of a pause: "because of", "due to", "after", "ahead of",
// "during", "amid", "following", "as".
var pauseOpeners = wordSet(`because due after ahead before during amid following owing as`)

// pauseCauses are the happenings that close a site for a while: a strike, a storm, a fire, an
// outage.
var pauseCauses = wordSet(`strike strikes walkout walkouts lockout fire fires blaze explosion blast
	storm storms hurricane hurricanes typhoon cyclone blizzard snowstorm tornado flood floods flooding
	earthquake wildfire wildfires outage outages`)

// lastingWords tell a closing for good, which stays a restructuring whatever caused it: "closed
// 150 stores permanently", "closed the plant for good after a long strike", "eliminating 400
// jobs".
var lastingWords = wordSet(`permanently permanent good jobs layoffs positions rebuild`)

// pauseStops end the clause a pause is looked for in.
var pauseStops = wordSet(`. ; : but which while although whereas though`)

// closedForPause says whether a restructuring trigger that closes sites ("closed its Ohio
// plant", "shut two mills", "temporarily closed 200 stores") is a pause: "temporarily" up to
// three words before the verb, or in the clause after the sites (within twelve words) a spell
// ("for" and at most three words before an hour, a day, a week or a month: "for two weeks") or a
// cause opener and, within four words, a strike, a storm, a fire or an outage ("because of a
// strike", "after a fire", "ahead of the hurricane", "as a winter storm swept"). A sentence that
// tells the closing is for good ("permanently", "for good", jobs or layoffs, a site not rebuilt)
// stays a restructuring, and so does a closing with a plan's date ("will close its Ohio plant
// next year").
func closedForPause(w []string, t trigger) bool {
	if !closingVerbs[w[t.from]] || anyWithin(w, 0, len(w), lastingWords) {
		return false
	}
	for k := max(0, t.from-3); k < t.from; k++ {
		if w[k] == "temporarily" {
			return true
		}
	}
	for k := t.to; k < len(w) && k < t.to+12; k++ {
		switch {
		case pauseStops[w[k]]:
			return false
		case w[k] == "temporarily":
			return true
		case w[k] == "for" && spellAt(w, k+1):
			return true
		case pauseOpeners[w[k]] && anyWithin(w, k+1, min(len(w), k+5), pauseCauses):
			return true
		}
	}
	return false
}

// spellAt says whether the words from i on are a short spell's length: at most three words of
// spellFillers or numbers, then a unit of spellUnits ("two weeks", "about ten days", "48 hours").
func spellAt(w []string, i int) bool {
	for k := i; k < len(w) && k <= i+3; k++ {
		if spellUnits[w[k]] {
			return true
		}
		if !spellFillers[w[k]] && !isNumber(w[k]) {
			return false
		}
	}
	return false
}

// rankVerbs take or lose the rank of the most valuable company, or pass another company by
// market value: "overtook Microsoft as the world's most valuable company", "reclaimed the title
// of most valuable company", "lost its crown as the most valuable company".
var rankVerbs = []string{"overtake", "overtakes", "overtook", "overtaken", "overtaking",
	"surpass", "surpasses", "surpassed", "surpassing",
	"top", "tops", "topped", "topping", "eclipse", "eclipses", "eclipsed", "eclipsing",
	"leapfrog", "leapfrogs", "leapfrogged", "leapfrogging", "dethrone", "dethrones", "dethroned",
	"displace", "displaces", "displaced", "unseat", "unseats", "unseated",
	"reclaim", "reclaims", "reclaimed", "reclaiming", "regain", "regains", "regained", "regaining",
	"retake", "retakes", "retook", "lose", "loses", "lost", "losing",
	"become", "becomes", "became", "becoming"}

// mostValuableTaken lists a stock's move told as the rank of the most valuable company taken or
// lost, or another company passed by market value: "Nvidia overtook Microsoft as the world's most
// valuable company", "Apple reclaimed the title of most valuable company", "overtook Amazon by
// market value". The rank changes only as the shares move; "is the world's most valuable
// company" tells a state and has no verb here. The noun after "most valuable" must be a
// company's (mostValuableNoCompany).
func mostValuableTaken() []string {
	var out []string
	for _, v := range rankVerbs {
		out = append(out, "~"+v+" ... most valuable")
		if !rankReachedVerbs[v] && !strings.HasPrefix(v, "los") {
			for _, value := range []string{"market value", "market capitalization", "market cap"} {
				out = append(out, "~"+v+" ... by "+value, "~"+v+" ... in "+value)
			}
		}
	}
	// "Pass" is left out of the rank: a story that recalls the stock's run ("briefly passed
	// Microsoft this week as the most valuable company", opening an opinion piece) reads it as
	// often as news of the day; passed by market value still counts.
	for _, v := range []string{"pass", "passes", "passed", "passing"} {
		for _, value := range []string{"market value", "market capitalization", "market cap"} {
			out = append(out, "~"+v+" ... by "+value)
		}
	}
	return out
}

// rankReachedVerbs are the rankVerbs of a rank reached, which may also tell a post taken ("became
// chief executive of the most valuable company").
var rankReachedVerbs = wordSet(`become becomes became becoming`)

// valuableCompanyNouns are the nouns a company's rank names: "most valuable company", "most
// valuable listed firm", "most valuable chipmaker".
var valuableCompanyNouns = wordSet(`company companies firm firms corporation business businesses stock
	stocks chipmaker chipmakers automaker carmaker bank lender retailer retailers conglomerate`)

// valuableStops end the noun phrase after "most valuable": "the most valuable brand in the
// company's portfolio" names no company at "company".
var valuableStops = wordSet(`. , ; : in of on for at after with to as by`)

// mostValuableNoCompany says whether a price move trigger that ends in "most valuable" has no
// company's noun within the four words after it ("the most valuable brand", "its most valuable
// player", "its most valuable customer"), or is a post taken at a company ("became chief
// executive of the most valuable company": a become verb with "of" in its gap).
func mostValuableNoCompany(w []string, t trigger) bool {
	if t.to-t.from < 3 || w[t.to-1] != "valuable" || w[t.to-2] != "most" {
		return false
	}
	if rankReachedVerbs[w[t.from]] && anyWithin(w, t.from+1, t.to-2, ofWord) {
		return true
	}
	for k := t.to; k < len(w) && k < t.to+4; k++ {
		if valuableCompanyNouns[w[k]] {
			return false
		}
		if valuableStops[w[k]] {
			break
		}
	}
	return true
}

// ofWord is "of", for anyWithin.
var ofWord = wordSet(`of`)
