package extract

import (
	"maps"
	"slices"

	"github.com/eventline/eventline/data/events"
)

// A government's restriction on a company, put on or taken off, is legal news of the company
// (the lead's probes of 2025 headlines): "the Federal Reserve lifted the asset cap on Wells
// Fargo", "Washington imposed new curbs on Huawei", "the FAA capped Boeing's 737 MAX
// production at 38 jets a month". The same words with a company as the subject are its own
// business ("Acme lifted its cap on overtime", "capped output at the mine"), so the family
// needs an authority before the verb in its clause.

// restrictionVerbs put a restriction on or take it off; restrictionNouns are what they move.
var (
	restrictionVerbs = wordSet(`lift lifts lifted lifting impose imposes imposed imposing remove removes removed
		removing place places placed placing slap slaps slapped slapping`)
	restrictionNouns = wordSet(`cap caps ban bans restrictions restriction curbs curb limits limit sanctions`)
	// governingBodies act on companies by rule or order, besides the courts and regulators of
	// rulingAuthorities.
	governingBodies = wordSet(`government governments administration ministry department regulator regulators
		authorities officials agency commission fed reserve faa occ fdic epa nhtsa cftc finra fca ecb treasury
		congress washington beijing brussels`)
)

// restrictionActs lists a restriction put on or taken off, told with a gap for its size or kind:
// "lifted the $1.95 trillion cap on", "imposed new export curbs on", and a cap set on output.
func restrictionActs() []string {
	var out []string
	for _, v := range slices.Sorted(maps.Keys(restrictionVerbs)) {
		for _, n := range slices.Sorted(maps.Keys(restrictionNouns)) {
			out = append(out, v+" ... "+n+" on")
		}
	}
	for _, v := range []string{"capped", "caps", "capping"} {
		out = append(out, v+" ... production", v+" ... output")
	}
	return verb(out...)
}

// restrictionByOther says whether a legal trigger of restrictionActs has no authority before it
// in its clause: the company's own cap or ban, no legal news.
func restrictionByOther(words []string, t trigger) bool {
	if t.typ != events.Legal || t.to-t.from < 2 {
		return false
	}
	last := words[t.to-1]
	restricted := restrictionVerbs[words[t.from]] && last == "on" && t.to-t.from >= 3 && restrictionNouns[words[t.to-2]] ||
		capForms[words[t.from]] && (last == "production" || last == "output")
	if !restricted {
		return false // another legal phrase at the verb: "slapped with a $200 million penalty"
	}
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if governingBodies[words[k]] || rulingAuthorities[words[k]] {
			return false
		}
		if gapStops[words[k]] || words[k] == "and" {
			break
		}
	}
	return true
}

// capForms set a cap.
var capForms = wordSet(`capped caps capping`)
