package extract

import "github.com/eventline/eventline/data/events"

// Rules from misreads of company news noticed in the news84 round: an officer who takes over
// while a search for a lasting one runs is a succession, not a takeover.

// searchOpeners may stand right after "take over" with nothing taken, opening a clause that
// tells the term: "would take over while the board looks for a chief", "takes over during the
// search", "will take over as the board searches for a successor".
var searchOpeners = wordSet(`while whilst during as amid`)

// searchWords tell a search for a lasting officer: "searches", "the search", "seeks a new
// chief", "hunt for a successor", "a permanent replacement". "looks" counts only with "for"
// (searchAt).
var searchWords = wordSet(`search searches searching searched seek seeks seeking sought hunt hunts
	hunting successor successors replacement replacements permanent`)

// takeOverSearch says whether the words at k, right after "take over", open a clause of a
// search for a lasting officer (searchOpeners, then a word of searchWords or "looks for" within
// eight words of the clause): "would take over while the board looks for a permanent chief",
// "will take over as the board searches for a successor", "takes over during the search". A
// company taken over is named right after the verb ("will take over Beta while regulators
// review the deal"), and a clause of no search ("would take over while regulators review the
// deal") tells nothing.
func takeOverSearch(words []string, k int) bool {
	if k >= len(words) || !searchOpeners[words[k]] {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+8; j++ {
		if endsClause(words[j]) {
			return false
		}
		if searchAt(words, j) {
			return true
		}
	}
	return false
}

// searchAt says whether word j tells a search: one of searchWords, or a look for someone
// ("looks for", "is looking for").
func searchAt(words []string, j int) bool {
	switch words[j] {
	case "look", "looks", "looking", "looked":
		return j+1 < len(words) && words[j+1] == "for"
	}
	return searchWords[words[j]]
}

// news84Misread says whether trigger t of sentence s is one of this file's misreads of news that
// has no event of ours: an upgrade of systems (systemsUpgrade), an attack by hackers
// (hackersAttack) and an attack launched (attackLaunched).
func news84Misread(s *sentence, t trigger) bool {
	switch t.typ {
	case events.Analyst:
		return systemsUpgrade(s.words, t)
	case events.Criticism:
		return hackersAttack(s.words, t)
	case events.Product:
		return attackLaunched(s.words, t)
	}
	return false
}

// worksNouns are the things that a company's works upgrade, which a broker never rates: "a
// software upgrade", "the network upgrade", "an upgrade of its computer systems".
var worksNouns = wordSet(`software system systems technology tech network networks computer computers
	hardware firmware server servers infrastructure grid plant plants equipment facility facilities
	factory factories refinery pipeline pipelines platform platforms app apps website cloud avionics
	engine engines iphone phone phones device devices`)

// faultWords stand before an upgrade that went wrong, which a broker's never does: "a faulty
// upgrade", "a botched technology upgrade".
var faultWords = wordSet(`faulty botched flawed failed buggy glitchy defective`)

// systemsUpgrade says whether the analyst trigger t, the noun "upgrade", names works done to a
// company's things: a noun of worksNouns or of faultWords right before it ("a software upgrade",
// "a botched technology upgrade", "a faulty system upgrade"), or "of" or "to" and a noun of
// worksNouns within four words after it ("an upgrade of computer systems"). A broker's upgrade
// ("an upgrade from Morgan Stanley", "an upgrade of Delta to buy") names a broker, a stock or a
// rating there.
func systemsUpgrade(w []string, t trigger) bool {
	if t.to-t.from != 1 || w[t.from] != "upgrade" && w[t.from] != "upgrades" {
		return false
	}
	if t.from > 0 && (worksNouns[w[t.from-1]] || faultWords[w[t.from-1]]) {
		return true
	}
	if t.from > 1 && faultWords[w[t.from-2]] && !ratingWords[w[t.from-1]] {
		return true // "a botched technology upgrade"
	}
	if t.to >= len(w) || w[t.to] != "of" && w[t.to] != "to" {
		return false
	}
	for k := t.to + 1; k < len(w) && k <= t.to+4; k++ {
		if endsClause(w[k]) || ratingWords[w[k]] {
			return false
		}
		if worksNouns[w[k]] {
			return true
		}
	}
	return false
}

// hackerWords name those who break into computers: "hackers attacked its systems",
// "cybercriminals who attacked its network", "was attacked by a ransomware gang".
var hackerWords = wordSet(`hacker hackers cybercriminals cybercriminal attackers ransomware intruders`)

// hackersAttack says whether the criticism trigger t, "attacks" or "attacked", tells a break-in
// by hackers: a word of hackerWords within the four words before it ("hackers who attacked its
// unit") or after it ("its systems were attacked by hackers"), or a noun of worksNouns as its
// object ("attacked the computer systems"). An investor who attacks a board's plan
// ("Elliott attacked the board") is a critic.
func hackersAttack(w []string, t trigger) bool {
	if w[t.from] != "attacks" && w[t.from] != "attacked" {
		return false
	}
	for k := t.from - 1; k >= 0 && k >= t.from-4; k-- {
		if hackerWords[w[k]] {
			return true
		}
	}
	for k := t.to; k < len(w) && k < t.to+4; k++ {
		if endsClause(w[k]) {
			return false
		}
		if hackerWords[w[k]] || worksNouns[w[k]] {
			return true
		}
	}
	return false
}

// attackNouns are what hackers, rivals and strikers launch, which is no product: "launched an
// attack on its systems", "launched a cyberattack against the bank", "launched a raid".
var attackNouns = wordSet(`attack attacks cyberattack cyberattacks cyber-attack cyber-attacks assault
	raid raids offensive hack hacks`)

// attackLaunched says whether the product trigger t is a verb of launching with an attack as
// its object within five words of its clause: "hackers launched an attack on the casino's
// systems", "launched a ransomware attack against the insurer". A product launched ("launched a
// new phone") names no attack.
func attackLaunched(w []string, t trigger) bool {
	return (launchVerbShapes.mayHold(w[t.from]) && launchVerbs[w[t.from]]) && anyAfter(w, t, 5, attackNouns)
}

// marketValueReached lists a stock's move told as a market value reached, the company the
// subject: "hit $3 trillion in market value", "crossed $1 trillion in market capitalization",
// "became the first company to reach a market value of $3 trillion". As with the value's own
// move (marketValueMoved), the news is the stock's rise; a value that describes the company
// ("with a market value of $3 trillion", "has a market value of") has no verb of reaching.
func marketValueReached() []string {
	var out []string
	for _, value := range []string{"market value", "market capitalization", "market cap", "market valuation"} {
		for _, v := range []string{"hit", "hits", "hitting", "crossed", "crosses", "crossing", "topped", "tops",
			"topping", "surpassed", "surpasses", "surpassing", "reached", "reaches", "reaching", "reach",
			"passed", "passes", "exceeded", "exceeds", "eclipsed", "eclipses"} {
			out = append(out, v+" ... in "+value, v+" a "+value+" of")
		}
	}
	return out
}
