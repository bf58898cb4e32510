package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews38Readings checks every event a sentence tells, with its tickers (news38.go).
func TestNews38Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Goods sold at stores: where shoppers found them, no deal.
		{body: "The heaters were sold at Home Depot and Lowe's stores nationwide from 2021 to 2023.",
			want: nil},
		{body: "The toys, sold at Kohl's, Target and Walmart for about $20, can break into small pieces.",
			want: nil},
		{body: "The chargers were sold through Best Buy and Amazon for $30 to $50.",
			want: nil},
		// A business sold to a buyer stays a deal.
		{body: "Kellogg sold its cereal unit to Post Holdings.",
			want: []string{"acquisition K;POST"}},
		// Investors who bought a company's stock in a class period: trading, no deal.
		{body: "The suit seeks damages for investors who bought Hasbro shares between May 2021 and March 2023.",
			want: nil},
		{body: "The complaint was filed on behalf of shareholders who purchased Fastly stock in the period.",
			want: nil},
		// A group of investors buying a company is a deal.
		{body: "A group of investors bought Papa John's for $2 billion.",
			want: []string{"acquisition PZZA"}},
		// Orders a cause hit are demand, no contract won.
		{body: "The fire delayed orders from airlines including Delta Air Lines.",
			want: nil},
		{body: "Tariffs hurt orders from retailers such as Target and Walmart.",
			want: nil},
		{body: "Boeing won orders from Delta Air Lines for 50 jets.",
			want: []string{"contract BA;DAL"}},
		// A stake cut told as a comment on an offering is the offering's.
		{body: "Chewy said BC Partners would sell 20 million shares in a secondary offering, further cutting its stake in the retailer.",
			want: []string{"offering CHWY"}},
		{body: "Chewy said funds managed by BC Partners would sell 20 million of the company's shares in an underwritten secondary offering, further cutting the private equity firm's stake in the pet retailer.",
			want: []string{"offering CHWY"}},
		{body: "BC Partners cut its stake in Chewy to 50%.",
			want: []string{"acquisition CHWY"}},
		// A plan's contents told as what money pays for are the plan's, older news.
		{body: "Kohl's cut its dividend to help fund a turnaround plan that includes closing 27 stores.",
			want: []string{"dividend KSS"}},
		{body: "Macy's will suspend its dividend, using the money to finance a strategy that includes renovating stores and shutting 150 locations.",
			want: []string{"dividend M"}},
		{body: "Kohl's said it would use the savings to pay for an overhaul that includes closing 27 stores.",
			want: nil},
		{body: "Kohl's unveiled a turnaround plan that includes closing 27 stores.",
			want: []string{"restructuring KSS"}},
		{body: "Kohl's said it would close 27 stores to fund its turnaround.",
			want: []string{"restructuring KSS"}},
		// The travel manager that trades under American Express's name is its own listing.
		{body: "Amex GBT agreed to buy CWT for $570 million.",
			want: []string{"acquisition GBTG"}},
		{body: "American Express Global Business Travel agreed to buy CWT for $570 million.",
			want: []string{"acquisition GBTG"}},
		{body: "Amex agreed to buy a stake in a payments startup.",
			want: []string{"acquisition AXP"}},
		// Possible uses of money raised: no buyback or deal told.
		{body: "Lumentum said it would sell $800 million of convertible notes and use the money for general corporate purposes, which could include repurchases of its shares.",
			want: []string{"offering LITE"}},
		{body: "Etsy will use the proceeds for general corporate purposes, including possible acquisitions and share repurchases.",
			want: nil},
		{body: "Etsy said it would repurchase $500 million of its shares.",
			want: []string{"buyback ETSY"}},
		// A secondary offering by a holder is the issuer's offering.
		{body: "Chewy said funds managed by Clayton, Dubilier & Rice would sell 20 million of the company's shares in an underwritten secondary offering.",
			want: []string{"offering CHWY"}},
		{body: "Chewy said funds managed by BC Partners would sell 20 million of the company's shares in an underwritten secondary offering.",
			want: []string{"offering CHWY"}},
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

// TestNews38Dates checks that a year naming debt by when it falls due ("its 2027 notes") does
// not date the event that refinances it.
func TestNews38Dates(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body string
		want map[string]string // type: date
	}{
		{"Carnival sold $1 billion of bonds to repay its 2026 notes.", map[string]string{"offering": "2024-06-12"}},
		{"Hertz priced $750 million of senior notes to refinance 2025 debt.", map[string]string{"offering": "2024-06-12"}},
		{"Hertz priced $750 million of notes to refinance its 2025 secured notes.", map[string]string{"offering": "2024-06-12"}},
		// A sum paid to settle is the settlement, dated by its year; a payout paid on a day is not.
		{"Goldman Sachs paid $4 million in 2022 to settle similar charges.", map[string]string{"legal": "2022"}},
		{"Morgan Stanley paid $35 million in 2022 to resolve SEC claims over data security.", map[string]string{"legal": "2022"}},
		// A year before an event noun dates the event.
		{"Ford completed its 2023 notes offering.", map[string]string{"offering": "2023"}},
		{"Carnival sold $1 billion of bonds in 2023.", map[string]string{"offering": "2023"}},
	}
	for _, tt := range tests {
		got := bodyDates(x, tt.body)
		for typ, want := range tt.want {
			if got[typ] != want {
				t.Errorf("%q: %s dated %q, want %q (all: %v)", tt.body, typ, got[typ], want, got)
			}
		}
	}
}
