package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"gonum.org/v1/plot/vg"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/charts"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/usecase"
)

type chartOptions struct {
	IO      *IOStreams
	Store   func(ctx context.Context, readOnly bool) (*store.Store, error)
	Filter  analytics.Filter
	Kind    string // price | compare | study
	Out     string
	Format  string // png | svg | pdf
	Candles bool
	// TradingDays spaces a price chart by trading day (the default for candles).
	TradingDays bool
	Volume      bool
	Benchmark   string
	Days        int
	Model       string
	Chart       charts.Options

	// Layout is where the last render put the events, for tests.
	Layout *charts.Layout
}

// newCmdChart makes the chart command. opts, when not nil, receives the flags and the drawn
// chart's layout (tests read it); nil makes new ones.
func newCmdChart(f *factory, opts *chartOptions) *cobra.Command {
	if opts == nil {
		opts = &chartOptions{}
	}
	opts.IO, opts.Store = f.IO, f.OpenStore
	var style, width, height string
	var logScale, linear bool
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

The value axis of price and compare charts is a log scale when the values span more than 10x
(a long history, where a linear axis flattens the early years), else linear; --log and --linear
(or --log=false) choose.

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
	cmd.Flags().BoolVar(&opts.TradingDays, "trading-days", false, "price chart: one step per trading day, no gaps at weekends and holidays (default with --style candle)")
	cmd.Flags().StringVar(&opts.Benchmark, "benchmark", "", "benchmark ticker: added to compare; the market for study (default "+usecase.DefaultBenchmark+")")
	cmd.Flags().IntVar(&opts.Days, "days", 10, "study: trading days k on each side of the event")
	cmd.Flags().StringVar(&opts.Model, "model", analytics.MarketModel, "study: normal-return model: market|market-adjusted")
	cmd.Flags().StringVar(&opts.Chart.Theme, "theme", "light", "light|dark")
	cmd.Flags().StringVar(&width, "width", "", "image width, e.g. 10in, 25cm, 960px (default 10in)")
	cmd.Flags().StringVar(&height, "height", "", "image height (default 6in plus the event table)")
	cmd.Flags().IntVar(&opts.Chart.DPI, "dpi", 96, "PNG resolution in pixels per inch")
	cmd.Flags().StringVar(&opts.Chart.Title, "title", "", "chart title (default: what the chart shows)")
	cmd.Flags().BoolVar(&logScale, "log", false, fmt.Sprintf("log price scale (default: when prices span more than %gx; --log=false for linear)", charts.LogSpan))
	cmd.Flags().BoolVar(&linear, "linear", false, "linear price scale, whatever the span")
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
			if !cmd.Flags().Changed("trading-days") && opts.Kind == "price" {
				opts.TradingDays = true
			}
		default:
			return usageErrorf("--style %q: use line or candle", style)
		}
		if opts.TradingDays && opts.Kind != "price" {
			return usageErrorf("--trading-days applies to price charts")
		}
		switch {
		case linear && logScale:
			return usageErrorf("--log and --linear: choose one")
		case linear || cmd.Flags().Changed("log") && !logScale:
			opts.Chart.Scale = charts.ScaleLinear
		case logScale:
			opts.Chart.Scale = charts.ScaleLog
		}
		if opts.Chart.Scale != charts.ScaleAuto && opts.Kind == "study" {
			return usageErrorf("--log and --linear apply to price and compare charts (a CAR crosses 0)")
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
	c, err := usecase.DrawChart(ctx, st.DB, usecase.ChartOptions{Kind: opts.Kind, Filter: opts.Filter, Format: opts.Format,
		Candles: opts.Candles, Volume: opts.Volume, TradingDays: opts.TradingDays, Benchmark: opts.Benchmark, Days: opts.Days, Model: opts.Model, Chart: opts.Chart})
	if err != nil {
		return fromUsecase(err)
	}
	for _, m := range c.Unplaced {
		fmt.Fprintf(opts.IO.ErrOut, "event %d (%s, %s) not on the chart: %s\n", m.EventID, m.Value, m.Headline, m.Reason)
	}
	opts.Layout = c.Layout
	if opts.Out == "-" {
		_, err = opts.IO.Out.Write(c.Image)
		return err
	}
	if err := os.WriteFile(opts.Out, c.Image, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "wrote %s (%s)\n", opts.Out, c.What)
	return nil
}
