package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews27Rules checks modern26's classes in whole articles about real companies, linked by
// the embedded directory alone: a movers heading's listed stocks each moved, a heading's list of
// companies each tells the heading's news (a calendar's results to come, a digest's payouts, an
// analyst-calls roundup's rated stocks), companies listed as a verb's subject each tell a
// one-party event, a broker's rating of "the stock" inside its verb's gap is the stock's, and a
// business bought back is a purchase.
func TestNews27Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A movers heading: each stock after its colon moved.
		{"Stocks making the biggest moves after hours: Nordstrom, Foot Locker, Kohl's", "Nordstrom said little.",
			[]string{"price_move:FL;JWN;KSS"}},
		{"These stocks are moving premarket: Kroger, General Mills, Ford", "Kroger said little.",
			[]string{"price_move:F;GIS;KR"}},
		{"Stocks making the biggest moves midday", "Kroger said little.", nil},
		{"Kroger news", "Stock moves were small on Tuesday: Kroger said little.", nil},
		// A heading's news, then its list.
		{"Earnings this week: Kroger, General Mills and FedEx report", "Kroger said little.",
			[]string{"earnings:FDX;GIS;KR"}},
		{"Dividend hikes this week: Target, Lowe's and Walmart", "Target said little.",
			[]string{"dividend:LOW;TGT;WMT"}},
		{"Week ahead: earnings from Nike, FedEx and Micron Technology", "Nike said little.",
			[]string{"earnings:FDX;MU;NKE"}},
		{"Friday's top analyst calls: Nike, Ford, Apple", "Nike said little.",
			[]string{"analyst:AAPL;F;NKE"}},
		// A broker still rates the stock that follows it, not the one before.
		{"Morgan Stanley upgrades Nike to overweight", "Nike said little.", []string{"analyst:NKE"}},
		// Companies listed as the subject of a one-party verb.
		{"Oil news", "Exxon Mobil, Chevron and ConocoPhillips report results this week.",
			[]string{"earnings:COP;CVX;XOM"}},
		{"Oil news", "Exxon Mobil said it would report results after Chevron and ConocoPhillips.",
			[]string{"earnings:XOM"}},
		// "the stock" inside a rating verb's gap is the moved stock.
		{"Nike news", "Nike fell 3% after Jefferies cut the stock to hold from buy.",
			[]string{"price_move:NKE", "analyst:NKE"}},
		// A business bought back is a purchase; a share of the company's stock is a buyback.
		{"General Motors news", "General Motors was in talks to buy back the truck unit it sold a decade ago.",
			[]string{"acquisition:GM"}},
		{"Ford news", "Ford agreed to buy back its former parts unit for $2 billion.", []string{"acquisition:F"}},
		{"Ford news", "Ford bought back 5% of the company from its founding family.", []string{"buyback:F"}},
		{"Ford news", "Ford said it would buy back the company's shares.", []string{"buyback:F"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
