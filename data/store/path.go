package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrNotDatabase is returned by CheckPath for a path that names something other than a DuckDB
// database: commands exit with status 2 for it.
var ErrNotDatabase = errors.New("not a DuckDB database")

// ErrNoFolder is returned by CheckPath for a new database path whose folder does not exist:
// eventline never creates folders it was not asked to, and commands exit with status 2 for it.
var ErrNoFolder = errors.New("no such folder")

// duckMagic is what every DuckDB database file holds at byte 8 (after the checksum of its first
// header block).
var duckMagic = []byte("DUCK")

// dataExtensions are names a database is never given but a data file always is. DuckDB opens such
// a file as an in-memory database with the file mapped as a table, so everything written to it is
// silently lost; a new path with such a name is just as surely a mistake.
var dataExtensions = map[string]bool{
	".csv": true, ".tsv": true, ".txt": true, ".json": true, ".jsonl": true, ".ndjson": true,
	".parquet": true, ".xlsx": true, ".xls": true, ".gz": true, ".zst": true, ".md": true,
	".html": true, ".xml": true, ".sql": true,
}

// CheckPath refuses a database path that is neither an existing DuckDB file nor a new path (an
// empty file counts as new, as DuckDB treats it). ":memory:" is allowed.
func CheckPath(path string) error {
	if path == ":memory:" || path == "" {
		return nil
	}
	file := path
	if i := strings.IndexByte(file, '?'); i >= 0 {
		file = file[:i] // DuckDB reads options after '?'
	}
	fi, err := os.Stat(file)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		if ext := strings.ToLower(filepath.Ext(file)); dataExtensions[ext] {
			return fmt.Errorf("%w: %s is named like a %s data file, not a database (use a name such as research.duckdb)", ErrNotDatabase, path, ext)
		}
		dir := filepath.Dir(file)
		if di, err := os.Stat(dir); err != nil || !di.IsDir() {
			return fmt.Errorf("database %s: %w %s (create it first, or name a database in an existing folder)", path, ErrNoFolder, dir)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%w: %s is a folder (name a database file, such as %s)", ErrNotDatabase, path, filepath.Join(path, DefaultPath))
	}
	if fi.Size() == 0 {
		return nil
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 12)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head[8:12], duckMagic) {
		return fmt.Errorf("%w: %s is not a DuckDB file (load data files with eventline ingest, and name the database with a new path or an existing .duckdb file)", ErrNotDatabase, path)
	}
	return nil
}
