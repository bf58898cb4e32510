package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/extract"
)

// TestPairEndsSentence checks a pair of companies joined by a hyphen ("Kroger-Albertsons") as the
// last word of a title or sentence: the second company's mention starts inside the word, and
// reading its place had run past the sentence's last word (a panic that stopped the whole run).
func TestPairEndsSentence(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"FTC sues to block Kroger-Albertsons", "", []string{"legal KR;ACI"}},
		{"Regulators sue to block Kroger-Albertsons deal", "", []string{"legal KR;ACI"}},
		{"", "The Federal Trade Commission sued on Monday to block Kroger-Albertsons.", []string{"legal KR;ACI"}},
		{"", "Investors cheered the Exxon-Pioneer.", nil},
	}, typeTickers)
}

// TestFragments runs extraction over fragments of sentences, as titles and as bodies, the way
// feeds and scrapers cut them: a phrase that opens or closes the text where a rule looks one word
// before or after it (each had run off the end of the words and stopped the run).
func TestFragments(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, text := range []string{
		"Before Tuesday's report, Velcor shares were down about 30% this year.",
		"Before Friday's report,",
		"through December.",
		"their twenties bought the new jackets at full price.",
		"to a net loss of $40 million, or 12 cents a share",
		"that Monday's meeting",
		"days before Tuesday's vote, the chairman resigned",
		"and March wheat at",
		"Harbor Development Co Inc, and Steel Technologies Nordstern Bank AG expects to pay an unchanged dividend.",
		"FTC sues to block Kroger-Albertsons",
	} {
		for _, a := range []articles.Article{article(text, "1987-06-12", "Nothing else."), article("Markets", "2024-06-12", text)} {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%q (title %q): %v", a.Body, a.Title, p)
					}
				}()
				x.Extract(a)
			}()
		}
	}
}

// headlineOf describes an event by its headline.
func headlineOf(e extract.Event) string { return e.Headline }

// TestDealHeadlines checks who does what in a deal's headline: a merger names no buyer ("agreed to
// merge with", "completed its merger with"), and a company sold as a whole is the one sold
// ("approved the company's sale to Chevron", "agreed to sell itself to"), where the headline had
// made it the buyer. A part sold, a purchase and a stake keep their headlines.
func TestDealHeadlines(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Spirit Airlines agreed to merge with JetBlue Airways on Tuesday.", []string{"Spirit Airlines merges with JetBlue Airways"}},
		{"", "Spirit Airlines completed its merger with JetBlue Airways on Tuesday.", []string{"Spirit Airlines merges with JetBlue Airways"}},
		{"", "Hess shareholders voted on Tuesday to approve the company's $53 billion sale to Chevron Corp.", []string{"Hess is sold to Chevron"}},
		{"", "Hess agreed on Tuesday to sell itself to Chevron for $53 billion.", []string{"Hess is sold to Chevron"}},
		{"", "Hess shareholders approved the sale of the company to Chevron on Tuesday.", []string{"Hess is sold to Chevron"}},
		// near-misses: a part sold, the buyer's own words, a stake
		{"", "Hess said on Tuesday its sale of its Bakken assets to Chevron had closed.", []string{"Hess sells a business to Chevron"}},
		{"", "Chevron agreed on Tuesday to buy Hess for $53 billion.", []string{"Chevron acquires Hess"}},
		{"", "Hess agreed on Tuesday to be acquired by Chevron for $53 billion.", []string{"Chevron acquires Hess"}},
	}, headlineOf)
}

// TestHoldersOfName checks a name found by its corporate suffix after the people or parts of a
// company that open a sentence ("Shareholders of Velcor Inc"): the company is Velcor Inc, not
// "Shareholders of Velcor Inc". A name of the company's own with "of" keeps it.
func TestHoldersOfName(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Shareholders of Velcor Inc approved its sale to Tarrant Corp on Tuesday.", []string{"Velcor Inc is sold to Tarrant Corp"}},
		{"", "Employees of Dunmore Baking Co agreed to merge with Kessler Foods Inc on Tuesday.", []string{"Dunmore Baking Co merges with Kessler Foods Inc"}},
		{"", "Bank of Granite Corp agreed to buy Velcor Inc on Tuesday.", []string{"Bank of Granite Corp acquires Velcor Inc"}},
	}, headlineOf)
}

