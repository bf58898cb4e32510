package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/example"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/report"
	"github.com/eventline/eventline/usecase"
)

type demoOptions struct {
	IO  *IOStreams
	Out string
}

func newCmdDemo(f *factory) *cobra.Command {
	opts := &demoOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole job on the built-in example: prices, articles, events, analytics, report",
		Long: `Create a fresh database in --out (default ./eventline-demo), load the embedded example
dataset (VMW, CTXS and S&P 500 daily prices 2007-2008, six example articles and two curated
events), extract the articles' events and claims, run the event study, summary and claim checks,
and write the report. Prints where everything is.

The demo uses its own database (DIR/eventline.duckdb, made anew on every run), never --db. The
example inputs are written to DIR/data so that each step can be rerun by hand.`,
		Example: `  eventline demo
  eventline demo --out /tmp/demo && open /tmp/demo/report/index.html`,
		Args: noArgs,
	}
	cmd.Flags().StringVar(&opts.Out, "out", "eventline-demo", "`DIR` for the database, the example data and the report")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		return runDemo(cmd.Context(), opts)
	}
	return cmd
}

func runDemo(ctx context.Context, opts *demoOptions) error {
	start := time.Now()
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	dbPath := filepath.Join(opts.Out, "eventline.duckdb")
	// The demo's database is its own: start afresh so that a rerun gives the same report.
	for _, p := range []string{dbPath, dbPath + ".wal"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("demo: %w", err)
		}
	}
	files, err := example.Write(filepath.Join(opts.Out, "data"))
	if err != nil {
		return fmt.Errorf("demo: write the example data: %w", err)
	}
	st, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	step := func(format string, args ...any) {
		fmt.Fprintf(opts.IO.ErrOut, "%5.2fs  "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
	}
	ps, err := prices.Ingest(ctx, st.DB, prices.Options{Paths: files.Prices})
	if err != nil {
		return fmt.Errorf("demo: load prices: %w", err)
	}
	step("loaded %d price rows for %d tickers", ps.Inserted, len(ps.Files))
	anchors, err := usecase.ReadEvents([]string{files.Events})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	sum, err := usecase.IngestArticles(ctx, st.DB, usecase.ArticleInput{Files: files.Articles, Anchors: anchors}, nil)
	printNotes(opts.IO.ErrOut, sum.Notes)
	printWarnings(opts.IO.ErrOut, sum.Warnings)
	if err != nil {
		return fmt.Errorf("demo: load articles: %w", err)
	}
	step("extracted %d articles: %d dated expressions, %d event mentions (%d events), %d claims",
		sum.Articles, sum.Timexes, sum.Events, sum.NewEvents, sum.Claims)
	res, err := report.Write(ctx, st.DB, report.Options{
		Out:       filepath.Join(opts.Out, "report"),
		Benchmark: usecase.DefaultBenchmark,
		Title:     "VMware, Citrix and the virtualization boom of 2007-2008",
		Database:  dbPath,
	})
	if err != nil {
		return fmt.Errorf("demo: report: %w", err)
	}
	step("studied %d event windows, checked %d claims, wrote %d report files", res.Studied, res.Claims, len(res.Files))
	out := opts.IO.Out
	fmt.Fprintf(out, "database  %s\n", dbPath)
	fmt.Fprintf(out, "inputs    %s\n", filepath.Join(opts.Out, "data"))
	fmt.Fprintf(out, "report    %s\n", filepath.Join(res.Dir, "index.html"))
	fmt.Fprintf(out, "          %s\n", filepath.Join(res.Dir, "report.md"))
	fmt.Fprintf(out, "\nNext: eventline --db %s events\n      eventline --db %s claims\n      eventline --db %s sql\n",
		dbPath, dbPath, dbPath)
	return nil
}
