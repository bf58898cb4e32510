package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news90Extractor links invented companies.
func news90Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harrowgate Computer", Company: co("Harrowgate Computer Corp", "HRGC")},
		{Alias: "Quantock Micro", Company: co("Quantock Micro Inc", "QNTM")},
		{Alias: "Dow", Company: co("Dow Inc", "DOW")},
		{Alias: "Dow Inc", Company: co("Dow Inc", "DOW")},
	})}
}

// TestNews90AnnouncedAside checks a date in an aside that tells when a deal or split was
// announced or agreed, with a date of the main clause after it: the main clause's date is the
// event's. The aside's date stays where nothing follows it, and a date of the main clause
// before any aside is the event's.
func TestNews90AnnouncedAside(t *testing.T) {
	checkSentences(t, news90Extractor(), []sentenceCase{
		{body: "Harrowgate Computer's stock split, announced on May 30, took effect after the close on Friday.",
			want: []string{"split HRGC 2024-06-07"}},
		{body: "Harrowgate Computer's acquisition of Quantock Micro, first agreed on May 20, was completed on Monday.",
			want: []string{"acquisition HRGC;QNTM 2024-06-10"}},
		// Near-misses: the split's own day, and an announcement with no later date.
		{body: "Harrowgate Computer's stock split took effect on May 30, the company said.",
			want: []string{"split HRGC 2024-05-30"}},
		{body: "Harrowgate Computer's stock split, announced on May 30, drew wide interest.",
			want: []string{"split HRGC 2024-05-30"}},
	}, typeTickersValue)
}

// TestNews90BareDowIndex checks the Dow Jones average named by its first word alone, as a
// membership ("a Dow component") or the list a stock leaves ("removed from the Dow"): a verb of
// replacing there is an index change, not a succession, and no mention of Dow Inc. Dow Inc
// replacing its chief names no index.
func TestNews90BareDowIndex(t *testing.T) {
	checkSentences(t, news90Extractor(), []sentenceCase{
		{body: "Quantock Micro, a Dow component since 1999, is being replaced by Harrowgate Computer.",
			want: nil},
		{body: "Quantock Micro was removed from the Dow on Friday and replaced by Harrowgate Computer.",
			want: nil},
		{title: "Harrowgate Computer to replace Quantock Micro in Dow", want: nil},
		// Near-miss: the company's own succession.
		{body: "Dow Inc replaced its chief executive on Monday.",
			want: []string{"executive DOW 2024-06-10"}},
	}, typeTickersValue)
}

// TestNews90BareBackReference checks a bare plural noun of trades with a verb right after it,
// which refers back to the shares an earlier sentence said were bought or sold: no deal of its
// own. A purchase with its object stays a deal.
func TestNews90BareBackReference(t *testing.T) {
	x := news90Extractor()
	tests := []struct {
		body, sentence string
		want           []string
	}{
		{"Harrowgate Computer said three of its directors bought 40,000 of its shares in the open market last month.",
			"The purchases were disclosed in filings with the SEC, the company said.", nil},
		{"Harrowgate Computer said its chairman bought 25,000 of its shares last week.",
			"These purchases were reported to the Securities and Exchange Commission, the company said.", nil},
		// Near-miss: the purchase names what was bought.
		{"Harrowgate Computer said it agreed to buy Quantock Micro in January.",
			"Harrowgate Computer said its purchase of Quantock Micro was completed on Friday.", []string{"acquisition HRGC;QNTM"}},
	}
	for _, tc := range tests {
		if got := sentenceTickers(x, "Harrowgate Computer <HRGC> news", tc.body, tc.sentence); !slices.Equal(got, tc.want) {
			t.Errorf("%q: events %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
