package extract_test

import "testing"

// TestGoodsBought checks that purchases of a maker's goods, uncounted, are no deal for the maker,
// while a purchase of the maker itself, or of a counted number of its goods, stays one.
func TestGoodsBought(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Regulators banned purchases of Kestrel Dynamics chips by state-owned grid operators.", want: nil},
		{body: "The airline halted its purchase of Marlowe Foods trucks after the recall.", want: nil},
		// Controls: the company bought, and goods counted (an order).
		{body: "The board approved the purchase of Kestrel Dynamics for $2 billion.", want: []string{"acquisition KSTD"}},
		{body: "Marlowe Foods completed its purchase of Kestrel Dynamics on Friday.", want: []string{"acquisition MRLF;KSTD"}},
	}, typeTickers)
}
