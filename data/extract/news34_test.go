package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews34Readings checks every event a sentence tells, with its tickers (news34.go): a
// regulator's order to stop, launches halted or raced for, results a cause lifted, a move over a
// tenure, the loser of a contest, depositary shares sold, and the names of companies listed at
// home beside their US namesakes.
func TestNews34Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// A regulator's order to stop is a legal action; a company's own order is none.
		{body: "The Securities and Exchange Commission ordered Coinbase to stop offering its lending product.",
			want: []string{"legal COIN"}},
		{body: "Boeing ordered its suppliers to halt work on the 737 MAX fuselage.", want: nil},
		{body: "Amazon told employees to stop sharing code with chatbots.", want: nil},
		// Launches halted, and the outage behind the order, are no product news.
		{body: "Brazil's central bank told Nu Holdings to halt new card launches after outages at its payment system.",
			want: []string{"legal NU"}},
		{body: "Regulators fined Southwest Airlines $140 million after holiday outages stranded travelers.",
			want: []string{"legal LUV"}},
		// A launch companies race to make is a trend.
		{body: "General Motors said it would deploy self-driving taxis in Texas next year, as carmakers race to launch robotaxi services.",
			want: nil},
		// Results told by what a cause lifted them to; a forecast above estimates is guidance.
		{body: "Eli Lilly raised its annual forecast on Thursday after strong demand for its obesity drugs Mounjaro and Zepbound lifted its second-quarter results above expectations.",
			want: []string{"guidance LLY", "earnings LLY"}},
		{body: "Caterpillar forecast profit above estimates for next year.", want: []string{"guidance CAT"}},
		// A move over an officer's tenure is background.
		{body: "Walgreens said its chief executive would retire after five years in charge, during which the company's shares lost half their value.",
			want: []string{"executive WBA"}},
		// The loser of a contest is no party; a company taken over is one.
		{body: "Chevron agreed to buy Hess for $53 billion, winning a contest for the oil producer over rival Exxon Mobil.",
			want: []string{"acquisition CVX;HES"}},
		{body: "Exxon Mobil took over rival Pioneer Natural Resources in May.", want: []string{"acquisition XOM;PXD"}},
		// Depositary shares sold are the company's own.
		{body: "Li Auto sold 41 million American depositary shares at $28 each.", want: []string{"offering LI"}},
		// Another company named by a listed one's name and a home-only legal form, or by a
		// short form and a company word, is not the listed one.
		{body: "Merck KGaA, the German maker of lab equipment, said it would cut 1,000 jobs.", want: []string{"restructuring "}},
		// A stake a relative clause says the company owns is a holding; "price" the noun prices
		// no debt; "shares" after a number shares nothing.
		{body: "Sony Group, which also owns a stake of about 10% in Spotify Technology, reported higher quarterly profit last week.",
			want: []string{"earnings SONY"}},
		{body: "Chevron will pay $60 a share, a 30% premium to Hess's closing price on Friday, and take on its debt.", want: nil},
		{body: "Honda's shares closed at 3,000 yen, so a trading unit of 100 shares costs 300,000 yen.", want: nil},
		// A settlement with its quarrel, the dots of "U.S." inside; a listing named by its venue
		// or size; a regulator's improvement order.
		{body: "Pfizer agreed to pay $420 million to settle U.S. price-fixing claims.", want: []string{"legal PFE"}},
		{body: "Pfizer agreed to settle price-fixing claims for $420 million.", want: []string{"legal PFE"}},
		{body: "Oil prices settled 2% higher on Tuesday after the case for rate cuts grew.", want: nil},
		{body: "Chinese electric carmaker Zeekr seeks up to $441 million in U.S. IPO.", want: []string{"ipo ZK"}},
		{body: "Lineage raised $4.4 billion in its Nasdaq IPO, the year's largest.", want: []string{"ipo LINE"}},
		{body: "Proceeds raised in the IPO will be used to repay debt.", want: nil},
		{body: "Japan's Financial Services Agency ordered Mizuho Financial Group to improve its systems after outages.",
			want: []string{"legal MFG"}},
		// Listing names cut at a spelled-out legal form and a depositary program (directory).
		{body: "Shares of Argentine oil company YPF SA rose 5% in New York.", want: []string{"price_move YPF"}},
		{body: "Sumitomo Mitsui Financial Group shares fell 3% in Tokyo.", want: []string{"price_move SMFG"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// TestNews34Names checks the tickers of the sentences after an article's definition of a name
// and after a home-only company named like a listed one.
func TestNews34Names(t *testing.T) {
	c := linker(t)
	tests := []struct {
		body string
		want []string // the tickers linked in the body's sentences, in order (the defined name too)
	}{
		{"Companhia de Saneamento Basico do Estado de Sao Paulo, known as Sabesp, said it would raise water rates. Sabesp shares rose 3%.",
			[]string{"SBS", "SBS", "SBS"}},
		{"Argentine power distributor Empresa Distribuidora y Comercializadora Norte SA, better known as Edenor, reported a loss. Edenor shares fell 4%.",
			[]string{"EDN", "EDN", "EDN"}},
		// The namesake with its suffix is still itself.
		{"Merck KGaA said it would cut 1,000 jobs. Merck shares fell 1%. Merck & Co said it would hire 500 people.",
			[]string{"MRK"}},
		{"Tata Group said it would build a chip plant. Tata shares rose 2%.", nil},
		// A name that is an ordinary word, followed by a company word its listing lacks, is
		// another company, and its bare name then means that one ("Reliance" is listed as RS).
		{"Walt Disney and Reliance Industries said they would merge their Indian TV businesses. Reliance shares rose 1%.",
			[]string{"DIS"}},
		// The listed relative's full name is still its own.
		{"Tencent Holdings said it would buy back shares. Tencent Music Entertainment Group reported results.",
			[]string{"TME"}},
	}
	for _, tt := range tests {
		a := c.Article(day("2024-06-12"), nil)
		var got []string
		for _, s := range strings.SplitAfter(tt.body, ". ") {
			for _, m := range a.Find(s) {
				if m.Ticker != "" {
					got = append(got, m.Ticker)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: tickers %q, want %q", tt.body, got, tt.want)
		}
	}
}
