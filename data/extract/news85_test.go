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

// news85RankExtractor knows the companies of the rank tests, all invented: two chip designers
// and a software maker.
func news85RankExtractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Veltra Chips", Company: co("Veltra Chips Inc", "VLTC")},
		{Alias: "Quorrin Software", Company: co("Quorrin Software Corp", "QRSW")},
		{Alias: "Amberlight Semiconductor", Company: co("Amberlight Semiconductor Corp", "AMBS")},
	})}
}

// TestNews85MostValuable checks that a company that takes or regains the rank of the most
// valuable company, or passes another by market value, is a move of its stock, while the rank
// told as a state, a brand's rank and a post at the company are none.
func TestNews85MostValuable(t *testing.T) {
	x := news85RankExtractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Veltra Chips overtook Quorrin Software as the world's most valuable company on Tuesday.", []string{"price_move"}},
		{"Quorrin Software regained its crown as the most valuable listed company on Friday.", []string{"price_move"}},
		{"Amberlight Semiconductor leapfrogged Veltra Chips by market value on Thursday.", []string{"price_move"}},
		// Near misses: a state, a brand's rank, a post taken.
		{"Veltra Chips is the world's most valuable company.", nil},
		{"Quorrin Software became the world's most valuable brand on Tuesday.", nil},
		{"Jane Roe became chief executive of the most valuable company in the industry on Tuesday.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
