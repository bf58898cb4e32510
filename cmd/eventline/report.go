package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/outdir"
	"github.com/eventline/eventline/report"
)

type reportOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Report report.Options
	Force  bool
}

func newCmdReport(f *factory) *cobra.Command {
	opts := &reportOptions{IO: f.IO, Store: f.OpenStore}
	var from, to string
	cmd := &cobra.Command{
		Use:   "report --out DIR",
		Short: "Write an analyst report: HTML, Markdown, CSV tables, charts and the SQL behind them",
		Long: `Write a report on the tickers' prices and events into a directory:

  index.html         self-contained page: parameters, price charts with the events marked (hover
                     for headline, date and source), event timeline, summary, event study, claims
  report.md          the same in Markdown, with the charts as PNG
  *.csv              every table: summary, events, event_returns, event_study, claims
  charts/            every chart as PNG and SVG: one per ticker, a comparison, the event study's CAR
  queries.sql        the SQL behind each table: eventline sql -f DIR/queries.sql

The tickers default to every ticker with events, else every ticker with prices; the benchmark to
GSPC when it is loaded. The report runs an event study (windows -1,1 0,5 -5,20, the market model)
and, as eventline study does, stores it in the event_returns and event_study tables, so that
queries.sql reproduces its numbers.`,
		Example: `  eventline report --out report/
  eventline report --out vmw/ --ticker VMW --from 2007-08-01 --title "VMware's first year"`,
		Args: noArgs,
	}
	cmd.Flags().StringVar(&opts.Report.Out, "out", "", "write the report into `DIR` (created if missing)")
	cmd.Flags().StringSliceVar(&opts.Report.Tickers, "ticker", nil, "tickers to report on, comma-separated or repeated (default: those with events, else all)")
	cmd.Flags().StringSliceVar(&opts.Report.Tickers, "tickers", nil, "old name of --ticker")
	cmd.Flags().MarkHidden("tickers")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "write into a non-empty folder eventline did not create, replacing only same-named files")
	cmd.Flags().StringVar(&opts.Report.Benchmark, "benchmark", "", "benchmark ticker (default GSPC when loaded)")
	cmd.Flags().StringVar(&from, "from", "", "prices and events on or after `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "prices and events on or before `DATE`")
	cmd.Flags().StringVar(&opts.Report.Title, "title", "", "the report's title")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if opts.Report.Out == "" {
			return usageErrorf("report needs --out DIR")
		}
		for _, p := range []struct {
			flag, value string
			dst         *time.Time
		}{{"--from", from, &opts.Report.From}, {"--to", to, &opts.Report.To}} {
			if p.value == "" {
				continue
			}
			d, err := time.Parse("2006-01-02", p.value)
			if err != nil {
				return usageErrorf("%s %q: use YYYY-MM-DD", p.flag, p.value)
			}
			*p.dst = d
		}
		return runReport(cmd.Context(), opts)
	}
	return cmd
}

func runReport(ctx context.Context, opts *reportOptions) error {
	// A read-only open first, so that a mistyped --db is reported instead of created.
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	// Writable: the report stores its event study, as eventline study does.
	st, err = opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	ro := opts.Report
	ro.Database = st.Path
	out, err := outdir.Begin(ro.Out, outdir.Options{Command: "report", Force: opts.Force,
		Writes: []string{"index.html", "report.md", "queries.sql", "summary.csv", "events.csv", "charts/"}})
	if err != nil {
		return outdirError(err)
	}
	defer out.Abort()
	ro.Out = out.Stage()
	res, err := report.Write(ctx, st.DB, ro)
	if report.IsInputError(err) {
		return &usageError{err}
	}
	if err != nil {
		return err
	}
	if _, err := out.Commit(); err != nil {
		return outdirError(err)
	}
	res.Dir = out.Dir
	for _, n := range res.Notes {
		fmt.Fprintf(opts.IO.ErrOut, "note: %s\n", n)
	}
	for _, f := range res.Files {
		fmt.Fprintln(opts.IO.Out, filepath.Join(res.Dir, filepath.FromSlash(f)))
	}
	bench := res.Benchmark
	if bench == "" {
		bench = "no benchmark"
	}
	fmt.Fprintf(opts.IO.ErrOut, "Wrote %d files to %s for %s (%s): %d events, %d studied, %d claims. Open %s\n",
		len(res.Files), res.Dir, strings.Join(res.Tickers, ", "), bench, res.Events, res.Studied, res.Claims,
		filepath.Join(res.Dir, "index.html"))
	return nil
}
