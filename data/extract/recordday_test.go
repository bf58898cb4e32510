package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A stock's record high is dated by its day: "record" before high, low or close is no payout's
// record date (extract.go settles). "The Nasdaq" with its article moving is the market, not
// Nasdaq Inc (news42.go marketIndexMove).
func TestRecordHighDayAndTheNasdaq(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Costco shares hit a record high on Monday.", []string{"price_move COST 2024-06-10"}},
		{"", "Walmart stock closed at a record close on Tuesday after its results.", []string{"price_move WMT 2024-06-11"}},
		{"", "The Nasdaq closed at a record high on Monday.", nil},
		// controls: a payout's record date, the exchange operator's own move
		{"", "Costco will pay the dividend on June 28 to shareholders of record on Monday.", []string{"dividend COST 2024-06-28"}},
		{"", "Nasdaq rose 3% on Monday.", []string{"price_move NDAQ 2024-06-10"}},
	}, func(e extract.Event) string {
		return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
	})
}
