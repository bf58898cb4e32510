package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news81Extractor knows the companies of the news81 tests, all invented: a miner, a grocer and a
// software house.
func news81Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Stellan Mining", Company: co("Stellan Mining Corp", "STLM")},
		{Alias: "Quarrow Grocers", Company: co("Quarrow Grocers Inc", "QRGR")},
		{Alias: "Mendel Software", Company: co("Mendel Software Inc", "MNDS")},
	})}
}

// TestNews81TakeOverInterim checks that an officer who takes over for an interim term, with
// nothing taken over, is a succession, while a company that takes over another's assets for a
// time stays a takeover.
func TestNews81TakeOverInterim(t *testing.T) {
	x := news81Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Stellan Mining said its chief operating officer would take over temporarily.", []string{"executive"}},
		{"Quarrow Grocers said its vice chairman will take over until a successor is found.", []string{"executive"}},
		{"Mendel Software said its finance chief will take over for the time being.", []string{"executive"}},
		{"Stellan Mining said its president would take over pending a search for a new chief.", []string{"executive"}},
		// Near misses: a company taken over, or something taken over pending approval.
		{"Quarrow Grocers said it will take over Mendel Software's stores until a successor is found.", []string{"acquisition"}},
		{"Stellan Mining said it would take over Mendel Software temporarily.", []string{"acquisition"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews81ToBeOwnedPost checks that a successor named in headline-ese with the company between
// "to be" and the post is an executive change, while a past post and a gap that names no
// company are none.
func TestNews81ToBeOwnedPost(t *testing.T) {
	x := news81Extractor()
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Jane Doe to be Stellan Mining CEO", "The company said on Thursday.", []string{"executive"}},
		{"Lee to be Quarrow Grocers' chief executive", "The grocer said on Thursday.", []string{"executive"}},
		{"Tom Reyes to be Mendel Software's new chairman", "The company said on Thursday.", []string{"executive"}},
		// Near misses: a past post, a gap of other words.
		{"Stellan Mining profile", "Ann Gray, who used to be Stellan Mining's CEO, said on Thursday she liked the company.", nil},
		{"Jane Doe to be paid like a CEO", "The company said on Thursday.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2001-06-04", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews81SharesBoughtRetired checks that shares already bought and then retired or cancelled
// are no second buyback, while a buyback told with its retirement stays one.
func TestNews81SharesBoughtRetired(t *testing.T) {
	x := news81Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Stellan Mining said it will retire the repurchased shares.", nil},
		{"Quarrow Grocers said it retired the shares it bought back last year.", nil},
		{"Mendel Software said it has cancelled all of the stock that it repurchased in March.", nil},
		// Near misses: a buyback with its retirement, a buyback beside the shares' fate.
		{"Stellan Mining said it will buy back and retire 2 million shares.", []string{"buyback"}},
		{"Quarrow Grocers said it will retire 3 million shares under a new repurchase program.", []string{"buyback"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
