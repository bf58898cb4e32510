package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A new officer who already acts, as the possessor of the news or the subject of its verb, is no
// change of management (officers.go); one named, hired or sought is.
func TestNewOfficerActing(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title string
		want  []string // "type tickers"
	}{
		{"Lululemon rallies as new CEO's first results calm investors", []string{"price_move LULU", "earnings LULU"}},
		{"Kraft Heinz's new chief executive outlines a leaner strategy", nil},
		{"Walgreens' new CEO says the pharmacy chain must shrink", nil},
		// controls: the change itself
		{"Boeing names new CEO to steady the planemaker", []string{"executive BA"}},
		{"Peloton hires a new chief executive from Apple", []string{"executive PTON"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, "", func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// A date in a relative clause about a person is the person's past, not the event's, whether the
// clause closes with a comma or runs to the sentence's end (officers.go, extract.go dateFor).
func TestPersonAsideDates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers date"
	}{
		{"Kohl's named Michael Bender as chief executive on Thursday, replacing Ashley Buchanan, who was fired in April.",
			[]string{"executive KSS 2024-06-06"}},
		{"Intel last week named Lip-Bu Tan as chief executive, succeeding Pat Gelsinger, who retired in December.",
			[]string{"executive INTC 2024-W23"}},
		{"Nike named Elliott Hill, who left the company in 2020, as chief executive.",
			[]string{"executive NKE 2024-06-12"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
