package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestWireTables checks results and payout tables as the wire prints them beyond the plain
// "Shr ... vs" of American copy: London and European heads and pence, fractions of a cent, and a
// capitals headline whose company name holds an apostrophe. The stories are our own.
func TestWireTables(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harcourt Mills", Company: extract.Company{Name: "Harcourt Mills Plc", Ticker: "HCM.L"}},
	})}
	tests := []struct {
		name, title, body string
		want              []string // "type tickers" of the events, in order, each once
	}{
		{
			name:  "pence a share and a pre-tax line are a results table",
			title: "HARCOURT MILLS PLC 1986 YEAR",
			body:  "Shr 14.6p vs 11.9p\nPre-tax profit 31.2 mln stg vs 24.8 mln\nTurnover 412.5 mln vs 377.0 mln\nReuter",
			want:  []string{"earnings HCM.L"},
		},
		{
			name:  "a group net line alone is a results table",
			title: "HARCOURT MILLS PLC SIX MONTHS",
			body:  "Group net 8.4 mln stg vs 7.7 mln\nReuter",
			want:  []string{"earnings HCM.L"},
		},
		{
			name:  "a turnover line without a figure of the year before is no table",
			title: "HARCOURT MILLS PLC TRADING",
			body:  "Turnover in the first weeks of the year was ahead of budget, the company said.\nReuter",
			want:  nil,
		},
		{
			name:  "a quarterly dividend with a fraction of a cent",
			title: "QUORN ELECTRIC SETS PAYOUT",
			body:  "Qtly div 12-1/2 cts vs 12-1/2 cts prior\nPay May 1\nRecord April 15\nReuter",
			want:  []string{"dividend "},
		},
		{
			name:  "a headline name with an apostrophe is the table's company",
			title: "BRANNIGAN'S 2ND QTR NET",
			body:  "Shr 31 cts vs 28 cts\nNet 1,240,000 vs 1,105,000\nRevs 22.6 mln vs 20.1 mln\nReuter",
			want:  []string{"earnings "},
		},
		{
			name:  "a monthly payout abbreviated",
			title: "DARTMOOR INCOME FUND SETS PAYOUT",
			body:  "Mthly div 6.2 cts vs 6.2 cts prior\nPay April 20\nRecord April 6\nReuter",
			want:  []string{"dividend "},
		},
		{
			name:  "a headline that runs the suffix into the result word names the company",
			title: "LAMBETH REALTY INVESTORS INCPAYOUT",
			body:  "Qtly div 31 cts vs 31 cts prior\nPay May 8\nRecord April 24\nReuter",
			want:  []string{"dividend "},
		},
		{
			name:  "a word that only ends like a result word is no glued suffix",
			title: "ORBIT KITCHEN CABINET",
			body:  "Shr 12 cts vs 10 cts\nReuter",
			want:  nil,
		},
		{
			name:  "a headline that is only the name, ending in its suffix, over a table",
			title: "PERAK RUBBER ESTATES BHD",
			body:  "Six months to December 31\nShr 4.1 cents vs 3.6 cents\nGroup net 6.2 mln ringgit vs 5.4 mln\nReuter",
			want:  []string{"earnings "},
		},
		{
			name:  "a trust's cash distribution is a payout",
			title: "MESQUITE BASIN ROYALTY TRUST RAISES DISTRIBUTION",
			body:  "Cash distribution 5.12 cts vs 4.87 cts prior\nPay May 14\nRecord April 30\nReuter",
			want:  []string{"dividend "},
		},
		{
			name:  "whose figure a line gives may come before its head (lead12)",
			title: "HARCOURT MILLS PLC YEAR ENDED DEC 31",
			body:  "Consolidated attributable net 1986 profit 42.1 mln stg vs 37.9 mln.\nParent company net profit 20.3 mln vs 18.8 mln.\nReuter",
			want:  []string{"earnings HCM.L"},
		},
		{
			name:  "an abbreviated whose before the head (lead12)",
			title: "HARCOURT MILLS PLC YEAR 1986",
			body:  "Cons group net profit 12.2 mln stg vs 10.1 mln\nReuter",
			want:  []string{"earnings HCM.L"},
		},
		{
			name:  "such a word opening prose is no table",
			title: "HARCOURT MILLS PLC PLANS",
			body:  "Parent company officials said the plant would reopen.\nReuter",
			want:  nil,
		},
		{
			name:  "a cash flow line is no payout",
			title: "HARCOURT MILLS PLC CASH",
			body:  "Cash flow 12.1 mln stg vs 10.4 mln\nReuter",
			want:  nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "1987-03-20", tc.body)).Events {
				if s := string(e.Type) + " " + strings.Join(e.Tickers, ";"); !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
