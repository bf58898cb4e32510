package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire17Extractor links the invented companies of the wire17 stories.
func wire17Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Hollingsworth", Company: extract.Company{Name: "Hollingsworth Corp", Ticker: "HLW"}},
		{Alias: "Kelmscott", Company: extract.Company{Name: "Kelmscott Corp", Ticker: "KLM"}},
		{Alias: "Brandreth Mills", Company: extract.Company{Name: "Brandreth Mills Corp", Ticker: "BRM"}},
		{Alias: "Gorsedd Foods", Company: extract.Company{Name: "Gorsedd Foods Inc", Ticker: "GRS"}},
	})}
}

type wireStory struct {
	name, title, body string
	want              []string // "type tickers" of the events, in order, each once
}

// runWireStories extracts each story and compares the types and tickers of its events.
func runWireStories(t *testing.T, x *extract.Extractor, tests []wireStory) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "1987-03-20", tc.body)).Events {
				tickers := slices.Clone(e.Tickers)
				slices.Sort(tickers)
				if s := string(e.Type) + " " + strings.Join(tickers, ";"); !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGainOnSale checks a gain or a loss booked on a sale, which the wire tells as results news
// ("TO HAVE GAIN ON UNIT SALE", "will record a gain of ... on the sale of"): the sale is the
// figure's source, told to explain it. A stock's gain, a sales gain and a gain that names tax
// credits are no such result.
func TestGainOnSale(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a headline's gain on a unit sale",
			title: "HOLLINGSWORTH TO HAVE GAIN ON UNIT SALE",
			body:  "Hollingsworth Corp has made valves in Ohio since 1922.\nReuter",
			want:  []string{"earnings HLW"},
		},
		{
			name:  "a headline's sale gain",
			title: "HOLLINGSWORTH TO POST CANADIAN SALE GAIN",
			body:  "Hollingsworth Corp has made valves in Ohio since 1922.\nReuter",
			want:  []string{"earnings HLW"},
		},
		{
			name:  "a gain with its per-share figure and period before the sale",
			title: "HOLLINGSWORTH STATEMENT",
			body:  "Hollingsworth Corp said it will have a pretax gain of 6.2 mln dlrs, or 41 cts a share, in the third quarter on the sale of its office building in Dayton.\nReuter",
			want:  []string{"earnings HLW"},
		},
		{
			name:  "under a gain's headline, the lead's sale is the gain's source",
			title: "HOLLINGSWORTH SEES GAIN FROM UNIT SALE",
			body:  "Hollingsworth Corp said it completed the sale of its pump unit to Brandreth Mills Corp for 40 mln dlrs, resulting in a second quarter gain of about 9 mln dlrs.\nReuter",
			want:  []string{"earnings HLW"},
		},
		{
			name:  "a sale told in the headline stays news beside the gain",
			title: "HOLLINGSWORTH SELLS PUMP UNIT TO BRANDRETH MILLS",
			body:  "Hollingsworth Corp said it completed the sale of its pump unit to Brandreth Mills Corp for 40 mln dlrs, resulting in a second quarter gain of about 9 mln dlrs.\nReuter",
			want:  []string{"acquisition BRM;HLW"},
		},
		{
			name:  "a gain booked, told by the verb",
			title: "KELMSCOTT STATEMENT",
			body:  "Kelmscott Corp said it sold its trucking division and will record a gain of 2.4 mln dlrs in the first quarter.\nReuter",
			want:  []string{"acquisition KLM", "earnings KLM"},
		},
		{
			name:  "a loss with its period's last day before the sale",
			title: "HOLLINGSWORTH STATEMENT",
			body:  "Hollingsworth Corp said it expects a loss of about two mln dlrs in its third quarter ended February 28 from the proposed sale of its pump unit.\nReuter",
			want:  []string{"guidance HLW"},
		},
		{
			name:  "a stock's gain is no result",
			title: "KELMSCOTT STATEMENT",
			body:  "Shares of Kelmscott Corp posted a gain of 1-1/2 to 31 in active trading.\nReuter",
			want:  nil,
		},
		{
			name:  "store sales gains are no gain on a sale",
			title: "RETAILERS REPORT",
			body:  "Gorsedd Foods Inc and Kelmscott Corp posted comparable store sales gains of 6.1 pct and 4.3 pct.\nReuter",
			want:  nil,
		},
		{
			name:  "a gain that names what it is",
			title: "KELMSCOTT STATEMENT",
			body:  "Kelmscott Corp said it expects to record a gain of 40 mln dlrs in 1988, representing half of its unused tax credits.\nReuter",
			want:  nil,
		},
	})
}

