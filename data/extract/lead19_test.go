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

// A headline's results noun after words that put the news before it is awaited (lead19.go
// awaitedInTitle): "Nvidia slips ahead of results" had told results out. Results a move comes
// after, and results told by their verb, are out.
func TestAwaitedInTitle(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	describe := func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
	}
	checkSentences(t, x, []sentenceCase{
		{"Nvidia slips ahead of results", "", []string{"earnings forecast NVDA"}},
		{"Oracle shares climb before quarterly results", "", []string{"price_move occurred ORCL", "earnings forecast ORCL"}},
		// near-misses: the reaction to results out; results told by their verb
		{"FedEx slides after quarterly results", "", []string{"price_move occurred FDX", "earnings occurred FDX"}},
		{"Nvidia reports results ahead of estimates", "", []string{"earnings occurred NVDA"}},
	}, describe)
}

// A relative clause of place after a comma has its own modal (timex reading.go scopeBreaks
// "where"): "rose 1% on Friday ahead of its developer conference, where the company is expected
// to unveil new features" had made the move a forecast.
func TestWhereClauseModal(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Apple shares rose 1% on Friday ahead of its developer conference, where the company is expected to unveil new AI features.",
			[]string{"price_move occurred AAPL 2024-06-07", "product forecast AAPL 2024-06-12"}},
		{"Alibaba shares fell 4% on Monday in Hong Kong, where the company may list more stock.",
			[]string{"price_move occurred BABA 2024-06-10"}},
		// near-miss: a modal in the trigger's own clause, before the relative one
		{"Apple will launch a new iPhone on Monday at an event in Cupertino, where it expects large crowds.",
			[]string{"product forecast AAPL 2024-06-17"}},
	})
}
