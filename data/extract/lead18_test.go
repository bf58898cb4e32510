package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// An officer named with a description between the verb and the name comes in or leaves as the
// verb says (lead18.go describedOfficer): "named industry veteran Kelly Ortberg", "appointed
// former Rockwell Collins chief Kelly Ortberg", "replacing longtime chief Dave Calhoun". A
// preposition in between makes the name another's ("named a successor to Jane Roe").
func TestDescribedOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Boeing on Monday named aerospace veteran Kelly Ortberg as its new chief executive.",
			[]string{"executive occurred BA 2024-06-10 in: Kelly Ortberg"}},
		{"Boeing on Monday appointed former Rockwell Collins chief Kelly Ortberg as chief executive.",
			[]string{"executive occurred BA 2024-06-10 in: Kelly Ortberg"}},
		{"Nike on Monday named company veteran Elliott Hill chief executive, replacing longtime boss John Donahoe.",
			[]string{"executive occurred NKE 2024-06-10 out: John Donahoe; in: Elliott Hill"}},
		// near-misses: a successor to someone, and a name with no verb of the change before it
		{"Nike on Monday named a successor to John Donahoe as chief executive.",
			[]string{"executive occurred NKE 2024-06-10"}},
		{"Nike on Monday named a new chief executive after longtime director Elliott Hill declined.",
			[]string{"executive occurred NKE 2024-06-10"}},
	})
}

// A person set off by an appositive (an age, a title, both) comes in or leaves by the verb just
// after it (lead18.go appositiveVerb): "Jane Roe, 52, executive vice president, was named
// president"; "John Doe, the company's founder, will retire". Only the words right after the
// appositive count: "John Doe, its chairman, said the board named ..." is the source.
func TestAppositiveOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Intel said Michelle Johnston Holthaus, 52, executive vice president, was named chief executive on Monday.",
			[]string{"executive occurred INTC 2024-06-10 in: Michelle Johnston Holthaus"}},
		{"Intel said Pat Gelsinger, the company's chief executive since 2021, has retired.",
			[]string{"executive occurred INTC 2024-06-12 out: Pat Gelsinger"}},
		// near-miss: the person after the appositive speaks; the change is someone else's
		{"Pat Gelsinger, the chief executive, said on Monday that Intel had named a new finance chief.",
			[]string{"executive occurred INTC 2024-06-10"}},
	})
}

// A stock's move told after an aside on the stock is the move of the day, dated by its own
// words, not the aside's (lead18.go stockAsideMove): a relative clause ("which hit a record in
// December") or the stock's standing ("down 20% this year"); "its shares" and "the stock" are
// the story's company's. An aside with no sized move after it is no move.
func TestStockAsideMove(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"Its shares, which hit a record in December, fell 6% on Monday.",
			[]string{"price_move occurred NKE 2024-06-10"}},
		{"The stock, down 20% this year, rose 4% on Monday.",
			[]string{"price_move occurred NKE 2024-06-10"}},
		{"Nike shares, up about 30% since March, slid 3% in premarket trading on Monday.",
			[]string{"price_move occurred NKE 2024-06-10"}},
		// near-misses: no move after the aside; a company's other fall
		{"Its shares, which hit a record in December, are held by many index funds.",
			nil},
		{"Its stock, down 20% this year, fell out of favor with growth funds.",
			nil},
	} {
		var got []string
		for _, e := range x.Extract(article("Nike outlines new strategy", "2024-06-12", "Nike laid out its plans. "+tt.body)).Events {
			for _, m := range e.Mentions {
				if d := string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";") + " " + e.Value; m.Sentence == tt.body && !slices.Contains(got, d) {
					got = append(got, d)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.body, got, tt.want)
		}
	}
}

// A company in the clause that tells what the news is for is what the subject aims at, no party
// (lead18.go inPurposeClause): "as the chipmaker looks to strengthen its position against
// Nvidia", "in a bid to catch up with Google", ", hoping to win customers from Oracle". The
// target and the buyer before it stay.
func TestPurposeClauseNoParty(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"AMD said on Monday it agreed to buy server maker ZT Systems for $4.9 billion, as the chipmaker looks to strengthen its position against Nvidia.",
			[]string{"acquisition occurred AMD 2024-06-10"}},
		{"Salesforce agreed to buy Informatica for $8 billion in a bid to catch up with Microsoft in data tools.",
			[]string{"acquisition occurred CRM;INFA 2024-06-12"}},
		{"Snowflake agreed to buy Crunchy Data for $250 million, hoping to win database customers from Oracle.",
			[]string{"acquisition occurred SNOW 2024-06-12"}},
		// near-misses: the parties before the clause; a company in no purpose clause
		{"AMD agreed to buy Silo AI as it looks to expand in Europe.",
			[]string{"acquisition occurred AMD 2024-06-12"}},
		{"AMD agreed to buy ZT Systems from its owners and sell its factories to Sanmina.",
			[]string{"acquisition occurred AMD;SANM 2024-06-12"}},
	})
}

// A company's forecast of the operating measures it guides on beside its results (bookings,
// billings, EBITDA, free cash flow, shipments) is guidance, told that day (types.go
// ownResultNouns); a central bank's or an economy's forecast is none.
func TestOperatingMeasureGuidance(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Uber forecast second-quarter gross bookings above estimates on Monday.",
			[]string{"guidance occurred UBER 2024-06-10 issued"}},
		{"CrowdStrike forecast adjusted EBITDA of $300 million for the third quarter.",
			[]string{"guidance occurred CRWD 2024-06-12 issued"}},
		{"Snowflake forecast product billings below Wall Street estimates.",
			[]string{"guidance occurred SNOW 2024-06-12 issued"}},
		// near-miss: an economy's forecast
		{"The Federal Reserve forecast economic growth of 2% for the year.",
			[]string{"forecast occurred  2024"}},
	})
}

// A predicate after ", and" that looks ahead, with its own subject pronoun or a present of
// intent or a modal, has its own date and status (lead18.go aheadAfterAnd): "completed its
// acquisition of Vizio, and it plans to report results in mid-November" completed the deal that
// day. A past after ", and" stays with the subject's other past.
func TestAheadAfterAnd(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart completed its acquisition of Vizio, and it plans to report quarterly results in mid-November.",
			[]string{"acquisition occurred WMT;VZIO 2024-06-12 completed", "earnings forecast WMT 2024-11"}},
		{"Earlier this year, Walmart completed its acquisition of Vizio, and plans to report quarterly results in November.",
			[]string{"acquisition occurred WMT;VZIO 2024 completed", "earnings forecast WMT 2024-11"}},
		{"Nike cut 2,000 jobs, and it expects to open 50 stores in September.",
			[]string{"restructuring occurred NKE 2024-06-12"}},
		// near-miss: a past after the "and" keeps the first predicate's clause as it was
		{"Walmart completed its acquisition of Vizio, and opened 30 stores in March.",
			[]string{"acquisition occurred WMT;VZIO 2024-03 completed"}},
	})
}
