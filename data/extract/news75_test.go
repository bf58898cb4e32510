package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news75Extractor knows the companies of the news75 tests, all invented: a cloud host, a
// turbine maker, a chip designer, a bank, a motorcycle maker, its electric unit and a
// blank-check company.
func news75Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Corlane Cloud", Company: co("Corlane Cloud Inc", "CRLC")},
		{Alias: "Welbury Turbines", Company: co("Welbury Turbines Corp", "WLBT")},
		{Alias: "Pellam Semiconductor", Company: co("Pellam Semiconductor Inc", "PLMS")},
		{Alias: "Harrow Beck", Company: co("Harrow Beck Group Inc", "HRBK")},
		{Alias: "Brenton Motor", Company: co("Brenton Motor Co", "BRMC")},
		{Alias: "Voltra", Company: co("Voltra Inc", "VLTR")},
		{Alias: "Arden Impact", Company: co("Arden Impact Corp", "ADIC")},
	})}
}

// TestNews75CustomerDeals checks business won told as deals or agreements in the plural, with
// their total and the buyers they are with: a contract. Deals with rivals and deals without a
// sum stay what they were, and a bank's advisory deals are none.
func TestNews75CustomerDeals(t *testing.T) {
	checkSentences(t, news75Extractor(), []sentenceCase{
		{body: "Corlane Cloud has signed $4 billion in deals with AI customers this quarter, the company said.",
			want: []string{"contract CRLC"}},
		{body: "Welbury Turbines booked $1.5 billion of new agreements with utilities in the second quarter.",
			want: []string{"contract WLBT"}},
		{body: "Pellam Semiconductor won deals worth $900 million from data center operators last month.",
			want: []string{"contract PLMS"}},
		// Near misses: deals with rivals to share patents, a sum of deals with rivals, and a
		// merger adviser's deals.
		{body: "Pellam Semiconductor signed deals with two rivals to share patents.",
			want: []string{"partnership PLMS"}},
		{body: "Pellam Semiconductor signed $200 million of deals with two rivals.",
			want: nil},
		{body: "Harrow Beck advised on $60 billion of deals in the quarter, ranking first among merger advisers.",
			want: nil},
	}, typeTickers)
}

// typeTickersHeadline describes an event by its type, its tickers and its headline.
func typeTickersHeadline(e extract.Event) string {
	return typeTickers(e) + " | " + e.Headline
}

// TestNews75SpacSpinOff checks a spin-off completed through a blank-check company's merger: the
// parent spins the unit off, and the blank-check company is no party. A blank-check company
// that buys a unit stays its buyer.
func TestNews75SpacSpinOff(t *testing.T) {
	checkSentences(t, news75Extractor(), []sentenceCase{
		{body: "Brenton Motor completed the spin-off of Voltra through a merger with Arden Impact Corp, a blank-check company.",
			want: []string{"acquisition BRMC;VLTR | Brenton Motor Co spins off Voltra Inc"}},
		{body: "Brenton Motor spun off Voltra on Monday in a combination with blank-check firm Arden Impact Corp.",
			want: []string{"acquisition BRMC;VLTR | Brenton Motor Co spins off Voltra Inc"}},
		{body: "Voltra closed its merger with Arden Impact Corp, a special purpose acquisition company, in a spin-off from Brenton Motor.",
			want: []string{"acquisition BRMC;VLTR | Brenton Motor Co spins off Voltra Inc"}},
		// Near miss: the blank-check company named as the buyer of the unit.
		{body: "Arden Impact Corp, a blank-check company, agreed to buy Voltra from Brenton Motor for $900 million.",
			want: []string{"acquisition ADIC;VLTR;BRMC | Arden Impact Corp acquires Voltra Inc, Brenton Motor Co"}},
	}, typeTickersHeadline)
}

// TestNews75TitleShadows checks a short name written alone after the article named two listed
// companies that share it (the directory's Vertex Inc, whose whole name it is, and Vertex
// Pharmaceuticals, whose head it is): the title's company, though the body named the other in
// full last. A title that names neither keeps the reading of the body's last full name.
func TestNews75TitleShadows(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body, sentence string
		want                  []string
	}{
		{"Vertex Inc wins payroll tax contract",
			"Vertex Inc, the tax software maker, won a contract from a retailer on Monday. It has no tie to Vertex Pharmaceuticals Inc, the drug developer.",
			"Vertex said on Tuesday it would buy back $100 million of its shares.",
			[]string{"buyback VERX"}},
		{"Vertex Inc raises outlook",
			"Vertex Inc raised its annual revenue forecast on Monday. Investors sometimes confuse it with Vertex Pharmaceuticals Inc.",
			"Vertex shares rose 4% on Tuesday.",
			[]string{"price_move VERX"}},
		// Near miss: a title about neither company.
		{"Software and biotech stocks",
			"Vertex Inc, the tax software maker, won a contract from a retailer on Monday. It has no tie to Vertex Pharmaceuticals Inc, the drug developer.",
			"Vertex said on Tuesday it would buy back $100 million of its shares.",
			[]string{"buyback VRTX"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-10-24", tt.body+" "+tt.sentence)).Events {
			for _, m := range e.Mentions {
				if m.Sentence == tt.sentence {
					got = append(got, typeTickers(e))
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q after %q: events %q, want %q", tt.sentence, tt.title, got, tt.want)
		}
	}
}

// TestNews75PassiveForecast checks a company's outlook moved in the passive: guidance, the
// company after "by" or the owner before the noun its party. Analysts' forecasts and a public
// body's are no guidance.
func TestNews75PassiveForecast(t *testing.T) {
	checkSentences(t, news75Extractor(), []sentenceCase{
		{body: "The full-year outlook was raised by Welbury Turbines on Tuesday.",
			want: []string{"guidance WLBT raised"}},
		{body: "Annual guidance was cut by Welbury Turbines, the company said on Monday.",
			want: []string{"guidance WLBT cut"}},
		{body: "Pellam Semiconductor's revenue forecast has been lowered for the second time this year.",
			want: []string{"guidance PLMS cut"}},
		// Near misses: analysts' forecasts, and a public body's.
		{body: "Earnings forecasts for Pellam Semiconductor were cut by analysts on Tuesday.",
			want: nil},
		{body: "The growth forecast was cut by the weather service on Tuesday.",
			want: []string{"forecast  "}},
	}, func(e extract.Event) string { return typeTickers(e) + " " + e.Detail })
}