// TestHeadlineClauses checks headlines that tell two events across a comma in the wire's
// shorthand, under a lead of background that tells neither: a second clause with an officer for
// its subject ("FILES CHAPTER 11, CHAIRMAN QUITS"), a second verb sharing the first one's "to"
// ("TO CLOSE PLANT, RAISE DIVIDEND"), a split told by its verb and the stock ("SPLITS STOCK"), an
// outlook for a year's results ("SEES BETTER 1988"), results told by their change ("NET UP").
func TestHeadlineClauses(t *testing.T) {
	const background = "Gorsedd Foods Inc has made frozen dinners in Omaha since 1931.\nReuter"
	runWireStories(t, wire17Extractor(), []wireStory{
		{name: "an officer's departure after a filing", title: "GORSEDD FOODS FILES CHAPTER 11, PRESIDENT QUITS", body: background,
			want: []string{"bankruptcy GRS", "executive GRS"}},
		{name: "an officer's retirement to come after a payout cut", title: "GORSEDD FOODS CUTS DIVIDEND, CHAIRMAN TO RETIRE", body: background,
			want: []string{"dividend GRS", "executive GRS"}},
		{name: "a chief executive's resignation after a loss", title: "GORSEDD FOODS POSTS LOSS, CHIEF EXECUTIVE RESIGNS", body: background,
			want: []string{"earnings GRS", "executive GRS"}},
		{name: "a list after a comma is no second clause", title: "GORSEDD FOODS SELLS BAKERY, DAIRY UNITS", body: background,
			want: []string{"acquisition GRS"}},
		{name: "a second verb sharing the first one's to", title: "GORSEDD FOODS TO CLOSE PLANT, RAISE DIVIDEND", body: background,
			want: []string{"restructuring GRS", "dividend GRS"}},
		{name: "a name with a comma is no second clause", title: "GORSEDD FOODS TO BUY SMALL, PRIVATE BAKER", body: background,
			want: []string{"acquisition GRS"}},
		{name: "a split told by its verb", title: "GORSEDD FOODS SPLITS STOCK", body: background,
			want: []string{"split GRS"}},
		{name: "an outlook for a year", title: "GORSEDD FOODS SEES BETTER 1988", body: background,
			want: []string{"guidance GRS"}},
		{name: "a year's price of a commodity is no outlook", title: "GORSEDD FOODS SEES HIGHER BEEF PRICES IN 1988", body: background,
			want: nil},
		{name: "a market seen better is no outlook", title: "GORSEDD FOODS SEES BETTER MARKET", body: background,
			want: nil},
		{name: "results told by their change", title: "GORSEDD FOODS NET UP 23 PCT", body: background,
			want: []string{"earnings GRS"}},
	})
}

// TestUnitStakeFloated checks a headline's stake in a unit sold with no buyer, which the lead
// tells as the unit's initial public offering: a float, not a sale of a business. With a buyer
// named, in the headline or the lead, it stays a deal.
func TestUnitStakeFloated(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a unit's stake floated",
			title: "KELMSCOTT TO SELL STAKE IN TRUCKING UNIT",
			body:  "Kelmscott Corp said its Ardmore Trucking Co unit filed for an initial public offering of 3 mln shares, about 20 pct of its stock.\nReuter",
			want:  []string{"ipo KLM"},
		},
		{
			name:  "a unit's stake sold to a buyer",
			title: "KELMSCOTT TO SELL STAKE IN TRUCKING UNIT",
			body:  "Kelmscott Corp said it agreed to sell 40 pct of its Ardmore Trucking Co unit to Gorsedd Foods Inc for 30 mln dlrs.\nReuter",
			want:  []string{"acquisition GRS;KLM"},
		},
		{
			name:  "a buyer in the headline",
			title: "KELMSCOTT TO SELL STAKE IN TRUCKING UNIT TO GORSEDD FOODS",
			body:  "Kelmscott Corp said its Ardmore Trucking Co unit filed for an initial public offering of 3 mln shares.\nReuter",
			want:  []string{"acquisition KLM", "ipo KLM"}, // the headline's buyer is a deal's party still
		},
	})
}

