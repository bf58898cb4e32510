package extract

import "github.com/eventline/eventline/data/events"

// Rules for misreads the session's batch writers noticed: companies named as examples of a
// group, which are no parties of the group's event.

// exampleCompany says whether the company whose words start at token k is named only as an
// example of a group: after the event's verb, after "such as", "like" or "including" that follow a
// plural noun ("a mall owner's malls anchored by department stores such as Penney and Macy's"),
// or anywhere as an end of a range "from X to Y" after a noun of companies ("companies from
// Alphabet to Microsoft have announced job cuts"). The examples describe a thing of the event or
// tell an industry's breadth, no party of the event. A list before the verb is its subjects. A deal's "including"
// names its parties ("offered a stake to eight firms including A and B"), and any opener within
// a few words of a deal's verb names what was bought ("agreed to buy three chains
// including Penwick", "to buy chains such as Penwick"): those stay parties.
func (s *sentence) exampleCompany(k int, t trigger) bool {
	if k < 2 {
		return false
	}
	deal := t.typ == events.Acquisition || t.typ == events.Partnership
	// Walk back over the list the company ends: "such as A, B and C".
	j := k - 1
	for j > 0 && (s.words[j] == "," || s.words[j] == "and" || s.words[j] == "or" || s.companyAt(j)) {
		j--
	}
	w := s.words[j]
	switch {
	case w == "as" && j >= 2 && s.words[j-1] == "such":
		j--
	case w == "like":
	case w == "including":
		if deal {
			return false // "offered a stake to eight firms including A and B": the deal's parties
		}
	case w == "to":
		return s.rangeOfCompanies(j)
	case w == "from":
		return s.rangeOfCompanies(j)
	default:
		return false
	}
	if k < t.from {
		// Listed before the event's verb, the examples are its subjects: "Insurers including
		// Allstate and Progressive have cut their forecasts" is each insurer's cut (news58.go).
		return false
	}
	if deal && j > t.from && j <= t.to+4 {
		return false // "agreed to buy chains such as Penwick": the goods of the deal
	}
	p := j - 1
	if p > 0 && s.words[p] == "," {
		p--
	}
	return p >= 0 && groupNoun(s.words[p]) && !s.companyAt(p)
}

// rangeOfCompanies says whether the "from" or "to" at token j belongs to a range of companies
// after a noun of companies: "companies from Alphabet to Microsoft", "retailers from Walmart to
// Target". A range after another noun is a move between them ("switched suppliers from Velcor to
// Halvorn", "moved its listing from Nasdaq to NYSE").
func (s *sentence) rangeOfCompanies(j int) bool {
	from := j
	if s.words[j] == "to" {
		for from = j - 1; from > 0 && from >= j-8 && s.words[from] != "from"; from-- {
		}
		if from <= 0 || s.words[from] != "from" || !s.companyAt(from+1) {
			return false
		}
	} else {
		// The range must end in "to" and a company.
		to := j + 1
		for to < len(s.words) && to <= j+8 && s.words[to] != "to" {
			to++
		}
		if to+1 >= len(s.words) || s.words[to] != "to" || !s.companyAt(to+1) {
			return false
		}
	}
	return from > 0 && rangedGroups[s.words[from-1]]
}

// rangedGroups are the nouns of companies a range "from X to Y" gives examples of.
var rangedGroups = wordSet(`companies firms corporations businesses retailers chains brands lenders banks insurers
	automakers carmakers makers giants names players rivals peers employers conglomerates airlines carriers
	chipmakers drugmakers automakers startups groups stocks`)

// inWhoseList says whether the company whose words start at token k lies in a relative clause
// opened by ", whose" whose comma-separated list runs past the clause's first comma, closed by
// a comma before token from, where the main clause's trigger stands: "The REIT, whose tenants
// include FedEx, Walgreens and Fresenius, has been selling properties" is the REIT's sale, and
// the tenants describe it. inRelativeBefore (news58.go) ends the clause at its first comma, the
// list's first; here every comma between the opener and the company must go on the list (a
// company or "and" after it).
func (s *sentence) inWhoseList(k, from int) bool {
	a := -1
	for j := k - 1; j >= 1 && j >= k-20; j-- {
		if s.words[j] == "whose" && s.words[j-1] == "," {
			a = j
			break
		}
		if s.words[j] == "," && !(s.companyAt(j+1) || s.words[j+1] == "and" || s.words[j+1] == "or") {
			return false // the clause closed before the company
		}
		if s.words[j] == ";" {
			return false
		}
	}
	if a < 0 {
		return false
	}
	// A comma after the company, before the trigger, closes the clause.
	for j := k + 1; j < from; j++ {
		if s.words[j] == "," && !(j+1 < len(s.words) && (s.companyAt(j+1) || s.words[j+1] == "and" || s.words[j+1] == "or")) {
			return true
		}
	}
	return false
}

// boardApproval says whether a product trigger of approving ("approved the") is a board's, its
// holders' or the approval of a deal or plan: "the company's board unanimously approved the
// agreement", "shareholders approved the merger". Those are a deal's or a plan's steps; a
// regulator's approval of goods ("the FDA approved the drug") stays product news.
func boardApproval(w []string, t trigger) bool {
	if t.typ != events.Product || w[t.from] != "approved" {
		return false
	}
	for k := t.to; k < len(w) && k <= t.to+3; k++ {
		if boardApprovedDeals[w[k]] {
			return true
		}
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if approvingBodies[w[k]] {
			return true
		}
	}
	return false
}

// boardApprovedDeals are the objects of a board's approval: a deal, a plan or its terms.
var boardApprovedDeals = wordSet(`agreement agreements deal deals merger mergers plan plans transaction transactions
	proposal proposals offer terms contract acquisition sale spin-off spinoff buyback repurchase budget
	settlement restructuring reorganization`)

// approvingBodies are those whose approval is a company's own step: its board and its holders.
var approvingBodies = wordSet(`board boards directors shareholders stockholders holders unitholders`)

// countHedge returns how many words at k hedge the count that follows them: "shipped about 7.4
// million drives", "delivered more than 400,000 vehicles", "sold an estimated 50 million
// phones". A count hedged is no less a count of goods (outputCounted, deliveries.go).
func countHedge(words []string, k int) int {
	if k >= len(words) {
		return 0
	}
	if k+1 < len(words) && countHedgePairs[[2]string{words[k], words[k+1]}] {
		return 2
	}
	if countHedges[words[k]] {
		return 1
	}
	return 0
}

// countHedges are the one-word hedges of a count.
var countHedges = wordSet(`about roughly nearly almost approximately around some over under approx.`)

// countHedgePairs are the two-word hedges of a count.
var countHedgePairs = map[[2]string]bool{{"more", "than"}: true, {"less", "than"}: true, {"fewer", "than"}: true,
	{"close", "to"}: true, {"an", "estimated"}: true, {"just", "over"}: true, {"just", "under"}: true,
	{"a", "record"}: true, {"up", "to"}: true}

// approvedMerger says whether the approval trigger t's object, within three words, is a merger,
// a takeover or a sale: "shareholders approve merger" is the deal's step, news of the deal, where
// a board's approval of a plan or its terms tells none.
func approvedMerger(w []string, t trigger) bool {
	for k := t.to; k < len(w) && k <= t.to+3; k++ {
		if approvedMergers[w[k]] {
			return true
		}
	}
	return false
}

// approvedMergers are the deals whose approval is the deal's news.
var approvedMergers = wordSet(`merger mergers acquisition takeover buyout sale`)
