package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews44Readings checks every event a sentence tells, with its tickers (news44.go).
func TestNews44Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// A deal verb inside what a settlement or a probe is about is the conduct at issue.
		{body: "Citigroup has agreed to pay $80 million to settle investigations into how it sold loans to small businesses.",
			want: []string{"legal C"}},
		{body: "Wells Fargo agreed on Tuesday to pay $45 million to resolve claims that it bought customer data from brokers.",
			want: []string{"legal WFC"}},
		// A purchase with no quarrel stays a deal.
		{body: "Bank of America faces allegations that it sold overdraft services to small businesses without consent.",
			want: nil},
		{body: "Home Depot agreed to pay $3.2 billion for a stake in a lumber distributor.",
			want: []string{"acquisition HD"}},
		{body: "Target said on Tuesday that it bought a regional grocery chain.",
			want: []string{"acquisition TGT"}},
		// A wrap's mover told by a participle after "with" moves; its cause is read as before.
		{body: "U.S. stocks closed lower on Tuesday, with Nike falling 6% after a weak quarterly forecast.",
			want: []string{"price_move NKE", "guidance NKE"}},
		{body: "Retail shares were mixed, with Target sliding 4%.",
			want: []string{"price_move TGT"}},
		// Each mover of the list is a move of its own; a second move of one stock is none.
		{body: "Stocks fell, with Nike falling 6%, Starbucks sliding 4% and Boeing rising 3%.",
			want: []string{"price_move NKE", "price_move SBUX", "price_move BA"}},
		{body: "Stocks fell, with Intel and AMD falling 3%.",
			want: []string{"price_move AMD;INTC"}},
		{body: "Nike shares rose 5% in early trading, then fell.",
			want: []string{"price_move NKE"}},
		// A wrap's title names its movers by bare verbs at its clauses' ends.
		{title: "Stocks rise as Boeing rallies; Nike slips",
			want: []string{"price_move BA", "price_move NKE"}},
		{title: "Stock market today: Nasdaq falls; Intel slumps",
			want: []string{"price_move INTC"}},
		// Outside a wrap a bare verb is no move, nor is the Dow average a company.
		{title: "Intel slumps",
			want: nil},
		{title: "Stocks rise; Dow gains",
			want: nil},
		// A participle with no stock before it, or no size after it, moves nothing.
		{body: "Home Depot reported quarterly results on Tuesday, with same-store sales falling 3%.",
			want: []string{"earnings HD"}},
		// A toned quarter's forecast is the company's outlook.
		{body: "Oracle shares fell 5% on Tuesday after a disappointing first-quarter forecast.",
			want: []string{"price_move ORCL", "guidance ORCL"}},
		// A move in the perfect over months or years is a course; over a few sessions it is the
		// recent move.
		{body: "Shares of Intel have more than doubled over the past 12 months, and the company passed AMD this week.",
			want: nil},
		{body: "Caterpillar shares have gained 80% over the past two years.",
			want: nil},
		{body: "Shares of Intel fell 4% on Tuesday and have fallen 40% in the past two years.",
			want: []string{"price_move INTC"}},
		// A payout in the present with its period is a standing dividend; a payout raised stays.
		{body: "Lowe's, for instance, pays $1.15 a share every quarter, so its stock would open lower by about that much.",
			want: nil},
		{body: "Walmart raised its dividend on Tuesday and now pays 24 cents a share each quarter.",
			want: []string{"dividend WMT"}},
		// A sentence opened by a span and told in the perfect is a record; "For the first time"
		// is no span.
		{body: "For five years, Apple and Oracle have handed shareholders record sums through share repurchases.",
			want: nil},
		{body: "Since 2020, Costco has bought back $4 billion of its stock.",
			want: nil},
		{body: "For the first time, Caterpillar has raised its dividend by 10%.",
			want: []string{"dividend CAT"}},
		// A plan the company "has said" it will carry out is told before; one said on a day stays.
		{body: "Chevron has said it will buy back about $15 billion of stock a year through 2027.",
			want: nil},
		{body: "Intel said on Tuesday it will cut about 15% of its workforce.",
			want: []string{"restructuring INTC"}},
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
