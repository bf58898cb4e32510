package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news100Extractor knows the companies of the news100 tests, all invented: a packaging maker and
// a hotel group.
func news100Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Brannock Packaging", Company: co("Brannock Packaging Inc", "BRNK")},
		{Alias: "Brannock", Company: co("Brannock Packaging Inc", "BRNK")},
		{Alias: "Quillon Hotels", Company: co("Quillon Hotels Corp", "QLHT")},
		{Alias: "Quillon", Company: co("Quillon Hotels Corp", "QLHT")},
	})}
}

// TestNews100DebtPaidOff checks that debt a company pays off on its own raises no money, no
// offering, while money raised to pay it keeps the offering.
func TestNews100DebtPaidOff(t *testing.T) {
	x := news100Extractor()
	tests := []struct {
		body     string
		offering bool
	}{
		{"Brannock Packaging repaid its revolving credit facility in full on Thursday, the company said.", false},
		{"Brannock said on Wednesday it had redeemed $400 million of its senior notes due 2029.", false},
		{"Brannock Packaging paid down a $750 million term loan last week.", false},
		{"Quillon Hotels said it will pay off its $1 billion credit line on March 1.", false},
		// Near misses: money raised to pay the debt, debt paid with an offering's money.
		{"Brannock Packaging sold $500 million of senior notes on Thursday to repay its credit facility.", true},
		{"Quillon Hotels said on Tuesday it raised $300 million in a share sale and will repay its term loan.", true},
		{"Brannock said it would use the proceeds from the sale of the notes to repay its term loan.", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2026-06-04", "Brannock Packaging news", tt.body)
		if has := slices.Contains(got, "offering"); has != tt.offering {
			t.Errorf("%q: got %v, want an offering: %v", tt.body, got, tt.offering)
		}
	}
}

// TestNews100DoneThenWill checks that an event told with a past verb stays done when a second
// predicate after "and" says what the company will do next, while an event told with no past
// verb keeps the modal's forecast.
func TestNews100DoneThenWill(t *testing.T) {
	x := news100Extractor()
	tests := []struct {
		body, typ, status string
	}{
		{"Quillon Hotels raised $300 million from the sale of its cruise unit to Marvane Group and will use the money to repay notes.", "acquisition", "occurred"},
		{"Brannock Packaging sold $500 million of senior notes and will use the proceeds to fund its expansion.", "offering", "occurred"},
		{"Quillon Hotels won a $200 million contract from the Navy and plans to hire 300 workers.", "contract", "occurred"},
		// Near misses: the sale itself still to come.
		{"Quillon Hotels will sell its cruise unit to Marvane Group and will use the money to repay notes.", "acquisition", "forecast"},
		{"Quillon Hotels is selling its cruise unit to Marvane Group and will use the money to repay notes.", "acquisition", "forecast"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("Quillon Hotels news", "2026-06-04", tt.body)).Events {
			if string(e.Type) == tt.typ {
				got = append(got, string(e.Status))
			}
		}
		if len(got) == 0 || got[0] != tt.status {
			t.Errorf("%q: got %s statuses %v, want %s", tt.body, tt.typ, got, tt.status)
		}
	}
}

// TestNews100DebtPaidOffTitle checks that a headline in sentence case paying debt off is no
// offering, while a 1980s wire headline in capitals keeps news32's offering reading.
func TestNews100DebtPaidOffTitle(t *testing.T) {
	x := news100Extractor()
	tests := []struct {
		title    string
		offering bool
	}{
		{"Brannock Packaging repays its term loan early", false},
		{"Brannock Packaging to redeem senior notes due 2029", false},
		{"BRANNOCK PACKAGING TO REDEEM DEBENTURES", true},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2026-06-04", tt.title, "The company gave no further details.")
		if has := slices.Contains(got, "offering"); has != tt.offering {
			t.Errorf("%q: got %v, want an offering: %v", tt.title, got, tt.offering)
		}
	}
}

// TestNews100ReleaseVerbTitles checks that a headline's results told with any verb of making
// them public name the company before it, "publishes" as "posts" does, while a report that is
// no results stays none.
func TestNews100ReleaseVerbTitles(t *testing.T) {
	x := news100Extractor()
	tests := []struct {
		title    string
		earnings bool
	}{
		{"Tarvex publishes results Tuesday", true},
		{"Tarvex published third-quarter results", true},
		{"Orlemont publishes quarterly earnings", true},
		// Near miss: a report published that is no results.
		{"Tarvex publishes climate report", false},
	}
	for _, tt := range tests {
		got := storyTypes(x, "2026-12-01", tt.title, "The company gave no further details.")
		if has := slices.Contains(got, "earnings"); has != tt.earnings {
			t.Errorf("%q: got %v, want earnings: %v", tt.title, got, tt.earnings)
		}
	}
}
