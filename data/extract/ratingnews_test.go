package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestRatingActionEvents checks every event of a rating agency's action on a company: the action
// is the rated company's analyst news, and neither the agency nor the deal the action cites is a
// partnership of the two.
func TestRatingActionEvents(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		text string
		want []string // each event as type:tickers, in order
	}{
		{"Moody's placed Paramount Global's ratings on review for downgrade on Wednesday following its merger agreement with Skydance.",
			[]string{"analyst:PARA"}},
		{"S&P Global Ratings lowered its outlook on Boeing to negative from stable on Wednesday.", []string{"analyst:BA"}},
		// The agencies' own news is theirs.
		{"Moody's agreed on Wednesday to buy a data firm for $200 million.", []string{"acquisition:MCO"}},
		{"S&P Global raised its full-year outlook on Wednesday.", []string{"guidance:SPGI"}},
	}
	for _, tt := range tests {
		a := article("Northwind Traders Corp update", "2024-06-12", "Stocks were mixed in morning trading. "+tt.text)
		var got []string
		for _, e := range x.Extract(a).Events {
			if slices.ContainsFunc(e.Mentions, func(m extract.Mention) bool { return m.Sentence == tt.text }) {
				got = append(got, string(e.Type)+":"+strings.Join(e.Tickers, ";"))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %v, want %v", tt.text, got, tt.want)
		}
	}
}
