package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news79Extractor knows the companies of the news79 tests, all invented: a maker of controls, a
// savings bank, a trucker and a software house.
func news79Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Halvern Controls", Company: co("Halvern Controls Corp", "HLVC")},
		{Alias: "Marlow Savings", Company: co("Marlow Savings Bank", "MRLS")},
		{Alias: "Corvel Trucking", Company: co("Corvel Trucking Inc", "CRVT")},
		{Alias: "Ardent Software", Company: co("Ardent Software Inc", "ARDS")},
	})}
}

// TestNews79SinceDateOpened checks that a sentence opened by "Since" and a date with no comma,
// told in the perfect, is the record of the years since and no news of the day, while a day's
// news after the span, a clause "Since" opens and news with no span stay as they were.
func TestNews79SinceDateOpened(t *testing.T) {
	x := news79Extractor()
	tests := []struct {
		body string
		want []string
	}{
		// The record of the years since a date, told in the perfect.
		{"Since 1985 Halvern Controls has sold its foundry business and bought two electronics companies.", nil},
		{"Since early 1987 Marlow Savings has repurchased 2 million of its shares.", nil},
		{"Since January 1988 the company has acquired four regional carriers.", nil},
		// Near misses: the day's news after the span, and the same news with no span.
		{"Since 1985 Halvern Controls has been a unit of Ardent Software, and today it agreed to acquire Corvel Trucking.", []string{"acquisition"}},
		{"Halvern Controls has acquired Corvel Trucking, the companies said today.", []string{"acquisition"}},
		{"Marlow Savings said today it repurchased 2 million of its shares.", []string{"buyback"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews79ReportedFigure checks that a results figure a company reports for a period of its
// accounts is results though no verb of change follows, while a retailer's weeks, a month, a
// region, a relative clause's description and a report to come stay none.
func TestNews79ReportedFigure(t *testing.T) {
	x := news79Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Halvern Controls today reported record sales of $48.2 million for its fiscal second quarter ended Dec. 31.", []string{"earnings"}},
		{"Ardent Software posted sales of 31.4 mln dlrs in the quarter.", []string{"earnings"}},
		{"Marlow Savings said it reported revenues of $212 million for the first quarter ended March 31.", []string{"earnings"}},
		// Near misses.
		{"Corvel Trucking reported record sales of $48.2 million for the five weeks ended Jan. 2.", nil},
		{"Corvel Trucking reported sales of $40 million in the Midwest.", nil},
		{"Corvel Trucking, which reported sales of $40 million in its latest fiscal year, hauls steel.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews79OwnStockCounted checks that a count of the company's own stock bought is a buyback,
// told with "purchased" as with "bought", with "shares of its common stock" as with "of its
// shares", while shares of a company named and shares sold stay as they were.
func TestNews79OwnStockCounted(t *testing.T) {
	x := news79Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Halvern Controls said today it has purchased 1,250,000 of its common shares in the open market.", []string{"buyback"}},
		{"Marlow Savings said it bought 400,000 shares of its common stock in the open market.", []string{"buyback"}},
		{"Ardent Software said it acquired 2.1 mln shares of its own stock, or about 9 pct of those outstanding.", []string{"buyback"}},
		// Near misses.
		{"Halvern Controls said it bought 1,250,000 shares of Corvel Trucking common stock.", []string{"acquisition"}},
		{"Halvern Controls said Corvel Trucking holds 1,250,000 of its common shares.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
