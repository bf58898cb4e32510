package report

// TEMPORARY: stands in for analytics.DailyBars and analytics.EventMarks until analytics/series.go
// lands; then bar and mark become aliases of analytics' types.

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"

	"github.com/eventline/eventline/analytics"
)

type bar struct {
	Date                                     time.Time
	Open, High, Low, Close, AdjClose, Volume float64
}

type mark struct {
	EventID     int64
	Ticker      string
	Value       string
	Granularity string
	Type        string
	Status      string
	Headline    string
	Day         time.Time
	Start, End  time.Time
	Source, URL string
	Reason      string
}

func dailyBars(ctx context.Context, db *sql.DB, ticker string, from, to time.Time) ([]bar, error) {
	rows, err := db.QueryContext(ctx, `SELECT date, open, high, low, close, adj_close, volume FROM prices
		WHERE ticker = $1 AND ($2::DATE IS NULL OR date >= $2::DATE) AND ($3::DATE IS NULL OR date <= $3::DATE) ORDER BY date`,
		ticker, nullDay(from), nullDay(to))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []bar
	for rows.Next() {
		var b bar
		var o, h, l, c, a, v sql.NullFloat64
		if err := rows.Scan(&b.Date, &o, &h, &l, &c, &a, &v); err != nil {
			return nil, err
		}
		f := func(x sql.NullFloat64) float64 {
			if !x.Valid {
				return math.NaN()
			}
			return x.Float64
		}
		b.Open, b.High, b.Low, b.Close, b.AdjClose, b.Volume = f(o), f(h), f(l), f(c), f(a), f(v)
		out = append(out, b)
	}
	return out, rows.Err()
}

func eventMarks(ctx context.Context, db *sql.DB, f analytics.Filter) ([]mark, error) {
	as, err := analytics.Align(ctx, db, f)
	if err != nil {
		return nil, err
	}
	var out []mark
	for _, a := range as {
		m := mark{EventID: a.EventID, Ticker: a.Ticker, Value: a.Date, Granularity: a.Granularity, Type: a.Type,
			Status: a.Status, Headline: a.Headline, Reason: a.Reason}
		if a.T0 != nil {
			m.Day = *a.T0
		}
		if a.PeriodStart != nil {
			m.Start, m.End = *a.PeriodStart, *a.PeriodEnd
		}
		var url sql.NullString
		if err := db.QueryRowContext(ctx, `SELECT source_url FROM events WHERE event_id = ?`, a.EventID).Scan(&url); err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		m.URL = url.String
		m.Source = "curated"
		out = append(out, m)
	}
	return out, nil
}
