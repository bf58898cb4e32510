package extract_test

import (
	"slices"
	"testing"
)

// TestTitleShortNameNamedExactly checks that a title's short name that the body wrote exactly for
// one company (at most a legal suffix after it) is that company, not another whose longer name
// begins with it; and that a short name the body wrote only inside a longer name keeps it.
func TestTitleShortNameNamedExactly(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		name  string
		body  []string
		title string
		want  []string
	}{
		{"the parent named with a suffix before the bottler", []string{"Coca-Cola Co beat estimates on Wednesday.", "Its bottlers include Coca-Cola Consolidated."},
			"Coca-Cola tops estimates", []string{"Coca-Cola=KO(directory)"}},
		{"the tax software maker named before the drugmaker", []string{"Shares of Vertex Pharmaceuticals slipped.", "Vertex Inc lifted its outlook for the year."},
			"Vertex raises its outlook", []string{"Vertex=VERX(directory)"}},
		{"near-miss: only the bottler named", []string{"Coca-Cola Consolidated beat estimates on Wednesday."},
			"Coca-Cola tops estimates", []string{"Coca-Cola=COKE(learned)"}},
		{"near-miss: a word of a longer name", []string{"Coca-Cola Europacific Partners beat estimates on Wednesday."},
			"Europacific tops estimates", []string{"Europacific=CCEP(learned)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := cos.Article(day("2026-12-02"), nil)
			for _, s := range tt.body {
				a.Find(s)
			}
			if got := links(a.FindTitle(tt.title)); !slices.Equal(got, tt.want) {
				t.Errorf("%q: links %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// A company named like a forecast noun ("Target") is no forecast its own verb raises: the raise
// is of something else, and the guidance is what the rest of the sentence does to the forecast.
func TestCompanyNamedLikeForecastNoun(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Target lifted wages and reaffirmed its outlook for the year.",
			[]string{"guidance occurred TGT 2024-06-12 reaffirmed"}},
		{"Target boosted prices on Tuesday and maintained its annual forecast.",
			[]string{"guidance occurred TGT 2024-06-11 reaffirmed"}},
		// near-misses: the noun in lower case is a forecast, whoever raises it
		{"Target raised its sales target for the year.",
			[]string{"guidance occurred TGT 2024-06-12 raised"}},
		{"Walmart raised its profit target for the year.",
			[]string{"guidance occurred WMT 2024-06-12 raised"}},
	})
}
