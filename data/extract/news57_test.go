package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news57Extractor knows the companies of the news57 tests, all invented but for the rating
// agency's name: three lenders, a broker, an agency listed under a ticker of our own, and two
// companies named like people (Dimond, Brisco's) and one like a town (Dunmore).
func news57Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harwick Bancorp", Company: co("Harwick Bancorp Inc", "HRWK")},
		{Alias: "Tollan Financial", Company: co("Tollan Financial Corp", "TLNF")},
		{Alias: "Pinecrest Bank", Company: co("Pinecrest Bank", "PNCB")},
		{Alias: "Kestrel Securities", Company: co("Kestrel Securities Inc", "KSEC")},
		{Alias: "Moody's", Company: co("Moody's Corp", "MCOX")},
		{Alias: "Dimond", Company: co("Dimond Corp", "DMND")},
		{Alias: "Brisco's", Company: co("Brisco's Inc", "BRSC")},
		{Alias: "Dunmore", Company: co("Dunmore Corp", "DNMR")},
	})}
}

// TestNews57AgencyLists checks a rating agency's action on several companies: with no company
// before the verb the first named after it is rated like the rest (modern52's "The agency
// lowered its ratings on Associated Banc-Corp, Valley National ..." lost the first), and an
// agency acting on companies it does not name is no party (its "S&P downgrades five U.S.
// regional lenders" gave S&P Global).
func TestNews57AgencyLists(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{body: "The agency lowered its ratings on Harwick Bancorp, Tollan Financial and Pinecrest Bank by one notch.",
			want: []string{"analyst HRWK;TLNF;PNCB"}},
		{body: "Late on Friday the firm downgraded Tollan Financial and Pinecrest Bank, citing deposit costs.",
			want: []string{"analyst TLNF;PNCB"}},
		{title: "Moody's downgrades four midsize lenders, citing office loans", want: nil},
		{title: "Moody's cuts its ratings on a dozen small banks", want: nil},
		// Controls: the agency before its list, a passive with the agency after "by", and a
		// broker before the rated company.
		{body: "Moody's lowered its ratings on Harwick Bancorp and Tollan Financial on Monday.",
			want: []string{"analyst HRWK;TLNF"}},
		{body: "Harwick Bancorp was downgraded to junk by Moody's on Monday.", want: []string{"analyst HRWK"}},
		{body: "Kestrel Securities upgraded Pinecrest Bank to buy on Monday.", want: []string{"analyst PNCB"}},
	}, typeTickers)
}

// TestNews57AgencyMain checks that an article whose title opens on an agency's action has no
// event of the agency's own where a later sentence tells the rating without a company.
func TestNews57AgencyMain(t *testing.T) {
	a := article("Moody's downgrades four midsize lenders, citing office loans", "2024-03-05",
		"Moody's Investors Service cut its ratings on four midsize U.S. lenders on Tuesday.\n\n"+
			"It said the downgrades reflected rising losses on office loans and higher deposit costs.")
	for _, e := range news57Extractor().Extract(a).Events {
		if slices.Contains(e.Tickers, "MCOX") {
			t.Errorf("%s event gives the agency: %q", e.Type, e.Mentions[0].Sentence)
		}
	}
}

// TestNews57OfficerSurname checks that a surname after an officer's title is the person's, not a
// company of that one-word name (modern52's "Cboe chief executive Tilly resigns" gave the
// retailer Tilly's), and that the person's possessive later in the story is his too.
func TestNews57OfficerSurname(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{title: "Tollan Financial chief executive Dimond resigns after board review", want: []string{"executive TLNF"}},
		{title: "Harwick Bancorp CEO Dimond to step down next year", want: []string{"executive HRWK"}},
		{title: "Exchange operator's chief executive Dimond resigns after board review", want: nil},
		{body: "The exchange said on Friday that CEO Dimond had resigned after an inquiry.", want: nil},
		// Controls: the company as the subject, and an officer named in full.
		{body: "Dimond said on Monday it would cut 300 jobs.", want: []string{"restructuring DMND"}},
		{title: "Brisco's to close 40 stores as sales slump", want: []string{"restructuring BRSC"}},
	}, typeTickers)
	a := article("Tollan Financial chief resigns after review", "2024-03-05",
		"Tollan Financial said Chief Executive Mark Brisco had resigned on Monday.\n\n"+
			"Brisco's tenure included the $2 billion purchase of Pinecrest Bank in 2021.")
	for _, e := range news57Extractor().Extract(a).Events {
		if slices.Contains(e.Tickers, "BRSC") {
			t.Errorf("%s event gives Brisco's: %q", e.Type, e.Mentions[0].Sentence)
		}
	}
}

