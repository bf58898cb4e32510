package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A result noun followed by a market's mood ("earnings worries", "profit hopes") or the season
// names no company's results (moods.go).
func TestResultsMood(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Intel shares fall on earnings worries", "", []string{"price_move INTC"}},
		{"Boeing shares climb on profit hopes before its report", "", []string{"price_move BA"}},
		{"", "Shares of Nike slipped 2% on Monday amid earnings jitters across retail.", []string{"price_move NKE"}},
		{"", "Bank stocks rallied as earnings season got under way, and JPMorgan Chase rose 3%.", []string{"price_move JPM"}},
		// a mood with "that" before results or an outlook to come: no company told them
		{"", "Shares of Intel fell 4% on concern that third-quarter earnings will be below analysts' estimates.", []string{"price_move INTC"}},
		{"", "Boeing stock rose on hopes that profit would recover next year.", []string{"price_move BA"}},
		// controls: results told
		{"", "Nike shares fell after the company said quarterly earnings will be below estimates.", []string{"price_move NKE", "guidance NKE"}},
		{"", "Intel reported earnings that beat estimates, and its shares rose 4%.", []string{"earnings INTC", "price_move INTC"}},
		{"Boeing profit tops forecasts on strong demand for jets", "", []string{"earnings BA"}},
	}, typeTickers)
}
