// Package analytics holds the SQL behind eventline's measurements: events aligned to trading days,
// window returns and abnormal returns. The work runs in DuckDB over the stored tables; Go receives
// one typed row per result.
package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/eventline/eventline/internal/sqltext"
)

// Filter selects events.
type Filter struct {
	Tickers  []string
	Types    []string
	From, To time.Time // on the event's start date; zero means open
}

// where returns the SQL condition on events e and event_tickers t, and its arguments.
func (f Filter) where() (string, []any) {
	conds := []string{"true"}
	var args []any
	if len(f.Tickers) > 0 {
		conds = append(conds, "t.ticker IN (SELECT unnest(?::VARCHAR[]))")
		args = append(args, sqltext.List(f.Tickers))
	}
	if len(f.Types) > 0 {
		conds = append(conds, "e.type IN (SELECT unnest(?::VARCHAR[]))")
		args = append(args, sqltext.List(f.Types))
	}
	if !f.From.IsZero() {
		conds = append(conds, "e.start_date >= ?")
		args = append(args, f.From)
	}
	if !f.To.IsZero() {
		conds = append(conds, "e.start_date <= ?")
		args = append(args, f.To)
	}
	return strings.Join(conds, " AND "), args
}

// rangeArgs are the query arguments of a ticker list and an optional date range: the list as a
// literal ('[]' for all tickers) and each date, or nil where open.
func rangeArgs(tickers []string, from, to time.Time) (list string, fromArg, toArg any) {
	list = "[]"
	if len(tickers) > 0 {
		list = sqltext.List(tickers)
	}
	if !from.IsZero() {
		fromArg = from
	}
	if !to.IsZero() {
		toArg = to
	}
	return list, fromArg, toArg
}

// Alignment places one event, for one of its tickers, on that ticker's trading days.
type Alignment struct {
	EventID     int64
	Ticker      string
	Date        string // the event's TIMEX3 value
	Granularity string
	Type        string
	Status      string
	Headline    string
	// T0 is the event day for day-granular events: the first trading day of the ticker on or
	// after the event date. Nil when the date is outside the ticker's prices (see Reason).
	T0 *time.Time
	// PeriodStart and PeriodEnd are the first and last trading days within a coarser event's span.
	PeriodStart, PeriodEnd *time.Time
	// Reason says why there is no T0 or period.
	Reason string
}

// alignSQL aligns events with ASOF joins: each event finds the first trading day on or after its
// start and the last on or before its end, on its own ticker's calendar.
const alignSQL = `
WITH bounds AS (
	SELECT ticker, min(date) AS first_day, max(date) AS last_day FROM prices GROUP BY ticker
), ev AS (
	SELECT e.event_id, t.ticker, e.date, e.granularity, e.start_date, e.end_date, e.type, e.status, e.headline
	FROM events e JOIN event_tickers t USING (event_id)
	WHERE %s
), fwd AS (
	SELECT ev.*, p.date AS on_or_after
	FROM ev ASOF LEFT JOIN prices p ON p.ticker = ev.ticker AND p.date >= ev.start_date
), both_ways AS (
	SELECT fwd.*, p.date AS on_or_before
	FROM fwd ASOF LEFT JOIN prices p ON p.ticker = fwd.ticker AND p.date <= fwd.end_date
)
SELECT w.event_id, w.ticker, w.date, w.granularity, w.type, w.status, w.headline,
	w.start_date, w.end_date, w.on_or_after, w.on_or_before, b.first_day, b.last_day
FROM both_ways w LEFT JOIN bounds b USING (ticker)
ORDER BY w.start_date, w.event_id, w.ticker`

// Align places the selected events on their tickers' trading days.
func Align(ctx context.Context, db *sql.DB, f Filter) ([]Alignment, error) {
	where, args := f.where()
	rows, err := db.QueryContext(ctx, fmt.Sprintf(alignSQL, where), args...)
	if err != nil {
		return nil, fmt.Errorf("align events: %w", err)
	}
	defer rows.Close()
	var out []Alignment
	for rows.Next() {
		var a Alignment
		var start, end time.Time
		var after, before, first, last sql.NullTime
		if err := rows.Scan(&a.EventID, &a.Ticker, &a.Date, &a.Granularity, &a.Type, &a.Status, &a.Headline,
			&start, &end, &after, &before, &first, &last); err != nil {
			return nil, fmt.Errorf("align events: %w", err)
		}
		day := func(t time.Time) string { return t.Format("2006-01-02") }
		switch {
		case !first.Valid:
			a.Reason = fmt.Sprintf("no prices for %s", a.Ticker)
		case a.Granularity == "day" && start.Before(first.Time):
			// Rolling forward would land on a later day than the event's: never a wrong day.
			a.Reason = fmt.Sprintf("%s has no prices before %s", a.Ticker, day(first.Time))
		case a.Granularity == "day" && !after.Valid:
			a.Reason = fmt.Sprintf("%s has no prices after %s", a.Ticker, day(last.Time))
		case a.Granularity == "day":
			t0 := after.Time
			a.T0 = &t0
		case !after.Valid || !before.Valid || after.Time.After(end):
			// A coarse span keeps the trading days it shares with the series, if any.
			a.Reason = fmt.Sprintf("%s has no prices between %s and %s (its prices run %s to %s)",
				a.Ticker, day(start), day(end), day(first.Time), day(last.Time))
		default:
			ps, pe := after.Time, before.Time
			a.PeriodStart, a.PeriodEnd = &ps, &pe
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
