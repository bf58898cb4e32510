package extract

import "github.com/eventline/eventline/data/events"

// The lead's fifteenth round: misreads found by probing 2024-2025 company news written for the
// purpose (README "The lead's fifteenth round").

// signedOff says whether a signing trigger is the phrasal verb "sign off on", which approves
// what another proposed ("regulators signed off on the deal", "the board signs off on the
// plan"): the approver makes no agreement of its own. "signed a deal", "signed an agreement
// off the coast" keep their word after the verb.
func signedOff(words []string, t trigger) bool {
	if t.to-t.from < 2 || words[t.from+1] != "off" {
		return false
	}
	switch words[t.from] {
	case "sign", "signs", "signed", "signing":
		return true
	}
	return false
}

// timeSubordinators open a clause that tells when the main clause's event happened by another
// happening: "hours after a panel ruled", "days before a court hears", "as regulators sued".
var timeSubordinators = wordSet(`after before following when as while until once`)

// dealBeforeSuit says whether the deal noun t is the main clause's own news, told before a legal
// trigger that opens a clause of time after it: "Chevron completed its acquisition of Hess on
// Friday, hours after an arbitration panel ruled against Exxon's claim over Hess's stake in an
// oil block" completed the deal, and the ruling, about a stake, is its circumstance. The
// sentence is contested (the ruling has a deal word for its topic), which made every deal noun
// the suit's object; that holds where the noun follows the suit or stands in its clause ("sued
// over the merger", "a judge blocked the takeover, saying the merger would raise prices"), not
// before it across a subordinator.
func dealBeforeSuit(words []string, t trigger, ts []trigger) bool {
	if t.verbal || contestedDeal(words, t, ts) || suedOver(words, t, ts) {
		return false
	}
	suits := 0
	for _, u := range ts {
		if u.typ != events.Legal || u.weak {
			continue
		}
		if u.from < t.to {
			return false
		}
		if !anyWithin(words, t.to, u.from, timeSubordinators) {
			return false
		}
		suits++
	}
	return suits > 0
}
