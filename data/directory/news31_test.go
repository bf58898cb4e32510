package directory

import (
	"fmt"
	"slices"
	"testing"
)

// TestCommonStockBesidePreferreds: a bank's preferred issues and a company's warrants listed
// under the company's bare name, each under its symbol extended ("HNTB" beside "HNTBN" and
// "HNTBO"), leave one company whose common stock keeps the name; three unrelated symbols under
// one name are still an issuer of notes or funds, linked by ticker only.
func TestCommonStockBesidePreferreds(t *testing.T) {
	listed := func(symbol, name string) row {
		return row{symbol: symbol, name: name, exchange: "Q", first: day("2024-01-01"), last: day("2025-01-01")}
	}
	rows := []row{
		listed("HNTB", "Huntleigh Bancorp"), listed("HNTBN", "Huntleigh Bancorp"), listed("HNTBO", "Huntleigh Bancorp"),
		listed("NGA", "Northgate Capital"), listed("NGB", "Northgate Capital"), listed("NGC", "Northgate Capital"),
	}
	var got []string
	for _, l := range build(rows, map[string]bool{}, map[string]bool{}, map[string]bool{}) {
		got = append(got, fmt.Sprintf("%s fund=%v aliases=%d", l.Symbol, l.Fund, len(l.Aliases)))
	}
	want := []string{"HNTB fund=false aliases=2", "HNTBN fund=true aliases=0", "HNTBO fund=true aliases=0",
		"NGA fund=true aliases=0", "NGB fund=true aliases=0", "NGC fund=true aliases=0"}
	if !slices.Equal(got, want) {
		t.Errorf("listings %q, want %q", got, want)
	}
}
