package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire20Extractor links the invented companies of the wire20 stories.
func wire20Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Sutterby Freight", Company: extract.Company{Name: "Sutterby Freight Inc", Ticker: "SBF"}},
		{Alias: "Quarley Tool", Company: extract.Company{Name: "Quarley Tool Co", Ticker: "QTL"}},
		{Alias: "Ambleside Foods", Company: extract.Company{Name: "Ambleside Foods Corp", Ticker: "AMBF"}},
		{Alias: "Crayke Instruments", Company: extract.Company{Name: "Crayke Instruments Inc", Ticker: "CRK"}},
		{Alias: "Nettlebed Oil", Company: extract.Company{Name: "Nettlebed Oil Co", Ticker: "NTO"}},
		{Alias: "Pendock Systems", Company: extract.Company{Name: "Pendock Systems Corp", Ticker: "PDK"}},
	})}
}

// TestCourtShelter checks a bankruptcy filing told by its court and its purpose ("filed a
// petition ... to reorganize under Chapter 11", "sought shelter from its creditors in
// bankruptcy court"): the court is where the company reorganizes, no lawsuit, and the petition
// sells no securities.
func TestCourtShelter(t *testing.T) {
	runWireStories(t, wire20Extractor(), []wireStory{
		{
			name:  "a petition to reorganize",
			title: "SUTTERBY FREIGHT FILES PETITION",
			body:  "Sutterby Freight Inc said it filed a petition in federal bankruptcy court in Omaha to reorganize under Chapter 11 after its banks refused to extend a loan.\nReuter",
			want:  []string{"bankruptcy SBF"},
		},
		{
			name:  "a credit line behind the filing",
			title: "CRAYKE INSTRUMENTS NEWS",
			body:  "Crayke Instruments Inc filed for protection from creditors under Chapter 11 after it failed to arrange a new credit line with its banks.\nReuter",
			want:  []string{"bankruptcy CRK"},
		},
		{
			name:  "a headline's court shelter",
			title: "NETTLEBED OIL TAKES COURT SHELTER",
			body:  "Nettlebed Oil Co said lower crude prices had left it unable to pay its bankers.\nReuter",
			want:  []string{"bankruptcy NTO"},
		},
		{
			name:  "shelter sought in bankruptcy court",
			title: "QUARLEY TOOL NEWS",
			body:  "Quarley Tool Co said it sought shelter from its lenders in U.S. Bankruptcy Court in Toledo, listing debts of 40 mln dlrs.\nReuter",
			want:  []string{"bankruptcy QTL"},
		},
	})
}

