package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"gonum.org/v1/plot/vg"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/data/store"
)

type chartOptions struct {
	IO        *IOStreams
	Store     func(ctx context.Context, readOnly bool) (*store.Store, error)
	Filter    analytics.Filter
	Kind      string // price | compare | study
	Out       string
	Format    string // png | svg | pdf
	Candles   bool
	Volume    bool
	Benchmark string
	Days      int
	Model     string
	Chart     charts.Options

	// Layout is where the last render put the events, for tests.
	Layout *charts.Layout
}

func newCmdChart(f *factory, runF func(*chartOptions) error) *cobra.Command {
	opts := &chartOptions{IO: f.IO, Store: f.OpenStore}
	var style, width, height string
	cmd := &cobra.Command{
		Use:   "chart",
		Short: "Draw a price chart annotated with events, a comparison, or an event study",
		Long: `Draw a chart to a PNG, SVG or PDF file (the format comes from --out's extension, or --format).

--kind price (default): one ticker's daily close as a line, or OHLC candles (--style candle),
with an optional volume panel (--volume). Every day event is a numbered marker on the price at its
trading day (t0), forecasts are hollow markers at their target date, week, month and quarter
events are shaded spans; colors follow the event type, and a numbered table under the chart lists
the events (the first 50; the image grows to hold them unless --height is given). In SVG, every
marker shows "#N date TICKER: headline (source)" on hover.

--kind compare: several tickers (--ticker repeated or comma-separated, plus --benchmark) rebased
to 100 at the first day they all have prices (adjusted closes), with the tickers' events.

--kind study: the mean cumulative abnormal return of the selected events from day -k to +k
(--days k), with its 95% confidence band and each event's path faintly behind, as eventline study
computes it (market model against --benchmark).

--width and --height take inches (10, 10in), centimetres (25cm), points (720pt) or pixels at 96
per inch (960px); --dpi sets the PNG's resolution (the PNG is width x dpi pixels wide).`,
		Example: `  eventline chart --ticker VMW --from 2007-08-01 --to 2008-07-31 --out vmw.svg
  eventline chart --ticker VMW --style candle --volume --theme dark --out vmw.png
  eventline chart --kind compare --ticker VMW,CTXS --benchmark GSPC --out compare.png
  eventline chart --kind study --type acquisition --days 10 --out car.pdf`,
		Args: noArgs,
	}
	getFilter := filterFlags(cmd, &opts.Filter)
	cmd.Flags().StringVar(&opts.Kind, "kind", "price", "chart: price|compare|study")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "output `FILE` (.png, .svg or .pdf; - for stdout with --format)")
	cmd.Flags().StringVar(&opts.Format, "format", "", "png|svg|pdf (default from --out's extension)")
	cmd.Flags().StringVar(&style, "style", "line", "price chart style: line|candle")
	cmd.Flags().BoolVar(&opts.Volume, "volume", false, "add a volume panel under the price chart")
	cmd.Flags().StringVar(&opts.Benchmark, "benchmark", "", "benchmark ticker: added to compare; the market for study (default GSPC)")
	cmd.Flags().IntVar(&opts.Days, "days", 10, "study: trading days k on each side of the event")
	cmd.Flags().StringVar(&opts.Model, "model", analytics.MarketModel, "study: normal-return model: market|market-adjusted")
	cmd.Flags().StringVar(&opts.Chart.Theme, "theme", "light", "light|dark")
	cmd.Flags().StringVar(&width, "width", "", "image width, e.g. 10in, 25cm, 960px (default 10in)")
	cmd.Flags().StringVar(&height, "height", "", "image height (default 6in plus the event table)")
	cmd.Flags().IntVar(&opts.Chart.DPI, "dpi", 96, "PNG resolution in pixels per inch")
	cmd.Flags().StringVar(&opts.Chart.Title, "title", "", "chart title (default: what the chart shows)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := getFilter(); err != nil {
			return err
		}
		if !slices.Contains([]string{"price", "compare", "study"}, opts.Kind) {
			return usageErrorf("--kind %q: use price, compare or study", opts.Kind)
		}
		switch style {
		case "line":
		case "candle", "candles":
			opts.Candles = true
		default:
			return usageErrorf("--style %q: use line or candle", style)
		}
		if opts.Chart.Theme != "light" && opts.Chart.Theme != "dark" {
			return usageErrorf("--theme %q: use light or dark", opts.Chart.Theme)
		}
		var err error
		if opts.Chart.Width, err = parseLength("--width", width); err != nil {
			return err
		}
		if opts.Chart.Height, err = parseLength("--height", height); err != nil {
			return err
		}
		if opts.Chart.DPI < 10 || opts.Chart.DPI > 1200 {
			return usageErrorf("--dpi %d: use 10 to 1200", opts.Chart.DPI)
		}
		if opts.Days < 1 || opts.Days > 250 {
			return usageErrorf("--days %d: use 1 to 250", opts.Days)
		}
		if opts.Model != analytics.MarketModel && opts.Model != analytics.MarketAdjusted {
			return usageErrorf("--model %q: use market or market-adjusted", opts.Model)
		}
		if opts.Out == "" {
			return usageErrorf("chart needs --out FILE (.png, .svg or .pdf)")
		}
		if opts.Format == "" {
			opts.Format = strings.TrimPrefix(strings.ToLower(filepath.Ext(opts.Out)), ".")
			if !slices.Contains(charts.Formats, opts.Format) {
				return usageErrorf("--out %s: name a .png, .svg or .pdf file, or give --format", opts.Out)
			}
		}
		opts.Format = strings.ToLower(opts.Format)
		if !slices.Contains(charts.Formats, opts.Format) {
			return usageErrorf("--format %q: use png, svg or pdf", opts.Format)
		}
		opts.Benchmark = strings.ToUpper(strings.TrimSpace(opts.Benchmark))
		if runF != nil {
			return runF(opts)
		}
		return runChart(cmd.Context(), opts)
	}
	return cmd
}

