package usecase

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
)

// ReportPathDays is k of the report's event-study chart, days -k to +k: CAR([-k, d]) for d =
// -k..k. With the default estimation window (-250..-11) the path never overlaps the estimation
// days.
const ReportPathDays = 10

// ReportOptions say what a report covers.
type ReportOptions struct {
	// Tickers to report on; empty means every ticker with events (and prices), else every ticker
	// with prices except the benchmark.
	Tickers []string
	// Benchmark for abnormal returns and the comparison chart; empty means the default one when
	// it is loaded, else none (and no event study).
	Benchmark string
	// From and To limit prices and events to a range of days; zero means open.
	From, To time.Time
}

// ReportData is everything a report shows, gathered from the database.
type ReportData struct {
	// Tickers and Benchmark ("" for none) are the options resolved against the database; From
	// and To the range asked for; First and Last the first and last trading days in it over the
	// tickers.
	Tickers     []string
	Benchmark   string
	From, To    time.Time
	First, Last time.Time
	// Charts holds the bars, events and price sources the charts are drawn from; Events are its
	// events, numbered in timeline order.
	Charts  *ChartData
	Events  []Event
	Summary []analytics.TickerSummary
	// Study holds the event windows of the tables (Windows, the default ones), Aggregates their
	// statistics across all events, Path the CAR path over ReportPathDays for the chart.
	Windows    []analytics.Window
	Study      []analytics.EventReturn
	Aggregates []analytics.Aggregate
	Path       analytics.CARPath
	Studied    int
	Claims     []analytics.ClaimCheck
	// ArticleURL maps a claim's article to its URL, where known.
	ArticleURL map[int64]string
	// Notes are what a reader should know: events without an event day, a missing benchmark, and
	// the study's notes (price_move events left out, overlapping windows, CARs left empty).
	Notes []string
}

// ChartTickers are the report's tickers and then the benchmark.
func (d *ReportData) ChartTickers() []string {
	ts := slices.Clone(d.Tickers)
	if d.Benchmark != "" && !slices.Contains(ts, d.Benchmark) {
		ts = append(ts, d.Benchmark)
	}
	return ts
}

// Report gathers a report's data. The event study it runs replaces the event_returns and
// event_study tables, as `eventline study` does, so that the report's queries.sql reproduces the
// study's tables; db must therefore be writable.
func Report(ctx context.Context, db *sql.DB, opts ReportOptions) (*ReportData, error) {
	d, err := resolveReport(ctx, db, opts)
	if err != nil {
		return nil, err
	}
	chartTickers := d.ChartTickers()
	f := analytics.Filter{Tickers: d.Tickers, From: d.From, To: d.To}
	if d.Charts, err = LoadChartData(ctx, db, chartTickers, d.From, d.To, f); err != nil {
		return nil, err
	}
	d.Events = d.Charts.Events
	for _, m := range d.Charts.Unplaced() {
		d.Notes = append(d.Notes, fmt.Sprintf("event %d (%s, %s) on %s: %s", m.EventID, m.Value, m.Headline, m.Ticker, m.Reason))
	}
	// Without a benchmark the days above and below are zero, and the table leaves them out.
	sum, err := Summary(ctx, db, SummaryOptions{NoBenchmark: d.Benchmark == "",
		SummaryOptions: analytics.SummaryOptions{Tickers: chartTickers, From: d.From, To: d.To, Benchmark: d.Benchmark}})
	if err != nil {
		return nil, err
	}
	d.Summary = sum.Tickers
	// The tickers in the report's order, the benchmark last.
	slices.SortStableFunc(d.Summary, func(a, b analytics.TickerSummary) int {
		return slices.Index(chartTickers, a.Ticker) - slices.Index(chartTickers, b.Ticker)
	})
	if d.Benchmark == "" {
		d.Notes = append(d.Notes, MissingBenchmark("the report has no event study"))
	} else {
		so := analytics.DefaultStudyOptions()
		so.Filter, so.Benchmark = f, d.Benchmark
		d.Windows = so.Windows
		res, err := Study(ctx, db, StudyOptions{Study: so, By: "all", PathDays: ReportPathDays, Save: true})
		if err != nil {
			return nil, err
		}
		d.Study, d.Aggregates, d.Studied, d.Path = res.Returns, res.Aggregates, res.Studied, res.Path
		d.Notes = append(d.Notes, res.Notes...)
	}
	if d.Claims, err = analytics.CheckClaims(ctx, db, f); err != nil {
		return nil, err
	}
	if len(d.Claims) > 0 {
		if d.ArticleURL, err = articleURLs(ctx, db); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// resolveReport checks the options against the database and fills in the defaults.
func resolveReport(ctx context.Context, db *sql.DB, opts ReportOptions) (*ReportData, error) {
	d := &ReportData{From: opts.From, To: opts.To}
	if !opts.From.IsZero() && !opts.To.IsZero() && opts.From.After(opts.To) {
		return nil, Inputf("the range starts %s, after it ends %s", day(opts.From), day(opts.To))
	}
	all, err := Coverage(ctx, db, time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	if len(all) == 0 {
		return nil, Inputf("no prices loaded: load some first (eventline ingest prices FILE)")
	}
	loaded := Tickers(all)
	if d.Benchmark, err = Benchmark(ctx, db, opts.Benchmark, Optional); err != nil {
		return nil, err
	}
	for _, t := range opts.Tickers {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" || slices.Contains(d.Tickers, t) {
			continue
		}
		if _, ok := all[t]; !ok {
			return nil, Inputf("unknown ticker %s: it has no prices (loaded: %s)", t, strings.Join(loaded, ", "))
		}
		d.Tickers = append(d.Tickers, t)
	}
	if len(d.Tickers) == 0 {
		if d.Tickers, err = defaultTickers(ctx, db, loaded, d.Benchmark); err != nil {
			return nil, err
		}
	}
	in, err := Coverage(ctx, db, opts.From, opts.To)
	if err != nil {
		return nil, err
	}
	for _, t := range d.Tickers {
		s, ok := in[t]
		if !ok {
			return nil, noPricesInRange(t, opts.From, opts.To, all[t])
		}
		if d.First.IsZero() || s.First.Before(d.First) {
			d.First = s.First
		}
		if s.Last.After(d.Last) {
			d.Last = s.Last
		}
	}
	return d, nil
}

// defaultTickers are the tickers with events and prices, else every ticker but the benchmark,
// else the benchmark alone.
func defaultTickers(ctx context.Context, db *sql.DB, loaded []string, benchmark string) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT ticker FROM event_tickers ORDER BY ticker`)
	if err != nil {
		return nil, fmt.Errorf("tickers with events: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("tickers with events: %w", err)
		}
		if slices.Contains(loaded, t) {
			out = append(out, t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tickers with events: %w", err)
	}
	if len(out) > 0 {
		return out, nil
	}
	for _, t := range loaded {
		if t != benchmark {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		out = []string{benchmark}
	}
	return out, nil
}

// articleURLs maps articles to their URLs, where known.
func articleURLs(ctx context.Context, db *sql.DB) (map[int64]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT article_id, url FROM articles WHERE url IS NOT NULL AND url <> ''`)
	if err != nil {
		return nil, fmt.Errorf("article links: %w", err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var u string
		if err := rows.Scan(&id, &u); err != nil {
			return nil, fmt.Errorf("article links: %w", err)
		}
		out[id] = u
	}
	return out, rows.Err()
}
