package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news102Extractor knows the companies of the news102 tests, all invented: broadcasters, a cable
// operator, a hotel company and a publisher.
func news102Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Kirkmichael Broadcasting", Company: co("Kirkmichael Broadcasting Corp", "KKMB")},
		{Alias: "Kirkmichael", Company: co("Kirkmichael Broadcasting Corp", "KKMB")},
		{Alias: "Ballure Media", Company: co("Ballure Media Inc", "BLUR")},
		{Alias: "Ballure", Company: co("Ballure Media Inc", "BLUR")},
		{Alias: "Cornaa Cable", Company: co("Cornaa Cable Inc", "CRNA")},
		{Alias: "Cornaa", Company: co("Cornaa Cable Inc", "CRNA")},
		{Alias: "Kerrowdhoo Resorts", Company: co("Kerrowdhoo Resorts Inc", "KRWD")},
		{Alias: "Kerrowdhoo", Company: co("Kerrowdhoo Resorts Inc", "KRWD")},
		{Alias: "Glentrammon Publishing", Company: co("Glentrammon Publishing Co", "GLTR")},
		{Alias: "Glentrammon", Company: co("Glentrammon Publishing Co", "GLTR")},
	})}
}

// news102Events returns each event of a story as "type TICKERS", in the order extraction
// gives them.
func news102Events(x *extract.Extractor, published, title, body string) []string {
	var got []string
	for _, e := range x.Extract(article(title, published, body)).Events {
		got = append(got, string(e.Type)+" "+strings.Join(e.Tickers, ";"))
	}
	return got
}

type news102Case struct {
	title, body string
	want        []string
}

func news102Check(t *testing.T, tests []news102Case) {
	t.Helper()
	x := news102Extractor()
	for _, tt := range tests {
		if got := news102Events(x, "1987-03-11", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews102Swaps checks that stations, affiliates, cable systems, papers and hotels swapped
// between owners are a deal of both, while swaps of debt and the words of stock exchanges tell
// none.
func TestNews102Swaps(t *testing.T) {
	news102Check(t, []news102Case{
		{"Station deal", "Kirkmichael Broadcasting Corp. and Ballure Media Inc. said they will swap radio stations in three markets.",
			[]string{"acquisition KKMB;BLUR"}},
		{"Station deal", "Kirkmichael said it agreed to exchange its NBC affiliate in Omaha for Ballure's station in Denver.",
			[]string{"acquisition KKMB;BLUR"}},
		{"Cable deal", "Cornaa Cable Inc said it exchanged its cable systems in Ohio for systems in Texas owned by Ballure Media.",
			[]string{"acquisition CRNA;BLUR"}},
		{"KIRKMICHAEL <KKMB> IN STATION SWAP WITH BALLURE <BLUR>", "", []string{"acquisition KKMB;BLUR"}},
		// Near misses: a swap of payments, the stock exchange and stations of another kind.
		{"Rates", "Kerrowdhoo Resorts Inc said it agreed to swap 50 mln dlrs of floating-rate payments for fixed-rate payments.", nil},
		{"Listing", "Glentrammon Publishing Co said the exchange will halt trading in its shares while its newspapers are on strike.", nil},
		{"Weather", "Ballure said it exchanged weather reports with stations along the coast.", nil},
		{"Fine", "Glentrammon said the American Stock Exchange had written to two of its newspapers.", nil},
	})
}

// TestNews102PerShareNoun checks that a per-share figure before a results lead's costs is no
// partnership, while companies that share or split costs stay partners.
func TestNews102PerShareNoun(t *testing.T) {
	news102Check(t, []news102Case{
		{"Loss", "Kerrowdhoo Resorts Inc. said its first-quarter loss narrowed to $2.2 million, or 14 cents a share, from $5.9 million, or 38 cents a share, as its costs fell.",
			[]string{"earnings KRWD"}},
		{"Net", "Glentrammon Publishing Co said its fourth-quarter loss widened to 4.1 mln dlrs, or 40 cts a share, from 1.2 mln dlrs, or 12 cts a share, as its paper costs rose.",
			[]string{"earnings GLTR"}},
		// Near misses: the verbs of paying together.
		{"Tower", "Kirkmichael Broadcasting Corp. and Ballure Media Inc. will share the costs of a new transmitter tower.",
			[]string{"partnership KKMB;BLUR"}},
		{"Tower", "Kirkmichael and Ballure agreed to split the construction costs of a transmitter tower.",
			[]string{"partnership KKMB;BLUR"}},
	})
}

// TestNews102ScheduledOwnReport checks that a company's word on the day of its report is a
// report to come, as the passive "is expected to report" is, while a word on what the results
// will be stays guidance.
func TestNews102ScheduledOwnReport(t *testing.T) {
	news102Check(t, []news102Case{
		{"Date", "Kerrowdhoo Resorts Inc said it expects to report its fourth-quarter results on Feb. 12.",
			[]string{"earnings KRWD"}},
		{"Date", "Glentrammon Publishing Co said the delay in its new magazine would not affect its 1986 results, which it expects to report next month.",
			[]string{"earnings GLTR"}},
		// Near misses: the outcome told.
		{"Outlook", "Kerrowdhoo Resorts Inc said it expects to report a loss for the fourth quarter.",
			[]string{"guidance KRWD"}},
		{"Outlook", "Glentrammon Publishing Co said it expects to report higher earnings for 1987.",
			[]string{"guidance GLTR"}},
	})
}

// TestNews102VentureStake checks that a partner's share of a venture being formed is no stake
// bought, while a stake in a venture bought from its holder stays a deal.
func TestNews102VentureStake(t *testing.T) {
	news102Check(t, []news102Case{
		{"Channel", "Ballure Media Inc. will pay $30 million for a 50 percent stake in the venture.", nil},
		{"Channel", "Cornaa Cable Inc will hold a 49 pct stake in the new joint venture, the companies said.",
			[]string{"partnership CRNA"}},
		// Near misses: a stake bought, with its verb or its seller.
		{"Stake", "Kirkmichael Broadcasting Corp. agreed to buy Ballure Media Inc.'s 50 percent stake in the venture.",
			[]string{"acquisition KKMB;BLUR"}},
		{"Stake", "Cornaa Cable Inc will pay 12 mln dlrs for a 25 pct stake in the partnership from its founder.",
			[]string{"acquisition CRNA"}},
	})
}
