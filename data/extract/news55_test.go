package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news55Extractor knows the companies of TestNews55's sentences, all invented: two with plain
// names, one whose one-word name a product could carry (Vantor), and one whose mixed capitals
// spell an acronym (DaQ).
func news55Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Kestrel Dynamics", Company: co("Kestrel Dynamics Inc", "KSTD")},
		{Alias: "Kestrel", Company: co("Kestrel Dynamics Inc", "KSTD")},
		{Alias: "Marlowe Foods", Company: co("Marlowe Foods Corp", "MRLF")},
		{Alias: "Marlowe", Company: co("Marlowe Foods Corp", "MRLF")},
		{Alias: "Vantor", Company: co("Vantor SA", "VNTR")},
		{Alias: "DaQ Systems", Company: co("DaQ Systems Inc", "DAQS")},
		{Alias: "DaQ", Company: co("DaQ Systems Inc", "DAQS")},
	})}
}

// TestNews55LabourVote checks that a contract put to its members' vote is a labour contract
// (modern50's "machinists vote to accept new contract" was business won), and that a council's
// vote to approve a supplier's contract stays one.
func TestNews55LabourVote(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{title: "Kestrel Dynamics welders vote to accept new contract, ending walkout", want: nil},
		{body: "Drivers at Marlowe Foods voted 71% to accept a four-year contract on Sunday.", want: nil},
		{body: "Marlowe Foods warehouse staff ratified a new three-year contract on Friday.", want: nil},
		{body: "Kestrel Dynamics workers voted to approve the contract after a six-week strike.", want: nil},
		// Controls: business a buyer votes to award, and business won.
		{body: "The county board voted to award Kestrel Dynamics a $12 million contract for rescue drones.",
			want: []string{"contract KSTD"}},
		{body: "Kestrel Dynamics won a $40 million contract from the Navy on Tuesday.", want: []string{"contract KSTD"}},
	}, typeTickers)
}

// TestNews55MixedAcronym checks that an acronym in capitals does not link a name whose capitals
// only look like it (modern50's "Reddit's data API" gave APi Group), while the name written as
// the company writes it still links.
func TestNews55MixedAcronym(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Kestrel Dynamics signed a partnership with Marlowe Foods to open its DAQ platform to suppliers.",
			want: []string{"partnership KSTD;MRLF"}},
		// Control: the name as written.
		{body: "Kestrel Dynamics signed a partnership with DaQ Systems on Monday.", want: []string{"partnership KSTD;DAQS"}},
	}, typeTickers)
}

// TestNews55LaunchedName checks that a product launched under a one-word name a listing has is
// the product (modern50's Orion glasses gave Orion S.A.), and that a company launching its own
// product, or launching one with the maker, stays a party.
func TestNews55LaunchedName(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{title: "Kestrel Dynamics shows off Vantor delivery drone at trade show", want: []string{"product KSTD"}},
		{body: "Kestrel Dynamics on Tuesday unveiled Vantor, a folding delivery drone it will sell to retailers.",
			want: []string{"product KSTD"}},
		// Controls: the listed company as the maker, or beside it before the verb.
		{body: "Vantor unveiled a folding delivery drone on Tuesday.", want: []string{"product VNTR"}},
		{body: "Kestrel Dynamics and Vantor unveiled a folding delivery drone on Tuesday.", want: []string{"product KSTD;VNTR"}},
	}, typeTickers)
}

// TestNews55PluralMovers checks a wrap's title that names two movers before one verb in the
// plural (modern50's "Dow drops as Micron and Lennar sink" moved nobody).
func TestNews55PluralMovers(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{title: "Stocks slip as Kestrel Dynamics and Marlowe Foods sink", want: []string{"price_move MRLF;KSTD"}},
		{title: "Stock market today: Nasdaq edges up as Kestrel Dynamics and Marlowe Foods climb", want: []string{"price_move MRLF;KSTD"}},
		// Controls: a verb the plural shares with a noun of rallies, and one mover in the singular.
		{title: "Stock market today: S&P 500 edges up as Kestrel Dynamics, Marlowe Foods rally", want: []string{"price_move MRLF;KSTD"}},
		{title: "Stocks slip as Kestrel Dynamics sinks", want: []string{"price_move KSTD"}},
	}, typeTickers)
}

