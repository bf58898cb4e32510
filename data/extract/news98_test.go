package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news98Extractor knows the companies of the news98 tests, all invented.
func news98Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor", Company: co("Velcor Inc", "VLC")},
		{Alias: "Harlan Foods", Company: co("Harlan Foods Corp", "HRF")},
		{Alias: "Harlan", Company: co("Harlan Foods Corp", "HRF")},
	})}
}

// news98Dates returns the date of each event of a type in the story.
func news98Dates(x *extract.Extractor, title, published, body, typ string) []string {
	var got []string
	for _, e := range x.Extract(article(title, published, body)).Events {
		if string(e.Type) == typ {
			got = append(got, e.Value)
		}
	}
	return got
}

// TestNews98FrontedMonth checks that results or an outlook told after a past month that opens the
// sentence are dated by that month, not the publication day.
func TestNews98FrontedMonth(t *testing.T) {
	x := news98Extractor()
	lead := "Velcor named a new finance chief on Tuesday. "
	tests := []struct {
		sentence, typ, want string
	}{
		{"In November, Velcor warned on profit, sending its shares down 12% that day.", "guidance", "2024-11"},
		{"Last March the stock fell 20% in a single session after the company cut its outlook.", "guidance", "2025-03"},
		{"Back in January, Velcor lowered its outlook and its shares tumbled 15%.", "guidance", "2025-01"},
		{"In February, Velcor reported a surprise quarterly loss, sending the stock down 14%.", "earnings", "2025-02"},
		// Near misses: the month is the period the figures cover; the day's own news.
		{"In May, sales rose 4%, Velcor said on Tuesday.", "earnings", "2025-06-03"},
		{"On Tuesday, Velcor cut its outlook.", "guidance", "2025-06-03"},
	}
	for _, tt := range tests {
		got := news98Dates(x, "Velcor names finance chief", "2025-06-04", lead+tt.sentence, tt.typ)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: got %s dates %v, want [%s]", tt.sentence, tt.typ, got, tt.want)
		}
	}
}
