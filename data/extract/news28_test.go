package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews28Owners checks that a brand named with "'s owner" or "'s parent" in a feature's title
// takes no part in the news: the owner does, whom the lead names. Titles of our own about brands
// that were listed companies once (so the directory knows them), dated while it did.
func TestNews28Owners(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		{"Kate Spade's Owner Takes a Saw to Its Costs", "Tapestry said on Tuesday that it would cut 500 jobs.",
			[]string{"restructuring:TPR"}},
		{"Michael Kors's Parent Braces for a Leaner Year", "Capri Holdings lowered its forecast for annual sales on Tuesday.",
			[]string{"guidance:CPRI"}},
		{"Coach's Owner Hands the Keys to a Lifer", "Tapestry named its finance chief as chief executive on Monday.",
			[]string{"executive:TPR"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2023-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews28OwnerIsTheStory checks that a title naming the story's company only as a brand's
// owner tells its news of that company, as "the owner" would: the lead names it.
func TestNews28OwnerIsTheStory(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Coach's Owner Goes Shopping in Milan", "A quiet street in Milan.\n\nTapestry Inc. agreed on Monday to buy a small Italian shoemaker for $200 million.",
			[]string{"acquisition:TPR"}},
		{"Kate Spade's Owner Thins Its Ranks", "A quiet street in Manhattan.\n\nTapestry Inc. said on Monday that it would cut 300 office jobs.",
			[]string{"restructuring:TPR"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2023-06-12", tt.body)).Events {
			if e.Mentions[0].Start < 0 {
				got = append(got, string(e.Type)+":"+sortedTickers(e))
			}
		}
		if !sameKinds(got, tt.want) {
			t.Errorf("%q: title events %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestNews28TwoWordHead checks that the first two words of a company's full name stand for it in
// the title when its first word is an ordinary one, so that a Title Case verb after them is no
// part of an unknown name ("Advance Auto Pulls" is no company).
func TestNews28TwoWordHead(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"Advance Auto Pulls Up a Chair for an Insider", "A cold morning in Raleigh.\n\nAdvance Auto Parts Inc. named its finance chief as chief executive on Monday.",
			[]string{"executive:AAP"}},
		{"Mister Car Wash Pulls Up a Chair for an Insider", "A cold morning in Denver.\n\nMister Car Wash Inc. named its finance chief as chief executive on Monday.",
			[]string{"executive:MCW"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-12-12", tt.body)).Events {
			if e.Mentions[0].Start < 0 {
				got = append(got, string(e.Type)+":"+sortedTickers(e))
			}
		}
		if !sameKinds(got, tt.want) {
			t.Errorf("%q: title events %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestNews28RatedByMetaphor checks that a feature title's rating that names the stock by a
// metaphor rates the story's company, and that "Wall Street" opening a title is no company.
func TestNews28RatedByMetaphor(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string
	}{
		{"A Longtime Bull Sours on the Sneaker King", "Running shoes are everywhere.\n\nAnalysts at a regional brokerage downgraded Nike Inc. to neutral on Tuesday.",
			[]string{"analyst:NKE"}},
		{"Wall Street Falls Out of Love With the Coffee Giant", "Lattes cost more than ever.\n\nAnalysts at a regional brokerage downgraded Starbucks Corp. to sell on Tuesday.",
			[]string{"analyst:SBUX"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2024-06-12", tt.body)).Events {
			if e.Mentions[0].Start < 0 {
				got = append(got, string(e.Type)+":"+sortedTickers(e))
			}
		}
		if !sameKinds(got, tt.want) {
			t.Errorf("%q: title events %v, want %v", tt.title, got, tt.want)
		}
	}
}
