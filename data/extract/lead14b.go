package extract

import (
	"slices"

	"github.com/eventline/eventline/data/events"
)

// tenderedTargets returns the companies of before whose shares a tender's result tells before
// an acquisition trigger t: "said 6,930,000 shares of Hess Corp, about 92 pct of those
// outstanding, were tendered in response to its offer" names the offer's target before the
// offer, in the clause that "tendered" ends. Shares of a company not tendered are no target.
func (s *sentence) tenderedTargets(t trigger, before []CompanyMention) []CompanyMention {
	if t.typ != events.Acquisition || len(before) < 2 {
		return nil
	}
	w := s.words
	tendered := slices.Index(w[:t.from], "tendered")
	if tendered < 0 {
		return nil
	}
	var out []CompanyMention
	for _, c := range before[1:] {
		k, end := s.startIndex(c.Start), s.tokenIndex(c.End)
		if end > tendered {
			continue
		}
		sharesOf := k >= 2 && w[k-1] == "of" && (w[k-2] == "shares" || w[k-2] == "stock")
		sharesAfter := end < len(w) && (w[end] == "shares" || w[end] == "stock")
		if sharesOf || sharesAfter {
			out = append(out, c)
		}
	}
	return out
}
