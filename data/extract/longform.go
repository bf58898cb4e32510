package extract

import "github.com/eventline/eventline/data/events"

// The headlines of long-form business journalism (news23) tell their news in idioms the wire's
// verbs miss: a chief chosen "to lead" the company, a pact a company pays "to join", a suit
// brought "to break up" a company, shares that jump "in debut".

// leadVerbs are the work of a company's chief, after the one chosen: "tapped Jane Roe to lead
// it", "picks its finance chief to run the company".
var leadVerbs = wordSet(`lead run head steer helm`)

// ledCompanies are what a chief is chosen to lead: the company itself, as a pronoun or a noun
// for a company. A unit's or a product's noun is not here: "tapped Foxconn to run its assembly
// lines" chooses a supplier.
var ledCompanies = wordSet(`company firm group business bank retailer chain maker lender insurer airline
	carrier automaker studio conglomerate operator`)

// chosenToLead returns the end of a person chosen to lead the company: the verb of choosing, the
// one chosen in at most eight words (an appositive's commas allowed), then "to" and a verb of
// leading with the company as its object: "it", or "the" and a noun for a company in at most
// three words ("the food maker"). "Its" and a unit ("to run its assembly lines") are not. Zero
// when none.
func chosenToLead(words []string, i int) int {
	for k := i + 2; k+2 < len(words) && k <= i+9; k++ {
		if gapStops[words[k]] {
			return 0
		}
		if words[k] != "to" || !leadVerbs[words[k+1]] {
			continue
		}
		o := k + 2
		if words[o] == "it" {
			return o + 1
		}
		if words[o] != "the" {
			return 0
		}
		// The company's noun may have a modifier or two: "to lead the food maker".
		for j := o + 1; j < len(words) && j <= o+3; j++ {
			if ledCompanies[words[j]] {
				return j + 1
			}
			if gapStops[words[j]] || words[j] == "," {
				return 0
			}
		}
		return 0
	}
	return 0
}

// joinVerbs open a company's joining of another in a venture: the infinitive and the
// participle, which the lexicon lacks ("joins" and "joined" are its own triggers).
var joinVerbs = wordSet(`join joining`)

// pactNouns name work two companies do together.
var pactNouns = wordSet(`pact alliance venture partnership collaboration deal accord`)

// joinedInPact returns the end of the verb of a company joined in a pact: "pays $500 million to join Exelixis
// in a cancer drug pact", "joining Ford in a battery venture". The partner comes in at most four
// words after the verb, "in" then the pact's noun in at most five more. Zero when none.
func joinedInPact(words []string, i int) int {
	for k := i + 2; k+1 < len(words) && k <= i+5; k++ {
		if gapStops[words[k]] || words[k] == "," {
			return 0
		}
		if words[k] != "in" {
			continue
		}
		for j := k + 1; j < len(words) && j <= k+5; j++ {
			if pactNouns[words[j]] {
				// The trigger is the verb alone: the partner after it is the event's
				// object, as it is after "joins" ("joins Pfizer in a heart drug pact").
				return i + 1
			}
			if gapStops[words[j]] || words[j] == "," {
				return 0
			}
		}
		return 0
	}
	return 0
}

// suitVerbs bring a suit.
var suitVerbs = wordSet(`sue sues sued suing`)

// suitAim says whether an acquisition trigger is the aim of a suit told before it as an
// infinitive: "Justice Department sues to break up Live Nation", "states sued to unwind the
// merger". The remedy sought is the suit's object, not a deal the company chose.
func suitAim(words []string, t trigger) bool {
	if t.from < 2 || words[t.from-1] != "to" {
		return false
	}
	for k := t.from - 2; k >= 0 && k >= t.from-6; k-- {
		if suitVerbShapes.mayHold(words[k]) && suitVerbs[words[k]] {
			return true
		}
		if (gapStopShapes.mayHold(words[k]) && gapStops[words[k]]) || isClauseBreak(words[k]) {
			return false
		}
	}
	return false
}

// debutIdioms are the words of a first day of trading told in a headline's shorthand after a
// move: "shares jump 16% in debut", "soars in its debut", "slips on debut".
var debutIdioms = map[string]bool{"in debut": true, "in its debut": true, "in their debut": true,
	"on debut": true, "on its debut": true, "on their debut": true}

