package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from modern52, a first-seen batch of financial-company news: banks, insurers, asset
// managers, exchanges and payments.

// ratedAfterVerb says whether an analyst action's subject is named after its verb, not after a
// passive's "by": with no company before the verb ("The agency lowered its ratings on Comerica,
// KeyCorp and UMB Financial") every company after it is rated, the first as much as the rest.
// The reading that takes the first company as the broker ("Morgan Stanley upgraded Nvidia")
// needs it before the verb.
func (s *sentence) ratedAfterVerb(t trigger, subject *CompanyMention) bool {
	k := s.startIndex(subject.Start)
	return k >= t.to && s.words[k-1] != "by"
}

// agencyActs says whether a rating agency is the active subject of an analyst action ("S&P
// downgrades five regional lenders", "Moody's cut its ratings on 10 small banks"), named before
// the verb and not rated in a passive ("S&P Global upgraded to overweight at Barclays").
func (s *sentence) agencyActs(t trigger, agency *CompanyMention) bool {
	return s.tokenIndex(agency.End) <= t.from && !ratedPassive(s.words, t)
}

// agencyText says whether a company's mention names it as a rating agency ("S&P", "Moody's"):
// an article whose title opens on the agency's action ("S&P downgrades five regional lenders")
// has it as its main company, and a later sentence's bare rating news ("It said the downgrades
// reflected ...") is still about the companies rated, never the agency's own.
func agencyText(text string) bool {
	toks := tokenize(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = lower(t.text)
	}
	for k := range words {
		if _, ok := ratingAgencyAt(words, k); ok {
			return true
		}
	}
	return false
}

// officerBefore says whether the name at unit i follows an officer's title: "chief executive
// Tilly", "CEO Dimon", "Chairman Powell", "finance chief Barnum". A name there is the officer's,
// a surname that may also be a listed company's one-word name ("Tilly" of Tilly's, "President
// Trump" of Trump Media); a company after a title is written with "of" or "at" ("chief
// executive of Cboe").
func officerBefore(us []unit, i int) bool {
	if i == 0 {
		return false
	}
	switch us[i-1].key {
	case "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "president":
		return true
	case "executive", "officer", "chief":
		return i > 1 && (us[i-2].key == "chief" || us[i-2].key == "finance" || us[i-2].key == "operating" || us[i-2].key == "executive")
	}
	return false
}

// personPossessive says whether the name matched at units [i, i+n) is a surname the article gave
// a person, with its possessive: "Tilly's relationships" after "Edward Tilly" is his, though a
// retailer is called "Tilly's". The linker reads a bare "Tilly" there as the person already.
func personPossessive(us []unit, i, n int, people map[string]bool) bool {
	return n == 3 && people[us[i].key] && us[i+1].key == "'" && us[i+2].key == "s"
}

// newOfficerClause says whether a new officer without a determiner ("new ceo", "new chief
// executive"), as a title writes one, is the subject of an officer's act in a clause that gives
// the main news its circumstance: "PayPal to cut 2,500 jobs as new CEO seeks to trim costs",
// "Nike pulls forecast as sales fall and new CEO prepares to take over". The officer is already
// named; the change is not the news. Taking over is: "as new CEO takes over" stays a succession.
func newOfficerClause(w []string, t trigger) bool {
	if t.from < 1 || t.to >= len(w) || !clauseOpeners57[w[t.from-1]] {
		return false
	}
	v := w[t.to]
	return officerActs[v] && v != "takes" && v != "took" || officerPreparing[v]
}

// officerPreparing are the verbs of an officer setting out, not yet acting: "prepares to",
// "tries to".
var officerPreparing = wordSet(`prepares prepared tries tried works worked looks looked`)

// clauseOpeners57 open the clause a title's new officer acts in: "as new CEO seeks", "while new
// CEO sets out", "as sales fall and new CEO prepares".
var clauseOpeners57 = wordSet(`as while and`)

// news57Misread says whether trigger t is one of this file's misreads: a new officer's taking over
// (newOfficerTakingOver), a person joining the company (joinedEmployer) or a deal's promise to
// earnings (dealAccretion, accretedBy).
func news57Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Executive:
		return newOfficerTakingOver(s.words, t)
	case events.Partnership:
		return joinedEmployer(s.words, t)
	case events.Guidance:
		return dealAccretion(s.words, t)
	case events.Earnings:
		return accretedBy(s.words, t)
	}
	return false
}

