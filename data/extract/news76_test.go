package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news76Extractor knows the companies of the news76 tests, all invented: a mill, a holding
// company, a paper maker and an oil producer.
func news76Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Ransome", Company: co("Ransome Industries Inc", "RNSM")},
		{Alias: "Brenton", Company: co("Brenton Holdings Inc", "BRNT")},
		{Alias: "Hexmoor Paper", Company: co("Hexmoor Paper Co", "HXMP")},
		{Alias: "Dunstan Oil", Company: co("Dunstan Oil Co", "DNSO")},
	})}
}

type news76Case struct {
	title, body string
	want        []string
}

func news76Check(t *testing.T, tests []news76Case) {
	t.Helper()
	x := news76Extractor()
	for _, tt := range tests {
		got := storyTypes(x, "1987-03-10", tt.title, tt.body)
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
				break
			}
		}
	}
}

// TestNews76BidPricedPerShare checks that a bid priced in the wire's "N dlr a share" before its
// noun is takeover news when turned down, and that an offer of hourly pay stays none.
func TestNews76BidPricedPerShare(t *testing.T) {
	news76Check(t, []news76Case{
		{"RANSOME STATEMENT", "Ransome said it turned down a 30 dlr a share proposal from Brenton.", []string{"acquisition"}},
		{"RANSOME STATEMENT", "Ransome said its directors declined Brenton's 27 dlr per share offer.", []string{"acquisition"}},
		// Near misses: an offer of pay, by the hour or as a raise, is a labour dispute's.
		{"HEXMOOR PAPER STATEMENT", "Hexmoor Paper said workers rejected the company's offer of 40 cts an hour more.", nil},
		{"HEXMOOR PAPER STATEMENT", "Hexmoor Paper rejected the union's offer of a 3 pct raise.", nil},
	})
}

// TestNews76PartnershipUnitsOffered checks that a partnership's units or interests sold to the
// public are an offering, while a holder's interest in a partnership sold to a buyer stays a deal.
func TestNews76PartnershipUnitsOffered(t *testing.T) {
	news76Check(t, []news76Case{
		{"HEXMOOR PAPER STATEMENT", "Hexmoor Paper said it sold partnership interests to the public for 40 mln dlrs.", []string{"offering"}},
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it will sell units of its master limited partnership in a public offering.", []string{"offering"}},
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it plans to sell four mln units in its royalty partnership to the public.", []string{"offering"}},
		// Near misses: a stake in a partnership sold to a company, public or not, is a deal.
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it sold its interest in the partnership to Brenton.", []string{"acquisition"}},
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it sold its partnership interests to Brenton, a public company.", []string{"acquisition"}},
	})
}

// TestNews76BuybackPurchases checks that the open-market purchases of a buyback told before are
// no acquisition, while a holder's purchases of a named company's stock stay a stake bought.
func TestNews76BuybackPurchases(t *testing.T) {
	news76Check(t, []news76Case{
		{"BRENTON BUYBACK", "Brenton said its board authorized the purchase of up to 1.5 mln shares of its common stock. It said the purchases would be made from time to time in the open market or in privately negotiated transactions.",
			[]string{"buyback"}},
		{"BRENTON BUYBACK", "Brenton said it will buy back up to 10 pct of its stock. The company said it may buy the shares in the open market or in private transactions.",
			[]string{"buyback"}},
		// Near miss: a stake-holder's further purchases name the stock they buy.
		{"BRENTON STAKE", "Dunstan Oil said it holds 7.2 pct of Brenton. It said it may buy additional Brenton shares in the open market or in private transactions.",
			[]string{"acquisition"}},
	})
}

// TestNews76DigestResultsLine checks that a digest's results line after "Also:" or
// "Separately," is the story company's results, while an analyst's or an industry's figures on
// such a line stay none.
func TestNews76DigestResultsLine(t *testing.T) {
	news76Check(t, []news76Case{
		{"BRENTON NEWS", "Brenton said it will cut 300 jobs. Also: fiscal Q2 revenue fell 4%, a shade ahead of estimates.",
			[]string{"earnings", "restructuring"}},
		{"BRENTON NEWS", "Brenton named a new finance chief. Separately, second-quarter net income rose 12% to $40 million.",
			[]string{"earnings", "executive"}},
		// Near misses: a forecast by analysts and another's figures are not the company's results.
		{"BRENTON NEWS", "Brenton said it will cut 300 jobs. Also: analysts expect second-quarter revenue to fall 4%.",
			[]string{"restructuring"}},
		{"BRENTON NEWS", "Brenton said it will cut 300 jobs. Also: industry revenue fell 4% in the second quarter, the trade group said.",
			[]string{"restructuring"}},
	})
}
