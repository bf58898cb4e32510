package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// Two companies named together in a headline, by "and" or a comma, before a plural verb; a deal
// signed or inked whatever its size; a person's deal is no partnership (links.go
// companyJoinedAfter and agreesDeal, triggers.go, ratedmove.go personalDeal).
func TestJointHeadlines(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Oracle, Nvidia sign $40 billion chip supply deal", "", []string{"contract ORCL;NVDA"}},
		{"Oracle and Amazon sign $20 billion cloud deal", "", []string{"partnership ORCL;AMZN"}},
		{"Target, Walmart report holiday-quarter earnings", "", []string{"earnings TGT;WMT"}},
		{"Arm shares jump 9% after results", "", []string{"price_move ARM", "earnings ARM"}},
		{"", "Oracle and Meta inked a $10 billion cloud computing deal on Friday.", []string{"partnership ORCL;META"}},
		{"", "Lockheed Martin inked a $2 billion contract with the Navy.", []string{"contract LMT"}},
		// controls: a person's deal, an ordinary word before a comma, a price reached
		{"", "Smith signed a deal to join Pfizer as finance chief.", nil},
		{"Target, meanwhile, sees slower growth", "", nil},
		{"", "Apple reached $200 a share.", nil},
	}, typeTickers)
}

// A headline in title case capitalizes its ordinary words: a company whose name is one is read
// only before a company's verb, wherever it stands (titlecase.go).
func TestTitleCaseNames(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"Target Names New Chief Financial Officer", "", []string{"executive TGT"}},
		{"Delta Cuts Its Profit Forecast for the Year", "", []string{"guidance DAL"}},
		{"Arm Shares Slide After Results", "", []string{"price_move ARM", "earnings ARM"}},
		// controls: an ordinary word inside a title, and a wire headline in capitals
		{"A Shot in the Arm for Diet Drug Sales", "", nil},
		{"FED BUYS ONE BILLION DLRS OF BILLS", "", nil},
	}, typeTickers)
}
