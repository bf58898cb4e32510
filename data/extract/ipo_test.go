package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// TestIPOPricingAndFirstTrade checks that an IPO told by its pricing and by its first trade is one
// event, dated by the first trade; told by its pricing alone, it is dated by the pricing.
func TestIPOPricingAndFirstTrade(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, published, body string
		want                   []string // the dates of the IPO events
	}{
		{"Reddit soars in its market debut", "2024-03-21",
			"Reddit shares began trading on the New York Stock Exchange on Thursday. The company priced its IPO at $34 a share on Wednesday.",
			[]string{"2024-03-21"}},
		{"Reddit prices its IPO", "2024-03-21", "Reddit priced its IPO at $34 a share on Wednesday, the top of its range.",
			[]string{"2024-03-20"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, tt.published, tt.body)).Events {
			if e.Type == events.IPO {
				got = append(got, e.Value)
			}
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%q: IPO events on %v, want %v", tt.body, got, tt.want)
		}
	}
}