// TestWire20Shorthand checks events the wire tells in words the earlier rules did not read: a
// service's award without the word contract, an outlook told as the period's earnings being
// below last year's, a company buying a count of its own shares back from a holder, an
// officer's outlook told after a lead that names the officer, and a market report's quotes.
func TestWire20Shorthand(t *testing.T) {
	runWireStories(t, wire20Extractor(), []wireStory{
		{
			name:  "an Army award",
			title: "CRAYKE INSTRUMENTS NEWS",
			body:  "Crayke Instruments Inc has received a 31.2 mln dlr Army award for night vision goggles, the Pentagon said.\nReuter",
			want:  []string{"contract CRK"},
		},
		{
			name:  "a quarter's profit to be below a year ago",
			title: "AMBLESIDE FOODS NEWS",
			body:  "Ambleside Foods Corp said its profit for the third quarter will be lower than the 58 cts a share it earned a year ago because of higher cocoa prices.\nReuter",
			want:  []string{"guidance AMBF"},
		},
		{
			name:  "nine months of a year to be below a year earlier",
			title: "CRAYKE INSTRUMENTS NEWS",
			body:  "Crayke Instruments Inc said its net income for the first nine months of 1988 will be below the 2.05 dlrs a share it earned a year earlier.\nReuter",
			want:  []string{"guidance CRK"},
		},
		{
			name:  "shares bought back from a family",
			title: "PENDOCK SYSTEMS NEWS",
			body:  "Pendock Systems Corp said it will purchase the 940,000 of its common shares owned by the Harlow family for 27 dlrs each.\nReuter",
			want:  []string{"buyback PDK"},
		},
		{
			name:  "a count of its shares bought from an estate",
			title: "CRAYKE INSTRUMENTS NEWS",
			body:  "Crayke Instruments Inc said it bought 1.2 mln of its shares from the estate of its founder at 14-1/2 dlrs a share.\nReuter",
			want:  []string{"buyback CRK"},
		},
		{
			name:  "another company's shares counted stay a stake bought",
			title: "CRAYKE INSTRUMENTS NEWS",
			body:  "Crayke Instruments Inc said it bought 1.2 mln shares of Pendock Systems Corp from a group of investors.\nReuter",
			want:  []string{"acquisition CRK;PDK"},
		},
		{
			name:  "an outlook told after a lead with no event",
			title: "AMBLESIDE FOODS ADDRESSES ANALYSTS",
			body:  "Ambleside Foods Corp president Carl Nyman told analysts that the company had finished moving its offices to Atlanta.\nNyman said he expects 1989 net income to top 2.10 dlrs a share, against 1.85 dlrs in 1988.\nReuter",
			want:  []string{"guidance AMBF"},
		},
		{
			name:  "an officer's outlook set against last year",
			title: "NETTLEBED OIL PRESIDENT SPEAKS",
			body:  "Nettlebed Oil Co president Alma Quist told a meeting of oil analysts in Tulsa that drilling costs had eased.\nQuist said she expects 1988 earnings to rise to about 1.60 dlrs a share, against 1.12 dlrs last year.\nReuter",
			want:  []string{"guidance NTO"},
		},
		{
			name:  "a person named with no officer's title is only a voice",
			title: "AMBLESIDE FOODS NEWS",
			body:  "Dora Pike, who follows the food industry for Hollins Securities, toured Ambleside Foods Corp plants last week.\nPike said she expects 1989 net income to top 2.10 dlrs a share.\nReuter",
			want:  nil,
		},
		{
			name:  "stocks named in a market report",
			title: "U.S. STOCKS - OILS FIRM",
			body:  "Oil stocks rose in early trading, with Nettlebed Oil up 1-1/4 at 36 and Sutterby Freight gaining 3/4 to 12-1/2.\nReuter",
			want:  []string{"price_move NTO", "price_move SBF"},
		},
		{
			name:  "three quotes in a row",
			title: "AMERICAN STOCK EXCHANGE - ACTIVE ISSUES",
			body:  "Crayke Instruments rose 1-1/4 to 36, Quarley Tool gained 3/4 to 12-1/2 and Pendock Systems fell 1/2 to 9 in active trading.\nReuter",
			want:  []string{"price_move CRK", "price_move QTL", "price_move PDK"},
		},
		{
			name:  "quotes deep in the body are the news's circumstances",
			title: "PENDOCK SYSTEMS TO BUY QUARLEY TOOL",
			body:  "Pendock Systems Corp said it agreed to buy Quarley Tool Co for 40 mln dlrs in cash.\nAnalysts said the price was high.\nIn other trading, Crayke Instruments rose 1-1/4 to 36 and Nettlebed Oil fell 1/2 to 9.\nReuter",
			want:  []string{"acquisition PDK;QTL"},
		},
		{
			name:  "shares of a company eased are no bare quote",
			title: "PENDOCK SYSTEMS CUT BY BROKER",
			body:  "Shares of Pendock Systems Corp eased 1/4 to 17-1/2 after a broker lowered its rating to hold from buy.\nReuter",
			want:  []string{"analyst PDK"},
		},
		{
			name:  "a rise to a figure with a unit is no quote",
			title: "AMBLESIDE FOODS NEWS",
			body:  "Ambleside Foods Corp rose 12 to 36 stores in Georgia by opening a dozen this year.\nReuter",
			want:  nil,
		},
	})
}
