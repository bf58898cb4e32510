package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// TestNews32Readings checks every event a sentence of a company press release tells, with its
// tickers (news32.go): agreements with an offering's agents, a call's webcast made available, a
// person joining a company, a buyback's terms, an offering's uses and exchange tags between
// companies joined as subjects.
func TestNews32Readings(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		title, body string
		want        []string // "type tickers" of each event the title (or the body's sentence) tells
	}{
		// An agreement with agents or underwriters sells the company's shares; one with a
		// customer is still a contract.
		{body: "Plug Power has entered into an equity distribution agreement with B. Riley and Cantor, as sales agents, to sell up to $1 billion of its common stock.",
			want: []string{"offering PLUG"}},
		{body: "Sunrun entered into a sales agreement with several sales agents to sell up to $500 million of its shares in an at-the-market offering.",
			want: []string{"offering RUN"}},
		{body: "Garmin signed an agreement with Honeywell to supply cockpit displays for business jets.", want: []string{"partnership GRMN;HON"}},
		// A call's webcast, replay or slides made available is no product; a product still is.
		{body: "A replay of Garmin's conference call will be available on its investor relations website for 30 days.", want: nil},
		{body: "An archived webcast and the slides used on the call will be available on Garmin's website.", want: nil},
		{body: "The new Fenix watch will be available at Garmin's website and in stores from Friday.", want: []string{"product GRMN"}},
		// A person who joins a company is hired, no partner; companies joining stay partners.
		{body: "Okafor joins Garmin from Honeywell, where she ran the aerospace business.", want: nil},
		{body: "Ms. Okafor joined Honeywell in 2009 and has led its building technologies unit.", want: nil},
		{body: "She joined Honeywell as chief financial officer in 2018.", want: nil},
		{body: "Ford joins Walmart in a venture to deliver groceries to homes.", want: []string{"partnership F;WMT"}},
		// A buyback's terms buy no company; buying a company stays a deal.
		{body: "The plan does not require Garmin to buy any specific number of shares and may be ended at any time.", want: nil},
		{body: "Honeywell agreed to acquire the building software maker for $1.3 billion.", want: []string{"acquisition HON"}},
		// Repurchases or purchases among the uses an offering's proceeds may be put to.
		{body: "Garmin intends to use the net proceeds for general corporate purposes, which may include repurchases of its shares.", want: nil},
		{body: "Honeywell will use the proceeds for general corporate purposes, including the repurchase of its shares.", want: nil},
		// Exchange tags between companies joined as subjects leave both parties.
		{body: "Honeywell International Inc. (NASDAQ: HON) and Garmin Ltd. (NYSE: GRMN) today announced that they have agreed to combine their avionics units.",
			want: []string{"acquisition HON;GRMN"}},
		{body: "Honeywell International Inc. (NASDAQ: HON) and Garmin Ltd. (NYSE: GRMN), two makers of cockpit instruments, said on Monday that they had agreed to merge in an all-stock deal.",
			want: []string{"acquisition HON;GRMN"}},
		{body: "Plug Power (NASDAQ: PLUG) and Ballard Power agreed to merge in an all-stock deal.", want: []string{"acquisition PLUG;BLDP"}},
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
