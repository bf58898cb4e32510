package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestWireTold checks events the 1980s wire tells in words of its own (wiretold.go): a state's
// sale of a company it owns to the market, a regulator's order, a reverse split told as a
// combination of shares, goods supplied under an agreement with the sum before its noun, a
// venture owned equally, a headline's ", SETS REPURCHASE", a bid priced in sterling and talks on
// a deal. Each class has a sentence that must stay what it is. The stories are our own.
func TestWireTold(t *testing.T) {
	x := &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Quillan Motors", Company: extract.Company{Name: "Quillan Motors Corp", Ticker: "QLM"}},
		{Alias: "Tarrant Glass", Company: extract.Company{Name: "Tarrant Glass Co", Ticker: "TGC"}},
		{Alias: "Ostrova Pulp", Company: extract.Company{Name: "Ostrova Pulp Co", Ticker: "OSP"}},
	})}
	tests := []struct {
		name, title, body string
		want              []string // "type tickers" of the events, in order, each once
	}{
		{
			name:  "a state's sale of a company it owns to investors is its listing",
			title: "PORTUGAL SHIPPER TO BE QUOTED",
			body:  "LISBON, March 3 - The government will sell 35 pct of state-owned Lusamar Navegacao to private investors and have the shares quoted on the Lisbon exchange, the finance ministry said.\nReuter",
			want:  []string{"ipo "},
		},
		{
			name:  "a float of part of a state-owned company on the bourse",
			title: "GOVERNMENT PLANS SALE",
			body:  "The government plans to float about a fifth of state-owned Compagnie Thermique on the Paris bourse this year, the ministry said.\nReuter",
			want:  []string{"ipo "},
		},
		{
			name:  "a state's stake sold to a company is a deal, no listing",
			title: "QUILLAN MOTORS TO BUY STATE STAKE",
			body:  "The government agreed to sell 40 pct of state-owned Alfa Veicoli to Quillan Motors for 300 mln dlrs, the ministry said.\nReuter",
			want:  []string{"acquisition QLM"},
		},
		{
			name:  "a regulator's order that bars a claim is legal news",
			title: "TARRANT GLASS IN ACCORD",
			body:  "Tarrant Glass Co agreed to an order with the Federal Trade Commission barring it from claiming its windows cut heating bills by half.\nReuter",
			want:  []string{"legal TGC"},
		},
		{
			name:  "an order for goods stays a contract",
			title: "TARRANT GLASS GETS WORK",
			body:  "Tarrant Glass Co received an order from a Detroit builder for 40,000 windows, the company said.\nReuter",
			want:  []string{"contract TGC"},
		},
		{
			name:  "a combination of shares is a reverse split, not a buyback",
			title: "TARRANT GLASS VOTE",
			body:  "Tarrant Glass Co said holders approved a combination of its common shares on a one-for-five basis, cutting the shares outstanding to 3.1 mln from 15.5 mln.\nReuter",
			want:  []string{"split TGC"},
		},
		{
			name:  "shares bought back still reduce the count as a buyback",
			title: "TARRANT GLASS STOCK",
			body:  "Tarrant Glass Co said it bought back 400,000 of its shares, reducing the shares outstanding to 15.1 mln.\nReuter",
			want:  []string{"buyback TGC"},
		},
		{
			name:  "a price paid in a combination of cash and stock is no split",
			title: "QUILLAN MOTORS BUYS PARTS MAKER",
			body:  "Quillan Motors Corp said it acquired Verne Axle Ltd for a combination of cash and stock valued at 8 mln dlrs.\nReuter",
			want:  []string{"acquisition QLM"},
		},
		{
			name:  "goods supplied under an agreement whose sum stands before its noun",
			title: "QUILLAN MOTORS WINS BUS WORK",
			body:  "Quillan Motors Corp will supply 300 city buses to the Chicago Transit Authority under a 45 mln dlr agreement signed Friday.\nReuter",
			want:  []string{"contract QLM"},
		},
		{
			name:  "work done under a labour agreement is no contract",
			title: "QUILLAN MOTORS PLANTS",
			body:  "Quillan Motors Corp will supply engines to its own assembly plants under the labor agreement reached last week.\nReuter",
			want:  nil,
		},
		{
			name:  "two companies combining operations in a company they own equally",
			title: "TARRANT GLASS, OSTROVA TO FORM COMPANY",
			body:  "Tarrant Glass Co and Ostrova Pulp Co said they will combine their packaging operations in a new company owned equally by the two.\nReuter",
			want:  []string{"partnership OSP;TGC"},
		},
		{
			name:  "a sum in sterling before the offer is its price",
			title: "OSTROVA PULP BID",
			body:  "Ostrova Pulp Co is making a recommended 120 mln stg offer for Tarrant Glass Co, Tarrant said in a statement.\nReuter",
			want:  []string{"acquisition OSP;TGC"},
		},
		{
			name:  "sterling a central bank buys is no deal",
			title: "CENTRAL BANK IN MARKET",
			body:  "The Bank of England made sterling purchases of about 200 mln stg in the money market, dealers said.\nReuter",
			want:  nil,
		},
		{
			name:  "talks ended on acquiring a company are deal news",
			title: "OSTROVA PULP STATEMENT",
			body:  "Ostrova Pulp Co said it discontinued negotiations on acquiring Tarrant Glass Co, citing differences over the price.\nReuter",
			want:  []string{"acquisition OSP;TGC"},
		},
		{
			name:  "talks on the sale of grain are no deal",
			title: "EGYPT WHEAT TALKS",
			body:  "Egyptian officials held talks on the sale of 500,000 tonnes of wheat with U.S. exporters, trade sources said.\nReuter",
			want:  nil,
		},
		{
			name:  "a headline's second clause names a buyback with a verb's word",
			title: "TARRANT GLASS CO RAISES PAYOUT, SETS REPURCHASE",
			body:  "Tarrant Glass Co raised its quarterly dividend to 20 cts a share from 18 cts.\nReuter",
			want:  []string{"dividend TGC", "buyback TGC"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "1987-03-20", tc.body)).Events {
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
