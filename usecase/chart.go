package usecase

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/charts"
)

// ChartOptions say which chart to draw.
type ChartOptions struct {
	Kind   string // price | compare | study
	Filter analytics.Filter
	Format string // png | svg | pdf
	// Candles and Volume style a price chart; TradingDays spaces it by trading day.
	Candles, Volume, TradingDays bool
	// Benchmark is added to a comparison; it is the market of a study (the default one when "").
	Benchmark string
	// Days is k of a study chart's days -k..+k; Model its normal-return model.
	Days  int
	Model string
	Chart charts.Options
}

// Chart is a drawn chart.
type Chart struct {
	Image  []byte
	Layout *charts.Layout
	// What says what the chart shows, for a message: "2 series, 6 events".
	What string
	// Unplaced are events of the chart's tickers that cannot be placed on a trading day, nor
	// shown at the chart's left edge.
	Unplaced []analytics.EventMark
}

// DrawChart draws the chart of `eventline chart`. The image is complete before anything is
// written, so that a failed chart never leaves a file behind.
func DrawChart(ctx context.Context, db *sql.DB, opts ChartOptions) (*Chart, error) {
	switch opts.Kind {
	case "price":
		return priceChart(ctx, db, opts)
	case "compare":
		return compareChart(ctx, db, opts)
	case "study":
		return studyChart(ctx, db, opts)
	}
	return nil, Inputf("chart kind %q: use price, compare or study", opts.Kind)
}

// chartData loads the chart's tickers and their events. The events are looked for a year beyond
// --from and --to, so that a year or quarter that began before --from, and a forecast about a
// date after --to, still show.
func chartData(ctx context.Context, db *sql.DB, opts ChartOptions, tickers, marked []string) (*ChartData, error) {
	f := opts.Filter
	f.Tickers = marked
	if !f.From.IsZero() {
		f.From = f.From.AddDate(-1, 0, 0)
	}
	if !f.To.IsZero() {
		f.To = f.To.AddDate(1, 0, 0)
	}
	return LoadChartData(ctx, db, tickers, opts.Filter.From, opts.Filter.To, f)
}

// unnumbered leaves the numbering to the chart: a chart of its own lists its events from 1 in
// the order shown, where the report numbers them as in its timeline.
func unnumbered(evs []charts.Event) []charts.Event {
	for i := range evs {
		evs[i].Num = 0
	}
	return evs
}

func priceChart(ctx context.Context, db *sql.DB, opts ChartOptions) (*Chart, error) {
	if len(opts.Filter.Tickers) != 1 {
		return nil, Inputf("a price chart needs one --ticker (for several, --kind compare)")
	}
	ticker := opts.Filter.Tickers[0]
	d, err := chartData(ctx, db, opts, []string{ticker}, []string{ticker})
	if err != nil {
		return nil, err
	}
	pc, _ := d.PriceChart(ticker)
	pc.Candles, pc.Volume, pc.TradingDays = opts.Candles, opts.Volume, opts.TradingDays
	// The chart's own table lists its events: numbered in the order shown.
	pc.Events = unnumbered(pc.Events)
	o := opts.Chart
	if o.Title == "" {
		what := "daily close"
		if opts.Candles {
			what = "daily prices"
		}
		bs := pc.Bars
		o.Title = fmt.Sprintf("%s %s, %s to %s", ticker, what, bs[0].Date.Format("2 Jan 2006"), bs[len(bs)-1].Date.Format("2 Jan 2006"))
	}
	if o.SourceLine == "" {
		o.SourceLine = d.SourceLine([]string{ticker}, pc.Events)
	}
	var buf bytes.Buffer
	lay, err := pc.Render(&buf, opts.Format, o)
	if err != nil {
		return nil, err
	}
	return &Chart{Image: buf.Bytes(), Layout: lay, What: Plural(len(lay.Marks), "event"), Unplaced: d.OffChart()}, nil
}

func compareChart(ctx context.Context, db *sql.DB, opts ChartOptions) (*Chart, error) {
	tickers := slices.Clone(opts.Filter.Tickers)
	all := tickers
	if b := strings.ToUpper(opts.Benchmark); b != "" && !slices.Contains(tickers, b) {
		all = append(slices.Clone(tickers), b)
	}
	if len(all) < 2 {
		return nil, Inputf("a comparison needs two tickers or more: --ticker VMW,CTXS or --benchmark %s", DefaultBenchmark)
	}
	d, err := chartData(ctx, db, opts, all, tickers)
	if err != nil {
		return nil, err
	}
	cc := d.Comparison(all, tickers)
	cc.Events = unnumbered(cc.Events)
	o := opts.Chart
	if o.Title == "" {
		o.Title = fmt.Sprintf("%s rebased to 100 on %s", strings.Join(all, ", "), cc.Base.Format("2 Jan 2006"))
	}
	if o.SourceLine == "" {
		o.SourceLine = d.SourceLine(all, cc.Events) + "; adjusted closes"
	}
	var buf bytes.Buffer
	lay, err := cc.Render(&buf, opts.Format, o)
	if err != nil {
		return nil, err
	}
	return &Chart{Image: buf.Bytes(), Layout: lay, Unplaced: d.OffChart(),
		What: fmt.Sprintf("%d series, %s", len(cc.Series), Plural(len(lay.Marks), "event"))}, nil
}

// studyChart measures CAR[-k, d] for d in -k..k for every selected event (one study, 2k+1
// windows), and draws the mean path with a t-based 95% band.
func studyChart(ctx context.Context, db *sql.DB, opts ChartOptions) (*Chart, error) {
	so := analytics.DefaultStudyOptions()
	so.Filter, so.Model, so.Benchmark, so.Windows = opts.Filter, opts.Model, opts.Benchmark, nil
	k := opts.Days
	res, err := Study(ctx, db, StudyOptions{Study: so, PathDays: k})
	if err != nil {
		return nil, err
	}
	path := res.Path
	if len(path.Paths) == 0 {
		return nil, Inputf("no events with %d trading days on each side to study: load events (eventline ingest events) for tickers with prices, or lower --days", k)
	}
	model := "market model"
	if so.Model == analytics.MarketAdjusted {
		model = "market-adjusted"
	}
	cc := CARChart(path, fmt.Sprintf("mean CAR over %s (%s, benchmark %s)", Plural(len(path.Paths), "event"), model, res.Benchmark))
	o := opts.Chart
	if o.Title == "" {
		o.Title = fmt.Sprintf("Cumulative abnormal return from day -%d to +%d", k, k)
	}
	if o.SourceLine == "" {
		o.SourceLine = fmt.Sprintf("eventline study: CAR[-%d, d] per event; 95%% band: mean ± t(n-1) · sd / √n", k)
	}
	var buf bytes.Buffer
	lay, err := cc.Render(&buf, opts.Format, o)
	if err != nil {
		return nil, err
	}
	return &Chart{Image: buf.Bytes(), Layout: lay, What: "mean CAR over " + Plural(len(cc.Paths), "event")}, nil
}
