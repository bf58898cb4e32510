package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news89Extractor knows the companies of the news89 tests, all invented: a robot maker, a
// software maker, a car maker and a chip maker.
func news89Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor Robotics", Company: co("Velcor Robotics Inc", "VLCR")},
		{Alias: "Zentrix", Company: co("Zentrix Corp", "ZNTX")},
		{Alias: "Harrowgate Motors", Company: co("Harrowgate Motors Inc", "HRGM")},
		{Alias: "Brightwell", Company: co("Brightwell Corp", "BRWL")},
	})}
}

// TestNews89TitledBuyer checks a buyer who is a person named with his title at another company:
// the person buys, the company of his title takes no part, and the deal stays the target's. A
// company that buys keeps its part.
func TestNews89TitledBuyer(t *testing.T) {
	checkSentences(t, news89Extractor(), []sentenceCase{
		{body: "Velcor Robotics agreed to be bought by Harrowgate Motors CEO Dana Whitfield for $2 billion.",
			want: []string{"acquisition VLCR"}},
		{body: "Velcor Robotics was acquired by Zentrix co-founder Paul Arnesen for $300 million, the company said.",
			want: []string{"acquisition VLCR"}},
		{body: "Brightwell was bought by Zentrix's chairman Mara Quill in a deal valued at $500 million.",
			want: []string{"acquisition BRWL"}},
		// Near-misses: the company buys; a person without a title buys alone.
		{body: "Velcor Robotics agreed to be bought by Zentrix for $10 billion.",
			want: []string{"acquisition ZNTX;VLCR"}},
		{body: "Velcor Robotics agreed to be bought by Dana Whitfield for $2 billion.",
			want: []string{"acquisition VLCR"}},
		// A successor named in headline-ese keeps its post.
		{title: "Dana Whitfield to be Harrowgate Motors CEO",
			want: []string{"executive HRGM"}},
	}, typeTickers)
}

// typeTickersDateStatus describes an event by its type, tickers, date and status.
func typeTickersDateStatus(e extract.Event) string {
	return typeTickersValue(e) + " " + string(e.Status)
}

// TestNews89PastMoveLaterDate checks a move told in the past beside a date after the telling
// (Wednesday 2024-06-12): the date is what the move awaits or what the news after it names, and
// the move is the day's. A move foretold keeps its day ahead.
func TestNews89PastMoveLaterDate(t *testing.T) {
	checkSentences(t, news89Extractor(), []sentenceCase{
		{body: "Shares of Zentrix rose 3% ahead of the company's quarterly report on Friday.",
			want: []string{"price_move ZNTX 2024-06-12 occurred"}},
		{body: "Brightwell shares jumped 9% after the index provider said the stock would join its benchmark on June 24.",
			want: []string{"price_move BRWL 2024-06-12 occurred"}},
		{body: "Velcor Robotics shares fell 4% after it said the merger would close on July 1.",
			want: []string{"price_move VLCR 2024-06-12 occurred", "acquisition VLCR 2024-07-01 forecast"}},
		// Near-misses: a move foretold for a day ahead, and a past move dated by its own day.
		{body: "Shares of Zentrix are expected to rise on Friday after the company said it would cut costs.",
			want: []string{"price_move ZNTX 2024-06-14 forecast"}},
		{body: "Velcor Robotics shares fell 4% on Tuesday after it said the merger would close on July 1.",
			want: []string{"price_move VLCR 2024-06-11 occurred", "acquisition VLCR 2024-07-01 forecast"}},
	}, typeTickersDateStatus)
}

// TestNews89AheadOfReport checks a move ahead of a company's own report on a weekday (told on
// Wednesday 2024-06-12): the move is the day's, in the main clause, and the report awaited is a
// forecast on its day to come, or no event when the tagger reads the day as gone. A report told
// on its own keeps its forecast.
func TestNews89AheadOfReport(t *testing.T) {
	checkSentences(t, news89Extractor(), []sentenceCase{
		{body: "Zentrix shares fell 2% ahead of the company's earnings report on Friday.",
			want: []string{"price_move ZNTX 2024-06-12 occurred", "earnings ZNTX 2024-06-14 forecast"}},
		{body: "Brightwell stock gained 4% ahead of quarterly results on Monday.",
			want: []string{"price_move BRWL 2024-06-12 occurred"}},
		// Near-misses: the report alone, and results "ahead of" the estimates they beat.
		{body: "Zentrix reports quarterly results on Friday.",
			want: []string{"earnings ZNTX 2024-06-14 forecast"}},
		{body: "Zentrix shares jumped 14% after the company reported results well ahead of estimates and raised its forecast for the year.",
			want: []string{"price_move ZNTX 2024-06-12 occurred", "earnings ZNTX 2024-06-12 occurred", "guidance ZNTX 2024-06-12 occurred"}},
	}, typeTickersDateStatus)
}
