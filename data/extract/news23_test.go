package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews23Rules checks the classes modern22's long-form business stories revealed, in sentences
// of our own about other companies: a chief chosen "to lead" the company, a successor named with a
// long appositive before "as its next chief executive", a pact a company pays "to join", a suit
// brought "to break up" a company, a Title Case verb before a partner's name, a headline's "in
// debut" after a move, one verb's coordinated
// objects of two kinds, goods that people could buy, and a product's lifetime takings.
func TestNews23Rules(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type:TICKER;TICKER" of each event, in any order
	}{
		// A person chosen to lead the company; a supplier chosen to run its lines is no chief.
		{"Kraft Heinz taps a former PepsiCo executive to lead the food maker", "The board made its choice on Tuesday.",
			[]string{"executive:KHC"}},
		{"Nike picks its finance chief, Matt Friend, to lead it through a slump", "The board made its choice on Tuesday.",
			[]string{"executive:NKE"}},
		{"Apple taps Foxconn to run its assembly lines in India", "The work starts next year.",
			nil},
		// A successor named with a long appositive before the post.
		{"Printer news", "Xerox Holdings named Steven Bandrowczak, a former Avaya executive who ran its operations for two years, as its next chief executive.",
			[]string{"executive:XRX"}},
		// A pact a company pays to join; a show joined is none.
		{"Drug deals", "Pfizer agreed on Monday to pay $300 million to join BioNTech in a cancer vaccine pact.",
			[]string{"partnership:BNTX;PFE"}},
		{"Air shows", "Boeing will join Lockheed Martin at the Paris air show in June.",
			nil},
		// A Title Case verb before a partner's name opens no longer name.
		{"Pfizer Pays $750 Million to Join Moderna in a Vaccine Pact", "The companies announced the deal on Tuesday.",
			[]string{"partnership:MRNA;PFE"}},
		{"Merck Joins Moderna in a Cancer Vaccine Alliance", "The companies announced the deal on Tuesday.",
			[]string{"partnership:MRK;MRNA"}},
		// A suit brought to break up a company is legal news; a company's own break-up is a deal.
		{"FTC sues to break up Meta Platforms", "The agency filed its case in Washington.",
			[]string{"legal:META"}},
		{"Visa news", "The Justice Department sued on Tuesday to break up Visa's debit network.",
			[]string{"legal:V"}},
		{"Honeywell to break up into three companies", "The board approved the plan.",
			[]string{"acquisition:HON"}},
		// "In debut" after a move is a listing; a product's debut week is none.
		{"Roblox shares soar 50% in debut", "The stock opened at $64.50.",
			[]string{"price_move:RBLX", "ipo:RBLX"}},
		{"Games news", "Nintendo's new console sold 3.5 million units in its debut week, the company said.",
			nil},
		// One verb's objects of two kinds tell two events.
		{"Kohl's cuts its dividend and forecast", "The retailer blamed weak demand.",
			[]string{"dividend:KSS", "guidance:KSS"}},
		{"Macy's slashes its forecast and dividend as shoppers pull back", "The retailer blamed weak demand.",
			[]string{"guidance:M", "dividend:M"}},
		// What people could buy is goods; a company that could buy another still deals.
		{"Dollar stores", "In small towns, a Dollar General store is where residents without a car could buy laundry soap and canned soup.",
			nil},
		{"Grocers", "Kroger could buy Albertsons for about $25 billion in cash.",
			[]string{"acquisition:ACI;KR"}},
		// A product's lifetime takings told in a relative clause are no company's results.
		{"Drugs news", "Keytruda, the cancer drug that has earned Merck more than $100 billion, loses patent protection in 2028.",
			nil},
		{"Drugs news", "Merck earned $4.8 billion in the second quarter.",
			[]string{"earnings:MRK"}},
	}
	for _, tt := range tests {
		if got := eventKinds(x, tt.title, "2024-06-12", tt.body); !sameKinds(got, tt.want) {
			t.Errorf("%q / %q: events %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}
