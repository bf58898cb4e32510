package store

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// template is a database holding the schema that the migrations build, checkpointed and gzipped
// (14 KB). A new database starts as a copy of it: running the migrations and checkpointing them
// cost a fifth of a second, as much as loading a million prices, and a new file written in place
// could be left torn by a crash. TestTemplate checks that it is what the migrations build, and
// rewrites it with -update; a template older than the migrations is still upgraded by them.
//
//go:embed template.duckdb.gz
var template []byte

// createFromTemplate makes the database file of dbPath, which must not exist, a copy of the
// template. The copy is written and synced under a name of its own, then linked into place, so
// that the path holds nothing or the whole file whenever a crash comes, and a file another process
// created meanwhile is never replaced. It reports whether it created the file; where it cannot (a
// file system without hard links), it leaves the path as it was, for DuckDB to create the file and
// the migrations to fill it.
func createFromTemplate(dbPath string) (bool, error) {
	file, ok := dbFile(dbPath)
	if !ok {
		return false, nil
	}
	if _, err := os.Lstat(file); !errors.Is(err, fs.ErrNotExist) {
		return false, nil // there, or not knowable here: DuckDB says what is wrong
	}
	if _, err := os.Lstat(file + ".wal"); !errors.Is(err, fs.ErrNotExist) {
		return false, nil // a WAL without its file is DuckDB's to judge
	}
	zr, err := gzip.NewReader(bytes.NewReader(template))
	if err != nil {
		return false, fmt.Errorf("create %s: read the template: %w", dbPath, err)
	}
	dir := filepath.Dir(file)
	// Like DuckDB's own files, the copy is created with the user's umask (os.CreateTemp would make
	// it readable by its owner only).
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.new-%d", filepath.Base(file), rand.Int64()))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		// A folder that is missing or not writable: DuckDB says so about the path the user named.
		return false, nil
	}
	defer os.Remove(tmp)
	_, err = io.Copy(f, zr)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, fmt.Errorf("create %s: %w", dbPath, err)
	}
	// Link fails where another process created the file meanwhile (that file is the one to open)
	// and on file systems without hard links (DuckDB creates the file, the migrations fill it).
	if err := os.Link(tmp, file); err != nil {
		return false, nil
	}
	if err := syncDir(dir); err != nil {
		return false, fmt.Errorf("create %s: %w", dbPath, err)
	}
	return true, nil
}
