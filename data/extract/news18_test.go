package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews18Rules checks modern18's classes in whole articles about real companies, linked by
// the embedded directory alone: a press release's name that is an ordinary word before its
// ticker, and names written with accents or with a space for the listing's hyphen.
func TestNews18Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// An ordinary word before "(Exchange: TICKER)" that begins the ticker's company's name is
		// that company; one that does not is a word of the sentence.
		{"Press release", "Snap (NYSE: SNAP) today announced a $500 million share repurchase program.", []string{"buyback:SNAP"}},
		{"Press release", "Chewy (NYSE: CHWY) today announced the pricing of a secondary offering of 25 million shares.",
			[]string{"offering:CHWY"}},
		{"Cruise news", "Carnival (NYSE: CCL) today announced that it priced an offering of $1 billion of senior notes.",
			[]string{"offering:CCL"}},
		{"Insurer news", "Investors (NYSE: PGR) pushed the stock up 3% on Wednesday.", nil},
		// Accents fold to the letters the listings write.
		{"Oil news", "Petróleo Brasileiro said it would raise its quarterly dividend.", []string{"dividend:PBR"}},
		{"Lithium news", "Sociedad Química y Minera agreed to buy a lithium project in Australia.", []string{"acquisition:SQM"}},
		// A listing's hyphen written as a space.
		{"Grain news", "Archer Daniels Midland cut its annual profit forecast on Wednesday.", []string{"guidance:ADM"}},
		{"Motorcycle news", "Harley Davidson recalled 65,000 motorcycles over a brake problem.", []string{"product:HOG"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
