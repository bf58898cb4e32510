package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestEveryEventOfASentence checks all the event types a title or a body sentence tells, where
// the labelled table checks only the first: headlines joining two events with a comma, a debut's
// move beside its listing, and the cases where the second reading must not appear.
func TestEveryEventOfASentence(t *testing.T) {
	x := tableExtractor()
	const lead = "Stocks were mixed in morning trading."
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"comma joins results and a payout", "Nike beats estimates, raises dividend", lead, []string{"dividend", "earnings"}},
		{"payout first, results second", "Nike raises dividend, tops forecasts", lead, []string{"dividend", "earnings"}},
		{"comma joins a succession and cuts", "Pfizer names new chief executive, cuts 500 jobs", lead, []string{"executive", "restructuring"}},
		{"to and a verb after the comma", "Intel sells drone unit, to cut 300 jobs", lead, []string{"acquisition", "restructuring"}},
		{"a verb before the comma reaches no noun after it", "Intel cuts 15% of workforce, suspends dividend", lead, []string{"dividend", "restructuring"}},
		{"a plan, then a noun after a headline verb", "Ford to cut 3,000 jobs, halts buyback", lead, []string{"buyback", "restructuring"}},
		{"an officer named by title and name after the comma", "Carhart Freight to cut 9% of staff, CEO Delaney to step down", lead, []string{"executive", "restructuring"}},
		{"a verb of foreseeing after the comma opens a clause", "Carhart Freight to cut 9,000 jobs, forecasts lower revenue", lead, []string{"guidance", "restructuring"}},
		{"a forecast and guidance at one word open one clause", "Carhart Freight cuts 9,000 jobs, sees lower revenue", lead, []string{"guidance", "restructuring"}},
		{"a noun after a comma without a verb stays the verb's", "Acme Corp cuts jobs, pay", lead, []string{"restructuring"}},
		{"a results figure named by its period is the lead's company's", "Nvidia forecasts revenue above estimates", "Nvidia on Wednesday forecast third-quarter revenue above Wall Street estimates. Second-quarter revenue more than doubled to $30 billion from a year earlier.", []string{"earnings", "guidance"}},
		{"a results figure with its period after it is the lead's company's", "Nvidia forecasts revenue above estimates", "Nvidia on Wednesday forecast third-quarter revenue above Wall Street estimates. Revenue in the second quarter more than doubled to $30 billion from a year earlier.", []string{"earnings", "guidance"}},
		{"a figure of a place after it may be anyone's", "Nvidia forecasts revenue above estimates", "Nvidia on Wednesday forecast third-quarter revenue above Wall Street estimates. Revenue in Europe more than doubled to $30 billion.", []string{"guidance"}},
		{"a quarterly figure with its measure", "Nike outlook", "Nike on Thursday cut its full-year sales forecast. Quarterly net income fell 12% to $1.1 billion.", []string{"earnings", "guidance"}},
		{"a figure without its period may be anyone's", "Nike outlook", "Nike on Thursday cut its full-year sales forecast. Industry revenue rose 5% to $30 billion.", []string{"guidance"}},
		{"a plural noun at its phrase's end is no projection", "Home Depot outlook", lead + " Home Depot on Tuesday lowered its full-year sales forecast, as high interest rates kept homeowners from spending on big renovation projects.", []string{"guidance"}},
		{"a plural noun before a past verb is no projection", "Tesla results", lead + " Tesla reported a 45% drop in quarterly profit, as price cuts and higher spending on artificial intelligence projects squeezed margins.", []string{"earnings"}},
		{"a move with its own subject", "Disney sells its stake in streaming venture, shares jump", lead, []string{"acquisition", "price_move"}},
		{"a company in apposition is no second clause", "Oracle buys Cerner, the health records company, for $28 billion", lead, []string{"acquisition"}},
		{"a move's cause after a subordinator", "Netflix shares slide as revenue misses forecasts", lead, []string{"price_move"}},
		{"a debut's move without its figure and the listing", "Birkenstock slips in NYSE debut", lead, []string{"ipo", "price_move"}},
		{"a debut's move and the listing", "Reddit soars in market debut", lead + " Reddit shares jumped 48% in their first day of trading on Thursday, closing at $50.44, well above the $34 price of its initial public offering.", []string{"ipo", "price_move"}},
		{"a share sale in a public offering is no stake sold", "Birkenstock update", lead + " Birkenstock said it will sell 10 million common shares in a public offering, using the proceeds to reduce debt.", []string{"offering"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(article(tc.title, "2024-06-12", tc.body)).Events {
				if !slices.Contains(got, string(e.Type)) {
					got = append(got, string(e.Type))
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("types %s, want %s", strings.Join(got, ","), strings.Join(tc.want, ","))
			}
		})
	}
}

