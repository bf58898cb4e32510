package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news45Extractor knows the companies of TestNews45's stories, all invented.
func news45Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Wraxall Tool", Company: extract.Company{Name: "Wraxall Tool Corp", Ticker: "WRXT"}},
		{Alias: "Wraxall", Company: extract.Company{Name: "Wraxall Tool Corp", Ticker: "WRXT"}},
		{Alias: "Marchley Paper", Company: extract.Company{Name: "Marchley Paper Co", Ticker: "MRCP"}},
		{Alias: "Marchley", Company: extract.Company{Name: "Marchley Paper Co", Ticker: "MRCP"}},
		{Alias: "Dunsop", Company: extract.Company{Name: "Dunsop Corp", Ticker: "DNSP"}},
		{Alias: "Yealand Industries", Company: extract.Company{Name: "Yealand Industries Inc", Ticker: "YLND"}},
		{Alias: "Yealand", Company: extract.Company{Name: "Yealand Industries Inc", Ticker: "YLND"}},
	})}
}

// TestNews45 checks the classes newswire23 found in US business wire copy of 1985-1990, each
// beside a neighbour that must stay as it was: the employment report told as "jobs", a stake
// "held by" its holder in a buyback, a premium over an earlier day's close, a clock time, and
// analysts revising their forecasts. Each row is "type status date tickers"; the stories are our own.
func TestNews45(t *testing.T) {
	x := news45Extractor()
	for _, tc := range []struct {
		name, title, published, body string
		want                         []string
	}{
		// news45Misread: the jobs report.
		{
			name: "a market story awaiting the jobs report", title: "Bonds Slip as Traders Await Jobs Report", published: "1988-06-02",
			body: "Treasury bond prices slipped in quiet trading.",
			want: nil,
		},
		{
			name: "stocks ahead of the jobs numbers", title: "Stocks Mixed Ahead of Jobs Numbers", published: "1989-03-09",
			body: "The Dow Jones industrial average edged up 2.1 points.",
			want: nil,
		},
		{
			name: "jobs cut by a company stay a restructuring", title: "Marchley Paper to Cut 400 Jobs", published: "1988-06-02",
			body: "The cuts will come at its mill in Maine.",
			want: []string{"restructuring forecast 1988-06-02 MRCP"},
		},
		// heldBy: the holder after "held by" is not the buyer.
		{
			name: "shares held by a group bought back", title: "Wraxall Tool Buys Back Shares Held by Dorner Group", published: "1986-11-12",
			body: "The price was not disclosed.",
			want: []string{"buyback occurred 1986-11-12 WRXT"},
		},
		{
			name: "a stake owned by a partnership bought back", title: "Dunsop Buys Back Stake Owned by Lisle Partners", published: "1987-02-03",
			body: "The partnership had held the stock since 1982.",
			want: []string{"buyback occurred 1987-02-03 DNSP"},
		},
		{
			name: "a target acquired by its buyer keeps the passive", title: "Dunsop Acquired by Yealand Industries", published: "1987-02-03",
			body: "Terms were not disclosed.",
			want: []string{"acquisition occurred 1987-02-03 DNSP;YLND"},
		},
		// referencePriceDay: an earlier day's close as the measure of a price.
		{
			name: "a premium over Friday's closing price", title: "Yealand statement", published: "1988-05-09",
			body: "Yealand Industries Inc. agreed to buy back 1.2 million of its shares from the Hebble family for $22 a share, a premium of $3 over Friday's closing price.",
			want: []string{"buyback occurred 1988-05-09 YLND"},
		},
		{
			name: "a bid above yesterday's close", title: "Wraxall statement", published: "1989-10-17",
			body: "Wraxall Tool Corp. offered to acquire Dunsop Corp. for $31 a share, about 20 percent above yesterday's close.",
			want: []string{"acquisition occurred 1989-10-17 DNSP;WRXT"},
		},
		{
			name: "results out after Friday's close keep the day", title: "Yealand statement", published: "1988-05-09",
			body: "Yealand Industries Inc. reported a 12 percent rise in first-quarter profit after Friday's close.",
			want: []string{"earnings occurred 1988-05-06 YLND"},
		},
		// clockTime: a clock time is no year.
		{
			name: "a move by a clock time", title: "Wraxall statement", published: "1988-04-12",
			body: "Wraxall Tool Corp. shares fell $2 to $19 at 1130 EST in heavy trading.",
			want: []string{"price_move occurred 1988-04-12 WRXT"},
		},
		// analystsRevise: analysts revising their forecasts.
		{
			name: "a headline's analysts trimming forecasts", title: "Marchley Paper Slides as Analysts Trim Forecasts", published: "1989-11-14",
			body: "The company had no comment.",
			want: []string{"analyst occurred 1989-11-14 MRCP"},
		},
		{
			name: "analysts lowering their forecasts", title: "Marchley statement", published: "1989-11-14",
			body: "Two analysts lowered their forecasts for Marchley Paper Co. yesterday, citing weak prices for newsprint.",
			want: []string{"analyst occurred 1989-11-13 MRCP"},
		},
		{
			name: "the company's own forecast stays guidance", title: "Marchley statement", published: "1989-11-14",
			body: "Marchley Paper Co. lowered its forecast for 1989 earnings yesterday, citing weak prices for newsprint.",
			want: []string{"guidance occurred 1989-11-13 MRCP"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, tc.published, tc.body)).Events {
				tickers := slices.Clone(e.Tickers)
				slices.Sort(tickers)
				s := strings.Join([]string{string(e.Type), string(e.Status), e.Value, strings.Join(tickers, ";")}, " ")
				if !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
