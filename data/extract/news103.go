package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads the lead noticed and left in the news103 round.

// namedReport says whether the word "report" at i is a noun that a determiner or a possessive
// opens with a few modifiers between: "published its annual sustainability report on
// Tuesday", "released its first climate report on Monday", "the bank's 2023 diversity report",
// "its annual environmental, social and governance report".
// Such a report is a document put out, not results; sessionReport reads the bare verb of a
// company reporting on a day ("Velcor reports on Tuesday", "is due to report on Thursday"),
// whose subject the verb's own word ("reports") or a "to" or modal before it marks, and keeps
// a report of results ("the company's earnings report on Friday", "its third-quarter report"). A count
// before the verb makes a plural subject ("the two banks report on Tuesday"), still the verb.
func namedReport(words []string, i int) bool {
	if words[i] != "report" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := words[k]; {
		case reportOpeners[w]:
			return true
		case resultWords103[w] || resultPeriod(w) && w != "annual":
			// "ahead of the company's earnings report on Friday": results to come. A year's
			// report is as often a document of its business ("its annual sustainability report").
			return false
		case w == "to" || w == "who" || w == "which" || w == "that" ||
			reportModals[w] || pluralCounts[w] || endsClause(w):
			return false
		}
	}
	return false
}

// reportOpeners open a noun phrase a report may head.
var reportOpeners = wordSet(`the a an its their his her our this 's ’s`)

// resultWords103 make a report one of results.
var resultWords103 = wordSet(`earnings results profit profits income financial sales trading`)

// reportModals stand before the bare verb.
var reportModals = wordSet(`will would may might could should can must shall`)

// pluralCounts make a plural subject of the words after them.
var pluralCounts = wordSet(`two three four five six seven eight nine ten both several many some all`)

// periodFiguresAt returns the end of an earnings trigger for a company's figures of a period
// made public, ending at the word "figures" or "numbers" at k, and its start, or 0, 0. The
// lexicon's "results" phrases miss them: "will release fourth-quarter numbers after the bell",
// "will publish its first-half figures on July 30", "is set to unveil quarterly numbers next
// week". The period before the figures makes them results: figures alone are as often an
// economy's or an industry's ("the government will release inflation figures", "released the
// figures"), and stay none. The verb of making public goes with them, so that a product's
// "unveil" or "release" inside the phrase is no launch.
func periodFiguresAt(words []string, k int) (from, to int) {
	if k < 2 || !resultPeriod(words[k-1]) {
		return 0, 0
	}
	j := k - 2
	for j > 0 && k-j <= 4 && (resultPeriod(words[j]) || figureModifiers[words[j]]) {
		j--
	}
	if !figureVerbs[words[j]] {
		return 0, 0
	}
	return j, k + 1
}

// resultPeriod says whether w names the period a company's figures cover: "third-quarter",
// "first-half", "full-year", "quarterly", "annual", "interim" ("second quarter figures" too).
func resultPeriod(w string) bool {
	return strings.HasSuffix(w, "-quarter") || strings.HasSuffix(w, "-half") || resultPeriods103[w]
}

var (
	resultPeriods103 = wordSet(`quarter quarterly annual interim half-year full-year year-end half year`)
	// figureModifiers stand between the verb and the period: "its preliminary fourth-quarter".
	figureModifiers = wordSet(`its their the preliminary final latest first second third fourth fiscal financial`)
	// figureVerbs make a company's figures public.
	figureVerbs = wordSet(`release releases released releasing publish publishes published publishing
		unveil unveils unveiled unveiling report reports reported reporting post posts posted posting
		announce announces announced announcing present presents presented presenting`)
)

// releasedDocument says whether the product trigger t is a verb of putting out whose object is
// a document or figures: "released its annual environmental, social and governance report on
// Tuesday", "unveiled a study showing", "published its findings". A report is put out, not
// launched. The document's noun must end the object ("released a data center chip" is a chip).
func releasedDocument(words []string, t trigger) bool {
	if t.typ != events.Product || !figureVerbs[words[t.from]] {
		return false
	}
	for k := t.to; k < len(words) && k < t.to+9; k++ {
		w := words[k]
		if prepositions[w] || endsClause(w) || w == "said" || w == "says" {
			return false
		}
		if documentNouns[w] && (k+1 == len(words) || prepositions[words[k+1]] || endsClause(words[k+1]) ||
			documentEnds[words[k+1]]) {
			return true
		}
	}
	return false
}

var (
	documentNouns = wordSet(`report reports study studies survey surveys findings figures numbers data statement
		letter paper review assessment`)
	// documentEnds follow a document's noun: "a report showing", "a study that found".
	documentEnds = wordSet(`, showing shows showed that which detailing outlining setting`)
)

// handovers are a succession told as the reins or the baton handed on, in the forms "hand the
// reins" (frames.go) lacks: "passed the baton to", "handed over the reins to", "turned over the
// reins".
func handovers() []string {
	var out []string
	for _, v := range [][4]string{{"hand", "hands", "handed", "handing"}, {"pass", "passes", "passed", "passing"},
		{"turn", "turns", "turned", "turning"}} {
		for _, tail := range []string{" over the reins", " the baton", " over the baton"} {
			out = append(out, verb(v[0]+tail, v[1]+tail, v[2]+tail, v[3]+tail)...)
		}
		if v[0] == "pass" {
			out = append(out, verb("pass the reins", "passes the reins", "passed the reins", "passing the reins")...)
		}
	}
	return out
}

