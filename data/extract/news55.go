package extract

import (
	"strings"
	"unicode"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/timex"
)

// Readings of the web business story (news55, modern50's misses).
//
//   - A contract put to a vote of its members is a labour contract: "machinists vote to accept
//     new contract", "nurses ratified a three-year deal". A company wins or signs business; it
//     does not ratify it, nor vote to accept or reject it. A council or board that votes to
//     approve a contract with a supplier still awards business, so "approve" needs the voters
//     to be workers.
//   - A name whose capitals spell a common acronym ("APi Group", "NaaS", "DeFi Development") is
//     not that acronym: "Reddit's data API" names no company. The text in capitals links it only
//     when written as the name is.
//   - A product launched under a one-word name that a listing also has ("Meta shows off Orion AR
//     glasses", "unveiled Orion, a pair of augmented-reality glasses") is the product, not a party
//     to the launch: the maker is named before the verb, the product after it with the noun of
//     what it is.
//   - A wrap's title names two movers before one verb in the plural: "Dow drops as Micron and
//     Lennar sink". A bare verb in the plural is a stock's move only there, after names joined.
//   - A quarter's sales told with their period after them are results, as "quarterly sales"
//     are: "reported a drop in iPhone sales for its fiscal second quarter".
//   - A court that blocks a deal ends it: "Judge blocks JetBlue's takeover of Spirit" is the
//     ruling and the deal's failure, which the labelled sets count as both (modern17://3). A suit
//     or a request to block it ("sued to block", "seeks to block") leaves the deal pending, the
//     suit alone the news.
//   - A question put in an interview tells no event: "Asked whether Ford would team up with a
//     Chinese battery maker, Farley declined to get into specifics".
//   - Two names joined before a plural auxiliary and a company's act are both companies: "Apple
//     and Amazon are teaming up on streaming" (an ordinary-word name needs such a verb).
//   - Results measured against what analysts expected occurred: "posted revenue of $11.59
//     billion, compared with $11.65 billion analysts had expected". The forecasting word is the
//     yardstick's, not the report's.

// ratifyWords are what members do to a labour contract.
var ratifyWords = wordSet(`ratify ratifies ratified ratifying ratification`)

// ballotVerdicts after "vote to" are a membership's answer to an offer; "approve" is a board's or
// a council's too, and needs workers as the voters.
var ballotVerdicts = wordSet(`accept reject approve`)

// voteVerbs cast a ballot.
var voteVerbs = wordSet(`vote votes voted voting`)

// voters are the people whose vote on a contract makes it a labour contract.
var voters = wordSet(`workers members employees machinists drivers nurses pilots teachers union unions
	teamsters staff miners autoworkers`)

// votedContract says whether the contract trigger t is put to a vote of its members: a ratifying
// word before it in its clause, or "vote to accept" or "reject" (with up to two words of the
// tally between: "voted 59% to accept"), or "vote to approve" with workers voting.
func votedContract(words []string, t trigger) bool {
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		w := words[k]
		if w == ";" || w == "said" || w == "says" || isClauseBreak(w) {
			return false
		}
		if ratifyWordSet.has(w) {
			return true
		}
		if !ballotVerdictSet.has(w) || k < 2 || words[k-1] != "to" {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if !voteVerbs[words[j]] {
				continue
			}
			return w != "approve" || anyWithin(words, max(0, j-4), j, voters)
		}
	}
	return false
}

