package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/table"
	"github.com/eventline/eventline/usecase"
)

type infoOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Format table.Format
}

func newCmdInfo(f *factory) *cobra.Command {
	opts := &infoOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "info",
		Short: "Show what the database holds: tickers, date ranges and row counts",
		Long: `Show the database's tables with their row counts and, for every ticker with prices, its first
and last trading day, number of rows and source. One row per table and per ticker, so that every
format (including csv) carries all of it.`,
		Example: `  eventline info
  eventline info --format json --db research.duckdb`,
		Args: noArgs,
	}
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		return runInfo(cmd.Context(), opts)
	}
	return cmd
}

func runInfo(ctx context.Context, opts *infoOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	inv, err := usecase.TakeInventory(ctx, st)
	if err != nil {
		return err
	}
	t := table.New("kind", "name", "rows", "first_date", "last_date", "source")
	t.SetDetail("source")
	for _, tr := range inv.Tables {
		t.Append("table", tr.Name, tr.Rows, nil, nil, nil)
	}
	for _, tp := range inv.Tickers {
		t.Append("ticker", tp.Ticker, int64(tp.Span.Days), tp.Span.First, tp.Span.Last, strings.Join(tp.Sources, ","))
	}
	t.SetBlank() // dates and sources apply to tickers only
	if opts.Format == table.Text || opts.Format == table.Markdown || opts.Format == table.Auto && opts.IO.IsStdoutTTY() {
		size := ""
		if inv.Size > 0 {
			size = fmt.Sprintf(", %.1f MB", float64(inv.Size)/1e6)
		}
		fmt.Fprintf(opts.IO.Out, "Database %s (schema version %d%s)\n\n", inv.Path, inv.SchemaVersion, size)
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