// parseLength reads an image dimension: a number with in, cm, mm, pt or px (96 per inch), or a
// bare number of inches. Empty means the chart's default.
func parseLength(flag, s string) (vg.Length, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "" {
		return 0, nil
	}
	units := []struct {
		suffix string
		per    vg.Length
	}{{"in", vg.Inch}, {"cm", vg.Centimeter}, {"mm", vg.Millimeter}, {"pt", vg.Points(1)}, {"px", vg.Inch / 96}}
	unit := vg.Inch
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, unit = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.per
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	l := vg.Length(v) * unit
	if err != nil || l < vg.Inch || l > 100*vg.Inch {
		return 0, usageErrorf("%s %q: use a size from 1in to 100in, e.g. 10in, 25cm, 960px", flag, s)
	}
	return l, nil
}

func runChart(ctx context.Context, opts *chartOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	var buf bytes.Buffer
	var what string
	switch opts.Kind {
	case "price":
		what, err = priceChart(ctx, st.DB, opts, &buf)
	case "compare":
		what, err = compareChart(ctx, st.DB, opts, &buf)
	case "study":
		what, err = studyChart(ctx, st.DB, opts, &buf)
	}
	if err != nil {
		return err
	}
	// The image is complete before the file is touched: a failed chart never leaves an empty one.
	if opts.Out == "-" {
		_, err = opts.IO.Out.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(opts.Out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "wrote %s (%s)\n", opts.Out, what)
	return nil
}

// priceRange checks that ticker has prices between from and to and returns them.
func priceRange(ctx context.Context, db *sql.DB, ticker string, from, to time.Time) ([]analytics.DailyBar, error) {
	bars, err := analytics.DailyBars(ctx, db, ticker, from, to)
	if err != nil || len(bars) > 0 {
		return bars, err
	}
	var first, last sql.NullTime
	if err := db.QueryRowContext(ctx, `SELECT min(date), max(date) FROM prices WHERE ticker = ?`, ticker).Scan(&first, &last); err != nil {
		return nil, err
	}
	if !first.Valid {
		return nil, usageErrorf("no prices for %s: load them (eventline ingest prices %s.csv) or check the ticker (eventline info)", ticker, ticker)
	}
	return nil, usageErrorf("no prices for %s between %s and %s (its prices run %s to %s)", ticker,
		dayOr(from, "the start"), dayOr(to, "the end"), first.Time.Format("2006-01-02"), last.Time.Format("2006-01-02"))
}

func dayOr(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return t.Format("2006-01-02")
}

// chartEvents loads the events of the tickers that the chart of first..last can show (forecasts
// up to horizon), and reports on stderr those that cannot be placed on trading days. The query
// looks a year beyond --from and --to, so that a year or quarter that began before --from, and
// a forecast about a date after --to, still show.
func chartEvents(ctx context.Context, db *sql.DB, opts *chartOptions, tickers []string, first, last, horizon time.Time) ([]charts.Event, error) {
	f := opts.Filter
	f.Tickers = tickers
	if !f.From.IsZero() {
		f.From = f.From.AddDate(-1, 0, 0)
	}
	if !f.To.IsZero() {
		f.To = f.To.AddDate(1, 0, 0)
	}
	marks, err := analytics.EventMarks(ctx, db, f)
	if err != nil {
		return nil, err
	}
	var evs []charts.Event
	for _, m := range marks {
		if m.Day.IsZero() && m.Start.IsZero() {
			fmt.Fprintf(opts.IO.ErrOut, "event %d (%s, %s) not on the chart: %s\n", m.EventID, m.Value, m.Headline, m.Reason)
			continue
		}
		e := charts.Event{Date: m.Day, Start: m.Start, End: m.End, Granularity: m.Granularity,
			Type: m.Type, Status: m.Status, Ticker: m.Ticker, Headline: m.Headline, Source: m.Source, URL: m.URL}
		var shown bool
		switch {
		case m.Status == "forecast":
			shown = !e.Date.Before(first) && !e.Date.After(horizon)
		case m.Granularity != "day":
			shown = !e.Start.IsZero() && !e.Start.After(last) && !e.End.Before(first)
		default:
			shown = !e.Date.Before(first) && !e.Date.After(last)
		}
		if shown {
			evs = append(evs, e)
		}
	}
	return evs, nil
}

// sourceLine says where the prices come from (prices.source) and how many sources the events cite.
func sourceLine(ctx context.Context, db *sql.DB, tickers []string, evs []charts.Event) string {
	var names []string
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT coalesce(source, 'csv') FROM prices WHERE ticker IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1`,
		"["+strings.Join(quoteAll(tickers), ", ")+"]")
	if err == nil {
		defer rows.Close()
		for rows.Next() {
			var s string
			if rows.Scan(&s) == nil {
				switch s {
				case "yahoo":
					s = "Yahoo Finance"
				case "stooq":
					s = "Stooq"
				}
				names = append(names, s)
			}
		}
	}
	line := "prices: " + strings.Join(names, ", ") + " daily"
	// An article is told apart by its URL; a publication name alone stands for its articles.
	articles, sources := map[string]bool{}, map[string]bool{}
	for _, e := range evs {
		switch {
		case e.URL != "":
			articles[e.URL] = true
		case e.Source != "":
			sources[e.Source] = true
		}
	}
	if len(evs) > 0 {
		line += "; events: " + plural(len(evs), "event")
		switch {
		case len(articles) > 0 && len(sources) == 0:
			line += " from " + plural(len(articles), "article")
		case len(articles)+len(sources) > 0:
			line += " citing " + plural(len(articles)+len(sources), "source")
		}
	}
	return line
}

func quoteAll(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return out
}

func currencyOf(ctx context.Context, db *sql.DB, ticker string) string {
	var c sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT currency FROM securities WHERE ticker = ?`, ticker).Scan(&c); err != nil || !c.Valid {
		return "USD"
	}
	return c.String
}

