package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestCheckPath(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "real.duckdb")
	st, err := Open(context.Background(), db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	files := map[string]string{"my.csv": "Date,Close\n2007-08-15,57.7\n", "x.json": `[{"a":1}]`, "x.parquet": "PAR1....PAR1", "empty.duckdb": "", "notes.duckdb": "hello, not a database"}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		path string
		ok   bool
		want error // the sentinel a refusal wraps
	}{
		{db, true, nil},
		{db + "?threads=1", true, nil},
		{filepath.Join(dir, "new.duckdb"), true, nil},
		{filepath.Join(dir, "new"), true, nil},
		{filepath.Join(dir, "empty.duckdb"), true, nil},
		{":memory:", true, nil},
		{filepath.Join(dir, "my.csv"), false, nil},
		{filepath.Join(dir, "x.json"), false, nil},
		{filepath.Join(dir, "x.parquet"), false, nil},
		{filepath.Join(dir, "notes.duckdb"), false, nil},
		{filepath.Join(dir, "new.csv"), false, nil},
		{dir, false, nil},
		{filepath.Join(dir, "no such folder", "new.duckdb"), false, ErrNoFolder},
		{filepath.Join(dir, "my.csv", "new.duckdb"), false, ErrNoFolder},
		{"relative-new.duckdb", true, nil},
	} {
		if tc.want == nil {
			tc.want = ErrNotDatabase
		}
		err := CheckPath(tc.path)
		if tc.ok != (err == nil) || (err != nil && !errors.Is(err, tc.want)) {
			t.Errorf("CheckPath(%s) = %v, want ok=%v", tc.path, err, tc.ok)
		}
	}
}

// A database opens with eventline's DuckDB settings, written or read-only.
func TestOpenAppliesSettings(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "s.duckdb")
	for _, readOnly := range []bool{false, true} {
		st, err := Open(ctx, db, Options{ReadOnly: readOnly})
		if err != nil {
			t.Fatal(err)
		}
		var block string
		var ro bool
		err = st.DB.QueryRowContext(ctx, `SELECT current_setting('block_allocator_memory')::VARCHAR,
			current_setting('access_mode') = 'read_only'`).Scan(&block, &ro)
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		if block == "0 bytes" || ro != readOnly {
			t.Errorf("read-only %v: block_allocator_memory %s, read-only %v", readOnly, block, ro)
		}
	}
	// A DSN whose path carries parameters of its own gets the settings after them, and threads
	// it names are left alone.
	if got, want := DSN("x.duckdb?threads=1", true), "x.duckdb?threads=1&access_mode=READ_ONLY&"+Settings; got != want {
		t.Errorf("DSN = %s, want %s", got, want)
	}
}

// DuckDB runs as many threads as the CPUs the process may use, not the machine's cores: a child
// of this test held to one CPU by taskset reports one thread.
func TestThreadsFollowAffinity(t *testing.T) {
	if db := os.Getenv("EVENTLINE_TEST_THREADS_DB"); db != "" {
		st, err := Open(context.Background(), db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var threads int
		if err := st.DB.QueryRow(`SELECT current_setting('threads')`).Scan(&threads); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("threads=%d cpus=%d\n", threads, runtime.NumCPU())
		return
	}
	taskset, err := exec.LookPath("taskset")
	if err != nil {
		t.Skip("no taskset to hold a child to one CPU")
	}
	cmd := exec.Command(taskset, "-c", "0", os.Args[0], "-test.run", "^TestThreadsFollowAffinity$", "-test.v")
	cmd.Env = append(os.Environ(), "EVENTLINE_TEST_THREADS_DB="+filepath.Join(t.TempDir(), "t.duckdb"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child on one CPU: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "threads=1 cpus=1") {
		t.Errorf("child on one CPU: want one DuckDB thread, got\n%s", out)
	}
}
