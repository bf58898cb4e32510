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

// TestNews93SplitReference checks a split named as the point a price or a figure is measured
// from (told on Wednesday 2024-06-12): no split of the day. A split announced, or one still to
// come after "before", stays a split.
func TestNews93SplitReference(t *testing.T) {
	checkSentences(t, news93Extractor(), []sentenceCase{
		{body: "Zentrix shares traded near $600 before the 3-for-1 split took effect last year.",
			want: nil},
		{body: "Brightwell reported quarterly earnings of $1.20 a share, adjusted for the 2-for-1 split.",
			want: []string{"earnings BRWL 2024-06-12 occurred"}},
		{body: "Velcor Robotics shares have climbed since its 4-for-1 split took effect last year.",
			want: nil},
		{body: "Brightwell stock traded near $600 before its 3-for-1 split took effect in May.",
			want: nil},
		{body: "Zentrix shares have doubled since the 2-for-1 stock split in April.",
			want: nil},
		{body: "Kestrel Foods stock traded at $900 prior to its 10-for-1 stock split in March.",
			want: nil},
		// Near-misses: a split announced, and one still to come.
		{body: "Zentrix announced a 3-for-1 stock split on Tuesday.",
			want: []string{"split ZNTX 2024-06-11 occurred"}},
		{body: "Brightwell shares rose 5% on Friday before the 10-for-1 split takes effect on Monday.",
			want: []string{"price_move BRWL 2024-06-07 occurred", "split BRWL 2024-06-17 forecast"}},
	}, typeTickersDateStatus)
}

// TestNews93PresentScheduleWeekday checks results or a product told in the present with a weekday
// (told on Wednesday 2024-06-12): the weekday is the one to come, and the event a forecast on it.
// A past verb keeps the day gone.
func TestNews93PresentScheduleWeekday(t *testing.T) {
	checkSentences(t, news93Extractor(), []sentenceCase{
		{title: "Zentrix announces quarterly results Friday",
			want: []string{"earnings ZNTX 2024-06-14 forecast"}},
		{title: "Brightwell posts fourth-quarter earnings after the bell Monday",
			want: []string{"earnings BRWL 2024-06-17 forecast"}},
		// Near-miss: the results told in the past are the day gone.
		{title: "Zentrix announced quarterly results Monday",
			want: []string{"earnings ZNTX 2024-06-10 occurred"}},
	}, typeTickersDateStatus)
}
