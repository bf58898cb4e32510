package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/null"
	"github.com/eventline/eventline/internal/table"
	"github.com/eventline/eventline/usecase"
)

type studyOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Study  analytics.StudyOptions
	By     string
	Events bool
	Format table.Format
}

// filterFlags registers --ticker, --type, --from and --to, shared by the analytics commands.
func filterFlags(cmd *cobra.Command, f *analytics.Filter) func() error {
	var from, to string
	cmd.Flags().StringSliceVar(&f.Tickers, "ticker", nil, "only these tickers (repeat or comma-separate)")
	cmd.Flags().StringSliceVar(&f.Types, "type", nil, "only these event types")
	cmd.Flags().StringVar(&from, "from", "", "only events on or after `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "only events on or before `DATE`")
	return func() error {
		for i, t := range f.Tickers {
			f.Tickers[i] = strings.ToUpper(strings.TrimSpace(t))
		}
		for _, p := range []struct {
			flag, value string
			dst         *time.Time
		}{{"--from", from, &f.From}, {"--to", to, &f.To}} {
			if p.value == "" {
				continue
			}
			d, err := time.Parse("2006-01-02", p.value)
			if err != nil {
				return usageErrorf("%s %q: use YYYY-MM-DD", p.flag, p.value)
			}
			*p.dst = d
		}
		return nil
	}
}

// tableFlags registers the filter flags and --format of a command that prints a table, and
// returns what parses them into f and format.
func tableFlags(cmd *cobra.Command, f *analytics.Filter, format *table.Format) func() error {
	getFilter := filterFlags(cmd, f)
	getFormat := formatFlag(cmd, table.Text)
	return func() (err error) {
		if *format, err = getFormat(); err != nil {
			return err
		}
		return getFilter()
	}
}

func parseWindow(s string) (analytics.Window, error) {
	a, b, ok := strings.Cut(s, ",")
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || from > to {
		return analytics.Window{}, usageErrorf("window %q: use FROM,TO in trading days around the event, e.g. -1,1", s)
	}
	return analytics.Window{From: from, To: to}, nil
}

func newCmdStudy(f *factory) *cobra.Command {
	opts := &studyOptions{IO: f.IO, Store: f.OpenStore, Study: analytics.DefaultStudyOptions()}
	var windows []string
	var estimation string
	cmd := &cobra.Command{
		Use:   "study",
		Short: "Event study: returns and abnormal returns around events",
		Long: `Measure what each ticker did around its events and test the abnormal returns across them.

The event day t0 is the ticker's first trading day on or after the event date; an event before
the ticker's first price or after its last has no t0 and is reported on stderr. Forecasts never
count as events that occurred; week, month and quarter events count only with --include-coarse.
price_move events are left out unless --include-price-moves (or --type price_move): they exist
because the return moved, so studying them selects on the outcome. Same-ticker events whose
windows overlap are reported on stderr and, by default, only the earliest of each run counts
(--overlap first|keep|drop); an event inside another's estimation window is flagged. price_before
and price_t0 are the close column, not the adjusted close; returns come from adjusted closes. Where the benchmark has
no price the CAR is empty (NULL) and a note says why.

Abnormal returns follow the market model (OLS alpha and beta over the estimation window, default
trading days -250..-11) or, with --model market-adjusted, the benchmark's return. An event with
fewer than --min-estimation returns before it falls back to market-adjusted (column 'fallback').
The table shows, per group (--by all|ticker|type) and window, N, mean and median CAR, the
cross-sectional t, the Boehmer-Musumeci-Poulsen standardized test and a sign test with p-values;
--events shows every event window instead. Both land in the event_returns and event_study tables.`,
		Example: `  eventline study --benchmark GSPC
  eventline study --ticker CTXS --window -1,1 --window 0,5 --events
  eventline study --type acquisition --model market-adjusted --by ticker --format csv`,
		Args: noArgs,
	}
	parseFlags := tableFlags(cmd, &opts.Study.Filter, &opts.Format)
	cmd.Flags().StringArrayVar(&windows, "window", nil, "event window `FROM,TO` in trading days (repeatable; default -1,1 0,5 -5,20)")
	cmd.Flags().StringVar(&opts.Study.Benchmark, "benchmark", usecase.DefaultBenchmark, "benchmark ticker (any loaded ticker)")
	cmd.Flags().StringVar(&opts.Study.Model, "model", analytics.MarketModel, "normal-return model: market|market-adjusted|constant-mean|ff3|carhart (factor models need eventline ingest factors)")
	cmd.Flags().StringVar(&estimation, "estimation", "-250,-11", "estimation window `FROM,TO` before t0")
	cmd.Flags().IntVar(&opts.Study.MinEstimation, "min-estimation", 60, "fewest estimation returns for the market model")
	cmd.Flags().BoolVar(&opts.Study.LogReturns, "log", false, "log returns instead of simple returns")
	cmd.Flags().BoolVar(&opts.Study.IncludeCoarse, "include-coarse", false, "count week/month/quarter events at their first trading day")
	cmd.Flags().BoolVar(&opts.Study.IncludePriceMoves, "include-price-moves", false, "study price_move events too (they are defined by the return: selection on the outcome)")
	cmd.Flags().BoolVar(&opts.Study.DailyTests, "daily-tests", false, "also the tests on daily abnormal returns (a second pass over the prices): Corrado rank, generalized sign, BMP with the Kolari-Pynnönen adjustment")
	cmd.Flags().StringVar(&opts.Study.Overlap, "overlap", analytics.OverlapFirst, "same-ticker events with overlapping windows: first (keep the earliest)|keep|drop")
	cmd.Flags().StringVar(&opts.By, "by", "all", "group the statistics by all|ticker|type")
	cmd.Flags().BoolVar(&opts.Events, "events", false, "print every event window instead of the statistics")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		err := parseFlags()
		if err != nil {
			return err
		}
		if len(windows) > 0 {
			opts.Study.Windows = nil
			for _, w := range windows {
				win, err := parseWindow(w)
				if err != nil {
					return err
				}
				opts.Study.Windows = append(opts.Study.Windows, win)
			}
		}
		if opts.Study.Estimation, err = parseWindow(estimation); err != nil {
			return err
		}
		if opts.Study.Estimation.To >= 0 {
			return usageErrorf("--estimation %s must end before the event day", estimation)
		}
		if m := opts.Study.Model; m != analytics.MarketModel && m != analytics.MarketAdjusted && m != analytics.ConstantMean && !analytics.IsFactorModel(m) {
			return usageErrorf("--model %q: use market, market-adjusted, constant-mean, ff3 or carhart", opts.Study.Model)
		}
		if o := opts.Study.Overlap; o != analytics.OverlapFirst && o != analytics.OverlapKeep && o != analytics.OverlapDrop {
			return usageErrorf("--overlap %q: use first, keep or drop", o)
		}
		if opts.By != "all" && opts.By != "ticker" && opts.By != "type" {
			return usageErrorf("--by %q: use all, ticker or type", opts.By)
		}
		opts.Study.Benchmark = strings.ToUpper(opts.Study.Benchmark)
		return runStudy(cmd.Context(), opts)
	}
	return cmd
}

