package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news69Extractor knows the companies of the news69 tests, all invented: a hamburger chain, a
// highway food-service operator, a doughnut chain and a cable operator.
func news69Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Grindley Burger", Company: co("Grindley Burger Systems Inc", "GRBS")},
		{Alias: "Norcott Services", Company: co("Norcott Services Corp", "NRCV")},
		{Alias: "Norcott", Company: co("Norcott Services Corp", "NRCV")},
		{Alias: "Fawley Donut", Company: co("Fawley Donut Shops Inc", "FWLD")},
		{Alias: "Ettrick Cable", Company: co("Ettrick Cable Co", "ETCB")},
	})}
}

// TestNews69FranchisePacts checks a franchising deal made between companies, in the wire's
// headline shorthand and in prose: the franchisor and the franchisee are partners, as in a
// licensing pact. Terms in force, a breach and a grant won from a city are no deal made.
func TestNews69FranchisePacts(t *testing.T) {
	checkSentences(t, news69Extractor(), []sentenceCase{
		{title: "GRINDLEY BURGER <GRBS> SIGNS FRANCHISE PACT WITH NORCOTT <NRCV>",
			want: []string{"partnership GRBS;NRCV"}},
		{body: "Grindley Burger and Norcott Services signed a franchise pact covering 150 highway restaurants.",
			want: []string{"partnership GRBS;NRCV"}},
		{body: "Fawley Donut and Norcott Services have entered into franchising agreements for 40 shops at airports.",
			want: []string{"partnership FWLD;NRCV"}},
		// Near misses: terms in force, a breach in a suit, and a city's grant stay no
		// partnership.
		{body: "Grindley Burger said its franchise agreements typically run for 20 years.",
			want: nil},
		{body: "Fawley Donut said a former operator had broken the franchise pact by selling rival products.",
			want: nil},
		{body: "Ettrick Cable won a franchise agreement from the city of Dayton to wire 40,000 homes.",
			want: nil},
	}, typeTickers)
}

// TestNews69ObjectParticipleDate checks a date after a past participle that describes the
// event's object ("recalled patties packed at its plant in April"): the participle's date, not
// the event's, which is then the day told.
func TestNews69ObjectParticipleDate(t *testing.T) {
	checkSentences(t, news69Extractor(), []sentenceCase{
		{body: "Grindley Burger recalled 30,000 frozen patties packed at its Joliet plant in April.",
			want: []string{"product GRBS 2024-06-12"}},
		{body: "Fawley Donut recalled 12,000 boxes of muffins baked at its Dayton bakery in May.",
			want: []string{"product FWLD 2024-06-12"}},
		{body: "Fawley Donut closed 14 stores opened in 2019 and 2020.",
			want: []string{"restructuring FWLD 2024-06-12"}},
		// Near misses: the date of the act itself, a participle before its noun (an
		// adjective), and one that tells where a thing is.
		{body: "Grindley Burger recalled 30,000 frozen patties in April.",
			want: []string{"product GRBS 2024-04"}},
		{body: "Grindley Burger bought eight franchised restaurants in 2023.",
			want: []string{"acquisition GRBS 2023"}},
		{body: "Grindley Burger bought a bakery based in Ohio in March.",
			want: []string{"acquisition GRBS 2024-03"}},
	}, typeTickersValue)
}
