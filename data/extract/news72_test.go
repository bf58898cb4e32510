package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news72Extractor knows the companies of the news72 tests, all invented: a tool maker, a pump
// maker, a staffing firm and a broker.
func news72Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Tarvin Tools", Company: co("Tarvin Tools Inc", "TRVN")},
		{Alias: "Brackwell Pumps", Company: co("Brackwell Pumps Corp", "BRKP")},
		{Alias: "Ostley Staffing", Company: co("Ostley Staffing Inc", "OSTF")},
		{Alias: "Halsey Securities", Company: co("Halsey Securities Corp", "HLSY")},
	})}
}

// typeStatusTickersDate describes an event as "earnings forecast TRVN 2024-08".
func typeStatusTickersDate(e extract.Event) string {
	return string(e.Type) + " " + string(e.Status) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
}

// TestNews72ScheduledMonth checks results told in the present with a month after the publication
// (2024-06-12): the month is the schedule's, a forecast dated by it, as "reports Thursday" is.
func TestNews72ScheduledMonth(t *testing.T) {
	checkSentences(t, news72Extractor(), []sentenceCase{
		{body: "Tarvin Tools reports its quarterly results in August.",
			want: []string{"earnings forecast TRVN 2024-08"}},
		{body: "Brackwell Pumps posts fourth-quarter earnings next month, the company said.",
			want: []string{"earnings forecast BRKP 2024-07"}},
		// Near misses: a month the results cover, and a month already past, keep the
		// publication day.
		{body: "Ostley Staffing reports results for the quarter ending in September.",
			want: []string{"earnings occurred OSTF 2024-06-12"}},
		{body: "Ostley Staffing reports its quarterly results in May.",
			want: []string{"earnings occurred OSTF 2024-06-12"}},
	}, typeStatusTickersDate)
}
