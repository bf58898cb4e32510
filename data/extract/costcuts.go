package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Phrases of company news that a trigger word meets without telling its event (the
// underwriters' option to buy shares, a patent that runs out, a plan unveiled, a broker's view
// after its rating), a report a company is expected to make, and a program of cost cuts sized in
// money, which is a restructuring told without jobs or sites (modern18).

// costCutVerbs cut a company's costs.
var costCutVerbs = wordSet(`cut cuts cutting slash slashes slashed slashing reduce reduces reducing trim trims
	trimming lower lowers lowering`)

// costNouns are what a cost-cutting program cuts. Not "spending": an oil company that cuts its
// spending by $2 billion drills less, which is its plan for the year, not a restructuring.
var costNouns = wordSet(`costs cost expenses overhead`)

// costWords stand between a cost verb and its object or the sum: hedges of the sum and words that
// qualify the costs ("cut about $1.5 billion in annual costs", "reduce its operating expenses by").
var costWords = wordSet(`about roughly approximately nearly some around up to as much more than at least an a
	additional another further its their annual annualized yearly operating fixed corporate structural
	overhead run-rate pretax pre-tax gross net`)

// costsCut returns the end of a program of cost cuts sized in money, which a company announces as
// it announces job cuts: "will cut about $1.5 billion in costs by 2025", "plans to reduce annual
// expenses by $2 billion", "slashing $500 million of overhead". The sum makes it a program: "cut
// costs", "as it cuts costs" and "cut prices to offset higher costs" are none.
func costsCut(words []string, i int) int {
	k := i + 1
	for k < len(words) && k <= i+4 && costWords[words[k]] {
		k++
	}
	if k >= len(words) {
		return 0
	}
	if moneyAt(words, k) {
		// "$1.5 billion in costs", "$500 million of annual spending"
		for k < len(words) && (strings.HasPrefix(words[k], "$") || isNumber(words[k]) || scaleWords[words[k]]) {
			k++
		}
		if k+1 >= len(words) || words[k] != "in" && words[k] != "of" {
			return 0
		}
		for k++; k < len(words) && costWords[words[k]]; k++ {
		}
		if k < len(words) && costNouns[words[k]] {
			return k + 1
		}
		return 0
	}
	// "costs by $2 billion"
	if !costNouns[words[k]] || k+2 >= len(words) || words[k+1] != "by" {
		return 0
	}
	j := k + 2
	for j < len(words) && j <= k+4 && costWords[words[j]] {
		j++
	}
	if j < len(words) && moneyAt(words, j) {
		return k + 1
	}
	return 0
}

// underwritersOption says whether a buyback trigger is the underwriters' option to buy more of an
// offering's shares: "granted the underwriters a 30-day option to buy up to 23 million
// additional shares". The shares are sold, not bought back: the offering tells the event.
func underwritersOption(words []string, t trigger) bool {
	if t.from < 2 || words[t.from-1] != "to" || words[t.from-2] != "option" && words[t.from-2] != "options" {
		return false
	}
	for k := t.from - 3; k >= 0 && k >= t.from-10; k-- {
		if optionHolders[words[k]] {
			return true
		}
		if gapStops[words[k]] && !initialDot(words, k) {
			break
		}
	}
	for k := t.to; k < len(words) && k <= t.to+6; k++ {
		if words[k] == "additional" || words[k] == "over-allotment" || words[k] == "overallotment" {
			return true
		}
	}
	return false
}

// optionHolders are who hold an option to buy more of an offering's shares.
var optionHolders = wordSet(`underwriters underwriter purchasers greenshoe`)

// patentExpiry says whether a legal trigger is a patent that runs out: "as patent expirations
// loom", "before its patents on Eliquis expire", "the loss of patent protection". A drug's
// patent ending is its maker's business risk, no suit or ruling.
func patentExpiry(words []string, t trigger) bool {
	if w := words[t.from]; w != "patent" && w != "patents" {
		return false
	}
	if t.from >= 2 && words[t.from-1] == "of" && words[t.from-2] == "loss" || t.from >= 1 && expiryWords[words[t.from-1]] {
		return true
	}
	return clauseWordAt(words, t.from+1, t.from+5, expiryWords) >= 0
}

// expiryWords tell a patent running out.
var expiryWords = wordSet(`expiration expirations expiry expiries expire expires expired expiring cliff cliffs
	lapse lapses lapsed`)

// unveiledPlan says whether a product trigger "unveil" has a plan or a payout for its object, not
// a product: "expected to unveil the closure of 1,200 stores", "unveiled a plan to cut costs",
// "unveils $5 billion buyback". The plan's own words tell its event.
func unveiledPlan(words []string, t trigger) bool {
	switch words[t.from] {
	case "unveil", "unveils", "unveiled", "unveiling":
	default:
		return false
	}
	return clauseWordAt(words, t.to, t.to+5, planNouns) >= 0
}

// planNouns are what a company unveils that is no product.
var planNouns = wordSet(`plan plans strategy strategies closure closures cuts layoffs restructuring overhaul
	reorganization buyback buybacks repurchase dividend forecast forecasts outlook target targets budget
	results proposal bid offer`)

// brokerView says whether a trigger after a broker's rating action is the broker's reason for it,
// told by a verb of its view after a comma: "UBS downgrades Nike, warns on China sales", "Morgan
// Stanley upgrades Ford, sees margin recovery". The rating is the news; the view names no event of
// the rated company or of the broker. The view runs to the trigger however long its clause:
// "upgraded Barclays to outperform, saying its card business and a cost-cutting plan would lift
// returns".
func brokerView(words []string, t trigger, ts []trigger) bool {
	r := slices.IndexFunc(ts, func(u trigger) bool {
		return u.typ == events.Analyst && u.to <= t.from && ratingVerbs[words[u.from]]
	})
	if r < 0 {
		return false
	}
	for k := t.from - 1; k > 0 && k >= ts[r].to; k-- {
		if words[k-1] == "," && viewVerbs[words[k]] {
			return true
		}
	}
	return false
}

// ratingVerbs are a broker's actions on a stock's rating.
var ratingVerbs = wordSet(`upgrade upgrades upgraded downgrade downgrades downgraded initiates initiated
	reiterates reiterated starts started`)

// viewVerbs tell a broker's view of a rated company.
var viewVerbs = wordSet(`warns warned sees saw says said saying cites cited citing flags flagged expects
	expected predicts predicted notes noted`)

// scheduledReport says whether a guidance trigger "expected ... earnings" is a report the company
// is expected to make: "UnitedHealth is expected to report quarterly earnings on Tuesday", "are
// expected to post first-quarter results". The passive names no forecast of the company's; a
// company that "expects to report a loss" gives one.
func scheduledReport(words []string, t trigger) bool {
	k := t.from
	if words[k] != "expected" || k == 0 || k+2 >= len(words) || words[k+1] != "to" || !reportVerbs[words[k+2]] {
		return false
	}
	switch words[k-1] {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// reportVerbs make results public.
var reportVerbs = wordSet(`report post announce release publish unveil`)

// othersResults says whether an earnings trigger that ends in "results" names the results of
// something other than the company's business: a trial, a study, a survey, a vote or an offer
// ("reported positive results from a late-stage trial", "announced the results of its tender
// offer", "trial results"). A drugmaker's data is product news or none, not its earnings.
func othersResults(words []string, t trigger) bool {
	if words[t.to-1] != "results" {
		return false
	}
	if t.to >= 2 && resultSources[words[t.to-2]] {
		return true // "topline trial results"
	}
	for k := t.to; k < len(words) && k <= t.to+6; k++ {
		if resultSources[words[k]] {
			return true
		}
		if gapStops[words[k]] || words[k] == "," || periodNouns[words[k]] {
			return false // "results for the first quarter"
		}
	}
	return false
}

// resultSources are what results come from when they are not a company's business.
var resultSources = wordSet(`trial trials study studies clinical topline top-line interim phase test tests
	testing survey surveys poll polls vote votes voting ballot election elections offer tender auction
	review probe investigation audit experiment experiments analysis meeting meetings`)
