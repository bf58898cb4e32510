package extract_test

import (
	"strings"
	"testing"

	"github.com/eventline/eventline/data/extract"
)

// news65Extractor knows the companies of the news65 tests, all invented: a minicomputer maker,
// a disk drive maker, a modem maker and a chipmaker.
func news65Extractor() *extract.Extractor {
	co := func(name, ticker string) extract.Company { return extract.Company{Name: name, Ticker: ticker} }
	return &extract.Extractor{Companies: extract.NewCompanies([]extract.Alias{
		{Alias: "Harrowgate Computer", Company: co("Harrowgate Computer Corp", "HRGC")},
		{Alias: "Ossington Drives", Company: co("Ossington Drives Inc", "OSDR")},
		{Alias: "Tillbrook Modem", Company: co("Tillbrook Modem Corp", "TLBM")},
		{Alias: "Quantock Micro", Company: co("Quantock Micro Inc", "QNTM")},
	})}
}

// TestNews65GoodsFromSuppliers checks goods bought from sellers named only by their role
// ("outside suppliers", "Japanese vendors"), with no agreement or rate: how a maker sources its
// parts, no deal.
func TestNews65GoodsFromSuppliers(t *testing.T) {
	checkSentences(t, news65Extractor(), []sentenceCase{
		{body: "Harrowgate Computer said last month it would buy more of its software from outside suppliers.",
			want: nil},
		{body: "Ossington Drives buys most of its read heads from Japanese vendors.",
			want: nil},
		{body: "Tillbrook Modem said it will purchase circuit boards from several subcontractors next year.",
			want: nil},
		// Controls: a business or a named company bought stays a deal, and goods bought under
		// an agreement stay a supply contract.
		{body: "Harrowgate Computer said it will buy the disk drive unit from its suppliers.",
			want: []string{"acquisition HRGC"}},
		{body: "Harrowgate Computer agreed to buy Ossington Drives from its founders.",
			want: []string{"acquisition HRGC;OSDR"}},
		{body: "Quantock Micro agreed to buy 2 mln wafers a year from suppliers under a five-year agreement.",
			want: []string{"contract QNTM"}},
	}, typeTickers)
}

// TestNews65AgedPersonJoins checks a person's joining a company told with the person's age set
// off by commas ("Mary Oakes, 52, joined ..."): the person's history, as "Oakes joined ..." is,
// no partnership.
func TestNews65AgedPersonJoins(t *testing.T) {
	checkSentences(t, news65Extractor(), []sentenceCase{
		{body: "Gordon Pryce, 47, joined Harrowgate Computer, a maker of minicomputers, in 1984 from a rival company.",
			want: nil},
		{body: "Ann Kerr, 39, joins Ossington Drives after a decade at a rival.",
			want: nil},
		{body: "The new president, Tom Hale, 55, joined Tillbrook Modem last year.",
			want: nil},
		// Controls: a company joining another in a venture, with or without a figure set off
		// by commas before the verb.
		{body: "Harrowgate Computer joined Quantock Micro in a venture to make chips.",
			want: []string{"partnership HRGC;QNTM"}},
		{body: "Harrowgate Computer, 1985, joined Quantock Micro in a venture to make chips.",
			want: []string{"partnership HRGC;QNTM"}},
	}, typeTickers)
}

// typeTickersValue describes an event by its type, tickers and date value.
func typeTickersValue(e extract.Event) string {
	return string(e.Type) + " " + strings.Join(e.Tickers, ";") + " " + e.Value
}

// TestNews65EndedInMonth checks a month after "ended in" or "ending in" and a period ("the
// quarter ended in April"): the period's last day, which dates no other predicate of the
// sentence, as "the quarter ended April 30" does not.
func TestNews65EndedInMonth(t *testing.T) {
	checkSentences(t, news65Extractor(), []sentenceCase{
		{body: "Harrowgate Computer earned 3.4 mln dlrs in the quarter ended in April, and cut 200 jobs.",
			want: []string{"earnings HRGC 2024-06-12", "restructuring HRGC 2024-06-12"}},
		{body: "Ossington Drives said it closed two plants during the fiscal year ending in March.",
			want: []string{"restructuring OSDR 2024-06-12"}},
		// Control: what ends in the month is no period, and the month dates the clause.
		{body: "Quantock Micro said the strike ended in April, and it cut 200 jobs.",
			want: []string{"restructuring QNTM 2024-04"}},
	}, typeTickersValue)
}

// TestNews65LaterPredicateDate checks a first predicate with a date of its own, then "and" and a
// second predicate with another: the later date is the second's ("laid off 180 workers this
// year and lost 3.4 mln dlrs in its third quarter").
func TestNews65LaterPredicateDate(t *testing.T) {
	checkSentences(t, news65Extractor(), []sentenceCase{
		{body: "Harrowgate Computer has laid off 180 workers this year and lost 3.4 mln dlrs in its fiscal third quarter.",
			want: []string{"restructuring HRGC 2024", "earnings HRGC 2024-06-12"}},
		{body: "Tillbrook Modem cut 300 jobs last year and closed its Dallas plant in March.",
			want: []string{"restructuring TLBM 2023"}},
		// Controls: no date of the first predicate's own, and no verb after "and".
		{body: "Quantock Micro cut 200 jobs and closed a plant in March.",
			want: []string{"restructuring QNTM 2024-03"}},
		{body: "Quantock Micro cut 200 jobs in March and 100 in April.",
			want: []string{"restructuring QNTM 2024-03"}},
	}, typeTickersValue)
}

// TestNews65AnalystTargetPeriod checks the year of an analyst's estimate ("cut his estimate of
// Acme's 1988 earnings"): the period the estimate is about, so the call is dated the day it is
// told, as results and outlooks are.
func TestNews65AnalystTargetPeriod(t *testing.T) {
	checkSentences(t, news65Extractor(), []sentenceCase{
		{body: "Analyst Paul Merriman cut his estimate of Quantock Micro's 2025 earnings to 1.10 dlrs a share from 1.45 dlrs.",
			want: []string{"analyst QNTM 2024-06-12"}},
		{body: "Analyst Ann Lowe raised her 2025 estimate for Ossington Drives to 2.10 dlrs a share.",
			want: []string{"analyst OSDR 2024-06-12"}},
		{body: "Analyst Ann Lowe raised her estimate of earnings for 2025 for Ossington Drives to 2.10 dlrs a share.",
			want: []string{"analyst OSDR 2024-06-12"}},
		// Controls: a day still dates the call, and a year of the call's own stays.
		{body: "Analyst Paul Merriman lowered his 2025 earnings estimate for Quantock Micro on Tuesday.",
			want: []string{"analyst QNTM 2024-06-11"}},
		{body: "Analyst Ann Lowe upgraded Ossington Drives to buy in 2022.",
			want: []string{"analyst OSDR 2022"}},
	}, typeTickersValue)
}
