package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews31Readings checks every event a sentence tells, with its tickers (news31.go): upgrades
// that are works done to things, a headline's broker rating a stock named by a bare noun or by a
// long description, and a sum raised told with an approximation.
func TestNews31Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		{body: "Ameren said it would spend $2 billion on upgrades to its transmission lines.", want: nil},
		{body: "Southern Co plans upgrades of the dams on the Coosa River.", want: nil},
		{body: "Entergy said it would pay for upgrades at its nuclear plants with cash from operations.", want: nil},
		// A broker's upgrade keeps its rating: a company, a rating or "the stock" after it.
		{body: "Goldman Sachs upgrades Union Pacific to buy, citing a rebound in freight volumes.", want: []string{"analyst UNP"}},
		{body: "Barclays said the upgrade of Union Pacific reflected stronger freight volumes.", want: []string{"analyst UNP"}},
		{title: "Allstate shares rise after Goldman Sachs upgrades insurer", want: []string{"price_move ALL", "analyst ALL"}},
		{title: "Chevron shares fall 2% after Morgan Stanley downgrade", want: []string{"price_move CVX", "analyst CVX"}},
		{title: "Morgan Stanley upgrades Nvidia to overweight", want: []string{"analyst NVDA"}},
		{body: "Shares of Devon Energy rose 3% after Goldman Sachs upgraded the oil and gas producer to buy.",
			want: []string{"price_move DVN", "analyst DVN"}},
		{body: "Chubb shares slipped 1%, while Allstate gained 2% after Goldman Sachs raised its rating on that insurer to buy.",
			want: []string{"price_move CB", "price_move ALL", "analyst ALL"}},
		// A city made an adjective names no company cut at it; the company's own hyphenated
		// name still does.
		{body: "Cleveland-based rival KeyCorp on Thursday reported a 40% fall in quarterly profit.", want: []string{"earnings KEY"}},
		{body: "Coca-Cola on Thursday reported higher quarterly profit.", want: []string{"earnings KO"}},
		{body: "Ameren said on Monday it had raised roughly $600 million through the sale of new shares to pay for grid work.",
			want: []string{"offering AEE"}},
		{body: "Duke Energy raised about $1.5 billion by selling a stake in its Florida unit to a sovereign wealth fund.",
			want: []string{"acquisition DUK"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
