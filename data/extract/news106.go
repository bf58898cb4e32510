package extract

import (
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads the lead noticed and left in the news106 round.

// madeBid is a bid told by its maker and the company it went to: "Mylan rejected a $40 billion
// takeover proposal from Teva", "Mylan is weighing a merger offer made by Teva", "Mylan rejected
// Teva's proposal", "Teva's bid was rejected by Mylan".
type madeBid struct {
	maker, taker CompanyMention
	rejected     bool // the taker turned the bid down
}

// madeBidNouns name a bid that a company makes and another receives.
var madeBidNouns = wordSet(`proposal proposals offer offers bid bids approach approaches overture overtures`)

// bidModifiers stand between a bid's determiner and its noun: "a sweetened $40 billion
// all-stock takeover proposal", "an unsolicited, revised merger offer".
var bidModifiers = wordSet(`a an the its their this that latest new revised sweetened improved raised higher lower
	unsolicited hostile friendly informal formal preliminary nonbinding non-binding final best rival competing earlier
	initial fresh second third cash all-cash stock all-stock cash-and-stock merger takeover buyout acquisition combination
	tender purchase billion million $ , - per share a-share`)

// bidReceipts are the verbs of a company weighing a bid made to it: the maker bids, whatever the
// taker then does.
var bidReceipts = wordSet(`received receives receive receiving weighing weighs weigh considering considers consider
	reviewing reviews review evaluating evaluates evaluate studying studies got gets`)

// bidMadeBy are the participles between a bid and its maker's "by": "a proposal made by Teva".
var bidMadeBy = wordSet(`made submitted sent tabled presented floated put`)

// madeBidAt finds the bid whose noun is at or just after word from and the two companies it
// goes between: the maker after "from" or "by", or as a possessive before the bid; the taker the
// company before the verb that rejects or weighs it, or after "rejected by". A bid of "its" in
// a clause of rejection is the earlier company's ("Teva said Mylan rejected its proposal").
func (s *sentence) madeBidAt(from int) (madeBid, bool) {
	n := -1
	for k := from; k < min(from+3, len(s.words)); k++ {
		if madeBidNouns[s.words[k]] {
			n = k
			break
		}
	}
	if n < 0 {
		return madeBid{}, false
	}
	start := n // the bid's first word
	for start > 0 && n-start < 8 && (bidModifiers[s.words[start-1]] || startsWithDigit(s.words[start-1])) {
		start--
	}
	var bid madeBid
	var haveMaker bool
	// The maker told after the bid: "a proposal from Teva", "an offer made by Teva".
	j := n + 1
	if j < len(s.words) && bidMadeBy[s.words[j]] {
		j++
		if j < len(s.words) && s.words[j] == "forward" {
			j++
		}
	}
	if j+1 < len(s.words) && (s.words[j] == "from" || s.words[j] == "by") {
		if c, ok := s.companyStarting(j + 1); ok {
			bid.maker, haveMaker = c, true
		}
	}
	// The maker as a possessive before the bid: "Teva Pharmaceutical Industries' merger
	// proposal" (no determiner then).
	if !haveMaker {
		for _, c := range s.companies {
			k := s.tokenIndex(c.End)
			if k < len(s.words) && (s.words[k] == "'" || s.words[k] == "’") {
				k++
				if k < len(s.words) && s.words[k] == "s" {
					k++
				}
				if k >= start && k <= n && !c.Cited && allWithin(s.words, k, n, bidModifiers) {
					bid.maker, haveMaker, start = c, true, s.startIndex(c.Start)
					break
				}
			}
		}
	}
	// The verb before the bid: "rejected", "turned down", "is weighing".
	v := start - 1
	switch {
	case v < 0:
	case s.words[v] == "down" && v > 0 && strings.HasPrefix(s.words[v-1], "turn"):
		bid.rejected = true
		v--
	case rejections[s.words[v]] && s.words[v] != "turned":
		bid.rejected = true
	case bidReceipts[s.words[v]]:
	default:
		v = -1
	}
	if v >= 0 {
		taker, ok := s.companyBefore(v, bid.maker.Name)
		if !ok {
			return madeBid{}, false
		}
		bid.taker = taker
		if !haveMaker && bid.rejected && (s.words[start] == "its" || s.words[start] == "their") {
			// "Teva said Mylan rejected its proposal": the bid is the company's named first.
			for _, c := range s.companies {
				if c.End <= taker.Start && c.Name != taker.Name && !c.Cited {
					bid.maker, haveMaker = c, true
					break
				}
			}
		}
		return bid, haveMaker && bid.maker.Name != bid.taker.Name
	}
	// The passive: "Teva's bid was rejected by Mylan", "the offer from Teva has been spurned by Mylan".
	if !haveMaker {
		return madeBid{}, false
	}
	for k := n + 1; k+2 < len(s.words) && k <= n+8; k++ {
		if rejections[s.words[k]] && s.words[k] != "turned" && s.words[k+1] == "by" &&
			(s.words[k-1] == "was" || s.words[k-1] == "been" || s.words[k-1] == "were") {
			if c, ok := s.companyStarting(k + 2); ok && c.Name != bid.maker.Name {
				bid.taker, bid.rejected = c, true
				return bid, true
			}
		}
		if endsClause(s.words[k]) {
			break
		}
	}
	return madeBid{}, false
}

// companyStarting is the linked company whose mention starts at word k.
func (s *sentence) companyStarting(k int) (CompanyMention, bool) {
	for _, c := range s.companies {
		if s.startIndex(c.Start) == k && !c.Cited {
			return c, true
		}
	}
	return CompanyMention{}, false
}

// companyBefore is the last company named before word v in its clause, other than not: the
// subject of the verb at v ("Mylan NV's board on Tuesday rejected").
func (s *sentence) companyBefore(v int, not string) (CompanyMention, bool) {
	var last CompanyMention
	var ok bool
	for _, c := range s.companies {
		k := s.startIndex(c.Start)
		if k >= v || c.Cited || c.Name == not || s.inParens[k] {
			continue
		}
		last, ok = c, true
	}
	if !ok {
		return last, false
	}
	for k := s.tokenIndex(last.End); k < v; k++ {
		if s.words[k] == ";" || s.words[k] == "which" || s.words[k] == "who" {
			return last, false // another clause's company
		}
	}
	return last, true
}

func startsWithDigit(w string) bool {
	return w != "" && unicode.IsDigit(rune(w[0]))
}

// negatedDividend reads a dividend the sentence says is not paid: one the company paid before,
// named by its own or its period ("will not pay its quarterly dividend", "would not declare a
// dividend for the fourth quarter"), is omitted; a dividend in general ("has no plans to pay a
// dividend", "does not expect to pay a dividend", "has never paid a dividend") is no dividend
// news, and the detail is "". A change denied ("did not raise its dividend") stays denied.
func (s *sentence) negatedDividend(t trigger) (detail string) {
	n := -1
	for k := t.from; k < t.to && k < len(s.words); k++ {
		if w := s.words[k]; w == "dividend" || w == "dividends" || w == "payout" || w == "payouts" {
			n = k
		}
	}
	if n < 0 || anyWithin(s.words, max(n-6, 0), n, dividendChanges) || !anyWithin(s.words, max(n-6, 0), n, payoutVerbs) {
		// A trigger told by its verb ("omitted", "suspended"), a change denied, or another
		// verb's denial ("the price will not be reduced by the 10 cents a share dividend").
		return "denied"
	}
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		w := s.words[k]
		if paidDividendWords[w] || strings.HasSuffix(w, "-quarter") {
			return "omitted"
		}
		if !bidModifiers[w] && !startsWithDigit(w) && w != "cash" && w != "common" {
			break
		}
	}
	for k := n + 1; k < len(s.words) && k <= n+4; k++ {
		if w := s.words[k]; w == "quarter" || strings.HasSuffix(w, "-quarter") {
			return "omitted" // "a dividend for the fourth quarter", "a dividend this quarter"
		}
		if endsClause(s.words[k]) {
			break
		}
	}
	return ""
}

