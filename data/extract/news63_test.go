package extract_test

import (
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news63Extractor knows the companies of the news63 tests, all invented: three chip-tool makers,
// a laptop maker, a network-gear maker and a software house.
func news63Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Quarrytech Systems", Company: co("Quarrytech Systems Inc", "QRTS")},
		{Alias: "Lindqvist Research", Company: co("Lindqvist Research Corp", "LNQR")},
		{Alias: "Ormond Instruments", Company: co("Ormond Instruments Inc", "ORMI")},
		{Alias: "Pellworth Computing", Company: co("Pellworth Computing Inc", "PLWC")},
		{Alias: "Vantrell Networks", Company: co("Vantrell Networks Inc", "VNTR")},
		{Alias: "Calloway Software", Company: co("Calloway Software Inc", "CLWS")},
	})}
}

// TestNews63HedgedMoves checks moves of a company named far from "shares" whose size a hedge or a
// range opens: the size after the hedge is the move's, as a bare size is.
func TestNews63HedgedMoves(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{body: "Shares of U.S. chip tool makers Quarrytech Systems, Lindqvist Research and Ormond Instruments fell between 6% and 10% on Tuesday.",
			want: []string{"price_move ORMI;LNQR;QRTS"}},
		{body: "Shares of U.S. chip tool makers Quarrytech Systems, Lindqvist Research and Ormond Instruments slid as much as 8% on Tuesday.",
			want: []string{"price_move ORMI;LNQR;QRTS"}},
		{body: "Shares of U.S. chip tool makers Quarrytech Systems, Lindqvist Research and Ormond Instruments rose more than 4% on Tuesday.",
			want: []string{"price_move ORMI;LNQR;QRTS"}},
		{body: "Shares of U.S. chip tool makers Quarrytech Systems, Lindqvist Research and Ormond Instruments dropped by about 5% on Tuesday.",
			want: []string{"price_move ORMI;LNQR;QRTS"}},
		// Near misses: a range of months and a hedged share of a market are no move's size.
		{body: "Quarrytech Systems, Lindqvist Research and Ormond Instruments rose between June and August as orders recovered.",
			want: nil},
		{body: "Quarrytech Systems, Lindqvist Research and Ormond Instruments gained about 5% of the market last year.",
			want: nil},
	}, typeTickers)
}

// TestNews63MeasuredOrders checks "orders" measured by a noun of pace or trend before "of" or
// "in": demand described, no contract; an order won or counted stays one.
func TestNews63MeasuredOrders(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{body: "Quarrytech Systems said on Tuesday that a slower pace of orders from memory makers would weigh on its sales.",
			want: nil},
		{body: "Ormond Instruments said on Tuesday a slowdown in orders from telecom carriers had hurt its margins.",
			want: nil},
		{body: "Vantrell Networks said on Tuesday it was working through a backlog of orders for its switches.",
			want: nil},
		// Near misses: orders won, and a string of them, are contracts.
		{body: "Vantrell Networks said on Tuesday it won orders from two telecom carriers worth $300 million.",
			want: []string{"contract VNTR"}},
		{body: "Vantrell Networks said on Tuesday it had won a string of orders from European carriers.",
			want: []string{"contract VNTR"}},
	}, typeTickers)
}

// TestNews63TargetedResults checks results named as a goal (a verb of targeting, or a goal's
// noun set by a verb): the company's outlook, not results; results measured against a goal
// stay results.
func TestNews63TargetedResults(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{title: "Vantrell Networks targets faster revenue growth at investor day",
			want: []string{"guidance VNTR"}},
		{title: "Calloway Software sets 2028 targets for subscription revenue growth",
			want: []string{"guidance CLWS"}},
		{title: "Pellworth Computing aims for double-digit revenue growth in 2026",
			want: []string{"guidance PLWC"}},
		// Near misses: results that beat or missed a goal, and a verb of targeting with no result.
		{title: "Calloway Software beat its targets for subscription revenue growth",
			want: []string{"earnings CLWS"}},
		{title: "Vantrell Networks targets small businesses with cheaper routers",
			want: nil},
	}, typeTickers)
}

// TestNews63ProductsDelayed checks a product its maker puts off, named by its goods right after
// the verb of delay: product news, as a delayed release is; orders, payments and results put off
// are not.
func TestNews63ProductsDelayed(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{title: "Quarrytech Systems delays 3-nanometer chips by six months; shares fall",
			want: []string{"product QRTS", "price_move QRTS"}},
		{title: "Pellworth Computing pushes back its first foldable laptop to 2026",
			want: []string{"product PLWC"}},
		{body: "Vantrell Networks said on Monday it had postponed its next-generation servers, citing a shortage of parts.",
			want: []string{"product VNTR"}},
		// Near misses: goods that are the first word of another noun, and purchases put off.
		{body: "Pellworth Computing said on Monday that customers had delayed chip orders until the spring.",
			want: nil},
		{body: "Pellworth Computing said on Monday that corporate buyers delayed upgrades of their laptops.",
			want: nil},
	}, typeTickers)
}

// TestNews63Unsettled checks "settled" opened by an idiom of doubt: an open matter, no
// settlement; a suit settled stays legal news.
func TestNews63Unsettled(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{title: "Vantrell Networks bets on open chiplets, but the standards fight is far from settled",
			want: nil},
		{title: "Calloway Software's pricing fight with cloud rivals is anything but settled",
			want: nil},
		{title: "Pellworth Computing says the question of who pays for the recall is nowhere near resolved",
			want: nil},
		// Near miss: a suit settled is the suit's news.
		{title: "Vantrell Networks settles patent fight with Ormond Instruments",
			want: []string{"legal VNTR;ORMI"}},
	}, typeTickers)
}

// TestNews63AimedAt checks the companies a launch "takes aim at": rivals, no parties of it, as
// those it "takes on" are.
func TestNews63AimedAt(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{title: "Pellworth Computing unveils thin gaming laptop, takes aim at Calloway Software and Vantrell Networks",
			want: []string{"product PLWC"}},
		{body: "Ormond Instruments on Monday launched an inspection tool taking aim at Quarrytech Systems.",
			want: []string{"product ORMI"}},
		// Near miss: a partner named with "with" is a party.
		{body: "Ormond Instruments on Monday launched an inspection tool with Quarrytech Systems.",
			want: []string{"product ORMI;QRTS"}},
	}, typeTickers)
}

// TestNews63OutperformClaims checks "outperform" after a modal with goods or rivals as its
// object: a maker's claim about its product, no broker's rating; an upgrade to outperform stays
// a rating.
func TestNews63OutperformClaims(t *testing.T) {
	checkSentences(t, news63Extractor(), []sentenceCase{
		{body: "Pellworth Computing on Monday unveiled a laptop processor it said would outperform chips from Vantrell Networks.",
			want: []string{"product PLWC"}},
		{body: "Ormond Instruments said on Monday its new tool will outperform rivals' machines on speed.",
			want: nil},
		// Near miss: a broker's rating.
		{body: "A broker upgraded Calloway Software to outperform on Monday.",
			want: []string{"analyst CLWS"}},
	}, typeTickers)
}
