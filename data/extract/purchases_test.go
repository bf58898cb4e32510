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

// TestRestrictionActs checks that an authority's restriction on a company, put on or taken off,
// is legal news of the company, and that a company's own cap or ban is not.
func TestRestrictionActs(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "The Federal Reserve on Friday lifted the growth cap on Kestrel Dynamics that it had imposed in 2019.",
			want: []string{"legal KSTD"}},
		{body: "The Commerce Department imposed new export curbs on Kestrel Dynamics and two of its suppliers.",
			want: []string{"legal KSTD"}},
		{body: "Aviation regulators capped Kestrel Dynamics' drone production at 40 a month.", want: []string{"legal KSTD"}},
		{title: "Regulators lift ban on Marlowe Foods' imported cheese", want: []string{"legal MRLF"}},
		// Controls: a company's own cap, ban or output.
		{body: "Marlowe Foods lifted its cap on overtime at three plants.", want: nil},
		{body: "Kestrel Dynamics capped production at its Ohio plant to save cash.", want: nil},
	}, typeTickers)
}

// TestInvestedForStake checks that money put into a private company is a stake bought when the
// sentence says so: a role noun before the name, or the stake the money takes; money put into a
// place or plants is not.
func TestInvestedForStake(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Kestrel Dynamics will invest up to $2 billion in artificial intelligence startup Quillon.",
			want: []string{"acquisition KSTD"}},
		{body: "Marlowe Foods invested $300 million in Brightfield and took a minority stake.", want: []string{"acquisition MRLF"}},
		{body: "Kestrel Dynamics invested $1 billion in Quillon, taking a 20% stake.", want: []string{"acquisition KSTD"}},
		// Controls: a place, a field, plants.
		{body: "Kestrel Dynamics will invest $3 billion in Texas over five years.", want: nil},
		{body: "Marlowe Foods invested $200 million in new plants in Ohio last year.", want: nil},
		{body: "Kestrel Dynamics will invest $1 billion in Europe and build a plant in Poland.", want: nil},
	}, typeTickers)
}
