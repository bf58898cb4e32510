package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eventline/eventline/data/example"
)

// reportEvents are the curated events of the report tests.
const reportEvents = `date,ticker,type,title,source_url
2007-08-14,VMW,ipo,VMware prices its IPO at $29 and begins trading,https://example.com/vmw-ipo
2007-08-15,CTXS,acquisition,Citrix to acquire XenSource for $500 million,https://example.com/xensource
2008-01-29,VMW,earnings,VMware warns that 2008 revenue growth will slow,
2008-07-08,VMW,executive,Paul Maritz replaces Diane Greene as VMware's CEO,https://example.com/maritz
`

// reportDB loads the example prices and the report events through the commands.
func reportDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "e.duckdb")
	paths, err := example.WritePrices(filepath.Join(dir, "prices"))
	if err != nil {
		t.Fatal(err)
	}
	if r := run(t, db, "", append([]string{"ingest", "prices"}, paths...)...); r.code != 0 {
		t.Fatalf("ingest prices: %+v", r)
	}
	if r := run(t, db, "", "ingest", "events", fixture(t, dir, "events.csv", reportEvents)); r.code != 0 {
		t.Fatalf("ingest events: %+v", r)
	}
	return dir, db
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatalf("%s does not parse: %v", path, err)
	}
	return recs
}

// sameTable compares CSV records cell by cell, numbers within a relative 1e-9 (SQL's pow and
// Go's may differ in the last bits), only in the columns both have.
func sameTable(t *testing.T, name string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: queries.sql gives %d rows, the CSV has %d", name, len(got)-1, len(want)-1)
		return
	}
	col := map[string]int{}
	for i, c := range want[0] {
		col[c] = i
	}
	compared := 0
	for j, c := range got[0] {
		i, ok := col[c]
		if !ok {
			continue
		}
		compared++
		for r := 1; r < len(got); r++ {
			g, w := got[r][j], want[r][i]
			if g == w {
				continue
			}
			gf, err1 := strconv.ParseFloat(g, 64)
			wf, err2 := strconv.ParseFloat(w, 64)
			if err1 == nil && err2 == nil && math.Abs(gf-wf) <= 1e-9*math.Max(1, math.Abs(wf)) {
				continue
			}
			t.Errorf("%s row %d column %s: queries.sql gives %q, the CSV has %q", name, r, c, g, w)
		}
	}
	if compared < len(got[0])/2 {
		t.Errorf("%s: only %d of queries.sql's %d columns are in the CSV", name, compared, len(got[0]))
	}
}

func TestReportCommand(t *testing.T) {
	dir, db := reportDB(t)
	out := filepath.Join(dir, "report")
	start := time.Now()
	r := run(t, db, "", "report", "--out", out, "--title", "VMware & Citrix, 2007-2008")
	elapsed := time.Since(start)
	if r.code != 0 {
		t.Fatalf("report: %+v", r)
	}
	t.Logf("report took %v", elapsed)
	if !strings.Contains(r.err, "for CTXS, VMW (GSPC): 4 events, 3 studied, 0 claims") ||
		!strings.Contains(r.err, "note: event 1 (2007-08-14, VMware prices its IPO at $29 and begins trading) on VMW: VMW has no prices before 2007-08-15") {
		t.Errorf("stderr: %s", r.err)
	}
	files := strings.Fields(r.out)
	for _, want := range []string{"index.html", "report.md", "queries.sql", "summary.csv", "events.csv", "event_returns.csv",
		"event_study.csv", "claims.csv"} {
		p := filepath.Join(out, want)
		if !strings.Contains(r.out, p+"\n") {
			t.Errorf("stdout does not list %s: %s", p, r.out)
		}
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("listed but missing: %v", err)
		}
		if strings.HasSuffix(f, ".csv") {
			readCSVFile(t, f)
		}
	}

	checkQueries(t, db, out)

	html, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<h1>VMware &amp; Citrix, 2007-2008</h1>") {
		t.Error("index.html lacks the escaped title")
	}
	md, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(md), "# VMware & Citrix, 2007-2008\n") {
		t.Errorf("report.md starts %q", md[:40])
	}
}

