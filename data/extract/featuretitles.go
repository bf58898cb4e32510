package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The titles of long-form business features (news26) often tell their news in an idiom and no
// word the trigger lexicon holds: an analyst's downgrade is a fan who "cools on" a company, a
// dividend cut asks shareholders "to take less", a sale of stock "goes back to the well", a
// chief's ouster "shows" someone "the door". Such a title is the story's news; without a trigger
// in it, the events of a scene-setting first paragraph and of the body stand for the story. The
// idioms are read in titles alone, and only in a title that tells no event otherwise: in a
// body's sentence, or beside a trigger, "bets on itself" or "braces for a lean winter" is as
// often colour as news.

// idiom is one phrase of a family: its words, each a set of alternatives, where a gap "~N"
// stands for up to N words that may hold no comma.
type idiom struct {
	typ   events.Type
	words []idiomWord
}

type idiomWord struct {
	alts map[string]bool
	gap  int // >0: up to gap words, any; alts is nil
}

// featureIdioms are the families by type, tried in this order where two start at one word
// (workers shown the door are cut, a chief shown it is out). "a|b" is a word's alternatives;
// "~N" a gap of up to N words; "POSS" a possessive ("X's", "its", "their"); "END", as the
// last word, the title's end or a comma, colon or semicolon ("is out" ends its clause; "is out
// of patience" tells no exit).
var featureIdioms = compileIdioms([]idiomFamily{
	{events.Acquisition, []string{
		"finds|found|finding|lands|landed|draws|drew|attracts|attracted ~1 suitor|suitors|bidder|bidders|acquirer|owner",
		"finds|found|finding|lands|landed|draws|drew|attracts|attracted a|its buyer",
		"changes|changed|changing hands",
		"goes|went|going|heads|headed private",
		"into the fold",
		"puts|put|putting itself up for sale",
		"on the auction|selling block",
		"lands|landed|ends|ended|winds|wound|falls|fell up|in|into ~1 POSS hands|fold|stable|closet|cart|basket|arms|portfolio",
		"parts|parted|parting with its|a ~2 unit|units|arm|brand|brands|business|businesses|division|chain|stake",
		"gobbles|gobbled|gobbling|scoops|scooped|scooping up",
		"swallows|swallowed|swallowing a|an|its ~1 rival|rivals|competitor|peer|maker|start-up|startup|chain",
		"ties|tied|tie the knot",
		"is|are in play",
		"weighs|weighing|explores|exploring|mulls|mulling|considers|considering a|its sale",
		"accepts|accepted|rejects|rejected|spurns|spurned|rebuffs|rebuffed ~1 suitor|suitors|offer|bid|bidder|overture|approach",
		"fends|fended off ~1 raider|suitor|bidder|bid|takeover",
		"finds|found a home|buyer for",
		"splits|split|splitting in|into two|three|half",
		"breaks|broke itself up",
		// A buyer out to buy (news28): "Goes Shopping for a Pretzel Maker", "Goes on a Shopping
		// Spree"; a company's, so singular: shoppers who "go shopping" are customers.
		"goes|went shopping",
		"goes|went on a ~1 shopping spree",
	}},
	{events.Analyst, []string{
		"analyst|analysts|broker|brokers|bull|bulls|bear|bears|admirer|believer|believers|booster|boosters|optimist|optimists|skeptic|skeptics|cheerleader|champion|street sour|sours|soured|cool|cools|cooled|turn|turns|turned|warm|warms|warmed|give|gives|gave on|to|up",
		"loses|lost|losing a|an|its ~1 admirer|believer|booster|champion|cheerleader|bull",
		"loses|lost|losing a|an|its ~1 fan on|at wall street",
		"analyst|analysts|broker|brokers|bull|bulls|bear|bears|admirer|believer|booster|optimist|skeptic lose|loses|lost ~1 appetite|faith|patience|conviction|enthusiasm",
		"analyst|analysts|broker|brokers|bull|bulls|admirer|admirers|believer|believers|booster|boosters|street fall|falls|fell|falling out of love|favor",
		// A skeptic won over (news28): "A Longtime Skeptic Comes Around on Intel", "A Doubter Warms to".
		"skeptic|skeptics|doubter|doubters|bear|bears|critic|critics comes|come|came|coming around",
		"doubter|doubters sour|sours|soured|cool|cools|cooled|turn|turns|turned|warm|warms|warmed|give|gives|gave on|to|up",
	}},
	{events.Dividend, []string{
		"stops|stopped|keeps|kept|halts|halted paying ~1 shareholders|investors|holders",
		"pays|paying|rewards|rewarding ~1 shareholders|investors|holders less|more|to",
		"asks|asked|asking|tells|told ~1 shareholders|investors|holders to take|accept less",
		"shareholders|investors|holders take|get|took|got less",
		"shareholders|investors|holders take|get|took|got a haircut",
		"shareholders|investors|holders get|got ~1 bigger|smaller|fatter|thinner check|checks|payout|payouts",
	}},
	{events.Buyback, []string{
		"bets|betting|bet on itself",
		"bets|betting|bet on its own stock|shares",
		"shrinks|shrank|shrinking its share count",
	}},
	{events.Restructuring, []string{
		"thins|thinned|thinning|trims|trimmed|trimming|culls|culled its|their ranks|workforce|payroll|staff",
		"shows|showed|showing ~2 workers|employees|staff|engineers|people|jobs the door",
		"hands|handed|handing out pink slips",
		"lets|letting ~3 workers|employees|staff|engineers|people go",
		"tightens|tightened|tightening its belt",
		"swings|swung|wields|wielded the|its axe|ax",
		"shrinks|shrank|shrinking its|their workforce|ranks|payroll|staff",
		// The staff that is left, told by its size (news28): "Settles for a Leaner Workforce".
		"smaller|leaner|slimmer|thinner workforce|payroll|staff",
		"takes|took|taking a|an|the saw|axe|ax|knife|hatchet|scalpel|scissors|machete|cleaver|chainsaw to ~1 costs|payroll|payrolls|budget|budgets|spending|workforce|ranks|staff|overhead",
	}},
	{events.Executive, []string{
		"shows|showed|showing ~3 the door",
		"hands|handed|handing|passes|passed|gives|gave ~1 the keys|baton|torch|reins",
		// A chief sought by where the chief comes from (news28): "Turns to an Outsider", "Hands
		// the Reins to a Longtime Insider", at the title's or its clause's end: an outsider
		// turned to "for Its Chips" is a supplier.
		"to|for a|an ~1 outsider|insider|lifer END",
		"boss|chief|ceo|founder|chairman|chairwoman is|are out END|as|after|amid|at",
		"gets|names|picks|finds|taps ~1 new boss|chief|captain|skipper",
		"changing of the guard",
		"shake-up|shakeup at the top",
		"shuffles|shuffled|reshuffles|reshuffled its leadership|management|executives|c-suite",
		"promotes|promoted|taps|tapped|picks|picked ~1 lifer|insider|outsider",
		"chief|ceo|boss|founder|chairman|chairwoman|president heads|headed for the exit|exits|door",
		"chief|ceo|boss|founder|chairman|chairwoman|president bows|bowed out",
		"chief|ceo|boss|founder|chairman|chairwoman|president calls|called it a day|quits",
	}},
	{events.Offering, []string{
		"back to the well",
		"passes|passed|passing the hat",
		"hat in hand",
		"raises|raised ~2 cash|money|capital from investors|shareholders",
		"taps|tapped|tapping ~1 shareholders|investors",
		"taps|tapped|tapping ~1 bond|debt|stock|equity|capital|convertible market|markets",
		"goes|going|went|heads|returns|returning ~1 to the market|markets for cash|money",
	}},
	{events.Earnings, []string{
		"banner|blowout|bumper|stellar|dismal|miserable|record|rough|blockbuster quarter|year",
		"back|returns|returned|stays in the black|red",
		"quarter to remember|forget",
		"stumbles|stumbled|shines|shone|struggles|struggled|falters|faltered in ~3 quarter",
		"sales|profit|profits|earnings|revenue|results disappoint|disappoints|disappointed|sparkle|sparkles|sizzle|sizzles|impress|impresses",
	}},
	{events.Guidance, []string{
		"braces|braced|bracing for a|an ~2 lean|tough|hard|slow|slower|weak|weaker|rough|bleak|soft|softer|leaner year|quarter|season|winter|summer|spring|fall|holiday|holidays|stretch|months|times|days",
		"tempers|tempered|tempering expectations",
		"lowers|lowered|lowering the bar",
		"lowers|lowered|lowering its sights",
		"sees|saw|expects|expected a|an slower|weaker|tougher|leaner|softer|stronger|better year|quarter|season",
		"warns|warned of ~2 slowdown|slump|downturn|weaker|softer|lower",
		"sees|saw ~3 days|times|months|year|clouds ahead",
	}},
	{events.Legal, []string{
		"pays|paid|paying to close|end|settle|bury|resolve ~3 chapter|chapters|fight|feud|claims|dispute|saga",
		"judge|jury|court|justices sides|sided with|against",
		"takes|took|taking ~3 to court",
		"day in court",
		"lands|landed|land in hot water",
	}},
	{events.PriceMove, []string{
		"worst|best|biggest|wildest day|week|month since|in|on|ever",
		"frenzy|mania|rally|rout|selloff|sell-off|meltdown|stampede",
		"bubble bursts|burst",
		"shares|stock take|takes|took a beating|bath|hit|tumble|dive|pounding|drubbing",
		"goes|went to the moon",
		"stock|shares ~2 rough|bad|brutal|tough|terrible day",
	}},
	{events.IPO, []string{
		"first|opening ~2 for|on wall street",
		"rings|rang the bell|opening",
	}},
	{events.Bankruptcy, []string{
		"ends|ended|lands|landed|heads|headed|winds|wound up|in|to ~1 delaware|chapter",
		"goes|went bust|under",
		"runs|ran out of road|runway",
		"goes|went belly up",
	}},
	{events.Split, []string{
		"shares|stock easier|cheaper to hold|buy|own|afford",
		"cuts|cut|slices|sliced|splits|chops|chopped|carves|carved its|their shares|stock into halves|thirds|quarters|fifths|tenths|pieces|slices",
		// Smaller units of a share, whatever the metaphor (news28): "Breaks Its Stock Into Smaller
		// Pieces".
		"shares|stock into smaller|cheaper",
	}},
	{events.Product, []string{
		"takes|took|pulls|pulled the wraps off",
		"lifts|lifted the curtain on",
		"shows|showed off",
	}},
	{events.Contract, []string{
		"wins|won|lands|landed|scores|scored|snags|snagged|bags|bagged|nabs|nabbed ~3 pentagon|army|navy|government|federal business|work|order",
	}},
	{events.Partnership, []string{
		"finds|found|gets|got|makes|made a|an|new friend|partner|ally in|for",
		"links|linked arms",
		"ties|tied up with",
		"marriage of convenience",
	}},
})

