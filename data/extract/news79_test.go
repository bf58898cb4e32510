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

// news79Types extracts a story told on 1989-04-27 and returns its event types, sorted and once
// each.
func news79Types(x *extract.Extractor, title, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, "1989-04-27", body)).Events {
		if !slices.Contains(got, string(e.Type)) {
			got = append(got, string(e.Type))
		}
	}
	slices.Sort(got)
	return got
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
		if got := news79Types(x, "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