// checkQueries runs out/queries.sql as a whole, then each table's statement alone, whose rows
// must be the CSV's.
func checkQueries(t *testing.T, db, out string) {
	t.Helper()
	q := filepath.Join(out, "queries.sql")
	if r := run(t, db, "", "sql", "-f", q, "--format", "csv"); r.code != 0 || r.err != "" {
		t.Fatalf("sql -f queries.sql: %+v", r)
	}
	script, err := os.ReadFile(q)
	if err != nil {
		t.Fatal(err)
	}
	parts := regexp.MustCompile(`(?m)^-- table: (\w+) \(\w+\.csv\)\n`).FindAllStringSubmatchIndex(string(script), -1)
	if len(parts) != 5 {
		t.Fatalf("queries.sql has %d tables, want 5:\n%s", len(parts), script)
	}
	for i, p := range parts {
		name := string(script[p[2]:p[3]])
		end := len(script)
		if i+1 < len(parts) {
			end = parts[i+1][0]
		}
		stmt := string(script[p[1]:end])
		r := run(t, db, stmt, "sql", "--format", "csv")
		if r.code != 0 {
			t.Fatalf("%s: %+v", name, r)
		}
		got, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := readCSVFile(t, filepath.Join(out, name+".csv"))
		if name == "claims" {
			continue // the verdicts are judged in Go; the SQL gives their inputs
		}
		sameTable(t, name, got, want)
	}
}

// TestReportReproducible: queries.sql gives the report's tables for other tickers, benchmarks
// and ranges too.
func TestReportReproducible(t *testing.T) {
	dir, db := reportDB(t)
	for i, args := range [][]string{
		{"--tickers", "VMW", "--benchmark", "CTXS", "--from", "2007-09-01", "--to", "2008-06-30"},
		{"--tickers", "vmw,gspc"},
		{"--to", "2007-12-31"},
	} {
		out := filepath.Join(dir, fmt.Sprint("report", i))
		if r := run(t, db, "", append([]string{"report", "--out", out}, args...)...); r.code != 0 {
			t.Fatalf("%v: %+v", args, r)
		}
		checkQueries(t, db, out)
	}
}

func TestReportBadInput(t *testing.T) {
	dir, db := reportDB(t)
	out := filepath.Join(dir, "report")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"report"}, "report needs --out DIR"},
		{[]string{"report", "--out", out, "--tickers", "VMW,ACME"}, "unknown ticker ACME: it has no prices (loaded: CTXS, GSPC, VMW)"},
		{[]string{"report", "--out", out, "--benchmark", "SPX"}, "benchmark SPX has no prices"},
		{[]string{"report", "--out", out, "--from", "2008-07-01", "--to", "2008-01-01"}, "--from 2008-07-01 is after --to 2008-01-01"},
		{[]string{"report", "--out", out, "--from", "2009-01-01"}, "no prices for CTXS between 2009-01-01 and the end"},
		{[]string{"report", "--out", out, "--from", "01/02/2008"}, `--from "01/02/2008": use YYYY-MM-DD`},
	}
	for _, tt := range tests {
		r := run(t, db, "", tt.args...)
		if r.code != 2 || !strings.Contains(r.err, tt.want) || r.out != "" {
			t.Errorf("%v: got %+v, want exit 2 with %q", tt.args, r, tt.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused report wrote its directory")
	}
	missing := filepath.Join(dir, "missing.duckdb")
	if r := run(t, missing, "", "report", "--out", out); r.code != 1 || !strings.Contains(r.err, "no database at") {
		t.Errorf("missing database: %+v", r)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("report created a database")
	}
}

// TestReportInBrowser opens the report in headless Chromium: the page must raise no console
// message (it has no script of its own, so any is an error), and the screenshot is kept for a
// person to look at.
func TestReportInBrowser(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed: skipping the browser test (apt-get install chromium)")
	}
	dir, db := reportDB(t)
	out := filepath.Join(dir, "report")
	if r := run(t, db, "", "report", "--out", out); r.code != 0 {
		t.Fatalf("report: %+v", r)
	}
	shot := filepath.Join(os.TempDir(), "eventline-report.png")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// One run both dumps the DOM as the browser parsed it and takes the screenshot.
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "chromium"), "--enable-logging=stderr", "--v=0", "--dump-dom",
		"--screenshot="+shot, "--window-size=1280,2000", "file://"+filepath.Join(out, "index.html"))
	var logs strings.Builder
	cmd.Stderr = &logs
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, logs.String())
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") || strings.Contains(line, "Uncaught") {
			t.Errorf("console: %s", line)
		}
	}
	// The browser sees the five charts (CTXS, VMW, GSPC, the comparison, the CAR) and the eight
	// event markers on them, each with its hover title.
	if n := strings.Count(string(dom), "<svg"); n != 5 {
		t.Errorf("the browser parsed %d SVG charts, want 5", n)
	}
	if n := strings.Count(string(dom), `<g class="event"`); n != 8 {
		t.Errorf("the browser parsed %d event markers, want 8 (VMW's IPO at the left edge of two charts)", n)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10000 {
		t.Fatalf("no screenshot: %v", err)
	}
	t.Logf("screenshot: %s", shot)
}
