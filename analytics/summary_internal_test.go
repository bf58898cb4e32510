package analytics

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"
)

// referenceSummarySQL is Summary's first formulation: running maxima partitioned by ticker.
const referenceSummarySQL = `
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

func TestSummaryMatchesReference(t *testing.T) {
	ctx := context.Background()
	db := messyDB(t)
	for _, opts := range []SummaryOptions{
		{Benchmark: "M"},
		{Tickers: []string{"A", "F", "G"}, Benchmark: "M"},
		{Tickers: []string{"C", "M"}, Benchmark: "M", From: time.Date(2012, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2013, 6, 30, 0, 0, 0, 0, time.UTC)},
		{Benchmark: "A", From: time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := Summary(ctx, db, opts)
		if err != nil {
			t.Fatal(err)
		}
		want, err := summary(ctx, db, opts, referenceSummarySQL)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("%+v: %d summaries, want %d", opts, len(got), len(want))
		}
		for i := range want {
			g, w := got[i], want[i]
			id := fmt.Sprintf("%+v %s", opts, w.Ticker)
			if g.Ticker != w.Ticker || !g.FirstDay.Equal(w.FirstDay) || !g.LastDay.Equal(w.LastDay) || g.Days != w.Days ||
				!g.PeakDay.Equal(w.PeakDay) || !g.TroughDay.Equal(w.TroughDay) || !g.BestDay.Equal(w.BestDay) ||
				!g.WorstDay.Equal(w.WorstDay) || g.DaysAbove != w.DaysAbove || g.DaysBelow != w.DaysBelow ||
				g.IPOPrice != w.IPOPrice || g.IPODay != w.IPODay || g.SinceIPO.Valid != w.SinceIPO.Valid || g.FirstDayReturn.Valid != w.FirstDayReturn.Valid {
				t.Errorf("%s:\n got %+v\nwant %+v", id, g, w)
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{
				{"first close", g.FirstClose, w.FirstClose}, {"last close", g.LastClose, w.LastClose},
				{"total", g.TotalReturn, w.TotalReturn}, {"annualized", g.AnnualizedReturn, w.AnnualizedReturn},
				{"volatility", g.AnnualizedVolatility, w.AnnualizedVolatility}, {"drawdown", g.MaxDrawdown, w.MaxDrawdown},
				{"best", g.BestReturn, w.BestReturn}, {"worst", g.WorstReturn, w.WorstReturn},
				{"since IPO", g.SinceIPO.Float64, w.SinceIPO.Float64}, {"first day", g.FirstDayReturn.Float64, w.FirstDayReturn.Float64},
			} {
				if math.Abs(c.got-c.want) > 1e-12*math.Max(1, math.Abs(c.want)) {
					t.Errorf("%s: %s %.15g, want %.15g", id, c.name, c.got, c.want)
				}
			}
		}
	}
}
