package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// typeStatusTickers describes an event as "earnings forecast AVGO".
func typeStatusTickers(e extract.Event) string {
	return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
}

// TestNews107ComingResults checks title-case headlines whose results noun is followed by words
// that set the report ahead: a forecast, where a verb of results after the noun tells them out.
func TestNews107ComingResults(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Broadcom Earnings Loom", "", []string{"earnings forecast AVGO"}},
		{"Oracle Results Due Thursday", "", []string{"earnings forecast ORCL"}},
		{"Micron Earnings On Deck", "", []string{"earnings forecast MU"}},
		{"Adobe Earnings Coming Up", "", []string{"earnings forecast ADBE"}},
		// Near-misses: the results are out.
		{"Broadcom Earnings Beat Estimates", "", []string{"earnings occurred AVGO"}},
		{"Oracle Results Top Forecasts", "", []string{"earnings occurred ORCL"}},
	}, typeStatusTickers)
}

// TestNews107PresentMoves checks a stock's move in the present forms investing headlines use.
func TestNews107PresentMoves(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Moderna Stock Crashes After Trial Setback", "", []string{"price_move occurred MRNA"}},
		{"Intel Stock Plummets On Weak Outlook", "", []string{"price_move occurred INTC", "guidance occurred INTC"}},
		{"Boeing Stock Rallies As Deliveries Pick Up", "", []string{"price_move occurred BA"}},
		// Near-miss: a market's crash of long ago is no company's move.
		{"", "Investors still recall the 1987 stock crash.", nil},
	}, typeStatusTickers)
}

// TestNews107DowMovers checks the bare "Dow" before a move whose cause lists several stocks'
// moves: the average's session, not Dow Inc; a cause of the chemical maker's own keeps it.
func TestNews107DowMovers(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Dow Climbs As Amazon, Alphabet Gain", "", []string{"other"}}, // the movers' own move
		{"Dow Drops As Chevron And Exxon Slide", "", nil},
		// Near-misses: Dow Inc's own move.
		{"Dow Drops As Plastics Demand Cools", "", []string{"price_move occurred DOW"}},
		{"Dow Stock Slides As Margins Shrink", "", []string{"price_move occurred DOW"}},
	}, func(e extract.Event) string {
		if !slices.Contains(e.Tickers, "DOW") {
			return "other"
		}
		return typeStatusTickers(e)
	})
}

// TestNews107JointMoves checks a headline's list of companies before a plural verb of a move:
// each company's stock moves, an ordinary-word name ("Target", "Apple") included when title case
// capitalizes the verb after the list or the clause's opener before it.
func TestNews107JointMoves(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Amazon, Nvidia Climb After Cloud Update", "", []string{"price_move occurred AMZN;NVDA"}},
		{"Amazon, Alphabet Climb After Cloud Update", "", []string{"price_move occurred AMZN;GOOG"}},
		{"Stocks Slip While Target, Walmart Slide", "", []string{"price_move occurred WMT;TGT"}},
		{"Apple, Microsoft Tumble In Late Trading", "", []string{"price_move occurred AAPL;MSFT"}},
		// Near-misses: no verb of a move after the list, or no companies before the verb.
		{"Apple, Microsoft Sign Cloud Pact", "", nil},
		{"Chip Sales, Margins Climb As Demand Holds", "", nil},
		{"Apple Rally Fades As Yields Climb", "", nil},
	}, typeStatusTickers)
}