// TestLosingBidder checks that the company a winner beat for a contract or a deal is no party to
// it: "won a contract ..., beating a bid from Gorsedd Foods Inc", "beat out Gorsedd Foods Inc".
func TestLosingBidder(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a losing bid after the contract",
			title: "KELMSCOTT WINS BUS ORDER",
			body:  "Kelmscott Corp said it won a 90 mln dlr contract from the city to build 80 buses, beating a bid from Gorsedd Foods Inc.\nReuter",
			want:  []string{"contract KLM"},
		},
		{
			name:  "a rival beaten out",
			title: "KELMSCOTT WINS BUS ORDER",
			body:  "Kelmscott Corp beat out Gorsedd Foods Inc for a 90 mln dlr contract to build 80 buses for the city.\nReuter",
			want:  []string{"contract KLM"},
		},
		{
			name:  "a partner named after the contract stays",
			title: "KELMSCOTT WINS BUS ORDER",
			body:  "Kelmscott Corp said it won a 90 mln dlr contract from the city to build 80 buses with Gorsedd Foods Inc.\nReuter",
			want:  []string{"contract GRS;KLM"},
		},
	})
}

// TestStandstill checks a holder's standstill, acquisition news on the wire, against a borrower's
// standstill with its lenders, which is none.
func TestStandstill(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a standstill pact in the headline",
			title: "GORSEDD FOODS IN STANDSTILL PACT",
			body:  "Gorsedd Foods Inc has made frozen dinners in Omaha since 1931.\nReuter",
			want:  []string{"acquisition GRS"},
		},
		{
			name:  "a standstill agreement signed by a holder",
			title: "GORSEDD FOODS STATEMENT",
			body:  "Gorsedd Foods Inc said Kelmscott Corp signed a standstill agreement limiting its stake to 15 pct for five years.\nReuter",
			want:  []string{"acquisition GRS;KLM"},
		},
		{
			name:  "a standstill on debt",
			title: "GORSEDD FOODS STATEMENT",
			body:  "Gorsedd Foods Inc asked its bank lenders for a standstill agreement on the repayment of 40 mln dlrs of loans.\nReuter",
			want:  nil,
		},
	})
}

// TestCompanyPurchased checks a purchase verb whose object is a company's name, which the wire
// states without a price or a stage ("has purchased Brandreth Mills Corp"), against goods and
// paper purchased from a company.
func TestCompanyPurchased(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a company purchased",
			title: "KELMSCOTT STATEMENT",
			body:  "Kelmscott Corp said a group led by its managers has purchased Brandreth Mills Corp.\nReuter",
			want:  []string{"acquisition BRM;KLM"},
		},
		{
			name:  "goods purchased from a company",
			title: "KELMSCOTT STATEMENT",
			body:  "Kelmscott Corp purchased 50,000 tonnes of wheat from Brandreth Mills Corp.\nReuter",
			want:  nil,
		},
		{
			name:  "equipment purchased from a company",
			title: "KELMSCOTT STATEMENT",
			body:  "Kelmscott Corp purchased looms from Brandreth Mills Corp last year.\nReuter",
			want:  nil,
		},
	})
}

// TestSharesBoughtBackBesideNotes checks that stock bought back in a headline's first clause is
// a buyback when notes are sold in the second ("TO BUY BACK SHARES, SELL NOTES"), while notes
// bought back are financing.
func TestSharesBoughtBackBesideNotes(t *testing.T) {
	const background = "Gorsedd Foods Inc has made frozen dinners in Omaha since 1931.\nReuter"
	runWireStories(t, wire17Extractor(), []wireStory{
		{name: "shares bought back, notes sold", title: "GORSEDD FOODS TO BUY BACK SHARES, SELL NOTES", body: background,
			want: []string{"buyback GRS", "offering GRS"}},
		{name: "notes bought back", title: "GORSEDD FOODS TO BUY BACK 9 PCT NOTES", body: background,
			want: []string{"offering GRS"}},
		{name: "outstanding notes repurchased", title: "GORSEDD FOODS STATEMENT",
			body: "Gorsedd Foods Inc said it will repurchase its outstanding 9 pct notes due 1995.\nReuter",
			want: []string{"offering GRS"}},
	})
}

