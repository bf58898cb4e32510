package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news54Extractor knows the companies of TestNews54's sentences, all invented.
func news54Extractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Hexworthy Medical", Company: extract.Company{Name: "Hexworthy Medical Inc", Ticker: "HXWM"}},
		{Alias: "Hexworthy", Company: extract.Company{Name: "Hexworthy Medical Inc", Ticker: "HXWM"}},
		{Alias: "Brendon Pharma", Company: extract.Company{Name: "Brendon Pharma Corp", Ticker: "BRDP"}},
		{Alias: "Brendon", Company: extract.Company{Name: "Brendon Pharma Corp", Ticker: "BRDP"}},
		{Alias: "Postbridge Bio", Company: extract.Company{Name: "Postbridge Bio Inc", Ticker: "PSTB"}},
		{Alias: "Postbridge", Company: extract.Company{Name: "Postbridge Bio Inc", Ticker: "PSTB"}},
		{Alias: "Dunsford Labs", Company: extract.Company{Name: "Dunsford Labs Inc", Ticker: "DNSF"}},
		{Alias: "Dunsford", Company: extract.Company{Name: "Dunsford Labs Inc", Ticker: "DNSF"}},
	})}
}

// TestNews54Recalls checks a recall told by a rough count ("recalls millions of", "is recalling
// thousands of") and of the goods health-care makers recall (pumps, sensors, inhalers, vials):
// modern49's "recalls millions of sleep apnea machines" was read as remembering. A person who
// recalls a time or a scene stays no product news.
func TestNews54Recalls(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{title: "Hexworthy recalls millions of infusion pumps over battery fault", want: []string{"product HXWM"}},
		{body: "Hexworthy Medical said it was recalling thousands of heart monitors sold since 2021.",
			want: []string{"product HXWM"}},
		{body: "Brendon Pharma is recalling hundreds of thousands of asthma inhalers because of a faulty valve.",
			want: []string{"product BRDP"}},
		{title: "Brendon recalls eye drops made at an Indian plant", want: []string{"product BRDP"}},
		{title: "Dunsford recalls glucose sensors", want: []string{"product DNSF"}},
		{body: "Postbridge Bio recalled two lots of vials of its growth hormone on Tuesday.",
			want: []string{"product PSTB"}},
		// Controls: memories.
		{body: "Hexworthy's founder recalls the early years, when the company made hearing aids in a garage.", want: nil},
		{body: "Analysts recalled the thousands of patients who waited for the first version of the drug.", want: nil},
	}, typeTickers)
}

// TestNews54Licenses checks a drug or a technology taken under license from another company,
// "licenses Dunsford's antibody", "has licensed a pill from", "in-licensed rights to": modern49's
// "Merck licenses Hengrui's experimental heart pill" told no event. A company's own licences (a
// permit lost, a licence held) and a licence given "to" customers as its trade stay none.
func TestNews54Licenses(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{title: "Brendon licenses Dunsford's experimental kidney drug for $90 million upfront",
			want: []string{"partnership BRDP;DNSF"}},
		{body: "Postbridge Bio has licensed an antibody from a Shanghai biotech for $40 million upfront.",
			want: []string{"partnership PSTB"}},
		{body: "Hexworthy Medical said it in-licensed the rights to a nerve stimulator in Europe.",
			want: []string{"partnership HXWM"}},
		{title: "Postbridge signs licensing deal for Korean cancer drug", want: []string{"partnership PSTB"}},
		// Controls: licences held or lost, and a trade of licensing to all comers.
		{body: "Dunsford Labs lost its license to sell test kits in two states.", want: nil},
		{body: "Hexworthy licenses its imaging software to hospitals and clinics.", want: nil},
		{body: "Regulators approved Brendon's purchase of Dunsford Labs on Friday, after Brendon offered to license Dunsford's valve patents to rivals.",
			want: []string{"acquisition BRDP;DNSF"}},
	}, typeTickers)
}

// TestNews54ListPrices checks a drugmaker's or a maker's change of its products' list prices,
// news about what it sells as a recall is: modern49's "will lower the U.S. list prices of several
// insulin products" told no event. A list price set at a launch stays the launch's, and an order
// valued "at list prices" is the order's.
func TestNews54ListPrices(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{body: "Brendon Pharma said it would cut the list prices of its two asthma inhalers by 60% next year.",
			want: []string{"product BRDP"}},
		{title: "Postbridge raises list price of growth hormone by 9%", want: []string{"product PSTB"}},
		{body: "Hexworthy Medical is slashing the U.S. list price of its glucose monitor to $89.",
			want: []string{"product HXWM"}},
		// Controls.
		{body: "The order from Dunsford Labs is worth about $2 billion at list prices.", want: []string{"contract DNSF"}},
	}, typeTickers)
}

