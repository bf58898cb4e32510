package usecase

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
)

// Span is what prices a ticker has: its first and last trading day and its number of rows.
type Span struct {
	First, Last time.Time
	Days        int
}

// Coverage gives each ticker's span of prices within [from, to] (zero times are open). Every
// question of the form "does this ticker have prices (here)?" is answered from it.
func Coverage(ctx context.Context, db *sql.DB, from, to time.Time) (map[string]Span, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT ticker, first_day, last_day, days FROM price_coverage(from_day := $from::DATE, to_day := $to::DATE)`, sql.Named("from", nullDay(from)), sql.Named("to", nullDay(to)))
	if err != nil {
		return nil, fmt.Errorf("price coverage: %w", err)
	}
	defer rows.Close()
	out := map[string]Span{}
	for rows.Next() {
		var t string
		var s Span
		if err := rows.Scan(&t, &s.First, &s.Last, &s.Days); err != nil {
			return nil, fmt.Errorf("price coverage: %w", err)
		}
		out[t] = s
	}
	return out, rows.Err()
}

// Tickers lists the tickers of a coverage, sorted.
func Tickers(cov map[string]Span) []string {
	return slices.Sorted(maps.Keys(cov))
}

// loadedList says which tickers have prices, for messages.
func loadedList(cov map[string]Span) string {
	if len(cov) == 0 {
		return "none"
	}
	return strings.Join(Tickers(cov), ", ")
}

// noPricesInRange is the input error for a ticker with prices, but none in [from, to].
func noPricesInRange(ticker string, from, to time.Time, all Span) error {
	return Inputf("no prices for %s between %s and %s (its prices run %s to %s)", ticker,
		dayOr(from, "the start"), dayOr(to, "the end"), day(all.First), day(all.Last))
}

// Bars are ticker's daily bars within [from, to]; none is an input error that says what the
// ticker has.
func Bars(ctx context.Context, db *sql.DB, ticker string, from, to time.Time) ([]analytics.DailyBar, error) {
	bars, err := analytics.DailyBars(ctx, db, ticker, from, to)
	if err != nil || len(bars) > 0 {
		return bars, err
	}
	all, err := Coverage(ctx, db, time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	s, ok := all[ticker]
	if !ok {
		return nil, Inputf("no prices for %s: load them (eventline ingest prices %s.csv) or check the ticker (eventline info)", ticker, ticker)
	}
	return nil, noPricesInRange(ticker, from, to, s)
}
