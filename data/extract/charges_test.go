package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A price charged to customers is no accusation (charges.go).
func TestPriceCharged(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "United Airlines will begin charging for seat selection on basic economy fares.", nil},
		{"", "Netflix charges subscribers an extra $7.99 a month for each additional member.", nil},
		{"", "Starting in March, Spotify will charge for its audiobook add-on.", nil},
		// controls: accusations
		{"", "The SEC charged Tesla with misleading investors.", []string{"legal TSLA"}},
		{"", "Prosecutors are charging Coinbase for violating sanctions laws.", []string{"legal COIN"}},
	}, func(e extract.Event) string {
		return strings.TrimSpace(string(e.Type) + " " + strings.Join(e.Tickers, ";"))
	})
}