// TestMoverOfRating checks a broker's action on its own target or rating given as the cause of a
// move ("Apple rose 2.1% after Morgan Stanley raised its price target"): the rated company is the
// mover, not the broker, whose "its" is its own view. An action that names what it rates, and a
// broker's own news, keep their readings.
func TestMoverOfRating(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Apple rose 2.1% after Morgan Stanley raised its price target.", []string{"price_move AAPL", "analyst AAPL"}},
		{"", "Nike fell 3% after Jefferies cut its rating to hold.", []string{"price_move NKE", "analyst NKE"}},
		{"", "Chubb slipped 0.8%, while Allstate gained 1.2% after Morgan Stanley lowered its rating to equal weight.", []string{"price_move CB", "price_move ALL", "analyst ALL"}},
		// near-misses
		{"", "Morgan Stanley raised its price target on Apple to $250 on Tuesday.", []string{"analyst AAPL"}},
		{"", "Morgan Stanley shares rose 2% after the bank raised its dividend.", []string{"price_move MS", "dividend MS"}},
	}, typeTickers)
}

// TestRestructuredThing checks the participle "restructured" describing a thing after a
// determiner ("cleared a restructured deal", "its restructured credit line"): no restructuring
// of the day. The verb with its subject and object stays one.
func TestRestructuredThing(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Microsoft closed its purchase of Activision Blizzard on Friday after British regulators cleared a restructured deal.", []string{"acquisition MSFT;ATVI"}},
		{"", "Intel said on Monday its newly restructured foundry unit would report separately.", nil},
		// near-misses
		{"", "Intel restructured its foundry unit on Monday and cut 500 jobs.", []string{"restructuring INTC"}},
		{"", "Intel said on Monday it has restructured its sales force.", []string{"restructuring INTC"}},
	}, typeTickers)
}

// TestTrailingTelling checks a plan told in an attribution that closes the sentence ("Amazon will
// buy Velcor Inc for $2 billion, the company said on Friday"): the plan was news on Friday, as it
// is when the telling comes first ("said on Friday it would"), where the event had taken the
// publication's day. A date in the plan itself keeps its reading. The article is dated Wednesday 2024-06-12.
func TestTrailingTelling(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Amazon will buy Velcor Inc for $2 billion, the company said on Friday.", []string{"acquisition forecast AMZN 2024-06-07"}},
		{"Amazon will cut 500 jobs, the company said Friday.", []string{"restructuring forecast AMZN 2024-06-07"}},
		{"Amazon will buy back $5 billion of stock, it announced on Friday.", []string{"buyback forecast AMZN 2024-06-07"}},
		// near-misses: the plan's own day, a telling with more after it
		{"Amazon will close its Seattle plant on June 28, the company said.", []string{"restructuring forecast AMZN 2024-06-28"}},
		{"Amazon will cut 500 jobs on Friday, the company said.", []string{"restructuring forecast AMZN 2024-06-14"}},
	})
}

// TestOfficerOverAppositive checks an officer named over an aside that describes the person
// ("named Jane Doe, a longtime banker, as its chief financial officer"): the phrase "named ...
// chief" reaches over the aside as it does without one, where the aside had put the post past
// the gap's length. Other phrases do not reach further so, and a relative clause or a list
// between keeps the phrase apart.
func TestOfficerOverAppositive(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Velcor Inc on Monday named Jane Doe, a longtime banker, as its chief financial officer.", []string{"executive occurred  2024-06-10 in: Jane Doe"}},
		{"Walt Disney Co said on Monday it had named Hugh Johnston, a longtime PepsiCo executive, as its chief financial officer.", []string{"executive occurred DIS 2024-06-10 in: Hugh Johnston"}},
		// near-misses
		{"Roku said on Monday it would start selling televisions it designed and built itself, the first line of its own sets, in U.S. stores.", []string{"product forecast ROKU 2024-06-10"}},
		{"Velcor Inc on Monday named Jane Doe, its head of sales, and John Roe, a longtime banker, to its board of directors.", nil},
	})
}