// TestNews54Preparing checks a clause of preparation after the news, "as it prepares to launch",
// which tells why the main clause's step was taken, not a launch: modern49's chief named "as it
// prepares to launch a new Alzheimer's drug" gave a product event. A launch told as its own
// clause stays.
func TestNews54Preparing(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{body: "Hexworthy Medical named a new sales chief on Monday as it prepares to launch its first heart pump.",
			want: []string{"executive HXWM"}},
		{body: "Brendon Pharma hired 300 sales representatives as the company gears up to launch its migraine pill.",
			want: nil},
		// Controls: a launch of its own, and one told after a move.
		{body: "Postbridge Bio launched its growth hormone in Europe on Monday.", want: []string{"product PSTB"}},
		{body: "Dunsford Labs named a new chief executive and launched its first test kit.",
			want: []string{"executive DNSF", "product DNSF"}},
	}, typeTickers)
}

// news54ExchangeExtractor adds the exchange's listed owner to news54Extractor's companies.
func news54ExchangeExtractor() *extract.Extractor {
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Brendon Pharma", Company: extract.Company{Name: "Brendon Pharma Corp", Ticker: "BRDP"}},
		{Alias: "Brendon", Company: extract.Company{Name: "Brendon Pharma Corp", Ticker: "BRDP"}},
		{Alias: "Postbridge", Company: extract.Company{Name: "Postbridge Bio Inc", Ticker: "PSTB"}},
		{Alias: "Nasdaq", Company: extract.Company{Name: "Nasdaq Inc", Ticker: "NDAQ"}},
	})}
}

// TestNews54ExchangeRules checks an exchange named as the maker of the rules a company must
// meet, "to regain compliance with Nasdaq's minimum bid price requirement", which is no party
// to the company's split or notice: modern49 linked Nasdaq to a reverse split. The exchange as
// a party of its own news stays.
func TestNews54ExchangeRules(t *testing.T) {
	checkSentences(t, news54ExchangeExtractor(), []sentenceCase{
		{body: "The reverse split is meant to help the company regain compliance with Nasdaq's minimum bid price requirement.",
			want: []string{"split "}},
		{body: "Brendon Pharma said it would effect a 1-for-20 reverse split after a notice from Nasdaq about its share price.",
			want: []string{"split BRDP"}},
		{body: "Postbridge will carry out a reverse stock split to meet Nasdaq listing rules.", want: []string{"split PSTB"}},
		// Control: the exchange's own deal.
		{body: "Nasdaq agreed to buy Postbridge for $2 billion.", want: []string{"acquisition NDAQ;PSTB"}},
	}, typeTickers)
}

// TestNews54DealMeans checks a deal paid "with" cash, stock or debt, which names how the buyer
// pays, not a partner: modern49's "would fund the deal with cash on hand and new debt" was a
// partnership. A deal with a company stays one.
func TestNews54DealMeans(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{body: "Brendon Pharma said it would fund the deal with cash on hand and new debt.", want: nil},
		{body: "Hexworthy Medical plans to pay for the deal with stock and borrowings.", want: nil},
		// Control.
		{body: "Postbridge Bio struck a deal with Dunsford Labs to sell its test kits in Japan.",
			want: []string{"partnership PSTB;DNSF"}},
	}, typeTickers)
}

// TestNews54ApprovalCondition checks an approval told as a condition, "payable if the FDA
// approves the drug", a buyout's contingent value right: no approval happened. modern49 dated
// such a product event to the right's deadline.
func TestNews54ApprovalCondition(t *testing.T) {
	checkSentences(t, news54Extractor(), []sentenceCase{
		{body: "Dunsford Labs holders will also get a right worth $2 a share, payable if the FDA approves its kidney drug by 2029.",
			want: nil},
		{body: "Brendon will owe another $50 million if regulators approve the pill in Europe.", want: nil},
		// Control.
		{body: "The FDA approved Postbridge Bio's growth hormone on Friday.", want: []string{"product PSTB"}},
	}, typeTickers)
}
