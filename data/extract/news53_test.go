package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news53Extractor knows the companies of TestNews53's sentences, all invented.
func news53Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Rainow Industries", Company: extract.Company{Name: "Rainow Industries Inc", Ticker: "RNWI"}},
		{Alias: "Rainow", Company: extract.Company{Name: "Rainow Industries Inc", Ticker: "RNWI"}},
		{Alias: "Sulgrave Mills", Company: extract.Company{Name: "Sulgrave Mills Corp", Ticker: "SLGM"}},
		{Alias: "Sulgrave", Company: extract.Company{Name: "Sulgrave Mills Corp", Ticker: "SLGM"}},
		{Alias: "Tockholes", Company: extract.Company{Name: "Tockholes Plc", Ticker: "TKH.L"}},
		{Alias: "Wedmore Engineering", Company: extract.Company{Name: "Wedmore Engineering Plc", Ticker: "WDE.L"}},
	})}
}

// TestNews53 checks that a bid's price a share after its trigger leaves the bid a deal: newswire24
// found "began a tender offer of 27 dlrs a share in cash for" read as a purchase of goods, "dlrs"
// among them. The controls keep money, notes and goods bought after a trigger as they were.
func TestNews53(t *testing.T) {
	checkSentences(t, news53Extractor(), []sentenceCase{
		{body: "Rainow Industries Inc said it started a tender offer of 34 dlrs a share in cash for Sulgrave Mills Corp.",
			want: []string{"acquisition RNWI;SLGM"}},
		{body: "Rainow said it made a cash tender offer of 19 dlrs per share for all of Sulgrave's common stock.",
			want: []string{"acquisition RNWI;SLGM"}},
		{body: "Tockholes Plc said it launched a tender offer of 2.15 stg a share for Wedmore Engineering Plc.",
			want: []string{"acquisition TKH.L;WDE.L"}},
		{body: "Rainow said it made a tender offer of 31 dlrs for each share of Sulgrave it does not own.",
			want: []string{"acquisition RNWI;SLGM"}},
		// Controls: money, paper and goods bought stay no deal.
		{body: "Rainow said it bought 40 mln dlrs of Treasury bills last week.", want: nil},
		{body: "Sulgrave said it made a tender offer for its 150 mln dlrs of subordinated notes.", want: nil},
		{body: "Tockholes said it bought 20,000 tonnes of wheat for delivery in March.", want: nil},
	}, typeTickers)
}

// TestNews53BareTender checks the wire's headline "TENDER FOR <company>", newswire24's "STARTS
// TENDER FOR ORLESTONE <ORLN>", beside tenders for goods and works and a contract won.
func TestNews53BareTender(t *testing.T) {
	checkSentences(t, news53Extractor(), []sentenceCase{
		{title: "RAINOW <RNWI> STARTS TENDER FOR SULGRAVE <SLGM>", want: []string{"acquisition RNWI;SLGM"}},
		{title: "RAINOW INDUSTRIES EXTENDS TENDER FOR SULGRAVE MILLS", want: []string{"acquisition RNWI;SLGM"}},
		// Controls.
		{title: "EGYPT SETS TENDER FOR 50,000 TONNES OF WHEAT", want: nil},
		{title: "RAINOW <RNWI> WINS TENDER FOR SULGRAVE <SLGM> LOOMS", want: nil},
		{body: "Holders of Sulgrave Mills may tender for cash until May 3.", want: nil},
	}, typeTickers)
}