// idiomFamily is a type's phrases.
type idiomFamily struct {
	typ      events.Type
	patterns []string
}

// compileIdioms reads the families of featureIdioms.
func compileIdioms(fams []idiomFamily) []idiom {
	var out []idiom
	for _, fam := range fams {
		for _, p := range fam.patterns {
			id := idiom{typ: fam.typ}
			for _, f := range strings.Fields(p) {
				if n, ok := strings.CutPrefix(f, "~"); ok {
					id.words = append(id.words, idiomWord{gap: int(n[0] - '0')})
					continue
				}
				id.words = append(id.words, idiomWord{alts: wordSet(strings.ReplaceAll(f, "|", " "))})
			}
			out = append(out, id)
		}
	}
	return out
}

// idiomsByFirst indexes featureIdioms by their first word's alternatives, in the families'
// order: a title's word is looked up once instead of tried against every idiom (the idioms ran
// at a fifth of extraction's time on a feed's titles when each was tried at every word).
var idiomsByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, id := range featureIdioms {
		if first := id.words[0]; first.gap > 0 || first.alts["POSS"] || first.alts["END"] {
			panic("extract: a feature idiom opens with a word, not a gap, POSS or END")
		}
		for w := range id.words[0].alts {
			m[w] = append(m[w], k)
		}
	}
	return m
}()