// TestMovesOfSeveralCompanies checks that a market story's sentence naming the moves of several
// companies tells each one, and that an aside between a company and its verb does not hide it.
func TestMovesOfSeveralCompanies(t *testing.T) {
	x := tableExtractor()
	const lead = "Stocks were mixed in morning trading."
	for _, tc := range []struct {
		body string
		want []string // "type:TICKERS" of each event, in order
	}{
		{"Nvidia shares climbed 4.2%, while Intel jumped 6%.", []string{"price_move:NVDA", "price_move:INTC"}},
		{"Intel shares fell 5% after rival Nvidia jumped 10%.", []string{"price_move:INTC", "price_move:NVDA"}},
		{"Boeing, which cut its outlook last week, declined 2%.", []string{"price_move:BA", "guidance:BA"}},
		// A broker acting on "the chipmaker" after the stock's move is the source, the stock rated.
		{"Intel jumped 6% after Morgan Stanley raised its price target on the chipmaker to $60.", []string{"price_move:INTC", "analyst:INTC"}},
		{"Morgan Stanley upgraded Intel to overweight.", []string{"analyst:INTC"}},
		// A company named before the move it is no subject of gets none.
		{"Intel and Nvidia shares fell 5%.", []string{"price_move:INTC;NVDA"}},
	} {
		var got []string
		for _, e := range x.Extract(article("Markets", "2024-06-12", lead+" "+tc.body)).Events {
			got = append(got, string(e.Type)+":"+sortedTickers(e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: events %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestSellersAndDenials checks the short headline of a sale told by its seller, and that a
// denied report is told as denied: the headline is then the sentence itself.
func TestSellersAndDenials(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	// Mobileye's listing since 2022 is named Mobileye Global: the headline names the listing.
	for _, tc := range []struct{ body, headline string }{
		{"Intel sold its stake in Mobileye on Monday.", "Intel sells a stake in Mobileye Global"},
		{"Intel plans to sell its Mobileye unit.", "Intel to sell Mobileye Global"},
		{"Oracle agreed to buy Cerner on Monday.", "Oracle acquires Cerner"},
		{"Intel agreed to sell its networking business to Broadcom on Monday.", "Intel sells a business to Broadcom"},
		{"Intel denied a report that it plans to sell its Mobileye unit.", "Intel denied a report that it plans to sell its Mobileye unit."},
		{"Intel confirmed a report that it plans to sell its Mobileye unit.", "Intel to sell Mobileye Global"},
		// A buyer's stake or a part of a company is not the company; an unnamed buyer is no
		// company's headline.
		{"Microsoft bought a 4.9% stake in Nokia on Monday.", "Microsoft takes a stake in Nokia"},
		{"Blackstone agreed to buy a 49% stake in Intel's Irish chip plant for $11 billion.", "Blackstone takes a stake in Intel"},
		{"Honeywell agreed to buy Carrier's security business on Monday.", "Honeywell International acquires a business of Carrier Global"},
		{"A buyout group agreed to buy a majority stake in Altera from Intel.", "A buyout group agreed to buy a majority stake in Altera from Intel."},
		// A bid, an offer or an approach is no deal done, and its rejection is the target's; the
		// name is written as the article writes it where only its capitals differ.
		{"Qualcomm made a $90 billion bid for Intel on Monday.", "Qualcomm bids for Intel"},
		{"Qualcomm offered to buy Intel for $90 billion.", "Qualcomm bids for Intel"},
		{"Intel rejected a takeover offer from Qualcomm.", "Intel rejects a bid from Qualcomm"},
		{"Qualcomm has approached Intel about a takeover.", "Report: Qualcomm to bid for Intel"},
		{"Qualcomm completed its tender offer for Intel.", "Qualcomm acquires Intel"},
		// A spin-off makes a company: the parent spins it off, or spins off a business.
		{"3M completed the spinoff of Solventum on Monday.", "3M spins off Solventum"},
		{"General Electric completed the spin-off of its energy business, leaving GE Aerospace as the remaining company.", "General Electric spins off a business"},
		// A spin-off told in the passive names its parent after "from", as another deal does after "by".
		{"Kenvue was spun off from Johnson & Johnson last year, the company said.", "Johnson & Johnson spins off Kenvue"},
		{"Solventum was spun off by 3M on Monday.", "3M spins off Solventum"},
		{"Intel said it has not been approached about a takeover.", "Intel said it has not been approached about a takeover."},
	} {
		evs := x.Extract(article("Deals", "2024-06-12", "Stocks were mixed in morning trading. "+tc.body)).Events
		if len(evs) == 0 || evs[0].Headline != tc.headline {
			t.Errorf("%q: events %+v, want the headline %q", tc.body, evs, tc.headline)
		}
	}
}

// TestTakeOverWithoutACompany checks "take over" where no company changes hands: a place in a
// ranking is taken, or a person takes office at a time.
func TestTakeOverWithoutACompany(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"Nvidia took over the lead in the market for data center chips.", ""},
		{"Walmart took over first place among U.S. grocers in 2023.", ""},
		{"Chief executive Jane Roe, who took over last year, said Nike will cut 500 jobs.", "restructuring"},
		{"Chief executive Jane Roe, who joined from Adidas in 2019, said Nike will cut 500 jobs.", "restructuring"},
		{"Nike named Jane Roe, who joined Adidas in 2019, as chief executive.", "executive"},
		{"Nike took over a small software maker last year.", "acquisition"},
	} {
		var got []string
		for _, e := range x.Extract(article("Company news", "2024-06-12", "Stocks were mixed in morning trading. "+tc.body)).Events {
			got = append(got, string(e.Type))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestResultsToCome checks a scheduled release of results: its headline says results are to
// come, not an outlook, and "due to" before it sets its day rather than a payment's.
func TestResultsToCome(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, date, headline string }{
		{"Nike will report quarterly results on Oct. 1.", "2024-10-01", "Nike to report results"},
		{"Nike is due to report results next week.", "2024-W25", "Nike to report results"},
		{"Analysts expect Nike to report a profit of 70 cents a share on Tuesday.", "2024-06-18", "Nike to report results"},
		{"Nike said it expects a loss for the current quarter.", "2024-06-12", "Nike gives guidance"},
		// figures given ahead of the release are no schedule
		{"Nike said it would report earnings of 70 cents a share for the quarter.", "2024-Q2", "Nike gives its outlook"},
	} {
		evs := x.Extract(article("Nike update", "2024-06-12", "Stocks were mixed in morning trading. "+tc.body)).Events
		if len(evs) == 0 || evs[0].Period.Value != tc.date || evs[0].Headline != tc.headline {
			t.Errorf("%q: events %+v, want %s %q", tc.body, evs, tc.date, tc.headline)
		}
	}
}

// TestHeadlineClausesKeepTheirOwn checks that each clause of a headline joined by a comma keeps
// its own status and date: the second clause's forecast and year are not the first's.
func TestHeadlineClausesKeepTheirOwn(t *testing.T) {
	x := tableExtractor()
	for _, tc := range []struct {
		title string
		want  []string // "type status date" of each event
	}{
		{"Carhart Freight to cut 9,000 jobs, forecasts lower 2025 revenue", []string{"guidance occurred 2025-01-30", "restructuring forecast 2025-01-30"}},
		{"Carhart Freight cuts 9,000 jobs, sees weak demand", []string{"restructuring occurred 2025-01-30"}},
		{"Carhart Freight to close three plants, sees fourth-quarter loss", []string{"guidance occurred 2025-01-30", "restructuring forecast 2025-01-30"}},
	} {
		var got []string
		for _, e := range x.Extract(article(tc.title, "2025-01-30", "Stocks were mixed in morning trading.")).Events {
			got = append(got, string(e.Type)+" "+string(e.Status)+" "+e.Period.Value)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: events %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestClaimsOfTheStorysSession checks the days of a market story's figures, published the day
// after the session: the title's rounded move is the body's dated one, and a move the body tells
// without a day is the lead's session's, whoever's stock it is.
func TestClaimsOfTheStorysSession(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	r := x.Extract(article("Nvidia slides 10%, erasing $280 billion in value", "2024-09-04",
		"Nvidia shares fell 9.5% on Tuesday to close at $108. Rival Advanced Micro Devices lost 7.8%."))
	var got []string
	for _, c := range r.Claims {
		if c.Metric == extract.MetricDayReturn {
			got = append(got, fmt.Sprintf("%s %s %g", c.Ticker, c.Date, c.Value))
		}
	}
	if want := []string{"NVDA 2024-09-03 -9.5", "AMD 2024-09-03 -7.8"}; !slices.Equal(got, want) {
		t.Errorf("day returns %q, want %q", got, want)
	}
}

// TestTheBank checks that "the bank" is the story's company, unless the story names a central bank.
func TestTheBank(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"JPMorgan Chase reported higher profit on Friday. The bank also raised its forecast for net interest income.", "guidance:JPM"},
		{"JPMorgan Chase reported higher profit on Friday. The largest U.S. bank also cut 500 jobs.", "restructuring:JPM"},
		{"JPMorgan Chase reported higher profit on Friday, and the central bank held rates. The bank also raised its forecast for inflation.", ""},
	} {
		got := ""
		for _, e := range x.Extract(article("JPMorgan results", "2024-10-11", tc.body)).Events {
			if e.Type != "earnings" {
				got = string(e.Type) + ":" + sortedTickers(e)
			}
		}
		if got != tc.want {
			t.Errorf("%q: second event %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestSharesOfTheDescribedCompany checks a move told of the story's company by a description
// of it: the dots of an abbreviation are no words of the gap between "shares of" and the verb.
func TestSharesOfTheDescribedCompany(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, body := range []string{
		"Shares of the largest U.S. health insurer tumbled 18% on Tuesday.",
		"Shares of the top U.S. health insurer tumbled 18% on Tuesday.",
		"Shares of the health insurer tumbled 18% on Tuesday.",
	} {
		got := ""
		for _, e := range x.Extract(article("UnitedHealth suspends outlook", "2025-05-13", "UnitedHealth Group suspended its forecast on Tuesday. "+body)).Events {
			if e.Type == "price_move" {
				got = sortedTickers(e)
			}
		}
		if got != "UNH" {
			t.Errorf("%q: move of %q, want UNH", body, got)
		}
	}
}

// TestListingSharesAreTheListing checks that the body's telling of an initial offering's shares
// ("sold 46.5 million shares") is the listing, not an offering of its own; a sale months later is.
func TestListingSharesAreTheListing(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"Chewy priced its initial public offering at $22 a share on Thursday. The company sold 46.5 million shares, raising $1 billion.", "ipo"},
		{"Chewy priced its initial public offering at $22 a share on Thursday. It sold another 20 million shares in a secondary offering in January.", "ipo offering"},
	} {
		var got []string
		for _, e := range x.Extract(article("Chewy prices IPO", "2019-06-14", tc.body)).Events {
			got = append(got, string(e.Type))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestReleaseBoilerplate checks that a press release's closing sections tell no events: the
// "About" paragraph under its heading or before a colon, and the safe-harbor notice; a paragraph
// that starts with "About" and a figure is news.
func TestReleaseBoilerplate(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	const lead = "Nike reported quarterly results on Thursday.\n\n"
	for _, tc := range []struct{ body, want string }{
		{lead + "About Nike\n\nNike was founded in 1964 and acquired Converse in 2003.", "earnings"},
		{lead + "About Nike, Inc.: Nike was founded in 1964 and bought a sensor maker in June.", "earnings"},
		{lead + "About Nike Inc.\nThe company bought a sensor maker in June.", "earnings"},
		{lead + "This press release contains forward-looking statements. Nike may acquire other companies.", "earnings"},
		{lead + "About 500 Nike workers will lose their jobs as the company cuts costs.", "earnings restructuring"},
	} {
		var got []string
		for _, e := range x.Extract(article("Nike reports results", "2024-06-28", tc.body)).Events {
			got = append(got, string(e.Type))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestOutlookToldAfterSaid checks a company's outlook told before "..., Lam Research said" in a
// story about that company, and a result that "will be" a figure; a broker named so is a source.
func TestOutlookToldAfterSaid(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"Revenue will rise to about $4.3 billion in the current quarter, Lam Research said.", "guidance:LRCX"},
		{"Quarterly revenue will be between $4 billion and $4.6 billion, Lam Research said on Wednesday.", "guidance:LRCX"},
		{"Earnings will fall sharply this year, Morgan Stanley said.", ""},
	} {
		got := ""
		for _, e := range x.Extract(article("Lam Research shares rise", "2024-10-24", "Lam Research shares rose 4% on Wednesday. "+tc.body)).Events {
			if e.Type == "guidance" {
				got = "guidance:" + sortedTickers(e)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestCommonWordNamesByHeadlineVerbs checks that a name that is also a common word links in a
// title by a headline's verb of its business ("Apple boosts buyback"), and not by any verb.
func TestCommonWordNamesByHeadlineVerbs(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ title, want string }{
		{"Apple boosts buyback", "buyback:AAPL"},
		{"Target trims outlook on weak demand", "guidance:TGT"},
		{"Apple harvest boosts buyback of fruit", ""},
	} {
		got := ""
		for _, e := range x.Extract(article(tc.title, "2024-05-03", "The company said on Thursday it would act.")).Events {
			if len(e.Tickers) > 0 {
				got = string(e.Type) + ":" + sortedTickers(e)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestFeedTitles checks titles of the feed register that tell their news without the words the
// body would use: a list of capital returns after one verb, a take-private deal, a quarter's
// sales, and a move told by its cause without a figure (not one with another sense of the verb).
func TestFeedTitles(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ title, want string }{
		{"Alphabet announces first-ever dividend, $70 billion buyback", "buyback dividend"},
		{"Walmart declares dividend, 3-for-1 stock split", "dividend split"},
		{"Nordstrom agrees to $6.25 billion take-private deal by founding family", "acquisition"},
		{"McDonald's posts first quarterly sales drop since 2020", "earnings"},
		{"Humana sinks as Medicare Advantage star ratings fall", "price_move"},
		{"Intel slumps after weak revenue forecast", "guidance price_move"},
		{"Lyft sinks as FY guide trails consensus", "guidance price_move"},
		{"Nike slips after Goldman downgrade", "analyst"},
		{"Nike slips after Goldman Sachs turns bearish", "analyst:NKE"},
		{"Apple falls behind Samsung in phone shipments", ""},
		{"Reddit soars in stock market bow", "ipo price_move"},
		{"Apple falls in love with AI", ""},
	} {
		var got []string
		for _, e := range x.Extract(article(tc.title, "2024-07-29", "The company said on Monday it was pleased.")).Events {
			if strings.Contains(tc.want, ":") {
				got = append(got, string(e.Type)+":"+sortedTickers(e)) // the parties too
			} else {
				got = append(got, string(e.Type))
			}
		}
		slices.Sort(got)
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestUnitUnderItsParentsListing checks that a company and its unit under one listing ("Alphabet's
// Google") are one party: a headline does not set the company against itself.
func TestUnitUnderItsParentsListing(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	evs := x.Extract(article("Search ruling", "2024-08-05", "Stocks were mixed. A federal judge ruled on Monday that Alphabet's Google broke antitrust law.")).Events
	for _, e := range evs {
		if strings.Contains(e.Headline, "Alphabet in legal dispute with Google") {
			t.Errorf("headline %q sets Alphabet against its own unit", e.Headline)
		}
	}
	if len(evs) == 0 || sortedTickers(evs[0]) != "GOOG" && sortedTickers(evs[0]) != "GOOGL" {
		t.Errorf("events %+v, want Alphabet's legal news", evs)
	}
}

// TestCircumstancesOfTheNews checks words that name a deal or a party but tell none: a stock
// exchange as the place shares trade, a company's own shares sold to raise money, and a named
// deal after "after" in a title.
func TestCircumstancesOfTheNews(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ title, body, want string }{
		{"Sirius XM completes reverse split", "Sirius XM Holdings effected a one-for-ten reverse stock split on Monday. The new shares began trading on the Nasdaq under the ticker SIRI.", "split:SIRI"},
		{"Nasdaq to buy Adenza", "Nasdaq agreed on Monday to buy Adenza for $10.5 billion.", "acquisition:NDAQ"},
		{"AMC raises money", "AMC Entertainment Holdings said on Tuesday it had completed the sale of 40 million shares through an at-the-market program, raising about $325 million.", "offering:AMC"},
		{"Berkshire sells BYD shares", "Berkshire Hathaway completed the sale of 10 million shares of BYD on Tuesday, raising $300 million.", "acquisition:BRK.A;BYD"},
		{"Sirius XM completes reverse stock split after Liberty merger", "The company said on Monday it was pleased.", "split:SIRI"},
	} {
		var got []string
		for _, e := range x.Extract(article(tc.title, "2024-09-10", tc.body)).Events {
			got = append(got, string(e.Type)+":"+sortedTickers(e))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestLongerNameOverLearnedPart checks that a name the lists know wins over the shorter part of
// it the article learned ("Oban Therapeutics" over "Oban"), so that the title's verb is read
// after the whole name; and a move told with "rocketed".
func TestLongerNameOverLearnedPart(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t, extract.Alias{Alias: "Oban Therapeutics", Company: extract.Company{Name: "Oban Therapeutics Inc", Ticker: "OBTX"}})}
	for _, tc := range []struct{ title, body string }{
		{"Oban Therapeutics soars after FDA nod for kidney drug", "Oban Therapeutics Inc won approval for its kidney drug on Wednesday. Oban said it would start selling the pill in August."},
		{"Kidney drug approved", "Shares of Oban Therapeutics Inc rocketed 62% on Wednesday after regulators approved its kidney drug."},
	} {
		var got []string
		for _, e := range x.Extract(article(tc.title, "2025-06-18", tc.body)).Events {
			if e.Type == "price_move" {
				got = append(got, e.Period.Value+":"+sortedTickers(e))
			}
		}
		if want := []string{"2025-06-18:OBTX"}; !slices.Equal(got, want) {
			t.Errorf("%q / %q: moves %q, want %q", tc.title, tc.body, got, want)
		}
	}
}

// TestSuffixDotInAGap checks that the dot of a company's abbreviated suffix ends no phrase's
// gap: "Shares of Zoom Video Communications Inc. fell 17%" is the move.
func TestSuffixDotInAGap(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	r := x.Extract(article("Pandemic stocks slide", "2020-11-09", "Stocks were mixed. Shares of Zoom Video Communications Inc. fell 17% to $413.79, their steepest one-day drop since the spring, after Pfizer said its vaccine worked."))
	var got []string
	for _, e := range r.Events {
		got = append(got, string(e.Type)+":"+sortedTickers(e))
	}
	if !slices.Contains(got, "price_move:ZM") {
		t.Errorf("events %q, want Zoom's move", got)
	}
}

// TestTitleIPOPriceIsTheBodys checks that an IPO price the title gives without a day and the body
// gives with its day are one claim, the body's.
func TestTitleIPOPriceIsTheBodys(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	r := x.Extract(article("Arm prices IPO at $51 a share", "2023-09-14",
		"SoftBank's Arm Holdings priced its initial public offering at $51 per share on Wednesday, the top of its range."))
	var got []string
	for _, c := range r.Claims {
		if c.Metric == extract.MetricIPOPrice {
			got = append(got, fmt.Sprintf("%s %s %g", c.Ticker, c.Date, c.Value))
		}
	}
	if want := []string{"ARM 2023-09-13 51"}; !slices.Equal(got, want) {
		t.Errorf("IPO prices %q, want %q", got, want)
	}
}

// TestGuidedTo checks a forecast told with the verb analysts use, and management speaking for
// its company; a guided missile is none.
func TestGuidedTo(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"Lam Research guided for revenue of $4.3 billion.", "guidance:LRCX"},
		{"Lam Research reported higher profit on Wednesday. Management guided to revenue of $4.3 billion for the current quarter.", "guidance:LRCX"},
		{"RTX makes guided missiles for the Army.", ""},
	} {
		got := ""
		for _, e := range x.Extract(article("Lam Research update", "2024-10-24", tc.body)).Events {
			if e.Type == "guidance" {
				got = "guidance:" + sortedTickers(e)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestMoveToALevel checks that the span dating the level a move reached ("to their lowest in four
// years") leaves the move a day's, while a span the move itself took makes it no day's return.
func TestMoveToALevel(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ body, want string }{
		{"Humana shares sank 11% in early trading to their lowest in five years.", "HUM -11"},
		{"Humana shares rose 6% to a two-year high.", "HUM 6"},
		{"Humana shares slid 9% at their weakest since March 2020.", "HUM -9"},
		{"Humana shares have fallen 30% over the past year to their lowest since 2019.", ""},
		{"Humana shares fell 12% in two years.", ""},
		// A change told after a results measure's clause is the measure's.
		{"Adjusted EPS of $7.15, up 9%; revenue of $29.3 billion.", ""},
		{"Net premiums were $26 billion, up 4%, the insurer said.", ""},
		{"Humana stock closed at $243, up 3%.", "HUM 3"},
		{"Humana's shares, which have lost a third of their value this year, rose 5%.", "HUM 5"},
	} {
		got := ""
		for _, c := range x.Extract(article("Insurers", "2024-10-02", "Markets were mixed. "+tc.body)).Claims {
			if c.Metric == extract.MetricDayReturn {
				got = fmt.Sprintf("%s %g", c.Ticker, c.Value)
			}
		}
		if got != tc.want {
			t.Errorf("%q: day return %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestMoveNotDatedByTheOutlook checks that the period of an outlook in a headline's first clause
// does not date the move told after it: the move is the publication day's.
func TestMoveNotDatedByTheOutlook(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, title := range []string{
		"Adobe cuts full-year forecast, shares slump",
		"Adobe lowers 2025 outlook; stock tumbles",
		"Adobe trims fiscal 2025 revenue guidance, shares fall",
	} {
		got := ""
		for _, e := range x.Extract(article(title, "2024-06-12", "Markets were mixed.")).Events {
			if e.Type == "price_move" {
				got = e.Value
			}
		}
		if got != "2024-06-12" {
			t.Errorf("%q: move dated %q, want 2024-06-12", title, got)
		}
	}
}

// TestUnlinkedSharesMove checks that a move of shares named by a company no alias knows is not
// given to the story's company, while a short name of a company the story linked is its.
func TestUnlinkedSharesMove(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tc := range []struct{ title, body, want string }{
		{"Pfizer deal", "Pfizer agreed to buy the biotech. Quintara shares rose 14% on Monday.", ""},
		{"Pfizer deal", "Pfizer agreed to buy the biotech. Quintara's stock rose 14% on Monday.", ""},
		{"Pfizer deal", "Pfizer agreed to buy the biotech. Its shares rose 4% on Monday.", "PFE 4"},
		{"Pfizer deal", "Pfizer agreed to buy the biotech. The Class A shares rose 4% on Monday.", "PFE 4"},
		{"Motorcycles", "Harley-Davidson cut its outlook. Harley shares fell 4% on Monday.", "HOG -4"},
	} {
		got := ""
		for _, c := range x.Extract(article(tc.title, "2023-03-14", tc.body)).Claims {
			if c.Metric == extract.MetricDayReturn {
				got = fmt.Sprintf("%s %g", c.Ticker, c.Value)
			}
		}
		if got != tc.want {
			t.Errorf("%q: day return %q, want %q", tc.body, got, tc.want)
		}
	}
}