// debutOfShares says whether an IPO trigger told by a debut idiom is the listing's: the words
// of shares or a stock's move stand before it in the sentence, and no noun of a season or a
// showing follows ("sold 3.5 million units in its debut week", "in its debut season" are a
// product's or a team's). A bare "debut" is a launch as often.
func debutOfShares(words []string, t trigger) bool {
	if t.to < len(words) && debutFollowers[words[t.to]] {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if debutMoveWords[words[k]] {
			return true
		}
	}
	return false
}

// debutFollowers make "debut" a modifier of another noun.
var debutFollowers = wordSet(`week weekend season year month day quarter album film single show run`)

// debutMoveWords tell a stock's first-day move: its shares and the verbs of its price.
var debutMoveWords = wordSet(`shares stock jump jumps jumped soar soars soared surge surges surged rise rises rose
	climb climbs climbed gain gains gained pop pops popped rally rallies rallied fall falls fell slip slips
	slipped slide slides slid sink sinks sank drop drops dropped tumble tumbles tumbled`)

// debutIdiom says whether trigger t is one of the debut idioms.
func debutIdiom(words []string, t trigger) bool {
	if t.typ != events.IPO || t.to-t.from > 3 {
		return false
	}
	p := words[t.from]
	for _, w := range words[t.from+1 : t.to] {
		p += " " + w
	}
	return debutIdioms[p]
}

// peopleBuyers are the people who buy goods: after a modal of ability ("where residents could
// buy laundry detergent"), what they buy is goods, whatever its noun, and no company's deal.
var peopleBuyers = wordSet(`residents shoppers customers consumers people families households buyers students
	patients drivers travelers travellers fans parents workers americans viewers diners`)

// peopleBuyGoods says whether an acquisition trigger is a verb of buying after a modal of ability
// whose subject is people (in at most four words before the modal, in the clause): "the place
// where residents without a car could buy canned soup", "shoppers can buy it for $199". A company
// able to buy another is the subject of its modal ("Acme could buy Beta") and stays a deal. The
// modal is lower case, as boughtWithoutObject reads it: "MAY BUY" in a headline buys May.
func peopleBuyGoods(s *sentence, t trigger) bool {
	w := s.words
	m, ok := s.buyerModal(t)
	if !ok {
		return false
	}
	if w[m] == "able" && m > 0 && (w[m-1] == "be" || w[m-1] == "are" || w[m-1] == "were") {
		m-- // "shoppers will be able to buy"
	}
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if peopleBuyers[w[k]] {
			return true
		}
		if gapStops[w[k]] || isClauseBreak(w[k]) || w[k] == "," {
			return false
		}
	}
	return false
}

// earnVerbs tell earnings by their verb.
var earnVerbs = wordSet(`earn earns earned earning`)

// earningThings are the products whose takings a relative clause tells: "the arthritis drug that
// has earned AbbVie more than $150 billion", "a franchise which earned the studio $2 billion".
var earningThings = unionSets(medicines, wordSet(`product products franchise franchises brand brands film films
	movie movies game games show shows series device devices phone phones model models`))

// productEarned says whether an earnings verb is told of a product in a relative clause ("the
// drug that has earned its maker $150 billion over its lifetime"): the product's history, no
// company's results for a period.
func productEarned(w []string, t trigger) bool {
	if !earnVerbs[w[t.from]] {
		return false
	}
	k := t.from - 1
	for k >= 0 && (w[k] == "has" || w[k] == "have" || w[k] == "had" || w[k] == "already" || w[k] == "long") {
		k--
	}
	if k < 1 || w[k] != "that" && w[k] != "which" {
		return false
	}
	k--
	if w[k] == "," && k > 0 {
		k--
	}
	return earningThings[w[k]]
}

// titleVerbBefore says whether the word before unit i of a title is a verb of a company's act,
// capitalized as every word of a Title Case headline is: "AbbVie Pays $750 Million to Join
// Genmab", "Boeing Sues Spirit AeroSystems". It opens no longer name, as it would in running text
// ("Join Genmab" is no company's name).
func titleVerbBefore(us []unit, i int) bool {
	if i == 0 {
		return false
	}
	k := us[i-1].key
	return companyVerbs[k] || joinVerbs[k] || k == "joins" || k == "joined"
}
