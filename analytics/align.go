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

	"github.com/eventline/eventline/data/events"
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
	// Excluded says why a study left the event out by design (a price_move event); set by Study.
	Excluded string
	// Session is when in the trading day the event's news came out (events.session), "" when
	// unknown. Moved says the news came after the close of the event's date, so that T0 is the
	// first trading day after that date rather than on or after it.
	Session string
	Moved   bool
}

// alignSQL aligns events on their tickers' trading days: each event finds the first trading day
// on or after its start and the last on or before its end. Nearly every event settles within a
// week of its dates (weekends, holidays), so the week's days are looked up by an equi-join, which
// probes the prices once; farSQL settles the rest, and finds the first and last days of their
// tickers, which only the rest need (an event with trading days in the week before and after its
// dates is within its ticker's series).
const alignSQL = `
WITH ev AS (
	SELECT e.event_id, t.ticker, e.date, e.granularity, e.start_date + e.moved AS start_date, e.end_date + e.moved AS end_date,
		e.type, e.status, e.headline, e.session
	FROM (SELECT *, (granularity = 'day' AND session IS NOT DISTINCT FROM 'after_close')::INTEGER AS moved FROM events) e
	JOIN event_tickers t USING (event_id)
	WHERE %s
), keys AS (
	-- Through a one-row list and back: that resets the planner's estimate of the events' number,
	-- so that the join below builds on the probe's days rather than on the prices.
	SELECT unnest(l, recursive := true) FROM (SELECT list({event_id: event_id, ticker: ticker,
		start_date: start_date, end_date: end_date}) AS l FROM ev WHERE ` + probeAll + `)
), probe AS (
	SELECT event_id, ticker, start_date + k::INTEGER AS day, true AS fwd FROM keys CROSS JOIN range(7) AS r(k)
	UNION ALL
	SELECT event_id, ticker, end_date - k::INTEGER AS day, false AS fwd FROM keys CROSS JOIN range(7) AS r(k)
), near AS (
	SELECT probe.event_id, probe.ticker, min(p.date) FILTER (WHERE probe.fwd) AS on_or_after,
		max(p.date) FILTER (WHERE NOT probe.fwd) AS on_or_before
	FROM probe JOIN prices p ON p.ticker = probe.ticker AND p.date = probe.day
	GROUP BY probe.event_id, probe.ticker
)
SELECT ev.event_id, ev.ticker, ev.date, ev.granularity, ev.type, ev.status, ev.headline, ev.session, ev.start_date, ev.end_date,
	near.on_or_after, near.on_or_before, NULL::DATE AS first_day, NULL::DATE AS last_day
FROM ev LEFT JOIN near USING (event_id, ticker)
ORDER BY ev.start_date, ev.event_id, ev.ticker`

// farSQL settles the events the week's lookup did not, by ASOF joins over their own tickers'
// prices (%s: the tickers written into the text, a short list that the planner builds its join on,
// where a subquery's estimate can make it build on the prices).
const farSQL = `
WITH far AS (
	SELECT unnest(?::BIGINT[]) AS k, unnest(?::VARCHAR[]) AS ticker, unnest(?::DATE[]) AS start_date, unnest(?::DATE[]) AS end_date
), p AS (
	SELECT ticker, date FROM prices WHERE ticker IN (%[1]s)
), bounds AS (
	SELECT ticker, first_day, last_day FROM price_coverage() WHERE ticker IN (%[1]s)
), fwd AS (
	SELECT far.*, p.date AS on_or_after
	FROM far ASOF LEFT JOIN p ON p.ticker = far.ticker AND p.date >= far.start_date
)
SELECT fwd.k, fwd.on_or_after, p.date, b.first_day, b.last_day
FROM fwd ASOF LEFT JOIN p ON p.ticker = fwd.ticker AND p.date <= fwd.end_date
LEFT JOIN bounds b ON b.ticker = fwd.ticker`

// probeAll is alignSQL's condition on the events whose days it looks up: all of them for Align.
// A study places the events it measures in its own statements, over the prices they number
// anyway, and replaces it with a condition that leaves those out (their rows come back with
// neither day, for the study to fill in).
const probeAll = "/* probe */ true"

// Align places the selected events on their tickers' trading days. An event released after the
// close (events.session after_close) is placed as if dated the next calendar day: its first
// trading day is the one after its date.
func Align(ctx context.Context, db *sql.DB, f Filter) ([]Alignment, error) {
	return align(ctx, db, f, alignSQL)
}

// alignRow is one row of alignSQL.
type alignRow struct {
	a                          Alignment
	start, end                 time.Time
	after, before, first, last sql.NullTime
	// far is whether the week's lookup left the row open, or its reason needs the ticker's first
	// and last days.
	far bool
	// deferred is whether the lookup was left to the caller (a study, which places its events in
	// its own statements): settleFar leaves the row alone.
	deferred bool
}

