package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire18Extractor links the invented companies of the wire18 stories.
func wire18Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Fairburn Tool", Company: extract.Company{Name: "Fairburn Tool Co", Ticker: "FBT"}},
		{Alias: "Ormesby", Company: extract.Company{Name: "Ormesby Corp", Ticker: "ORM"}},
		{Alias: "Tanfield Oil", Company: extract.Company{Name: "Tanfield Oil Corp", Ticker: "TFO"}},
		{Alias: "Rydal Gas", Company: extract.Company{Name: "Rydal Gas Co", Ticker: "RYG"}},
		{Alias: "Copeland Mills", Company: extract.Company{Name: "Copeland Mills Inc", Ticker: "CPM"}},
	})}
}

// TestOddLotOffers checks a company's offer to buy back the holdings of its small holders, which
// the wire tells as an offer for shares: it buys its own stock, a buyback, and bids for no company.
func TestOddLotOffers(t *testing.T) {
	runWireStories(t, wire18Extractor(), []wireStory{
		{
			name:  "an offer to holders of fewer than 100 shares",
			title: "FAIRBURN TOOL TO HELP SMALL HOLDERS",
			body:  "Fairburn Tool Co said it offered to buy the shares of holders who own fewer than 100 shares at 9-1/4 dlrs each.\nReuter",
			want:  []string{"buyback FBT"},
		},
		{
			name:  "an odd-lot headline",
			title: "ORMESBY OFFERS TO REPURCHASE ODD LOTS",
			body:  "Ormesby Corp said holders of fewer than 100 shares may sell them back to the company at 31 dlrs each until June 30.\nReuter",
			want:  []string{"buyback ORM"},
		},
	})
}

// TestRatingBackground checks what a rating agency's action names as its cause or its object:
// the borrowing plan behind a review and the notes rated are the agency's reasons, told before,
// and no news of their own.
func TestRatingBackground(t *testing.T) {
	runWireStories(t, wire18Extractor(), []wireStory{
		{
			name:  "a buyback plan behind a review",
			title: "DEBT OF TANFIELD OIL UNDER REVIEW",
			body:  "Duff and Phelps said it placed Tanfield Oil Corp's debt under review for a possible downgrade because of the company's plan to borrow to repurchase up to a third of its stock.\nReuter",
			want:  []string{"analyst TFO"},
		},
		{
			name:  "the notes whose rating is raised",
			title: "RYDAL GAS DEBT UPGRADED",
			body:  "Fitch said it raised its rating on Rydal Gas Co's 90 mln dlrs of subordinated debentures to BBB from BB-plus.\nReuter",
			want:  []string{"analyst RYG"},
		},
		{
			name:  "an offering's paper rated by an agency stays the offering",
			title: "RYDAL GAS NEWS",
			body:  "Rydal Gas Co said it sold 75 mln dlrs of debentures due 2017, rated BBB by Fitch, through underwriters.\nReuter",
			want:  []string{"offering RYG"},
		},
	})
}

// TestWire18Clauses checks events told in a lead's second clause or after a noun the earlier
// batches did not use.
func TestWire18Clauses(t *testing.T) {
	runWireStories(t, wire18Extractor(), []wireStory{
		{
			name:  "a chairman's retirement after a payout",
			title: "COPELAND MILLS NEWS",
			body:  "Copeland Mills Inc said it raised its quarterly dividend to 14 cts a share from 12 cts, and that chairman Hugh Tarrant, 66, will retire at the end of the year.\nReuter",
			want:  []string{"dividend CPM", "executive CPM"},
		},
		{
			name:  "closings a plan calls for",
			title: "COPELAND MILLS NEWS",
			body:  "Copeland Mills Inc said its board adopted a plan that calls for the sale or closing of three of its eight mills.\nReuter",
			want:  []string{"restructuring CPM"},
		},
		{
			name:  "two companies to explore together",
			title: "TANFIELD OIL, RYDAL GAS IN PACT",
			body:  "Tanfield Oil Corp and Rydal Gas Co said they agreed to drill for gas together in western Kansas.\nReuter",
			want:  []string{"partnership RYG;TFO"},
		},
		{
			name:  "an officer who will retire as chairman",
			title: "COPELAND MILLS NEWS",
			body:  "Copeland Mills Inc said Hugh Tarrant will retire as chairman after the annual meeting in May.\nReuter",
			want:  []string{"executive CPM"},
		},
		{
			name:  "staff who retire early are no officer",
			title: "COPELAND MILLS NEWS",
			body:  "Copeland Mills Inc said its chairman told shareholders that about 200 workers would retire early this year.\nReuter",
			want:  nil,
		},
		{
			name:  "smelters shut",
			title: "TANFIELD OIL NEWS",
			body:  "Tanfield Oil Corp said it will shut two of its copper smelters in Arizona by September.\nReuter",
			want:  []string{"restructuring TFO"},
		},
		{
			name:  "a sale of two units together is no pact",
			title: "TANFIELD OIL NEWS",
			body:  "Tanfield Oil Corp said it agreed to sell the two units together for 40 mln dlrs.\nReuter",
			want:  []string{"acquisition TFO"},
		},
		{
			name:  "the two companies to bid jointly",
			title: "TANFIELD OIL NEWS",
			body:  "Tanfield Oil Corp said it and Rydal Gas Co agreed to bid for offshore leases jointly next month.\nReuter",
			want:  []string{"partnership RYG;TFO"},
		},
		{
			name:  "closings a confirmed plan calls for",
			title: "TANFIELD OIL NEWS",
			body:  "Tanfield Oil Corp said the bankruptcy court in Tulsa approved its plan of reorganization, which provides for the closing of two refineries.\nReuter",
			want:  []string{"bankruptcy TFO", "restructuring TFO"},
		},
	})
}
