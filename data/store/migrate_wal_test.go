package store

import (
	"bufio"
	"context"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestUpgradeHelperProcess is the child process of the tests below. With STORE_CHILD=die:PATH it
// upgrades the database at PATH as Open does and dies after the upgrade's commit, before the
// checkpoint that would take it out of the WAL; with hold:PATH it writes to the database and
// keeps it open until killed.
func TestUpgradeHelperProcess(t *testing.T) {
	mode, path, ok := strings.Cut(os.Getenv("STORE_CHILD"), ":")
	if !ok {
		return
	}
	ctx := context.Background()
	db, err := openDB(path, false)
	if err != nil {
		os.Exit(3)
	}
	switch mode {
	case "die":
		s := &Store{DB: db, Path: path}
		current, err := schemaVersion(ctx, db)
		if err != nil {
			os.Exit(3)
		}
		if _, err := s.beginUpgrade(ctx); err != nil {
			os.Exit(3)
		}
		if err := s.applyMigrations(ctx, current); err != nil {
			os.Exit(3)
		}
		os.Exit(0) // without closing, which would checkpoint
	case "hold":
		if _, err := db.ExecContext(ctx, `CREATE TABLE held AS SELECT 1 AS a`); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("ready\n")
		select {}
	}
}

func upgradeChild(t *testing.T, mode, path string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestUpgradeHelperProcess$")
	cmd.Env = append(os.Environ(), "STORE_CHILD="+mode+":"+path)
	return cmd
}

// writeV4 writes a database of schema version 4 (before price_source) with two prices.
func writeV4(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := openDB(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	qs := []string{`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`}
	for _, m := range migrations()[:4] {
		qs = append(qs, m.sql, `INSERT INTO schema_version (version, name) VALUES (`+itoa(int64(m.version))+`, '`+m.name+`')`)
	}
	qs = append(qs, `INSERT INTO prices (ticker, date, close, source) VALUES ('VMW', DATE '2007-08-15', 57.71, 'yahoo'), ('CTXS', DATE '2007-08-15', 36.5, 'vendor')`)
	for _, q := range qs {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
}

// TestOpenSettlesAnInterruptedUpgrade: an upgrade committed but not checkpointed when its process
// died (for a new database, every first command killed before it closed) leaves a WAL that DuckDB
// 1.5.6 cannot replay. Open sets that WAL aside, keeps the data stored before, and upgrades again.
func TestOpenSettlesAnInterruptedUpgrade(t *testing.T) {
	for _, tc := range []struct {
		name string
		v4   bool
	}{{"new database", false}, {"upgrade from version 4", true}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			path := filepath.Join(dir, "u.duckdb")
			if tc.v4 {
				writeV4(t, path)
			}
			if out, err := upgradeChild(t, "die", path).CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			for _, f := range []string{path + ".wal", upgradeMarker(path)} {
				if _, err := os.Stat(f); err != nil {
					t.Fatalf("the child left no %s: %v", filepath.Base(f), err)
				}
			}
			// What DuckDB itself makes of the file (a copy): the reason for the marker.
			cp := filepath.Join(t.TempDir(), "copy.duckdb")
			copyFile(t, path, cp)
			copyFile(t, path+".wal", cp+".wal")
			raw, err := sql.Open("duckdb", cp) // the driver opens the file here
			if err == nil {
				err = raw.Ping()
				raw.Close()
			}
			if err != nil {
				t.Logf("DuckDB alone: %.160s", err)
			} else {
				t.Logf("DuckDB alone replays this WAL now: the marker is no longer needed")
			}

			s, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatalf("open after the interrupted upgrade: %v", err)
			}
			if v, _ := s.Version(ctx); v != LatestVersion() {
				t.Errorf("version %d, want %d", v, LatestVersion())
			}
			var n int
			if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM prices WHERE source::VARCHAR IN ('yahoo', 'vendor')`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if want := map[bool]int{true: 2, false: 0}[tc.v4]; n != want {
				t.Errorf("%d prices kept, want %d", n, want)
			}
			s.Close()
			if _, err := os.Stat(upgradeMarker(path)); !os.IsNotExist(err) {
				t.Errorf("the marker is still there: %v", err)
			}
			aside, _ := filepath.Glob(path + ".wal.interrupted-upgrade-*")
			if len(aside) != 1 {
				t.Errorf("WALs set aside: %v, want one", aside)
			}
			// And the upgraded file opens as any other.
			s, err = Open(ctx, path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
		})
	}
}

// TestSettleLeavesALiveDatabaseAlone: a marker beside a database another process holds open may be
// that process's upgrade under way; its WAL is not touched.
func TestSettleLeavesALiveDatabaseAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "live.duckdb")
	cmd := upgradeChild(t, "hold", path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("child: %q, %v", line, err)
	}
	if err := os.WriteFile(upgradeMarker(path), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err = settleUpgrade(path)
	if err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Fatalf("settleUpgrade = %v, want the database in use", err)
	}
	for _, f := range []string{path + ".wal", upgradeMarker(path)} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
