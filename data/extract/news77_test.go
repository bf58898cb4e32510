package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news77Companies lists each event's type and companies, in order, joined for comparison.
func news77Companies(x *extract.Extractor, title, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, "2025-06-04", body)).Events {
		got = append(got, string(e.Type)+":"+joinNames(e.Companies))
	}
	slices.Sort(got)
	return got
}

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ","
		}
		out += n
	}
	return out
}

// TestNews77PeriodOpensTitle checks that a capitalized period opening a title ("Fiscal Q2",
// "Nine-Month", "Half-Year") is no company, so the results belong to the story's company, while
// a capitalized name with a hyphen stays a company.
func TestNews77PeriodOpensTitle(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies(nil)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Fiscal Q2 Revenue Falls 4% at Corven Tools", "Corven Tools Corp said on Friday net sales fell 4% to $80 million.",
			[]string{"earnings:Corven Tools Corp"}},
		{"Nine-Month Profit Up at Corven Tools", "Corven Tools Corp said on Friday net profit rose 8% to $40 million.",
			[]string{"earnings:Corven Tools Corp"}},
		{"Half-Year Earnings Slip at Corven Tools", "Corven Tools Corp said on Friday net profit fell 3% to $22 million.",
			[]string{"earnings:Corven Tools Corp"}},
		// Near miss: a hyphenated name that is no period keeps its headline results.
		{"Tri-County Foods Profit Falls", "Tri-County Foods Corp said on Friday net profit fell 3% to $22 million.",
			[]string{"earnings:Tri-County Foods Corp"}},
	}
	for _, tt := range tests {
		if got := news77Companies(x, tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestNews77PartnershipUnitsSaleOf checks that a partnership's units sold to the public and told
// by "the sale of" are an offering, while a holder's units sold to a buyer stay a deal.
func TestNews77PartnershipUnitsSaleOf(t *testing.T) {
	news76Check(t, []news76Case{
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it completed the sale of 2.5 mln units of Dunstan Royalty Partners, a limited partnership, to the public.", []string{"offering"}},
		{"HEXMOOR PAPER STATEMENT", "Hexmoor Paper said it completed the public sale of three mln units of its limited partnership at 20 dlrs a unit.", []string{"offering"}},
		// Near misses: a holder's units sold to a buyer, and assets sold to the public's buyer.
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it completed the sale of its units in the partnership to Brenton for 30 mln dlrs.", []string{"acquisition"}},
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it completed the sale of its pipeline unit to Brenton.", []string{"acquisition"}},
	})
}

// TestNews77CustomerKindDeal checks that a single deal with its sum and a buyer named by its kind
// (a bank, an insurer, a state) is a contract, while a deal with a bank to sell a book is not.
func TestNews77CustomerKindDeal(t *testing.T) {
	news76Check(t, []news76Case{
		{"HEXMOOR PAPER STATEMENT", "Hexmoor Paper said it signed a $100 million deal with a large U.S. bank to supply its platform.", []string{"contract"}},
		{"DUNSTAN OIL STATEMENT", "Dunstan Oil said it struck a $75 million deal with a major European insurer.", []string{"contract"}},
		{"RANSOME STATEMENT", "Ransome said it signed a $40 million deal with the state of Ohio.", []string{"contract"}},
		// Near misses: a deal with a bank, or a named partner, to sell a book is no business won.
		{"RANSOME STATEMENT", "Ransome said it signed a $2 billion deal with a large bank to sell its loan book.", []string{"partnership"}},
		{"RANSOME STATEMENT", "Ransome said it signed a $2 billion deal with Brenton to sell its loan book.", []string{"partnership"}},
	})
}