// dealAccretion says whether the guidance trigger t, an expectation with its gap, expects a deal
// to do something to earnings: "said it expected the purchase to add to adjusted earnings per
// share by the first full year", "expects the merger to lift earnings". That is the deal's
// promise to the buyer's holders, told with the deal; the company's own outlook for its results
// is not.
func dealAccretion(w []string, t trigger) bool {
	k := t.from + 1
	if !t.gap || k+2 >= t.to || w[k] != "the" && w[k] != "its" && w[k] != "this" {
		return false
	}
	return accretiveDeals[w[k+1]] && w[k+2] == "to"
}

// accretedBy says whether the results trigger t names the earnings a deal is expected to add
// to: "expected the purchase to add to adjusted earnings per share", "the merger will lift
// earnings": a deal noun after "the", "its" or "this", then "to", "will", "would" or "should",
// within the six words before the trigger. Results to come of the deal, not a report.
func accretedBy(w []string, t trigger) bool {
	for j := t.from - 2; j >= 1 && j >= t.from-6; j-- {
		if (w[j-1] == "the" || w[j-1] == "its" || w[j-1] == "this") && accretiveDeals[w[j]] && dealModals[w[j+1]] {
			return true
		}
	}
	return false
}

// dealModals follow a deal noun whose effect is forecast: "the deal to add", "the merger will lift".
var dealModals = wordSet(`to will would should`)

// accretiveDeals are the deals whose effect on earnings a buyer forecasts.
var accretiveDeals = wordSet(`deal purchase acquisition merger takeover transaction combination buyout`)

// joinedEmployer says whether the partnership trigger t is "joined" or "joins" a person's
// employer: "Hochschild had led Discover since 2018 and joined the company in 1998". A career
// step, not two companies joining forces; the employer is "the company", "the bank" or the like,
// and the clause ends there or goes on with its year or role ("in 1998", "as a trader").
func joinedEmployer(w []string, t trigger) bool {
	if w[t.from] != "joined" && w[t.from] != "joins" || t.to != t.from+1 || t.to+1 >= len(w) ||
		w[t.to] != "the" || !employerNouns[w[t.to+1]] {
		return false
	}
	k := t.to + 2
	return k >= len(w) || w[k] == "in" || w[k] == "as" || w[k] == "," || w[k] == "." || w[k] == "from" || w[k] == "after"
}

// employerNouns name a person's employer after "joined the".
var employerNouns = wordSet(`company firm bank lender insurer exchange group`)

// newOfficerTakingOver says whether the executive trigger t is the taking over of a new officer
// who prepares for it in a title's clause of circumstance: "as new CEO prepares to take over"
// tells the same officer newOfficerClause reads as already named.
func newOfficerTakingOver(w []string, t trigger) bool {
	if t.from < 4 || w[t.from-1] != "to" || !officerPreparing[w[t.from-2]] {
		return false
	}
	for _, n := range []int{2, 3} { // "new ceo", "new chief executive"
		o := trigger{typ: events.Executive, from: t.from - 2 - n, to: t.from - 2}
		if o.from >= 1 && w[o.from] == "new" && newOfficerClause(w, o) {
			return true
		}
	}
	return false
}

// toldInResults lists results named as where a company told its news: "disclosed in its
// first-quarter results that customers had pulled $100 billion", "said in its earnings report
// that loan losses rose". The report is the results, though the sentence's news is a figure of
// them; "results" alone is a weak word the verb of telling makes strong.
func toldInResults() []string {
	var out []string
	for _, v := range []string{"disclose", "discloses", "disclosed", "disclosing", "say", "says", "said",
		"reveal", "reveals", "revealed", "revealing"} {
		out = append(out, v+" in ... results", v+" in ... earnings report")
	}
	return verb(out...)
}

// unitRaisesInListing says whether the listing trigger t ends the clause that a unit, named
// through its owner's possessive and ending at word end, opens: "AIG's Corebridge raises $1.68
// billion in year's biggest U.S. IPO", "SoftBank's Arm files for Nasdaq listing". The listing is
// the unit's; the owner only says whose unit it is (ownedSubject). A comma, a semicolon or a
// clause's break between them ends the unit's clause first.
func (s *sentence) unitRaisesInListing(end int, t trigger) bool {
	if end >= t.from {
		return false
	}
	for k := end; k < t.from; k++ {
		if w := s.words[k]; w == "," || w == ";" || w == ":" || s.wordIs(k, wClauseBreak) || isSubordinator(w) {
			return false
		}
	}
	return true
}

// stateBased says whether a name unit is a US state's name joined to "based", as a company's
// home is written: "The Westlake, Texas-based firm reported" names the town of Westlake, not
// Westlake Corp (townOf). The unit drops the hyphen ("texasbased").
func stateBased(key string) bool {
	state, ok := strings.CutSuffix(key, "based")
	return ok && stateNames[state]
}
