package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews22Rules checks feed4's classes in whole feed items about real companies, linked by the
// embedded directory alone: a span that starts at a listing, the FDA's complete response letter,
// a signed move after a company's name, a rival's product set against one, the last word of a
// firm's name written with "&", and a short head that spells the company's ticker.
func TestNews22Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A span measured from a listing tells no listing.
		{"3 growth stocks to hold for a decade", "Snowflake Inc. (NYSE: SNOW) has added more than 9,000 customers since going public in 2020.",
			nil},
		{"Dividend picks", "Realty Income (NYSE: O) has lifted its payout 120 times since its IPO in 1994.",
			nil},
		// The FDA's complete response letter is its decision on the product.
		{"Biogen receives complete response letter for ALS drug", "The agency asked for another trial.",
			[]string{"product:BIIB"}},
		{"Drug news", "Vertex Pharmaceuticals said the FDA issued a complete response letter for its pain drug, citing a plant inspection.",
			[]string{"product:VRTX"}},
		// A signed percentage right after a company's name is a feed title's move; after a
		// measure it is a change of the measure.
		{"Etsy names new chief executive; Etsy +7%", "The board picked an outsider.",
			[]string{"executive:ETSY", "price_move:ETSY"}},
		{"Nike Q4 revenue -2%, EPS of $0.99 beats by $0.15", "The quarter ended May 31.",
			[]string{"earnings:NKE"}},
		// The last word of a firm's name written with "&" is no company of that name.
		{"Autodesk news", "Autodesk agreed to be taken private by Hellman & Friedman for $30 billion in cash.",
			[]string{"acquisition:ADSK"}},
		// A rival's product a product is set against is no party's; a company on the other side
		// of a fight, without its product, still is.
		{"Drugs news", "The FDA cleared Amgen's migraine drug, setting up a battle with Pfizer's rival treatment.",
			[]string{"product:AMGN"}},
		{"Drugs news", "Moderna sued Pfizer over its vaccine patents, widening its legal fight with Pfizer.",
			[]string{"legal:MRNA;PFE"}},
		// "and" between two companies is no firm's "&": both are named.
		{"Toys news", "Hasbro Inc and Mattel Inc agreed to form a joint venture for board games.",
			[]string{"partnership:HAS;MAT"}},
		// A head of three letters that spells the company's ticker stands for it in the title.
		{"Arm shares slide 5% as revenue forecast disappoints", "Arm Holdings (NASDAQ: ARM) forecast quarterly revenue below estimates on Wednesday.",
			[]string{"price_move:ARM", "guidance:ARM"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
