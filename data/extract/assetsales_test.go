package extract_test

import "testing"

// TestAssetSales checks that assets sold to a buyer as a going concern's parts change hands:
// airwaves, patents, or a loan book sold for a price are deals, as a plant or a unit
// sold is. The companies are invented.
func TestAssetSales(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Kestrel Dynamics agreed to sell its wireless spectrum licenses to Marlowe Foods for $3 billion.",
			want: []string{"acquisition KSTD;MRLF"}},
		{title: "Kestrel Dynamics sells airwaves to Marlowe Foods in $2 billion deal", want: []string{"acquisition KSTD;MRLF"}},
		{body: "Kestrel Dynamics sold 4,000 patents to Marlowe Foods on Tuesday.", want: []string{"acquisition KSTD;MRLF"}},
		{body: "Kestrel Dynamics said it would sell its patent portfolio for $600 million.", want: []string{"acquisition KSTD"}},
		{body: "Marlowe Foods is selling its private-label credit card portfolio to Kestrel Dynamics.",
			want: []string{"acquisition MRLF;KSTD"}},
		// Controls: goods sold under a brand, or a brand's goods sold to shoppers, change no owner.
		{body: "Marlowe Foods sells its crackers under the Harvest brand in 40 countries.", want: nil},
		{body: "Marlowe Foods sells more of its store brand to budget shoppers each year.", want: nil},
	}, typeTickers)
}
