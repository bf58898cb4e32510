package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/internal/sqltext"
)

// queries writes queries.sql: one statement per table, with the report's tickers and range
// written in, each headed by a "-- table:" line naming its CSV and saying whether the statement
// is exactly what produced the file or an equivalent of Go code.
func queries(d *data, title string) string {
	tickers := sqltext.List(d.Tickers)
	all := d.Tickers
	if d.Benchmark != "" && !slices.Contains(all, d.Benchmark) {
		all = append(append([]string(nil), all...), d.Benchmark)
	}
	from, to := dateLit(d.From), dateLit(d.To)
	var b strings.Builder
	fmt.Fprintf(&b, `-- eventline report: the SQL behind each table of %q, written %s.
-- Run it against the database the report was written from, read-only:
--     eventline sql -f queries.sql --format csv
-- Each statement is headed by "-- table: NAME (NAME.csv)". "Exact" means the rows are the stored
-- table the report wrote; "equivalent" means the report computed the rows in Go (package
-- analytics) and this SQL reproduces them from the tables.
`, title, d.Generated.UTC().Format("2006-01-02 15:04 MST"))

	fmt.Fprintf(&b, `
-- table: events (events.csv)
-- Equivalent: the report reads events through package analytics (events joined to each ticker's
-- trading days); this lists the same events, numbered as in the report, without the event day
-- and source columns, which come from that alignment.
SELECT row_number() OVER (ORDER BY start_date, event_id) AS num, event_id, date, granularity, tickers, type, status, headline, url
FROM (
	SELECT e.event_id, e.start_date, e.date, e.granularity, string_agg(t.ticker, ';' ORDER BY t.ticker) AS tickers,
		e.type, e.status, e.headline, e.source_url AS url
	FROM events e JOIN event_tickers t USING (event_id)
	WHERE t.ticker IN (SELECT unnest(%[1]s::VARCHAR[]))
		AND (%[2]s IS NULL OR e.start_date >= %[2]s) AND (%[3]s IS NULL OR e.start_date <= %[3]s)
	GROUP BY e.event_id, e.start_date, e.date, e.granularity, e.type, e.status, e.headline, e.source_url
)
ORDER BY num;
`, tickers, from, to)

	bench := d.Benchmark
	fmt.Fprintf(&b, `
-- table: summary (summary.csv)
-- Equivalent: analytics.Summary's query with the report's parameters written in; the annualized
-- return, which Go computes from the total return over the calendar span, is computed here in SQL.
WITH px AS (
	SELECT ticker, date, close, coalesce(adj_close, close) AS p FROM prices
	WHERE (ticker IN (SELECT unnest(%[1]s::VARCHAR[])) OR ticker = %[2]s)
		AND (%[3]s IS NULL OR date >= %[3]s) AND (%[4]s IS NULL OR date <= %[4]s)
), r AS (
	SELECT *, p / lag(p) OVER w - 1 AS ret, max(p) OVER (w ROWS UNBOUNDED PRECEDING) AS peak
	FROM px WINDOW w AS (PARTITION BY ticker ORDER BY date)
), d AS (
	SELECT *, p / peak - 1 AS drawdown,
		max(CASE WHEN p = peak THEN date END) OVER (PARTITION BY ticker ORDER BY date ROWS UNBOUNDED PRECEDING) AS peak_day
	FROM r
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = %[2]s
), s AS (
	SELECT d.ticker, min(d.date) AS first_day, max(d.date) AS last_day, count(*) AS days,
		arg_min(d.close, d.date) AS first_close, arg_max(d.close, d.date) AS last_close,
		arg_max(d.p, d.date) / arg_min(d.p, d.date) - 1 AS total_return,
		stddev_samp(d.ret) * sqrt(252) AS annualized_volatility,
		min(d.drawdown) AS max_drawdown, arg_min(d.peak_day, d.drawdown) AS peak_day, arg_min(d.date, d.drawdown) AS trough_day,
		arg_max(d.date, d.ret) AS best_day, max(d.ret) AS best_return, arg_min(d.date, d.ret) AS worst_day, min(d.ret) AS worst_return,
		count_if(d.ret > m.mret) AS above, count_if(d.ret < m.mret) AS below
	FROM d LEFT JOIN m USING (date)
	WHERE d.ticker IN (SELECT unnest(%[1]s::VARCHAR[]))
	GROUP BY d.ticker
), ipo AS (
	SELECT ticker, arg_max(value, claim_id) AS price FROM claims WHERE metric = 'ipo_price' AND ticker IS NOT NULL GROUP BY ticker
), ipo_day AS (
	SELECT t.ticker, min(e.start_date) AS day FROM events e JOIN event_tickers t USING (event_id)
	WHERE e.type = 'ipo' AND e.granularity = 'day' AND e.status = 'occurred' GROUP BY t.ticker
)
SELECT s.ticker, s.first_day, s.last_day, s.days, s.first_close, s.last_close, s.total_return,
	CASE WHEN s.last_day > s.first_day THEN pow(1 + s.total_return, 365.25 / (s.last_day - s.first_day)) - 1 ELSE 0 END AS annualized_return,
	s.annualized_volatility, s.max_drawdown, s.peak_day, s.trough_day, s.best_day, s.best_return, s.worst_day, s.worst_return,
	CASE WHEN s.ticker <> %[2]s THEN s.above END AS %[5]s, CASE WHEN s.ticker <> %[2]s THEN s.below END AS %[6]s,
	ipo.price AS ipo_price,
	CASE WHEN ipo.price > 0 THEN s.last_close / ipo.price - 1 END AS since_ipo,
	CASE WHEN ipo.price > 0 THEN (SELECT close FROM prices p WHERE p.ticker = s.ticker AND p.date = ipo_day.day) / ipo.price - 1 END AS first_day_return
FROM s LEFT JOIN ipo USING (ticker) LEFT JOIN ipo_day USING (ticker)
ORDER BY list_position(%[1]s, s.ticker);
`, sqltext.List(all), sqltext.String(bench), from, to,
		"days_above_"+strings.ToLower(orDefault(bench, "benchmark")), "days_below_"+strings.ToLower(orDefault(bench, "benchmark")))

	if d.Benchmark != "" {
		b.WriteString(`
-- table: event_returns (event_returns.csv)
-- Exact: every event window of the report's event study, as the report stored it (it replaces the
-- table, as eventline study does). The study's per-event table in the report is a view of these rows.
SELECT * FROM event_returns ORDER BY t0, event_id, ticker, window_from, window_to;

-- table: event_study (event_study.csv)
-- Exact: the statistics across all events per window, as the report stored them.
SELECT grouping, group_value, window_from, window_to, format('[{:+d},{:+d}]', window_from, window_to) AS "window",
	n, mean_car, median_car, t, p_t, bmp, p_bmp, n_bmp, positive, p_sign
FROM event_study ORDER BY group_value, window_from, window_to;
`)
	} else {
		b.WriteString(`
-- table: event_returns, event_study: none, the report had no benchmark and ran no event study.
`)
	}

	fmt.Fprintf(&b, `
-- table: claims (claims.csv)
-- Inputs only: the verdicts, actual values and reasons are judged in Go (analytics.CheckClaims:
-- prices within 0.5%% or a cent, percentages within one point, never another day's row). This
-- lists each claim with the price row of its own day and the close of the trading day before.
SELECT c.claim_id, coalesce(a.title, '') AS article, a.url AS article_url, coalesce(c.ticker, '') AS ticker, c.date,
	c.metric, c.op, c.value AS claimed, c.unit, p.open, p.high, p.low, p.close,
	(SELECT q.close FROM prices q WHERE q.ticker = c.ticker AND q.date < c.date ORDER BY q.date DESC LIMIT 1) AS prev_close,
	c.text
FROM claims c
LEFT JOIN articles a USING (article_id)
LEFT JOIN prices p ON p.ticker = c.ticker AND p.date = c.date
WHERE c.ticker IN (SELECT unnest(%[1]s::VARCHAR[]))
	AND (%[2]s IS NULL OR c.date >= %[2]s) AND (%[3]s IS NULL OR c.date <= %[3]s)
ORDER BY c.date NULLS LAST, c.claim_id;
`, tickers, from, to)
	return b.String()
}

func dateLit(t time.Time) string {
	if t.IsZero() {
		return "NULL::DATE"
	}
	return "DATE '" + day(t) + "'"
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
