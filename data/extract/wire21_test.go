package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire21Extractor links the invented companies of the wire21 stories.
func wire21Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Marlow Dyes", Company: extract.Company{Name: "Marlow Dyes Inc", Ticker: "MDY"}},
		{Alias: "Tenbury Mills", Company: extract.Company{Name: "Tenbury Mills Inc", Ticker: "TNB"}},
		{Alias: "Ockley Electric", Company: extract.Company{Name: "Ockley Electric Co", Ticker: "OKE"}},
		{Alias: "Fairlie Chemical", Company: extract.Company{Name: "Fairlie Chemical Corp", Ticker: "FRC"}},
		{Alias: "Bidford Stores", Company: extract.Company{Name: "Bidford Stores Inc", Ticker: "BDS"}},
	})}
}

// TestLossToCome checks a result the company says it will post, named with an article ("will
// post a loss for the third quarter", "will cause it to report a loss", "will result in a net
// loss"): the company's outlook, where a report to come without one and a result a company
// failed to post are not.
func TestLossToCome(t *testing.T) {
	runWireStories(t, wire21Extractor(), []wireStory{
		{
			name:  "a walkout that will result in a net loss",
			title: "OCKLEY ELECTRIC NEWS",
			body:  "Ockley Electric Co said the walkout at its Dayton plant will result in a net loss for the third quarter ending September 30.\nReuter",
			want:  []string{"guidance OKE"},
		},
		{
			name:  "a fire that will cause it to report a loss",
			title: "FAIRLIE CHEMICAL NEWS",
			body:  "Fairlie Chemical Corp said the fire at its Texas plant will cause it to report a loss for the fourth quarter.\nReuter",
			want:  []string{"guidance FRC"},
		},
		{
			name:  "it will post a loss",
			title: "MARLOW DYES NEWS",
			body:  "Marlow Dyes Inc said it will post a small loss for the first half because of higher dye costs.\nReuter",
			want:  []string{"guidance MDY"},
		},
		{
			name:  "analysts' expected report stays earnings",
			title: "MARLOW DYES NEWS",
			body:  "Analysts expect Marlow Dyes Inc to report a profit of 40 cts a share for the quarter on Thursday.\nReuter",
			want:  []string{"earnings MDY"},
		},
		{
			name:  "a report to come stays earnings",
			title: "MARLOW DYES NEWS",
			body:  "Marlow Dyes Inc said it will report third quarter results on October 20.\nReuter",
			want:  []string{"earnings MDY"},
		},
	})
}

// TestOwnSharesToHolders checks shares of the company's own handed or sold to its holders per
// share held: "give holders one additional share for every three they hold" is a split, not a
// spin-off's shares of another company, and "will be able to buy one new share for each four
// shares held" a rights offering, not a deal. A spin-off's named shares stay a deal.
func TestOwnSharesToHolders(t *testing.T) {
	runWireStories(t, wire21Extractor(), []wireStory{
		{
			name:  "additional shares given to holders",
			title: "BIDFORD STORES NEWS",
			body:  "Bidford Stores Inc said its board voted to give holders one additional share for every three they hold.\nReuter",
			want:  []string{"split BDS"},
		},
		{
			name:  "a rights offering's new shares",
			title: "TENBURY MILLS NEWS",
			body:  "Tenbury Mills Inc said holders will be able to buy one new share for each five shares held at 9 dlrs a share.\nReuter",
			want:  []string{"offering TNB"},
		},
		{
			name:  "a spin-off's named shares",
			title: "TENBURY MILLS NEWS",
			body:  "Tenbury Mills Inc gave its shareholders one Bidford Stores share for every four Tenbury shares.\nReuter",
			want:  []string{"acquisition BDS;TNB"},
		},
	})
}

