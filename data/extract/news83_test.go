package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news83Extractor knows the companies of the news83 tests, all invented: drillers, makers,
// miners and a retailer.
func news83Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Oakmere Drilling", Company: co("Oakmere Drilling Co", "OKMD")},
		{Alias: "Penwortham", Company: co("Penwortham Corp", "PNWT")},
		{Alias: "Rylstone", Company: co("Rylstone Co", "RYLS")},
		{Alias: "Scarcroft", Company: co("Scarcroft Corp", "SCRC")},
		{Alias: "Ulshaw Stores", Company: co("Ulshaw Stores Inc", "ULSH")},
		{Alias: "Holker Mining", Company: co("Holker Mining Co", "HLKM")},
		{Alias: "Ingleby Coal", Company: co("Ingleby Coal Co", "INGC")},
		{Alias: "Cleaton Foods", Company: co("Cleaton Foods Inc", "CLTN")},
		{Alias: "Marbury", Company: co("Marbury Corp", "MRBY")},
		{Alias: "Ardley Bancorp", Company: co("Ardley Bancorp Inc", "ARDB")},
		{Alias: "Carswell", Company: co("Carswell Corp", "CRSW")},
		{Alias: "Dunsop", Company: co("Dunsop Inc", "DNSP")},
	})}
}

// TestNews83ReworkedPaper checks that debt reworked with lenders or holders is financing news
// when the debt is told by an amount, as debentures, or as "the issue" after paper named, while
// a count of units, a charge's amount and a chain stay a restructuring of operations.
func TestNews83ReworkedPaper(t *testing.T) {
	x := news83Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Oakmere Drilling said it reached agreement with its lenders to restructure 120 mln dlrs of bank debt.", []string{"offering"}},
		{"Penwortham said it is negotiating a restructuring of its $210 million of debt with its banks.", []string{"offering"}},
		{"Rylstone said it will restructure its 12 pct subordinated debentures.", []string{"offering"}},
		{"Penwortham said it missed an interest payment on its 13 pct notes and began talks with holders on restructuring the issue.", []string{"offering"}},
		// Near misses: operations restructured.
		{"Scarcroft said it will restructure 3 of its 12 divisions.", []string{"restructuring"}},
		{"Scarcroft took a restructuring charge of 45 mln dlrs in the quarter.", []string{"restructuring"}},
		{"Ulshaw Stores said it will restructure its 240-store chain, which carries $90 million of debt.", []string{"restructuring"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1987-05-04", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews83MinesClosed checks that a mine closed is a restructuring, as a mill or a smelter
// closed is, while "mine" the pronoun and a mine "close to" an end stay none.
func TestNews83MinesClosed(t *testing.T) {
	x := news83Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Holker Mining said it will close its Blue Ridge copper mine in April.", []string{"restructuring"}},
		{"Ingleby Coal said it closed two underground mines in Kentucky because of weak prices.", []string{"restructuring"}},
		// Near misses.
		{"\"He is a close friend of mine,\" the Holker Mining chairman said of the new director.", nil},
		{"The Lindale mine was close to exhausting its reserves, Holker Mining said.", nil},
		{"Ingleby Coal said it reopened its Harlan mine, which closed last month after a flood.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1987-05-04", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews83WaivedTerms checks that lenders' waiver of the terms of a credit agreement the
// company has is no financing, while a new credit beside a waiver, a new credit alone and a
// default with no waiver stay as they were.
func TestNews83WaivedTerms(t *testing.T) {
	x := news83Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Cleaton Foods said its bank lenders agreed to waive until May 31 its violations of several covenants of its $95 million revolving credit agreement.", nil},
		{"Marbury said its banks waived defaults under its 150 mln dlr credit agreement through June 30.", nil},
		// Near misses: new money lent.
		{"Marbury said its banks agreed to waive defaults and provide a new 20 mln dlr revolving credit agreement.", []string{"offering"}},
		{"Cleaton Foods said it signed a new 60 mln dlr revolving credit agreement with three banks.", []string{"offering"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-03-07", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews83SinceEventOpened checks that a sentence opened by "Since" and a past event's noun,
// told in the perfect, is the record since that event and the event no news of the day, while
// a clause of its own after the noun, a day's news after the span and the noun told as news stay.
func TestNews83SinceEventOpened(t *testing.T) {
	x := news83Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Since the merger Ardley Bancorp has closed 40 branches.", nil},
		{"Since the merger, Ardley Bancorp has closed 40 branches.", nil},
		{"Since its buyout Marbury has sold three divisions.", nil},
		{"Since the filing Marbury has closed its Ohio plant and reduced its work force.", nil},
		// Near misses.
		{"Since the merger Ardley Bancorp has been a unit of Carswell, and today it agreed to acquire Dunsop.", []string{"acquisition"}},
		{"Ardley Bancorp agreed to a merger with Dunsop.", []string{"acquisition"}},
		{"Since the merger talks with Carswell broke down, Ardley Bancorp has agreed to buy Dunsop.", []string{"acquisition"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1988-09-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