// payoutVerbs pay a dividend: their denial is one not paid.
var payoutVerbs = wordSet(`pay pays paid paying declare declares declared declaring issue distribute make resume
	reinstate restore initiate`)

// dividendChanges are the verbs of a dividend changed, whose denial is no omission.
var dividendChanges = wordSet(`raise raising raised increase increasing increased hike hiking hiked boost boosting boosted
	lift lifting lifted cut cutting reduce reducing reduced lower lowering lowered change changing changed trim trimming`)

// paidDividendWords name a dividend the company pays: its own, or a regular one of a period.
var paidDividendWords = wordSet(`its their regular quarterly usual customary interim final semiannual semi-annual monthly`)

// ownedName says whether mention m is a short name that follows the possessive of another
// company, prev: "Li Auto's Mega launch", "Hyundai's Genesis sales" name the possessor's car or
// brand, not the listed company that shares the word (Mega Matrix, Genesis Energy). A
// company's full name there ("SoftBank's Arm Holdings") and the possessor's own brand
// ("Meta's Instagram") stay linked.
func ownedName(text string, prev, m CompanyMention) bool {
	if prev.Cited || prev.Company.Name == m.Company.Name || strings.EqualFold(m.Text, m.Name) || prev.End >= m.Start {
		return false
	}
	switch text[prev.End:m.Start] {
	case "'s ", "’s ", "' ", "’ ":
	default:
		return false
	}
	// A listed unit is told as one: "Intel's Mobileye unit", "SoftBank's Arm shares".
	rest := strings.TrimLeft(text[m.End:], " ")
	w, _, _ := strings.Cut(rest, " ")
	return !ownedUnitWords[strings.ToLower(strings.TrimRight(w, ".,;:"))]
}

