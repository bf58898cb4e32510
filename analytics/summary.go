package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"
)

// SummaryOptions select the tickers and range of a summary.
type SummaryOptions struct {
	Tickers   []string // empty: every ticker with prices
	From, To  time.Time
	Benchmark string // "" for none
}

// TickerSummary describes one ticker's prices over a range.
type TickerSummary struct {
	Ticker                  string
	FirstDay, LastDay       time.Time
	Days                    int
	FirstClose, LastClose   float64
	TotalReturn             float64 // from adjusted closes
	AnnualizedReturn        float64
	AnnualizedVolatility    float64 // daily returns' standard deviation times sqrt(252)
	MaxDrawdown             float64 // most negative fall from a running peak (fraction)
	PeakDay, TroughDay      time.Time
	BestDay, WorstDay       time.Time
	BestReturn, WorstReturn float64
	// DaysAbove and DaysBelow count days the ticker's return beat or trailed the benchmark's.
	DaysAbove, DaysBelow int
	// IPOPrice is the offer price from an ipo_price claim, when one is stored.
	IPOPrice sql.NullFloat64
	// SinceIPO is the last close over the IPO price; FirstDayReturn the IPO day's close over it,
	// only where the IPO day is in the data (Yahoo's VMW series starts the day after).
	SinceIPO, FirstDayReturn sql.NullFloat64
	IPODay                   sql.NullTime
}

const summarySQL = `
WITH px AS (
	SELECT ticker, date, close, coalesce(adj_close, close) AS p FROM prices
	WHERE ($1 = '[]' OR ticker IN (SELECT unnest($1::VARCHAR[])) OR ticker = $2)
		AND ($3::DATE IS NULL OR date >= $3::DATE) AND ($4::DATE IS NULL OR date <= $4::DATE)
), r AS (
	SELECT *, p / lag(p) OVER w - 1 AS ret, max(p) OVER (w ROWS UNBOUNDED PRECEDING) AS peak
	FROM px WINDOW w AS (PARTITION BY ticker ORDER BY date)
), d AS (
	SELECT *, p / peak - 1 AS drawdown,
		max(CASE WHEN p = peak THEN date END) OVER (PARTITION BY ticker ORDER BY date ROWS UNBOUNDED PRECEDING) AS peak_day
	FROM r
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = $2
), s AS (
	SELECT d.ticker, min(d.date) AS first_day, max(d.date) AS last_day, count(*) AS days,
		arg_min(d.close, d.date) AS first_close, arg_max(d.close, d.date) AS last_close,
		arg_max(d.p, d.date) / arg_min(d.p, d.date) - 1 AS total,
		stddev_samp(d.ret) * sqrt(252) AS vol,
		min(d.drawdown) AS mdd, arg_min(d.peak_day, d.drawdown) AS peak_day, arg_min(d.date, d.drawdown) AS trough_day,
		max(d.ret) AS best, arg_max(d.date, d.ret) AS best_day, min(d.ret) AS worst, arg_min(d.date, d.ret) AS worst_day,
		count_if(d.ret > m.mret) AS above, count_if(d.ret < m.mret) AS below
	FROM d LEFT JOIN m USING (date)
	WHERE $1 = '[]' OR d.ticker IN (SELECT unnest($1::VARCHAR[]))
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
ORDER BY s.ticker`

// Summary describes each selected ticker over the range.
func Summary(ctx context.Context, db *sql.DB, opts SummaryOptions) ([]TickerSummary, error) {
	tickers, from, to := rangeArgs(opts.Tickers, opts.From, opts.To)
	rows, err := db.QueryContext(ctx, summarySQL, tickers, opts.Benchmark, from, to)
	if err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	defer rows.Close()
	var out []TickerSummary
	for rows.Next() {
		var s TickerSummary
		var vol, best, worst sql.NullFloat64
		var bestDay, worstDay sql.NullTime
		var ipoClose sql.NullFloat64
		if err := rows.Scan(&s.Ticker, &s.FirstDay, &s.LastDay, &s.Days, &s.FirstClose, &s.LastClose, &s.TotalReturn,
			&vol, &s.MaxDrawdown, &s.PeakDay, &s.TroughDay, &best, &bestDay, &worst, &worstDay, &s.DaysAbove, &s.DaysBelow,
			&s.IPOPrice, &s.IPODay, &ipoClose); err != nil {
			return nil, fmt.Errorf("summary: %w", err)
		}
		s.AnnualizedVolatility, s.BestReturn, s.WorstReturn = vol.Float64, best.Float64, worst.Float64
		s.BestDay, s.WorstDay = bestDay.Time, worstDay.Time
		if years := s.LastDay.Sub(s.FirstDay).Hours() / 24 / 365.25; years > 0 {
			s.AnnualizedReturn = math.Pow(1+s.TotalReturn, 1/years) - 1
		}
		if s.IPOPrice.Valid && s.IPOPrice.Float64 > 0 {
			s.SinceIPO = sql.NullFloat64{Float64: s.LastClose/s.IPOPrice.Float64 - 1, Valid: true}
			if ipoClose.Valid {
				s.FirstDayReturn = sql.NullFloat64{Float64: ipoClose.Float64/s.IPOPrice.Float64 - 1, Valid: true}
			}
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
