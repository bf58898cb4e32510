package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A stock's move told after a broker's rating action, in a clause that names no company, is
// the rated company's (ratedmove.go).
func TestRatedMover(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Barclays upgraded Delta Air Lines to overweight, and the shares climbed 4%.", []string{"analyst DAL", "price_move DAL"}},
		{"", "UBS downgraded Target to sell, sending the stock down 3% before the open.", []string{"analyst TGT", "price_move TGT"}},
		{"", "Wells Fargo cut Starbucks to equal weight; the shares slipped 2%.", []string{"analyst SBUX", "price_move SBUX"}},
		// controls: the mover named in its clause, and a company's own cut
		{"", "Delta Air Lines shares climbed 4% after Barclays upgraded the stock.", []string{"price_move DAL", "analyst DAL"}},
		{"", "Starbucks cut its sales forecast, and the shares slipped 2%.", []string{"guidance SBUX", "price_move SBUX"}},
	}, typeTickers)
}

// The middle ratings are reached from above and from below; a price raised to hold something is
// no rating (triggers.go rerated).
func TestMiddleRatings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Evercore raised Intel to in-line from underperform.", []string{"analyst INTC"}},
		{"", "Mizuho lowered Adobe to neutral.", []string{"analyst ADBE"}},
		{"", "KeyBanc cut Oracle to sector weight.", []string{"analyst ORCL"}},
		{"", "Bank of America cut Pfizer to equal weight after the trial data.", []string{"analyst PFE"}},
		// control
		{"", "Hershey raised prices to hold margins steady.", nil},
	}, typeTickers)
}
