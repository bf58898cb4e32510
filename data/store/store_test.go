package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenCreatesAndMigrates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v != LatestVersion() {
		t.Fatalf("version %d, want %d", v, LatestVersion())
	}
	for _, table := range []string{"securities", "prices", "events", "event_tickers", "articles", "ingest_rejects", "claims", "aliases"} {
		var n int
		if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_tables() WHERE table_name = ?`, table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("table %s missing", table)
		}
	}
	s.Close()

	// Reopening applies nothing twice.
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var applied int
	s.DB.QueryRowContext(ctx, `SELECT count(*) FROM schema_version`).Scan(&applied)
	if applied != len(migrations()) {
		t.Fatalf("%d migrations recorded, want %d", applied, len(migrations()))
	}
	s.Close()
}

func TestOpenUpgradesOlderFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.duckdb")
	db, err := openDB(path, false)
	if err != nil {
		t.Fatal(err)
	}
	first := migrations()[0]
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`,
		first.sql,
		`INSERT INTO schema_version (version, name) VALUES (1, 'old')`,
		`INSERT INTO prices (ticker, date, close, source) VALUES ('VMW', DATE '2007-08-15', 57.71, 'yahoo'), ('CTXS', DATE '2007-08-15', 36.5, 'vendor')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	// Even a read-only open upgrades the file first, and keeps its data.
	s, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(ctx); v != LatestVersion() {
		t.Fatalf("version %d after upgrade, want %d", v, LatestVersion())
	}
	var close float64
	if err := s.DB.QueryRowContext(ctx, `SELECT close FROM prices WHERE ticker = 'VMW'`).Scan(&close); err != nil || close != 57.71 {
		t.Fatalf("close %v, %v", close, err)
	}
	// Version 5 turns source into an ENUM that keeps the labels already stored.
	var sources, labels string
	if err := s.DB.QueryRowContext(ctx, `SELECT string_agg(ticker || '=' || source, ' ' ORDER BY ticker), array_to_string(enum_range(NULL::price_source), ',') FROM prices`).Scan(&sources, &labels); err != nil {
		t.Fatal(err)
	}
	if sources != "CTXS=vendor VMW=yahoo" || labels != "yahoo,stooq,csv,vendor" {
		t.Fatalf("sources %q, labels %q", sources, labels)
	}
}

func TestOpenRefusesNewerFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.duckdb")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, `INSERT INTO schema_version (version, name) VALUES (999, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path, Options{})
	if err == nil || !strings.Contains(err.Error(), "schema version 999, newer than this eventline understands") {
		t.Fatalf("err = %v", err)
	}
}

func TestOpenReadOnlyMissing(t *testing.T) {
	_, err := Open(context.Background(), filepath.Join(t.TempDir(), "none.duckdb"), Options{ReadOnly: true})
	if !errors.Is(err, ErrNoDatabase) {
		t.Fatalf("err = %v, want ErrNoDatabase", err)
	}
}

func TestResolvePath(t *testing.T) {
	t.Setenv(EnvPath, "")
	if got := ResolvePath(""); got != DefaultPath {
		t.Errorf("default: %q", got)
	}
	t.Setenv(EnvPath, "/tmp/env.duckdb")
	if got := ResolvePath(""); got != "/tmp/env.duckdb" {
		t.Errorf("env: %q", got)
	}
	if got := ResolvePath("flag.duckdb"); got != "flag.duckdb" {
		t.Errorf("flag: %q", got)
	}
}
