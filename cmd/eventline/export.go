package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/sqltext"
)

type exportOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Format string
	OutDir string
}

func newCmdExport(f *factory, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every table as Parquet or CSV files",
		Long: `Write every table of the database to DIR, one file per table, so that the same data can be
queried with DuckDB, Spark, Trino or pandas anywhere. With Parquet, prices are partitioned by ticker
(DIR/prices/ticker=VMW/...). DIR also gets load.sql, which recreates every table as a DuckDB view
over the exported files:  duckdb -init DIR/load.sql`,
		Example: `  eventline export --format parquet --out export/
  eventline export --format csv --out csv/`,
		Args: noArgs,
	}
	cmd.Flags().StringVar(&opts.Format, "format", "parquet", "file format: parquet|csv")
	cmd.Flags().StringVar(&opts.OutDir, "out", "", "output `DIR` (created if missing)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Format = strings.ToLower(opts.Format)
		if opts.Format != "parquet" && opts.Format != "csv" {
			return usageErrorf("unknown export format %q: use parquet or csv", opts.Format)
		}
		if opts.OutDir == "" {
			return usageErrorf("export needs --out DIR")
		}
		if runF != nil {
			return runF(opts)
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
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	abs, err := filepath.Abs(opts.OutDir)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	tables, err := st.Tables(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}

	var load strings.Builder
	fmt.Fprintf(&load, "-- Views over the files eventline export wrote. Run: duckdb -init %s\n", filepath.Join(abs, "load.sql"))
	for _, name := range tables {
		var target, reader string
		switch {
		case opts.Format == "parquet" && name == "prices":
			target = filepath.Join(abs, "prices")
			if err := os.RemoveAll(target); err != nil {
				return fmt.Errorf("export prices: %w", err)
			}
			reader = fmt.Sprintf("read_parquet(%s, hive_partitioning = true)", sqltext.String(filepath.Join(target, "*", "*.parquet")))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY prices TO %s (FORMAT parquet, PARTITION_BY (ticker))`, sqltext.String(target)))
		case opts.Format == "parquet":
			target = filepath.Join(abs, name+".parquet")
			reader = fmt.Sprintf("read_parquet(%s)", sqltext.String(target))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY %q TO %s (FORMAT parquet)`, name, sqltext.String(target)))
		default:
			target = filepath.Join(abs, name+".csv")
			reader = fmt.Sprintf("read_csv(%s)", sqltext.String(target))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY %q TO %s (FORMAT csv, HEADER)`, name, sqltext.String(target)))
		}
		if err != nil {
			return fmt.Errorf("export %s: %w", name, err)
		}
		fmt.Fprintf(&load, "CREATE OR REPLACE VIEW %q AS SELECT * FROM %s;\n", name, reader)
	}
	if err := os.WriteFile(filepath.Join(abs, "load.sql"), []byte(load.String()), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(opts.IO.ErrOut, "Exported %d tables as %s to %s\n", len(tables), opts.Format, opts.OutDir)
	return nil
}
