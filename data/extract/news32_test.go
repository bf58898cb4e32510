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
		{body: "Garmin's new Fenix watch will be available on its website and in stores from Friday.", want: []string{"product GRMN"}},
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
		// The results of a meeting, a vote or an offer are no company's results.
		{title: "Garmin Announces Results of Annual Meeting of Shareholders", want: nil},
		{body: "Garmin reported the voting results of its special meeting on Tuesday.", want: nil},
		{body: "Garmin reported results for its second quarter on Wednesday.", want: []string{"earnings GRMN"}},
		// Tender offers for a company's own notes buy no company, nor sell notes.
		{title: "Honeywell Commences Cash Tender Offer for Up to $750 Million of Its Senior Notes", want: nil},
		{body: "Honeywell priced $1 billion of senior notes due 2034.", want: []string{"offering HON"}},
		{body: "Honeywell launched a tender offer for all shares of Garmin.", want: []string{"acquisition HON;GRMN"}},
		// A Dutch auction tender offer is the company's buyback.
		{title: "Garmin Announces Final Results of Modified Dutch Auction Tender Offer", want: []string{"buyback GRMN"}},
		// A deal's accretion expected is no outlook; an outlook for earnings stays one.
		{body: "Garmin expects the purchase to be accretive to earnings per share in the first full year after closing.", want: nil},
		{body: "Honeywell expects the transaction to be modestly dilutive to adjusted earnings in 2025.", want: nil},
		{body: "Garmin expects earnings per share of $5 to $5.20 for the year.", want: []string{"guidance GRMN"}},
		// The shops where a product is available take no part in its launch.
		{body: "Garmin's new Fenix watch will be available at Best Buy and Walmart from Friday.", want: []string{"product GRMN"}},
		{body: "The Fenix 8 will be available through retailers including Best Buy and Target.", want: nil},
		// A reverse split's consolidation cuts the count of shares without buying any back.
		{body: "Plug Power said the change would reduce the number of its outstanding shares from about 900 million to about 60 million.", want: nil},
		{body: "Garmin plans to reduce the number of its shares outstanding by 5% through purchases in the open market.", want: []string{"buyback GRMN"}},
		// An exchange's minimum bid price is no takeover bid; a bid for a company stays one.
		{title: "Plug Power Receives Nasdaq Notice Regarding Minimum Bid Price", want: nil},
		{body: "Plug Power said its shares had closed below the $1 minimum bid price requirement for 30 consecutive business days.", want: nil},
		{body: "Honeywell made a bid for Garmin worth about $20 billion.", want: []string{"acquisition HON;GRMN"}},
		// A release's plural for changes at the top.
		{title: "Garmin Announces Executive Leadership Changes", want: []string{"executive GRMN"}},
		// A trial's results told by its phase, or expected, are no company's results or outlook.
		{title: "Axsome Therapeutics Announces Publication of Phase 2 Results in The Lancet", want: nil},
		{body: "Viking Therapeutics expects to report topline results from the study in the first half of 2025.", want: nil},
		{body: "Viking Therapeutics expects to report results for the quarter on July 24.", want: []string{"guidance VKTX"}}, // as before
		// An accounting basis names no company reporting.
		{body: "GAAP earnings per share were $2.91, compared with $2.64 a year earlier.", want: nil},
		{body: "IFRS net income rose 8% to $210 million in the quarter.", want: nil},
		// A release's appointment of an officer and an officer's retirement told by a pronoun.
		{body: "Honeywell today announced the appointment of Ana Ruiz as Chief Financial Officer, effective March 1.", want: []string{"executive HON"}},
		{body: "Honeywell said Vimal Kapur, its chairman and chief executive, had informed the board of his intention to retire next year.", want: []string{"executive HON"}},
		{body: "Honeywell announced the appointment of a receiver for its former unit.", want: nil},
		// A release's nouns for a product put on sale.
		{body: "Garmin today announced the availability of the Venu 4, a smartwatch with a built-in flashlight.", want: []string{"product GRMN"}},
		{body: "Honeywell announced the general availability of its new building-controls software.", want: []string{"product HON"}},
		{body: "Garmin expanded its lineup with two cycling computers on Tuesday.", want: []string{"product GRMN"}},
		{body: "Honeywell warned that the availability of credit for its customers had tightened.", want: nil},
		// A memorandum of understanding, and guidance affirmed or updated.
		{body: "Plug Power signed a memorandum of understanding with Honeywell to develop hydrogen fuel cells.", want: []string{"partnership PLUG;HON"}},
		{body: "Garmin affirmed its 2025 guidance for revenue of about $6.8 billion.", want: []string{"guidance GRMN"}},
		{body: "Honeywell is updating its full-year guidance to reflect the purchase.", want: []string{"guidance HON"}},
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
