package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// Names news writes for listed companies that their listings lack or the directory cannot keep
// (brands.go): a short form that drops a word no list calls generic ("Super Micro"), a name
// written as one word ("Supermicro", "Wabtec"), a place's name that news uses for one company
// ("Berkshire"), and ordinary words that need evidence ("Circle", "Arm") from their listing's
// first day.
func TestBrandNamesKept(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)} // published 2024-06-12
	checkSentences(t, x, []sentenceCase{
		{"", "Super Micro shares fell 9% after the delay.", []string{"price_move SMCI"}},
		{"", "Supermicro shares fell 9%.", []string{"price_move SMCI"}},
		{"", "Wabtec raised its annual profit forecast.", []string{"guidance WAB"}},
		{"", "Arm raised its revenue forecast.", []string{"guidance ARM"}},
		{"", "Berkshire disclosed a stake in Occidental Petroleum.", []string{"acquisition BRK.A;OXY"}},
		{"", "Berkshire Hills Bancorp raised its dividend.", []string{"dividend BHLB"}},
		{"", "The company opened a plant in Berkshire, England.", nil},
		// controls: Circle before its 2025 listing, an ordinary word, a longer name
		{"", "Circle raised its revenue forecast.", nil},
		{"", "The board drew a circle around its plans.", nil},
		{"", "Circle K's owner raised its forecast.", []string{"guidance "}},
	}, typeTickers)
}
