package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news93Extractor knows the companies of the news93 tests, all invented: a robot maker, a
// software maker, a food maker and a chip maker.
func news93Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor Robotics", Company: co("Velcor Robotics Inc", "VLCR")},
		{Alias: "Zentrix", Company: co("Zentrix Corp", "ZNTX")},
		{Alias: "Kestrel Foods", Company: co("Kestrel Foods Inc", "KSTF")},
		{Alias: "Brightwell", Company: co("Brightwell Corp", "BRWL")},
	})}
}

// TestNews93AppositiveBuyer checks a buyer who is a person with his title set after his name:
// the person buys, the company of his title takes no part. A company that buys, described in an
// appositive of its own, keeps its part.
func TestNews93AppositiveBuyer(t *testing.T) {
	checkSentences(t, news93Extractor(), []sentenceCase{
		{body: "Velcor Robotics agreed to be acquired by Dana Whitfield, Zentrix's chief executive, for $2 billion.",
			want: []string{"acquisition VLCR"}},
		{body: "Brightwell was bought by Paul Arnesen, the chairman of Kestrel Foods, for $2 billion.",
			want: []string{"acquisition BRWL"}},
		{body: "Brightwell agreed to be bought by Paul Arnesen, Kestrel Foods' co-founder, for $300 million.",
			want: []string{"acquisition BRWL"}},
		{body: "Velcor Robotics was acquired by Ann Lee, the chief executive of Zentrix, for $1 billion.",
			want: []string{"acquisition VLCR"}},
		{body: "Brightwell said it would be acquired by Mara Quill, chief executive of Zentrix, in a deal valued at $500 million.",
			want: []string{"acquisition BRWL"}},
		// Near-misses: the company buys, described after a comma.
		{body: "Velcor Robotics agreed to be acquired by Zentrix, the software maker, for $2 billion.",
			want: []string{"acquisition ZNTX;VLCR"}},
		{body: "Brightwell was bought by Kestrel Foods, the snack maker, for $2 billion.",
			want: []string{"acquisition KSTF;BRWL"}},
	}, typeTickers)
}
