package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews37Readings checks every event a sentence tells, with its tickers (news37.go): a peg
// of weeks before a main clause with no event, analysts told, works upgraded, the first day of
// trading as a mark, a company buying itself, a comparison's results, a company introduced, what
// has since followed and a course of years.
func TestNews37Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// A span of weeks opening the sentence measures from the piece's news.
		{body: "Three weeks after Hasbro agreed to buy a video game studio, its investors are still asking why.",
			want: []string{"acquisition HAS"}},
		{body: "A week after Hasbro agreed to buy a video game studio, its investors are still asking why.",
			want: []string{"acquisition HAS"}},
		// Years, a span after the main clause, and a main clause of its own keep the span a past.
		{body: "Five years after Hasbro bought a video game studio, its investors are still asking why.",
			want: nil},
		{body: "Two weeks after Hasbro agreed to buy a video game studio, it named a new chief executive.",
			want: []string{"executive HAS"}},
		// Analysts told something are the company's audience; upgrades of a thing are works.
		{body: "Zoom shares fell 9% on Tuesday after the company told analysts that a cycle of laptop upgrades was over.",
			want: []string{"price_move ZM"}},
		{body: "Jefferies upgraded Zoom to buy on Tuesday, telling clients that growth would return.",
			want: []string{"analyst ZM"}},
		{body: "A wave of analyst downgrades hit Intel on Tuesday.",
			want: []string{"analyst INTC"}},
		// The first day of trading as a price's mark is no listing.
		{body: "Lyft's shares are still 60% below their price on the first day of trading.",
			want: nil},
		// A company buying itself buys back its shares.
		{title: "Kroger Keeps Buying Itself",
			want: []string{"buyback KR"}},
		// Results in a comparison's clause are its term.
		{body: "The award is more than Peloton earned in any year since it listed.",
			want: nil},
		{body: "Peloton earned $12 million in the quarter, the company said.",
			want: []string{"earnings PTON"}},
		// A company introduced is no product.
		{body: "Nike is no longer the company that the 1980 listing introduced.",
			want: nil},
		{body: "Nike introduced a running shoe on Tuesday.",
			want: []string{"product NKE"}},
		// What has since followed is no news of the day, and a course of years none either.
		{body: "Hasbro has since agreed to sell its film studio to a private buyer.",
			want: nil},
		{body: "Hasbro has agreed to sell its film studio to a private buyer.",
			want: []string{"acquisition HAS"}},
		{body: "SoftBank has been selling down its T-Mobile stake for years.",
			want: nil},
		// A move in the perfect since a past mark is a course; the day's move stays.
		{body: "Etsy's shares have fallen about 40% since their 2021 peak.",
			want: nil},
		{body: "Etsy moved its listing to New York in 2019, and its shares have more than tripled since.",
			want: nil},
		{body: "Etsy's shares fell 4% on Tuesday after the report.",
			want: []string{"price_move ETSY"}},
		// Upgrades of a thing are works.
		{body: "Cisco said on Tuesday that a cycle of router upgrades was only half done.",
			want: nil},
		// A main clause that refers back to the peg tells no news of its own.
		{body: "Three weeks after Hasbro agreed to buy a video game studio, it is still explaining the deal to investors.",
			want: []string{"acquisition HAS"}},
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

// TestNews37Articles checks the events of an article whose title names its company: what has
// since followed, and the fate of a plan told in the pluperfect, are the story's past.
func TestNews37Articles(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of the body's events
	}{
		{"Ten Years On, Intel Is a Different Company",
			"By the end of that year Intel had abandoned the plan to spin off its foundry business.", nil},
		{"Ten Years On, Intel Is a Different Company",
			"Intel has since agreed to sell its stake in the venture to a fund.", nil},
		// The "it" of a fronted clause is the company named after it.
		{"Hasbro's Game Bet Still Puzzles Investors",
			"Three weeks after it agreed to buy a video game studio, Hasbro is still explaining the deal.", []string{"acquisition HAS"}},
		{"Hasbro's Game Bet Still Puzzles Investors",
			"When it halved its quarterly dividend last month, Hasbro lost many of its income investors.", []string{"dividend HAS"}},
		// Controls: the plan dropped on the day, and the perfect without "since".
		{"Ten Years On, Intel Is a Different Company",
			"Intel on Tuesday dropped its plan to sell the unit.", []string{"acquisition INTC"}},
		{"Ten Years On, Intel Is a Different Company",
			"Intel has agreed to sell its stake in the venture to a fund.", []string{"acquisition INTC"}},
		{"Intel Says It Has No Plans to Sell Bonds",
			"Intel said it had no plans to issue bonds convertible into its shares.", []string{"offering INTC"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-06-12", tt.body)).Events {
			for _, m := range e.Mentions {
				if d := string(e.Type) + " " + strings.Join(e.Tickers, ";"); m.Sentence == tt.body && !slices.Contains(got, d) {
					got = append(got, d)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}
