package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews17Rules checks modern17's classes in whole articles about real companies, linked by
// the embedded directory alone: a move told by a multiple, a drug regulator granting approval to
// a product, customers added in a period as results, a labor agreement that is no partnership, a
// closing price that closes nothing, suits piling up behind another event, and a market story's
// entries headed by a company's name and a dash, a cause's effect to come on results, and the
// second verb of a participial clause's infinitive, and initials that do not take a longer name.
func TestNews17Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A multiple is a move's size when the move's circumstance follows it; with an object, a
		// role or a size it is none.
		{"Carvana news", "Carvana more than tripled on Wednesday after it reported a first-quarter profit.",
			[]string{"price_move:CVNA", "earnings:CVNA"}},
		{"Carvana news", "Carvana doubled in early trading on Wednesday.", []string{"price_move:CVNA"}},
		{"Reddit doubles in its first day of trading", "Reddit Inc said little on Thursday.", []string{"ipo:RDDT", "price_move:RDDT"}},
		{"Carvana news", "Carvana doubled in size over five years.", nil},
		{"Carvana news", "Carvana doubles as a lender for many of its buyers.", nil},
		// A drug regulator granting approval to a product; a board granting approval is none.
		{"FDA grants accelerated approval to Amgen lung cancer therapy", "Amgen Inc said it would start selling the therapy next month.",
			[]string{"product:AMGN"}},
		{"Vertex news", "The Food and Drug Administration on Wednesday granted full approval to Vertex Pharmaceuticals' cystic fibrosis pill.",
			[]string{"product:VRTX"}},
		{"Moderna news", "The FDA gave emergency use authorization to Moderna's updated booster on Friday.", []string{"product:MRNA"}},
		{"Amgen news", "The city council granted approval to Amgen's plan for a larger office in Thousand Oaks.", nil},
		// Customers added or lost in a period are a service's results; users added to a pilot are not.
		{"Spotify news", "Spotify Technology added 6 million paying subscribers in the first quarter.", []string{"earnings:SPOT"}},
		{"T-Mobile news", "T-Mobile US lost 40,000 broadband customers during the second quarter, it said.", []string{"earnings:TMUS"}},
		{"Roku news", "Roku added 500 users to a pilot of its new remote in Texas.", nil},
		// An agreement with a labor union is no partnership; a railroad named Union is a partner.
		{"General Motors news", "General Motors reached a tentative agreement with the United Auto Workers union on Monday.", nil},
		{"Kroger news", "Kroger signed a new labor agreement with its warehouse workers in Denver.", nil},
		{"Norfolk Southern news", "Norfolk Southern signed an agreement with Union Pacific on Tuesday to share tracks in Ohio.",
			[]string{"partnership:NSC;UNP"}},
		// A closing price read across a comma is no closure; a plant closed still is one.
		{"Rivian news", "Rivian Automotive shares fell 9% after the company priced the stock well below its closing price, as it works to fund operations.",
			[]string{"price_move:RIVN"}},
		{"Ford news", "Ford said it is closing two plants and its operations in Ohio.", []string{"restructuring:F"}},
		// Suits piling up behind another event are its backdrop; a suit filed beside a move is news.
		{"3M news", "3M shares fell 4% as earplug lawsuits mounted.", []string{"price_move:MMM"}},
		{"Johnson & Johnson news", "Johnson & Johnson's talc unit filed for bankruptcy amid mounting lawsuits over its baby powder.",
			[]string{"bankruptcy:JNJ"}},
		{"3M news", "3M shares fell 4% as the Justice Department sued the company over its earplugs.",
			[]string{"price_move:MMM", "legal:MMM"}},
		// A market story's entry headed by a name and a dash: the name is the company (an
		// ordinary word too) and a description of it may be the move's subject.
		{"Stocks making the biggest moves midday", "Oracle - Shares jumped 11% after the database company's results.",
			[]string{"price_move:ORCL"}},
		{"Stocks making the biggest moves midday", "Target — The discount retailer's stock fell 4% on the day.",
			[]string{"price_move:TGT"}},
		{"Stocks making the biggest moves midday", "Chewy - The online pet supplies retailer surged 9% in premarket trading.",
			[]string{"price_move:CHWY"}},
		{"Fruit prices", "Apple - a fruit grown in 32 states - costs more this season.", nil},
		{"Chewy news", "Chewy - The online pet supplies retailer rose to fame during the pandemic.", nil},
		// A cause's effect to come on the results, sized after "by", is the company's outlook;
		// the effect told of a past quarter is results.
		{"Ford news", "Ford said the strike will cut its quarterly earnings by 10 cents a share.", []string{"guidance:F"}},
		{"Ford news", "Ford said tariffs cut its operating profit by $800 million in the quarter.", []string{"earnings:F"}},
		// A participial clause's infinitive comments on the event before it, its second verb
		// after "and" too; a clause with its own verb after the comma and "and" is news.
		{"Spirit Airlines news", "Spirit Airlines filed for bankruptcy on Monday, seeking to cut its debt and resolve lawsuits over its engines.",
			[]string{"bankruptcy:SAVE"}},
		{"Ford news", "Ford cut its forecast, hoping to calm investors and win back dealers, and sued its supplier.",
			[]string{"guidance:F", "legal:F"}},
		// Initials learned from the full name do not take a longer listed name that begins with
		// them; alone they stay the company's.
		{"Company news", "General Electric sold its stake in a lighting venture. GE HealthCare shares rose 3% on Wednesday.",
			[]string{"acquisition:GE", "price_move:GEHC"}},
		{"Company news", "General Electric sold its stake in a lighting venture. GE shares rose 3% on Wednesday.",
			[]string{"acquisition:GE", "price_move:GE"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
