package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news103Extractor knows the companies of the news103 tests, all invented: a brewer, a maker of
// lifts and a chain of garden centres.
func news103Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Tamsin Breweries", Company: co("Tamsin Breweries Plc", "TMSN")},
		{Alias: "Tamsin", Company: co("Tamsin Breweries Plc", "TMSN")},
		{Alias: "Orrick Lifts", Company: co("Orrick Lifts Inc", "ORLF")},
		{Alias: "Orrick", Company: co("Orrick Lifts Inc", "ORLF")},
		{Alias: "Pellow Gardens", Company: co("Pellow Gardens Corp", "PLGD")},
		{Alias: "Pellow", Company: co("Pellow Gardens Corp", "PLGD")},
	})}
}

// news103Events returns a story's events as "type status tickers", with the detail after a
// space where there is one, for a story published on Wednesday 2024-06-12.
func news103Events(x *extract.Extractor, body string) []string {
	var got []string
	for _, e := range x.Extract(article("Company news", "2024-06-12", body)).Events {
		d := string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
		if e.Detail != "" {
			d += " " + e.Detail
		}
		got = append(got, d)
	}
	return got
}

func checkNews103(t *testing.T, tests []detailCase) {
	t.Helper()
	x := news103Extractor()
	for _, tt := range tests {
		if got := news103Events(x, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestNews103DocumentReports checks that a report a company puts out that is no account of its
// results (on its emissions, its staff, its filing with a regulator) is no results, nor a
// product launched, while results reported or posted, and a company reporting on a day, stay.
func TestNews103DocumentReports(t *testing.T) {
	checkNews103(t, []detailCase{
		{"Tamsin Breweries published its annual sustainability report on Tuesday, setting out targets for water use.", nil},
		{"Orrick Lifts released its first climate report on Monday.", nil},
		{"Pellow Gardens issued its workforce diversity report on Tuesday.", nil},
		{"Orrick released its annual environmental, social and governance report on Monday.", nil},
		// The annual filing with the regulator carries figures told before: no news of results.
		{"Pellow Gardens filed its annual report on Form 10-K with the Securities and Exchange Commission on Monday.", nil},
		// Near misses: results made public, and the bare verb of a report to come.
		{"Tamsin Breweries reported quarterly results on Tuesday that topped forecasts.", []string{"earnings occurred TMSN"}},
		{"Orrick Lifts posted its annual results on Tuesday.", []string{"earnings occurred ORLF"}},
		{"Pellow Gardens will report on Thursday after the bell.", []string{"earnings forecast PLGD"}},
		{"Orrick Lifts is due to report on Thursday before the open.", []string{"earnings forecast ORLF"}},
		{"Orrick released its new freight lift on Monday.", []string{"product occurred ORLF"}},
	})
}

// TestNews103PeriodFigures checks that a company's figures of a quarter, a half or a year made
// public are its results, dated by the day they come, while figures with no period (an
// economy's, an industry's) stay none.
func TestNews103PeriodFigures(t *testing.T) {
	checkNews103(t, []detailCase{
		{"Orrick Lifts will release second-quarter numbers on Thursday.", []string{"earnings forecast ORLF"}},
		{"Tamsin Breweries will publish its first-half figures on July 30.", []string{"earnings forecast TMSN"}},
		{"Pellow Gardens is set to unveil quarterly numbers on Thursday.", []string{"earnings forecast PLGD"}},
		{"Tamsin unveils its interim figures on Thursday.", []string{"earnings forecast TMSN"}},
		{"Orrick Lifts released its full-year figures on Monday.", []string{"earnings occurred ORLF"}},
		// Near misses: no period before the figures; a product unveiled on a day.
		{"Pellow Gardens will release the figures on Thursday.", nil},
		{"Tamsin Breweries will publish sales figures for the industry on Thursday.", nil},
		{"Orrick Lifts unveils its new freight lift on Thursday.", []string{"product forecast ORLF"}},
	})
}

// TestNews103Handovers checks that the reins or the baton handed on is a succession whose newcomer
// is the one they go to and whose giver leaves, while a lead handed to a rival is none.
func TestNews103Handovers(t *testing.T) {
	checkNews103(t, []detailCase{
		{"Tamsin Breweries founder Rhys Morgan handed the reins to Ella Byrne on Tuesday.",
			[]string{"executive occurred TMSN out: Rhys Morgan; in: Ella Byrne"}},
		{"Orrick Lifts chief executive Dan Fowler passed the baton to Nina Shah, the company said on Tuesday.",
			[]string{"executive occurred ORLF out: Dan Fowler; in: Nina Shah"}},
		{"Pellow Gardens handed over the reins to its finance chief, Omar Reid, on Monday.",
			[]string{"executive occurred PLGD in: Omar Reid"}},
		{"Ella Byrne took the helm at Tamsin Breweries on Monday.", []string{"executive occurred TMSN in: Ella Byrne"}},
		{"Nina Shah takes over as chief executive of Orrick Lifts on July 1.", []string{"executive forecast ORLF in: Nina Shah"}},
		// Near misses: a lead given up to a rival; a handover with no name.
		{"Orrick Lifts passed the baton to its rival in the race for the tower contract.", nil},
		{"Pellow Gardens handed the reins to a new chief executive on Monday.", []string{"executive occurred PLGD"}},
	})
}

// TestNews103ProceedsOfSale checks that the money a company got for a business of its own is
// the sale of that business, the company the seller, told as the news or, after a past period,
// dated by it; money got for other things (shares, loans, work) is no sale.
func TestNews103ProceedsOfSale(t *testing.T) {
	checkNews103(t, []detailCase{
		{"Tamsin Breweries got $1.2 billion for its pub chain, the company said on Tuesday.", []string{"acquisition occurred TMSN"}},
		{"Orrick Lifts fetched $900 million for its escalator business in a sale to Pellow Gardens.", []string{"acquisition occurred ORLF;PLGD"}},
		{"Pellow Gardens received 200 million pounds for its stake in the venture on Monday.", []string{"acquisition occurred PLGD"}},
		{"Orrick Lifts, which got $300 million for its parts division last year, said on Tuesday it would close a plant.",
			[]string{"acquisition occurred ORLF", "restructuring forecast ORLF"}},
		// Told already before this round: the sale's money from the sale, or by selling.
		{"Tamsin Breweries raised $300 million from the sale of its hotel chain, the company said on Tuesday.", []string{"acquisition occurred TMSN"}},
		{"Pellow Gardens netted $400 million by selling its stake in Orrick Lifts on Tuesday.", []string{"acquisition occurred PLGD;ORLF"}},
		// Near misses: money got for shares, in loans, for work done.
		{"Orrick Lifts got $1.2 billion for its shares in the offering on Tuesday.", nil},
		{"Tamsin Breweries got $500 million in new loans from its banks on Tuesday.", nil},
		{"Pellow Gardens received $50 million for its work on the airport project.", nil},
		{"Tamsin Breweries raised $300 million from the sale of new shares on Tuesday.", []string{"offering occurred TMSN"}},
	})
}

// TestNews103SellerHeadline checks that a sale told by the money the seller got, or by the sale
// of its own part, makes the seller's headline: it sells, it buys nothing.
func TestNews103SellerHeadline(t *testing.T) {
	x := news103Extractor()
	tests := []struct{ body, want string }{
		{"Orrick Lifts fetched $900 million for its escalator business in a sale to Pellow Gardens.", "Orrick Lifts Inc sells a business to Pellow Gardens Corp"},
		{"Tamsin Breweries raised $250 million from the sale of its hotel chain to Pellow Gardens on Tuesday.", "Tamsin Breweries Plc sells a business to Pellow Gardens Corp"},
		// Near miss: a purchase keeps the buyer's headline.
		{"Tamsin Breweries completed the purchase of Pellow Gardens on Tuesday.", "Tamsin Breweries Plc acquires Pellow Gardens Corp"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("Company news", "2024-06-12", tt.body)).Events {
			got = append(got, e.Headline)
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: headlines %q, want %q", tt.body, got, tt.want)
		}
	}
}
