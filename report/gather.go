package report

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/internal/sqltext"
)

// pathDays is k of the event-study chart's day range [-k, +k]: CAR([-k, d]) for d = -k..k. With
// the default estimation window (-250..-11) the path never overlaps the estimation days.
const pathDays = 10

// data is everything the documents show, gathered from the database.
type data struct {
	params
	bars    map[string][]bar
	events  []event // numbered in timeline order
	summary []analytics.TickerSummary
	// study holds the event windows of the tables (analytics' default windows), aggs their
	// statistics across all events, path the CAR path for the chart.
	study   []analytics.EventReturn
	windows []analytics.Window
	aggs    []analytics.Aggregate
	path    analytics.CARPath
	studied int
	claims  []analytics.ClaimCheck
	// priceSource says where the prices came from, for the charts: "Yahoo Finance daily prices".
	priceSource string
	// currencies are the tickers' currencies, where securities records one.
	currencies map[string]string
	// articleURL maps a claim's article to its URL, where known.
	articleURL map[int64]string
	notes      []string
}

// event is one event of the timeline with its marks on each ticker.
type event struct {
	Num   int
	ID    int64
	Value string // TIMEX3 date: 2007-08-14, 2007-09, 2007-Q3
	Marks []mark
}

func (e event) first() mark { return e.Marks[0] }

func (e event) tickers() string {
	var ts []string
	for _, m := range e.Marks {
		ts = append(ts, m.Ticker)
	}
	return strings.Join(ts, ";")
}

func gather(ctx context.Context, db *sql.DB, p params) (*data, error) {
	d := &data{params: p, bars: map[string][]bar{}, articleURL: map[int64]string{}}
	chartTickers := d.chartTickers()
	for _, t := range chartTickers {
		bs, err := dailyBars(ctx, db, t, p.From, p.To)
		if err != nil {
			return nil, err
		}
		d.bars[t] = bs
	}
	f := analytics.Filter{Tickers: p.Tickers, From: p.From, To: p.To}
	marks, err := eventMarks(ctx, db, f)
	if err != nil {
		return nil, err
	}
	byID := map[int64]int{}
	for _, m := range marks {
		i, ok := byID[m.EventID]
		if !ok {
			i = len(d.events)
			byID[m.EventID] = i
			d.events = append(d.events, event{Num: i + 1, ID: m.EventID, Value: m.Value})
		}
		d.events[i].Marks = append(d.events[i].Marks, m)
		if m.Reason != "" {
			d.notes = append(d.notes, fmt.Sprintf("event %d (%s, %s) on %s: %s", m.EventID, m.Value, m.Headline, m.Ticker, m.Reason))
		}
	}
	if d.priceSource, err = priceSource(ctx, db, chartTickers); err != nil {
		return nil, err
	}
	if d.currencies, err = currencies(ctx, db, chartTickers); err != nil {
		return nil, err
	}
	// Without a benchmark the days above and below are zero, and the table leaves them out.
	if d.summary, err = analytics.Summary(ctx, db, analytics.SummaryOptions{Tickers: chartTickers, From: p.From, To: p.To, Benchmark: p.Benchmark}); err != nil {
		return nil, err
	}
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
// the tables' part in event_returns and event_study.
func (d *data) runStudy(ctx context.Context, db *sql.DB, f analytics.Filter) error {
	if d.Benchmark == "" {
		d.notes = append(d.notes, "no benchmark loaded: the report has no event study (load GSPC or name one)")
		return nil
	}
	so := analytics.DefaultStudyOptions()
	so.Filter, so.Benchmark = f, d.Benchmark
	d.windows = so.Windows
	for _, w := range analytics.PathWindows(pathDays) {
		if !slices.Contains(so.Windows, w) {
			so.Windows = append(so.Windows, w)
		}
	}
	rs, aligned, err := analytics.Study(ctx, db, so)
	if err != nil {
		return err
	}
	d.notes = append(d.notes, analytics.StudyNotes(so, aligned, rs)...)
	type key struct {
		id     int64
		ticker string
	}
	studied := map[key]bool{}
	for _, r := range rs {
		studied[key{r.EventID, r.Ticker}] = true
		if slices.Contains(d.windows, r.Window) {
			d.study = append(d.study, r)
		}
	}
	d.studied = len(studied)
	d.aggs = analytics.Aggregates(d.study, "all")
	// As `eventline study` stores its own (grouping "all"), so that queries.sql reproduces it.
	if err := analytics.SaveStudy(ctx, db, d.Benchmark, "all", d.study, d.aggs); err != nil {
		return err
	}
	d.path = analytics.CARPaths(rs, pathDays)
	if len(d.path.Paths) < minBand {
		d.path.Lower, d.path.Upper = nil, nil
	}
	return nil
}

// minBand is the fewest events the CAR chart draws a confidence band for: with two, Student's t
// quantile is 12.7 and the band says nothing but "two events".
const minBand = 3

// sourceNames are the names of the price sources ingest detects.
var sourceNames = map[string]string{"yahoo": "Yahoo Finance", "stooq": "Stooq", "csv": "CSV files"}

// priceSource names the sources of the tickers' prices.
func priceSource(ctx context.Context, db *sql.DB, tickers []string) (string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT coalesce(source, '') FROM prices
		WHERE ticker IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1`, sqltext.List(tickers))
	if err != nil {
		return "", fmt.Errorf("report: price sources: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return "", fmt.Errorf("report: price sources: %w", err)
		}
		if n, ok := sourceNames[s]; ok {
			s = n
		}
		if s != "" {
			names = append(names, s)
		}
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("report: price sources: %w", err)
	}
	if len(names) == 0 {
		return "daily prices", nil
	}
	return strings.Join(names, ", ") + " daily prices", nil
}

// currencies reads the tickers' currencies from securities.
func currencies(ctx context.Context, db *sql.DB, tickers []string) (map[string]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT ticker, currency FROM securities
		WHERE ticker IN (SELECT unnest(?::VARCHAR[])) AND currency IS NOT NULL`, sqltext.List(tickers))
	if err != nil {
		return nil, fmt.Errorf("report: currencies: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			return nil, fmt.Errorf("report: currencies: %w", err)
		}
		out[t] = c
	}
	return out, rows.Err()
}

// currency is ticker's currency code, USD unless securities says otherwise.
func (d *data) currency(ticker string) string {
	if c, ok := d.currencies[ticker]; ok && c != "" {
		return c
	}
	return "USD"
}

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

func nullFloat(v sql.NullFloat64) any {
	if !v.Valid {
		return nil
	}
	return v.Float64
}

func nanNil(f float64) any {
	if math.IsNaN(f) {
		return nil
	}
	return f
}

func nullTime(t sql.NullTime) any {
	if !t.Valid {
		return nil
	}
	return t.Time
}

// zeroNil is nil for a zero time, for columns where a day does not apply.
func zeroNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}