// TestWire21Shorthand checks events told in words the earlier rules did not read: models added
// to a product line, a stock's rise told in a clause on the stock after a company knows of no
// reason for it, and holders voting a split at a meeting in a sentence that names no company.
func TestWire21Shorthand(t *testing.T) {
	runWireStories(t, wire21Extractor(), []wireStory{
		{
			name:  "models added to a line",
			title: "OCKLEY ELECTRIC NEWS",
			body:  "Ockley Electric Co said it has added three models to its line of industrial motors, priced from 900 dlrs.\nReuter",
			want:  []string{"product OKE"},
		},
		{
			name:  "a headline's addition to a family",
			title: "OCKLEY ELECTRIC ADDS TO MOTOR FAMILY",
			body:  "Ockley Electric Co has made motors in Dayton since 1931.\nReuter",
			want:  []string{"product OKE"},
		},
		{
			name:  "money added to a credit line is financing, no product",
			title: "OCKLEY ELECTRIC NEWS",
			body:  "Ockley Electric Co said it added 20 mln dlrs to its line of credit with two banks.\nReuter",
			want:  []string{"offering OKE"},
		},
		{
			name:  "a rise told in a clause on the stock",
			title: "TENBURY MILLS NEWS",
			body:  "Tenbury Mills Inc said it knows of no reason for the rise in its stock, which has gained 4-1/2 points this week to 27 in over-the-counter trading.\nReuter",
			want:  []string{"price_move TNB"},
		},
		{
			name:  "holders voting a reverse split",
			title: "MARLOW DYES HOLDERS MEET",
			body:  "Holders of Marlow Dyes Inc at the annual meeting reelected all seven directors.\nThey also ratified the choice of auditors.\nIn addition, holders approved a one-for-ten reverse split of the common stock.\nReuter",
			want:  []string{"split MDY"},
		},
	})
}

// TestAgencyRerated checks a rating agency's action told by its verb on a company's rating:
// rating news in a body as in a title, where "rating" alone, or a company's own words about its
// credit rating, is a topic and no event.
func TestAgencyRerated(t *testing.T) {
	runWireStories(t, wire21Extractor(), []wireStory{
		{
			name:  "an agency lowers the rating on senior debt",
			title: "MARLOW DYES NEWS",
			body:  "Standard and Poor's Corp said it lowered to B-plus from BB-minus its rating on about 120 mln dlrs of senior debt of Marlow Dyes Inc, citing heavy borrowing.\nReuter",
			want:  []string{"analyst MDY"},
		},
		{
			name:  "an agency raises the rating on a company's debt",
			title: "TENBURY MILLS NEWS",
			body:  "Moody's Investors Service Inc said it raised its rating on Tenbury Mills Inc's senior debt to Baa-2 from Baa-3.\nReuter",
			want:  []string{"analyst TNB"},
		},
		{
			name:  "a company's own words on its credit rating",
			title: "MARLOW DYES NEWS",
			body:  "Marlow Dyes Inc said lower costs would help its credit rating with Moody's.\nReuter",
			want:  nil,
		},
	})
}

// TestEstimatesAhead checks results set against estimates in the future ("SAYS 1989 NET TO BEAT
// FORECASTS", "should comfortably top analysts' estimates"): the company's outlook, where results
// that topped estimates, and others' expectation of a report to come, stay earnings.
func TestEstimatesAhead(t *testing.T) {
	runWireStories(t, wire21Extractor(), []wireStory{
		{
			name:  "a headline's net to beat forecasts",
			title: "MARLOW DYES SAYS 1989 NET TO BEAT FORECASTS",
			body:  "Marlow Dyes Inc has made dyes in Leeds since 1921.\nReuter",
			want:  []string{"guidance MDY"},
		},
		{
			name:  "profits that should top estimates",
			title: "TENBURY MILLS NEWS",
			body:  "Tenbury Mills Inc said its 1987 profits should easily top analysts' estimates of about 1.90 dlrs a share.\nReuter",
			want:  []string{"guidance TNB"},
		},
		{
			name:  "results that topped estimates",
			title: "TENBURY MILLS NET TOPS ESTIMATES",
			body:  "Tenbury Mills Inc has spun cotton since 1899.\nReuter",
			want:  []string{"earnings TNB"},
		},
		{
			name:  "others expect it to beat estimates",
			title: "MARLOW DYES NEWS",
			body:  "Marlow Dyes Inc is expected to beat estimates when it reports on Thursday.\nReuter",
			want:  []string{"earnings MDY"},
		},
	})
}
