package directory

import (
	"fmt"
	"slices"
	"testing"
)

// A company's shares keep its name beside the notes it issues under the same name, and a
// company whose name opens with its own three-letter symbol is called by it.
func TestStockAndSymbolHeads(t *testing.T) {
	listed := func(symbol, name string) row {
		return row{symbol: symbol, name: name, exchange: "N", first: day("2024-01-01"), last: day("2025-01-01")}
	}
	rows := []row{
		// a bank's ADSs beside three of its notes named by the bank alone
		listed("NBK", "Northbank PLC Common Stock"),
		listed("DFNA", "Northbank PLC"), listed("DFNB", "Northbank PLC"), listed("DFNC", "Northbank PLC"),
		// two tracking stocks under one name: the name does not say which
		listed("TRKA", "Tracker Media Corporation Series A Common Stock"),
		listed("TRKK", "Tracker Media Corporation Series C Common Stock"),
		listed("TRKB", "Tracker Media Corporation Series B Common Stock"),
		// symbol heads: a company, one that is an agency's acronym, a dictionary word, two letters
		listed("QRX", "QRX Health Inc. Common Stock"),
		listed("CMS", "CMS Energy Corporation Common Stock"),
		listed("ARC", "ARC Logistics Inc. Common Stock"),
		listed("KV", "KV Materials Inc. Common Stock"),
		// three capitals that are not the symbol stay out
		listed("ZMPX", "ZMP Pharma Inc. Common Stock"),
		// "Health" closes a name as "Holdings" does, but not into a namesake
		listed("VLRA", "Valora Health Inc. Class A Common Stock"),
		listed("OSCR", "Oscar Health, Inc. Class A Common Stock"),
	}
	dict := map[string]bool{"arc": true}
	got := map[string][]string{}
	for _, l := range build(rows, map[string]bool{}, dict, map[string]bool{}) {
		for _, a := range l.Aliases {
			got[l.Symbol] = append(got[l.Symbol], a.Text)
		}
		if l.Fund {
			got[l.Symbol] = append(got[l.Symbol], "(fund)")
		}
	}
	for _, tt := range []struct {
		symbol string
		want   []string
	}{
		{"NBK", []string{"Northbank"}},
		{"DFNA", []string{"(fund)"}},
		{"TRKA", []string{"(fund)"}},
		{"QRX", []string{"QRX Health", "QRX"}},
		{"CMS", []string{"CMS Energy"}},
		{"ARC", []string{"ARC Logistics"}},
		{"KV", []string{"KV Materials"}},
		{"ZMPX", []string{"ZMP Pharma"}},
		{"VLRA", []string{"Valora Health", "Valora"}},
		{"OSCR", []string{"Oscar Health"}},
	} {
		if !slices.Equal(got[tt.symbol], tt.want) {
			t.Errorf("%s: %s, want %s", tt.symbol, fmt.Sprint(got[tt.symbol]), fmt.Sprint(tt.want))
		}
	}
}
