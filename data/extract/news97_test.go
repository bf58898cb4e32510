package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news97Extractor knows the companies of the news97 tests, all invented: two automakers, a
// parts maker and an engine builder.
func news97Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Quendale Motors", Company: co("Quendale Motors Corp", "QNDL")},
		{Alias: "Quendale", Company: co("Quendale Motors Corp", "QNDL")},
		{Alias: "Noonsbrough Motor", Company: co("Noonsbrough Motor Co", "NNSB")},
		{Alias: "Noonsbrough", Company: co("Noonsbrough Motor Co", "NNSB")},
		{Alias: "Aithsting Industries", Company: co("Aithsting Industries Inc", "ATHS")},
		{Alias: "Aithsting", Company: co("Aithsting Industries Inc", "ATHS")},
		{Alias: "Clousta Engine", Company: co("Clousta Engine Corp", "CLST")},
		{Alias: "Clousta", Company: co("Clousta Engine Corp", "CLST")},
	})}
}

// news97Check runs the table of a news97 test: each story's event types as storyTypes reads them.
func news97Check(t *testing.T, tests []struct {
	title, body string
	want        []string
}) {
	t.Helper()
	x := news97Extractor()
	for _, tt := range tests {
		if got := storyTypes(x, "1988-05-11", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews97UnitSales checks that sales counted in goods are no results, while sales told in
// money stay results.
func TestNews97UnitSales(t *testing.T) {
	news97Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Car sales", "Quendale Motors Corp. said its sales fell 14.6 percent to 84,215 in the period.", nil},
		{"Car sales", "Noonsbrough said its car sales rose 6 pct to 41,300 units in late April.", nil},
		// Near misses: sales measured in money stay the company's results.
		{"Results", "Quendale Motors Corp. said its sales fell 14.6 percent to $4.2 billion in the quarter.", []string{"earnings"}},
		{"Results", "Noonsbrough said its sales rose 6 pct to 412.4 mln dlrs in the first quarter.", []string{"earnings"}},
	})
}

// TestNews97OrdersChanged checks that orders told by a change are demand, no order won, while
// orders won stay a contract.
func TestNews97OrdersChanged(t *testing.T) {
	news97Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Parts", "Aithsting said orders from its biggest customer, Quendale Motors Corp, dropped about 15 pct in March.", nil},
		{"Parts", "Aithsting Industries said orders from Noonsbrough Motor, its second-largest customer, declined sharply in the first quarter.", nil},
		// Near miss: orders won from a customer stay a contract.
		{"Parts", "Aithsting Industries said it won orders from Quendale Motors for 200,000 axles, and deliveries fell behind.", []string{"contract"}},
	})
}

// TestNews97OutputBought checks that a plant's output bought under supply terms is no deal, while
// the plant or a production unit bought stays one.
func TestNews97OutputBought(t *testing.T) {
	news97Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Engines", "Clousta will run the plant, and Quendale agreed to buy most of its output for ten years.", nil},
		{"Engines", "Noonsbrough Motor Co said it would buy half of the new plant's production from Clousta.", nil},
		// Near misses: the plant and a production unit bought stay deals.
		{"Engines", "Quendale agreed to buy the engine plant from Clousta Engine Corp.", []string{"acquisition"}},
		{"Engines", "Noonsbrough Motor Co agreed to buy the production business of Clousta Engine Corp.", []string{"acquisition"}},
	})
}
