package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews49Readings checks every event a body sentence tells, with its tickers and companies
// (news49.go).
func TestNews49Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want []string // "type tickers companies" of each event the sentence tells
	}{
		// A drug regulator with a day between it and its verb approves a product, as it does
		// right before the verb.
		{"The FDA on Tuesday approved Amgen's Repatha for children.",
			[]string{"product AMGN Amgen"}},
		{"The FDA on Monday approved Madrigal Pharmaceuticals' Rezdiffra to treat liver scarring.",
			[]string{"product MDGL Madrigal Pharmaceuticals"}},
		{"The Food and Drug Administration late Friday cleared Insulet's new insulin pump.",
			[]string{"product PODD Insulet"}},
		{"The board on Tuesday approved Kroger's new store plan.",
			nil},
		// A happening named as the yardstick of a comparison is told at no day of its own.
		{"The app is faster than it was at the launch, and cheaper than what Apple charges.",
			nil},
		{"Apple launched its new headset on Tuesday, earlier than it had planned.",
			[]string{"product AAPL Apple"}},
		// A company taking another's place as a supplier changes no officer.
		{"Under the deal, Samsung replaces Intel as the main chip supplier for the servers.",
			nil},
		{"Under the deal, Jane Doe replaces John Smith as chief executive of Target.",
			[]string{"executive TGT Target"}},
		// A deal an unnamed rival does, watched by the sentence's company, is none of its.
		{"Walgreens has spent years on the stores, and it has just watched a rival buy the chain.",
			nil},
		// An undated span of years recalls the past; a counted one dates it.
		{"Merck bought the site from Bayer years ago.",
			nil},
		// "Labs" is how news writes a listed "Laboratories".
		{"Charles River Labs shares rose 3% on Tuesday.",
			[]string{"price_move CRL Charles River Laboratories International"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, "", tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + strings.Join(e.Companies, ";")
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}

// TestNews49Dates checks the dates of a happening measured back from the day, after "over", "more
// than" or the name of whom it came from, and of a change bounded by "more than" on a weekday
// (news49.go), and of the comparisons they stay apart from.
func TestNews49Dates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want map[string]string // type: date
	}{
		{"Pfizer bought the plant from Novartis two years ago.",
			map[string]string{"acquisition": "2022"}},
		{"Honeywell bought the unit from Siemens a year ago.",
			map[string]string{"acquisition": "2023"}},
		{"Intel's purchase of Tower Semiconductor, announced over a year ago, has not closed yet.",
			map[string]string{"acquisition": "2023"}},
		// A weekday after "more than" and a figure or a multiple is the change's own session.
		{"Shares of Reddit more than doubled on Tuesday.",
			map[string]string{"price_move": "2024-06-11"}},
		{"Shares of Intel rose more than 5% on Tuesday.",
			map[string]string{"price_move": "2024-06-11"}},
		{"Nike's sales rose 5% over a year ago.",
			map[string]string{"earnings": "2024-06-12"}},
		{"Nike's revenue rose to $13 billion from $12 billion a year earlier.",
			map[string]string{"earnings": "2024-06-12"}},
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
