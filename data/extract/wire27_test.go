package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// wire27Extractor knows the companies of TestWire27's stories, all invented.
func wire27Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Trebarwen Shipping", Company: extract.Company{Name: "Trebarwen Shipping Corp", Ticker: "TRBW"}},
		{Alias: "Kellow Drilling", Company: extract.Company{Name: "Kellow Drilling Co", Ticker: "KLDR"}},
		{Alias: "Pellyn Realty Trust", Company: extract.Company{Name: "Pellyn Realty Trust", Ticker: "PLRT"}},
		{Alias: "Trewartha", Company: extract.Company{Name: "Trewartha Corp", Ticker: "TRWR"}},
		{Alias: "Polbathic Stores", Company: extract.Company{Name: "Polbathic Stores Inc", Ticker: "PLBS"}},
	})}
}

// TestWire27 checks the classes newswire18 found first seen: ships or rigs chartered by their
// owner (a contract), a trust's "shares of beneficial interest" sold (its own stock, not a stake)
// and a holder's stake bought back by the company (its own stock: a buyback, as greenmail is).
// Each has a neighbour that must stay as it was. The stories are our own.
func TestWire27(t *testing.T) {
	runWireStories(t, wire27Extractor(), []wireStory{
		{
			name:  "tankers chartered to a customer",
			title: "TREBARWEN SHIPPING NEWS",
			body:  "Trebarwen Shipping Corp said it chartered two of its product tankers to a European oil trader for 18 months.\nReuter",
			want:  []string{"contract TRBW"},
		},
		{
			name:  "a headline's charter of bulk carriers",
			title: "TREBARWEN SHIPPING CHARTERS FOUR BULK CARRIERS",
			body:  "The company is based in Houston.\nReuter",
			want:  []string{"contract TRBW"},
		},
		{
			name:  "a drilling rig chartered for a year",
			title: "KELLOW DRILLING NEWS",
			body:  "Kellow Drilling Co said it has chartered its semisubmersible rig to an exploration group for one year.\nReuter",
			want:  []string{"contract KLDR"},
		},
		{
			name:  "a chartered tanker is a ship, no contract",
			title: "TREBARWEN SHIPPING NEWS",
			body:  "A chartered tanker owned by Trebarwen Shipping Corp ran aground off Brittany.\nReuter",
			want:  nil,
		},
		{
			name:  "a market's chartering of ships is no company's contract",
			title: "FREIGHT MARKET NEWS",
			body:  "Soviet buyers were chartering ships to carry grain from the Gulf, brokers said.\nReuter",
			want:  nil,
		},
		{
			name:  "a trust's shares of beneficial interest sold to the public",
			title: "PELLYN REALTY TRUST NEWS",
			body:  "Pellyn Realty Trust said it sold 1.5 mln shares of beneficial interest at 18-3/4 dlrs each in a public offering.\nReuter",
			want:  []string{"offering PLRT"},
		},
		{
			name:  "a trust's units of beneficial interest to be sold",
			title: "PELLYN REALTY TRUST NEWS",
			body:  "Pellyn Realty Trust said it will sell two mln units of beneficial interest through underwriters.\nReuter",
			want:  []string{"offering PLRT"},
		},
		{
			name:  "a beneficial interest in a partnership sold is still a stake",
			title: "PELLYN REALTY TRUST NEWS",
			body:  "Pellyn Realty Trust said it sold its beneficial interest in a Dallas office partnership to a pension fund.\nReuter",
			want:  []string{"acquisition PLRT"},
		},
		{
			name:  "a holder's stake bought back",
			title: "TREWARTHA NEWS",
			body:  "Trewartha Corp said it will buy back the stake held by the Carne family partnership for 33 dlrs a share.\nReuter",
			want:  []string{"buyback TRWR"},
		},
		{
			name:  "a headline's raider's stake bought back",
			title: "TREWARTHA BUYS BACK CARNE STAKE",
			body:  "The company makes valves.\nReuter",
			want:  []string{"buyback TRWR"},
		},
		{
			name:  "a stake in a unit bought back stays a purchase",
			title: "TREWARTHA NEWS",
			body:  "Trewartha Corp said it will buy back the 45 pct stake in its Canadian unit that it sold in 1984.\nReuter",
			want:  []string{"acquisition TRWR"},
		},
		{
			name:  "ships fixed on time charter",
			title: "TREBARWEN SHIPPING NEWS",
			body:  "Trebarwen Shipping Corp said it fixed three of its bulk carriers on time charter to a Japanese steel mill.\nReuter",
			want:  []string{"contract TRBW"},
		},
		{
			name:  "a headline's time charter",
			title: "TREBARWEN SHIPPING TIME-CHARTERS TWO TANKERS",
			body:  "The company is based in Houston.\nReuter",
			want:  []string{"contract TRBW"},
		},
	})
}

