package extract

import (
	"slices"
	"strings"

	"github.com/eventline/eventline/data/events"
)

// The lead's fifteenth round: misreads found by probing 2024-2025 company news written for the
// purpose (README "The lead's fifteenth round").

// signedOff says whether a signing trigger is the phrasal verb "sign off on", which approves
// what another proposed ("regulators signed off on the deal", "the board signs off on the
// plan"): the approver makes no agreement of its own. "signed a deal", "signed an agreement
// off the coast" keep their word after the verb, and a medicine signed off on is approved for
// sale, a product (frames.go medicineApproved).
func signedOff(words []string, t trigger) bool {
	if t.typ != events.Partnership && t.typ != events.Contract || t.to-t.from < 2 || words[t.from+1] != "off" {
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

// sameEventNouns, after an attributive year, may name the trigger's own happening again ("agreed
// to buy Beta in a 2019 deal", "settled the suit under a 2020 agreement"), or a period ("for its
// 2024 fiscal year", "the 2025 first quarter"): the year dates the event there. A security's year
// ("a tender offer for its 1985 preferred") is its vintage, which debtVintage reads.
var sameEventNouns = wordSet(`deal deals transaction transactions merger acquisition purchase sale takeover buyout
	agreement agreements settlement pact offering ipo split dividend buyback results fiscal first second third
	fourth quarter quarters half year full-year season`)

// occasionPrepositions before an attributive year date the trigger by its occasion.
var occasionPrepositions = wordSet(`in during amid after before since until following at by through within`)

// vintageNouns open a security's name after its year: "its 1985 preferred", "1987 senior notes".
var vintageNouns = wordSet(`preferred convertible common senior subordinated junior`)

// yearOfLaterNoun says whether a year from..to after trigger t, in a phrase a preposition opens,
// is the attribute of a noun of its own ("agreed to pay $32 million to settle a lawsuit over its
// 2021 recall", "a charge stemming from the 2018 crash"): the year of the recall or the crash,
// not of the settlement or the charge, which take the telling's day as an undated event does.
func (s *sentence) yearOfLaterNoun(from, to int, t trigger) bool {
	w := s.words
	if to-from != 1 || from < t.to+2 || to >= len(w) || !yearLike(w[from]) {
		return false
	}
	b := w[from-1]
	if !possessives[b] && b != "the" && b != "a" && b != "an" && !(b == "s" && w[from-2] == "'") {
		return false
	}
	if n := w[to]; !isWord(n) || yearFollowers[n] || sameEventNouns[n] || securityWords[n] || vintageNouns[n] {
		return false
	}
	if b != "s" && occasionPrepositions[w[from-2]] {
		return false // "sold the unit during the 2008 crisis": the occasion dates the sale
	}
	for k := t.to; k < from; k++ {
		if prepositions[w[k]] {
			return true
		}
		if isClauseBreak(w[k]) || w[k] == ";" {
			return false
		}
	}
	return false
}

// reportedSubjects stand between a reporting verb and the pluperfect it backshifts: "said it
// had", "said that the company had".
var reportedSubjects = wordSet(`that it they the company firm group bank its board`)

// reportedPluperfect says whether the pluperfect "had" at word i, in the clause opening at lo, is
// the backshift of reported speech: the clause opens right after "said" or "announced" told in
// the simple past, with only its subject between ("Broadcom said it had completed its purchase of
// VMware", "Intel announced that it had cut 15,000 jobs", "said Andrew Witty had stepped down"). The company's word of the day reports
// a result that holds now ("we have completed"), news and not background; "had said it had" and
// a pluperfect with no reporting verb ("Broadcom had completed the purchase in November") stay
// the story's past, as does a passive or a course ("said it had been criticized for", "said it
// had been in talks"), which tells a state the news comes after.
func (s *sentence) reportedPluperfect(lo, i int) bool {
	w := s.words
	r := i - 1
	for r >= lo && r >= i-4 && (reportedSubjects[w[r]] || s.reportedPerson(r)) {
		r--
	}
	if r < max(lo-1, 0) || r == i-1 || !reportingPast[w[r]] || i+1 < len(w) && w[i+1] == "been" {
		return false
	}
	return r == 0 || w[r-1] != "had" && w[r-1] != "previously" && w[r-1] != "earlier"
}

// reportingPast are the reporting verbs in the simple past that backshift what they report.
var reportingPast = wordSet(`said announced disclosed confirmed`)

// moveOpensCostSharing says whether a cost-sharing trigger ("shares ... costs") opens where a
// price move does: "CrowdStrike shares slide as outage costs mount" tells a stock's fall with
// the noun "shares", and the costs are another clause's; "will share the costs of the plant"
// has no move there.
func moveOpensCostSharing(all []trigger, t trigger) bool {
	if t.typ != events.Partnership || !t.gap {
		return false
	}
	return slices.ContainsFunc(all, func(u trigger) bool { return u.typ == events.PriceMove && u.from == t.from })
}

// processPrepositions put a happening already under way as the time of another: "will keep
// flying during the restructuring", "paid its suppliers throughout the bankruptcy".
var processPrepositions = wordSet(`during throughout through amid`)

// duringProcess says whether a noun trigger names, after one of processPrepositions and a
// determiner, a process the reader knows as the time of the clause's own act ("said it would
// keep flying during the restructuring"): the backdrop, no event of its own. A trigger told by
// its verb, or with words of its own after the noun ("during the restructuring of its debt,
// announced Monday") is left to the other rules.
func duringProcess(words []string, t trigger) bool {
	if t.from < 2 || t.to-t.from != 1 || t.verbal && !strings.HasSuffix(words[t.from], "ing") {
		return false // a gerund after a determiner is a noun: "during the restructuring"
	}
	switch words[t.from-1] {
	case "the", "its", "their", "this", "that":
	default:
		return false
	}
	if !processPrepositions[words[t.from-2]] {
		return false
	}
	return t.to >= len(words) || words[t.to] == "." || words[t.to] == "," || words[t.to] == ";" || words[t.to] == "process"
}

// relationNoun says whether w names a company by its tie to another: "Apple supplier Foxconn",
// "Nvidia rival Cerebras", "Tesla partner Panasonic". A switch, not a set: bystander asks it of
// the word after every company before a trigger.
func relationNoun(w string) bool {
	switch w {
	case "supplier", "suppliers", "rival", "rivals", "competitor", "competitors", "peer", "peers",
		"customer", "customers", "client", "clients", "partner", "partners":
		return true
	}
	return false
}

// relationModifier says whether the company at words k..end only describes the name after it by
// a tie ("Apple supplier Foxconn posted record revenue", "Tesla battery partner Panasonic cut its
// forecast", "Nvidia's rival AMD"): the named company, linked or not, is the one that acts, and
// the other is no party. A word of one noun may stand before the tie ("battery partner"), and a
// capitalized name must follow it; "Apple supplier shares fell" names no company after it.
func (s *sentence) relationModifier(end int) bool {
	j := end
	if j+1 < len(s.words) && s.words[j] == "'" && s.words[j+1] == "s" {
		j += 2
	}
	if j+1 < len(s.words) && !relationNoun(s.words[j]) && relationNoun(s.words[j+1]) && isWord(s.words[j]) {
		j++ // "battery partner"
	}
	if j+1 >= len(s.words) || !relationNoun(s.words[j]) {
		return false
	}
	return startsUpper(s.toks[j+1].text) && isWord(s.words[j+1])
}

// commaInFirmName says whether the comma at word k of a capitals headline stands inside a firm's
// name of partners, which the wire writes with commas and "and" before its legal form: "BAKER,
// FENTRESS AND CO VOTES DIVIDEND", "KIDDER, PEABODY AND CO SETS FUND". After the comma come one
// to three words, "and", at most one word and a corporate suffix; "ACME, BETA TO MERGE" names two
// companies and has none.
func commaInFirmName(words []string, k int) bool {
	j := k + 1
	for j < len(words) && j <= k+3 && isWord(words[j]) && words[j] != "and" {
		j++
	}
	if j == k+1 || j >= len(words) || words[j] != "and" {
		return false
	}
	return j+1 < len(words) && corporateSuffixes[words[j+1]] || j+2 < len(words) && corporateSuffixes[words[j+2]]
}

// guidanceCuts are the words that make a forecast a cut: detail asks them of the sentence,
// cutInClause of the trigger's clause.
var guidanceCuts = wordSet(`cut cuts cutting lower lowers lowered lowering reduce reduces reduced trims trimmed
	slashed warns warned warning downgrade downgrades downgraded downgrading`)

// cutInClause says whether a word of cutting stands in the guidance trigger's own clause: "will
// cut 12,000 jobs, after the company forecast revenue below estimates" cuts jobs, not the
// forecast, which is issued; "cut its annual forecast", "lowered the outlook it gave in May" and
// "warned that profit would fall" cut it.
func (s *sentence) cutInClause(t trigger) bool {
	lo, hi := s.statusClause(t)
	for k := t.from; k > lo; k-- {
		if coordinatedClause(s.words, k) {
			lo = k // lead16.go: "will cut 7% of its workforce, and it expects revenue to fall"
			break
		}
	}
	return anyWithin(s.words, lo, min(max(hi, t.to), len(s.words)), guidanceCuts)
}
