package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"
)

// DailyBar is one trading day of a ticker; NaN where the column is NULL.
type DailyBar struct {
	Date                                     time.Time
	Open, High, Low, Close, AdjClose, Volume float64
}

// DailyBars returns ticker's rows with from <= date <= to (zero times = open), ascending by date.
func DailyBars(ctx context.Context, db *sql.DB, ticker string, from, to time.Time) ([]DailyBar, error) {
	_, fromArg, toArg := rangeArgs(nil, from, to)
	rows, err := db.QueryContext(ctx, `
		SELECT date, open, high, low, close, adj_close, volume::DOUBLE
		FROM prices
		WHERE ticker = ? AND (?::DATE IS NULL OR date >= ?::DATE) AND (?::DATE IS NULL OR date <= ?::DATE)
		ORDER BY date`, ticker, fromArg, fromArg, toArg, toArg)
	if err != nil {
		return nil, fmt.Errorf("daily bars of %s: %w", ticker, err)
	}
	defer rows.Close()
	var out []DailyBar
	for rows.Next() {
		var b DailyBar
		var v [6]sql.NullFloat64
		if err := rows.Scan(&b.Date, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
			return nil, fmt.Errorf("daily bars of %s: %w", ticker, err)
		}
		f := func(n sql.NullFloat64) float64 {
			if !n.Valid {
				return math.NaN()
			}
			return n.Float64
		}
		b.Open, b.High, b.Low, b.Close, b.AdjClose, b.Volume = f(v[0]), f(v[1]), f(v[2]), f(v[3]), f(v[4]), f(v[5])
		out = append(out, b)
	}
	return out, rows.Err()
}

// EventMark is an event placed on a ticker's trading days, for charts and reports.
type EventMark struct {
	EventID                int64
	Ticker                 string
	Value                  string // TIMEX3 date value of the event
	Granularity            string // day | week | month | quarter | half | year
	Type, Status, Headline string
	// Day is t0 for day events (the first trading day on or after the date) and the target date
	// (start of its period) for forecasts; zero when the event cannot be placed.
	Day time.Time
	// Start and End are the first and last trading days inside a coarse event's span.
	Start, End time.Time
	// Source and URL name the first article that mentions the event (its publication, else its
	// title), else the host of the event's own source_url and that URL.
	Source, URL string
	// Reason says why the event could not be placed, if it could not.
	Reason string
}

// sourcesSQL finds, in one statement, each event's target date, its own source_url and the
// first article (earliest published, then first stored) that mentions it.
const sourcesSQL = `
WITH ids AS (SELECT unnest(?::BIGINT[]) AS event_id),
first_article AS (
	SELECT m.event_id, a.title, a.source, a.url,
		row_number() OVER (PARTITION BY m.event_id ORDER BY a.published NULLS LAST, a.article_id) AS k
	FROM event_mentions m JOIN articles a USING (article_id)
	WHERE m.event_id IN (SELECT event_id FROM ids)
)
SELECT e.event_id, e.start_date, e.source_url, f.title, f.source, f.url
FROM events e LEFT JOIN first_article f ON f.event_id = e.event_id AND f.k = 1
WHERE e.event_id IN (SELECT event_id FROM ids)`

type eventSource struct {
	start               time.Time
	source, url, reason string
}

// EventMarks places the selected events on their tickers' trading days (see Align), one mark per
// event and ticker, with where each came from.
func EventMarks(ctx context.Context, db *sql.DB, f Filter) ([]EventMark, error) {
	aligned, err := Align(ctx, db, f)
	if err != nil {
		return nil, err
	}
	if len(aligned) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(aligned))
	seen := map[int64]bool{}
	for _, a := range aligned {
		if !seen[a.EventID] {
			seen[a.EventID] = true
			ids = append(ids, fmt.Sprint(a.EventID))
		}
	}
	rows, err := db.QueryContext(ctx, sourcesSQL, "["+strings.Join(ids, ", ")+"]")
	if err != nil {
		return nil, fmt.Errorf("event sources: %w", err)
	}
	defer rows.Close()
	sources := map[int64]eventSource{}
	for rows.Next() {
		var id int64
		var s eventSource
		var own, title, source, link sql.NullString
		if err := rows.Scan(&id, &s.start, &own, &title, &source, &link); err != nil {
			return nil, fmt.Errorf("event sources: %w", err)
		}
		switch {
		case title.Valid:
			s.source, s.url = title.String, link.String
			if source.Valid && strings.TrimSpace(source.String) != "" {
				s.source = source.String
			}
		case own.Valid:
			s.url = own.String
			if u, err := url.Parse(own.String); err == nil && u.Host != "" {
				s.source = strings.TrimPrefix(u.Host, "www.")
			}
		}
		sources[id] = s
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event sources: %w", err)
	}
	out := make([]EventMark, 0, len(aligned))
	for _, a := range aligned {
		s := sources[a.EventID]
		m := EventMark{EventID: a.EventID, Ticker: a.Ticker, Value: a.Date, Granularity: a.Granularity,
			Type: a.Type, Status: a.Status, Headline: a.Headline, Source: s.source, URL: s.url, Reason: a.Reason}
		if a.T0 != nil {
			m.Day = *a.T0
		}
		if a.PeriodStart != nil && a.PeriodEnd != nil {
			m.Start, m.End = *a.PeriodStart, *a.PeriodEnd
		}
		if a.Status == "forecast" && !strings.HasPrefix(a.Reason, "no prices for") {
			// A forecast is drawn at the date it is about, which may lie past the last price.
			m.Day, m.Reason = s.start, ""
		}
		out = append(out, m)
	}
	return out, nil
}
