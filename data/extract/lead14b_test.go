package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A tender's result names the offer's target before the offer, by its shares "tendered"
// (lead14b.go tenderedTargets); a company named before the offer for another reason is no
// target.
func TestTenderedTargets(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Chevron said 6,930,000 shares of Hess Corp, about 92 pct of those outstanding, were tendered in response to its 26 dlr a share offer.",
			[]string{"acquisition occurred CVX;HES 2024-06-12"}},
		{"Chevron said 6,930,000 Hess shares, about 92 pct of the total, were tendered under its 26 dlr a share offer.",
			[]string{"acquisition occurred CVX;HES 2024-06-12"}},
	})
	// near-miss, as a lead: a company named before the offer whose shares were not tendered
	x := &extract.Extractor{Companies: linker(t)}
	r := x.Extract(article("Chevron tender result", "2024-06-12",
		"Chevron, advised by Goldman Sachs Group Inc, said 6,930,000 shares were tendered in response to its 26 dlr a share offer."))
	for _, e := range r.Events {
		if e.Type == "acquisition" && sortedTickers(e) != "CVX" {
			t.Errorf("acquisition tickers %s, want CVX", sortedTickers(e))
		}
	}
}
