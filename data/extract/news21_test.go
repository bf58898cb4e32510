package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews21Rules checks modern21's classes in whole articles about real companies, linked by the
// embedded directory alone: an "offering" that gives users features, a passive rating cut, a
// contract that runs out, a rival's deal that a bid challenges, a supplier's customers, cuts that
// a span of years sums up, the maker of a product copied, and a broker's reason.
func TestNews21Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A participle "offering" with what a product gives its users is no share sale; with
		// shares after it, or as the noun of a sale, it still is.
		{"Wearables news", "Garmin unveiled a hiking watch priced at $449 and offering a solar battery and offline maps.",
			[]string{"product:GRMN"}},
		{"Phones news", "T-Mobile launched a cheaper phone offering satellite texting in rural areas.", []string{"product:TMUS"}},
		{"Snap sells stock", "Snap raised $1 billion on Tuesday, offering 40 million new shares to investors.",
			[]string{"offering:SNAP"}},
		// A rating cut told as a passive rates the company before the verb; the broker after "at"
		// is the source and a company after "as" the cause.
		{"Chipotle downgraded to underweight at Barclays as McDonald's gains share", "The note came on Monday.",
			[]string{"analyst:CMG"}},
		// A customer's contract running out is the broker's reason, no contract won.
		{"Etsy cut to neutral at Baird as its Amazon contract nears end", "The note came on Monday.",
			[]string{"analyst:ETSY"}},
		// A bid that challenges or tops a rival's deal leaves the rival out; a supplier's
		// customers after "to" are no parties to its purchase.
		{"Honeywell makes $9 billion offer for Rockwell Automation, challenging Emerson deal", "Talks continue.",
			[]string{"acquisition:HON;ROK"}},
		{"Engines news", "Parker-Hannifin agreed to buy Woodward, creating one of the largest suppliers of engine controls, valves and pumps to Boeing and Airbus.",
			[]string{"acquisition:PH;WWD"}},
		// Store closures that a span of years sums up are the bankruptcy's history; closures
		// announced are still cuts.
		{"Retail news", "Kohl's filed for Chapter 11 protection after a decade of layoffs and store closures.",
			[]string{"bankruptcy:KSS"}},
		{"Retail news", "Macy's said it would close 150 stores after two years of falling sales.", []string{"restructuring:M"}},
		// The maker of a product copied is no party to the copy's news, and a company in a
		// broker's reason after "saying" or "citing" none to its rating.
		{"Amgen, Coherus team up on Humira copy", "The companies will jointly develop a biosimilar version of AbbVie's Humira.",
			[]string{"partnership:AMGN;CHRS"}},
		{"Drugs news", "Teva launched a generic version of Pfizer's Viagra on Monday.", []string{"product:TEVA"}},
		{"Etsy news", "Citi downgraded Etsy to neutral on Tuesday, saying its biggest partner, Shopify, was winning sellers.",
			[]string{"analyst:ETSY"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
