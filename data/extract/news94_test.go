package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news94Extractor links invented companies and the publishers of indexes.
func news94Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor", Company: co("Velcor Holdings Inc", "VLCR")},
		{Alias: "Dow", Company: co("Dow Inc", "DOW")},
		{Alias: "Dow Inc", Company: co("Dow Inc", "DOW")},
		{Alias: "Nasdaq", Company: co("Nasdaq Inc", "NDAQ")},
		{Alias: "S&P", Company: co("S&P Global Inc", "SPGI")},
	})}
}

// TestNews94IndexPostsWrap checks an index named by its publisher's bare name that posts a
// session's record in a market wrap: no results and no move of the publisher. A reporting
// period or the company's full name keeps its results.
func TestNews94IndexPostsWrap(t *testing.T) {
	checkSentences(t, news94Extractor(), []sentenceCase{
		{title: "Stocks: Dow posts third straight loss Friday", want: nil},
		{title: "Nasdaq posts its best week since March", want: nil},
		{title: "S&P posts record close as chip shares rally", want: nil},
		{body: "The Nasdaq posted a fifth consecutive gain on Tuesday as chip stocks rallied.", want: nil},
		// Near-misses: the company's own results.
		{title: "Dow Inc posts second-quarter loss", want: []string{"earnings DOW"}},
		{title: "Dow posts quarterly loss as chemical demand slumps", want: []string{"earnings DOW"}},
	}, typeTickers)
}

// TestNews94SaidOwnLeaving checks a person who says that he himself leaves: the speaker is who
// leaves. A name or a negation in the reported clause makes the change someone else's or none.
func TestNews94SaidOwnLeaving(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Jane Roe said on Monday she would step down as chief executive of Boeing at the end of the year.",
			[]string{"executive forecast BA 2024-06-10 out: Jane Roe"}},
		{"John Doe told staff in a memo that he will retire as chief financial officer of Intel in September.",
			[]string{"executive forecast INTC 2024-09 out: John Doe"}},
		// Near-misses: the speaker names who leaves, and a leaving denied.
		{"Boeing chairman Jane Roe said on Monday John Doe would step down as chief executive.",
			[]string{"executive forecast BA 2024-06-10 out: John Doe"}},
		{"Jane Roe said on Monday she would not step down as chief executive of Boeing.",
			[]string{"executive occurred BA 2024-06-10 denied"}},
	})
}
