package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestWire16 checks the classes newswire7's first-seen misses showed, each with stories of our
// own both ways: staff counted by their trade and furloughed, partners each owning half of a new
// company or marketing each other's goods, brokers moving their ratings without naming the new
// one, a unit taken to the public (sold "to the public", floated), a broker "recommending
// purchase" of a stock, and a bid told by the price the buyer will pay for the company.
func TestWire16(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Whitcombe Airlines", Company: extract.Company{Name: "Whitcombe Airlines Inc", Ticker: "WAL"}},
		{Alias: "Brandreth Mills", Company: extract.Company{Name: "Brandreth Mills Corp", Ticker: "BRM"}},
		{Alias: "Osgood Pharmacal", Company: extract.Company{Name: "Osgood Pharmacal Co", Ticker: "OSG"}},
		{Alias: "Velland Tool", Company: extract.Company{Name: "Velland Tool Inc", Ticker: "VLT"}},
	})}
	tests := []struct {
		name, title, body string
		want              []string // "type tickers" of the events, in order, each once
	}{
		{
			name:  "staff counted by their trade and furloughed",
			title: "WHITCOMBE AIR STATEMENT",
			body:  "Whitcombe Airlines Inc said it will furlough 450 mechanics at its Denver base next month.\nReuter",
			want:  []string{"restructuring WAL"},
		},
		{
			name:  "a trade's count hired is no cut",
			title: "WHITCOMBE AIR STATEMENT",
			body:  "Whitcombe Airlines Inc said it hired 450 mechanics for its Denver base.\nReuter",
			want:  nil,
		},
		{
			name:  "a new company each partner will own half of",
			title: "BRANDRETH, VELLAND PLAN",
			body:  "Brandreth Mills Corp and Velland Tool Inc said they will move their gear businesses into a new company that each will own half.\nReuter",
			want:  []string{"partnership BRM;VLT"},
		},
		{
			name:  "two companies marketing each other's goods",
			title: "OSGOOD PHARMACAL, VELLAND NOTE",
			body:  "Osgood Pharmacal Co agreed with Velland Tool Inc to market each other's laboratory products in Europe.\nReuter",
			want:  []string{"partnership OSG;VLT"},
		},
		{
			name:  "unnamed brokers lowering their ratings",
			title: "OSGOOD PHARMACAL NOTE",
			body:  "Several brokerage firms lowered their ratings on Osgood Pharmacal Co after its drug trial was halted.\nReuter",
			want:  []string{"analyst OSG"},
		},
		{
			name:  "a network's ratings are no broker's",
			title: "OSGOOD PHARMACAL NOTE",
			body:  "Osgood Pharmacal Co said its television advertising lifted its ratings among doctors.\nReuter",
			want:  nil,
		},
		{
			name:  "part of a unit sold to the public is the unit's listing",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc said it will sell 30 pct of its aerospace subsidiary to the public this spring.\nReuter",
			want:  []string{"ipo VLT"},
		},
		{
			name:  "a unit sold to a buyer stays a deal",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc said it will sell its aerospace subsidiary to Brandreth Mills Corp for 40 mln dlrs.\nReuter",
			want:  []string{"acquisition BRM;VLT"},
		},
		{
			name:  "a unit floated",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc plans to float a minority stake in its aerospace division on the London exchange.\nReuter",
			want:  []string{"ipo VLT"},
		},
		{
			name:  "notes floated are financing",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc floated a 60 mln dlr issue of floating rate notes.\nReuter",
			want:  []string{"offering VLT"},
		},
		{
			name:  "a headline's two verbs across a comma",
			title: "BRANDRETH MILLS TO FLOAT, SPIN OFF TEXTILE UNIT",
			body:  "Brandreth Mills Corp gave no timetable.\nReuter",
			want:  []string{"acquisition BRM"},
		},
		{
			name:  "a broker recommending purchase of a stock",
			title: "OSGOOD PHARMACAL NOTE",
			body:  "An analyst at a Boston brokerage began recommending purchase of Osgood Pharmacal Co shares, citing its new antibiotic.\nReuter",
			want:  []string{"analyst OSG"},
		},
		{
			name:  "a broker's list of recommended purchases",
			title: "OSGOOD PHARMACAL NOTE",
			body:  "A New York brokerage put Osgood Pharmacal Co on its list of recommended purchases, citing its new antibiotic.\nReuter",
			want:  []string{"analyst OSG"},
		},
		{
			name:  "a board's recommended purchase of a company stays a deal",
			title: "VELLAND TOOL VOTE",
			body:  "Holders of Velland Tool Inc approved the recommended purchase of the company by Brandreth Mills Corp for 31 dlrs a share.\nReuter",
			want:  []string{"acquisition BRM;VLT"},
		},
		{
			name:  "a company's first public sale of stock is its listing",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc sold 2 mln shares at 12 dlrs each in its first public sale of stock, the company said.\nReuter",
			want:  []string{"ipo VLT"},
		},
		{
			name:  "a first public sale of notes is financing",
			title: "VELLAND TOOL STATEMENT",
			body:  "Velland Tool Inc made its first public offering of notes, selling 50 mln dlrs of 10 pct notes due 1997.\nReuter",
			want:  []string{"offering VLT"},
		},
		{
			name:  "a quarterly cash payment raised beside a split",
			title: "BRANDRETH MILLS STATEMENT",
			body:  "Brandreth Mills Corp declared a two-for-one split of its common stock and raised its quarterly cash payment to 11 cts a share from ten cts.\nReuter",
			want:  []string{"split BRM", "dividend BRM"},
		},
		{
			name:  "a price a share paid for a company is a bid",
			title: "BRANDRETH MILLS STATEMENT",
			body:  "Brandreth Mills Corp said it will pay 31 dlrs a share in cash for all of Velland Tool Inc.\nReuter",
			want:  []string{"acquisition BRM;VLT"},
		},
		{
			name:  "a price a share paid to holders is a payout",
			title: "BRANDRETH MILLS STATEMENT",
			body:  "Brandreth Mills Corp said it will pay 22 cts a share on June 1 to holders of record May 10.\nReuter",
			want:  []string{"dividend BRM"},
		},
		{
			name:  "a price a share paid for a year is no bid",
			title: "BRANDRETH MILLS STATEMENT",
			body:  "Brandreth Mills Corp paid 1.40 dlrs a share for the year.\nReuter",
			want:  nil,
		},
	}
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
