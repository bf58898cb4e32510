package report

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
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

	bench := strings.ToLower(orDefault(d.Benchmark, "benchmark"))
	fmt.Fprintf(&b, `
-- table: summary (summary.csv)
-- Equivalent: analytics.Summary's plain formulation (the one its optimized statement is tested
-- against) with the report's parameters written in; the annualized return and the returns since
-- the IPO, which Go computes, are computed here in SQL.
SELECT ticker, first_day, last_day, days, first_close, last_close, total AS total_return,
	CASE WHEN last_day > first_day THEN pow(1 + total, 365.25 / (last_day - first_day)) - 1 ELSE 0 END AS annualized_return,
	vol AS annualized_volatility, mdd AS max_drawdown, peak_day, trough_day, best_day, best AS best_return, worst_day, worst AS worst_return,
	CASE WHEN ticker <> %[2]s THEN above END AS days_above_%[3]s, CASE WHEN ticker <> %[2]s THEN below END AS days_below_%[3]s,
	price AS ipo_price, CASE WHEN price > 0 THEN last_close / price - 1 END AS since_ipo,
	CASE WHEN price > 0 THEN ipo_close / price - 1 END AS first_day_return
FROM (
%[4]s
)
ORDER BY list_position(%[1]s, ticker);
`, sqltext.List(all), sqltext.String(d.Benchmark), bench, bind(analytics.SummaryReferenceSQL, map[string]string{
		"tickers": sqltext.List(all), "benchmark": sqltext.String(d.Benchmark), "from": from, "to": to}))

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

// bind writes a statement's named parameters ($name) as the given literals, so that the file
// runs as it is; the statement's own leading comment, which names the parameters, is left out.
func bind(query string, literals map[string]string) string {
	lines := strings.Split(strings.TrimSpace(query), "\n")
	for len(lines) > 0 && strings.HasPrefix(lines[0], "--") {
		lines = lines[1:]
	}
	return namedParam.ReplaceAllStringFunc(strings.Join(lines, "\n"), func(p string) string {
		if lit, ok := literals[p[1:]]; ok {
			return lit
		}
		return p
	})
}

// namedParam is a named parameter in a statement.
var namedParam = regexp.MustCompile(`\$[a-z_]+\b`)

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
