package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestWire24 checks the classes newswire15 found missed first seen: a rating's outlook on paper
// named at length (the agency's, no guidance of the company's), an arbitration award (a ruling,
// not a contract won), a British flotation (a listing) and a CreditWatch listing with its
// direction (the agency's analyst news). The stories are our own.
func TestWire24(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Penmorva Gas", Company: extract.Company{Name: "Penmorva Gas Ltd", Ticker: "PMVG"}},
		{Alias: "Stanegate Mills", Company: extract.Company{Name: "Stanegate Mills Plc", Ticker: "STGM"}},
		{Alias: "Ludworth Tool", Company: extract.Company{Name: "Ludworth Tool Co", Ticker: "LDWT"}},
	})}
	tests := []struct {
		name, title, body string
		want              []string // "type tickers" of the events, in order, each once
	}{
		{
			name:  "an outlook on rated paper named at length is the rating's",
			title: "MOODY'S REVISES PENMORVA GAS OUTLOOK",
			body:  "Moody's Investors Service Inc said it changed the outlook on Penmorva Gas Ltd's Baa-1 rated subordinated debentures to negative from stable, citing lower prices.\nReuter",
			want:  []string{"analyst PMVG"},
		},
		{
			name:  "an arbitration award over a contract is a ruling",
			title: "LUDWORTH TOOL WINS ARBITRATION AWARD",
			body:  "Ludworth Tool Co said arbitrators awarded it 6.2 mln dlrs in a dispute with a former distributor over a terminated sales contract.\nReuter",
			want:  []string{"legal LDWT"},
		},
		{
			name:  "a contract won stays a contract",
			title: "LUDWORTH TOOL WINS ORDER",
			body:  "Ludworth Tool Co said it won a 12 mln dlr contract to supply machine tools to an automaker.\nReuter",
			want:  []string{"contract LDWT"},
		},
		{
			name:  "a British flotation is a listing",
			title: "STANEGATE MILLS FLOTATION PRICED AT 140 PENCE",
			body:  "Stanegate Mills Plc said its shares will be offered to the public for the first time at 140 pence each, valuing the textile group at about 95 mln stg.\nReuter",
			want:  []string{"ipo STGM"},
		},
		{
			name:  "a CreditWatch listing with its direction is rating news",
			title: "S/P ACTS ON LUDWORTH TOOL",
			body:  "Standard and Poor's Corp said it placed the senior debt of Ludworth Tool Co on CreditWatch with negative implications because of losses at its Ohio plants.\nReuter",
			want:  []string{"analyst LDWT"},
		},
		{
			name:  "the work a venture is formed for is no sale",
			title: "STANEGATE MILLS, LUDWORTH TOOL IN VENTURE",
			body:  "Ludworth Tool Co <LDWT> and Stanegate Mills Plc of Britain said they agreed to form a jointly owned company to develop and sell loom control systems for carpet mills in Europe and North America.\nReuter",
			want:  []string{"partnership LDWT;STGM"},
		},
		{
			name:  "a unit sold beside a venture stays a sale",
			title: "LUDWORTH TOOL SELLS UNIT",
			body:  "Ludworth Tool Co said it agreed to sell its Bradwell Castings unit to Stanegate Mills Plc for 14 mln dlrs.\nReuter",
			want:  []string{"acquisition LDWT;STGM"},
		},
		{
			name:  "a software package introduced is a product",
			title: "LUDWORTH TOOL INTRODUCES DESIGN PACKAGE",
			body:  "Ludworth Tool Co said it introduced a drafting program for engineers that runs on desktop workstations, priced at 2,400 dlrs.\nReuter",
			want:  []string{"product LDWT"},
		},
		{
			name:  "a government's program introduced stays none",
			title: "MINISTRY INTRODUCES EXPORT PROGRAM",
			body:  "The trade ministry introduced a program of export credits for machine tool makers on Tuesday.\nReuter",
			want:  nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "1988-03-02", tc.body)).Events {
				if s := string(e.Type) + " " + sortedTickers(e); !slices.Contains(got, s) {
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
