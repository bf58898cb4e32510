package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews30Readings checks every event a sentence of everyday wire copy tells, not only its
// first (news30.go): a rival's news told as a move's cause, a quoted rating, a plural noun of
// purpose, an officer under whom a plan runs and an officer sent on leave.
func TestNews30Readings(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		title, body string
		want        []string // the types of the events the title (or the body's sentence) tells
	}{
		{title: "Kroger shares jump as rival Albertsons files for bankruptcy", want: []string{"price_move"}},
		{title: "Ford shares slide after rival General Motors cuts forecast", want: []string{"price_move"}},
		{title: "Ford slides after rival General Motors cuts forecast", want: []string{"price_move"}},
		{body: "Shares of Lyft rose as much as 9% on Friday, after rival Instacart filed for bankruptcy and agreed to sell itself to a buyout firm.",
			want: []string{"price_move"}},
		// The rival's news as the main clause, the company's own news as the cause, or another's
		// act joined after the rival's, stays.
		{body: "Shares of Kroger fell 3% after rival Albertsons cut prices and Goldman Sachs downgraded the stock.",
			want: []string{"price_move", "analyst"}},
		{title: "Rival Albertsons files for bankruptcy", want: []string{"bankruptcy"}},
		{body: "Shares of Kroger fell 6% after the grocer cut its annual forecast.", want: []string{"price_move", "guidance"}},
		{title: "Nike upgraded to 'buy' at Goldman as shoppers return", want: []string{"analyst"}},
		{title: "Lyft gains 9% after upbeat bookings forecast", want: []string{"price_move", "guidance"}},
		{title: "Netflix jumps on strong subscriber forecast", want: []string{"price_move", "guidance"}},
		{body: "Walmart sold $3 billion of bonds to build a war chest for grocery store purchases.", want: []string{"offering"}},
		{body: "Kroger said it would cut 400 jobs as part of a plan to save money under its new chief executive.", want: []string{"restructuring"}},
		{title: "Boeing puts finance chief on leave pending review", want: []string{"executive"}},
		{body: "Intel said on Tuesday it had placed its chief executive on administrative leave, along with two other officers.", want: []string{"executive"}},
		{body: "Ford placed 1,500 factory workers on unpaid leave while the plant retools.", want: nil},
		{body: "Target is winding down its operations in Mexico.", want: []string{"restructuring"}},
		{body: "Walmart filed for Chapter 7 protection and will wind down its operations.", want: []string{"bankruptcy"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string { return string(e.Type) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// sentenceEvents reads a title (body "") or a body's sentence after a lead without events, as
// the labelled table does, and describes each distinct event the sentence tells, in order.
func sentenceEvents(x *extract.Extractor, title, body string, describe func(extract.Event) string) (sentence string, got []string) {
	a := article(title, "2024-06-12", "Stocks were mixed in morning trading.")
	sentence = title
	if body != "" {
		a = article("Northwind Traders Corp update", "2024-06-12", "Stocks were mixed in morning trading. "+body)
		sentence = body
	}
	for _, e := range x.Extract(a).Events {
		for _, m := range e.Mentions {
			if d := describe(e); m.Sentence == sentence && !slices.Contains(got, d) {
				got = append(got, d)
			}
		}
	}
	return sentence, got
}

// sentenceCase is a sentence (a title when body is empty) and the events it should tell, each as
// describe writes it.
type sentenceCase struct {
	title, body string
	want        []string
}

// checkSentences runs sentenceEvents on each case and reports each sentence whose events differ.
func checkSentences(t *testing.T, x *extract.Extractor, cases []sentenceCase, describe func(extract.Event) string) {
	t.Helper()
	for _, tc := range cases {
		sentence, got := sentenceEvents(x, tc.title, tc.body, describe)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tc.want)
		}
	}
}

// typeTickers describes an event by its type and its tickers: "contract ALK;BA".
func typeTickers(e extract.Event) string {
	return string(e.Type) + " " + strings.Join(e.Tickers, ";")
}

// TestNews30Dates checks the date of each event of a sentence where a clause coordinated with the
// first takes the first's past week or month (tellingDay), and where a future month does not.
func TestNews30Dates(t *testing.T) {
	x := tableExtractor()
	tests := []struct {
		body string
		want map[string]string // type: date
	}{
		{"Kroger last week reported quarterly results that topped estimates but also gave a cautious forecast.",
			map[string]string{"earnings": "2024-W23", "guidance": "2024-W23"}},
		{"Nike in April reported quarterly sales that rose 6%, and raised its outlook for the year.",
			map[string]string{"earnings": "2024-04", "guidance": "2024-04"}},
		// A relative clause about the subject tells its past: its month is not the main clause's
		// (the lead's eleventh round).
		{"Kroger, which raised its dividend in May, reported a drop in quarterly profit.",
			map[string]string{"dividend": "2024-05", "earnings": "2024-06-12"}},
		{"Starbucks, which named a new chief executive last week, posted a quarterly loss.",
			map[string]string{"executive": "2024-W23", "earnings": "2024-06-12"}},
		{"Nike, which named a new chief executive last week, reported a quarterly loss on Monday.",
			map[string]string{"executive": "2024-W23", "earnings": "2024-06-10"}},
	}
	for _, tt := range tests {
		got := bodyDates(x, tt.body)
		for typ, want := range tt.want {
			if got[typ] != want {
				t.Errorf("%q: %s dated %q, want %q", tt.body, typ, got[typ], want)
			}
		}
	}
}

// TestNews30ItRefersBack checks that a sentence opening with "It" stands for the listed company
// that opened the sentence before it in the same paragraph, and for the story's company after a
// paragraph break.
func TestNews30ItRefersBack(t *testing.T) {
	x := tableExtractor()
	const it = "It sold its pharmacy unit to a buyout firm earlier this year."
	tests := []struct {
		body, want string
	}{
		{"Target agreed on Tuesday to buy a regional grocer. Kroger bought a drugstore chain in 2019. " + it, "KR"},
		{"Target agreed on Tuesday to buy a regional grocer. Kroger bought a drugstore chain in 2019.\n\n" + it, "TGT"},
		{"Target agreed on Tuesday to buy a regional grocer. Shares of Kroger fell 2%. " + it, "TGT"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article("Target to buy a regional grocer", "2024-06-12", tt.body)).Events {
			for _, m := range e.Mentions {
				if m.Sentence == it {
					got = e.Tickers
				}
			}
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: the \"It\" sentence's tickers %q, want %q", tt.body, got, tt.want)
		}
	}
}

// bodyDates extracts an article whose second sentence is body, after a lead without events, and
// returns the date of each type of event that sentence tells.
func bodyDates(x *extract.Extractor, body string) map[string]string {
	a := article("Northwind Traders Corp update", "2024-06-12", "Stocks were mixed in morning trading. "+body)
	got := map[string]string{}
	for _, e := range x.Extract(a).Events {
		for _, m := range e.Mentions {
			if m.Sentence == body {
				got[string(e.Type)] = e.Value
			}
		}
	}
	return got
}

// detailCase is a sentence read as the second of an article and its events, each "type status
// tickers date [detail]".
type detailCase struct {
	body string
	want []string
}

func checkDetailed(t *testing.T, tests []detailCase) {
	t.Helper()
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			d := string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
			if e.Detail != "" {
				d += " " + e.Detail
			}
			return d
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
