package extract

// Staff cuts told with a phrasal verb of ending (issue 11 §2, news12): "will do away with about
// 900 counter positions", "plans to phase out 1,500 salaried jobs", "would get rid of some 600
// roles", "will strip out 2,000 back-office posts". The verb's last word is a particle, which is
// the frame's head (frames.go); the verb before it is tested, then a count of roles right after,
// as rolesCut reads one. What is ended without a count of staff ("phase out older models", "do
// away with change fees", "wipe out its losses") is no cut.

// endingParticles are the heads: the particle of each phrasal verb of ending.
var endingParticles = wordSet(`away rid out`)

var (
	// doForms take "away with": "do away with", "did away with".
	doForms = wordSet(`do does did doing done`)
	// getForms take "rid of".
	getForms = wordSet(`get gets got getting gotten`)
	// outEnders end what follows "out": "phase out", "strip out", "wipe out", "cut out".
	outEnders = wordSet(`phase phases phased phasing strip strips stripped stripping wipe wipes wiped wiping`)
)

// rolesEnded returns the end of a cut told by the phrasal verb whose particle is at i and the
// count of roles after it. Zero when none.
func rolesEnded(words []string, i int) int {
	if i == 0 || i+1 >= len(words) {
		return 0
	}
	prev, next := words[i-1], words[i+1]
	switch words[i] {
	case "away":
		if doForms[prev] && next == "with" {
			return rolesCut(words, i+1)
		}
	case "rid":
		if getForms[prev] && next == "of" {
			return rolesCut(words, i+1)
		}
	case "out":
		if outEnders[prev] {
			return rolesCut(words, i)
		}
	}
	return 0
}
