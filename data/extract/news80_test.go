package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news80Extractor knows the companies of the news80 tests, all invented: a food maker, a
// chipmaker, a tool maker and a parts supplier.
func news80Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harwell Foods", Company: co("Harwell Foods Inc", "HRWF")},
		{Alias: "Kestrel Semiconductor", Company: co("Kestrel Semiconductor Corp", "KSTS")},
		{Alias: "Brannock Tools", Company: co("Brannock Tools Co", "BRNT")},
		{Alias: "Dorrit Parts", Company: co("Dorrit Parts Inc", "DRPT")},
	})}
}

// TestNews80TakeOverWhen checks that an officer who takes over at a time told right after the
// verb, with nothing taken over, is a succession, while a company taken over at a time stays a
// takeover.
func TestNews80TakeOverWhen(t *testing.T) {
	x := news80Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Harwell Foods said its president would take over next year when the chief executive retires.", []string{"executive"}},
		{"Brannock Tools said its chief financial officer will take over immediately.", []string{"executive"}},
		{"Dorrit Parts said its vice chairman will take over Monday.", []string{"executive"}},
		// Near misses: a company taken over, at a time after it or named by a month.
		{"Harwell Foods said it will take over Dorrit Parts next year.", []string{"acquisition"}},
		{"Kestrel Semiconductor said it would take over May Instruments Inc for $40 million.", []string{"acquisition"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews80EventCostsMoved checks that an event's costs that move or tell on results are no
// news of the event, while a restructuring announced, charges taken and charges to be taken
// stay restructurings.
func TestNews80EventCostsMoved(t *testing.T) {
	x := news80Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Kestrel Semiconductor shares fell 4% while its restructuring costs rose.", []string{"price_move"}},
		{"Harwell Foods said restructuring charges weighed on profit.", nil},
		{"Brannock Tools said merger costs would sharply reduce its margins.", nil},
		// Near misses: a restructuring announced, charges taken, charges to be taken.
		{"Dorrit Parts announced a restructuring that will cut 2,000 jobs.", []string{"restructuring"}},
		{"Dorrit Parts said it took a $50 million restructuring charge.", []string{"restructuring"}},
		{"Harwell Foods said restructuring charges will be taken in the third quarter.", []string{"restructuring"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews80SharesBoughtFate checks that what becomes of shares already bought back is no
// second buyback, while a buyback told with its own verb, with the shares' fate after it, stays
// one.
func TestNews80SharesBoughtFate(t *testing.T) {
	x := news80Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Harwell Foods said the repurchased shares would be held in treasury.", nil},
		{"Kestrel Semiconductor said the shares bought back will be cancelled.", nil},
		{"Brannock Tools said it will hold the repurchased shares in treasury.", nil},
		// Near misses: a buyback told with its own verb.
		{"Dorrit Parts said it will buy back 1 million shares to hold in treasury.", []string{"buyback"}},
		{"Dorrit Parts said it repurchased 300,000 shares, which will be held in treasury.", []string{"buyback"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "1989-04-27", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
