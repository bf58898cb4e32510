package extract

import "strings"

// A company's outlook affirmed is guidance ("Kroger affirmed its outlook for identical sales
// growth", "affirmed its full-year outlook"), where a rating agency's outlook is a grade's
// direction ("affirmed Ford's BBB rating with a stable outlook"). news32 kept "affirm ...
// outlook" out for the agencies' sake; the company's own "its ... outlook" with no grade's
// words between is the company's.

// affirmedOutlooks lists a company's own outlook affirmed.
func affirmedOutlooks() []string {
	var out []string
	for _, f := range []string{"affirm", "affirms", "affirmed", "affirming"} {
		out = append(out, f+" its outlook", f+" its ... outlook", f+" their outlook", f+" their ... outlook")
	}
	return verb(out...)
}

// gradeWords tell a rating agency's outlook: the direction a grade may take.
var gradeWords = wordSet(`stable negative positive developing rating ratings grade grades watch`)

// agencyOutlook says whether guidance trigger t affirms an outlook a rating agency gives: a
// word of a grade inside the trigger ("affirmed its stable outlook on the carmaker").
func agencyOutlook(w []string, t trigger) bool {
	if w[t.to-1] != "outlook" || !strings.HasPrefix(w[t.from], "affirm") {
		return false
	}
	for k := t.from + 1; k < t.to; k++ {
		if gradeWords[w[k]] {
			return true
		}
	}
	return false
}
