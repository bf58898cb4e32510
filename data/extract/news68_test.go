package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news68Extractor knows the companies of the news68 tests, all invented: a phone carrier, a chip
// maker, a motorcycle maker and a restaurant chain.
func news68Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Velcor", Company: co("Velcor Inc", "VLCR")},
		{Alias: "Zentrix", Company: co("Zentrix Inc", "ZNTX")},
		{Alias: "Brightwell", Company: co("Brightwell Corp", "BRWL")},
		{Alias: "Harrowgate Motors", Company: co("Harrowgate Motors Inc", "HRGM")},
		{Alias: "Penwick Grill", Company: co("Penwick Grill Inc", "PNWG")},
	})}
}

// TestNews68ShoppersUpgrade checks upgrades that are customers replacing their goods: a noun of
// a kind or a pace after the singular, a verb of pace after the plural. A broker's upgrade stays.
func TestNews68ShoppersUpgrade(t *testing.T) {
	checkSentences(t, news68Extractor(), []sentenceCase{
		{title: "Velcor misses revenue estimates as phone upgrades slow",
			want: []string{"earnings VLCR"}},
		{body: "Zentrix is counting on an upgrade cycle for its laptops next year.",
			want: nil},
		{body: "Velcor said handset upgrades fell 8% in the quarter.",
			want: nil},
		// Controls: a broker's upgrade of a company, and the noun before a comma.
		{title: "Brightwell upgrades Velcor to buy",
			want: []string{"analyst VLCR"}},
		{body: "Velcor shares rose 3% after the upgrade.",
			want: []string{"price_move VLCR", "analyst VLCR"}},
	}, typeTickers)
}

// TestNews68NewOfficerNamed checks a new officer named by the title and the name as the subject
// of the officer's own work: no change of management. Taking over or being named stays one.
func TestNews68NewOfficerNamed(t *testing.T) {
	checkSentences(t, news68Extractor(), []sentenceCase{
		{body: "Penwick Grill cut its outlook, as new Chief Executive Jane Doe works on a plan to win back diners.",
			want: []string{"guidance PNWG"}},
		{body: "Penwick Grill pulled its forecast while new CEO Ana Ruiz seeks savings.",
			want: []string{"guidance PNWG"}},
		// Controls: the name with a verb of taking over, and a successor named.
		{body: "Penwick Grill said new CEO Jane Doe takes over on Monday.",
			want: []string{"executive PNWG"}},
		{body: "Penwick Grill named Jane Doe as its new chief executive.",
			want: []string{"executive PNWG"}},
	}, typeTickers)
}

// TestNews68MovedShares checks a move told by a verb that lifts, drags or sends the stock with
// the move's size after it, and a move told before "even as" another fact.
func TestNews68MovedShares(t *testing.T) {
	checkSentences(t, news68Extractor(), []sentenceCase{
		{body: "Velcor raised its forecast on Thursday, lifting its shares 7% in extended trading.",
			want: []string{"guidance VLCR", "price_move VLCR"}},
		{body: "Zentrix cut its dividend, dragging the chipmaker's stock down 9%.",
			want: []string{"dividend ZNTX", "price_move ZNTX"}},
		{body: "Velcor raised its forecast, sending its shares 5% higher, even as it swung to a quarterly loss.",
			want: []string{"guidance VLCR", "price_move VLCR", "earnings VLCR"}},
		// Controls: shares counted, not moved; a move with no size.
		{body: "Velcor sold new stock on Monday, lifting its shares outstanding to 1.2 billion.",
			want: []string{"offering VLCR"}},
	}, typeTickers)
}

// TestNews68SharesShipped checks goods shipped counted as a share of a past count, or shipped to
// the trade, in a reporting period: results. A month's count and a sale of stores are not.
func TestNews68SharesShipped(t *testing.T) {
	checkSentences(t, news68Extractor(), []sentenceCase{
		{body: "Harrowgate Motors shipped about a third fewer motorcycles to dealers in the third quarter.",
			want: []string{"earnings HRGM"}},
		{body: "Harrowgate Motors shipped 26,000 motorcycles to its dealers in the second quarter.",
			want: []string{"earnings HRGM"}},
		// Controls: a month's shipments are no results (the goods' product reading is the base's),
		// and stores sold to a buyer are a deal.
		{body: "Harrowgate Motors shipped a third more bikes in March.",
			want: []string{"product HRGM"}},
		{body: "Penwick Grill sold 40 restaurants to a franchisee in the third quarter.",
			want: []string{"acquisition PNWG"}},
	}, typeTickers)
}

// TestNews68DowIndex checks "Dow" before a verb of a move in a story of the market: the index,
// not Dow Inc. Dow Inc's own move stays its own.
func TestNews68DowIndex(t *testing.T) {
	checkSentences(t, &extract.Extractor{Companies: linker(t)}, []sentenceCase{
		{body: "For the week, the S&P 500 fell 1%, and the Dow lost 2.7%.",
			want: nil},
		{body: "Stocks slipped on Friday and Dow dropped 0.9% as bond yields rose.",
			want: nil},
		{body: "Dow fell 4% on Tuesday after the chemical maker cut its dividend.",
			want: []string{"price_move DOW", "dividend DOW"}},
	}, typeTickers)
}

// TestNews68RatedBuy checks brokers' ratings counted with "rate ... buy": no purchase. A
// purchase after "rate" in another sense stays one.
func TestNews68RatedBuy(t *testing.T) {
	checkSentences(t, news68Extractor(), []sentenceCase{
		{body: "Of the 30 analysts who cover Zentrix, 12 now rate it buy or higher.",
			want: nil},
		{body: "Two analysts rate Velcor shares buy, according to LSEG data.",
			want: nil},
		// Controls: a deal told beside a rate, and a purchase with its object.
		{body: "Velcor agreed to buy Zentrix for $2 billion.",
			want: []string{"acquisition VLCR;ZNTX"}},
		{body: "At that rate, Velcor could buy Zentrix outright by next year.",
			want: []string{"acquisition ZNTX;VLCR"}},
	}, typeTickers)
}
