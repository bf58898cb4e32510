package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news99Extractor knows the companies of the news99 tests, all invented: a shipping group, a
// chip-tool maker and a retailer.
func news99Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Dorvane Group", Company: co("Dorvane Group Inc", "DRVN")},
		{Alias: "Dorvane", Company: co("Dorvane Group Inc", "DRVN")},
		{Alias: "Kestrel Tools", Company: co("Kestrel Tools Corp", "KSTL")},
		{Alias: "Kestrel", Company: co("Kestrel Tools Corp", "KSTL")},
		{Alias: "Marlowe Stores", Company: co("Marlowe Stores Inc", "MRLW")},
		{Alias: "Marlowe", Company: co("Marlowe Stores Inc", "MRLW")},
	})}
}

// TestNews99SaleMoneyPaysDebt checks that debt paid off with the money a sale of a business
// brought in is no offering, while debt paid with an offering's money keeps it.
func TestNews99SaleMoneyPaysDebt(t *testing.T) {
	x := news99Extractor()
	tests := []struct {
		body     string
		offering bool
	}{
		{"Dorvane Group said it used the net proceeds of the sale of its tanker arm, completed last week, to redeem $200 million of senior notes.", false},
		{"Dorvane said on Tuesday that proceeds from the divestiture of its port business will be used to pay down its revolving credit facility.", false},
		{"Dorvane sold its barge unit for $300 million on Monday and used the cash to pay off its term loan.", false},
		// Near misses: an offering's money, shares sold. (Debt retired for itself raises no money
		// either since news100: TestNews100DebtPaidOff.)
		{"Dorvane Group said it used the net proceeds of the offering to redeem $200 million of senior notes.", true},
		{"Dorvane said on Tuesday that proceeds from the sale of 5 million new shares will be used to pay down its revolving credit facility.", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2025-06-04", "Dorvane Group news", tt.body)
		if has := slices.Contains(got, "offering"); has != tt.offering {
			t.Errorf("%q: got %v, want an offering: %v", tt.body, got, tt.offering)
		}
	}
}

// TestNews99SplitIntoUnits checks that a company splitting itself into units it keeps is a
// restructuring, no deal, while a split into companies of their own stays a spin-off (a deal).
func TestNews99SplitIntoUnits(t *testing.T) {
	x := news99Extractor()
	tests := []struct {
		title, body string
		want        string
	}{
		{"Marlowe Stores shares rise as retailer splits into six units",
			"Marlowe Stores shares rose 7% on Wednesday.", "restructuring"},
		{"Kestrel Tools news",
			"Kestrel Tools said on Tuesday it would split itself into four business groups, each with its own chief executive.", "restructuring"},
		{"Kestrel Tools news",
			"Kestrel Tools said on Tuesday it plans to break up into three separate operating divisions.", "restructuring"},
		// Near misses: a split into companies is a spin-off.
		{"Kestrel Tools news",
			"Kestrel Tools said on Tuesday it would split into three publicly traded companies.", "acquisition"},
		{"Marlowe Stores to split into two companies",
			"Marlowe Stores shares rose 7% on Wednesday.", "acquisition"},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2025-06-04", tt.title, tt.body)
		deal := slices.Contains(got, "acquisition")
		if !slices.Contains(got, tt.want) || deal != (tt.want == "acquisition") {
			t.Errorf("%q / %q: got %v, want %s", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews99OrdersHeldBack checks that orders a customer put off or shrank are no contract won
// by the supplier, while orders won or received still are.
func TestNews99OrdersHeldBack(t *testing.T) {
	x := news99Extractor()
	tests := []struct {
		body     string
		contract bool
	}{
		{"Kestrel Tools said on Monday that customers postponed orders for its etch machines.", false},
		{"Kestrel Tools shares fell 3% on Tuesday after a chipmaker reduced its orders for lithography tools.", false},
		{"Kestrel Tools said on Monday a Korean chipmaker had pushed back orders for its deposition tools.", false},
		{"Kestrel Tools said on Monday that memory makers delayed equipment orders.", false},
		// Near misses: orders won or received.
		{"Kestrel Tools said on Monday it won orders from a Korean chipmaker worth $300 million.", true},
		{"Kestrel Tools said on Tuesday it received orders from a Korean chipmaker for 20 machines.", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2025-06-04", "Kestrel Tools news", tt.body)
		if has := slices.Contains(got, "contract"); has != tt.contract {
			t.Errorf("%q: got %v, want a contract: %v", tt.body, got, tt.contract)
		}
	}
}
