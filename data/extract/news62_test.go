package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news62Extractor knows the companies of the news62 tests, all invented: a retailer, a sportswear
// maker, a carmaker, a truck start-up, a streamer and a lodging platform.
func news62Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Brightwell Stores", Company: co("Brightwell Stores Inc", "BRWL")},
		{Alias: "Stridewell", Company: co("Stridewell Inc", "STRD")},
		{Alias: "Cordova Motors", Company: co("Cordova Motors Corp", "CDVM")},
		{Alias: "Voltrane", Company: co("Voltrane Corp", "VLTR")},
		{Alias: "Halcyon Media", Company: co("Halcyon Media Inc", "HLCM")},
		{Alias: "Roomly", Company: co("Roomly Inc", "ROOM")},
	})}
}

// TestNews62OfficerHistory checks a quoted officer's relative clause ("said X, who took over as
// chief executive last year and has been ...") that names another company after its first verb
// phrase: the clause tells the officer's history, no event of the company named in it.
func TestNews62OfficerHistory(t *testing.T) {
	checkSentences(t, news62Extractor(), []sentenceCase{
		{body: `"Shoppers are careful," said Jane Roe, who took over as chief executive last year and has been rebuilding the chain's ties with Stridewell.`,
			want: nil},
		{body: `"We have work to do," said Tom Adler, who became chief executive in March and has since been renegotiating supply deals with Stridewell.`,
			want: nil},
		{body: `"Margins will recover," said Ann Kerr, who was named finance chief in 2022 after years of running the budget at Cordova Motors.`,
			want: nil},
		{body: `"It was a hard year," said Raj Mehta, who took over as chief executive in January, having spent a decade at Stridewell.`,
			want: nil},
		// Controls: an appointment told in a main clause is news, and so is a change of the
		// officer's own role told before the named company.
		{body: "Stridewell named Jane Roe chief executive on Monday.",
			want: []string{"executive STRD"}},
		{body: `"Demand is steady," said Jane Roe, who took over as chief executive of Stridewell last week.`,
			want: []string{"executive STRD"}},
		{body: `"We are ready," said Jane Roe, who was named chief executive of Stridewell in May and the chain's chair in June.`,
			want: []string{"executive STRD"}},
	}, typeTickers)
}

// TestNews62PossessiveMove checks a share move told in a participle clause after another
// company's act ("..., sending X's shares up 12%"): the move is the possessor's, not the main
// clause's subject's.
func TestNews62PossessiveMove(t *testing.T) {
	checkSentences(t, news62Extractor(), []sentenceCase{
		{body: "Cordova Motors agreed to take a 10% stake in Voltrane on Tuesday, sending Voltrane's shares up 12%.",
			want: []string{"acquisition CDVM;VLTR", "price_move VLTR"}},
		{body: "Cordova Motors cancelled its battery order with Voltrane, sending Voltrane's stock down 30% in early trading.",
			want: []string{"price_move VLTR"}},
		// Controls: the subject's own shares, and a move told with no possessor.
		{body: "Cordova Motors raised its dividend, sending its shares up 3%.",
			want: []string{"dividend CDVM", "price_move CDVM"}},
		{body: "Cordova Motors raised its dividend, sending shares up 3%.",
			want: []string{"dividend CDVM", "price_move CDVM"}},
	}, typeTickers)
}

// TestNews62SharesInListing checks a company's own shares sold in a sale named with "the" or a
// possessive ("sold 12 million shares in the listing"): its offering, no acquisition, as "in an
// offering" already was.
func TestNews62SharesInListing(t *testing.T) {
	checkSentences(t, news62Extractor(), []sentenceCase{
		{body: "Roomly sold 12 million shares in the listing at $68 each.",
			want: []string{"offering ROOM"}},
		{body: "Roomly sold 30 million shares in its listing, which valued it at $9 billion.",
			want: []string{"offering ROOM"}},
		{body: "Roomly sold 5 million shares in the share sale, priced at the bottom of its range.",
			want: []string{"offering ROOM"}},
		{body: "Roomly sold 40 million shares in its offering, priced at $21 apiece.",
			want: []string{"offering ROOM"}},
		// Controls: shares sold in a company or in a deal are a holding sold.
		{body: "Halcyon Media sold 12 million shares in Roomly for $500 million.",
			want: []string{"acquisition HLCM;ROOM"}},
		{body: "Roomly sold 12 million shares in the company last year.",
			want: []string{"acquisition ROOM"}},
		{body: "Halcyon Media sold 8 million shares in the deal.",
			want: []string{"acquisition HLCM"}},
		{body: "Roomly sold 12 million shares in an initial public offering.",
			want: []string{"ipo ROOM"}},
	}, typeTickers)
}
