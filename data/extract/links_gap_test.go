package extract_test

import (
	"slices"
	"testing"
)

// TestLinksAcrossHistoryGaps links names on days the listing history has no lists for (2015 to
// 2018 on NASDAQ, 2015 to 2024 on NYSE, 2018 to 2024 on NASDAQ), with the embedded directory: a
// name seen under two symbols means, inside the gap, the one seen nearer the day; an old name
// means a symbol's later holder only where the lists show the symbol pass to it, or the names
// show a rename.
func TestLinksAcrossHistoryGaps(t *testing.T) {
	cos := linker(t)
	tests := []struct {
		name, published, text string
		want                  []string
	}{
		// A name under two symbols: the old one near its last sighting, the new one near its first.
		{"the new symbol late in the gap", "2022-05-10", "Frontier Communications added fiber customers.", []string{"Frontier Communications=FYBR(directory)"}},
		{"the old symbol early in the gap", "2019-02-12", "Frontier Communications added fiber customers.", []string{"Frontier Communications=FTR(directory)"}},
		{"a short name late in a long gap", "2023-08-01", "Analysts said Sony had a strong quarter.", []string{"Sony=SONY(directory)"}},
		{"a short name early in a long gap", "2016-03-01", "Analysts said Sony had a strong quarter.", []string{"Sony=SNE(directory)"}},
		// A symbol under two names across a gap: a newcomer on a freed symbol is no rename.
		{"a freed symbol's old holder", "2025-01-15", "Analysts said Altera had a strong quarter.", nil},
		{"a freed symbol's new holder", "2025-01-15", "Altair Engineering raised its forecast.", []string{"Altair Engineering=ALTR(directory)"}},
		// Renames the names show: both share classes took the new name, or a word is kept.
		{"a rename of every share class", "2024-03-07", "Shares of Google rose after the event.", []string{"Google=GOOG(directory)"}},
		{"a rename keeping a word", "2024-03-07", "Shares of United Continental rose.", []string{"United Continental=UAL(directory)"}},
		{"a new name under an old symbol", "2025-06-10", "Shoppers at Walmart spent less.", []string{"Walmart=WMT(directory)"}},
		{"a fund under an old symbol", "2025-06-10", "Shares of EMC Corporation rose.", []string{"EMC Corporation=-(seed)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := links(cos.Article(day(tt.published), nil).Find(tt.text)); !slices.Equal(g, tt.want) {
				t.Errorf("%s %q: links %q, want %q", tt.published, tt.text, g, tt.want)
			}
		})
	}
}
