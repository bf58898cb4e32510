package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news106Extractor knows the companies of the news106 tests, all invented: a maker of
// instruments and a chemicals group.
func news106Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Instruments", Company: co("Harlow Instruments Inc", "HRLW")},
		{Alias: "Harlow", Company: co("Harlow Instruments Inc", "HRLW")},
		{Alias: "Brenmoor Chemicals", Company: co("Brenmoor Chemicals Corp", "BRNM")},
		{Alias: "Brenmoor", Company: co("Brenmoor Chemicals Corp", "BRNM")},
	})}
}

// TestBidMakerAndTaker checks that a bid told by its maker ("from", "made by", a possessive)
// keeps who bid for whom: the company that turns the bid down is its target, whatever stands
// between the verb and the bid, and a bid received or weighed is its maker's.
func TestBidMakerAndTaker(t *testing.T) {
	x := news106Extractor()
	for _, tc := range []struct{ body, want string }{
		// Rejected: the taker first, the maker after "from".
		{"Harlow Instruments rejected a sweetened $2.1 billion takeover proposal from Brenmoor Chemicals on Monday.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
		{"Harlow Instruments on Monday turned down an unsolicited merger offer made by Brenmoor Chemicals.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
		{"Harlow Instruments said its board rejected Brenmoor Chemicals' revised buyout proposal.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
		{"Brenmoor Chemicals' merger proposal was rejected by Harlow Instruments on Monday.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
		{"Brenmoor Chemicals said on Monday that Harlow Instruments had rejected its takeover proposal.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
		// Received or weighed: the maker bids for the taker.
		{"Harlow Instruments received a merger proposal from Brenmoor Chemicals on Monday.",
			"BRNM;HRLW Brenmoor Chemicals Corp bids for Harlow Instruments Inc"},
		{"Harlow Instruments is reviewing a $2.1 billion buyout offer from Brenmoor Chemicals.",
			"BRNM;HRLW Brenmoor Chemicals Corp bids for Harlow Instruments Inc"},
		// Near-misses: the bid told by its maker as the subject, and a rejection right at the
		// bid, read as they were.
		{"Brenmoor Chemicals made a merger proposal to Harlow Instruments on Monday.",
			"BRNM;HRLW Brenmoor Chemicals Corp bids for Harlow Instruments Inc"},
		{"Harlow Instruments rejected a takeover offer from Brenmoor Chemicals.",
			"HRLW;BRNM Harlow Instruments Inc rejects a bid from Brenmoor Chemicals Corp"},
	} {
		evs := x.Extract(article("Deals", "2024-06-12", "Stocks were mixed. "+tc.body)).Events
		var got string
		if len(evs) > 0 {
			got = strings.Join(evs[0].Tickers, ";") + " " + evs[0].Headline
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
	// A bid from no company, or one rejected by no company, is no deal of the two.
	for _, body := range []string{
		"The union rejected the latest offer from Harlow Instruments on Monday.",
		"Harlow Instruments rejected a pay proposal from its pilots on Monday.",
	} {
		for _, e := range x.Extract(article("Deals", "2024-06-12", "Stocks were mixed. "+body)).Events {
			if len(e.Tickers) > 1 {
				t.Errorf("%q: event %+v, want no deal between two companies", body, e)
			}
		}
	}
}

// TestNegatedDividend checks that a dividend said not to be paid is the omission of one the
// company pays (its own, or one of a period), and that a dividend in general not paid or not
// planned is no dividend news. A raise denied, a dividend suspended or declared stay as they were.
func TestNegatedDividend(t *testing.T) {
	checkDetailed(t, []detailCase{
		{body: "Ford Motor said on Tuesday it would not pay its regular quarterly dividend.",
			want: []string{"dividend occurred F 2024-06-11 omitted"}},
		{body: "Ford Motor will not declare a third-quarter dividend, it said on Tuesday.",
			want: []string{"dividend occurred F 2024-06-11 omitted"}},
		{body: "Ford Motor said on Tuesday it won't pay a dividend for the second quarter.",
			want: []string{"dividend occurred F 2024-06-11 omitted"}},
		{body: "Ford Motor has no plans to pay a dividend, its finance chief said on Tuesday.", want: nil},
		{body: "Ford Motor said on Tuesday it does not expect to pay a dividend next year.", want: nil},
		{body: "Ford Motor has never paid a dividend on its common stock.", want: nil},
		// Near-misses: a change of the dividend denied, and a dividend suspended or declared.
		{body: "Ford Motor said on Tuesday it would not increase its quarterly dividend.",
			want: []string{"dividend occurred F 2024-06-11 denied"}},
		{body: "Ford Motor suspended its quarterly dividend on Tuesday.",
			want: []string{"dividend occurred F 2024-06-11 omitted"}},
		{body: "Ford Motor declared a quarterly dividend of 15 cents a share on Tuesday.",
			want: []string{"dividend occurred F 2024-06-11 declared"}},
		// Another verb's denial beside a dividend denies no payout.
		{body: "Ford Motor said the price will not be cut by the 15 cents a share dividend it declared on Tuesday.",
			want: []string{"dividend occurred F 2024-06-12 denied"}},
	})
}

// TestProductAfterPossessive checks that a capitalized name right after a company's possessive
// is that company's product, not a listed company that shares the word, while a listed unit
// told as one, the possessor's own brand and the company under its full name stay linked.
func TestProductAfterPossessive(t *testing.T) {
	checkDetailed(t, []detailCase{
		{body: "Li Auto's Mega went on sale on Tuesday.", want: []string{"product occurred LI 2024-06-11"}},
		{body: "Li Auto's Mega launch stalled on Tuesday.", want: []string{"product occurred LI 2024-06-11"}},
		// Near-misses.
		{body: "Intel's Mobileye unit reported higher revenue on Tuesday.", want: []string{"earnings occurred MBLY 2024-06-11"}},
		{body: "Meta's Instagram launched a new app on Tuesday.", want: []string{"product occurred META 2024-06-11"}},
		{body: "Mega Matrix launched a new streaming app on Tuesday.", want: []string{"product occurred MPU 2024-06-11"}},
	})
}

// TestExpectedPerformance checks that a stock someone expects to outperform or underperform is
// no rating action, while a rating set to those words stays one.
func TestExpectedPerformance(t *testing.T) {
	checkDetailed(t, []detailCase{
		{body: "Goldman Sachs said on Tuesday its analysts expect Apple to outperform the broader market.", want: nil},
		{body: "Goldman Sachs said on Tuesday it expects the stock to outperform this year.", want: nil},
		// Near-misses: a rating changed to the word, or set with it.
		{body: "Goldman Sachs upgraded Apple to outperform from neutral on Tuesday.", want: []string{"analyst occurred AAPL 2024-06-11"}},
		{body: "Goldman Sachs cut Tesla to underperform on Tuesday.", want: []string{"analyst occurred TSLA 2024-06-11"}},
	})
}

// TestLaunchedCandidacy checks that a bid or a campaign for an office that someone launches is
// no product launch, while a bid for a company and a launched product stay as they were.
func TestLaunchedCandidacy(t *testing.T) {
	checkDetailed(t, []detailCase{
		{body: "Walmart's chairman launched a bid for re-election to the board on Tuesday.", want: nil},
		{body: "Ford Motor's former finance chief launched a bid for a second term as mayor on Tuesday.", want: nil},
		{body: "Ford Motor's chairman launched his campaign for the chairmanship of the trade group.", want: nil},
		// Near-misses.
		{body: "Boeing launched a bid for Spirit AeroSystems on Tuesday.", want: []string{"acquisition occurred BA;SPR 2024-06-11"}},
		{body: "Apple launched a new iPhone on Tuesday.", want: []string{"product occurred AAPL 2024-06-11"}},
	})
}

// TestLongCompanyRelative checks that a long "which" clause set off by commas tells the
// company's past on its own day, and leaves the main clause's news to it; a short clause, and a
// person's "who" clause, read as they were.
func TestLongCompanyRelative(t *testing.T) {
	checkDetailed(t, []detailCase{
		{body: "Ford Motor, which raised $300 million from the sale of its pipeline network last year, said on Tuesday it would cut 2,000 jobs.",
			want: []string{"acquisition occurred F 2023", "restructuring forecast F 2024-06-11"}},
		{body: "Ford Motor, which got $1.2 billion from the sale of its truck leasing unit in March, said on Tuesday it would close two plants.",
			want: []string{"acquisition occurred F 2024-03", "restructuring forecast F 2024-06-11"}},
		// Near-miss: a short clause keeps its reading (the main clause's news alone).
		{body: "Ford Motor, which sold its pipelines last year, said on Tuesday it would cut 2,000 jobs.",
			want: []string{"restructuring forecast F 2024-06-11"}},
	})
}
