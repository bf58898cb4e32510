package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite template.duckdb.gz from the migrations")

// TestTemplate checks that a new database, a copy of the template, is what the migrations build:
// the same tables, views, types, sequences, indexes, constraints and rows. With -update it
// rewrites the template instead (after adding a migration).
func TestTemplate(t *testing.T) {
	ctx := context.Background()
	built := filepath.Join(t.TempDir(), "built.duckdb")
	s, err := open(ctx, built, Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if *update {
		raw, err := os.ReadFile(built)
		if err != nil {
			t.Fatal(err)
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("template.duckdb.gz", gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("template.duckdb.gz rewritten: run the test again without -update to check it")
	}
	copied := filepath.Join(t.TempDir(), "copied.duckdb")
	created, err := createFromTemplate(copied)
	if err != nil || !created {
		t.Fatalf("createFromTemplate: created %v, %v", created, err)
	}
	// The template as it is, before Open upgrades it: a stale one would be upgraded, and pass.
	if got, want := dump(t, copied), dump(t, built); got != want {
		t.Errorf("the template is not what the migrations build: after changing a migration, run\n"+
			"  go test ./data/store -run TestTemplate -update\ntemplate:\n%s\nmigrations:\n%s", got, want)
	}
	entries, _ := os.ReadDir(filepath.Dir(copied))
	if len(entries) != 1 {
		t.Errorf("files beside the new database: %v (want only it)", entries)
	}
}

// dump describes a database's schema and rows as text, the times of its migrations left out.
func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("duckdb", path+"?access_mode=READ_ONLY")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out strings.Builder
	for _, q := range []string{
		`SELECT table_name, sql FROM duckdb_tables() WHERE database_name = current_database() ORDER BY ALL`,
		`SELECT view_name, sql FROM duckdb_views() WHERE database_name = current_database() AND NOT internal ORDER BY ALL`,
		`SELECT type_name, logical_type, labels FROM duckdb_types() WHERE database_name = current_database() AND NOT internal ORDER BY ALL`,
		`SELECT sequence_name, start_value, increment_by, min_value, max_value, cycle, last_value FROM duckdb_sequences() WHERE database_name = current_database() ORDER BY ALL`,
		`SELECT index_name, sql FROM duckdb_indexes() WHERE database_name = current_database() ORDER BY ALL`,
		`SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() WHERE database_name = current_database() ORDER BY ALL`,
		`SELECT version, name FROM schema_version ORDER BY ALL`,
	} {
		out.WriteString(rowsText(t, db, q))
	}
	tables := strings.Fields(rowsText(t, db, `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND table_name <> 'schema_version' ORDER BY ALL`))
	for _, table := range tables {
		out.WriteString(rowsText(t, db, fmt.Sprintf(`SELECT '%s', count(*), coalesce(sum(hash(t)), 0) FROM %s t`, table, table)))
	}
	return out.String()
}

func rowsText(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if i > 0 {
				out.WriteByte('\t')
			}
			fmt.Fprint(&out, v)
		}
		out.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestNewDatabaseNeverReplacesAFile checks that a database is made from the template only where
// nothing is: an empty file, a file of the user's, or a WAL of its own keep the path as it is.
func TestNewDatabaseNeverReplacesAFile(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
	}{
		{"empty file", map[string]string{"x.duckdb": ""}},
		{"a file", map[string]string{"x.duckdb": "the user's"}},
		{"a WAL alone", map[string]string{"x.duckdb.wal": "a WAL"}},
		{"a missing folder", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, "x.duckdb")
			if tt.files == nil {
				path = filepath.Join(dir, "missing", "x.duckdb")
			}
			created, err := createFromTemplate(path)
			if err != nil || created {
				t.Fatalf("created %v, %v; want nothing done", created, err)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != len(tt.files) {
				t.Errorf("files: %v, want only %v", entries, tt.files)
			}
			for name, text := range tt.files {
				if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != text {
					t.Errorf("%s: %q, %v; want it as it was", name, b, err)
				}
			}
		})
	}
}
