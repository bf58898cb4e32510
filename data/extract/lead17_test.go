package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A "since" clause whose subject is a person marks where a span starts ("the biggest cuts since
// Jane Roe took over as chief executive"): its verb is the past the news is measured from, no
// event of the day (lead17.go, news33's sinceClauseVerb). A month or a weekday after "since" is
// no subject, and a succession told in the main clause stays.
func TestSincePersonClause(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Starbucks said it would lay off 1,100 corporate employees, the deepest cuts since Brian Niccol took over as chief executive in September.",
			[]string{"restructuring forecast SBUX 2024-06-12"}},
		{"Ford is recalling 240,000 SUVs, its largest recall since Jim Farley became chief executive in 2020.",
			[]string{"product occurred F 2024-06-12"}},
		{"Disney posted its best quarter since Bob Iger returned as chief executive in November 2022.",
			[]string{"earnings occurred DIS 2024-06-12"}},
		{"Macy's said its finance chief Adrian Mitchell would leave, the latest departure since Tony Spring was named chief executive last year.",
			[]string{"executive forecast M 2024-06-12 out: Adrian Mitchell"}},
		// near-misses: a month after "since", and the succession in the main clause
		{"Nike has cut 2,000 jobs since January, and John Donahoe stepped down as chief executive on Monday.",
			[]string{"executive occurred NKE 2024-06-10 out: John Donahoe"}},
		{"Brian Niccol took over as chief executive of Starbucks on Monday, since the board wanted a change.",
			[]string{"executive occurred SBUX 2024-06-10 in: Brian Niccol"}},
	})
}

// An officer who returns to a post comes in (lead17.go returnsToPost): "with former chief
// executive Stephen Hemsley returning to the role". A person who returns from somewhere else is
// no officer of the change. A company's word that a person "had stepped down" backshifts the
// day's news (lead15.go reportedPluperfect, now with a person as the reported subject).
func TestReturningOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"UnitedHealth said Andrew Witty had stepped down as chief executive, with former CEO Stephen Hemsley returning to the role.",
			[]string{"executive occurred UNH 2024-06-12 out: Andrew Witty; in: Stephen Hemsley"}},
		{"Starbucks said Kevin Johnson would retire as chief executive and Howard Schultz will return as interim chief.",
			[]string{"executive forecast SBUX 2024-06-12 out: Kevin Johnson; in: Howard Schultz"}},
		// near-misses: a visit's return names no officer who comes in; a pluperfect no one
		// reports today is the story's past
		{"UnitedHealth had said Andrew Witty had stepped down as chief executive.",
			nil},
		{"Walmart said Doug McMillon would retire as chief executive after Greg Penner returned from a trip to China.",
			[]string{"executive forecast WMT 2024-06-12 out: Doug McMillon"}},
	})
}

// A trigger in a relative clause told in the pluperfect recalls the story's past: a date of the
// main clause before the clause is not its time (lead17.go pluperfectRelative). Its own date
// dates it; with none it is background. A "that" after a reporting verb opens what was said.
func TestPluperfectRelative(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Tesla shareholders on Thursday approved the pay package again, reaffirming a vote that a Delaware judge had voided in January.",
			[]string{"legal occurred TSLA 2024-01"}},
		{"Boeing on Wednesday agreed to the terms that prosecutors had charged it with breaking in March.",
			[]string{"legal occurred BA 2024-03"}},
		// near-misses: the fine paid on the day; what a company said on a day
		{"Boeing on Wednesday paid the fine that a federal judge had imposed in March.",
			[]string{"legal occurred BA 2024-06-12"}},
		{"Tesla said on Monday that a Delaware judge had voided the vote.",
			[]string{"legal occurred TSLA 2024-06-10"}},
	})
}

