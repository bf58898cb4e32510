package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire28Extractor knows the companies of TestWire28's stories, all invented.
func wire28Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Wilsill Estates", Company: extract.Company{Name: "Wilsill Estates Ltd", Ticker: "WLSE"}},
		{Alias: "Dacre Homes", Company: extract.Company{Name: "Dacre Homes Plc", Ticker: "DCRH"}},
	})}
}

// TestWire28 checks the classes newswire19 found first seen: an officer of an insolvency with a
// qualifier between the appointment and the post ("a provisional liquidator", "an interim
// receiver"), and results counted over a period told the British way ("for the year to March
// 31") that "will be below" last year's; and those its probes found in the same registers: a
// headline's bare "RECEIVERS APPOINTED", a final dividend "recommended" by the board, a
// "half-year to" a day. Each has a neighbour that must stay as it was. The stories are our own.
func TestWire28(t *testing.T) {
	runWireStories(t, wire28Extractor(), []wireStory{
		{
			name:  "a provisional liquidator appointed is a liquidation, no officer",
			title: "WILSILL ESTATES NEWS",
			body:  "A Sydney court appointed a provisional liquidator to Wilsill Estates Ltd after its lenders applied for a winding-up order.\nReuter",
			want:  []string{"bankruptcy WLSE"},
		},
		{
			name:  "an interim receiver appointed is a receivership",
			title: "WILSILL ESTATES NEWS",
			body:  "The Ontario court appointed an interim receiver for Wilsill Estates Ltd at the request of its bankers.\nReuter",
			want:  []string{"bankruptcy WLSE"},
		},
		{
			name:  "an interim chief appointed stays an appointment",
			title: "WILSILL ESTATES NEWS",
			body:  "Wilsill Estates Ltd appointed an interim chief executive after its founder resigned.\nReuter",
			want:  []string{"executive WLSE"},
		},
		{
			name:  "a year to a day that will be below last year is an outlook",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc said pre-tax profit for the year to June 30 will be substantially lower than the 31 mln stg it made last year.\nReuter",
			want:  []string{"guidance DCRH"},
		},
		{
			name:  "a half year ending on a day that will be below is an outlook",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc said turnover and profit for the six months ending March 31 would be below those of a year earlier.\nReuter",
			want:  []string{"guidance DCRH"},
		},
		{
			name:  "joint administrative receivers appointed by the banks",
			title: "WILSILL ESTATES NEWS",
			body:  "Wilsill Estates Ltd said its banks had appointed joint administrative receivers after talks on its borrowings broke down.\nReuter",
			want:  []string{"bankruptcy WLSE"},
		},
		{
			name:  "a headline's receivers appointed, with nothing after",
			title: "WILSILL ESTATES <WLSE> RECEIVERS APPOINTED",
			body:  "The property group has 14 office blocks in Leeds and Manchester.\nReuter",
			want:  []string{"bankruptcy WLSE"},
		},
		{
			name:  "a headline's new chief appointed stays an appointment",
			title: "WILSILL ESTATES <WLSE> CHIEF EXECUTIVE APPOINTED",
			body:  "The property group has 14 office blocks in Leeds and Manchester.\nReuter",
			want:  []string{"executive WLSE"},
		},
		{
			name:  "a final dividend recommended by the board",
			title: "DACRE HOMES NEWS",
			body:  "The board of Dacre Homes Plc recommended a final dividend of 4.2p, making 6.0p for the year.\nReuter",
			want:  []string{"dividend DCRH"},
		},
		{
			name:  "a dividend not recommended is no payout",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc said its directors had not recommended a dividend for the year.\nReuter",
			want:  nil,
		},
		{
			name:  "no plans to recommend a dividend's return is no payout",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc chairman said the board has no plans to recommend a resumption of the dividend this year.\nReuter",
			want:  nil,
		},
		{
			name:  "a half-year to a day that would be below is an outlook",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc said profit for the half-year to December 31 would be well below the 9 mln stg earned a year earlier.\nReuter",
			want:  []string{"guidance DCRH"},
		},
		{
			name:  "results for the year to a day that rose stay results",
			title: "DACRE HOMES NEWS",
			body:  "Dacre Homes Plc said pre-tax profit for the year to June 30 rose to 31 mln stg from 24 mln stg.\nReuter",
			want:  []string{"earnings DCRH"},
		},
	})
}
