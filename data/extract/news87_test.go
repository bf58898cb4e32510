package extract_test

import (
	"slices"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news87Extractor knows the companies of the news87 tests, all invented: makers, a chain, a
// miner and a broker.
func news87Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harnham Industries", Company: co("Harnham Industries Inc", "HRNI")},
		{Alias: "Harnham", Company: co("Harnham Industries Inc", "HRNI")},
		{Alias: "Kyloe", Company: co("Kyloe Corp", "KYLO")},
		{Alias: "Duddo Stores", Company: co("Duddo Stores Inc", "DDST")},
		{Alias: "Etal Mining", Company: co("Etal Mining Co", "ETLM")},
		{Alias: "Etal", Company: co("Etal Mining Co", "ETLM")},
		{Alias: "Lilburn", Company: co("Lilburn Corp", "LLBN")},
		{Alias: "Heatherslaw", Company: co("Heatherslaw Inc", "HTHS")},
	})}
}

// news87Check runs the table of a news87 test: each body's event types as storyTypes reads them.
func news87Check(t *testing.T, tests []struct {
	title, body string
	want        []string
}) {
	t.Helper()
	x := news87Extractor()
	for _, tt := range tests {
		if got := storyTypes(x, "1987-11-10", tt.title, tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q: got %v, want %v", tt.title, tt.body, got, tt.want)
		}
	}
}

// TestNews87InsidersBought checks that officers and directors buying their company's shares for
// themselves make no deal and no buyback, while the company's own purchase, a purchase insiders
// decide and a group they belong to stay as they were.
func TestNews87InsidersBought(t *testing.T) {
	news87Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Insiders", "Harnham Industries said four of its officers and directors bought a total of 62,000 of the company's common shares last week.", nil},
		{"HARNHAM INDUSTRIES <HRNI> DIRECTORS BUY STOCK", "The purchases were disclosed in a filing.", nil},
		{"Insiders", "Kyloe Corp said its officers have purchased 40,000 shares of its common stock since the market's decline.", nil},
		{"Insiders", "President Alan J. Ward bought 25,000 Kyloe shares in the open market, the company said.", nil},
		// Near misses: the company buys, insiders decide the purchase, insiders buy a company.
		{"Buyback", "Harnham Industries said it bought 62,000 of its common shares last week.", []string{"buyback"}},
		{"Buyback", "Kyloe said its directors authorized the purchase of up to 1.5 mln of its common shares.", []string{"buyback"}},
		{"Deal", "Kyloe said its directors agreed to buy Lilburn Corp for 18 dlrs a share.", []string{"acquisition"}},
		{"KYLOE DIRECTORS APPROVE BUYING OWN SHARES", "The board met on Tuesday.", []string{"buyback"}},
	})
}

// TestNews87CloseAgainstEarlierDay checks that a close told against the level of an earlier day
// or before an event is a price level, while the day's change, a weekday's level and a course
// over years stay moves.
func TestNews87CloseAgainstEarlierDay(t *testing.T) {
	news87Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Plans", "Duddo Stores shares closed yesterday at 14-3/8, down from 21-1/4 on October 14.", nil},
		{"Plans", "Etal Mining's stock closed at $9.50 on the American Stock Exchange, up from $6.25 before the market's collapse.", nil},
		{"Plans", "Lilburn stock closed Tuesday at 31-1/2 in composite trading, down from 40 in August.", nil},
		// Near misses: the day's change, and a course over years.
		{"Plans", "Duddo Stores shares closed yesterday at 14-3/8, down 1/2.", []string{"price_move"}},
		{"Plans", "Lilburn stock closed at 31-1/2 on Tuesday, up from 12 five years ago.", []string{"price_move"}},
	})
}

// TestNews87MoveInCause checks that a stock's drop told as the cause of a company's decision
// ("in response to") is no move of its own, and the decision is kept, while a move told with its
// verb stays.
func TestNews87MoveInCause(t *testing.T) {
	news87Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Buyback", "Heatherslaw Inc said its board authorized the purchase of as many as 1.5 mln of its common shares, in response to last week's drop in the stock's price.", []string{"buyback"}},
		{"Buyback", "Lilburn authorized the purchase of up to 2 mln of its common shares, in response to Monday's plunge in the share price.", []string{"buyback"}},
		{"Buyback", "Lilburn set a buyback of 800,000 shares, in response to the market's drop last week.", []string{"buyback"}},
		// Near miss: the move told for itself.
		{"Move", "Heatherslaw shares fell 4-1/4 to 18 in response to the company's forecast.", []string{"price_move"}},
	})
}

// TestNews87TradedIssues checks that "issues" that trade are stocks, no paper sold, while an
// issue of shares stays an offering.
func TestNews87TradedIssues(t *testing.T) {
	news87Check(t, []struct {
		title, body string
		want        []string
	}{
		{"Gold stocks", "Duddo Stores was the most actively traded issue on the Big Board, with 2.4 mln shares traded.", nil},
		{"Gold stocks", "Lilburn led the list of most active issues, with 4.2 mln shares traded.", nil},
		{"Gold stocks", "Etal was one of the most active issues on the Amex yesterday, with 900,000 shares traded.", nil},
		// Near miss: shares issued.
		{"Offering", "Etal Mining said it plans an issue of 2 mln common shares to repay bank debt.", []string{"offering"}},
	})
}
