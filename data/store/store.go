// Package store opens eventline's DuckDB database and keeps its schema current.
//
// The database is one DuckDB file. Its schema is versioned: the schema_version table records every
// migration applied, opening an older file upgrades it, and a file written by a newer eventline is
// refused rather than misread.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2" // registers the "duckdb" database/sql driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// DefaultPath is used when neither --db nor $EVENTLINE_DB names a database.
const DefaultPath = "eventline.duckdb"

// EnvPath names the environment variable that holds the database path.
const EnvPath = "EVENTLINE_DB"

// ErrNoDatabase is returned when a read-only open finds no file to read.
var ErrNoDatabase = errors.New("no database")

// Store is an open eventline database.
type Store struct {
	DB       *sql.DB
	Path     string
	ReadOnly bool
	// Recovered lists the ingests that a crash interrupted, whose remains opening removed.
	Recovered []Recovered
}

// Options says how to open a database.
type Options struct {
	// ReadOnly opens the file for reading only; other read-only processes may share it.
	ReadOnly bool
}

// ResolvePath picks the database path: the flag value, else $EVENTLINE_DB, else DefaultPath.
func ResolvePath(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv(EnvPath); env != "" {
		return env
	}
	return DefaultPath
}

// Open opens (creating it unless read-only) the database at path and brings its schema up to date.
func Open(ctx context.Context, dbPath string, opts Options) (*Store, error) {
	return open(ctx, dbPath, opts, true)
}

// open is Open; fromTemplate says whether a new database starts as a copy of the template, or is
// built by the migrations (as the template itself is).
func open(ctx context.Context, dbPath string, opts Options, fromTemplate bool) (*Store, error) {
	// Before DuckDB reads the WAL: an upgrade a crash left there would stop it (migrate_wal.go).
	if err := settleUpgrade(dbPath); err != nil {
		return nil, err
	}
	if opts.ReadOnly {
		if _, err := os.Stat(dbPath); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%w at %s: load data first (eventline ingest prices FILE) or name another with --db", ErrNoDatabase, dbPath)
			}
			return nil, fmt.Errorf("open %s: %w", dbPath, err)
		}
		// An older file is upgraded, and what an interrupted ingest left is removed, even when the
		// caller only reads: open it for writing once.
		current, pending, err := fileState(ctx, dbPath)
		if err != nil {
			return nil, err
		}
		var recovered []Recovered
		if current < LatestVersion() || pending {
			s, err := open(ctx, dbPath, Options{}, fromTemplate)
			if err != nil {
				return nil, err
			}
			recovered = s.Recovered
			if err := s.Close(); err != nil {
				return nil, fmt.Errorf("close %s after upgrade: %w", dbPath, err)
			}
		}
		db, err := openDB(dbPath, true)
		if err != nil {
			return nil, err
		}
		s := &Store{DB: db, Path: dbPath, ReadOnly: true, Recovered: recovered}
		if err := s.checkOrMigrate(ctx); err != nil {
			db.Close()
			return nil, err
		}
		return s, nil
	}
	created := false
	if fromTemplate {
		var err error
		if created, err = createFromTemplate(dbPath); err != nil {
			return nil, err
		}
	}
	db, err := openDB(dbPath, false)
	if err != nil {
		return nil, err
	}
	s := &Store{DB: db, Path: dbPath}
	if created {
		// The template's migrations are this database's from now.
		if _, err := db.ExecContext(ctx, `UPDATE schema_version SET applied_at = current_timestamp`); err != nil {
			db.Close()
			return nil, fmt.Errorf("create %s: %w", dbPath, err)
		}
	}
	if err := s.checkOrMigrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if s.Recovered, err = s.recover(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Settings are the DuckDB settings eventline opens its databases with (as DSN parameters):
// memory that DuckDB frees is kept for its next use rather than handed back to the system. A
// study measures its events in batches of tickers, each statement sorting and holding a batch's
// prices and then freeing them; handed back, that memory was faulted in again by the next batch
// (page faults and madvise were a fifth of the study's CPU, most of its system time).
// block_allocator_memory keeps up to 1 GB of freed blocks (it is never returned while the
// database is open; a command's process is short-lived), and the flush thresholds keep the
// allocator from purging its caches after each task.
const Settings = "block_allocator_memory=1GiB&allocator_flush_threshold=4GiB&allocator_bulk_deallocation_flush_threshold=4GiB"

// DSN is the data source name that opens the database at dbPath with Settings (and read-only
// when readOnly): what database/sql's sql.Open("duckdb", ...) takes.
//
// DuckDB starts a thread per core of the machine, whatever CPUs the process may run on; Go's
// runtime.NumCPU counts the ones it may (the affinity mask). Held to one CPU (taskset, a pinned
// container), an ingest of articles ran two DuckDB threads on it: the caller spins while a worker
// runs a task (an append, the checkpoint at COMMIT), and on one CPU the two take turns. Asking
// for runtime.NumCPU threads took 1.3-1.9 s less CPU from a 6-8 s ingest of 10,000 articles on
// one CPU of a loaded machine, and made no measurable difference on a quiet one (bench/README.md,
// branch ingest4); it changes nothing where the process may use every core. Threads named in the
// path (x.duckdb?threads=1) are left as given.
func DSN(dbPath string, readOnly bool) string {
	params := Settings
	if _, query, ok := strings.Cut(dbPath, "?"); !ok || !strings.Contains(strings.ToLower(query), "threads=") {
		params += "&threads=" + strconv.Itoa(runtime.NumCPU())
	}
	if readOnly {
		params = "access_mode=READ_ONLY&" + params
	}
	sep := "?"
	if strings.Contains(dbPath, "?") {
		sep = "&" // the path carries its own parameters (x.duckdb?threads=1)
	}
	return dbPath + sep + params
}

func openDB(dbPath string, readOnly bool) (*sql.DB, error) {
	db, err := sql.Open("duckdb", DSN(dbPath, readOnly))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dbPath, explain(err))
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", dbPath, explain(err))
	}
	return db, nil
}

