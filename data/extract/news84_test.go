package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news84Extractor knows the companies of the news84 tests, all invented: a brewer, a freight
// line and a chip maker.
func news84Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Brewing", Company: co("Harlow Brewing Co", "HRLW")},
		{Alias: "Pendry Freight", Company: co("Pendry Freight Inc", "PNDF")},
		{Alias: "Osric Semiconductor", Company: co("Osric Semiconductor Corp", "OSRC")},
	})}
}

// TestNews84TakeOverSearch checks that an officer who takes over while a search for a lasting
// one runs is a succession, while a company taken over during a review stays a takeover.
func TestNews84TakeOverSearch(t *testing.T) {
	x := news84Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Harlow Brewing said its finance chief would take over while the board looks for a permanent chief executive.", []string{"executive"}},
		{"Pendry Freight said its president will take over as the board searches for a successor.", []string{"executive"}},
		{"Osric Semiconductor said its chief operating officer takes over during the search.", []string{"executive"}},
		{"Harlow Brewing said its vice chairman would take over while the company seeks a new leader.", []string{"executive"}},
		// Near misses: a company taken over while the deal is reviewed.
		{"Pendry Freight said it will take over Osric Semiconductor while regulators review the deal.", []string{"acquisition"}},
		{"Harlow Brewing said it would take over Pendry Freight during the search for new routes.", []string{"acquisition"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews84NoEventNews checks that company news with no event of ours gives none: an upgrade
// of systems is no broker's rating, an attack by hackers no critic's and an attack launched no
// product, while a broker's upgrade, an investor's attack and a chip launched stay what they were.
func TestNews84NoEventNews(t *testing.T) {
	x := news84Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"A faulty system upgrade at Pendry Freight delayed hundreds of shipments on Tuesday.", nil},
		{"Harlow Brewing said on Monday a botched technology upgrade halted its bottling lines.", nil},
		{"An upgrade of computer systems at Osric Semiconductor went wrong on Monday.", nil},
		{"Hackers attacked the computer network of Pendry Freight on Monday.", nil},
		{"Osric Semiconductor said on Monday its systems were attacked by hackers.", nil},
		{"Harlow Brewing said cybercriminals who attacked its servers stole customer data.", nil},
		{"Hackers launched an attack on the systems of Osric Semiconductor on Monday.", nil},
		{"A ransomware gang launched a cyberattack against Pendry Freight in February.", nil},
		// Near misses: a broker's upgrade, an investor's attack, a product launched.
		{"Pendry Freight shares rose 5% on Monday after an upgrade by Morgan Stanley.", []string{"analyst", "price_move"}},
		{"An activist investor attacked the board of Harlow Brewing on Monday over its strategy.", []string{"criticism"}},
		{"Osric Semiconductor launched a new memory chip on Monday.", []string{"product"}},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestNews84MarketValueReached checks that a company reaching a market value is a move of its
// stock, as its market value rising is, while a market value that describes it is none.
func TestNews84MarketValueReached(t *testing.T) {
	x := news84Extractor()
	tests := []struct {
		body string
		want []string
	}{
		{"Osric Semiconductor hit $1 trillion in market value on Wednesday.", []string{"price_move"}},
		{"Osric Semiconductor became the first chipmaker to reach a market value of $2 trillion on Tuesday.", []string{"price_move"}},
		{"Pendry Freight crossed $100 billion in market capitalization for the first time on Friday.", []string{"price_move"}},
		// Near misses: a market value that describes the company.
		{"Harlow Brewing, which has a market value of about $40 billion, said on Monday it liked its prospects.", nil},
		{"Pendry Freight, with a market capitalization of $30 billion, said on Monday its chief was well.", nil},
	}
	for _, tt := range tests {
		if got := storyTypes(x, "2024-08-05", "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.body, got, tt.want)
		}
	}
}
