package extract

import "strings"

// Results named before they are out, in the narrative wire's words (wire22):
//
//   - "said it will report a loss for the fourth quarter", "probably will post a profit for the
//     year": the company tells the sign or the size of results it has not reported, an outlook.
//     "will report results for its fiscal third quarter on Thursday" names no result and stays
//     the release to come.
//   - "will take a $35 million charge against second-quarter earnings": the earnings are what the
//     charge of a closing or a sale is booked against, no results told.

// foretoldHedges may stand between the modal and the verb: "probably will report a loss".
var foretoldHedges = wordSet(`probably likely also still certainly almost`)

// foretoldSigns open a result told ahead: its article ("a loss", "an operating profit") or its
// change ("lower earnings", "sharply higher profits").
var foretoldSigns = wordSet(`a an lower higher reduced improved smaller larger sharply substantially significantly`)

// resultForetold says whether the earnings trigger t is a verb of reporting ("report", "post")
// after "will" or "would" whose object opens with a result's sign: the company's word on results
// it has yet to report.
func resultForetold(words []string, t trigger) bool {
	if w := words[t.from]; w != "report" && w != "post" || t.from+1 >= t.to {
		return false
	}
	k := t.from - 1
	for k >= 0 && foretoldHedges[words[k]] && k >= t.from-2 {
		k--
	}
	if k < 0 || words[k] != "will" && words[k] != "would" {
		return false
	}
	return foretoldSigns[words[t.from+1]]
}

// chargeNouns are costs booked against a period's results.
var chargeNouns = wordSet(`charge charges writedown writedowns write-down write-downs write-off write-offs provision`)

// chargedAgainst says whether the earnings trigger t names what a charge is booked against:
// "against" within the three words before it (the period may stand between: "against its
// second-quarter earnings") and a charge within the five words before "against".
func chargedAgainst(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-3; k-- {
		if endsClause(words[k]) || words[k] == "," {
			return false
		}
		if words[k] != "against" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if chargeNouns[words[j]] {
				return true
			}
			if endsClause(words[j]) {
				return false
			}
		}
		return false
	}
	return false
}

// resultsCutVerbs are what an event will do to a period's results: "will reduce its fourth
// quarter earnings by about 15 cts a share", "would cut second half profit".
var resultsCutVerbs = wordSet(`reduce cut lower trim depress hurt increase boost raise lift`)

// resultsCutAhead says whether the earnings trigger t is the object of a verb of reduction or
// increase after a modal ("the walkout will reduce its fourth quarter earnings by", "the sale
// would lift 1988 profit"): what will happen to results not yet reported, the company's outlook.
// The verb stands within the five words before the results, nothing but the period and "its"
// between, a hedge allowed before it ("will probably cut").
func resultsCutAhead(words []string, t trigger) bool {
	if !namedResults[words[t.to-1]] {
		return false
	}
	for k := t.from - 1; k > 0 && k >= t.from-5; k-- {
		w := words[k]
		if resultsCutVerbs[w] {
			j := k - 1
			for j > 0 && foretoldHedges[words[j]] && j >= k-2 {
				j--
			}
			return words[j] != "to" && modalsAhead[words[j]]
		}
		if w != "its" && w != "their" && w != "the" && !periodWords[w] && !isNumber(w) && !strings.HasSuffix(w, "-quarter") {
			return false
		}
	}
	return false
}
