package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// TestTwoStocksMoves checks every price move a sentence tells, not only its first: a second
// clause that names its own stock before "shares" is that stock's move, and a second verb of the
// same stock is no second move.
func TestTwoStocksMoves(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		text string
		want []string // the tickers of each price move, in order
	}{
		{"Apple shares rose 2%, and Microsoft shares fell 1%.", []string{"AAPL", "MSFT"}},
		{"Shares of Nike climbed 4% on Wednesday, and Adidas stock slid 3%.", []string{"NKE"}},
		{"Oracle shares jumped 6% in early trading and its shares then gave back most of the gain.", []string{"ORCL"}},
		{"Intel shares fell 5%, and Nvidia shares gained 2% after the chip report.", []string{"INTC", "NVDA"}},
	}
	for _, tt := range tests {
		a := article("Northwind Traders Corp update", "2024-06-12", "Stocks were mixed in morning trading. "+tt.text)
		var got []string
		for _, e := range x.Extract(a).Events {
			if e.Type == events.PriceMove && slices.ContainsFunc(e.Mentions, func(m extract.Mention) bool { return m.Sentence == tt.text }) {
				got = append(got, strings.Join(e.Tickers, ";"))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: moves of %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestIndexNamedAfterPublisher checks that an index named after its publisher is the market, not
// the publisher: no event or claim of a market wrap goes to S&P Global or Nasdaq Inc (a claim of
// the index's own move goes to the index), while the publishers' own news still does.
func TestIndexNamedAfterPublisher(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	wraps := []string{
		"Eight of the S&P's 11 sectors ended in the red on Monday, led by utilities.",
		"S&P 500 futures rose 0.5% on Wednesday, and the S&P's energy sector jumped 3%.",
		"The Nasdaq Composite lost 2% on Friday, its worst day since April.",
	}
	for _, text := range wraps {
		r := x.Extract(article("Stocks end mixed", "2025-03-14", text))
		for _, e := range r.Events {
			if len(e.Tickers) > 0 {
				t.Errorf("%q: %s event of %v, want no company", text, e.Type, e.Tickers)
			}
		}
		// A move of the index itself is the index's claim (its symbol), no company's.
		for _, c := range r.Claims {
			if c.Ticker != "" && c.Ticker != "GSPC" && c.Ticker != "IXIC" {
				t.Errorf("%q: claim %q of %s, want no company", text, c.Text, c.Ticker)
			}
		}
	}
	own := []struct{ title, body, ticker string }{
		{"S&P Global profit rises", "S&P Global Inc said its quarterly profit rose 12% on demand for credit ratings.", "SPGI"},
		{"Nasdaq shares slide", "Nasdaq Inc shares fell 4% after the exchange operator reported lower trading revenue.", "NDAQ"},
	}
	for _, o := range own {
		r := x.Extract(article(o.title, "2025-03-14", o.body))
		if !slices.ContainsFunc(r.Events, func(e extract.Event) bool { return slices.Contains(e.Tickers, o.ticker) }) {
			t.Errorf("%q: no event of %s", o.body, o.ticker)
		}
	}
}