func pct(v any) string {
	f, ok := v.(float64)
	if !ok || math.IsNaN(f) {
		return ""
	}
	return fmt.Sprintf("%+.2f%%", f*100)
}

// share shows a fraction that has no sign, such as a volatility, as a percentage.
func share(v any) string {
	f, ok := v.(float64)
	if !ok || math.IsNaN(f) {
		return ""
	}
	return fmt.Sprintf("%.2f%%", f*100)
}

func fixed(digits int) func(any) string {
	return func(v any) string {
		f, ok := v.(float64)
		if !ok || math.IsNaN(f) {
			return ""
		}
		return strconv.FormatFloat(f, 'f', digits, 64)
	}
}

func dollars(v any) string {
	f, ok := v.(float64)
	if !ok || math.IsNaN(f) {
		return ""
	}
	return fmt.Sprintf("$%.2f", f)
}

func runStudy(ctx context.Context, opts *studyOptions) error {
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := usecase.Study(ctx, st.DB, usecase.StudyOptions{Study: opts.Study, By: opts.By, Save: true})
	if err != nil {
		return fromUsecase(err)
	}
	for _, a := range res.Aligned {
		if a.Reason != "" {
			fmt.Fprintf(opts.IO.ErrOut, "event %d (%s, %s): no t0: %s\n", a.EventID, a.Date, a.Headline, a.Reason)
		}
	}
	for _, n := range res.Notes {
		fmt.Fprintln(opts.IO.ErrOut, n)
	}
	rs, aggs := res.Returns, res.Aggregates
	if len(rs) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, "No events with a trading day to study: load events (eventline ingest events) for tickers with prices.")
		return nil
	}
	var t *table.Table
	if opts.Events {
		t = table.New("event_id", "ticker", "t0", "window", "type", "headline", "session", "price_before", "price_t0",
			"return", "market_return", "car", "scar", "bhar", "model", "fallback", "alpha", "beta", "est_days", "abnormal_volume", "complete",
			"excluded", "note")
		for _, r := range rs {
			t.Append(r.EventID, r.Ticker, r.T0, r.Window.String(), r.Type, r.Headline, r.Session, null.Cell(r.PriceBefore),
				null.Cell(r.PriceT0), r.Return, null.Cell(r.MarketReturn), null.Cell(r.CAR), null.Cell(r.SCAR), null.Cell(r.BHAR), r.Model, r.Fallback,
				null.Cell(r.Alpha), null.Cell(r.Beta), r.EstimationDays, null.Cell(r.AbnormalVolume), r.Complete, r.Excluded, r.Note)
		}
		t.SetUnit(table.Dollars, "price_before", "price_t0")
		t.SetUnit(table.Percent, "return", "market_return", "car", "bhar")
		t.SetUnit(table.Fixed2, "scar", "abnormal_volume")
		t.SetUnit(table.Fixed5, "alpha")
		t.SetUnit(table.Fixed3, "beta")
		// On a narrow terminal the event and its returns stay; the model's inner workings go first.
		t.SetDetail("session", "price_before", "price_t0", "scar", "model", "fallback", "alpha", "beta", "est_days",
			"abnormal_volume", "complete")
		t.SetBlank()
	} else {
		t = table.New(opts.By, "window", "n", "mean_car", "median_car", "t", "p_t", "bmp", "p_bmp", "patell", "p_patell",
			"bmp_kp", "p_bmp_kp", "corrado", "p_corrado", "positive", "p_sign", "gen_sign", "p_gen_sign", "wilcoxon", "p_wilcoxon",
			"mean_bhar", "t_bhar", "p_bhar")
		for _, a := range aggs {
			t.Append(a.Group, a.Window.String(), a.N, a.MeanCAR, a.MedianCAR, null.Cell(a.T), null.Cell(a.PT), null.Cell(a.BMP),
				null.Cell(a.PBMP), null.Cell(a.Patell), null.Cell(a.PPatell), null.Cell(a.BMPKP), null.Cell(a.PBMPKP),
				null.Cell(a.Corrado), null.Cell(a.PCorrado), a.Positive, null.Cell(a.PSign), null.Cell(a.GSign), null.Cell(a.PGSign),
				null.Cell(a.Wilcoxon), null.Cell(a.PWilcoxon), null.Cell(a.MeanBHAR), null.Cell(a.TBHAR), null.Cell(a.PBHAR))
		}
		t.SetUnit(table.Percent, "mean_car", "median_car", "mean_bhar")
		t.SetUnit(table.Fixed2, "t", "bmp", "patell", "bmp_kp", "corrado", "gen_sign", "wilcoxon", "t_bhar")
		t.SetUnit(table.Fixed3, "p_t", "p_bmp", "p_patell", "p_bmp_kp", "p_corrado", "p_sign", "p_gen_sign", "p_wilcoxon", "p_bhar")
		t.SetBlank() // a test needs two events or more
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