// TestNews55QuarterSales checks a quarter's sales with their period after them or named by
// their quarter (modern50's "reported a drop in iPhone sales for its fiscal second quarter"
// told no results), beside an outlook for a quarter and a month's sales.
func TestNews55QuarterSales(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Kestrel Dynamics reported a drop in drone sales for its fiscal third quarter.", want: []string{"earnings KSTD"}},
		{body: "Marlowe Foods posted a 6% rise in fourth-quarter sales, helped by frozen meals.", want: []string{"earnings MRLF"}},
		// Controls: an outlook, and a month.
		{body: "Kestrel Dynamics expects sales for the fourth quarter to rise about 5%.", want: []string{"guidance KSTD"}},
		{body: "Marlowe Foods said sales rose in March.", want: nil},
	}, typeTickers)
}

// TestNews55CourtBlocks checks that a court's ruling that blocks a deal tells the deal's failure
// beside the ruling (modern50's "Judge blocks JetBlue's takeover of Spirit" was the ruling
// alone), and that a suit or a request to block it leaves the suit alone.
func TestNews55CourtBlocks(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{title: "Judge blocks Kestrel Dynamics' $2 billion takeover of Marlowe Foods",
			want: []string{"legal KSTD;MRLF", "acquisition KSTD;MRLF"}},
		{body: "A federal court on Monday barred Kestrel Dynamics from buying Marlowe Foods, siding with regulators.",
			want: []string{"legal KSTD;MRLF", "acquisition KSTD;MRLF"}},
		// Controls: a suit to block it, and a request to the court.
		{body: "The FTC sued to block Kestrel Dynamics' takeover of Marlowe Foods.", want: []string{"legal KSTD;MRLF"}},
	}, typeTickers)
}

// TestNews55AskedWhether checks that a question put in an interview tells no event (modern50's
// "Asked whether Ford would team up with a Chinese battery maker" was a partnership).
func TestNews55AskedWhether(t *testing.T) {
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Asked whether Kestrel Dynamics would buy Marlowe Foods, the chief executive declined to comment.", want: nil},
		{body: "When asked if Kestrel Dynamics planned to team up with Marlowe Foods, she laughed.", want: nil},
		// Control: the event told, and the question about it after.
		{body: "Kestrel Dynamics agreed to buy Marlowe Foods, and analysts asked whether the price was too high.",
			want: []string{"acquisition KSTD;MRLF"}},
	}, typeTickers)
}

// TestNews55JointSubjects checks that a name that is an ordinary word opens a sentence as a
// company where a second company joins it before a plural auxiliary and a company's act
// (modern50's "Apple and Amazon are teaming up on streaming" linked Amazon alone).
func TestNews55JointSubjects(t *testing.T) {
	c := directoryOnly(t)
	tests := []struct {
		day, text string
		want      []string // "name ticker" of each mention with a ticker
	}{
		{"2024-10-23", "Apple and Amazon are teaming up on streaming.", []string{"Apple AAPL", "Amazon AMZN"}},
		{"2024-06-03", "Target and Nike were cutting prices on sneakers before the holidays.", []string{"Target TGT", "Nike NKE"}},
		// Controls: the fruit, and a company's verb already read in the singular.
		{"2024-10-23", "Apple and pear prices are falling in Europe.", nil},
		{"2024-10-23", "Apple is teaming up with Amazon on streaming.", []string{"Apple AAPL", "Amazon AMZN"}},
	}
	for _, tt := range tests {
		if got := linkedOn(c, tt.day, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.day, tt.text, got, tt.want)
		}
	}
}

// TestNews55MeasuredAgainstExpected checks that results measured against what analysts had
// expected are results that occurred (modern50's "posted revenue of $11.59 billion, compared with
// $11.65 billion analysts had expected" read as a forecast), while a company's own expectation
// and a report to come stay ahead.
func TestNews55MeasuredAgainstExpected(t *testing.T) {
	typeStatus := func(e extract.Event) string { return string(e.Type) + " " + string(e.Status) }
	checkSentences(t, news55Extractor(), []sentenceCase{
		{body: "Kestrel Dynamics posted revenue of $2.1 billion, compared with the $2.3 billion analysts had expected.",
			want: []string{"earnings " + string(extract.Occurred)}},
		{body: "Marlowe Foods earned 88 cents a share, more than the 80 cents Wall Street expected.",
			want: []string{"earnings " + string(extract.Occurred)}},
		{body: "Kestrel Dynamics reported revenue of $2.1 billion versus $2.3 billion expected by analysts.",
			want: []string{"earnings " + string(extract.Occurred)}},
		// Controls: results to come.
		{body: "Marlowe Foods will report quarterly results next week.", want: []string{"earnings " + string(extract.Forecast)}},
	}, typeStatus)
}
