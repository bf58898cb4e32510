package extract_test

import (
	"slices"
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// news64Extractor knows the companies of the news64 tests, all invented: two homebuilders whose
// names open with initials that spell an honorific, a trucker named the same way, a department
// store, two mall owners, a hotel REIT and an office REIT.
func news64Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "D.R. Ashby", Company: co("D.R. Ashby Inc", "DRAB")},
		{Alias: "M.R. Bexley", Company: co("M.R. Bexley Corp", "MRBX")},
		{Alias: "M.S. Corran", Company: co("M.S. Corran Inc", "MSCN")},
		{Alias: "Halvering Stores", Company: co("Halvering Stores Inc", "HLVS")},
		{Alias: "Crestmall Properties", Company: co("Crestmall Properties Inc", "CRMP")},
		{Alias: "Ludgate Malls", Company: co("Ludgate Malls Inc", "LDGM")},
		{Alias: "Pellinor Hotels", Company: co("Pellinor Hotels Inc", "PLNH")},
		{Alias: "Tamsin Realty", Company: co("Tamsin Realty Trust", "TMSN")},
	})}
}

// TestNews64InitialsHonorific checks a company whose initials spell an honorific ("D.R.", "M.R.",
// "M.S.", "DR" in capitals without a dot): the company, where the honorific and one surname
// ("Dr. Ashby said") stay a person.
func TestNews64InitialsHonorific(t *testing.T) {
	checkSentences(t, news64Extractor(), []sentenceCase{
		{body: "D.R. Ashby reported quarterly profit that missed estimates on Tuesday.",
			want: []string{"earnings DRAB"}},
		{body: "Shares of M.R. Bexley fell 6% after the builder cut its forecast.",
			want: []string{"price_move MRBX", "guidance MRBX"}},
		{body: "M.S. Corran agreed to buy a regional trucking firm for $90 million.",
			want: []string{"acquisition MSCN"}},
		{body: "Shares of DR Ashby rose 4% on Friday.",
			want: []string{"price_move DRAB"}},
		// Near misses: a person's title and surname, with the dot of the title.
		{body: "Dr. Ashby stepped down as chief executive on Monday.",
			want: nil},
		{body: "Mr. Bexley resigned as chief executive on Monday.",
			want: nil},
	}, typeTickers)
}

// TestNews64BankruptDescribes checks "bankrupt" before the company it describes: no bankruptcy,
// where a company that went, is or was declared bankrupt is one.
func TestNews64BankruptDescribes(t *testing.T) {
	checkSentences(t, news64Extractor(), []sentenceCase{
		{body: "Shares of Crestmall Properties fell 8% on Friday after bankrupt Halvering Stores said it would close 150 stores.",
			want: []string{"price_move CRMP", "restructuring HLVS"}},
		{title: "Mall owners slide as bankrupt Halvering Stores lists closings",
			want: nil},
		{body: "Ludgate Malls, a landlord to the bankrupt retailer, said its rent collections fell.",
			want: nil},
		// Near misses: "bankrupt" as the predicate of the company's change or state.
		{body: "Halvering Stores went bankrupt on Sunday, listing $2 billion in debt.",
			want: []string{"bankruptcy HLVS"}},
		{body: "Halvering Stores was declared bankrupt by a court in Delaware on Monday.",
			want: []string{"bankruptcy HLVS"}},
		{body: "Halvering Stores filed for bankruptcy on Sunday.",
			want: []string{"bankruptcy HLVS"}},
	}, typeTickers)
}

// TestNews64RateBoughtDown checks a builder's or a lender's "buy down" of a mortgage rate: an
// incentive, no acquisition, where "down" before another noun is part of what is bought.
func TestNews64RateBoughtDown(t *testing.T) {
	checkSentences(t, news64Extractor(), []sentenceCase{
		{body: "D.R. Ashby and M.R. Bexley have been paying to buy down buyers' mortgage rates to keep sales moving.",
			want: nil},
		{body: "M.R. Bexley said it bought down interest rates for about 60% of its buyers.",
			want: nil},
		// Near misses: a company bought, with "down" a word of its description, and a plain deal.
		{body: "M.R. Bexley bought down payment provider Tamsin Realty for $20 million.",
			want: []string{"acquisition MRBX;TMSN"}},
		{body: "D.R. Ashby agreed to buy Tamsin Realty for $1 billion.",
			want: []string{"acquisition DRAB;TMSN"}},
	}, typeTickers)
}

// TestNews64OperatingResults checks a REIT's or a hotel company's own measure of a quarter (RevPAR,
// FFO, funds from operations) told as a figure: results, where an outlook of it, a month's
// figure and the measure with no figure are none.
func TestNews64OperatingResults(t *testing.T) {
	checkSentences(t, news64Extractor(), []sentenceCase{
		{body: "Pellinor Hotels said second-quarter RevPAR at its comparable hotels rose just 0.3%.",
			want: []string{"earnings PLNH"}},
		{body: "Tamsin Realty reported third-quarter adjusted FFO of $1.02 a share on Tuesday.",
			want: []string{"earnings TMSN"}},
		{body: "Tamsin Realty said its first-quarter funds from operations fell 4% to 88 cents a share.",
			want: []string{"earnings TMSN"}},
		// Near misses: an outlook of the measure, a month's figure, and the measure named only.
		{body: "Pellinor Hotels expects third-quarter RevPAR to rise about 2%.",
			want: nil},
		{body: "Pellinor Hotels said RevPAR rose 4% in March as conventions returned.",
			want: nil},
		{body: "Tamsin Realty's fourth-quarter FFO will be discussed on a call with analysts.",
			want: nil},
	}, typeTickers)
}

// TestNews64PropertyGroupLead checks a lead that tells the move of a group of real estate
// companies and names no company ("Shares of U.S. homebuilders jumped"): the movers its paragraph
// names next take the move, as news56's oil producers do. A group with no movers named keeps
// none.
func TestNews64PropertyGroupLead(t *testing.T) {
	x := news64Extractor()
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"Shares of U.S. homebuilders jumped on Tuesday after a cooler inflation reading sent bond yields tumbling and raised hopes that mortgage rates have peaked. D.R. Ashby rose 6%, M.R. Bexley gained 7% and Tamsin Realty climbed 4%.",
			[]string{"DRAB", "MRBX", "TMSN"}},
		{"Shares of mall owners slid on Friday after a department store chain listed more closings. Crestmall Properties fell 9% and Ludgate Malls lost 6%.",
			[]string{"CRMP", "LDGM"}},
		// Near miss: a lead that names its company keeps it, group noun or not.
		{"Shares of Pellinor Hotels and other hotel REITs fell on Wednesday as Treasury yields rose. Tamsin Realty lost 3% and Ludgate Malls lost 2%.",
			[]string{"PLNH"}},
	} {
		got := leadMoveTickers(x, tc.body)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: lead move tickers %q, want %q", tc.body, got, tc.want)
		}
	}
}

// leadMoveTickers returns the tickers of the price move told by the body's first sentence.
func leadMoveTickers(x *extract.Extractor, body string) []string {
	r := x.Extract(articles.Article{Title: "Stocks move", Body: body, Published: time.Date(2023, 11, 14, 0, 0, 0, 0, time.UTC)})
	for _, e := range r.Events {
		if e.Type == events.PriceMove && len(e.Mentions) > 0 && e.Mentions[0].Start == 0 {
			return e.Tickers
		}
	}
	return nil
}
