package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Window is a range of trading days relative to t0, both ends included: {-1, 1} is the day
// before, the event day and the day after.
type Window struct{ From, To int }

func (w Window) String() string { return fmt.Sprintf("[%+d,%+d]", w.From, w.To) }

// WindowReturn is what one ticker did over one window around one event.
type WindowReturn struct {
	EventID int64
	Ticker  string
	T0      time.Time
	Window  Window
	// Return is the ticker's simple return over the window: the price at the window's last day over
	// the price the day before its first day, less one. Prices are adjusted closes where the file
	// had them.
	Return float64
	// MarketReturn is the benchmark's return over the same days.
	MarketReturn float64
	// CAR is the cumulative market-adjusted abnormal return: the sum over the window's days of the
	// ticker's daily return less the benchmark's.
	CAR float64
	// Days is how many daily returns the window holds; fewer than To-From+1 means it ran past the
	// series (the window is then reported as incomplete with Complete false).
	Days     int
	Complete bool
}

// windowSQL numbers each ticker's trading days, computes daily returns with window functions,
// and sums them over every event window (expanded into day offsets, an equi-join): no row of
// prices comes to Go.
const windowSQL = `
WITH px AS (
	SELECT ticker, date, coalesce(adj_close, close) AS p,
		row_number() OVER (PARTITION BY ticker ORDER BY date) AS i
	FROM prices WHERE ticker IN (SELECT unnest(?::VARCHAR[]))
), r AS (
	SELECT ticker, date, i, p, p / lag(p) OVER (PARTITION BY ticker ORDER BY date) - 1 AS ret FROM px
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = ?
), ev AS (
	SELECT e.event_id, e.ticker, e.t0, r.i AS i0
	FROM (SELECT unnest(?::BIGINT[]) AS event_id, unnest(?::VARCHAR[]) AS ticker, unnest(?::DATE[]) AS t0) e
	JOIN r ON r.ticker = e.ticker AND r.date = e.t0
), w AS (
	SELECT unnest(?::INTEGER[]) AS wfrom, unnest(?::INTEGER[]) AS wto
)
SELECT ev.event_id, ev.ticker, ev.t0, w.wfrom, w.wto,
	product(1 + r.ret) - 1 AS ret,
	product(1 + m.mret) - 1 AS mret,
	sum(r.ret - m.mret) AS car,
	count(r.ret) AS days,
	count(r.ret - m.mret) AS adj_days
FROM ev CROSS JOIN w CROSS JOIN LATERAL range(w.wfrom, w.wto + 1) AS k(off)
JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k.off
LEFT JOIN m ON m.date = r.date
GROUP BY ALL
ORDER BY ev.t0, ev.event_id, ev.ticker, w.wfrom, w.wto`

// WindowReturns measures, for every aligned day event, the ticker's return, the benchmark's and
// the market-adjusted CAR over each window. Events without a T0 are left out.
func WindowReturns(ctx context.Context, db *sql.DB, events []Alignment, windows []Window, benchmark string) ([]WindowReturn, error) {
	var ids, froms, tos []string
	var tickers, days []string
	tickerSet := map[string]bool{benchmark: true}
	for _, a := range events {
		if a.T0 == nil {
			continue
		}
		ids = append(ids, fmt.Sprint(a.EventID))
		tickers = append(tickers, a.Ticker)
		days = append(days, a.T0.Format("2006-01-02"))
		tickerSet[a.Ticker] = true
	}
	if len(ids) == 0 {
		return nil, nil
	}
	for _, w := range windows {
		if w.From > w.To {
			return nil, fmt.Errorf("window %s: the first day is after the last", w)
		}
		froms = append(froms, fmt.Sprint(w.From))
		tos = append(tos, fmt.Sprint(w.To))
	}
	var all []string
	for t := range tickerSet {
		all = append(all, t)
	}
	list := func(items []string) string { return "[" + strings.Join(items, ", ") + "]" }
	rows, err := db.QueryContext(ctx, windowSQL, listLiteral(all), benchmark,
		list(ids), listLiteral(tickers), listLiteral(days), list(froms), list(tos))
	if err != nil {
		return nil, fmt.Errorf("window returns: %w", err)
	}
	defer rows.Close()
	var out []WindowReturn
	for rows.Next() {
		var wr WindowReturn
		var ret, mret, car sql.NullFloat64
		var adjDays int
		if err := rows.Scan(&wr.EventID, &wr.Ticker, &wr.T0, &wr.Window.From, &wr.Window.To, &ret, &mret, &car, &wr.Days, &adjDays); err != nil {
			return nil, fmt.Errorf("window returns: %w", err)
		}
		wr.Return, wr.MarketReturn, wr.CAR = ret.Float64, mret.Float64, car.Float64
		wr.Complete = wr.Days == wr.Window.To-wr.Window.From+1 && adjDays == wr.Days
		out = append(out, wr)
	}
	return out, rows.Err()
}
