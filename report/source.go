package report

import (
	"context"
	"database/sql"
	"time"

	"github.com/eventline/eventline/analytics"
)

// The report's view of prices and events is analytics': bars for the charts, and marks (events
// placed on each ticker's trading days, with their sources) for the charts and the timeline.
type (
	bar  = analytics.DailyBar
	mark = analytics.EventMark
)

func dailyBars(ctx context.Context, db *sql.DB, ticker string, from, to time.Time) ([]bar, error) {
	return analytics.DailyBars(ctx, db, ticker, from, to)
}

func eventMarks(ctx context.Context, db *sql.DB, f analytics.Filter) ([]mark, error) {
	return analytics.EventMarks(ctx, db, f)
}
