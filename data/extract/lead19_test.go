package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// A company merging its own units named and joined by "and" before their noun reorganizes, buys
// nothing (frames.go ownUnitsMerged): "FedEx to merge Express and Ground units" had been an
// acquisition tagged with Express Inc's ticker. A merger "with" a company, or a unit bought from
// another, stays a deal.
func TestOwnNamedUnitsMerged(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	describe := func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
	}
	checkSentences(t, x, []sentenceCase{
		{"FedEx to merge Express and Ground units", "", nil},
		{"", "FedEx said on Monday it will merge its Express and Freight divisions to cut costs.", nil},
		{"", "Kellogg said on Monday it merged its North American cereal businesses into one unit.", nil},
		// near-misses: a partner after "with", a company's unit bought
		{"", "FedEx said on Monday it agreed to merge with Kellogg and its units.", []string{"acquisition occurred FDX;K"}},
		{"", "FedEx said on Monday it agreed to buy the Ground unit of Kellogg.", []string{"acquisition occurred FDX;K"}},
	}, describe)
}

// A headline's results noun after words that put the news before it is awaited (lead19.go
// awaitedInTitle): "Nvidia slips ahead of results" had told results out. Results a move comes
// after, and results told by their verb, are out.
func TestAwaitedInTitle(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	describe := func(e extract.Event) string {
		return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";")
	}
	checkSentences(t, x, []sentenceCase{
		{"Nvidia slips ahead of results", "", []string{"earnings forecast NVDA"}},
		{"Oracle shares climb before quarterly results", "", []string{"price_move occurred ORCL", "earnings forecast ORCL"}},
		// near-misses: the reaction to results out; results told by their verb
		{"FedEx slides after quarterly results", "", []string{"price_move occurred FDX", "earnings occurred FDX"}},
		{"Nvidia reports results ahead of estimates", "", []string{"earnings occurred NVDA"}},
	}, describe)
}

// A relative clause of place after a comma has its own modal (timex reading.go scopeBreaks
// "where"): "rose 1% on Friday ahead of its developer conference, where the company is expected
// to unveil new features" had made the move a forecast.
func TestWhereClauseModal(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Apple shares rose 1% on Friday ahead of its developer conference, where the company is expected to unveil new AI features.",
			[]string{"price_move occurred AAPL 2024-06-07", "product forecast AAPL 2024-06-12"}},
		{"Alibaba shares fell 4% on Monday in Hong Kong, where the company may list more stock.",
			[]string{"price_move occurred BABA 2024-06-10"}},
		// near-miss: a modal in the trigger's own clause, before the relative one
		{"Apple will launch a new iPhone on Monday at an event in Cupertino, where it expects large crowds.",
			[]string{"product forecast AAPL 2024-06-17"}},
	})
}

// The initials of a company named in full, three or four letters that are not its symbol, stand
// for it in the rest of the article (shortnames.go rememberInitials): "RBC" after "Royal Bank
// of Canada" had been RBC Bearings' symbol, "CIBC" nothing, "NCL" after "Norwegian Cruise Line
// Holdings" another company's symbol. RBC Bearings' own article keeps its symbol.
func TestInitialsOfNamedCompany(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	tests := []struct {
		body, sentence string
		want           []string
	}{
		{"Royal Bank of Canada reported a 10% rise in quarterly profit on Monday. RBC's shares rose 2% in Toronto.",
			"RBC's shares rose 2% in Toronto.", []string{"price_move RY"}},
		{"Canadian Imperial Bank of Commerce reported higher profit on Monday. CIBC shares rose 1% on the news.",
			"CIBC shares rose 1% on the news.", []string{"price_move CM"}},
		{"Norwegian Cruise Line Holdings raised its profit forecast on Monday. NCL shares jumped 8% on the news.",
			"NCL shares jumped 8% on the news.", []string{"price_move NCLH"}},
		// near-miss: the company whose symbol the capitals are
		{"RBC Bearings Inc reported higher quarterly profit on Monday. RBC shares rose 2% on the news.",
			"RBC shares rose 2% on the news.", []string{"price_move RBC"}},
	}
	for _, tt := range tests {
		a := article("Bank and cruise news", "2024-06-12", tt.body)
		var got []string
		for _, e := range x.Extract(a).Events {
			for _, m := range e.Mentions {
				if m.Sentence == tt.sentence {
					got = append(got, string(e.Type)+" "+strings.Join(e.Tickers, ";"))
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// A replacement told with "with" brings in the person after it, and the person replaced leaves
// (lead19.go replacedWith; detail.go outAfter "replaced"): "VMware replaces co-founder Diane
// Greene with Paul Maritz as CEO", the reference corpus's own headline, had named no newcomer.
// A "with" after a relative clause of replacing ("who replaced ..., met with ...") brings no one.
func TestReplacedWith(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"VMware on Monday replaced co-founder Diane Greene with Paul Maritz as chief executive.",
			[]string{"executive occurred VMW 2024-06-10 out: Diane Greene; in: Paul Maritz"}},
		{"Boeing's board on Monday replaced Dennis Muilenburg with David Calhoun as chief executive.",
			[]string{"executive occurred BA 2024-06-10 out: Dennis Muilenburg; in: David Calhoun"}},
		{"Nike on Monday replaced John Donahoe with an insider, Elliott Hill, as chief executive.",
			[]string{"executive occurred NKE 2024-06-10 out: John Donahoe; in: Elliott Hill"}},
		// near-miss: the "with" of another verb after a relative clause of replacing
		{"Nike said Elliott Hill, who replaced John Donahoe as chief executive, met with Mark Parker on Monday.",
			[]string{"executive occurred NKE 2024-06-12 out: John Donahoe; in: Elliott Hill"}},
	})
}

// A person right after an active verb of removal leaves (detail.go outAfter): "ousted Laxman
// Narasimhan and named Brian Niccol" had brought both in, the removal read only after a name.
func TestRemovedOfficer(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Starbucks on Tuesday ousted Laxman Narasimhan and named Brian Niccol as chief executive.",
			[]string{"executive occurred SBUX 2024-06-11 out: Laxman Narasimhan; in: Brian Niccol"}},
		{"Kohl's on Tuesday fired Ashley Buchanan as chief executive and named Michael Bender interim chief executive.",
			[]string{"executive occurred KSS 2024-06-11 out: Ashley Buchanan; in: Michael Bender"}},
		// near-miss: the removal told after the name
		{"Starbucks said on Tuesday Laxman Narasimhan was ousted as chief executive.",
			[]string{"executive occurred SBUX 2024-06-11 out: Laxman Narasimhan"}},
	})
}

// Results and figures unveiled are results as posted ones are (triggers.go): "unveiled its
// fourth-quarter results" had told nothing, and a headline's "unveils quarterly figures" a
// product. An economy's figures ("unveiled its quarterly GDP figures") are no company's results.
func TestResultsUnveiled(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Nike unveiled its fourth-quarter figures on Tuesday, with revenue up 2%.",
			[]string{"earnings occurred NKE 2024-06-11"}},
		{"Nike unveiled its fourth-quarter results on Tuesday, with revenue up 2%.",
			[]string{"earnings occurred NKE 2024-06-11"}},
		// near-misses: a product unveiled; an economy's figures (lead19.go economyFigures)
		{"Nike unveiled a new running shoe on Tuesday.",
			[]string{"product occurred NKE 2024-06-11"}},
		{"The government unveiled its quarterly GDP figures on Tuesday.", nil},
	})
}
