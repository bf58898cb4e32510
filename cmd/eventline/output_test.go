package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

var (
	demoOnce sync.Once
	demoDir  string // under sharedDir, removed by TestMain
	demoErr  string
)

// demoDB is a database with the demo's prices, events, claims and study, made once for the
// tests that only read it (the demo costs seconds on a busy machine).
func demoDB(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		dir := filepath.Join(sharedDir, "demo")
		if r := run(t, "unused.duckdb", "", "demo", "--out", dir); r.code != 0 {
			demoErr = fmt.Sprintf("%+v", r)
			return
		}
		demoDir = dir
	})
	if demoDir == "" {
		t.Fatalf("demo: %s", demoErr)
	}
	return filepath.Join(demoDir, "eventline.duckdb")
}

// sharedDir holds fixtures that several tests share; TestMain makes and removes it.
var sharedDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "eventline-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sharedDir = dir
	code := m.Run()
	os.RemoveAll(dir) // the test's own temporary folder
	os.Exit(code)
}

func TestTablesFitTheTerminal(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"events"}, {"claims"}, {"summary"}, {"study", "--events"}, {"sql", "SELECT * FROM events"},
	} {
		for _, width := range []int{120, 72} {
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
	// What an event is (date, type, status, tickers, headline) stays at 120 columns; where it came
	// from goes first.
	r := runTTY(t, db, 120, "events")
	header := strings.Split(r.out, "\n")[1]
	for _, col := range []string{"date", "type", "status", "tickers", "headline"} {
		if !strings.Contains(header, " "+col+" ") {
			t.Errorf("events at 120 columns lost %s:\n%s", col, r.out)
		}
	}
	// SELECT * FROM prices shows the first and last rows and says how many there are.
	r = runTTY(t, db, 120, "sql", "SELECT * FROM prices ORDER BY ticker, date")
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

func TestUsageErrorsExitTwo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{}, "needs a command"},
		{[]string{"ingest"}, "needs a command: one of aliases, articles, events, factors, prices"},
		{[]string{"ingest", "nonsense"}, `unknown command "nonsense"`},
		{[]string{"eval"}, "needs a command"},
		{[]string{"eval", "timeml"}, "eval timeml needs a DIR"},
		{[]string{"claims", "--type", "bogus"}, `--type "bogus": not an event type`},
		{[]string{"claims", "--type", "acquisition"}, "claims have no event type"},
		{[]string{"summary", "--type", "bogus"}, `--type "bogus"`},
		{[]string{"study", "--type", "ipo,bogus"}, `--type "bogus"`},
		{[]string{"events", "--type", "acquisition,bogus"}, `--type "bogus": not an event type`},
		{[]string{"events", "--from", "2008-01-01", "--to", "2007-01-01"}, "--from 2008-01-01 is after --to 2007-01-01"},
		{[]string{"summary", "--from", "2008-01-01", "--to", "2007-01-01"}, "is after"},
		{[]string{"report", "--out", filepath.Join(dir, "r"), "--from", "2008-01-01", "--to", "2007-01-01"}, "is after"},
		{[]string{"events", "--limit", "-1"}, "--limit"},
		{[]string{"events", "--nope"}, "unknown flag"},
		{[]string{"version", "extra"}, "unknown command or argument"},
	} {
		r := run(t, db, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.err, tc.want) {
			t.Errorf("%v: want exit 2 with %q, got %+v", tc.args, tc.want, r)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := run(t, "unused.duckdb", "", args...)
		if r.code != 0 || !strings.HasPrefix(r.out, "eventline ") || !strings.Contains(r.out, "DuckDB v1.") || !strings.Contains(r.out, "schema version ") {
			t.Errorf("%v: %+v", args, r)
		}
	}
}

func TestFlagHelpHasNoBackquotes(t *testing.T) {
	for _, c := range allCommands(newRootCmd(SystemIO())) {
		if u := c.Flags().FlagUsages(); strings.Contains(u, "`") {
			t.Errorf("%s: backquote in flag help:\n%s", c.CommandPath(), u)
		}
	}
}

func TestJSONFieldsAndJQ(t *testing.T) {
	db := demoDB(t)
	r := run(t, db, "", "events", "--json", "date,type,tickers")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil || len(rows) == 0 || len(rows[0]) != 3 {
		t.Fatalf("--json: %v %+v", err, r)
	}
	if _, ok := rows[0]["tickers"].([]any); !ok {
		t.Errorf("tickers is not a JSON list: %#v", rows[0]["tickers"])
	}
	r = run(t, db, "", "summary", "--jq", ".[] | select(.ticker == \"VMW\") | .ticker")
	if r.code != 0 || r.out != "VMW\n" {
		t.Errorf("--jq: %+v", r)
	}
	r = run(t, db, "", "claims", "--json", "verdict", "--jq", "map(.verdict) | unique")
	if r.code != 0 || !strings.HasPrefix(r.out, "[\"") {
		t.Errorf("--json with --jq: %+v", r)
	}
	for _, args := range [][]string{
		{"events", "--json", "nope"},
		{"events", "--jq", ".[] | "},
		{"events", "--json", "date", "--format", "csv"},
	} {
		if r := run(t, db, "", args...); r.code != 2 {
			t.Errorf("%v: want exit 2: %+v", args, r)
		}
	}
}

func TestCompletionOfValues(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV), fixture(t, dir, "CTXS.csv", vmwCSV))
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "events", "--ticker", "V"}, []string{"VMW"}},
		{[]string{"__complete", "report", "--ticker", ""}, []string{"CTXS", "VMW"}},
		{[]string{"__complete", "events", "--type", ""}, []string{"ipo", "acquisition"}},
		{[]string{"__complete", "sql", "--format", ""}, []string{"tsv", "jsonl"}},
		{[]string{"__complete", "chart", "--kind", ""}, []string{"price", "compare", "study"}},
	} {
		r := run(t, db, "", tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(r.out, w+"\n") {
				t.Errorf("%v: %q not offered:\n%s", tc.args, w, r.out)
			}
		}
	}
}