// titleIdioms returns the trigger of the feature idiom that starts first in a title's words, if
// any (of two at one word, the first in the families' order). A feature's title tells one
// piece of news; an idiom after it is its circumstance ("taps investors for $1 billion after
// its shares rally").
func titleIdioms(words []string) []trigger {
	var best trigger
	found := false
	for i := range words {
		for _, k := range shapedGet(idiomFirstShapes, idiomsByFirst, words[i]) { // xspeed22.go
			if end, ok := matchIdiom(words, i, featureIdioms[k].words); ok {
				best, found = trigger{typ: featureIdioms[k].typ, from: i, to: end, verbal: true, idiom: true}, true
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		return nil
	}
	if best.typ == events.Executive && doorShownToStaff(words, best) {
		best.typ = events.Restructuring
	}
	return []trigger{best}
}

// doorShownToStaff says whether the ones a title shows the door are staff, not a chief: a
// number or a plural before "the door" ("Shows 5,000 Engineers the Door", "Shows Its Toy
// Makers the Door"; "Shows Its Chief the Door", "Shows a Pandemic Hero the Door").
func doorShownToStaff(words []string, t trigger) bool {
	if t.to < 3 || words[t.to-1] != "door" || words[t.to-2] != "the" {
		return false
	}
	for k := t.from + 1; k < t.to-2; k++ {
		if isNumber(words[k]) {
			return true
		}
	}
	w := words[t.to-3]
	return pluralLike(w)
}

// pluralLike says whether a word looks plural: an "s" ending that is no "ss" ("boss") or "us".
func pluralLike(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// matchIdiom matches p at word i, returning the end of the match.
func matchIdiom(words []string, i int, p []idiomWord) (int, bool) {
	if len(p) == 0 {
		return i, true
	}
	w := p[0]
	if w.gap > 0 {
		for k := 0; k <= w.gap && i+k <= len(words); k++ {
			if k > 0 && words[i+k-1] == "," {
				break
			}
			if end, ok := matchIdiom(words, i+k, p[1:]); ok {
				return end, true
			}
		}
		return 0, false
	}
	if w.alts["END"] && (i == len(words) || clauseEnds[words[i]]) {
		return i, len(p) == 1
	}
	if i >= len(words) {
		return 0, false
	}
	if w.alts["POSS"] {
		if words[i] == "its" || words[i] == "their" {
			return matchIdiom(words, i+1, p[1:])
		}
		if i+2 < len(words) && apostrophes[words[i+1]] && words[i+2] == "s" {
			return matchIdiom(words, i+3, p[1:])
		}
		return 0, false
	}
	if !w.alts[words[i]] {
		return 0, false
	}
	return matchIdiom(words, i+1, p[1:])
}

// clauseEnds are the marks that end a title's clause.
var clauseEnds = wordSet(", : ;")

// apostrophes are the tokens of an apostrophe, which ends a word: "Acme's" is "acme", "'", "s".
var apostrophes = wordSet("' ’")
