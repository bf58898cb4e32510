package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news59Extractor knows the companies of the news59 tests, all invented: two grocers, a food
// distributor, a warehouse club, a streaming service, two investment firms and a broker.
func news59Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlow Markets", Company: co("Harlow Markets Inc", "HRLW")},
		{Alias: "Marlow Grocers", Company: co("Marlow Grocers Corp", "MRLW")},
		{Alias: "Pellworth Foods", Company: co("Pellworth Foods Inc", "PLWF")},
		{Alias: "Brindle Clubs", Company: co("Brindle Clubs Inc", "BRND")},
		{Alias: "Streamvale", Company: co("Streamvale Inc", "STVL")},
		{Alias: "Brisk Capital", Company: co("Brisk Capital Group", "BRSK")},
		{Alias: "Corran Partners", Company: co("Corran Partners LP", "CRRN")},
		{Alias: "Tamsin Securities", Company: co("Tamsin Securities Inc", "TMSN")},
	})}
}

// TestNews59FundBuyers checks a buyer named through the funds, affiliates or investor group it
// buys with: the firm after "managed by" or "led by" is the deal's party, and a
// passive's "by" names the buyer, not goods bought ("funds" read as money bought dropped the
// deal). An offering's underwriting group keeps its leader a bystander.
func TestNews59FundBuyers(t *testing.T) {
	checkSentences(t, news59Extractor(), []sentenceCase{
		{body: "Harlow Markets agreed on Monday to be acquired by funds managed by Brisk Capital for $900 million.",
			want: []string{"acquisition HRLW;BRSK"}},
		{body: "Funds managed by Corran Partners agreed to buy Marlow Grocers for $31 a share.",
			want: []string{"acquisition CRRN;MRLW"}},
		{body: "Marlow Grocers agreed to be bought by an investor group led by Brisk Capital, the chain said.",
			want: []string{"acquisition MRLW;BRSK"}},
		{body: "Harlow Markets said it agreed to be bought by affiliates of Corran Partners.",
			want: []string{"acquisition HRLW;CRRN"}},
		// Controls: an offering's managers stay bystanders, and a buyer named itself is a party.
		{body: "Harlow Markets sold $300 million of notes through an underwriting group led by Tamsin Securities.",
			want: []string{"offering HRLW"}},
		{body: "Harlow Markets agreed to be acquired by Brisk Capital for $900 million.",
			want: []string{"acquisition BRSK;HRLW"}},
	}, typeTickers)
}

// TestNews59ContractRenewals checks a contract kept by extending or renewing it, told in a body
// sentence as a title's "extends contract" already was; a chief's or a union's contract renewed
// is no business.
func TestNews59ContractRenewals(t *testing.T) {
	checkSentences(t, news59Extractor(), []sentenceCase{
		{body: "Pellworth Foods said on Monday it had extended its contract to supply Marlow Grocers' stores through 2029.",
			want: []string{"contract PLWF;MRLW"}},
		{body: "Pellworth Foods renewed its distribution contract with Harlow Markets for five more years.",
			want: []string{"contract PLWF;HRLW"}},
		{body: "Marlow Grocers is extending its contracts with Pellworth Foods, the grocer said.",
			want: []string{"contract MRLW;PLWF"}},
		// Controls: a chief's and a union's contract.
		{body: "Pellworth Foods extended the contract of its chief executive by three years.",
			want: nil},
		{body: "Harlow Markets renewed chief executive Dana Ruiz's contract through 2028.",
			want: nil},
		{body: "Marlow Grocers extended its contract with the union representing 2,000 drivers.",
			want: nil},
	}, typeTickers)
}

// TestNews59FeeChanges checks a change of what members or subscribers pay, product news as a
// list price's change is; a denied change and a retailer's raised prices are none.
func TestNews59FeeChanges(t *testing.T) {
	checkSentences(t, news59Extractor(), []sentenceCase{
		{title: "Brindle Clubs raises membership fees for first time in six years", want: []string{"product BRND"}},
		{body: "Streamvale said it would hike subscription prices for its ad-free plan next month.",
			want: []string{"product STVL"}},
		{body: "Brindle Clubs will lift the membership fee for its premium tier to $130.",
			want: []string{"product BRND"}},
		{body: "Streamvale is cutting subscription fees in India to win new viewers.",
			want: []string{"product STVL"}},
		// Controls: a denied change, and prices raised to lift a quarter's sales.
		{title: "Brindle Clubs denies plan to raise membership fees", want: nil},
		{body: "Brindle Clubs said it has no plans to raise membership fees this year.", want: nil},
		{body: "Harlow Markets raised prices on groceries last year.", want: nil},
	}, typeTickers)
}
