package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news92Extractor knows the companies of the news92 tests, all invented: banks, a thrift, an
// insurer and a broker.
func news92Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Kelso Bancorp", Company: co("Kelso Bancorp", "KLSB")},
		{Alias: "Kelso", Company: co("Kelso Bancorp", "KLSB")},
		{Alias: "Haldane Financial", Company: co("Haldane Financial Corp", "HLDF")},
		{Alias: "Haldane", Company: co("Haldane Financial Corp", "HLDF")},
		{Alias: "Gorbals Insurance", Company: co("Gorbals Insurance Co", "GRBL")},
		{Alias: "Gorbals", Company: co("Gorbals Insurance Co", "GRBL")},
		{Alias: "Earlston Savings", Company: co("Earlston Savings Bank", "ERLS")},
		{Alias: "Earlston", Company: co("Earlston Savings Bank", "ERLS")},
	})}
}

// news92Check runs the table of a news92 test: each story's event types as storyTypes reads them.
func news92Check(t *testing.T, tests []struct {
	title, body string
	want        []string
}) {
	t.Helper()
	x := news92Extractor()
	for _, tt := range tests {
		if got := storyTypes(x, "1988-05-10", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews92SaleOfPreferred checks that a sale of preferred stock sized by its amount is the
// company's offering, while a unit sold for preferred stock stays a deal.
func TestNews92SaleOfPreferred(t *testing.T) {
	news92Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Kelso Bancorp Plans Sale of $150 Million of Preferred Stock", "The bank met with analysts on Tuesday.", []string{"offering"}},
		{"Preferred", "Haldane said it plans the sale of 100 mln dlrs of auction rate preferred stock.", []string{"offering"}},
		// Near misses: a unit sold, paid for in preferred stock, stays a deal.
		{"Deal", "Gorbals agreed to the sale of its trucking unit for 40 mln dlrs in cash and 10 mln dlrs of preferred stock.", []string{"acquisition"}},
		{"Deal", "Kelso completed the sale of its card unit to Haldane for 60 mln dlrs of preferred stock.", []string{"acquisition"}},
	})
}

// TestNews92MajorityOfOwnSold checks that a majority of a company's own stock sold to a buyer
// tells both the offering and the acquisition, while a holding sold, a minority stake and a
// placement of new shares stay as they were.
func TestNews92MajorityOfOwnSold(t *testing.T) {
	news92Check(t, []struct {
		title, body string
		want        []string
	}{
		{"EARLSTON SAVINGS <ERLS> AGREES TO 45 MLN DLR RECAPITALIZATION", "Earlston Savings Bank said it agreed to sell 4.5 mln new common shares, about 51 pct of the shares that will be outstanding, to an investor group for 45 mln dlrs.", []string{"acquisition", "offering"}},
		{"Recapitalization", "Earlston said it will sell 60 pct of its stock to Gorbals Insurance Co for 30 mln dlrs.", []string{"acquisition", "offering"}},
		// Near misses: a holding in another company, a minority of its own stock, and new
		// shares with no share of the company told.
		{"Stake", "Kelso said it agreed to sell its 55 pct stake in Haldane Financial to an investor group.", []string{"acquisition"}},
		{"Stake", "Kelso said it agreed to sell 9.9 pct of its common stock to Gorbals Insurance Co.", []string{"acquisition"}},
		{"Stake", "Kelso said it agreed to sell 1.2 mln new common shares, about 9 pct of the shares outstanding, to Gorbals Insurance Co.", []string{"offering"}},
	})
}

// TestNews92IndustryResults checks that an industry's figures told by a source in a title are
// no company's results, while a company's own banks' results stay results.
func TestNews92IndustryResults(t *testing.T) {
	news92Check(t, []struct {
		title, body string
		want        []string
	}{
		{"FHLBB SAYS THRIFTS LOST 3.8 BILLION DLRS IN FOURTH QUARTER", "The bank board released the figures on Tuesday.", nil},
		{"FDIC SAYS INSURED BANKS EARNED 4.1 BILLION DLRS IN THIRD QUARTER", "The agency released the figures on Tuesday.", nil},
		{"ASSOCIATION SAYS INSURERS LOST 1.2 BILLION DLRS IN 1ST HALF", "The trade group released the figures on Tuesday.", nil},
		// Near misses: a company's own banks, told with a possessive.
		{"Units", "Kelso Bancorp said its two banks lost 3 mln dlrs in the quarter.", []string{"earnings"}},
		{"KELSO BANCORP <KLSB> 1ST QTR NET", "Kelso Bancorp said its banks earned 12 mln dlrs in the quarter, up from 9 mln dlrs.", []string{"earnings"}},
	})
}

// TestNews92InsolventKinds checks that "insolvent" before a plural kind of lender names a class
// of failed lenders, no company's failure, while one lender declared insolvent stays a failure.
func TestNews92InsolventKinds(t *testing.T) {
	news92Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Figures", "The Federal Savings and Loan Insurance Corp, which insures the deposits, has said it will start a plan this year to handle insolvent Texas thrifts.", nil},
		{"Figures", "The Federal Deposit Insurance Corp, which insures deposits at the banks, said it would sell insolvent Oklahoma banks this year.", nil},
		// Near misses: one lender declared insolvent.
		{"Failed", "Earlston Savings Bank was declared insolvent by the bank board on Friday.", []string{"bankruptcy"}},
	})
}