// explain turns DuckDB's lock conflict, the error a user meets most, into advice.
func explain(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "Could not set lock") || strings.Contains(msg, "Conflicting lock") {
		return fmt.Errorf("the database is in use by another process (DuckDB allows one writer): %w", err)
	}
	return err
}

// fileState reads the schema version of an existing file, and whether an ingest in it never
// finished, without changing it.
func fileState(ctx context.Context, dbPath string) (version int, pending bool, err error) {
	db, err := openDB(dbPath, true)
	if err != nil {
		return 0, false, err
	}
	defer db.Close()
	if version, err = schemaVersion(ctx, db); err != nil || version < pendingVersion {
		return version, false, err
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) > 0 FROM pending_ingests`).Scan(&pending); err != nil {
		return 0, false, fmt.Errorf("%s: check for unfinished ingests: %w", dbPath, err)
	}
	return version, pending, nil
}

// pendingVersion is the schema version that brought pending_ingests.
const pendingVersion = 6

// Close releases the database file.
func (s *Store) Close() error { return s.DB.Close() }

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err) // embedded at build time: cannot fail at run time
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("migration file without a number: " + e.Name())
		}
		body, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms
}

// LatestVersion is the schema version this build of eventline writes.
func LatestVersion() int {
	ms := migrations()
	return ms[len(ms)-1].version
}

func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var exists bool
	err := db.QueryRowContext(ctx,
		`SELECT count(*) > 0 FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'`).Scan(&exists)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

func (s *Store) checkOrMigrate(ctx context.Context) error {
	current, err := schemaVersion(ctx, s.DB)
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path, err)
	}
	latest := LatestVersion()
	if current > latest {
		return fmt.Errorf("%s has schema version %d, newer than this eventline understands (%d): upgrade eventline", s.Path, current, latest)
	}
	if current == latest || s.ReadOnly {
		return nil
	}
	finish, err := s.beginUpgrade(ctx)
	if err != nil {
		return err
	}
	if err := s.applyMigrations(ctx, current); err != nil {
		return err
	}
	return finish()
}

// applyMigrations runs the migrations above version current in one transaction.
func (s *Store) applyMigrations(ctx context.Context, current int) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("upgrade %s: %w", s.Path, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`); err != nil {
		return fmt.Errorf("upgrade %s: %w", s.Path, err)
	}
	for _, m := range migrations() {
		if m.version <= current {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("upgrade %s to schema %d (%s): %w", s.Path, m.version, m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
			return fmt.Errorf("upgrade %s: %w", s.Path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("upgrade %s: %w", s.Path, err)
	}
	return nil
}

// Version returns the schema version of the open database.
func (s *Store) Version(ctx context.Context) (int, error) { return schemaVersion(ctx, s.DB) }

// Tables lists the database's own tables by name, schema_version included.
func (s *Store) Tables(ctx context.Context) ([]string, error) {
	rows, err := s.DB.QueryContext(ctx, `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("list tables: %w", err)
		}
		tables = append(tables, n)
	}
	return tables, rows.Err()
}
