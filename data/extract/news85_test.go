package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news85Extractor knows the companies of the news85 tests, all invented: a carmaker, a refiner
// and a grocer.
func news85Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Tarrow Motors", Company: co("Tarrow Motors Inc", "TRWM")},
		{Alias: "Keldon Refining", Company: co("Keldon Refining Corp", "KLDN")},
		{Alias: "Brisk Grocers", Company: co("Brisk Grocers Inc", "BRSK")},
	})}
}

// TestNews85ClosedForPause checks that sites closed for a short spell or because of a strike, a
// storm, a fire or an outage are a pause and no restructuring, while sites closed for good or on
// a plan's date stay one.
func TestNews85ClosedForPause(t *testing.T) {
	x := news85Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Tarrow Motors closed its Ohio assembly plant for two weeks because of a strike by workers.", nil},
		{"Keldon Refining shut its Gulf Coast refinery for about three days after a fire in a crude unit.", nil},
		{"Brisk Grocers has temporarily closed 200 stores in Florida ahead of the hurricane.", nil},
		{"Brisk Grocers closed 30 stores on Tuesday because of the blizzard.", nil},
		{"Keldon Refining closed its smelter in Quebec due to a power outage.", nil},
		// Near misses: a closing for good, or on a plan's date.
		{"Tarrow Motors will close its Ohio plant next year, eliminating 400 jobs.", []string{"restructuring"}},
		{"Brisk Grocers closed 150 stores permanently.", []string{"restructuring"}},
		{"Tarrow Motors closed the plant for good after a long strike.", []string{"restructuring"}},
		{"Brisk Grocers will close three plants over the next two years.", []string{"restructuring"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
