package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news60Extractor knows the companies of the news60 tests, all invented: two plane makers, a car
// maker, two airlines, a railroad, a trucker and an air-taxi maker.
func news60Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Corvane Aircraft", Company: co("Corvane Aircraft Corp", "CRVA")},
		{Alias: "Ostler Aerospace", Company: co("Ostler Aerospace Inc", "OSTL")},
		{Alias: "Halden Motors", Company: co("Halden Motors Inc", "HLDM")},
		{Alias: "Tessaly Air", Company: co("Tessaly Air Group", "TSAL")},
		{Alias: "Fenwick Airways", Company: co("Fenwick Airways Inc", "FNWA")},
		{Alias: "Marlow Rail", Company: co("Marlow Rail Corp", "MRLR")},
		{Alias: "Brannock Freight", Company: co("Brannock Freight Inc", "BRNK")},
		{Alias: "Skylark Aero", Company: co("Skylark Aero Inc", "SKYA")},
	})}
}

// TestNews60Groundings checks a regulator's grounding of a model of aircraft: a product event of
// its maker, as a recall is. An airline grounding its own planes, a fleet grounded by a pandemic
// and "grounds" as a noun tell none.
func TestNews60Groundings(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{title: "FAA grounds Corvane Aircraft's C-90 jets after engine fire", want: []string{"product CRVA"}},
		{body: "The Federal Aviation Administration ordered the grounding of all Corvane Aircraft C-90 jets on Tuesday.",
			want: []string{"product CRVA"}},
		{body: "European regulators grounded about 60 Ostler Aerospace planes fitted with the faulty part.",
			want: []string{"product OSTL"}},
		{title: "Brazil's aviation regulator grounds Ostler Aerospace turboprops and helicopters", want: []string{"product OSTL"}},
		// Controls: an operator's grounding, a fleet or flights grounded, a noun.
		{body: "Tessaly Air grounded 20 of its jets on Monday after a hailstorm at its hub.", want: nil},
		{body: "Fenwick Airways said it would cut 300 jobs and ground eight older planes to save cash.", want: []string{"restructuring FNWA"}},
		{title: "Tessaly Air files for bankruptcy as pandemic grounds its fleet", want: []string{"bankruptcy TSAL"}},
		{body: "Fenwick Airways appealed the fine on the grounds that the planes were airworthy.", want: nil},
	}, typeTickers)
}

// TestNews60MeasureExtremes checks a span of years' extreme reached by a measure of operations:
// no share price moved. A stock at such an extreme still moved.
func TestNews60MeasureExtremes(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{title: "Corvane Aircraft's jet deliveries sink to 11-year low", want: nil},
		{title: "Halden Motors' U.S. sales hit 20-year high on pickup demand", want: nil},
		{title: "Marlow Rail's freight volumes slide to 30-year low", want: nil},
		// Controls: the stock at the extreme, told with its shares or its name.
		{title: "Corvane Aircraft shares sink to 11-year low after deliveries slump", want: []string{"price_move CRVA"}},
		{title: "Halden Motors sinks to five-year low as sales slow", want: []string{"price_move HLDM"}},
	}, typeTickers)
}

// TestNews60WorkersApprove checks a deal approved by the workers voting on it: a labour contract,
// no acquisition. Holders approving a deal still tell it.
func TestNews60WorkersApprove(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{body: "About 61% of Halden Motors workers who voted approved the deal, which raises wages by 25%.", want: nil},
		{body: "Members of the machinists union at Corvane Aircraft approved the deal on Sunday.", want: nil},
		{body: "Pilots at Tessaly Air overwhelmingly approved the deal, their first raise in five years.", want: nil},
		// Controls: holders and a board approve a takeover.
		{body: "Marlow Rail shareholders approved the deal on Tuesday.", want: []string{"acquisition MRLR"}},
		{body: "Brannock Freight's board approved the deal with Marlow Rail on Monday.", want: []string{"acquisition BRNK;MRLR"}},
	}, typeTickers)
}

// TestNews60OrdersForPeriod checks orders tallied for a period: an order book, no contract. An
// order for goods is one.
func TestNews60OrdersForPeriod(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{body: "Corvane Aircraft booked 54 net orders for the year after cancellations.", want: nil},
		{body: "Ostler Aerospace said it took 85 gross orders for the first quarter.", want: nil},
		{body: "Ostler Aerospace logged 120 orders for 2019, down from 310.", want: nil},
		// Controls: orders for goods.
		{body: "Tessaly Air placed orders for 40 Corvane Aircraft jets.", want: []string{"contract TSAL;CRVA"}},
		{body: "Corvane Aircraft won an order for 40 jets from Tessaly Air.", want: []string{"contract CRVA;TSAL"}},
		{body: "Fenwick Airways placed orders for 2027 delivery of 12 Ostler Aerospace jets.", want: []string{"contract FNWA;OSTL"}},
	}, typeTickers)
}

// TestNews60LaunchAhead checks a launch named as the time of another act: no product event. A
// launch told as done is.
func TestNews60LaunchAhead(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{body: "Skylark Aero raised $300 million in a stock sale as it builds up cash ahead of a planned launch in Dubai next year.",
			want: []string{"offering SKYA"}},
		{body: "Halden Motors hired 2,000 workers at its Ohio plant ahead of the launch of its electric van.", want: nil},
		{body: "Skylark Aero sold $150 million of convertible notes ahead of the expected nationwide launch of its air-taxi service.",
			want: []string{"offering SKYA"}},
		{body: "Halden Motors added a night shift in Kentucky ahead of its first full-scale launch, slated for March.", want: nil},
		// Controls: the launch itself.
		{body: "Skylark Aero launched its first air-taxi service in Dubai on Tuesday.", want: []string{"product SKYA"}},
	}, typeTickers)
}

// TestNews60GoodsPurchases checks purchases named by the goods bought: supplies, no deal. A
// purchase of a company stays one.
func TestNews60GoodsPurchases(t *testing.T) {
	checkSentences(t, news60Extractor(), []sentenceCase{
		{body: "Unlike Tessaly Air, Fenwick Airways does not hedge its fuel purchases.", want: nil},
		{body: "Marlow Rail said it would delay locomotive purchases until freight volumes recover.", want: nil},
		{body: "Brannock Freight cut its truck purchases by a third this year.", want: nil},
		// Controls: a company bought.
		{body: "Marlow Rail completed its purchase of Brannock Freight on Monday.", want: []string{"acquisition MRLR;BRNK"}},
	}, typeTickers)
}
