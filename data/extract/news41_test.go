package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews41Readings checks every event a sentence tells, with its tickers (news41.go): talks to
// combine, comparable sales told in full, an authority's ruling, results of companies a semicolon
// strings together, a film's takings under its quoted title, a day another happening marks, and a
// date before a company's name.
func TestNews41Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers" of each event the sentence tells
	}{
		// Two companies in talks to combine are a deal in talks.
		{"Hasbro and Mattel said on Tuesday that they are in talks to combine.",
			[]string{"acquisition HAS;MAT"}},
		// Comparable sales told in full are results when a period of results is named; a
		// retailer's month stays none.
		{"Darden said on Thursday that sales at Olive Garden restaurants open at least a year rose 3% in its fiscal first quarter.",
			[]string{"earnings DRI"}},
		{"Macy's said sales at stores open at least a year fell 2% in March.",
			nil},
		// An authority that rules tells legal news; a company ruling something out does not.
		{"The Securities and Exchange Commission ruled on Friday that Coinbase misled its customers.",
			[]string{"legal COIN"}},
		{"Boeing ruled out a sale of its defense unit on Friday.",
			[]string{"acquisition BA"}},
		// Each company's results after a semicolon are news of their own; the same company's
		// stay one event.
		{"Nike's revenue rose 8% in the quarter; Lululemon's sales rose 10%.",
			[]string{"earnings NKE", "earnings LULU"}},
		{"Nike's revenue rose 8% in the quarter; its profit rose 5%.",
			[]string{"earnings NKE"}},
		// So is a clause ", and" opens with a company of its own; one deal's second verb is not.
		{"Hasbro agreed on Thursday to buy a game studio, and on Friday Mattel agreed to buy a toy maker.",
			[]string{"acquisition HAS", "acquisition MAT"}},
		{"Hasbro agreed on Thursday to buy Mattel, and it will merge Mattel with its toy unit.",
			[]string{"acquisition HAS;MAT"}},
		// A quoted title is a work, not the company that shares its name.
		{`Matt Johnson's "BlackBerry" earned about $3 million in theaters.`,
			nil},
		{"BlackBerry earned $20 million in the quarter, the company said on Tuesday.",
			[]string{"earnings BB"}},
		// A day another happening marks, with no day of the sentence's own, is the past.
		{"The day its listing was priced, Uber agreed to buy a food delivery startup.",
			nil},
		{"Macy's shares fell 11% on the day the deal was announced.",
			nil},
		{"Macy's shares fell 11% on Tuesday, the day the deal was announced.",
			[]string{"price_move M"}},
		// A weekday or a month after a preposition dates the sentence; it begins no name.
		{"On Tuesday Wendy's cut its sales forecast.",
			[]string{"guidance WEN"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// TestNews41Parts checks the subject of a semicolon's part whose company an appositive sets off
// (sincePart): the part's own company, not the sentence's first.
func TestNews41Parts(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{body: "Nike's revenue rose 8%; Under Armour, the maker of Curry shoes, reported a quarterly profit that fell by a third.",
			want: []string{"earnings NKE", "earnings UA"}},
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
