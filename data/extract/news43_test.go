package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews43Readings checks every event a sentence tells, with its tickers (news43.go).
func TestNews43Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// A quarter's sales short of what was expected are results.
		{body: "Clorox Co reported first-quarter sales below analysts' expectations on Tuesday.",
			want: []string{"earnings CLX"}},
		{body: "Hasbro posted third-quarter sales short of estimates on Monday.",
			want: []string{"earnings HAS"}},
		{body: "Hormel Foods lowered its annual forecast on Wednesday and reported second-quarter sales below Wall Street estimates.",
			want: []string{"guidance HRL", "earnings HRL"}},
		// A forecast of sales below estimates stays an outlook; a month's sales are no results.
		{body: "Clorox Co expects fourth-quarter sales below estimates.",
			want: []string{"guidance CLX"}},
		{body: "Hasbro forecast sales below Wall Street estimates on Monday.",
			want: []string{"guidance HAS"}},
		{body: "U.S. retailers posted February sales below expectations.",
			want: nil},
		// The companies of an analyst's reason are no parties to the rating.
		{body: "Barclays cut Etsy to underweight on Monday, warning that shoppers are moving to Amazon and Temu.",
			want: []string{"analyst ETSY"}},
		{body: "Goldman Sachs raised its rating on Hasbro to buy, noting that Mattel has lost shelf space at Walmart.",
			want: []string{"analyst HAS"}},
		{body: "Jefferies downgraded Wayfair to hold on Tuesday, arguing that Amazon is winning furniture buyers.",
			want: []string{"analyst W"}},
		// Companies rated together before the reason stay rated.
		{body: "Morgan Stanley upgraded Intel and AMD on Monday, arguing that demand for PCs has turned.",
			want: []string{"analyst INTC;AMD"}},
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

// TestNews43PredicateDates checks that of two predicates joined by "and", each with a date, the
// second is dated by its own (news43.go).
func TestNews43PredicateDates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type date" of each event
	}{
		{"Hormel opened a plant in Iowa in 2023 and bought Planters in 2021.",
			[]string{"acquisition 2021"}},
		{"Ecolab expanded its lab in Minnesota in 2022 and acquired Purolite in 2021.",
			[]string{"acquisition 2021"}},
		// With no date of its own, the second predicate keeps the sentence's.
		{"Hormel opened a plant in Iowa in 2023 and bought Planters.",
			[]string{"acquisition 2023"}},
		{"Hormel bought Planters in 2021.",
			[]string{"acquisition 2021"}},
		// A day before "and" is most often the day of both predicates.
		{"Hormel extended its offer for Planters from midnight yesterday and filed suit against Kraft Heinz in Delaware in March.",
			[]string{"acquisition 2025-01-27", "legal 2025-01-27"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("", "2025-01-28", tt.body)).Events {
			got = append(got, string(e.Type)+" "+e.Period.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}