// TestWire27Probes checks the classes that probes of our own in newswire18's registers found
// (one-line items about royalty trusts, retailers, casinos, takeover fights and self-tenders;
// not committed): a proxy contest or battle is a proxy fight, a Dutch auction is a company's
// tender for its own shares, an order a company "gets" is business won, new shares or shares
// sold "in Europe" are the company's own (an offering), a trust with no funds "available for
// distribution" withholds its payout, and a retailer's sales of a month are no results. Each has a
// neighbour that must stay as it was. The stories are our own.
func TestWire27Probes(t *testing.T) {
	runWireStories(t, wire27Extractor(), []wireStory{
		{
			name:  "new shares sold in a market abroad",
			title: "KELLOW DRILLING NEWS",
			body:  "Kellow Drilling Co said it will sell 2 mln new common shares in Europe through an international syndicate.\nReuter",
			want:  []string{"offering KLDR"},
		},
		{
			name:  "shares sold in a market abroad without new",
			title: "KELLOW DRILLING NEWS",
			body:  "Kellow Drilling Co said it sold 1.5 mln shares in Japan through a Tokyo syndicate.\nReuter",
			want:  []string{"offering KLDR"},
		},
		{
			name:  "shares in another company sold stay a holding sold",
			title: "KELLOW DRILLING NEWS",
			body:  "Kellow Drilling Co said it sold its 1.5 mln shares in Trewartha Corp to an investor group.\nReuter",
			want:  []string{"acquisition KLDR;TRWR"},
		},
		{
			name:  "a trust with nothing available for distribution",
			title: "PELLYN REALTY TRUST NEWS",
			body:  "Pellyn Realty Trust said there will be no funds available for distribution to unitholders in May.\nReuter",
			want:  []string{"dividend PLRT"},
		},
		{
			name:  "cash available for distribution as a measure is no payout",
			title: "PELLYN REALTY TRUST NEWS",
			body:  "Pellyn Realty Trust said the sale of two buildings left more cash available for distribution to unitholders.\nReuter",
			want:  nil,
		},
		{
			name:  "a headline's order got",
			title: "KELLOW DRILLING GETS NORTH SEA PUMP ORDER",
			body:  "The company is based in Houston.\nReuter",
			want:  []string{"contract KLDR"},
		},
		{
			name:  "a court's restraining order got is a ruling",
			title: "KELLOW DRILLING GETS TEMPORARY RESTRAINING ORDER",
			body:  "The company is based in Houston.\nReuter",
			want:  []string{"legal KLDR"},
		},
		{
			name:  "control sought through a proxy contest",
			title: "TREWARTHA NEWS",
			body:  "An investor group holding 11 pct of Trewartha Corp said it will seek control of the company through a proxy contest at the annual meeting.\nReuter",
			want:  []string{"acquisition TRWR"},
		},
		{
			name:  "a headline's proxy battle",
			title: "TREWARTHA FACES PROXY BATTLE",
			body:  "The company makes valves.\nReuter",
			want:  []string{"acquisition TRWR"},
		},
		{
			name:  "shares taken in a Dutch auction",
			title: "TREWARTHA NEWS",
			body:  "Trewartha Corp said it accepted 2.1 mln shares tendered in its Dutch auction at 31 dlrs each.\nReuter",
			want:  []string{"buyback TRWR"},
		},
		{
			name:  "Dutch auction rate preferred stock is financing, no buyback",
			title: "TREWARTHA NEWS",
			body:  "Trewartha Corp said it sold 500 shares of Dutch auction rate preferred stock through underwriters.\nReuter",
			want:  []string{"offering TRWR"},
		},
		{
			name:  "a government's bonds sold by Dutch auction",
			title: "TREASURY NEWS",
			body:  "The Treasury said it will sell the new bonds by Dutch auction next week.\nReuter",
			want:  nil,
		},
		{
			name:  "a retailer's sales of four weeks",
			title: "POLBATHIC STORES NEWS",
			body:  "Polbathic Stores Inc said its sales for the four weeks ended March 28 rose 7.1 pct to 61.2 mln dlrs from 57.1 mln dlrs a year earlier.\nReuter",
			want:  nil,
		},
		{
			name:  "a retailer's sales of a month named",
			title: "POLBATHIC STORES NEWS",
			body:  "Polbathic Stores Inc said February sales rose 9.2 pct, with same-store sales up 3.4 pct.\nReuter",
			want:  nil,
		},
		{
			name:  "a quarter's sales and profit stay results",
			title: "POLBATHIC STORES NEWS",
			body:  "Polbathic Stores Inc said its sales for the first quarter ended April 30 rose 7.1 pct and net income rose 12 pct.\nReuter",
			want:  []string{"earnings PLBS"},
		},
	})
}
