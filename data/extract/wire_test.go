package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestWireArticles checks the article-level rules of wire copy (wire.go) on short stories of
// our own: a headline's offering that the lead tells as a first sale of shares, and a second
// clause of what a company said ("and that its president has resigned"), which the first
// clause's dates do not date.
func TestWireArticles(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Larkspur Data", Company: extract.Company{Name: "Larkspur Data Corp", Ticker: "LKSP"}},
		{Alias: "Ferrand Airways", Company: extract.Company{Name: "Ferrand Airways Inc", Ticker: "FRDA"}},
		{Alias: "Hobart Foods", Company: extract.Company{Name: "Hobart Foods Inc", Ticker: "HBF"}},
	})}
	tests := []struct {
		name, title, body string
		want              []string // "type date" of the events, in order, each once
	}{
		{
			name:  "a headline's offering is the first sale its lead tells",
			title: "LARKSPUR DATA OFFERING PRICED AT 12 DLRS",
			body:  "Larkspur Data Corp said its initial public offering of 1.5 mln shares was priced at 12 dlrs a share.",
			want:  []string{"ipo 1987-04-06"},
		},
		{
			name:  "a headline's offering beside a listing the body recalls as old stays an offering",
			title: "HOBART FOODS OFFERING PRICED",
			body:  "Hobart Foods Inc said its offering of 2 mln shares was priced at 20 dlrs a share.\nHobart Foods went public in 1983.",
			want:  []string{"offering 1987-04-06", "ipo 1983"},
		},
		{
			name:  "an issue increased from its initial size is no listing",
			title: "HOBART FOODS SELLS CONVERTIBLE DEBENTURES",
			body:  "Hobart Foods Inc is raising 50 mln dlrs through an issue of convertible debentures due 2012.\nCarver Brothers Inc and Mabry Securities Corp co-managed the issue, which was increased from an initial offering of 40 mln dlrs.",
			want:  []string{"offering 1987-04-06"},
		},
		{
			name:  "a second clause of what was said keeps the publication day",
			title: "FERRAND AIRWAYS NOTE",
			body:  "Ferrand Airways Inc said it lost 9.1 mln dlrs, or 65 cts a share, in the fourth quarter, and that its president has resigned.",
			want:  []string{"earnings 1987-04-06", "executive 1987-04-06"},
		},
		{
			name:  "a verb's gap does not reach over a second clause's verb",
			title: "HOBART FOODS NOTE",
			body:  "Hobart Foods Inc said its board declared a three-for-two stock split and raised the quarterly dividend to 12 cts from 10 cts.",
			want:  []string{"split 1987-04-06", "dividend 1987-04-06"},
		},
		{
			name:  "a date inside the same clause still dates its event",
			title: "FERRAND AIRWAYS NOTE",
			body:  "Ferrand Airways Inc said its president resigned in January.",
			want:  []string{"executive 1987-01"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "1987-04-06", tc.body)).Events {
				if s := string(e.Type) + " " + e.Value; !slices.Contains(got, s) {
					got = append(got, s) // an event told twice is one finding here
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %s, want %s", strings.Join(got, ", "), strings.Join(tc.want, ", "))
			}
		})
	}
}
