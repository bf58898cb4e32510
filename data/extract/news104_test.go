package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews104GoPublicWith checks that "go public with" a bid or a complaint makes it known and
// lists no shares, while a listing told with its valuation stays an IPO.
func TestNews104GoPublicWith(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"CleanSpark went public with a $1.5 billion bid for Hut 8 on Monday.",
			[]string{"acquisition occurred CLSK;HUT 2024-06-10"}},
		{"Hut 8 went public with its complaints about the board on Tuesday.",
			[]string{}},
		// Near misses: a listing's own words after "with", and a listing with no "with".
		{"Reddit went public with a valuation of $6.4 billion in March.",
			[]string{"ipo occurred RDDT 2024-03"}},
		{"Reddit went public on the New York Stock Exchange in March.",
			[]string{"ipo occurred RDDT 2024-03"}},
	})
}

// TestNews104PayLater checks that "buy now, pay later" names a kind of lending, no purchase.
func TestNews104PayLater(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Shares of Affirm Holdings rose 9% on Monday after the buy now, pay later lender signed up a new merchant.",
			[]string{"price_move occurred AFRM 2024-06-10"}},
		{"PayPal said customers who buy now and pay later spent more at its merchants last year.",
			[]string{}},
		// Near miss: a pay-later business bought is a deal.
		{"PayPal agreed to buy a pay-later startup for $300 million on Monday.",
			[]string{"acquisition occurred PYPL 2024-06-10"}},
	})
}

// TestNews104AgreedInPrinciple checks that an agreement in principle to do what no deal does
// tells that act, while one to buy or merge stays a deal.
func TestNews104AgreedInPrinciple(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"The Federal Trade Commission agreed in principle on Monday to dismiss its lawsuit against Amazon.",
			[]string{"legal occurred AMZN 2024-06-10"}},
		{"The SEC has agreed in principle to dismiss its lawsuit against Robinhood Markets.",
			[]string{"legal occurred HOOD 2024-06-12"}},
		// Near misses: the deal verbs and the bare phrase.
		{"Chevron agreed in principle to buy Hess for $53 billion on Monday.",
			[]string{"acquisition occurred CVX;HES 2024-06-10"}},
		{"Hess reached an agreement in principle to become a unit of Chevron.",
			[]string{"acquisition occurred HES;CVX 2024-06-12"}},
	})
}

// TestNews104ProfitableOutlook checks that a company's expectation of being profitable is its
// outlook, while analysts' expectation of it is none.
func TestNews104ProfitableOutlook(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"SoFi Technologies said on Monday it expects to stay profitable in every quarter of this year.",
			[]string{"guidance occurred SOFI 2024-06-10 issued"}},
		{"Rivian said it expects to turn profitable in the fourth quarter.",
			[]string{"guidance occurred RIVN 2024-06-12 issued"}},
		// Near misses: analysts' view, and profit already made.
		{"Analysts expect Rivian to turn profitable in 2026.",
			[]string{}},
		{"Rivian said it was profitable in the first quarter.",
			[]string{}},
	})
}

// TestNews104CoinNames checks that a name the article calls a crypto token is the token's, in
// that sentence and after, while the listed company that took the name keeps it where the
// article names the company.
func TestNews104CoinNames(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string
	}{
		{"The exchange will list BONK, a dog-themed memecoin, on Thursday. BONK jumped 15% on the news.",
			nil},
		{"Traders bought the Solana token after the upgrade. Solana rose 6% on Tuesday.",
			nil},
		{"The memecoin BONK jumped 15% on Tuesday.",
			nil},
		// Near misses: the company named as one, and the company named before its coin.
		{"Bonk Inc shares jumped 15% on Tuesday.",
			[]string{"price_move BNKK"}},
		{"Shares of Bonk Inc rose 9% on Tuesday. The company holds BONK, the dog-themed memecoin.",
			[]string{"price_move BNKK"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("", "2025-12-09", tt.body)).Events {
			got = append(got, string(e.Type)+" "+strings.Join(e.Tickers, ";"))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestNews104TwoSentenceHeadline checks that each sentence of a headline of two tells its
// event, while a second sentence that asks, and an abbreviation's period, tell none.
func TestNews104TwoSentenceHeadline(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	types := func(e extract.Event) string { return string(e.Type) }
	tests := []struct {
		title string
		want  []string
	}{
		{"PayPal Posts a Profit Miss. It Cut Its Outlook Too.", []string{"guidance", "earnings"}},
		{"Robinhood Stock Slides After Revenue Miss. It Also Named a New CFO.", []string{"price_move", "executive", "earnings"}},
		// Near misses: a question after the period, and one sentence.
		{"Coinbase Just Cut Its Outlook. Should You Buy the Dip?", []string{"guidance"}},
		{"PayPal Posts a Profit Miss and Cuts Its Outlook", []string{"guidance", "earnings"}},
	}
	for _, tt := range tests {
		_, got := sentenceEvents(x, tt.title, "", types)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: events %q, want %q", tt.title, got, want)
		}
	}
}

// TestNews104KeptListing checks that a debut beside shares that stay listed elsewhere is a
// second market's, no IPO, while a first listing's debut stays one.
func TestNews104KeptListing(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		ipo  bool
	}{
		{"Flutter Entertainment shares rose 2% in their trading debut on Friday. The shares will remain listed in London.", false},
		{"Flutter Entertainment shares rose 2% in their trading debut on Friday. They are already listed in London and Dublin.", false},
		// Near misses: a first listing, and a listing's history.
		{"Reddit shares rose 48% in their trading debut on Thursday.", true},
		{"Reddit shares rose 48% in their trading debut on Thursday. The company was listed on no exchange before.", true},
	}
	for _, tt := range tests {
		ipo := false
		for _, e := range x.Extract(article("", "2024-03-22", tt.body)).Events {
			ipo = ipo || e.Type == "ipo"
		}
		if ipo != tt.ipo {
			t.Errorf("%q: IPO %v, want %v", tt.body, ipo, tt.ipo)
		}
	}
}

// TestNews104GoodsBoughtBefore checks that goods named before a relative clause's verb of
// buying are what it bought, no deal, while a business named there stays one.
func TestNews104GoodsBoughtBefore(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Charles Schwab booked losses on the bonds it bought with client deposits.",
			[]string{}},
		{"Charles Schwab said the Treasury bills that it had bought last year have matured.",
			[]string{}},
		// Near miss: a business named before the verb.
		{"PayPal said on Monday the unit it bought from eBay would add revenue.",
			[]string{"acquisition forecast PYPL;EBAY 2024-06-10"}},
	})
}

// TestNews104TenderForOwnShares checks that a tender offer whose holders sell their shares back
// to the company is a buyback, while one whose holders sell to a buyer stays a deal.
func TestNews104TenderForOwnShares(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Robinhood launched a tender offer on Monday for up to $500 million of its own shares.",
			[]string{"buyback occurred HOOD 2024-06-10"}},
		// Near miss: holders selling to a buyer.
		{"Under the tender offer, Hess holders can sell their shares to Chevron at $70 each.",
			[]string{"acquisition occurred HES;CVX 2024-06-12"}},
	})
}