// TestNews57NewOfficerActing checks a title's new officer without a determiner acting in a
// clause of circumstance: no change of management (modern52's "PayPal to cut about 2,500 jobs as
// new CEO seeks to trim costs", modern50's "as sales fall 10% and new CEO prepares to take
// over"), while an officer named or taking over is one.
func TestNews57NewOfficerActing(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{title: "Harwick Bancorp to close 30 branches as new CEO seeks to cut costs", want: []string{"restructuring HRWK"}},
		{title: "Tollan Financial withdraws outlook as deposits shrink and new chief executive prepares to take over",
			want: []string{"guidance TLNF"}},
		{title: "Pinecrest Bank sells card unit while new CEO outlines leaner strategy", want: []string{"acquisition PNCB"}},
		// Controls: the change itself.
		{title: "Harwick Bancorp names new CEO as founder retires", want: []string{"executive HRWK"}},
		{title: "Tollan Financial shares rise as new CEO takes over", want: []string{"price_move TLNF", "executive TLNF"}},
	}, typeTickers)
}

// TestNews57ToldInResults checks results named as where a company told its news (modern52's
// "a day after the San Francisco lender disclosed in its first-quarter results that customers
// had pulled more than $100 billion of deposits" told no results).
func TestNews57ToldInResults(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{body: "Harwick Bancorp shares sank 30% on Wednesday after the lender disclosed in its second-quarter results that deposits had fallen by a fifth.",
			want: []string{"price_move HRWK", "earnings HRWK"}},
		{body: "Tollan Financial said in its earnings report that provisions for loan losses had tripled.",
			want: []string{"earnings TLNF"}},
		{body: "Pinecrest Bank revealed in its fourth-quarter results that it had sold $2 billion of bonds at a loss.",
			want: []string{"earnings PNCB"}},
		// Control: a statement is no report of results.
		{body: "Tollan Financial said in a statement that it would cut 200 jobs.", want: []string{"restructuring TLNF"}},
	}, typeTickers)
}

// TestNews57UnitListing checks a unit named through its owner's possessive as the subject of a
// listing told at its clause's end (modern52's "AIG's Corebridge raises $1.68 billion in year's
// biggest U.S. IPO" gave the owner alone).
func TestNews57UnitListing(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{title: "Harwick Bancorp's Pinecrest Bank raises $900 million in year's biggest bank IPO", want: []string{"ipo PNCB"}},
		{title: "Tollan Financial's Pinecrest Bank files for Nasdaq IPO", want: []string{"ipo PNCB"}},
		// Controls: the unit right before the trigger, and an owner's own listing.
		{title: "Harwick Bancorp's Pinecrest Bank prices IPO", want: []string{"ipo PNCB"}},
		{title: "Tollan Financial raises $500 million in Nasdaq IPO", want: []string{"ipo TLNF"}},
	}, typeTickers)
}

// TestNews57StateBased checks a town before a state joined to "based", a company's home: no
// company of the town's name (modern52's "The Westlake, Texas-based firm reported adjusted
// earnings" gave Westlake Corp).
func TestNews57StateBased(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{body: "The Dunmore, Ohio-based lender reported quarterly earnings of 80 cents a share.", want: []string{"earnings "}},
		{body: "Harwick Bancorp, the Dunmore, Pennsylvania-based bank, said it would cut 120 jobs.", want: []string{"restructuring HRWK"}},
		// Controls: the company itself, and the town before a state without "based".
		{body: "Dunmore reported quarterly earnings of 80 cents a share.", want: []string{"earnings DNMR"}},
		{body: "Harwick Bancorp will close its branch in Dunmore, Ohio, and cut 40 jobs.", want: []string{"restructuring HRWK"}},
	}, typeTickers)
}

// TestNews57JoinedEmployer checks a person joining the company as a career step, no partnership
// (modern52's "had led Discover since 2018 and joined the company in 1998").
func TestNews57JoinedEmployer(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{body: "Ortiz had run Harwick Bancorp since 2019 and joined the bank in 2004.", want: nil},
		{body: "Tollan Financial's new finance chief joined the firm as an analyst in 1996.", want: nil},
		// Controls: a company joining another's venture or alliance.
		{body: "Harwick Bancorp joined Tollan Financial in a venture to build a payments network.",
			want: []string{"partnership HRWK;TLNF"}},
	}, typeTickers)
}

// TestNews57DealAccretion checks a buyer's expectation of what a deal adds to its earnings: the
// deal's promise, no outlook and no report (modern52's "Franklin said it expected the purchase
// to add to adjusted earnings per share by the first full year" was guidance).
func TestNews57DealAccretion(t *testing.T) {
	checkSentences(t, news57Extractor(), []sentenceCase{
		{body: "Harwick Bancorp said it expected the purchase to lift earnings per share by 4% in 2026.", want: nil},
		{body: "Harwick Bancorp said it expected the merger to lift earnings per share by 4% in 2026.", want: []string{"acquisition HRWK"}},
		{body: "Tollan Financial expects the transaction to add to adjusted earnings within two years.", want: nil},
		// Controls: the company's own outlook, and its results.
		{body: "Harwick Bancorp said it expects earnings per share to rise 5% next year.", want: []string{"guidance HRWK"}},
		{body: "Tollan Financial said its quarterly earnings per share rose 8%.", want: []string{"earnings TLNF"}},
	}, typeTickers)
}
