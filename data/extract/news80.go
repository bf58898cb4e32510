package extract

import (
	"strings"

	"github.com/eventline/eventline/data/events"
)

// Rules from misreads of company and wire news noticed in the news80 round: an officer who takes
// over at a time to come is a succession, not a takeover; an event's costs that move or tell on
// results are no news of the event; what becomes of shares bought back is no second buyback.

// takeOverTimes are words of a time to come or of a moment that may follow "take over" when
// nothing is taken: "its president would take over next year", "will take over immediately",
// "takes over tomorrow". A company taken over is named after the verb ("take over Beta").
var takeOverTimes = wordSet(`next tomorrow soon shortly immediately effective formally officially`)

// takeOverWhen says whether the words at k, right after "take over", tell when with nothing
// taken over: one of takeOverTimes, a weekday, or a month with a day ("will take over July 1").
// A month alone may be a company ("took over May Department Stores"), and a time owned ("took
// over next year's leader") takes what follows.
func takeOverWhen(words []string, k int) bool {
	if k >= len(words) {
		return false
	}
	w := words[k]
	switch {
	case monthNames[w]:
		return k+1 < len(words) && isNumber(words[k+1])
	case takeOverTimes[w], weekdays[w]:
		return k+2 >= len(words) || words[k+2] != "'s"
	}
	return false
}

// eventCosts are the nouns after an event's word that name what the event cost: "restructuring
// costs", "merger charges", "reorganization expenses".
var eventCosts = wordSet(`cost costs charge charges expense expenses`)

// costVerbs are the verbs of which costs are the subject when they move or tell on results:
// "restructuring costs rose", "merger charges weighed on profit", "cut its profit", "pushed it to
// a loss".
var costVerbs = wordSet(`rose rise rises climbed climb climbs increased increase increases jumped grew
	mounted fell fall falls declined dropped eased weighed weigh weighs hurt hurts cut cuts reduced
	reduce reduces dragged drag drags pushed push pushes ate eat eats eroded erode erodes offset
	offsets dented dent dents squeezed squeeze squeezes pressured trimmed lowered depressed`)

// costModals may stand before a verb of costVerbs: "restructuring costs would rise". A modal
// before another verb ("restructuring charges will be taken in the quarter") tells charges to
// come, which stay a restructuring.
var costModals = wordSet(`will would could may might should`)

// news80Misread says whether trigger t of sentence s is one of this file's misreads: an event's
// costs that move or tell on results (eventCostsMoved), and shares already bought of which the
// clause tells what becomes (sharesBoughtFate).
func news80Misread(s *sentence, t trigger) bool {
	if t.typ == events.Buyback {
		return sharesBoughtFate(s.words, t)
	}
	return eventCostsMoved(s.words, t)
}

// eventCostsMoved says whether the restructuring or deal trigger t, a single word, names only
// the costs that are the subject of the clause after it: "while its restructuring costs rose",
// "restructuring charges weighed on profit", "merger costs cut its quarterly profit",
// "restructuring costs would rise to $80 million". The costs are a figure of results or of a
// move, no news of a restructuring or a deal; costs taken as an object ("took a $50 million
// restructuring charge") and a restructuring announced ("announced a restructuring that will
// cut 2,000 jobs") stay as they were.
func eventCostsMoved(w []string, t trigger) bool {
	if t.to-t.from != 1 || t.to+1 >= len(w) || !eventCosts[w[t.to]] {
		return false
	}
	k := t.to + 1
	if k+2 < len(w) && w[k] == "and" && eventCosts[w[k+2]] {
		k += 3 // "acquisition costs and restructuring charges will reduce earnings"
	}
	if k < len(w) && costModals[w[k]] {
		k++
	}
	if k < len(w) && (strings.HasSuffix(w[k], "ly") || w[k] == "also") {
		k++ // "restructuring costs also weighed", "would sharply reduce"
	}
	return k < len(w) && costVerbs[w[k]]
}

// boughtParticiples are the participles of a buyback that may stand beside the shares bought:
// "the repurchased shares", "the shares bought back", "shares repurchased under the program".
var boughtParticiples = wordSet(`repurchased reacquired bought purchased`)

// shareFates are the participles of what becomes of shares bought back: "will be held in
// treasury", "would be cancelled", "are retired", "will be used for employee plans".
var shareFates = wordSet(`held kept cancelled canceled retired used reissued placed returned restored`)

// shareFateVerbs are the same fates told actively, before the shares: "will cancel the
// repurchased shares".
var shareFateVerbs = wordSet(`hold keep cancel retire use reissue`)

// sharesBoughtFate says whether the buyback trigger t is a participle that only names shares
// already bought, of which the clause tells what becomes: "The repurchased shares will be held
// in treasury", "said the shares bought back would be cancelled", "will cancel the repurchased
// shares". What is done with them is no second buyback; a buyback told with a verb of its own
// ("will buy back 1 million shares to hold in treasury") stays one.
func sharesBoughtFate(w []string, t trigger) bool {
	if !boughtParticiples[w[t.from]] || t.to-t.from > 2 {
		return false
	}
	var end int // the word after the shares and the participle
	switch {
	case t.from > 0 && (w[t.from-1] == "shares" || w[t.from-1] == "stock"):
		end = t.to // "the shares bought back", "shares repurchased"
	case t.to < len(w) && (w[t.to] == "shares" || w[t.to] == "stock"):
		// "the repurchased shares", with a determiner, a clause's start or a report before.
		if t.from > 0 && !sharesFateOpeners[w[t.from-1]] {
			return false
		}
		if t.from > 1 && w[t.from-1] == "the" && shareFateVerbs[w[t.from-2]] {
			return true // "will cancel the repurchased shares"
		}
		end = t.to + 1
	default:
		return false
	}
	for k := end; k+1 < len(w) && k < end+8; k++ {
		if endsClause(w[k]) {
			return false
		}
		if w[k] == "be" || w[k] == "are" || w[k] == "were" || w[k] == "is" || w[k] == "was" || w[k] == "been" {
			return shareFates[w[k+1]]
		}
	}
	return false
}

// sharesFateOpeners may stand before "repurchased shares" that name shares already bought.
var sharesFateOpeners = wordSet(`the these those such all any its said that`)