// TestFirstSince checks that the year after "since" in "the first ... since" dates the start of
// a span, not the event: the payout and the profit are the day's news.
func TestFirstSince(t *testing.T) {
	x := wire17Extractor()
	for _, tc := range []struct{ title, body string }{
		{"GORSEDD FOODS SETS FIRST PAYOUT SINCE 1979", "Gorsedd Foods Inc said it declared its first dividend since fiscal 1979, 10 cts a share, payable April 15 to holders of record April 1.\nReuter"},
		{"GORSEDD FOODS STATEMENT", "Gorsedd Foods Inc posted its first quarterly profit since 1984, earning 2.1 mln dlrs, or 14 cts a share.\nReuter"},
	} {
		evs := x.Extract(article(tc.title, "1987-03-20", tc.body)).Events
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.body)
			continue
		}
		for _, e := range evs {
			if e.Start.Year() != 1987 {
				t.Errorf("%q: %s dated %v, want the publication's 1987", tc.body, e.Type, e.Start)
			}
		}
	}
}

// TestUnitDistribution checks a partnership's payout told per unit, with its sum joined to its
// unit ("an initial 30-ct per unit distribution"), as a payout per share is.
func TestUnitDistribution(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a distribution per unit",
			title: "GORSEDD FOODS STATEMENT",
			body:  "Gorsedd Foods Inc said its general partners declared an initial 30-ct per unit distribution payable May 15 to unitholders of record March 31.\nReuter",
			want:  []string{"dividend GRS"},
		},
		{
			name:  "a price per unit of goods is no payout",
			title: "GORSEDD FOODS STATEMENT",
			body:  "Gorsedd Foods Inc said it raised the price of its frozen dinners to 2 dlrs per unit.\nReuter",
			want:  nil,
		},
	})
}

// TestFirstResultsTable checks a results table with no year before to compare, as the wire
// prints a newly public company's first results: its "Shr" line tells the results.
func TestFirstResultsTable(t *testing.T) {
	runWireStories(t, wire17Extractor(), []wireStory{
		{
			name:  "a first results table",
			title: "GORSEDD FOODS INC YEAR END LOSS",
			body:  "Shr loss 42 cts\nNet loss 1,310,000\nRevs 22.4 mln\nNOTE: Company went public in June 1986.\nReuter",
			want:  []string{"earnings GRS"},
		},
		{
			name:  "a share line of three words",
			title: "GORSEDD FOODS INC YEAR JAN 31 NET",
			body:  "Shr 14 cts\nNet 510,917\nSales 12.3 mln\nNOTE: Company began operating January 27, 1986.\nReuter",
			want:  []string{"earnings GRS"},
		},
		{
			name:  "a sentence of three words is no table",
			title: "GORSEDD FOODS STATEMENT",
			body:  "Shr prices rose.\nReuter",
			want:  nil,
		},
		{
			name:  "an operating share line",
			title: "GORSEDD FOODS INC 1ST QTR",
			body:  "Oper shr 19 cts\nOper net 653,000\nRevs 45.6 mln\nReuter",
			want:  []string{"earnings GRS"},
		},
	})
}

// TestFindingsResults checks that a test's or a count's results ("NEW GOLD ASSAY RESULTS",
// "ENCOURAGING DRILL RESULTS") are findings, not a company's results, which stay results.
func TestFindingsResults(t *testing.T) {
	const background = "Kelmscott Corp has explored for gold in Nevada since 1981.\nReuter"
	runWireStories(t, wire17Extractor(), []wireStory{
		{name: "assay results", title: "KELMSCOTT HAS NEW GOLD ASSAY RESULTS", body: background, want: nil},
		{name: "drill results", title: "KELMSCOTT REPORTS ENCOURAGING DRILL RESULTS", body: background, want: nil},
		{name: "a company's results", title: "KELMSCOTT REPORTS HIGHER 1ST QTR RESULTS", body: background, want: []string{"earnings KLM"}},
	})
}

// TestPayoutsPlural checks a headline's payouts in the plural, as a fund group or a partnership
// cuts or omits them ("CUTS FUND PAYOUTS", "MAY OMIT FUTURE PAYOUTS").
func TestPayoutsPlural(t *testing.T) {
	const background = "Kelmscott Corp manages three bond funds in Boston.\nReuter"
	runWireStories(t, wire17Extractor(), []wireStory{
		{name: "payouts cut", title: "KELMSCOTT CUTS FUND PAYOUTS", body: background, want: []string{"dividend KLM"}},
	})
}
