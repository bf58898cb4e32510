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

// alignSQL aligns events on their tickers' trading days: each event finds the first trading day
// on or after its start and the last on or before its end. Nearly every event settles within a
// week of its dates (weekends, holidays), so the week's days are looked up by equi-join, which
// probes the prices once; only the events the week does not settle (gaps in a series, dates past
// either end) take the ASOF joins, over their tickers' prices alone.
const alignSQL = `
WITH ev AS (
	SELECT e.event_id, t.ticker, e.date, e.granularity, e.start_date, e.end_date, e.type, e.status, e.headline
	FROM events e JOIN event_tickers t USING (event_id)
	WHERE %s
), bounds AS (
	SELECT ticker, min(date) AS first_day, max(date) AS last_day FROM prices
	WHERE ticker IN (SELECT ticker FROM ev) GROUP BY ticker
), probe AS (
	SELECT event_id, ticker, start_date + k::INTEGER AS day, true AS fwd FROM ev CROSS JOIN range(7) AS r(k)
	UNION ALL
	SELECT event_id, ticker, end_date - k::INTEGER AS day, false AS fwd FROM ev CROSS JOIN range(7) AS r(k)
), near AS (
	SELECT probe.event_id, probe.ticker, min(p.date) FILTER (WHERE probe.fwd) AS on_or_after,
		max(p.date) FILTER (WHERE NOT probe.fwd) AS on_or_before
	FROM probe JOIN prices p ON p.ticker = probe.ticker AND p.date = probe.day
	GROUP BY probe.event_id, probe.ticker
), settled AS (
	SELECT ev.*, near.on_or_after, near.on_or_before
	FROM ev LEFT JOIN near USING (event_id, ticker)
), far AS (
	SELECT * FROM settled WHERE on_or_after IS NULL OR on_or_before IS NULL
), far_prices AS (
	SELECT ticker, date FROM prices WHERE ticker IN (SELECT ticker FROM far)
), fwd AS (
	SELECT far.event_id, far.ticker, far.end_date, coalesce(far.on_or_after, p.date) AS on_or_after, far.on_or_before
	FROM far ASOF LEFT JOIN far_prices p ON p.ticker = far.ticker AND p.date >= far.start_date
), both_ways AS (
	SELECT fwd.event_id, fwd.ticker, fwd.on_or_after, coalesce(fwd.on_or_before, p.date) AS on_or_before
	FROM fwd ASOF LEFT JOIN far_prices p ON p.ticker = fwd.ticker AND p.date <= fwd.end_date
)
SELECT s.event_id, s.ticker, s.date, s.granularity, s.type, s.status, s.headline, s.start_date, s.end_date,
	coalesce(s.on_or_after, f.on_or_after), coalesce(s.on_or_before, f.on_or_before), b.first_day, b.last_day
FROM settled s LEFT JOIN both_ways f USING (event_id, ticker) LEFT JOIN bounds b USING (ticker)
ORDER BY s.start_date, s.event_id, s.ticker`

// Align places the selected events on their tickers' trading days.
func Align(ctx context.Context, db *sql.DB, f Filter) ([]Alignment, error) {
	return align(ctx, db, f, alignSQL)
}

// align runs Align with query, which takes alignSQL's condition and returns its columns.
func align(ctx context.Context, db *sql.DB, f Filter, query string) ([]Alignment, error) {
	where, args := f.where()
	rows, err := db.QueryContext(ctx, fmt.Sprintf(query, where), args...)
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
