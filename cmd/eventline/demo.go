package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/example"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/outdir"
	"github.com/eventline/eventline/report"
	"github.com/eventline/eventline/usecase"
)

type demoOptions struct {
	IO    *IOStreams
	Out   string
	Force bool
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

The demo uses its own database (DIR/eventline.duckdb), never --db. The example inputs are written
to DIR/data so that each step can be rerun by hand. A rerun into the demo's own folder replaces
what the demo wrote there; a folder that holds anything else (a database, your files) is refused
with exit status 2 unless --force, and nothing is written until the whole demo has succeeded.`,
		Example: `  eventline demo
  eventline demo --out /tmp/demo && open /tmp/demo/report/index.html`,
		Args: noArgs,
	}
	cmd.Flags().StringVar(&opts.Out, "out", "eventline-demo", "`DIR` for the database, the example data and the report")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "write into a non-empty folder eventline did not create, replacing same-named files")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		return runDemo(cmd.Context(), opts)
	}
	return cmd
}

func runDemo(ctx context.Context, opts *demoOptions) error {
	start := time.Now()
	// Everything is made in a staging folder and moved into --out at the end, so that no file of
	// the user's is replaced and a failed demo leaves nothing behind.
	dir, err := outdir.Begin(opts.Out, outdir.Options{Command: "demo", Force: opts.Force,
		Writes: []string{"eventline.duckdb", "data/", "report/"}})
	if err != nil {
		return outdirError(err)
	}
	defer dir.Abort()
	dbPath := filepath.Join(opts.Out, "eventline.duckdb")
	files, err := example.Write(filepath.Join(dir.Stage(), "data"))
	if err != nil {
		return fmt.Errorf("demo: write the example data: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(dir.Stage(), "eventline.duckdb"), store.Options{})
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
		Out:       filepath.Join(dir.Stage(), "report"),
		Benchmark: usecase.DefaultBenchmark,
		Title:     "VMware, Citrix and the virtualization boom of 2007-2008",
		Database:  dbPath,
	})
	if err != nil {
		return fmt.Errorf("demo: report: %w", err)
	}
	step("studied %d event windows, checked %d claims, wrote %d report files", res.Studied, res.Claims, len(res.Files))
	if err := st.Close(); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if _, err := dir.Commit(); err != nil {
		return outdirError(err)
	}
	res.Dir = filepath.Join(opts.Out, "report")
	out := opts.IO.Out
	fmt.Fprintf(out, "database  %s\n", dbPath)
	fmt.Fprintf(out, "inputs    %s\n", filepath.Join(opts.Out, "data"))
	fmt.Fprintf(out, "report    %s\n", filepath.Join(res.Dir, "index.html"))
	fmt.Fprintf(out, "          %s\n", filepath.Join(res.Dir, "report.md"))
	fmt.Fprintf(out, "\nNext: eventline --db %s events\n      eventline --db %s claims\n      eventline --db %s sql\n",
		dbPath, dbPath, dbPath)
	return nil
}
