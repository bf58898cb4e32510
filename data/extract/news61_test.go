package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news61Extractor knows the companies of the news61 tests, all invented: a streamer, a cable
// operator, a carrier, a game publisher, two studios and two broadcasters.
func news61Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Halcyon Media", Company: co("Halcyon Media Inc", "HLCM")},
		{Alias: "Brightwater Cable", Company: co("Brightwater Cable Corp", "BWCB")},
		{Alias: "Corvid Wireless", Company: co("Corvid Wireless Inc", "CRVW")},
		{Alias: "Tessellate Games", Company: co("Tessellate Games Inc", "TSLG")},
		{Alias: "Marlowe Pictures", Company: co("Marlowe Pictures Corp", "MRLW")},
		{Alias: "Oakhurst Studios", Company: co("Oakhurst Studios Inc", "OKST")},
		{Alias: "Ravenna Broadcasting", Company: co("Ravenna Broadcasting Co", "RVNB")},
		{Alias: "Kestrel Networks", Company: co("Kestrel Networks Inc", "KSTN")},
	})}
}

// TestNews61MembersCounted checks a quarter's change in a service's customers told with words
// between the verb and the count, with a long description of the customers, or measured against
// expectations with no count: each is the company's results.
func TestNews61MembersCounted(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{body: "Halcyon Media added a record 7.2 million paid subscribers in the third quarter.",
			want: []string{"earnings HLCM"}},
		{body: "Brightwater Cable lost 212,000 residential and small business broadband customers in the quarter.",
			want: []string{"earnings BWCB"}},
		{body: "Brightwater Cable lost fewer broadband customers in the first quarter than analysts had expected.",
			want: []string{"earnings BWCB"}},
		{body: "Corvid Wireless added more postpaid phone subscribers during the fourth quarter than Wall Street had forecast.",
			want: []string{"earnings CRVW"}},
		// Controls: no period, or customers added to something else.
		{body: "Halcyon Media added 500 users to its pilot program.", want: nil},
		{body: "Corvid Wireless has added a record 2 million customers since its launch.", want: nil},
		{body: "Brightwater Cable lost more customers to fixed wireless rivals than it won back.", want: nil},
	}, typeTickers)
}

// TestNews61RightsDeals checks a league's or an organizer's media rights sold to companies for
// a sum or a term: the buyers' contract.
func TestNews61RightsDeals(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{body: "The National Hockey League signed seven-year broadcast rights agreements with Halcyon Media and Ravenna Broadcasting worth $4 billion.",
			want: []string{"contract HLCM;RVNB"}},
		{title: "Soccer league signs $3 billion TV rights deals with Ravenna Broadcasting and Halcyon Media",
			want: []string{"contract RVNB;HLCM"}},
		{body: "The league sold its streaming rights to Halcyon Media in a deal worth $1.2 billion a year.",
			want: []string{"contract HLCM"}},
		{body: "Halcyon Media bought the conference's television rights for $900 million over eight years.",
			want: []string{"contract HLCM"}},
		{body: "Ravenna Broadcasting agreed to pay $2 billion over ten years for the media rights to the tournament.",
			want: []string{"contract RVNB"}},
		// Controls: rights between two companies with no sum are a licence, and rights of
		// shareholders are none.
		{body: "Halcyon Media signed a distribution agreement with Ravenna Broadcasting.",
			want: []string{"partnership HLCM;RVNB"}},
		{body: "Kestrel Networks adopted a shareholder rights plan.", want: nil},
		{body: "Ravenna Broadcasting bought a group of radio stations with broadcast rights in six cities for $200 million.",
			want: []string{"acquisition RVNB"}},
	}, typeTickers)
}

// TestNews61ReleaseDelayed checks a product's release or launch put off: news about the product.
// Results or a meeting put off are not.
func TestNews61ReleaseDelayed(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{body: "Tessellate Games delayed the release of its next Skyforge game to March 2026.",
			want: []string{"product TSLG"}},
		{body: "Marlowe Pictures postponed the launch of its streaming service until next year.",
			want: []string{"product MRLW"}},
		{body: "Oakhurst Studios has pushed back the release of its superhero sequel by six months.",
			want: []string{"product OKST"}},
		{title: "Tessellate Games delays launch of flagship shooter to 2027",
			want: []string{"product TSLG"}},
		// Controls: results, a filing or a meeting put off.
		{body: "Kestrel Networks postponed its annual shareholder meeting.", want: nil},
		{body: "Tessellate Games delayed the release of its annual report to review its accounting.", want: nil},
	}, typeTickers)
}

// TestNews61BreakupSought checks a break-up a government or a plaintiff asks a court for: the
// suit's remedy, no deal. A company's own break-up, or one an investor urges, stays a deal.
func TestNews61BreakupSought(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{title: "U.S. sues Kestrel Networks, seeks breakup of its cable unit",
			want: []string{"legal KSTN"}},
		{title: "FTC seeks Halcyon Media breakup in antitrust case",
			want: []string{"legal HLCM"}},
		{body: "The Justice Department asked a federal judge to break up Brightwater Cable, saying it had illegally monopolized the market.",
			want: []string{"legal BWCB"}},
		// Controls: the company's own split, and an activist's push.
		{title: "Halcyon Media to break up into three companies",
			want: []string{"acquisition HLCM"}},
		{body: "Activist investor Northcove Capital urged Ravenna Broadcasting to break up.",
			want: []string{"acquisition RVNB"}},
	}, typeTickers)
}

// TestNews61DealBehindDebt checks a past purchase told as when a debt or a cost began ("debt it
// took on when it bought X"): the circumstance of the news, not a deal.
func TestNews61DealBehindDebt(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{body: "Marlowe Pictures filed for bankruptcy, weighed down by debt it took on when it bought a rival theater chain.",
			want: []string{"bankruptcy MRLW"}},
		{body: "Ravenna Broadcasting is struggling with $3 billion of loans, much of it borrowed when it acquired a group of local stations.",
			want: nil},
		// Controls: the purchase is the news.
		{body: "Marlowe Pictures said on Monday it bought a rival theater chain for $200 million.",
			want: []string{"acquisition MRLW"}},
		{body: "Ravenna Broadcasting's shares fell when it agreed to buy a group of local stations.",
			want: []string{"price_move RVNB", "acquisition RVNB"}},
	}, typeTickers)
}

// TestNews61StockBoughtAlongside checks investors buying a company's new stock alongside its
// share sale ("bought a further $400 million of stock alongside the offering", "in a concurrent
// private placement"): the issuer's offering, no stake in a business changing hands.
func TestNews61StockBoughtAlongside(t *testing.T) {
	checkSentences(t, news61Extractor(), []sentenceCase{
		{body: "Halcyon Media priced its IPO at $21 a share, and cornerstone investors bought a further $400 million of stock alongside the offering.",
			want: []string{"ipo HLCM"}},
		{body: "Kestrel Networks said a group of investors bought $250 million of its stock in a concurrent private placement.",
			want: []string{"offering KSTN"}},
		// Controls: a stake in another company, and a company bought beside a share sale.
		{body: "Halcyon Media bought $50 million of stock in Kestrel Networks.",
			want: []string{"acquisition HLCM;KSTN"}},
		{body: "Ravenna Broadcasting bought Kestrel Networks for $1 billion, alongside a share offering to pay for it.",
			want: []string{"acquisition RVNB;KSTN", "offering RVNB"}},
	}, typeTickers)
}
