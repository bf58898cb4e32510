package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news70Extractor knows the companies of the news70 tests, all invented: a waste hauler, a
// pump maker, a chemicals maker and a shipper.
func news70Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Halvern Waste", Company: co("Halvern Waste Inc", "HLWS")},
		{Alias: "Ecotel", Company: co("Ecotel Corp", "ECTL")},
		{Alias: "Brannock Pumps", Company: co("Brannock Pumps Inc", "BRNP")},
		{Alias: "Corvane Chemicals", Company: co("Corvane Chemicals Inc", "CRVC")},
		{Alias: "Tessway Freight", Company: co("Tessway Freight Corp", "TSWF")},
	})}
}

// storyEvents extracts a story whose title and lead are about one company, followed by
// sentence, and describes each event of sentence, in order, as "type tickers".
func storyEvents(x *extract.Extractor, title, lead, sentence string) []string {
	var got []string
	for _, e := range x.Extract(article(title, "2024-10-24", lead+" "+sentence)).Events {
		for _, m := range e.Mentions {
			if d := typeTickers(e); m.Sentence == sentence && !slices.Contains(got, d) {
				got = append(got, d)
			}
		}
	}
	return got
}

// TestNews70PronounParty checks a deal told by "It" or "The company" as the subject and a
// named company after the verb: the story's company is the deal's other party.
func TestNews70PronounParty(t *testing.T) {
	x := news70Extractor()
	const title, lead = "Halvern Waste raises dividend", "Halvern Waste Inc raised its quarterly dividend on Thursday."
	tests := []struct {
		sentence string
		want     []string
	}{
		{"It bought environmental services provider Ecotel in 2022 for about $2.2 billion.",
			[]string{"acquisition HLWS;ECTL"}},
		{"The company acquired Ecotel, a landfill operator, in 2021.",
			[]string{"acquisition HLWS;ECTL"}},
		{"It signed a joint venture with Corvane Chemicals in 2023 to recycle solvents.",
			[]string{"partnership HLWS;CRVC"}},
		// Near misses: another company as the subject between, and the named target as the
		// subject itself.
		{"It said Brannock Pumps bought Ecotel in 2022.",
			[]string{"acquisition BRNP;ECTL"}},
		{"Ecotel was bought by Brannock Pumps in 2022.",
			[]string{"acquisition BRNP;ECTL"}},
	}
	for _, tt := range tests {
		if got := storyEvents(x, title, lead, tt.sentence); !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestNews70ChargesInResults checks restructuring charges a results figure included: the
// quarter's detail, no restructuring. Charges taken and a plan announced with its charges stay.
func TestNews70ChargesInResults(t *testing.T) {
	checkSentences(t, news70Extractor(), []sentenceCase{
		{body: "Brannock Pumps' quarterly net loss included $15 million of impairments and restructuring charges.",
			want: nil},
		{body: "Tessway Freight said its second-quarter profit included restructuring costs of $12 million.",
			want: nil},
		// Near misses: charges taken for job cuts, and a plan with its charges.
		{body: "Tessway Freight took a restructuring charge of $12 million tied to job cuts.",
			want: []string{"restructuring TSWF"}},
		{body: "Brannock Pumps announced a restructuring plan that includes charges of $30 million.",
			want: []string{"restructuring BRNP"}},
	}, typeTickers)
}
