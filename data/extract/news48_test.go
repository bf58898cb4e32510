package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews48Readings checks every event a sentence tells, with its tickers (news48.go).
func TestNews48Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// Going public through a blank-check company's merger is the merger, no IPO.
		{title: "Lucid Motors to go public through SPAC merger with Churchill Capital",
			want: []string{"acquisition"}},
		{body: "Opendoor agreed on Thursday to go public by merging with a blank-check company sponsored by Social Capital.",
			want: []string{"acquisition OPEN"}},
		{body: "SoFi shares began trading on the Nasdaq on Tuesday after it completed its combination with a special purpose acquisition company.",
			want: []string{"acquisition"}},
		// An IPO told beside a SPAC word is still an IPO: the blank-check company's own sale, or a
		// listing that is no merger.
		{body: "Churchill Capital Corp, a blank-check company, raised $690 million in its initial public offering on Friday.",
			want: []string{"ipo"}},
		{body: "Rivian went public on Wednesday in a traditional IPO rather than a SPAC.",
			want: []string{"ipo RIVN"}},
		{title: "Airbnb shares double in Nasdaq debut",
			want: []string{"ipo ABNB"}},
		// The Dow Jones average told by its first word moves by points: the index, not Dow Inc.
		{title: "Dow sinks 1,200 points as virus fears grip markets",
			want: nil},
		{title: "Dow plunges nearly 2,000 points in worst day since 2008",
			want: nil},
		{title: "Dow tumbles almost 900 points in its worst session since June",
			want: nil},
		{body: "The Dow plunged 1,100 points on Monday as oil prices collapsed.",
			want: nil},
		// So does the Nasdaq's, opening a wrap's title (news42.go reads its link).
		{title: "Nasdaq tumbles 3% in worst day since 2022 as chip stocks slide",
			want: nil},
		{title: "Dow jumps 500 points, S&P 500 hits record",
			want: nil},
		// Dow Inc's own move stays its own.
		{title: "Dow shares fall 5% after chemical maker cuts forecast",
			want: []string{"price_move DOW", "guidance DOW"}},
		{body: "Dow Inc fell 3% on Tuesday after it cut its dividend.",
			want: []string{"price_move DOW", "dividend DOW"}},
		// A company selling an amount of stock, its own, raises capital.
		{title: "Moderna to sell $2 billion of stock in a second capital raise",
			want: []string{"offering MRNA"}},
		{title: "Rivian to sell up to $1.5 billion of shares in its second raise this year",
			want: []string{"offering RIVN"}},
		// Stock of another company sold is a stake's sale, a deal.
		{title: "Carnival to sell $1 billion of stock in Carnival plc",
			want: []string{"acquisition CCL"}},
		// The meme-stock day: movers named in a clause of their own after the lead's move.
		{body: "Shares of GameStop rose 20% on Wednesday, while Koss, Express and BlackBerry also surged.",
			want: []string{"price_move GME", "price_move EXPR;KOSS;BB"}},
		{body: "Shares of Carvana fell 8% on Tuesday, while Vroom and CarMax also slid.",
			want: []string{"price_move CVNA", "price_move VRM;KMX"}},
		{body: "Shares of Tesla rose 5% on Monday, and Rivian Automotive Inc and Lucid Group Inc also climbed.",
			want: []string{"price_move TSLA", "price_move RIVN;LCID"}},
		{body: "Shares of Hertz and Avis Budget more than doubled on Tuesday, while Carvana and Vroom also surged.",
			want: []string{"price_move HTZ;CAR", "price_move CVNA;VRM"}},
		// "also" with no company right before it, or no move before it, adds none.
		{body: "Shares of Carvana fell 8% on Tuesday, while its used-car sales also fell.",
			want: []string{"price_move CVNA"}},
		{body: "Kroger said sales rose, and Albertsons said its profit also rose.",
			want: []string{"earnings KR"}},
		// A rival the news competes with is no party to it.
		{body: "Cisco agreed to buy Splunk for $28 billion on Thursday, stepping up competition with Microsoft in security software.",
			want: []string{"acquisition CSCO;SPLK"}},
		{body: "Walmart teamed up with Microsoft on Monday to compete with Amazon in cloud services.",
			want: []string{"partnership WMT;MSFT"}},
		// A fight has two parties.
		{body: "Masimo settled its legal fight with Apple on Friday.",
			want: []string{"legal MASI;AAPL"}},
		// "The merged company" names what a merger made, no deal.
		{body: "Sponsors are paid well even if the merged company does poorly, critics of Acme Corp say.",
			want: nil},
		{body: "Analysts expect the newly merged bank to cut costs at Truist Financial.",
			want: nil},
		// The verb stays a deal.
		{body: "Hess merged with Chevron on Friday.",
			want: []string{"acquisition HES;CVX"}},
		// A suffix outside a name's link ("& Co") keeps a list of subjects joined.
		{body: "Goldman Sachs Group Inc, Morgan Stanley & Co and Citigroup Inc said on Sunday they would suspend share repurchases.",
			want: []string{"buyback GS;MS;C"}},
		{body: "JPMorgan Chase & Co, Bank of America Corp and Citigroup Inc said on Sunday they would suspend share repurchases.",
			want: []string{"buyback JPM;BAC;C"}},
		{body: "Shares of Bank of America Corp, JPMorgan Chase & Co and Citigroup Inc fell 3% on Tuesday.",
			want: []string{"price_move C;JPM;BAC"}},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return strings.TrimSpace(string(e.Type) + " " + strings.Join(e.Tickers, ";"))
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
