package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire25Extractor knows the companies of TestWire25's stories, all invented.
func wire25Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Yallambee Mining", Company: extract.Company{Name: "Yallambee Mining Ltd", Ticker: "YLMB"}},
		{Alias: "Coolabah Hotels", Company: extract.Company{Name: "Coolabah Hotels Ltd", Ticker: "CLBH"}},
		{Alias: "Okabe Cement", Company: extract.Company{Name: "Okabe Cement Co Ltd", Ticker: "OKBC"}},
		{Alias: "Tarrabool Oil", Company: extract.Company{Name: "Tarrabool Oil Co", Ticker: "TRBO"}},
		{Alias: "Quixwood Data", Company: extract.Company{Name: "Quixwood Data Corp", Ticker: "QXWD"}},
		{Alias: "Kinnoull Chemical", Company: extract.Company{Name: "Kinnoull Chemical Corp", Ticker: "KNNL"}},
	})}
}

// TestWire25 checks the classes newswire16 found missed first seen: receivers appointed told in
// the passive (a receivership), an Australian bonus issue (a split), Japanese companies'
// Eurobonds and warrant bonds (an offering), an agreement with lenders that was not reached (no
// event) and a stock placed on the actives list before its quote (a move); and, from probes
// of our own in the Australian register, shares placed with institutions (an offering). Each has a neighbour that must stay as it was. The stories
// are our own.
func TestWire25(t *testing.T) {
	runWireStories(t, wire25Extractor(), []wireStory{
		{
			name:  "receivers appointed in the passive are a receivership",
			title: "COOLABAH HOTELS SHARES SUSPENDED",
			body:  "Receivers have been appointed to Coolabah Hotels Ltd by its bankers, the company told the Sydney exchange.\nReuter",
			want:  []string{"bankruptcy CLBH"},
		},
		{
			name:  "a headline's bare participle with the company after to",
			title: "RECEIVER APPOINTED TO COOLABAH HOTELS",
			body:  "The hotel group owes about 140 mln dlrs.\nReuter",
			want:  []string{"bankruptcy CLBH"},
		},
		{
			name:  "receivers who appoint a manager make no receivership of the appointment",
			title: "COOLABAH HOTELS NEWS",
			body:  "Coolabah Hotels Ltd said it appointed a new finance director, Jean Ashby.\nReuter",
			want:  []string{"executive CLBH"},
		},
		{
			name:  "an Australian bonus issue is a split",
			title: "YALLAMBEE MINING PLANS BONUS ISSUE",
			body:  "Yallambee Mining Ltd said it will make a one-for-three bonus issue to holders registered on May 12.\nReuter",
			want:  []string{"split YLMB"},
		},
		{
			name:  "a scrip issue is a split",
			title: "YALLAMBEE MINING NEWS",
			body:  "Yallambee Mining Ltd declared a one-for-five scrip issue, lifting its capital to 48 mln shares.\nReuter",
			want:  []string{"split YLMB"},
		},
		{
			name:  "a rights issue stays an offering",
			title: "YALLAMBEE MINING NEWS",
			body:  "Yallambee Mining Ltd said it will raise 30 mln dlrs through a one-for-four rights issue at 1.20 dlrs a share.\nReuter",
			want:  []string{"offering YLMB"},
		},
		{
			name:  "Eurobonds with warrants are an offering",
			title: "OKABE CEMENT PLANS DOLLAR ISSUE",
			body:  "Okabe Cement Co Ltd said it will issue 80 mln dlrs of four-year Eurobonds with equity warrants through Daiwa Europe Ltd.\nReuter",
			want:  []string{"offering OKBC"},
		},
		{
			name:  "Eurobonds a rating agency affirms are no issue",
			title: "MOODY'S AFFIRMS OKABE CEMENT",
			body:  "Moody's Investors Service Inc said it affirmed the ratings of Okabe Cement Co Ltd.\nAlso affirmed were the Baa-2 guaranteed Eurobonds of Okabe Cement's Dutch finance unit.\nReuter",
			want:  nil,
		},
		{
			name:  "a warrant bond in the headline",
			title: "OKABE CEMENT TO ISSUE WARRANT BOND",
			body:  "The coupon is indicated at 2-1/2 pct.\nReuter",
			want:  []string{"offering OKBC"},
		},
		{
			name:  "an agreement with lenders not reached is no event",
			title: "TARRABOOL OIL FILES FOR CHAPTER 11",
			body:  "Tarrabool Oil Co said it filed for reorganization under Chapter 11 after it was unable to reach an agreement with its banks to reschedule 96 mln dlrs of loans.\nReuter",
			want:  []string{"bankruptcy TRBO"},
		},
		{
			name:  "an agreement with lenders reached is financing",
			title: "TARRABOOL OIL NEWS",
			body:  "Tarrabool Oil Co said it reached agreement with its lenders to defer 96 mln dlrs of loan payments until 1989.\nReuter",
			want:  []string{"offering TRBO"},
		},
		{
			name:  "a partnership agreement stays a partnership",
			title: "TARRABOOL OIL, KINNOULL CHEMICAL IN PACT",
			body:  "Tarrabool Oil Co said it signed an agreement with Kinnoull Chemical Corp to jointly build a gas processing plant in Louisiana.\nReuter",
			want:  []string{"partnership KNNL;TRBO"},
		},
		{
			name:  "shares placed with institutions are an offering",
			title: "YALLAMBEE MINING PLACEMENT",
			body:  "Yallambee Mining Ltd said it placed 14 mln shares with Australian and overseas institutions at 1.85 dlrs each to fund its nickel smelter.\nReuter",
			want:  []string{"offering YLMB"},
		},
		{
			name:  "a placement of shares raising money",
			title: "YALLAMBEE MINING TO RAISE 26 MLN DLRS",
			body:  "Yallambee Mining Ltd said it will raise 26 mln dlrs through a placement of 14 mln shares at 1.85 dlrs each.\nReuter",
			want:  []string{"offering YLMB"},
		},
		{
			name:  "a holder's block placed is no offering of the company's",
			title: "YALLAMBEE MINING NEWS",
			body:  "Yallambee Mining Ltd said Okabe Cement Co Ltd placed its 4.2 mln Yallambee shares with institutions in Sydney.\nReuter",
			want:  nil,
		},
		{
			name:  "a stock leading the actives list before its quote moved",
			title: "ACTIVE STOCKS",
			body:  "Quixwood Data Corp topped the American Stock Exchange's active list, falling 1-3/8 to 12-1/4 on 830,000 shares.\nReuter",
			want:  []string{"price_move QXWD"},
		},
		{
			name:  "a place on the list with no quote is no move",
			title: "ACTIVE STOCKS",
			body:  "Quixwood Data Corp was the most active issue on the American Stock Exchange for a third day.\nReuter",
			want:  nil,
		},
	})
}
