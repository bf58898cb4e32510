package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A company merging its own units named and joined by "and" before their noun reorganizes, buys
// nothing (frames.go ownUnitsMerged): "FedEx to merge Express and Ground units" had been an
// acquisition tagged with Express Inc's ticker. A merger "with" a company, or a unit bought from
// another, stays a deal.
func TestOwnNamedUnitsMerged(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	describe := func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
	}
	checkSentences(t, x, []sentenceCase{
		{"FedEx to merge Express and Ground units", "", nil},
		{"", "FedEx said on Monday it will merge its Express and Freight divisions to cut costs.", nil},
		{"", "Kellogg said on Monday it merged its North American cereal businesses into one unit.", nil},
		// near-misses: a partner after "with", a company's unit bought
		{"", "FedEx said on Monday it agreed to merge with Kellogg and its units.", []string{"acquisition occurred FDX;K"}},
		{"", "FedEx said on Monday it agreed to buy the Ground unit of Kellogg.", []string{"acquisition occurred FDX;K"}},
	}, describe)
}
