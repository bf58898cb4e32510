package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/table"
)

type infoOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Format table.Format
}

func newCmdInfo(f *factory, runF func(*infoOptions) error) *cobra.Command {
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
		if runF != nil {
			return runF(opts)
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
	version, err := st.Version(ctx)
	if err != nil {
		return err
	}
	t := table.New("kind", "name", "rows", "first_date", "last_date", "source")
	for i := 3; i < len(t.Columns); i++ {
		t.Columns[i].Blank = true // dates and source apply to tickers only
	}
	names, err := st.Tables(ctx)
	if err != nil {
		return err
	}
	for _, n := range names {
		if n == "schema_version" {
			continue
		}
		var count int64
		// Table names come from the catalog, never from the user.
		if err := st.DB.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) FROM %q`, n)).Scan(&count); err != nil {
			return fmt.Errorf("count %s: %w", n, err)
		}
		t.Append("table", n, count, nil, nil, nil)
	}
	rows, err := st.DB.QueryContext(ctx, `
		SELECT ticker, count(*), min(date), max(date), string_agg(DISTINCT source, ',' ORDER BY source)
		FROM prices GROUP BY ticker ORDER BY ticker`)
	if err != nil {
		return fmt.Errorf("summarize prices: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ticker string
		var n int64
		var first, last, source any
		if err := rows.Scan(&ticker, &n, &first, &last, &source); err != nil {
			return err
		}
		t.Append("ticker", ticker, n, first, last, source)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if opts.Format == table.Text || opts.Format == table.Markdown || opts.Format == table.Auto && opts.IO.IsStdoutTTY() {
		size := ""
		if fi, err := os.Stat(st.Path); err == nil {
			size = fmt.Sprintf(", %.1f MB", float64(fi.Size())/1e6)
		}
		fmt.Fprintf(opts.IO.Out, "Database %s (schema version %d%s)\n\n", st.Path, version, size)
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
