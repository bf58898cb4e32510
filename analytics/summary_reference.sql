-- The plain formulation of analytics.Summary: running maxima partitioned by ticker. It is the
-- reference the optimized statement (summarySQL) is tested against, and the report writes it
-- into queries.sql (with the parameters as literals) to reproduce summary.csv.
-- Parameters: $tickers (a list literal, '[]' for all), $benchmark ('' for none), $from and $to
-- (DATE or NULL for an open end).
WITH px AS (
	SELECT ticker, date, close, coalesce(adj_close, close) AS p FROM prices
	WHERE ($tickers = '[]' OR ticker IN (SELECT unnest($tickers::VARCHAR[])) OR ticker = $benchmark)
		AND ($from::DATE IS NULL OR date >= $from::DATE) AND ($to::DATE IS NULL OR date <= $to::DATE)
), r AS (
	SELECT *, p / lag(p) OVER w - 1 AS ret, max(p) OVER (w ROWS UNBOUNDED PRECEDING) AS peak
	FROM px WINDOW w AS (PARTITION BY ticker ORDER BY date)
), d AS (
	SELECT *, p / peak - 1 AS drawdown,
		max(CASE WHEN p = peak THEN date END) OVER (PARTITION BY ticker ORDER BY date ROWS UNBOUNDED PRECEDING) AS peak_day
	FROM r
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = $benchmark
), s AS (
	SELECT d.ticker, min(d.date) AS first_day, max(d.date) AS last_day, count(*) AS days,
		arg_min(d.close, d.date) AS first_close, arg_max(d.close, d.date) AS last_close,
		arg_max(d.p, d.date) / arg_min(d.p, d.date) - 1 AS total,
		stddev_samp(d.ret) * sqrt(252) AS vol,
		min(d.drawdown) AS mdd, arg_min(d.peak_day, d.drawdown) AS peak_day, arg_min(d.date, d.drawdown) AS trough_day,
		max(d.ret) AS best, arg_max(d.date, d.ret) AS best_day, min(d.ret) AS worst, arg_min(d.date, d.ret) AS worst_day,
		count_if(d.ret > m.mret) AS above, count_if(d.ret < m.mret) AS below
	FROM d LEFT JOIN m USING (date)
	WHERE $tickers = '[]' OR d.ticker IN (SELECT unnest($tickers::VARCHAR[]))
	GROUP BY d.ticker
), ipo AS (
	SELECT ticker, arg_max(value, claim_id) AS price FROM claims WHERE metric = 'ipo_price' AND ticker IS NOT NULL GROUP BY ticker
), ipo_day AS (
	SELECT t.ticker, min(e.start_date) AS day FROM events e JOIN event_tickers t USING (event_id)
	WHERE e.type = 'ipo' AND e.granularity = 'day' AND e.status = 'occurred' GROUP BY t.ticker
)
SELECT s.*, ipo.price, ipo_day.day,
	(SELECT close FROM prices p WHERE p.ticker = s.ticker AND p.date = ipo_day.day) AS ipo_close
FROM s LEFT JOIN ipo USING (ticker) LEFT JOIN ipo_day USING (ticker)
ORDER BY s.ticker