// handedTo says whether the person at token k is the one the reins or the baton go to: "handed
// the reins to Jane Doe", "passed the baton to its finance chief, Mary Lowe", "handed over the
// reins to company veteran Sam Ortiz". A description of up to four words may stand between "to"
// and the name, after a comma or as lower-case words.
func (s *sentence) handedTo(k int) bool {
	j := k - 1
	for ; j >= 0 && j >= k-6 && s.words[j] != "to"; j-- {
		if t := s.toks[j].text; s.words[j] != "," && (!isWord(t) || startsUpper(t) && !officerTitles[s.words[j]]) {
			return false
		}
	}
	if j < 2 || s.words[j] != "to" {
		return false
	}
	return handedThings[s.words[j-1]] && s.words[j-2] == "the"
}

// handsOver says whether the person whose name ends before token k hands the reins or the baton
// on: "founder John Smith handed the reins to Jane Doe". The one who hands them over leaves.
func (s *sentence) handsOver(k int) bool {
	after := s.wordsAfter(k, 4)
	if len(after) < 3 || !handVerbs[after[0]] {
		return false
	}
	return slices.ContainsFunc(after[1:], func(w string) bool { return handedThings[w] })
}

var (
	handedThings = wordSet(`reins baton helm`)
	handVerbs    = wordSet(`hand hands handed handing pass passes passed passing turn turns turned turning`)
)

// batonElsewhere says whether the executive trigger t, the reins or the baton handed on, goes
// "to" no person, title or successor: "passed the baton to its rival in the race for the
// contract" is a lead given up, no succession. A name ("to Jane Doe"), a title ("to a new chief
// executive") or a kin or successor word ("to his son") keeps it, as does a handover with no
// "to" ("handed over the reins on Monday").
func (s *sentence) batonElsewhere(t trigger) bool {
	words := s.words
	if t.typ != events.Executive || !handVerbs[words[t.from]] || t.to >= len(words) || words[t.to] != "to" {
		return false
	}
	for k := t.to + 1; k < len(words) && k <= t.to+6; k++ {
		if endsClause(words[k]) {
			break
		}
		if officerTitles[words[k]] || successorWords[words[k]] || startsUpper(s.toks[k].text) {
			return false
		}
	}
	return true
}

// successorWords name whom a company's reins may go to without a name or a title.
var successorWords = wordSet(`son daughter successor deputy heir nephew niece brother sister protege protégé
	insider outsider veteran executive executives team generation`)

// proceedsAt returns the end of an acquisition trigger opened by the verb of getting or raising
// money at v, or 0: a business sold told by the money the seller got for it ("got $1.2 billion
// for its trucking unit", "fetched $900 million for its seed business", "received 200 million
// pounds for its stake in the venture") or raised from its sale ("raised $300 million from the
// sale of its hotel chain", "made $300 million from the disposal of its pipelines"). The seller
// is the subject, as in "sold its trucking unit for $1.2 billion". The phrase runs from the
// verb, so that the sale is told as the verb tells it, and the money raised is no offering of its
// own. Money got for anything else ("got $1.2 billion for its shares in the offering", "received
// $50 million for its work") is no sale of a business, nor is a sale of the company's own paper
// ("from the sale of its shares"), and the money must be a sum, not a loan ("got $1.2 billion in
// new loans").
func proceedsAt(words []string, v int) int {
	got := gotVerbs[words[v]]
	for k := v + 1; k < len(words) && k <= v+5; k++ {
		switch words[k] {
		case "for":
			if !got || k+2 >= len(words) || words[k+1] != "its" && words[k+1] != "their" || !sumWithin(words, v+1, k) {
				return 0
			}
			for j := k + 2; j < len(words) && j <= k+5; j++ {
				if endsClause(words[j]) || words[j] == "," || prepositions[words[j]] && !(words[j] == "in" && words[j-1] == "stake") {
					return 0
				}
				if soldParts[words[j]] {
					return j + 1
				}
			}
			return 0
		case "from":
			if k+4 >= len(words) || words[k+1] != "the" || words[k+2] != "sale" && words[k+2] != "disposal" || words[k+3] != "of" ||
				words[k+4] != "its" && words[k+4] != "their" || !sumWithin(words, v+1, k) ||
				anyWithin(words, k+5, min(k+9, len(words)), securityWords) {
				return 0
			}
			return k + 5
		}
	}
	return 0
}

// sumWithin says whether a sum of money stands among words[from:to]: "$1.2 billion", "200 million
// pounds".
func sumWithin(words []string, from, to int) bool {
	return slices.ContainsFunc(words[from:to], func(w string) bool { return w == "$" || isNumber(w) })
}

var (
	// gotVerbs tell money a seller got.
	gotVerbs = wordSet(`got gets getting fetched fetches fetching received receives receiving netted nets
		netting pocketed pockets pocketing obtained obtains`)
	// raiseVerbs tell money a company raised or made, from a sale only when one is named.
	raiseVerbs = wordSet(`raised raises raising raise made makes making`)
	// soldParts are the parts of a company a buyer pays for.
	soldParts = wordSet(`unit units business businesses division divisions arm subsidiary subsidiaries stake
		chain operations brand brands plant plants factory factories mill mills`)
)

// sellerTold says whether the deal trigger at word k tells the seller as its subject without a
// verb of selling: the money got for a business ("got $1.2 billion for its trucking unit") or a
// sale of its own part ("raised $250 million from the sale of its hotel chain to Elgin"). The
// headline then says the subject sells, not that it buys.
func sellerTold(words []string, k int) bool {
	if gotVerbs[words[k]] || raiseVerbs[words[k]] && proceedsAt(words, k) > 0 {
		return true
	}
	return (words[k] == "sale" || words[k] == "disposal") && k+2 < len(words) && words[k+1] == "of" &&
		(words[k+2] == "its" || words[k+2] == "their")
}