// A symbol in angle brackets after a name, as the Reuters wire wrote it ("CHAMPION PRODUCTS
// <CH> APPROVES STOCK SPLIT"), is ticker context, and the body's capitalized run of the words
// before it takes it for the article (lead17.go reutersTicker, learnBracketedTickers). Companies
// that are in no directory of their day (1987) link by it alone. A name the wire bracketed
// ("<Halden Inc>") is no symbol, and a title's symbol does not give a body's other company.
func TestBracketedWireTickers(t *testing.T) {
	// The user's alias for a name in capitals the body does not write: the title's symbol
	// confirms it (links.go confirmTitle, lead17.go symbolGiven).
	x := &extract.Extractor{Companies: linker(t, extract.Alias{Alias: "Daleford Trucking", Company: extract.Company{Name: "Daleford Trucking Inc", Ticker: "DLFD"}})}
	tests := []struct {
		title, body string
		want        []string // type tickers
	}{
		{"HALVERSTON CORP <HLVC> 2ND QTR NET", "Shr 45 cts vs 38 cts\nNet 1,200,000 vs 980,000\nRevs 12.1 mln vs 10.3 mln",
			[]string{"earnings HLVC"}},
		{"BRANSCOMBE <BRSC> TO BUY CALDERVALE FOODS <CLVF>", "Branscombe Corp said it agreed to buy Caldervale Foods Inc for 12 dlrs a share in cash.",
			[]string{"acquisition BRSC;CLVF"}},
		{"TRENTMOOR SETS PAYOUT", "Trentmoor Industries Inc <TRMI> said its board declared a quarterly dividend of 10 cts a share.",
			[]string{"dividend TRMI"}},
		{"DALEFORD TRUCKING <DLFD> 3RD QTR NET", "Shr 61 cts vs 55 cts\nNet 7,340,000 vs 6,610,000\nNOTE: Rival Hexton Motor Freight Inc <HXTN> said its chairman retired.",
			[]string{"earnings DLFD", "executive HXTN"}},
		// near-misses: a bracketed name, and a company the body names that the title's symbol is not
		{"HALDEN SETS PAYOUT", "<Halden Inc> said its board declared a quarterly dividend of 10 cts a share.",
			[]string{"dividend "}},
		{"ORVALE <ORVL> SELLS UNIT", "Orvale Corp said it sold its valve unit to Pemberton Group for 30 mln dlrs.",
			[]string{"acquisition ORVL"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Extract(article(tt.title, "1987-04-08", tt.body)).Events {
			if d := string(e.Type) + " " + strings.Join(e.Tickers, ";"); !slices.Contains(got, d) {
				got = append(got, d)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A date after a pluperfect that stands between it and the trigger is the recalled happening's
// (lead17.go pluperfectBefore): "agreed to buy Vizio after talks had stalled in May" was agreed
// today. A date before the pluperfect stays the trigger's.
func TestPluperfectBeforeDate(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart agreed to buy Vizio after talks had stalled in May.",
			[]string{"acquisition occurred WMT;VZIO 2024-06-12"}},
		{"Walmart raised its dividend for the year, a step it had promised in February.",
			[]string{"dividend occurred WMT 2024-06-12 raised"}},
		// near-miss: the trigger's own date before the pluperfect
		{"Walmart agreed on Monday to buy Vizio after talks had stalled.",
			[]string{"acquisition occurred WMT;VZIO 2024-06-10"}},
	})
}

// A dated trigger told in the pluperfect after the clause's main trigger of the same type is the
// recalled happening (lead17.go recalledOverMain): "sold the unit it had bought in 2019" sold it
// today. A main trigger of its own date keeps it, and a pluperfect alone stays background.
func TestRecalledOverMain(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Walmart sold the unit it had bought in 2019 to a buyout firm.",
			[]string{"acquisition occurred WMT 2024-06-12"}},
		{"Pfizer sold the consumer health business that it had acquired in 2019 to Haleon.",
			[]string{"acquisition occurred PFE;HLN 2024-06-12"}},
		// near-misses: the main trigger's own date; the pluperfect alone
		{"Walmart sold the unit on Monday that it had bought in 2019.",
			[]string{"acquisition occurred WMT 2024-06-10"}},
		{"Walmart had bought the unit in 2019.",
			[]string{"acquisition occurred WMT 2019"}},
	})
}

// A company by its own name with its legal suffix, which no directory of its day holds, moves as
// a listed one does when a market report quotes it (lead17.go suffixedName, feeds.go
// companyMove): "Kestrel Air Corp dropped 2-1/4 to 52-1/2". A name with no suffix is no company
// there, and a verb with no figure is no move.
func TestSuffixedNameMoves(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Kestrel Air Corp dropped 2-1/4 to 52-1/2 on fears of a fare war.",
			[]string{"price_move occurred  2024-06-12"}},
		{"Harrow Airlines Inc fell 4% in early trading.",
			[]string{"price_move occurred  2024-06-12"}},
		// near-misses: no suffix; no figure
		{"Kestrel Air dropped 2-1/4 to 52-1/2 on fears of a fare war.",
			nil},
		{"Harrow Airlines Inc rose to the challenge of a fare war.",
			nil},
	})
}

// A target told in the passive is taken over or sold ("agreed to be taken over by Mars", "will
// be sold to Sycamore Partners"), as "agreed to be acquired by" always was; what is sold to no
// name ("to investors") or a stock sold to a buyer is no business changing hands (lead17.go
// soldToName). A takeover told in a past relative clause set off by commas describes the
// company when the main clause tells news of its own (recalledAsides).
func TestPassiveTargets(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Kellanova agreed to be taken over by Mars for $36 billion.",
			[]string{"acquisition occurred K 2024-06-12"}},
		{"Walgreens will be sold to Sycamore Partners for $10 billion.",
			[]string{"acquisition forecast WBA 2024-06-12"}},
		{"Walgreens said its pharmacy unit was sold to Sycamore Partners on Monday.",
			[]string{"acquisition occurred WBA 2024-06-10"}},
		{"Juniper Networks, which was acquired by a group of investors in 2019, said it cut 500 jobs.",
			[]string{"restructuring occurred JNPR 2024-06-12"}},
		// near-misses: sold to no name; shares sold; the aside alone
		{"Walgreens said the notes will be sold to investors in a private placement.",
			[]string{"offering forecast WBA 2024-06-12"}},
		{"Walgreens said the shares were sold to Fidelity on Monday.",
			nil},
		{"Juniper Networks, which was taken over by a group of investors, said on Monday.",
			[]string{"acquisition occurred JNPR 2024-06-12"}},
	})
}

// A headline's target "to be taken over" or "to be sold to" a named buyer tells a deal agreed,
// as "to be acquired" does: occurred, not a forecast (triggers.go's phrases).
func TestPassiveTargetHeadlines(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	describe := func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
	}
	for _, tt := range []struct{ title, want string }{
		{"Walgreens to be sold to Sycamore for $10 billion", "acquisition occurred WBA"},
		{"Kellanova to be taken over by Mars in $36 billion deal", "acquisition occurred K"},
		{"Juniper Networks to be acquired by Hewlett Packard Enterprise", "acquisition occurred HPE;JNPR"},
	} {
		if _, got := sentenceEvents(x, tt.title, "", describe); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: events %q, want %q", tt.title, got, tt.want)
		}
	}
}