// mixedAcronymName says whether text, an acronym in capitals ("API"), stands for a name word
// whose capitals only look like it ("APi"): two capitals or more and a lower-case letter. Such a
// name is written as the company writes it; the acronym is a word of its own.
func mixedAcronymName(text, first string) bool {
	if !acronym(text) || len(first) != len(text) || text == first {
		return false
	}
	upper, lower := 0, 0
	for _, r := range first {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 2 && lower > 0
}

// productKinds name what a launched product is.
var productKinds = wordSet(`glasses goggles headset headsets headphones earbuds phone phones smartphone
	smartphones laptop laptops tablet tablets watch smartwatch console consoles speaker speakers car cars
	truck trucks suv suvs vehicle vehicles chip chips processor processors model models app apps drone drones
	robot robots robotaxi tv tvs television camera cameras ring device devices chatbot assistant jet jets`)

// launchedName returns the token range of a company named right after the product trigger t
// that is the product's name: a company named before the trigger (the maker), and after the name
// the noun of what the product is, within two words ("Orion AR glasses") or in an apposition
// (", a pair of augmented-reality glasses").
func (s *sentence) launchedName(t trigger) (from, to int, ok bool) {
	if t.typ != events.Product || t.to >= len(s.words) {
		return 0, 0, false
	}
	maker := false
	for _, c := range s.companies {
		i := s.startIndex(c.Start)
		if i < t.from && !c.Cited {
			maker = true
		}
		if i != t.to || !maker {
			continue
		}
		end := s.tokenIndex(c.End)
		if end < len(s.words) && (s.words[end] == "'s" || s.words[end] == "'") {
			return 0, 0, false // "unveiled Orion's glasses": the company whose product it is
		}
		if kindAfter(s.words, end) {
			return i, end, true
		}
	}
	return 0, 0, false
}

// kindAfter says whether a product noun follows word k: within two words, or after a comma and
// an article within six ("Orion, a pair of augmented-reality glasses").
func kindAfter(w []string, k int) bool {
	for j := k; j < len(w) && j < k+2; j++ {
		if productKinds[w[j]] {
			return true
		}
		if !isWord(w[j]) {
			break
		}
	}
	if k+1 >= len(w) || w[k] != "," || w[k+1] != "a" && w[k+1] != "an" && w[k+1] != "the" {
		return false
	}
	for j := k + 2; j < len(w) && j <= k+7; j++ {
		if productKinds[w[j]] {
			return true
		}
		if w[j] == "," || gapStops[w[j]] {
			return false
		}
	}
	return false
}

// pluralMoveVerbs are companyMoveVerbs' present in the plural, which a wrap's title puts after
// two movers: "as Micron and Lennar sink".
var pluralMoveVerbs = wordSet(`soar jump rise fall tumble plunge slump surge climb sink slide drop gain rally
	plummet dip skid rebound slip sag pop spike tank crater advance decline retreat`)

// joinedMover says whether company c is the last of movers joined by "and" or a comma before
// the plural verb at k: "Micron and Lennar sink", "Amgen, Gilead rise".
func (s *sentence) joinedMover(c CompanyMention, k int) bool {
	return pluralMoveVerbs[s.words[k]] && len(s.joinedWith(c)) > 0
}

// quarterSales lists a quarter's sales with the period after them, and a quarter's sales named
// by their quarter: "sales for its fiscal second quarter", "second-quarter sales".
func quarterSales() []string {
	var out []string
	for _, det := range []string{"the", "its"} {
		out = append(out, "sales for "+det+" quarter", "sales for "+det+" fiscal")
		for _, ord := range []string{"first", "second", "third", "fourth", "holiday"} {
			out = append(out, "sales for "+det+" "+ord+" quarter")
		}
	}
	for _, ord := range []string{"first", "second", "third", "fourth", "holiday"} {
		out = append(out, ord+"-quarter sales")
	}
	return out
}

// rulingBlocks are a court's verbs that stop a deal, in the tenses of a ruling given.
var rulingBlocks = wordSet(`blocks blocked bars barred halts halted enjoins enjoined`)

// courtBlocked says whether the acquisition trigger t is the object of a court's ruling that
// blocks it: a finite blocking verb within twelve words before it in its clause, with a judge or
// a court named in the six words before the verb and no "to" right before it ("sued to block",
// "asked the court to block" leave the deal pending). The deal has failed, which is deal news as
// well as the ruling's.
func courtBlocked(words []string, t trigger) bool {
	for k := t.from - 1; k >= 1 && k >= t.from-12; k-- {
		w := words[k]
		if w == ";" || w == "said" || w == "says" || isClauseBreak(w) {
			return false
		}
		if !(rulingBlockShapes.mayHold(w) && rulingBlocks[w]) {
			continue
		}
		if words[k-1] == "to" || words[k-1] == "was" || words[k-1] == "were" || words[k-1] == "be" {
			return false
		}
		return anyWithin(words, max(0, k-6), k, courts)
	}
	return false
}

// courts give rulings.
var courts = wordSet(`judge judges court courts jury`)

// askWords put a question to someone before "whether" or "if".
var askWords = wordSet(`asked ask asks asking wondered`)

// askedWhether says whether trigger t stands in a question put to someone: "asked whether" or
// "asked if" within eight words before it, in its clause. The answer, not the question, is
// what the story tells.
func askedWhether(words []string, t trigger) bool {
	if !wordWithin(words, max(t.from-8, 1), t.from, "whether", "if") {
		return false // only "whether" or "if" answers yes (xspeed15.go)
	}
	for k := t.from - 1; k >= 1 && k >= t.from-8; k-- {
		w := words[k]
		if w == ";" || w == "," || isClauseBreak(w) {
			return false
		}
		if (w == "whether" || w == "if") && askWords[words[k-1]] {
			return true
		}
	}
	return false
}

// jointProgressive says whether the plural auxiliary at unit k and the verb after it tell what
// companies joined before it do: "Apple and Amazon are teaming up on streaming", "Target and
// Walmart were cutting prices", "Delta and Ford have sold their stakes". companyVerbAfter reads
// the singular ("Gap is weighing a sale"); two names take the plural.
func jointProgressive(toks []token, us []unit, k int) bool {
	if k+1 >= len(us) {
		return false
	}
	w, next := strings.ToLower(toks[us[k].from].text), strings.ToLower(toks[us[k+1].from].text)
	switch w {
	case "are", "were":
		return companyActs[next] || len(next) > 5 && strings.HasSuffix(next, "ing")
	case "have":
		return companyActs[next]
	}
	return false
}

// yardstickWords set a reported figure against another: "compared with the $11.65 billion
// analysts had expected", "more than the 52 cents analysts expected".
var yardstickWords = wordSet(`compared versus vs vs. than against above below beating topping missing`)

// expectationModals are the forecasting words of an estimate others made.
var expectationModals = wordSet(`expected estimated forecast projected anticipated`)

// measuredAgainstExpected says whether the modal that makes the reading of trigger t look ahead
// is the expectation a figure is measured against, after the trigger and a yardstick word:
// "posted revenue of $11.59 billion, compared with $11.65 billion analysts had expected" reports
// results that occurred; the analysts' verb is no forecast of the company's.
func (s *sentence) measuredAgainstExpected(t trigger, r timex.Reading) bool {
	if !expectationModals[r.Modal] || r.ModalAt < s.off+s.toks[t.to-1].end {
		return false
	}
	k := s.tokenIndex(r.ModalAt - s.off)
	return k > t.to && anyWithin(s.words, t.to, k, yardstickWords)
}