// align runs Align with query, which takes alignSQL's condition and returns its columns; tests
// pass the first formulation, ASOF joins over every price, to check this one against it.
func align(ctx context.Context, db *sql.DB, f Filter, query string) ([]Alignment, error) {
	// One read transaction, so that both statements see the same prices.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("align events: %w", err)
	}
	defer tx.Rollback()
	all, err := alignRows(ctx, tx, f, query, "", nil)
	if err != nil {
		return nil, err
	}
	out := make([]Alignment, 0, len(all))
	for _, r := range all {
		out = append(out, r.resolve())
	}
	return out, nil
}

// alignRows runs query (alignSQL's or a test's formulation) and settles the rows it leaves open,
// but for the events the caller places itself: deferred says which (nil: none), and skip, the
// same in SQL over the events e, keeps alignSQL from looking up their days. Their rows come back
// deferred, without days, for the caller to fill in. (Were the two to disagree, a row would be
// settled twice or by settleFar, never wrong.)
func alignRows(ctx context.Context, tx *sql.Tx, f Filter, query, skip string, deferred func(*Alignment) bool) ([]alignRow, error) {
	where, args := f.where()
	q := fmt.Sprintf(query, where)
	if skip != "" {
		q = strings.Replace(q, probeAll, "NOT ("+skip+")", 1)
	}
	// The rows' number first, so that they are read into one slice of the right size: growing it
	// by appends copied the rows (some 400 bytes each) several times into fresh memory, whose page
	// faults made that a third of reading 100,000 events.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events e JOIN event_tickers t USING (event_id) WHERE `+where, args...).Scan(&n); err != nil {
		return nil, fmt.Errorf("align events: %w", err)
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("align events: %w", err)
	}
	all := make([]alignRow, 0, n)
	// Plain values, converted here (as the study's batches are): database/sql's conversions into typed
	// destinations took most of the time of reading 100,000 events.
	vals := make([]any, 14)
	dest := make([]any, len(vals))
	for i := range vals {
		dest[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return nil, fmt.Errorf("align events: %w", err)
		}
		var r alignRow
		a := &r.a
		var c scanned
		a.EventID, a.Ticker, a.Date, a.Granularity = c.int(vals[0]), c.str(vals[1]), c.str(vals[2]), c.str(vals[3])
		a.Type, a.Status, a.Headline, a.Session = c.str(vals[4]), c.str(vals[5]), c.str(vals[6]), c.nullStr(vals[7])
		r.start, r.end = c.time(vals[8]), c.time(vals[9])
		r.after, r.before, r.first, r.last = c.nullTime(vals[10]), c.nullTime(vals[11]), c.nullTime(vals[12]), c.nullTime(vals[13])
		if c.err != nil {
			rows.Close()
			return nil, fmt.Errorf("align events: %w", c.err)
		}
		a.Moved = a.Granularity == events.Day && a.Session == events.AfterClose
		r.deferred = deferred != nil && deferred(a)
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("align events: %w", err)
	}
	if err := settleFar(ctx, tx, all); err != nil {
		return nil, err
	}
	return all, nil
}

// resolve is the row's alignment: its event day or period, or the reason it has none.
func (r *alignRow) resolve() Alignment {
	a, start, end, after, before, first, last := r.a, r.start, r.end, r.after, r.before, r.first, r.last
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	switch {
	case !r.far && a.Granularity == "day":
		t0 := after.Time
		a.T0 = &t0
	case !r.far:
		ps, pe := after.Time, before.Time
		a.PeriodStart, a.PeriodEnd = &ps, &pe
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
	return a
}

// settleFar settles the rows the week's lookup left open: an event without a trading day in the
// week after its start or before its end (gaps in a series, dates outside it), or a coarse span
// without a trading day of its own.
func settleFar(ctx context.Context, tx *sql.Tx, all []alignRow) error {
	var ks, tickers, starts, ends []string
	set := map[string]bool{}
	for k := range all {
		r := &all[k]
		if r.deferred {
			continue
		}
		r.far = !r.after.Valid || !r.before.Valid || (r.a.Granularity != "day" && r.after.Time.After(r.end))
		if !r.far {
			continue
		}
		ks = append(ks, fmt.Sprint(k))
		tickers = append(tickers, r.a.Ticker)
		starts = append(starts, r.start.Format("2006-01-02"))
		ends = append(ends, r.end.Format("2006-01-02"))
		set[r.a.Ticker] = true
	}
	if len(ks) == 0 {
		return nil
	}
	var in []string
	for t := range set {
		in = append(in, sqltext.String(t))
	}
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(farSQL, strings.Join(in, ", ")),
		"["+strings.Join(ks, ", ")+"]", sqltext.List(tickers), sqltext.List(starts), sqltext.List(ends))
	if err != nil {
		return fmt.Errorf("align events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int
		var after, before, first, last sql.NullTime
		if err := rows.Scan(&k, &after, &before, &first, &last); err != nil {
			return fmt.Errorf("align events: %w", err)
		}
		all[k].after, all[k].before, all[k].first, all[k].last = after, before, first, last
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("align events: %w", err)
	}
	return nil
}
