package prices

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/store"
)

// writeUniverse writes n small Yahoo files, enough for a load that takes a while.
func writeUniverse(t *testing.T, dir string, n, days int) []string {
	t.Helper()
	var paths []string
	for i := 0; i < n; i++ {
		var b strings.Builder
		b.WriteString(yahooHeader)
		d := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
		for j := 0; j < days; j++ {
			fmt.Fprintf(&b, "%s,10,11,9,10.5,10.4,%d\n", d.AddDate(0, 0, j).Format("2006-01-02"), 1000+j)
		}
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("K%04d.csv", i), b.String()))
	}
	return paths
}

func TestIngestCancelledLeavesDatabaseUnchanged(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t)
	before := storeGoodRow(t, db, dir)
	paths := writeUniverse(t, dir, 40, 500)
	ctx, cancel := context.WithCancel(context.Background())
	chunks := 0
	_, err := Ingest(ctx, db, Options{Paths: paths, Progress: func(done, total int64) {
		chunks++
		cancel() // after the first chunk is in: the rest must not land, nor the first
	}})
	if err == nil || chunks == 0 {
		t.Fatalf("cancelled ingest: err %v after %d chunks", err, chunks)
	}
	if !errors.Is(err, context.Canceled) && !strings.Contains(err.Error(), "nterrupt") && !strings.Contains(err.Error(), "cancel") {
		t.Logf("cancel reported as: %v", err)
	}
	if after := snapshot(t, db); after != before {
		t.Fatalf("a cancelled ingest changed the database:\nbefore %s\nafter  %s", before, after)
	}
}

// TestIngestKilledLeavesDatabaseUnchanged kills a process in the middle of an ingest (SIGKILL: no
// cleanup runs) and checks that the file, reopened, holds exactly what it held before.
func TestIngestKilledLeavesDatabaseUnchanged(t *testing.T) {
	if os.Getenv("EVENTLINE_KILL_HELPER") != "" {
		st, err := store.Open(context.Background(), os.Getenv("EVENTLINE_KILL_DB"), store.Options{})
		if err != nil {
			os.Exit(3)
		}
		paths, _ := filepath.Glob(filepath.Join(os.Getenv("EVENTLINE_KILL_HELPER"), "K*.csv"))
		Ingest(context.Background(), st.DB, Options{Paths: paths, Progress: func(done, total int64) {
			fmt.Println("progress") // tells the parent the load is under way
		}})
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("slow: kills a child process mid-ingest")
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "k.duckdb")
	st, err := store.Open(context.Background(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := storeGoodRow(t, st.DB, dir)
	st.Close()
	writeUniverse(t, dir, 200, 2000)

	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestKilledLeavesDatabaseUnchanged$")
	cmd.Env = append(os.Environ(), "EVENTLINE_KILL_HELPER="+dir, "EVENTLINE_KILL_DB="+dbPath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 9)
	if _, err := out.Read(buf); err != nil || string(buf) != "progress\n" {
		cmd.Process.Kill()
		t.Fatalf("child did not start loading: %q %v", buf, err)
	}
	cmd.Process.Kill()
	cmd.Wait()

	st, err = store.Open(context.Background(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if after := snapshot(t, st.DB); after != before {
		t.Fatalf("a killed ingest changed the database:\nbefore %s\nafter  %s", before, after)
	}
	var n int
	st.DB.QueryRow(`SELECT count(*) FROM prices`).Scan(&n)
	if n != 1 {
		t.Fatalf("%d rows after the killed ingest, want 1", n)
	}
}
