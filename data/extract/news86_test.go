package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news86Extractor knows the companies of the news86 tests, all invented but Nasdaq Inc, whose
// name is also its index's: a chip maker, a glucose-monitor maker, a drug maker, a food company
// and an electric-car maker.
func news86Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Nasdaq", Company: co("Nasdaq Inc", "NDAQ")},
		{Alias: "Velcor", Company: co("Velcor Inc", "VLCR")},
		{Alias: "Zentrix", Company: co("Zentrix Inc", "ZNTX")},
		{Alias: "Brightwell", Company: co("Brightwell Corp", "BRWL")},
		{Alias: "Calloway Foods", Company: co("Calloway Foods Inc", "CLWF")},
		{Alias: "Harrowgate Motors", Company: co("Harrowgate Motors Inc", "HRGM")},
	})}
}

// TestNews86MarketSlug checks a market wrap's slug glued to the title's first mover: the mover
// is read and the bare "Nasdaq" after it is the index. A title without the slug, about the
// exchange operator, keeps Nasdaq Inc's move.
func TestNews86MarketSlug(t *testing.T) {
	checkSentences(t, news86Extractor(), []sentenceCase{
		{title: "US STOCKS-Velcor sinks 17% as chip fears spread; Nasdaq drops 3%",
			want: []string{"price_move VLCR"}},
		{title: "US STOCKS SNAPSHOT-Wall St opens lower; Nasdaq falls 1%",
			want: nil},
		{title: "GLOBAL MARKETS-Harrowgate Motors jumps 9% as stocks climb; Nasdaq adds 1%",
			want: []string{"price_move HRGM"}},
		// Controls: the exchange operator's own news, and a company's slug-like name.
		{title: "Nasdaq jumps 4% after listings revenue beats estimates",
			want: []string{"price_move NDAQ", "earnings NDAQ"}},
	}, typeTickers)
}

// TestNews86OwnApproval checks a regulator's approval told as a move's cause: the mover's own
// product approved is a product event beside the move; a rival's stays the move's reason.
func TestNews86OwnApproval(t *testing.T) {
	checkSentences(t, news86Extractor(), []sentenceCase{
		{body: "Shares of Zentrix surged 38% after the Food and Drug Administration approved the company's Alzheimer's drug.",
			want: []string{"price_move ZNTX", "product ZNTX"}},
		{body: "Shares of Brightwell jumped 11% after U.S. regulators approved the drugmaker's psoriasis pill.",
			want: []string{"price_move BRWL", "product BRWL"}},
		{body: "Shares of Brightwell rose 6% after the FDA cleared its glucose monitor.",
			want: []string{"price_move BRWL", "product BRWL"}},
		// Near-misses: another company's product approved.
		{body: "Shares of Calloway Foods fell 9% on Tuesday, a day after regulators approved a rival's weight-loss drug.",
			want: []string{"price_move CLWF"}},
		{body: "Shares of Calloway Foods fell 9% after the FDA approved the rival's weight-loss drug.",
			want: []string{"price_move CLWF"}},
	}, typeTickers)
}

// TestNews86TitleClauseMover checks a mover opening a wrap title's clause after a semicolon, told
// by a bare verb and its cause, as a title opening with it is read. A verb followed by no cause
// stays none.
func TestNews86TitleClauseMover(t *testing.T) {
	checkSentences(t, news86Extractor(), []sentenceCase{
		{title: "Wall St rebounds late as tech rallies; Velcor jumps on buyout deal",
			want: []string{"price_move VLCR", "acquisition VLCR"}},
		{title: "Stocks drift as yields climb; Harrowgate Motors sinks after recall",
			want: []string{"price_move HRGM"}},
		// Near-misses: no cause after the verb.
		{title: "Stocks fall; Zentrix falls behind rivals in cloud race",
			want: nil},
		{title: "Wall St ends flat; Velcor jumps into robotaxi race",
			want: nil},
	}, typeTickers)
}

// TestNews86WhichAside checks an ordinary-word name opening a sentence with a "which" clause on
// the company before its verb: the verb after the clause is the evidence it would be right after
// the name. A clause on no company, and an apposition, give none.
func TestNews86WhichAside(t *testing.T) {
	c := directoryOnly(t)
	tests := []struct {
		day, text string
		want      []string
	}{
		{"2023-01-03", "Apple, which makes most of its phones in Asia, slid 5%.", []string{"Apple AAPL"}},
		{"2023-01-03", "Target, which reports results next week, said it would close nine stores.", []string{"Target TGT"}},
		// Near-misses: the fruit, and an apposition.
		{"2023-01-03", "Apple, which grows well in cold climates, is a popular fruit.", nil},
		{"2023-01-03", "Target, the one we aimed at, was hit twice.", nil},
	}
	for _, tt := range tests {
		if got := linkedOn(c, tt.day, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.day, tt.text, got, tt.want)
		}
	}
}

// TestNews86MoveNoun checks a company's move told in a wrap's title by a noun of the move and a
// verb of its effect on the market, the company named right before the noun. A slump of sales
// or of a market is no stock's move.
func TestNews86MoveNoun(t *testing.T) {
	checkSentences(t, news86Extractor(), []sentenceCase{
		{title: "Wall St ends lower as Velcor slump weighs on first day of the year",
			want: []string{"price_move VLCR"}},
		{title: "Stocks slip as Zentrix slide drags on tech",
			want: []string{"price_move ZNTX"}},
		{title: "Stocks climb as Brightwell's surge lifts chipmakers",
			want: []string{"price_move BRWL"}},
		// Near-misses: a market's slump, and a sales slump before the company.
		{title: "Housing slump weighs on Harrowgate Motors",
			want: nil},
		{title: "China sales slump weighs on Velcor",
			want: nil},
	}, typeTickers)
}

// TestNews86LedBy checks the stocks a wrap names as leading the market's move ("led by"): each
// moved. A group led by a firm, a measure's change and a part of a company lead no market.
func TestNews86LedBy(t *testing.T) {
	checkSentences(t, news86Extractor(), []sentenceCase{
		{body: "U.S. stocks closed lower on Tuesday, as a sell-off in megacap growth stocks, led by Velcor and Zentrix, offset gains elsewhere.",
			want: []string{"price_move VLCR;ZNTX"}},
		{body: "The Nasdaq rose 2%, with a rally in chipmakers led by Brightwell.",
			want: []string{"price_move BRWL"}},
		// Near-misses: a buyer's group, a measure's change, a part of a company.
		{body: "Calloway Foods agreed to be bought by a consortium led by Harrowgate Motors.",
			want: []string{"acquisition CLWF;HRGM"}},
		{body: "Sales gains were led by Velcor's services unit.",
			want: nil},
		{body: "The quarter's gains were led by Zentrix's cloud unit.",
			want: nil},
	}, typeTickers)
}