// ownedUnitWords after a name tell a company owned by the possessor, not its product.
var ownedUnitWords = wordSet(`unit units subsidiary subsidiaries division affiliate arm stake shares stock ipo listing
	spinoff spin-off holding holdings`)

// news106Misread says whether trigger t of sentence s is one of this file's misreads: a stock
// expected to do better or worse than others read as a rating (expectedPerformance), a bid for
// an office read as a launch (launchedCandidacy).
func news106Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Analyst:
		return expectedPerformance(s.words, t)
	case events.Product:
		return launchedCandidacy(s.words, t)
	}
	return false
}

// expectedPerformance says whether the analyst trigger t is the verb "outperform" or
// "underperform" after "to" in what someone expects: "its analysts expect the stock to
// outperform", "sees bank shares continuing to underperform". A rating's word takes a change of
// rating before it ("upgraded Apple to outperform", "moved the stock to underperform"), or
// "from" or "rating" after it ("to outperform from neutral"); those stay ratings.
func expectedPerformance(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.from < 2 || w[t.from-1] != "to" || (w[t.from] != "outperform" && w[t.from] != "underperform") {
		return false
	}
	if t.to < len(w) && (w[t.to] == "from" || w[t.to] == "rating" || w[t.to] == "ratings") {
		return false
	}
	for k := t.from - 2; k >= 0 && k >= t.from-8; k-- {
		switch {
		case ratingChanges[w[k]] || endsClause(w[k]):
			return false
		case expectationVerbs[w[k]]:
			return true
		}
	}
	return false
}

var (
	// expectationVerbs tell what someone thinks will happen.
	expectationVerbs = wordSet(`expect expects expected expecting see sees saw seeing predict predicts predicted
		forecast forecasts believe believes believed think thinks thought bet bets continue continues continuing likely`)
	// ratingChanges set a rating: the word after "to" is then the rating.
	ratingChanges = wordSet(`upgrade upgrades upgraded upgrading downgrade downgrades downgraded downgrading raise raises
		raised raising cut cuts cutting lower lowers lowered lowering move moves moved moving lift lifts lifted rate rates
		rated rating initiate initiates initiated initiating reiterate reiterates reiterated change changes changed`)
)

// launchedCandidacy says whether the product trigger t is a launch whose object is a bid or a
// campaign for an office: "launched a bid for re-election", "launched his campaign for a second
// term", "launched a bid for the presidency of the group". No product is launched; "launched a
// bid for Spirit AeroSystems" is a deal's (candidacyBid reads that side, news101.go).
func launchedCandidacy(w []string, t trigger) bool {
	k := t.to
	for k < len(w) && k < t.to+2 && termOrdinals[w[k]] {
		k++
	}
	if k >= len(w) {
		return false
	}
	switch w[k] {
	case "candidacy":
		return true
	case "bid", "bids", "campaign", "campaigns", "run":
	default:
		return false
	}
	if k+1 >= len(w) || w[k+1] != "for" {
		return false
	}
	for j := k + 2; j < len(w) && j <= k+5; j++ {
		if officeNouns[w[j]] {
			return true
		}
		if !termOrdinals[w[j]] {
			return false
		}
	}
	return false
}

// relativeAsideWords is how far a relative clause set off by commas may run before its closing
// comma: "Ford, which raised $300 million from the sale of its pipelines last year, said on
// Tuesday it would cut jobs" holds fourteen words, which other asides (an appositive, a title)
// seldom reach. The clause tells the company's past; the main clause's news stays its own. A
// person's "who" clause keeps the shorter reach: what the person said there is no news.
const relativeAsideWords = 20
