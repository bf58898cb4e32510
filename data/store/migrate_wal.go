package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Why a schema change never stays in the WAL.
//
// DuckDB 1.5.6 cannot replay some committed schema changes from its write-ahead log: an ALTER
// TABLE ... ALTER col TYPE t naming a user type (migration 005 turns prices.source into the
// price_source ENUM that way) fails with "INTERNAL Error: Failure while replaying WAL file ...:
// Calling DatabaseManager::GetDefaultDatabase with no default database set", and DuckDB then
// refuses to open the file at all. A new database gets every migration, so a first command killed
// before it closed (which checkpoints) left a file no one could open. Qualifying the type with the
// schema does not help; qualifying it with the database's name replays only until the file is
// renamed or copied.
//
// So an upgrade checkpoints on both sides of its transaction, and a marker file beside the
// database proves, while it exists, that the WAL holds nothing but the upgrade:
//
//  1. CHECKPOINT: what the WAL held is in the file, and the WAL is gone;
//  2. write the marker (synced);
//  3. the upgrade's transaction, committed;
//  4. CHECKPOINT: the upgrade is in the file;
//  5. remove the marker.
//
// A marker found on opening means the process died between 2 and 5, while it held the file (DuckDB
// allows one writer): the WAL, if any, holds the upgrade alone, and the file the state of step 1.
// settleUpgrade moves that WAL aside (never deletes it: renamed to *.wal.interrupted-upgrade-TIME)
// and the upgrade runs again. Ingests that extend price_source do it with an ENUM written out in
// full (data/prices addSourceLabels), which replays.

// upgradeMarker is the marker file of an upgrade under way for the database file at path.
func upgradeMarker(path string) string { return path + ".upgrading" }

// dbFile is the file of a database path (DuckDB reads options after '?'), and false for an
// in-memory database.
func dbFile(dbPath string) (string, bool) {
	file, _, _ := strings.Cut(dbPath, "?")
	return file, file != "" && file != ":memory:"
}

// settleUpgrade undoes, before DuckDB opens the file, an upgrade that a crash left in the WAL.
func settleUpgrade(dbPath string) error {
	file, ok := dbFile(dbPath)
	if !ok {
		return nil
	}
	marker := upgradeMarker(file)
	if _, err := os.Stat(marker); errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("open %s: %w", dbPath, err)
	}
	// The marker may be a live upgrade's in another process: take the lock DuckDB takes.
	unlock, err := lockFile(file)
	if err != nil {
		return fmt.Errorf("open %s: %w", dbPath, err)
	}
	defer unlock()
	wal := file + ".wal"
	if fi, err := os.Stat(wal); err == nil && fi.Size() > 0 {
		aside := fmt.Sprintf("%s.interrupted-upgrade-%s", wal, time.Now().UTC().Format("20060102T150405.000000000Z"))
		if err := os.Rename(wal, aside); err != nil {
			return fmt.Errorf("open %s: set aside the WAL of an interrupted upgrade: %w", dbPath, err)
		}
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("open %s: %w", dbPath, err)
	}
	if err := os.Remove(marker); err != nil {
		return fmt.Errorf("open %s: %w", dbPath, err)
	}
	return syncDir(filepath.Dir(file))
}

// beginUpgrade is steps 1 and 2; the func it returns is steps 4 and 5, to call after the commit.
func (s *Store) beginUpgrade(ctx context.Context) (finish func() error, err error) {
	file, ok := dbFile(s.Path)
	if !ok {
		return func() error { return nil }, nil
	}
	if _, err := s.DB.ExecContext(ctx, `CHECKPOINT`); err != nil {
		return nil, fmt.Errorf("upgrade %s: checkpoint before: %w", s.Path, err)
	}
	if fi, err := os.Stat(file + ".wal"); err == nil && fi.Size() > 0 {
		return nil, fmt.Errorf("upgrade %s: the WAL is not empty after a checkpoint", s.Path)
	}
	marker := upgradeMarker(file)
	f, err := os.OpenFile(marker, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("upgrade %s: %w", s.Path, err)
	}
	_, werr := fmt.Fprintf(f, "eventline: a schema upgrade of %s is under way; if no eventline runs, it was interrupted\n", filepath.Base(file))
	serr := f.Sync()
	if err := errors.Join(werr, serr, f.Close(), syncDir(filepath.Dir(file))); err != nil {
		os.Remove(marker)
		return nil, fmt.Errorf("upgrade %s: write %s: %w", s.Path, marker, err)
	}
	return func() error {
		// On failure the marker stays: the WAL holds the upgrade alone, and the next open sets
		// it aside and upgrades again.
		if _, err := s.DB.ExecContext(ctx, `CHECKPOINT`); err != nil {
			return fmt.Errorf("upgrade %s: checkpoint after: %w", s.Path, err)
		}
		if err := os.Remove(marker); err != nil {
			return fmt.Errorf("upgrade %s: %w", s.Path, err)
		}
		return syncDir(filepath.Dir(file))
	}, nil
}

// syncDir makes a directory's entries (a file created, renamed or removed) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
