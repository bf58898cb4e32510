package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news82Extractor knows the companies of the news82 tests, all invented: two with a slash in
// their names (a bank and a home builder), a grocer without one, and a utility whose short name
// is a compass adjective.
func news82Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow/Penn Bankers", Company: co("Harlow/Penn Bankers Inc", "HPNB")},
		{Alias: "Harlow/Penn", Company: co("Harlow/Penn Bankers Inc", "HPNB")},
		{Alias: "K/T Homes", Company: co("K/T Homes Inc", "KTHM")},
		{Alias: "Quarrow Grocers", Company: co("Quarrow Grocers Inc", "QRGR")},
		{Alias: "Northern", Company: co("Northern Corp", "NRTH")},
	})}
}

// TestNews82SlashNames checks that a name written with a slash glued between two words links as
// one name, in a title and in a body, while a spaced slash and a slash between two companies'
// names link as before.
func TestNews82SlashNames(t *testing.T) {
	checkSentences(t, news82Extractor(), []sentenceCase{
		{"Harlow/Penn Reports Fourth Quarter Results", "", []string{"earnings HPNB"}},
		{"", "Harlow/Penn Bankers Inc. today reported fourth-quarter net income of $98.2 million.", []string{"earnings HPNB"}},
		{"", "K/T Homes declared a quarterly dividend of 20 cents a share.", []string{"dividend KTHM"}},
		{"K/T Homes to buy Quarrow Grocers' land unit for $40 million", "", []string{"acquisition KTHM;QRGR"}},
		// Near misses: the slash spaced off (no name, so no subject), and a slash between a known
		// name and another word (the known name alone).
		{"", "Harlow / Penn reported fourth-quarter net income of $98.2 million.", nil},
		{"", "Quarrow Grocers/Velcor deal talk lifted Quarrow Grocers shares 3% on Monday.", []string{"price_move QRGR"}},
	}, typeTickers)
}

// TestNews82RegionAdjective checks that a compass adjective between lower-case words is a region,
// not the company whose short name it is, while the name as a subject or with its suffix stays
// the company's.
func TestNews82RegionAdjective(t *testing.T) {
	checkSentences(t, news82Extractor(), []sentenceCase{
		{"", "Quarrow Grocers agreed to buy a leading Northern regional bank for $2 billion.", []string{"acquisition QRGR"}},
		{"", "Quarrow Grocers agreed to buy 40 stores across Northern states for $2 billion.", []string{"acquisition QRGR"}},
		// Near misses: the company as a subject, with its suffix, and capitalized words after.
		{"", "Northern said on Monday it would raise its dividend by 4 cents a share.", []string{"dividend NRTH"}},
		{"", "Northern Corp agreed to buy Quarrow Grocers for $2 billion.", []string{"acquisition NRTH;QRGR"}},
	}, typeTickers)
}

// TestNews82SumOfDebtBoughtBack checks that debt bought back by its sum, with a long
// description before the paper, is financing news, while a sum of stock stays a buyback.
func TestNews82SumOfDebtBoughtBack(t *testing.T) {
	checkSentences(t, news82Extractor(), []sentenceCase{
		{"", "Quarrow Grocers intends to use the proceeds to repurchase about $115 million of its existing 2.50% green convertible senior notes due 2025.", []string{"offering QRGR"}},
		{"", "Quarrow Grocers said it would buy back up to $300 million of its outstanding 6.875% senior subordinated notes due 2027.", []string{"offering QRGR"}},
		// Near misses: a sum of stock, and a sum of shares.
		{"", "Quarrow Grocers will repurchase up to $500 million of its common stock over two years.", []string{"buyback QRGR"}},
		{"", "Quarrow Grocers authorized the repurchase of up to $200 million of its shares.", []string{"buyback QRGR"}},
	}, typeTickers)
}

// TestNews82FacilityAsMeans checks that borrowings under a credit facility told as how a
// purchase was paid for are no offering, while a draw told for itself and a facility entered into
// stay one.
func TestNews82FacilityAsMeans(t *testing.T) {
	checkSentences(t, news82Extractor(), []sentenceCase{
		{"", "Quarrow Grocers said the purchase was funded with cash on hand and borrowings under the Company's revolving credit facility.", nil},
		{"", "Quarrow Grocers said it financed the deal with cash and borrowings under its $800 million revolving credit facility.", nil},
		// Near misses: a draw told for itself, a facility entered into.
		{"", "Quarrow Grocers said it borrowed $200 million under its revolving credit facility on Monday.", []string{"offering QRGR"}},
		{"", "Quarrow Grocers entered into a new $1 billion revolving credit facility with a group of banks.", []string{"offering QRGR"}},
	}, typeTickers)
}
