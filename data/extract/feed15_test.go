package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// TestFeed15Rules checks the feed-register classes of feed15 both ways, with the embedded
// directory: a signed percentage with its session is a move, a device clearance is a product, an
// insider's purchase of shares is no deal, an index moved "lower" is no mention of its publisher,
// a subordinate clause coordinates two events, and an ordinary-word name after a verb of
// becoming is a state, not the company. The companies are invented (user aliases) beside the
// directory's listed ones.
func TestFeed15Rules(t *testing.T) {
	user := []extract.Alias{
		{Alias: "Hollins Devices", Company: extract.Company{Name: "Hollins Devices Inc", Ticker: "HLND"}},
		{Alias: "Pendle Medical", Company: extract.Company{Name: "Pendle Medical Inc", Ticker: "PNDM"}},
		{Alias: "Ripon Energy", Company: extract.Company{Name: "Ripon Energy Inc", Ticker: "RPNE"}},
		{Alias: "Selby Stores", Company: extract.Company{Name: "Selby Stores Inc", Ticker: "SLBS"}},
	}
	for i := range user {
		user[i].Origin = extract.SourceUser
	}
	x := &extract.Extractor{Companies: linker(t, user...)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A signed percentage with its session is a move; without a session it is some other
		// change.
		{"Hollins Devices -6% premarket after weak Q2 guide", "", []string{"price_move:HLND", "guidance:HLND"}},
		{"HOLLINS DEVICES +9% IN AFTER-HOURS TRADING", "", []string{"price_move:HLND"}},
		{"Hollins Devices Q2 revenue +8% Y/Y to $512M", "", []string{"earnings:HLND"}},
		// A device cleared by the FDA is a product; a deal's antitrust clearance is not.
		{"Pendle Medical Receives FDA 510(k) Clearance for Knee Implant", "", []string{"product:PNDM"}},
		{"Pendle Medical news", "The FDA granted Pendle Medical 510(k) clearance for its glucose sensor.", []string{"product:PNDM"}},
		// An officer's purchase of shares on a Form 4 is no acquisition; a company's of a stake is.
		{"Ripon Energy news", "A director of Ripon Energy bought 40,000 shares on Tuesday, a Form 4 filing shows.", nil},
		{"Ripon Energy CEO buys $3 million of shares", "", nil},
		{"Ripon Energy to buy 15% stake in Selby Stores", "", []string{"acquisition:RPNE;SLBS"}},
		// The Nasdaq moved "lower" is the index, not Nasdaq Inc; Nasdaq's own results stay its.
		{"Hollins Devices news", "Hollins Devices fell 7% and led the Nasdaq lower on Tuesday.", []string{"price_move:HLND"}},
		{"Nasdaq reports record quarterly revenue on listings boom", "", []string{"earnings:NDAQ"}},
		// A subordinate clause tells each of its coordinated events.
		{"Selby Stores news", "Selby Stores stock fell 14% after the retailer posted a quarterly loss and suspended its dividend.",
			[]string{"price_move:SLBS", "earnings:SLBS", "dividend:SLBS"}},
		{"Selby Stores news", "Selby Stores shares fell 9% after it cut its dividend.", []string{"price_move:SLBS", "dividend:SLBS"}},
		// A listed company's move in its debut is the move and the listing; a listing priced is
		// the listing only.
		{"Selby Stores surges 45% in NYSE debut", "", []string{"price_move:SLBS", "ipo:SLBS"}},
		{"Selby Stores prices IPO at $20, top of range", "", []string{"ipo:SLBS"}},
		// An ordinary word after a verb of becoming is a state, not Bullish (BLSH); with its
		// company's verb after it, or with a suffix, it is the company.
		{"Selby Stores Stock Jumps As Analysts Turn Bullish", "", []string{"price_move:SLBS", "analyst:SLBS"}},
		{"Why Analysts Are Bullish On Selby Stores After Upgrade", "", []string{"analyst:SLBS"}},
		{"Bullish Shares Jump 8% In Early Trading", "", []string{"price_move:BLSH"}},
		{"Selby Stores news", "Selby Stores agreed to buy a stake in Bullish, the crypto exchange operator.", []string{"acquisition:BLSH;SLBS"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2025-10-01", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestFeed15AmountTo checks that a headline's "to" after an amount is a preposition, not the
// infinitive of an announcement: the money added to a buyback is added now.
func TestFeed15AmountTo(t *testing.T) {
	user := []extract.Alias{{Alias: "Selby Stores", Company: extract.Company{Name: "Selby Stores Inc", Ticker: "SLBS"}, Origin: extract.SourceUser}}
	x := &extract.Extractor{Companies: linker(t, user...)}
	tests := []struct {
		title  string
		status events.Status
	}{
		{"Selby Stores Q2 EPS beats, adds $2B to buyback", extract.Occurred},
		{"Selby Stores Q3 sales top estimates, commits $500M to share repurchase", extract.Occurred},
		{"Selby Stores to buy back $2B of stock", extract.Forecast},
	}
	for _, tt := range tests {
		var got events.Status = "none"
		for _, e := range x.Extract(article(tt.title, "2025-10-01", "")).Events {
			if e.Type == "buyback" {
				got = e.Status
			}
		}
		if got != tt.status {
			t.Errorf("%q: buyback status %q, want %q", tt.title, got, tt.status)
		}
	}
}