func priceChart(ctx context.Context, db *sql.DB, opts *chartOptions, buf *bytes.Buffer) (string, error) {
	if len(opts.Filter.Tickers) != 1 {
		return "", usageErrorf("a price chart needs one --ticker (for several, --kind compare)")
	}
	ticker := opts.Filter.Tickers[0]
	rows, err := priceRange(ctx, db, ticker, opts.Filter.From, opts.Filter.To)
	if err != nil {
		return "", err
	}
	pc := charts.PriceChart{Ticker: ticker, Currency: currencyOf(ctx, db, ticker), Candles: opts.Candles, Volume: opts.Volume}
	for _, b := range rows {
		pc.Bars = append(pc.Bars, charts.Bar{Date: b.Date, Open: b.Open, High: b.High, Low: b.Low, Close: b.Close, Volume: b.Volume})
	}
	first, last := rows[0].Date, rows[len(rows)-1].Date
	if pc.Events, err = chartEvents(ctx, db, opts, []string{ticker}, first, last, charts.ForecastHorizon(first, last)); err != nil {
		return "", err
	}
	o := opts.Chart
	if o.Title == "" {
		what := "daily close"
		if opts.Candles {
			what = "daily prices"
		}
		o.Title = fmt.Sprintf("%s %s, %s to %s", ticker, what, rows[0].Date.Format("2 Jan 2006"), rows[len(rows)-1].Date.Format("2 Jan 2006"))
	}
	if o.SourceLine == "" {
		o.SourceLine = sourceLine(ctx, db, []string{ticker}, pc.Events)
	}
	lay, err := pc.Render(buf, opts.Format, o)
	if err != nil {
		return "", err
	}
	opts.Layout = lay
	return plural(len(lay.Marks), "event"), nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func compareChart(ctx context.Context, db *sql.DB, opts *chartOptions, buf *bytes.Buffer) (string, error) {
	tickers := slices.Clone(opts.Filter.Tickers)
	all := tickers
	if opts.Benchmark != "" && !slices.Contains(tickers, opts.Benchmark) {
		all = append(slices.Clone(tickers), opts.Benchmark)
	}
	if len(all) < 2 {
		return "", usageErrorf("a comparison needs two tickers or more: --ticker VMW,CTXS or --benchmark GSPC")
	}
	cc := charts.ComparisonChart{}
	var lastDay time.Time
	for _, t := range all {
		rows, err := priceRange(ctx, db, t, opts.Filter.From, opts.Filter.To)
		if err != nil {
			return "", err
		}
		s := charts.Series{Name: t}
		for _, b := range rows {
			v := b.AdjClose
			if math.IsNaN(v) {
				v = b.Close
			}
			s.Dates = append(s.Dates, b.Date)
			s.Values = append(s.Values, v)
		}
		// Every series starts at 100 on the first day they all have.
		if s.Dates[0].After(cc.Base) {
			cc.Base = s.Dates[0]
		}
		if d := s.Dates[len(s.Dates)-1]; d.After(lastDay) {
			lastDay = d
		}
		cc.Series = append(cc.Series, s)
	}
	var err error
	if cc.Events, err = chartEvents(ctx, db, opts, tickers, cc.Base, lastDay, lastDay); err != nil {
		return "", err
	}
	o := opts.Chart
	if o.Title == "" {
		o.Title = fmt.Sprintf("%s rebased to 100 on %s", strings.Join(all, ", "), cc.Base.Format("2 Jan 2006"))
	}
	if o.SourceLine == "" {
		o.SourceLine = sourceLine(ctx, db, all, cc.Events) + "; adjusted closes"
	}
	lay, err := cc.Render(buf, opts.Format, o)
	if err != nil {
		return "", err
	}
	opts.Layout = lay
	return fmt.Sprintf("%d series, %s", len(cc.Series), plural(len(lay.Marks), "event")), nil
}

// studyChart measures CAR[-k, d] for d in -k..k for every selected event (one study, 2k+1
// windows), and draws the mean path with a t-based 95% band.
func studyChart(ctx context.Context, db *sql.DB, opts *chartOptions, buf *bytes.Buffer) (string, error) {
	so := analytics.DefaultStudyOptions()
	so.Filter, so.Model = opts.Filter, opts.Model
	if opts.Benchmark != "" {
		so.Benchmark = opts.Benchmark
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM prices WHERE ticker = ?`, so.Benchmark).Scan(&n); err != nil {
		return "", err
	}
	if n == 0 {
		return "", usageErrorf("benchmark %s has no prices: load it or name another with --benchmark", so.Benchmark)
	}
	k := opts.Days
	so.Windows = analytics.PathWindows(k)
	rs, _, err := analytics.Study(ctx, db, so)
	if err != nil {
		return "", err
	}
	path := analytics.CARPaths(rs, k)
	if len(path.Paths) == 0 {
		return "", usageErrorf("no events with %d trading days on each side to study: load events (eventline ingest events) for tickers with prices, or lower --days", k)
	}
	cc := charts.CARChart{Days: path.Days, Mean: path.Mean, Lower: path.Lower, Upper: path.Upper, Paths: path.Paths}
	model := "market model"
	if so.Model == analytics.MarketAdjusted {
		model = "market-adjusted"
	}
	cc.Label = fmt.Sprintf("mean CAR over %s (%s, benchmark %s)", plural(len(cc.Paths), "event"), model, so.Benchmark)
	o := opts.Chart
	if o.Title == "" {
		o.Title = fmt.Sprintf("Cumulative abnormal return from day -%d to +%d", k, k)
	}
	if o.SourceLine == "" {
		o.SourceLine = fmt.Sprintf("eventline study: CAR[-%d, d] per event; 95%% band: mean ± t(n-1) · sd / √n", k)
	}
	lay, err := cc.Render(buf, opts.Format, o)
	if err != nil {
		return "", err
	}
	opts.Layout = lay
	return "mean CAR over " + plural(len(cc.Paths), "event"), nil
}
