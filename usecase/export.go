package usecase

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/outdir"
	"github.com/eventline/eventline/internal/sqltext"
)

// ExportOptions say where and how to export the database.
type ExportOptions struct {
	Dir    string
	Format string // parquet | csv
	// Force writes into a folder eventline did not create, replacing only same-named files.
	Force bool
}

// Exported is what an export wrote: every table, and the files (relative to Dir).
type Exported struct {
	Tables []string
	Files  []string
}

// Export writes every table of st to opts.Dir, one file per table (prices partitioned by ticker
// in Parquet), and load.sql, which recreates every table as a DuckDB view over the files. The
// folder is staged and committed through internal/outdir: a refusal is an outdir.IsRefused error.
func Export(ctx context.Context, st *store.Store, opts ExportOptions) (Exported, error) {
	var res Exported
	tables, err := st.Tables(ctx)
	if err != nil {
		return res, fmt.Errorf("export: %w", err)
	}
	writes := []string{"load.sql"}
	for _, name := range tables {
		if opts.Format == "parquet" && name == "prices" {
			writes = append(writes, "prices/")
		} else {
			writes = append(writes, name+"."+opts.Format)
		}
	}
	out, err := outdir.Begin(opts.Dir, outdir.Options{Command: "export", Force: opts.Force, Writes: writes})
	if err != nil {
		return res, err
	}
	defer out.Abort()
	stage := out.Stage()

	// load.sql names the files relative to itself, so that the folder can be moved or shared: run
	// it from inside the folder.
	var load strings.Builder
	load.WriteString("-- Views over the files eventline export wrote. Run from this folder: duckdb -init load.sql\n")
	for _, name := range tables {
		var file, reader string
		switch {
		case opts.Format == "parquet" && name == "prices":
			file = "prices"
			reader = fmt.Sprintf("read_parquet(%s, hive_partitioning = true)", sqltext.String("prices/*/*.parquet"))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY prices TO %s (FORMAT parquet, PARTITION_BY (ticker))`, sqltext.String(filepath.Join(stage, file))))
		case opts.Format == "parquet":
			file = name + ".parquet"
			reader = fmt.Sprintf("read_parquet(%s)", sqltext.String(file))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY %q TO %s (FORMAT parquet)`, name, sqltext.String(filepath.Join(stage, file))))
		default:
			file = name + ".csv"
			reader = fmt.Sprintf("read_csv(%s)", sqltext.String(file))
			_, err = st.DB.ExecContext(ctx, fmt.Sprintf(`COPY %q TO %s (FORMAT csv, HEADER)`, name, sqltext.String(filepath.Join(stage, file))))
		}
		if err != nil {
			return res, fmt.Errorf("export %s: %w", name, err)
		}
		fmt.Fprintf(&load, "CREATE OR REPLACE VIEW %q AS SELECT * FROM %s;\n", name, reader)
	}
	if err := os.WriteFile(filepath.Join(stage, "load.sql"), []byte(load.String()), 0o644); err != nil {
		return res, fmt.Errorf("export: %w", err)
	}
	res.Tables = tables
	res.Files, err = out.Commit()
	return res, err
}
