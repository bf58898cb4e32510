package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jedib0t/go-pretty/v6/text"
)

// runTTY executes eventline in-process with stdout on a fake terminal of the given width.
func runTTY(t *testing.T, db string, width int, args ...string) result {
	t.Helper()
	ios, _, out, errOut := TestIO()
	ios.SetStdoutTTY(true)
	ios.SetTerminalWidth(width)
	code := Main(context.Background(), append([]string{"--db", db}, args...), ios)
	return result{out.String(), errOut.String(), code}
}

// demoDB is a database with the demo's prices, events, claims and study.
func demoDB(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "demo")
	if r := run(t, "unused.duckdb", "", "demo", "--out", dir); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	return filepath.Join(dir, "eventline.duckdb")
}

func TestTablesFitTheTerminal(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"events"}, {"claims"}, {"summary"}, {"study", "--events"}, {"info"},
		{"sql", "SELECT * FROM events"}, {"sql", "SELECT * FROM prices"},
	} {
		for _, width := range []int{120, 80} {
			r := runTTY(t, db, width, args...)
			if r.code != 0 {
				t.Fatalf("%v: %+v", args, r)
			}
			for _, line := range strings.Split(r.out, "\n") {
				if text.StringWidth(line) > width && !strings.HasPrefix(line, "Database ") { // info's path line
					t.Errorf("%v at %d columns: line of %d: %s", args, width, text.StringWidth(line), line)
					break
				}
			}
		}
	}
	// SELECT * FROM prices shows the first and last rows and says how many there are.
	r := runTTY(t, db, 120, "sql", "SELECT * FROM prices ORDER BY ticker, date")
	if !strings.Contains(r.out, "rows, 40 shown") || strings.Count(r.out, "\n") > 50 {
		t.Errorf("prices on a terminal: %d lines\n%s", strings.Count(r.out, "\n"), r.out)
	}
	r = runTTY(t, db, 120, "sql", "--limit", "4", "SELECT * FROM prices ORDER BY ticker, date")
	if !strings.Contains(r.out, "rows, 4 shown") {
		t.Errorf("--limit 4:\n%s", r.out)
	}
	r = runTTY(t, db, 120, "events", "--limit", "0")
	if strings.Contains(r.out, "rows, ") {
		t.Errorf("--limit 0 left rows out:\n%s", r.out)
	}
}

func TestPipesGetTabSeparatedRows(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{{"events"}, {"claims"}, {"summary"}, {"info"}, {"sql", "SELECT ticker, count(*) AS n FROM prices GROUP BY ALL ORDER BY 1"}} {
		r := run(t, db, "", args...)
		lines := strings.Split(strings.TrimSuffix(r.out, "\n"), "\n")
		if r.code != 0 || len(lines) < 2 || strings.ContainsAny(r.out, "│┌─") {
			t.Fatalf("%v: %+v", args, r)
		}
		n := strings.Count(lines[0], "\t")
		for _, l := range lines {
			if strings.Count(l, "\t") != n {
				t.Errorf("%v: ragged line %q (header has %d tabs)", args, l, n)
			}
		}
	}
	r := run(t, db, "", "sql", "SELECT ticker, count(*) AS n FROM prices GROUP BY ALL ORDER BY 1")
	if r.out != "ticker\tn\nCTXS\t385\nGSPC\t385\nVMW\t230\n" {
		t.Errorf("sql in a pipe: %q", r.out)
	}
	if r := run(t, db, "", "events", "--limit", "2"); strings.Count(r.out, "\n") != 3 {
		t.Errorf("--limit 2 in a pipe: %q", r.out)
	}
}
