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

// TestNews98SaleGain checks that a gain a company expects to book on a sale its title tells is
// no results forecast of its own, while a title naming the gain keeps it.
func TestNews98SaleGain(t *testing.T) {
	x := news98Extractor()
	tests := []struct {
		title, body string
		earnings    bool
	}{
		{"Velcor to sell barge unit", "Velcor said on Tuesday it agreed to sell its barge unit for $900 million. Velcor expects to record a gain of about $140 million on the sale.", false},
		{"Harlan Foods sells stake in mine", "Harlan Foods said on Monday it sold its stake in a copper mine for $300 million. Harlan said it will recognize an after-tax gain of $45 million in the third quarter.", false},
		// Near misses: the title names the gain, alone or after the sale.
		{"Velcor to have gain on unit sale", "Velcor said on Tuesday it expects to record a gain of about $140 million on the sale of its barge unit.", true},
		{"Velcor sells unit, sees gain", "Velcor said on Tuesday it sold its barge unit. It expects to record a gain of $20 million on the sale of its unit.", true},
	}
	for _, tt := range tests {
		got := news98Dates(x, tt.title, "2025-06-04", tt.body, "earnings")
		if has := len(got) > 0; has != tt.earnings {
			t.Errorf("%q: got earnings %v, want any: %v", tt.title, got, tt.earnings)
		}
	}
}

// TestNews98PastPossessiveSale checks that a sale named as a past period's, in the possessive, is
// no event: neither the day's sale nor one to come.
func TestNews98PastPossessiveSale(t *testing.T) {
	x := news98Extractor()
	tests := []struct {
		sentence string
		sale     bool
	}{
		{"Velcor said on Tuesday it repaid $500 million of notes with the proceeds of last year's sale of its barge line.", false},
		{"Velcor said on Tuesday it would repay debt with cash from last month's sale of its printer unit.", false},
		{"Velcor said on Tuesday it would repay debt with cash from last quarter’s sale of its snacks unit.", false},
		// Near misses: a period not over yet; the sale told in a clause of its own.
		{"Velcor said on Tuesday this year's planned sale of its printer unit would close in July.", true},
		{"Velcor said on Tuesday it agreed to sell its barge line to Harlan Foods for $900 million.", true},
	}
	for _, tt := range tests {
		got := news98Dates(x, "Velcor cuts debt", "2025-06-04", tt.sentence, "acquisition")
		if has := len(got) > 0; has != tt.sale {
			t.Errorf("%q: got sales %v, want any: %v", tt.sentence, got, tt.sale)
		}
	}
}
