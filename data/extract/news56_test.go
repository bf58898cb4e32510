package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news56Extractor knows the companies of TestNews56's sentences, all invented: three producers
// and a utility with plain names, and a company whose one-word name is also a place's (Orwell).
func news56Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harlan Petroleum", Company: co("Harlan Petroleum Corp", "HRLP")},
		{Alias: "Corvane Chemical", Company: co("Corvane Chemical Co", "CRVC")},
		{Alias: "Tessaly Power", Company: co("Tessaly Power Inc", "TSPW")},
		{Alias: "Brightwater Minerals", Company: co("Brightwater Minerals Ltd", "BWMN")},
		{Alias: "Orwell", Company: co("Orwell Utilities Inc", "ORWU")},
	})}
}

// TestNews56UpgradesPaidFor checks that upgrades paid for are works, not ratings (modern51's
// "the money would pay for grid upgrades" was an analyst's upgrade), while a broker's upgrades
// stay ratings.
func TestNews56UpgradesPaidFor(t *testing.T) {
	checkSentences(t, news56Extractor(), []sentenceCase{
		{body: "Tessaly Power said the new rates would help pay for substation upgrades across the state.", want: nil},
		{body: "Corvane Chemical plans to spend $300 million on furnace upgrades at its Gulf Coast sites.", want: nil},
		// Controls: a broker's upgrade, and upgrades counted as ratings.
		{body: "Jefferies upgraded Harlan Petroleum to buy on Tuesday.", want: []string{"analyst HRLP"}},
	}, typeTickers)
}

// TestNews56PriceSettled checks that a futures price settling is no suit settled (modern51's
// "Oil settles lower" and "WTI settled down $1.60" were legal events), while a company settling a
// suit still is.
func TestNews56PriceSettled(t *testing.T) {
	checkSentences(t, news56Extractor(), []sentenceCase{
		{title: "Crude settles higher as Gulf storm threatens output", want: nil},
		{body: "Copper futures settled up 2 cents at $4.12 a pound on Thursday.", want: nil},
		{body: "Front-month gasoline futures settled at $2.41 a gallon.", want: nil},
		// Controls: a company settling a suit, with a sum after "at" and without one.
		{body: "Harlan Petroleum settled the lawsuit with landowners for $40 million on Monday.",
			want: []string{"legal HRLP"}},
		{title: "Tessaly Power settles shareholder suit over storm costs", want: []string{"legal TSPW"}},
	}, typeTickers)
}

// TestNews56AccidentShut checks that a site an accident shuts is no closure (modern51's "a fire
// at its new smelter in Indonesia shut the plant" was a restructuring), while a plant the company
// shuts stays one.
func TestNews56AccidentShut(t *testing.T) {
	checkSentences(t, news56Extractor(), []sentenceCase{
		{body: "Corvane Chemical said an explosion at its ethylene unit in Louisiana shut the plant on Sunday.", want: nil},
		{body: "Brightwater Minerals said flooding in the pit shut the mine for a week.", want: nil},
		// Control: the company shuts the plant, after an accident told first.
		{body: "Corvane Chemical will shut its plant in Ohio and cut 200 jobs, it said on Tuesday.",
			want: []string{"restructuring CRVC"}},
	}, typeTickers)
}

// TestNews56Landform checks that a listed name before a landform's or a wildfire's noun is the
// place (modern51's "Eaton fire" and "Eaton Canyon" gave Eaton Corp), while the company still
// links on its own.
func TestNews56Landform(t *testing.T) {
	checkSentences(t, news56Extractor(), []sentenceCase{
		{body: "Residents sued Tessaly Power on Monday, saying its lines started the Orwell fire.",
			want: []string{"legal TSPW"}},
		{body: "Tessaly Power was sued on Tuesday by families who lost homes near Orwell Creek.",
			want: []string{"legal TSPW"}},
		// Control: the company named alone.
		{body: "Orwell shares fell 8% on Monday after the company cut its forecast.",
			want: []string{"price_move ORWU", "guidance ORWU"}},
	}, typeTickers)
}

// TestNews56NamedInFull checks that a short form the directory withholds on the day (another
// listing may then have held it) is the company the article named in full before it (modern51's
// "Cheniere" after "Cheniere Energy Inc" in 2022 linked nothing).
func TestNews56NamedInFull(t *testing.T) {
	c := directoryOnly(t)
	tests := []struct {
		day, text string
		want      []string
	}{
		{"2022-05-03", "Alliant Energy Corp raised its forecast on Monday. Alliant shares rose 2%.",
			[]string{"Alliant Energy Corp LNT", "Alliant LNT"}},
		{"2023-02-08", "Nabors Industries Ltd won a rig contract in Saudi Arabia. Nabors said the rig starts in May.",
			[]string{"Nabors Industries Ltd NBR", "Nabors NBR"}},
		// Controls: the short form alone on that day, and after its dates.
		{"2022-05-03", "Alliant shares rose 2%.", nil},
		{"2025-05-03", "Alliant shares rose 2%.", []string{"Alliant LNT"}},
	}
	for _, tt := range tests {
		if got := linkedOn(c, tt.day, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.day, tt.text, got, tt.want)
		}
	}
}

// TestNews56GroupLead checks that a lead telling a group's move gives it to the movers the rest
// of its paragraph names (modern51's OPEC+ story gave the lead to one producer of three), and
// that a lead with one mover after it keeps its reading.
func TestNews56GroupLead(t *testing.T) {
	x := news56Extractor()
	tests := []struct {
		lead, rest string
		want       string // the tickers of the lead's move
	}{
		{"Shares of U.S. chemical makers fell on Tuesday after Beijing announced new export curbs.",
			" Corvane Chemical dropped 6% and Brightwater Minerals lost 4%.\n\nAnalysts said the curbs would bite.",
			"BWMN;CRVC"},
		{"Shares of oil drillers jumped on Friday as crude rose 5%.",
			" Harlan Petroleum rose 4%, Corvane Chemical gained 3% and Brightwater Minerals climbed 2%.",
			"BWMN;CRVC;HRLP"},
		// Control: one mover after the lead is the story's company, as before.
		{"Shares of oil drillers jumped on Friday as crude rose 5%.", " Harlan Petroleum rose 4%.", "HRLP"},
	}
	for _, tt := range tests {
		a := article("Producers rally", "2024-06-12", tt.lead+tt.rest)
		lead := tt.lead
		got := ""
		for _, e := range x.Extract(a).Events {
			for _, m := range e.Mentions {
				if m.Sentence == lead && e.Type == "price_move" {
					tk := slices.Clone(e.Tickers)
					slices.Sort(tk)
					got = strings.Join(tk, ";")
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: lead's move %q, want %q", lead, got, tt.want)
		}
	}
}
