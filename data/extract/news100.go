package extract

import (
	"strings"

	"github.com/eventline/eventline/data/timex"
)

// Rules from misreads of company news noticed in the news100 round.

// notObjectWords part a verb of paying off from the debt after it: the debt is then the means
// ("repaid with the proceeds of a senior notes offering"), not the debt paid off.
var notObjectWords = wordSet(`with from using by through via proceeds cash money funds`)

// payoffVerbBefore returns the index of a verb of paying debt off whose object is the debt told
// by trigger t ("redeemed $500 million of notes due 2026", "paid off a $1 billion term loan"),
// or -1.
func payoffVerbBefore(w []string, t trigger) int {
	for k := t.from - 1; k >= 0 && k >= t.from-8; k-- {
		if endsClause(w[k]) || notObjectWords[w[k]] {
			return -1
		}
		if payoffVerbs[w[k]] {
			return k
		}
		if (w[k] == "down" || w[k] == "off") && k > 0 && payForms[w[k-1]] {
			return k - 1
		}
	}
	return -1
}

// laterModals open a second predicate of what a company will do next: "and will use the money",
// "and plans to hire".
var laterModals = wordSet(`will plans intends`)

// irregularPasts are past forms of verbs that tell a deal or a sale done, without "-ed".
var irregularPasts = wordSet(`sold won bought made took struck paid lost got`)

// notDonePasts look past but name something yet to come: "the planned sale", "the expected
// sale".
var notDonePasts = wordSet(`planned expected proposed anticipated rumored rumoured intended scheduled
	delayed`)

// doneThenWill says whether trigger t, told with a past verb, has the modal of its clause only
// in a second predicate after "and": "raised $300 million from the sale of its hotel chain and
// will use the money to repay notes", "sold $500 million of notes and will use the proceeds to
// fund growth", "won a $200 million contract and plans to hire 300 workers". The event told in
// the past is done; the modal is what comes of it. A trigger told with no past verb keeps the
// modal's reading ("is selling its unit and will use the money", "will sell its unit and use").
func (s *sentence) doneThenWill(t trigger, r timex.Reading) bool {
	if r.ModalAt < 0 || r.ModalAt < s.off+s.toks[t.to-1].end {
		return false
	}
	m, _, _ := strings.Cut(r.Modal, " ")
	if !laterModals[m] {
		return false
	}
	k := s.tokenIndex(r.ModalAt - s.off)
	if k <= t.to || s.words[k-1] != "and" {
		return false
	}
	return toldInPastVerb(s.words, t)
}

// toldInPastVerb says whether a past verb opens trigger t or stands within the seven words before
// it in its clause: "sold $500 million of notes", "raised $300 million from the sale of".
func toldInPastVerb(w []string, t trigger) bool {
	for k := t.from; k >= 0 && k >= t.from-7; k-- {
		x := w[k]
		if k < t.from && (endsClause(x) || x == "," || statusBreaks[x]) {
			return false
		}
		if irregularPasts[x] || strings.HasSuffix(x, "ed") && len(x) > 4 && !notDonePasts[x] {
			return true
		}
	}
	return false
}

// releaseForms are the present and past of releaseVerbs, the verbs of making results public
// (extract.go): "reports", "released", "publishes". One class for headlines as for bodies.
var releaseForms = func() map[string]bool {
	m := map[string]bool{}
	for v := range releaseVerbs {
		switch {
		case strings.HasSuffix(v, "sh"):
			m[v+"es"], m[v+"ed"] = true, true
		case strings.HasSuffix(v, "e"):
			m[v+"s"], m[v+"d"] = true, true
		default:
			m[v+"s"], m[v+"ed"] = true, true
		}
	}
	return m
}()
