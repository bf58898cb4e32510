package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/outdir"
	"github.com/eventline/eventline/usecase"
)

type exportOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Format string
	OutDir string
	Force  bool
}

func newCmdExport(f *factory) *cobra.Command {
	opts := &exportOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every table as Parquet or CSV files",
		Long: `Write every table of the database to DIR, one file per table, so that the same data can be
queried with DuckDB, Spark, Trino or pandas anywhere. With Parquet, prices are partitioned by ticker
(DIR/prices/ticker=VMW/...). DIR also gets load.sql, which recreates every table as a DuckDB view
over the exported files, named relative to the folder: cd DIR && duckdb -init load.sql

DIR must be new, empty, or an earlier export's: a rerun replaces its own files and removes those it
no longer writes (listed in DIR/.eventline-manifest.json). Any other folder is refused unless
--force, which replaces only files of the same names and removes nothing of yours.`,
		Example: `  eventline export --format parquet --out export/
  eventline export --format csv --out csv/`,
		Args: noArgs,
	}
	cmd.Flags().StringVar(&opts.Format, "format", "parquet", "file format: parquet|csv")
	cmd.Flags().StringVar(&opts.OutDir, "out", "", "output `DIR` (created if missing; a folder eventline did not write is refused)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "write into a non-empty folder eventline did not create, replacing only same-named files")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Format = strings.ToLower(opts.Format)
		if opts.Format != "parquet" && opts.Format != "csv" {
			return usageErrorf("unknown export format %q: use parquet or csv", opts.Format)
		}
		if opts.OutDir == "" {
			return usageErrorf("export needs --out DIR")
		}
		return runExport(cmd.Context(), opts)
	}
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := usecase.Export(ctx, st, usecase.ExportOptions{Dir: opts.OutDir, Format: opts.Format, Force: opts.Force})
	if err != nil {
		return outdirError(err)
	}
	fmt.Fprintf(opts.IO.ErrOut, "Exported %d tables as %s to %s (%d files; run: cd %s && duckdb -init load.sql)\n",
		len(res.Tables), opts.Format, opts.OutDir, len(res.Files), opts.OutDir)
	return nil
}

// outdirError makes a refusal to touch the user's files a usage error (exit 2).
func outdirError(err error) error {
	if outdir.IsRefused(err) {
		return &usageError{err}
	}
	return err
}
