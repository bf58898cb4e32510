package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews42Readings checks every event a sentence tells, with its tickers (news42.go).
func TestNews42Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Orders that fade are demand, no contract won.
		{body: "Paccar said on Monday it would eliminate about 600 jobs, as orders for its heavy-duty trucks weaken.",
			want: []string{"restructuring PCAR"}},
		{body: "Whirlpool said on Thursday it would close a factory in Ohio, as orders for washing machines from retailers weaken.",
			want: []string{"restructuring WHR"}},
		{body: "Terex said on Monday it would trim output, as orders for aerial work platforms continue to fall.",
			want: nil},
		{body: "Boeing said orders from Chinese airlines had slowed sharply.",
			want: nil},
		// Orders won stay contracts.
		{body: "Boeing won orders for 40 jets from United Airlines.",
			want: []string{"contract BA;UAL"}},
		{body: "Lockheed Martin received an order for 12 fighter jets from Poland.",
			want: []string{"contract LMT"}},
		{body: "Airbus said orders from Delta Air Lines for 20 jets would be delivered from 2027.",
			want: []string{"contract DAL"}},
		// A manager who joined from another company: a career, no partnership.
		{body: "Sarah Lin, who joined from Mondelez last year, becomes finance chief.",
			want: nil},
		{body: "Tom Reyes joined from PepsiCo in 2019 and has run its snacks unit since.",
			want: nil},
		// A company joining a venture stays a partnership.
		{body: "Ford joined forces with SK Innovation to build battery plants.",
			want: []string{"partnership F"}},
		// A move over a leader's tenure is no session's move.
		{body: "Under Nooyi, PepsiCo bought several snack brands and its shares rose about 80%.",
			want: []string{"acquisition PEP"}},
		{body: "Under its founder, Chipotle's stock tripled over a decade.",
			want: nil},
		// A day's move after an opening "Under ..." that names no tenure stays a move.
		{body: "Under the deal, Kellanova shares jumped 10% on Wednesday.",
			want: []string{"price_move K"}},
		{body: "Shares of Hormel rose 4% on Tuesday.",
			want: []string{"price_move HRL"}},
		// A buyer's record of many purchases, told in the perfect, is no deal.
		{body: "Nucor has bought a string of smaller steel producers over the past decade.",
			want: nil},
		{body: "Ecolab has acquired dozens of small cleaning companies.",
			want: nil},
		{body: "Roper Technologies has bought a series of software makers.",
			want: nil},
		// One purchase in the perfect, or many on a day, stays a deal.
		{body: "Roper Technologies has bought software maker Procare for $1.9 billion.",
			want: []string{"acquisition ROP"}},
		{body: "Waste Management bought several landfills from Republic Services on Monday.",
			want: []string{"acquisition WM;RSG"}},
		// The Nasdaq index moving in a story of the market is no move of Nasdaq Inc.
		{title: "Stocks slide as bond yields jump; Nasdaq drops 2%",
			want: nil},
		{title: "Wall Street rallies as oil slides, Nasdaq gains 1.8%",
			want: nil},
		{body: "The S&P 500 rose 0.5% and Nasdaq climbed 0.9% as Treasury yields eased.",
			want: nil},
		// The exchange operator's own move stays its own.
		{title: "Nasdaq shares fall 4% on heavy volume",
			want: []string{"price_move NDAQ"}},
		{title: "Nasdaq falls 5% after cutting its revenue forecast",
			want: []string{"price_move NDAQ", "guidance NDAQ"}},
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

// TestNews42Explainer checks that a feature titled "How ..." that tells no event in its title
// keeps only the body's events dated by a date of their own (news42.go).
func TestNews42Explainer(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	body := "Hasbro closed its toy stores in several countries and cut hundreds of jobs. " +
		"Hasbro bought Entertainment One in 2019."
	tests := []struct {
		title string
		want  []string // "type date" of each event
	}{
		{"How Hasbro turned its board games into a film business",
			[]string{"acquisition 2019"}},
		// A title that tells an event keeps the body's.
		{"How Hasbro's plan to cut 1,100 jobs will reshape its toy unit",
			[]string{"restructuring 2024-06-12", "acquisition 2019"}},
		// Another title is no explainer.
		{"Hasbro's long road back",
			[]string{"restructuring 2024-06-12", "acquisition 2019"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-06-12", body)).Events {
			got = append(got, string(e.Type)+" "+e.Period.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.title, got, tt.want)
		}
	}
}
