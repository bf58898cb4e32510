package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews36Readings checks every event a sentence tells, with its type, tickers, date and status
// (news36.go): a deal's approval, a raised bid, a bid's launch, a stake denied and a deadline
// moved, a deal ended by its noun, a bid rebuffed, a split-off and holders' votes, beside the
// product approvals, launches, sums raised and dates they must leave alone.
// Articles are published on Wednesday, 2024-06-12.
func TestNews36Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers date status" of each event the sentence tells
	}{
		// Holders or regulators approving a deal approve no product; a regulator's approval of
		// a drug or a plane is still one.
		{body: "Hostess Brands shareholders approved the snack maker's $5.6 billion sale to J.M. Smucker.",
			want: []string{"acquisition TWNK;SJM 2024-06-12 occurred"}},
		{body: "Spirit AeroSystems shareholders on Friday approved the aircraft parts maker's $4.7 billion sale to Boeing, the company said.",
			want: []string{"acquisition SPR;BA 2024-06-07 occurred"}},
		{title: "Mars to sell two brands to win Canadian approval for Kellanova deal",
			want: []string{"acquisition K 2024-06-12 occurred"}},
		{body: "The FDA approved Vertex Pharmaceuticals' drug for cystic fibrosis on Monday.",
			want: []string{"product VRTX 2024-06-10 occurred"}},
		{body: "Boeing won FAA approval for its 737 MAX 7 on Monday.", want: []string{"product BA 2024-06-10 occurred"}},
		{body: "Merck won approval for the sale of Keytruda in China on Monday.", want: []string{"product MRK 2024-06-10 occurred"}},
		// A bid raised is a deal; money raised is an offering.
		{title: "Tegna rejects Standard General's raised $5.4 billion offer", want: []string{"acquisition TGNA 2024-06-12 occurred"}},
		{body: "Spirit Airlines raised $350 million in a stock sale on Monday.", want: []string{"offering SAVE 2024-06-10 occurred"}},
		// A takeover bid launched is a deal; a product launched is a product.
		{body: "United Rentals' tender offer, which was launched in January, expired on Friday.",
			want: []string{"acquisition URI 2024-06-07 occurred"}},
		{body: "Apple launched the iPhone 16 on Monday.", want: []string{"product AAPL 2024-06-10 occurred"}},
		// A stake no one keeps is no deal; a stake taken is one.
		{body: "Johnson & Johnson will retain no stake in Kenvue.", want: nil},
		{body: "Elliott Management has taken a stake in PepsiCo, it said on Tuesday.",
			want: []string{"acquisition PEP 2024-06-11 occurred"}},
		// A deadline extended "until" or "to" a day is news of the day it is told; a day the
		// news happens on, or an expiry, keeps its own reading.
		{body: "Merck has extended its tender offer for Verona Pharma until Oct. 10, the drugmaker said on Tuesday.",
			want: []string{"acquisition MRK;VRNA 2024-06-11 occurred"}},
		{body: "AbbVie extended its tender offer for ImmunoGen to Feb. 9.", want: []string{"acquisition ABBV;IMGN 2024-06-12 occurred"}},
		{body: "Cleveland-Cliffs launched a hostile tender offer for U.S. Steel on Tuesday.",
			want: []string{"acquisition CLF;X 2024-06-11 occurred"}},
		// A deal ended by its noun, with the target after "for"; a plan or a supply deal ended
		// or signed is none.
		{body: "Tapestry scrapped its $8.5 billion deal for Capri Holdings on Thursday.",
			want: []string{"acquisition TPR;CPRI 2024-06-06 occurred"}},
		{body: "JetBlue called off its deal for Spirit Airlines on Monday.", want: []string{"acquisition JBLU;SAVE 2024-06-10 occurred"}},
		{body: "Microsoft abandoned its plan for a new office tower in Seattle.", want: nil},
		{body: "Boeing signed a deal for the supply of titanium with a Japanese firm.", want: nil},
		// A takeover bid rejected or rebuffed in a body; a union's rejected offer is none.
		{body: "National Instruments rebuffed an unsolicited offer from Emerson Electric on Tuesday.",
			want: []string{"acquisition NATI;EMR 2024-06-11 occurred"}},
		{body: "National Instruments rejected an unsolicited offer from Emerson Electric on Tuesday.",
			want: []string{"acquisition NATI;EMR 2024-06-11 occurred"}},
		{body: "The union rebuffed the latest offer from Boeing on Sunday.", want: nil},
		// A split-off, and holders voting for a deal; lawmakers voting for a sale of goods.
		{body: "Johnson & Johnson completed the split-off of Kenvue on Monday.", want: []string{"acquisition JNJ;KVUE 2024-06-10 occurred"}},
		{body: "Juniper Networks shareholders voted in favor of the company's sale to Hewlett Packard Enterprise on Tuesday.",
			want: []string{"acquisition JNPR;HPE 2024-06-11 occurred"}},
		{body: "Senators voted to approve the sale of fighter jets to Turkey.", want: nil},
		// A deal's end told by the deal for a company, or by the fee it costs in a headline; a
		// supply deal's end and a fee an agreement would cost are none.
		{body: "Chevron's deal for Hess closed on Friday.", want: []string{"acquisition CVX;HES 2024-06-07 occurred"}},
		{body: "The deal for the supply of chips fell through last year.", want: nil},
		{title: "JetBlue to pay Spirit Airlines $69 million break fee", want: []string{"acquisition JBLU;SAVE 2024-06-12 occurred"}},
		{body: "Tapestry would owe Capri Holdings a $1 billion termination fee if the deal were blocked.", want: nil},
	}
	for _, tt := range tests {
		sentence, got := sentenceEvents(x, tt.title, tt.body, func(e extract.Event) string {
			return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + e.Value + " " + string(e.Status)
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", sentence, got, tt.want)
		}
	}
}
