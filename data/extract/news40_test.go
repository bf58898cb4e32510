package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews40Readings checks every event a sentence tells of results beside a forecast, a
// company's own measure of sales and a forecast the results were measured by (news40.go).
func TestNews40Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Results that "came in" against estimates, beside the outlook of the main clause.
		{body: "Clorox cut its annual sales forecast on Tuesday, even as fourth-quarter profit came in above expectations.",
			want: []string{"guidance CLX", "earnings CLX"}},
		{body: "Hormel's second-quarter revenue came in short of analysts' estimates.",
			want: []string{"earnings HRL"}},
		// The results as the cause of a move told before them are the move's reason.
		{body: "Netflix shares fell 8% after the company's second-quarter revenue came in below Wall Street estimates.",
			want: []string{"price_move NFLX"}},
		// A concessive clause tells its own news, as "but" does.
		{body: "Deere lowered its annual profit outlook on Thursday, though the tractor maker's second-quarter profit beat expectations.",
			want: []string{"guidance DE", "earnings DE"}},
		{body: "Whirlpool trimmed its full-year forecast, although its quarterly profit topped estimates.",
			want: []string{"guidance WHR", "earnings WHR"}},
		// Results a verb of reporting tells after a forecast are what beat the estimates.
		{body: "Lam Research raised its revenue forecast on Wednesday and reported quarterly results above Wall Street estimates.",
			want: []string{"guidance LRCX", "earnings LRCX"}},
		// The outlook itself measured against the estimates stays an outlook.
		{body: "Nike's forecast for the holiday quarter fell short of estimates.",
			want: []string{"guidance NKE"}},
		// A company's own measure of sales, with the unit of its business.
		{body: "Texas Roadhouse posted comparable restaurant sales growth of 6% on Thursday.",
			want: []string{"earnings TXRH"}},
		{body: "Darden reported fiscal third-quarter comparable restaurant sales below estimates.",
			want: []string{"earnings DRI"}},
		{body: "Wendy's reported fourth-quarter same-restaurant sales below estimates on Thursday.",
			want: []string{"earnings WEN"}},
		// The company's earlier forecast beaten or missed is the yardstick of results.
		{body: "Shares of Etsy plunged 20% on Thursday after the marketplace missed its own fourth-quarter revenue forecast.",
			want: []string{"price_move ETSY", "earnings ETSY"}},
		{body: "Lululemon cut its own revenue forecast for the year.",
			want: []string{"guidance LULU"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