// claimsOf returns the claims extraction finds in body as "TICKER metric op value".
func claimsOf(t *testing.T, x *extract.Extractor, body string) []string {
	t.Helper()
	var got []string
	for _, c := range x.Extract(article("Markets", "2024-06-12", body)).Claims {
		got = append(got, fmt.Sprintf("%s %s %s %g", c.Ticker, c.Metric, c.Op, c.Value))
	}
	return got
}

// TestPeriodAndIntradayClaims checks two claims that had been read as a day's return and found
// false against the prices: a move set against a move over a period ("has fallen 28% so far this
// year, while the S&P 500 is up 12%") is over that period, no claim; and a move "as much as" a
// figure is the day's extreme, which bounds the close's return ("fell as much as 9%" closed down
// 9% at most). A day's move beside another stays a day's.
func TestPeriodAndIntradayClaims(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"Tesla stock has fallen 28% so far this year, while the S&P 500 is up 12%.", nil},
		{"Intel shares fell as much as 9% on Friday.", []string{"INTC day_return ge -9"}},
		{"Intel shares rose as much as 9% on Friday.", []string{"INTC day_return le 9"}},
		// near-misses
		{"Tesla stock fell 3% on Friday, while the S&P 500 rose 1%.", []string{"TSLA day_return eq -3", "GSPC day_return eq 1"}},
		{"Intel shares fell 9% on Friday.", []string{"INTC day_return eq -9"}},
	} {
		if got := claimsOf(t, x, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q: claims %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestTitleCaseNews checks a one-word name in a headline that capitalizes every word, before a
// stock's move or a fiscal period's shorthand: "Palantir Soars On Guidance", "Costco Q3 Earnings
// Beat". The capital after the name had made it a word of a longer name, no company. A capital
// word that is neither keeps the name apart, and prose is unchanged.
func TestTitleCaseNews(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"Palantir Soars On Guidance", []string{"price_move PLTR", "guidance PLTR"}},
		{"Costco Q3 Earnings Beat", []string{"earnings COST"}},
		{"Costco Plunges After Earnings", []string{"price_move COST", "earnings COST"}},
		// near-misses: no move or period after the name
		{"Costco Wholesale Club Opens In Denver", nil},
	} {
		var got []string
		for _, e := range x.Extract(article(tt.title, "2025-02-04", "Nothing else was said.")).Events {
			got = append(got, typeTickers(e))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestBankruptcyExit checks a bankruptcy left ("emerged from Chapter 11", "expects to exit
// bankruptcy"): detail emerged, where it had read as a case entered; an exit told in an aside
// keeps its own year. A filing keeps its reading.
func TestBankruptcyExit(t *testing.T) {
	checkDetailed(t, []detailCase{
		{"Rite Aid said on Thursday it had emerged from Chapter 11 bankruptcy as a private company.", []string{"bankruptcy occurred RAD 2024-06-06 emerged"}},
		{"Spirit Airlines expects to exit bankruptcy protection in the first quarter.", []string{"bankruptcy forecast SAVE 2025-Q1 emerged"}},
		// near-misses
		{"Spirit Airlines filed for Chapter 11 bankruptcy protection on Monday.", []string{"bankruptcy occurred SAVE 2024-06-10"}},
		{"Hertz Global, which emerged from bankruptcy in 2021, said on Monday it would cut 500 jobs.", []string{"bankruptcy occurred HTZ 2021 emerged", "restructuring forecast HTZ 2024-06-10"}},
	})
}

// TestHoldersSellHeadline checks an offering of shares the company's holders sell, which raises
// the company nothing: its headline says the holders sell, where it had said the company raises
// financing. The company's own offering keeps its headline.
func TestHoldersSellHeadline(t *testing.T) {
	x := &extract.Extractor{Companies: linker(t)}
	checkSentences(t, x, []sentenceCase{
		{"", "Reddit Inc said on Tuesday some shareholders would sell 10 million shares in a secondary offering; the company will not receive any proceeds.", []string{"Reddit holders sell shares"}},
		{"", "SoftBank will sell 20 million Arm shares in an offering by selling shareholders, Arm said on Monday.", []string{"Arm Holdings holders sell shares"}},
		// near-miss
		{"", "Reddit Inc said on Tuesday it would sell 10 million new shares in a secondary offering to fund acquisitions.", []string{"Reddit raises financing"}},
	}, headlineOf)
}
