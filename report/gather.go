package report

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/usecase"
)

// pathDays is k of the event-study chart's day range [-k, +k]: CAR([-k, d]) for d = -k..k. With
// the default estimation window (-250..-11) the path never overlaps the estimation days.
const pathDays = 10

// data is everything the documents show, gathered from the database.
type data struct {
	params
	// charts holds the bars, events and price sources the charts are drawn from; events are its
	// events, numbered in timeline order.
	charts  *usecase.ChartData
	events  []usecase.Event
	summary []analytics.TickerSummary
	// study holds the event windows of the tables (analytics' default windows), aggs their
	// statistics across all events, path the CAR path for the chart.
	study   []analytics.EventReturn
	windows []analytics.Window
	aggs    []analytics.Aggregate
	path    analytics.CARPath
	studied int
	claims  []analytics.ClaimCheck
	// articleURL maps a claim's article to its URL, where known.
	articleURL map[int64]string
	notes      []string
}

func gather(ctx context.Context, db *sql.DB, p params) (*data, error) {
	d := &data{params: p, articleURL: map[int64]string{}}
	chartTickers := d.chartTickers()
	f := analytics.Filter{Tickers: p.Tickers, From: p.From, To: p.To}
	var err error
	if d.charts, err = usecase.LoadChartData(ctx, db, chartTickers, p.From, p.To, f); err != nil {
		return nil, err
	}
	d.events = d.charts.Events
	for _, m := range d.charts.Unplaced() {
		d.notes = append(d.notes, fmt.Sprintf("event %d (%s, %s) on %s: %s", m.EventID, m.Value, m.Headline, m.Ticker, m.Reason))
	}
	// Without a benchmark the days above and below are zero, and the table leaves them out.
	sum, err := usecase.Summary(ctx, db, usecase.SummaryOptions{NoBenchmark: p.Benchmark == "",
		SummaryOptions: analytics.SummaryOptions{Tickers: chartTickers, From: p.From, To: p.To, Benchmark: p.Benchmark}})
	if err != nil {
		return nil, err
	}
	d.summary = sum.Tickers
	// The tickers in the report's order, the benchmark last.
	slices.SortStableFunc(d.summary, func(a, b analytics.TickerSummary) int {
		return slices.Index(chartTickers, a.Ticker) - slices.Index(chartTickers, b.Ticker)
	})
	if err := d.runStudy(ctx, db, f); err != nil {
		return nil, err
	}
	if d.claims, err = analytics.CheckClaims(ctx, db, f); err != nil {
		return nil, err
	}
	if len(d.claims) > 0 {
		if err := d.loadArticleURLs(ctx, db); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// runStudy runs one event study for the tables' windows and the chart's path windows, and stores
// the tables' part in event_returns and event_study (grouping "all"), as `eventline study` stores
// its own, so that queries.sql reproduces it.
func (d *data) runStudy(ctx context.Context, db *sql.DB, f analytics.Filter) error {
	if d.Benchmark == "" {
		d.notes = append(d.notes, usecase.MissingBenchmark("the report has no event study"))
		return nil
	}
	so := analytics.DefaultStudyOptions()
	so.Filter, so.Benchmark = f, d.Benchmark
	d.windows = so.Windows
	res, err := usecase.Study(ctx, db, usecase.StudyOptions{Study: so, By: "all", PathDays: pathDays, Save: true})
	if err != nil {
		return err
	}
	d.study, d.aggs, d.studied, d.path = res.Returns, res.Aggregates, res.Studied, res.Path
	if len(d.path.Paths) < minBand {
		d.path.Lower, d.path.Upper = nil, nil
	}
	return nil
}

// minBand is the fewest events the CAR chart draws a confidence band for: with two, Student's t
// quantile is 12.7 and the band says nothing but "two events".
const minBand = 3

func (d *data) loadArticleURLs(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT article_id, url FROM articles WHERE url IS NOT NULL AND url <> ''`)
	if err != nil {
		return fmt.Errorf("report: article links: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var u string
		if err := rows.Scan(&id, &u); err != nil {
			return fmt.Errorf("report: article links: %w", err)
		}
		d.articleURL[id] = u
	}
	return rows.Err()
}
