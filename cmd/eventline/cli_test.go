package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type result struct {
	out, err string
	code     int
}

// run executes eventline in-process against db, as a pipe (no terminal) unless setup says otherwise.
func run(t *testing.T, db, stdin string, args ...string) result {
	t.Helper()
	ios, in, out, errOut := TestIO()
	in.WriteString(stdin)
	code := Main(context.Background(), append([]string{"--db", db}, args...), ios)
	return result{out.String(), errOut.String(), code}
}

func fixture(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const vmwCSV = `Date,Open,High,Low,Close,Adj Close,Volume
2007-08-15,52.110001,59.869999,51.500000,57.709999,47.941059,10678500
2007-08-16,60.990002,61.490002,52.709999,56.990002,47.342937,6919500
2007-08-17,59.000000,59.000000,54.450001,55.549999,46.146694,3086100
`

func TestIngestPricesAndQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	vmw := fixture(t, dir, "VMW.csv", vmwCSV)
	r := run(t, db, "", "ingest", "prices", vmw)
	if r.code != 0 || r.out != "" || !strings.Contains(r.err, "3 inserted, 0 updated, 0 unchanged, 0 rejected") {
		t.Fatalf("ingest: %+v", r)
	}
	r = run(t, db, "", "sql", "--format", "csv", "SELECT ticker, date, close FROM prices ORDER BY date LIMIT 1")
	if r.code != 0 || r.out != "ticker,date,close\nVMW,2007-08-15,57.709999\n" {
		t.Fatalf("sql csv: %+v", r)
	}
	r = run(t, db, "", "sql", "--format", "json", "SELECT count(*) AS n, NULL AS x FROM prices")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil || rows[0]["n"] != float64(3) || rows[0]["x"] != nil {
		t.Fatalf("sql json: %+v %v", r, err)
	}
	r = run(t, db, "", "sql", "--format", "table", "SELECT ticker, close FROM prices ORDER BY date LIMIT 1")
	if !strings.Contains(r.out, "│ VMW    │ 57.709999 │") {
		t.Fatalf("sql table:\n%s", r.out)
	}
	r = run(t, db, "", "sql", "--format", "markdown", "SELECT 1 AS one")
	if !strings.HasPrefix(r.out, "| one |\n| ---:|\n| 1 |") {
		t.Fatalf("sql markdown:\n%q", r.out)
	}
	r = run(t, db, "", "info", "--format", "csv")
	if r.code != 0 || !strings.Contains(r.out, "ticker,VMW,3,2007-08-15,2007-08-17,yahoo") || !strings.Contains(r.out, "table,prices,3,,,") {
		t.Fatalf("info: %+v", r)
	}
}

func TestSQLErrorsAndReadOnly(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	r := run(t, db, "", "sql", "SELEC 1")
	if r.code != 1 || !strings.Contains(r.err, "syntax error") || strings.Contains(r.err, "goroutine") {
		t.Fatalf("syntax error: %+v", r)
	}
	r = run(t, db, "", "sql", "DELETE FROM prices")
	if r.code != 1 || !strings.Contains(r.err, "add --write") {
		t.Fatalf("read-only: %+v", r)
	}
	r = run(t, db, "", "sql", "--write", "DELETE FROM prices WHERE date = DATE '2007-08-17'")
	if r.code != 0 {
		t.Fatalf("write: %+v", r)
	}
	r = run(t, db, "", "sql", "--format", "csv", "SELECT count(*) AS n FROM prices")
	if r.out != "n\n2\n" {
		t.Fatalf("after delete: %+v", r)
	}
	r = run(t, filepath.Join(dir, "missing.duckdb"), "", "sql", "SELECT 1")
	if r.code != 1 || !strings.Contains(r.err, "no database at") {
		t.Fatalf("missing db: %+v", r)
	}
	r = run(t, db, "", "sql", "--format", "xml", "SELECT 1")
	if r.code != 2 || !strings.Contains(r.err, "unknown format \"xml\"") {
		t.Fatalf("bad format: %+v", r)
	}
}

func TestSQLScriptAndShell(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	// A script on stdin: several statements, semicolons inside strings and comments.
	r := run(t, db, "SELECT 'a;b' AS s; -- c;\nSELECT 2 AS n;", "sql", "--format", "csv")
	if r.code != 0 || r.out != "# 1: SELECT 'a;b' AS s\ns\na;b\n\n# 2: SELECT 2 AS n\nn\n2\n" {
		t.Fatalf("script: %+v", r)
	}
	f := fixture(t, dir, "q.sql", "SELECT count(*) AS n FROM prices;\n")
	if r = run(t, db, "", "sql", "-f", f, "--format", "csv"); r.out != "n\n3\n" {
		t.Fatalf("-f: %+v", r)
	}
	// The shell, driven as a person would type: multi-line statements, dot commands, an error
	// that does not end the session.
	ios, in, out, errOut := TestIO()
	ios.SetStdinTTY(false)
	in.WriteString(".tables\n.mode csv\nSELECT ticker,\n  count(*) AS n\nFROM prices GROUP BY ticker;\nSELEC oops;\n.schema securities\n.quit\nSELECT 'not reached';\n")
	opts := &sqlOptions{IO: ios, Format: "table"}
	st, err := (&factory{IO: ios, dbFlag: db}).OpenStore(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sess, err := openSession(context.Background(), st.DB, true)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := runShell(context.Background(), sess, opts); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"│ prices ", "ticker,n\nVMW,3\n", "CREATE TABLE securities"} {
		if !strings.Contains(got, want) {
			t.Errorf("shell output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "not reached") || !strings.Contains(errOut.String(), "Error: Parser Error") {
		t.Errorf("shell: out %q err %q", got, errOut.String())
	}
}

func TestIngestBadInputExitsTwo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	bad := fixture(t, dir, "BAD.csv", "Date,Close\n2007-08-15,-1\n")
	r := run(t, db, "", "ingest", "prices", bad)
	if r.code != 2 || !strings.Contains(r.err, `BAD.csv:2: column Close: value "-1": prices must be positive`) {
		t.Fatalf("%+v", r)
	}
	r = run(t, db, "", "ingest", "prices", "--map", "close", bad)
	if r.code != 2 || !strings.Contains(r.err, "use FIELD=COLUMN") {
		t.Fatalf("bad --map: %+v", r)
	}
	r = run(t, db, "", "ingest", "prices")
	if r.code != 2 || !strings.Contains(r.err, "needs at least one file") {
		t.Fatalf("no args: %+v", r)
	}
	r = run(t, db, "", "ingest", "events", fixture(t, dir, "ev.csv", "date,ticker,type,title\n14/08/2007,VMW,ipo,IPO\n"))
	if r.code != 2 || !strings.Contains(r.err, `ev.csv:2: column date: value "14/08/2007"`) {
		t.Fatalf("events: %+v", r)
	}
	r = run(t, db, "", "frobnicate")
	if r.code != 1 && r.code != 2 {
		t.Fatalf("unknown command: %+v", r)
	}
	// Nothing was written by any of the failures.
	r = run(t, db, "", "sql", "--format", "csv", "SELECT (SELECT count(*) FROM prices) + (SELECT count(*) FROM events) AS n")
	if r.out != "n\n0\n" {
		t.Fatalf("database changed: %+v", r)
	}
}

func TestIngestEventsAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", fixture(t, dir, "VMW.csv", vmwCSV))
	ev := fixture(t, dir, "ev.csv", "date,ticker,type,title\n2007-08-14,VMW,ipo,VMware shares begin trading\n")
	if r := run(t, db, "", "ingest", "events", ev); r.code != 0 || !strings.Contains(r.err, "1 inserted") {
		t.Fatalf("events: %+v", r)
	}
	if r := run(t, db, "", "ingest", "events", ev); !strings.Contains(r.err, "1 unchanged") {
		t.Fatalf("events again: %+v", r)
	}
	out := filepath.Join(dir, "export")
	if r := run(t, db, "", "export", "--format", "parquet", "--out", out); r.code != 0 {
		t.Fatalf("export: %+v", r)
	}
	if _, err := os.Stat(filepath.Join(out, "prices", "ticker=VMW")); err != nil {
		t.Fatalf("prices not partitioned by ticker: %v", err)
	}
	load, _ := os.ReadFile(filepath.Join(out, "load.sql"))
	// The exported files read back to the same rows.
	r := run(t, db, "", "sql", "--format", "csv", "SELECT count(*) AS n FROM read_parquet('"+filepath.Join(out, "prices", "*", "*.parquet")+"')")
	if r.out != "n\n3\n" || !strings.Contains(string(load), `CREATE OR REPLACE VIEW "events"`) {
		t.Fatalf("export read back: %+v\n%s", r, load)
	}
	if r := run(t, db, "", "export", "--format", "csv", "--out", filepath.Join(dir, "csv")); r.code != 0 {
		t.Fatalf("csv export: %+v", r)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "csv", "events.csv")); err != nil || !strings.Contains(string(b), "VMware shares begin trading") {
		t.Fatalf("events.csv: %v %s", err, b)
	}
}

func TestHelpHasExamples(t *testing.T) {
	root := newRootCmd(SystemIO())
	for _, c := range allCommands(root) {
		if c.Runnable() && c.Example == "" {
			t.Errorf("%s has no example in its help", c.CommandPath())
		}
	}
}

func TestStudyOnExampleData(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	if r := run(t, db, "", "ingest", "prices", "../../data/example/prices"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	ev := fixture(t, dir, "ev.csv", "date,ticker,type,title\n2007-08-14,VMW,ipo,VMware IPO\n2007-08-15,CTXS,acquisition,Citrix to acquire XenSource\n2008-01-29,VMW,earnings,VMware lowers its outlook\n2007-08-21,VMW,price_move,VMW breaks $66\n")
	run(t, db, "", "ingest", "events", ev)
	r := run(t, db, "", "study", "--events", "--window", "0,0", "--format", "csv")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	// The IPO day is missing from Yahoo's VMW series: reported, never moved to another day.
	if !strings.Contains(r.err, "VMware IPO): no t0: VMW has no prices before 2007-08-15") ||
		!strings.Contains(r.err, "1 price_move event") {
		t.Errorf("stderr: %s", r.err)
	}
	// VMW's close fell from 83.00 to 54.87 on 2008-01-29 (adjusted 68.950058 to 45.581802): -33.89%.
	// The prices shown are the closes, not the adjusted closes; the return is the adjusted closes'.
	if !strings.Contains(r.out, "VMW,2008-01-29,\"[+0,+0]\",earnings,VMware lowers its outlook,,83,54.869999,-0.338915683") {
		t.Errorf("stdout:\n%s", r.out)
	}
	r = run(t, db, "", "sql", "--format", "csv", "SELECT t0, model, fallback, estimation_days FROM event_returns WHERE ticker = 'VMW' ORDER BY t0")
	// By January 2008 there are 103 returns within the [-250,-11] estimation window. The price_move
	// of 2007-08-21 is left out, and stderr says so.
	if r.out != "t0,model,fallback,estimation_days\n2008-01-29,market,false,103\n" {
		t.Errorf("event_returns: %+v", r)
	}
	r = run(t, db, "", "study", "--events", "--window", "0,0", "--format", "csv", "--include-price-moves")
	if !strings.Contains(r.out, "VMW,2007-08-21,") || !strings.Contains(r.err, "price_move events included") {
		t.Errorf("--include-price-moves: %+v", r)
	}
	// A week after the IPO there are too few returns for the market model's 60.
	r = run(t, db, "", "sql", "--format", "csv", "SELECT model, fallback, estimation_days FROM event_returns WHERE t0 = '2007-08-21'")
	if r.out != "model,fallback,estimation_days\nmarket-adjusted,true,0\n" {
		t.Errorf("event_returns: %+v", r)
	}
	// The tests on daily abnormal returns fill their columns only when asked for.
	for _, daily := range []bool{false, true} {
		r = run(t, db, "", "study", "--window", "0,0", "--format", "csv", fmt.Sprintf("--daily-tests=%t", daily))
		rows, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
		if r.code != 0 || err != nil || len(rows) != 2 {
			t.Fatalf("--daily-tests=%t: %+v %v", daily, r, err)
		}
		for i, col := range rows[0] {
			if col == "corrado" || col == "gen_sign" || col == "bmp_kp" {
				if filled := rows[1][i] != ""; filled != daily {
					t.Errorf("--daily-tests=%t: %s is %q", daily, col, rows[1][i])
				}
			}
		}
	}
	if r := run(t, db, "", "study", "--overlap", "some"); r.code != 2 {
		t.Errorf("bad --overlap: %+v", r)
	}
	if r := run(t, db, "", "study", "--window", "3,1"); r.code != 2 {
		t.Errorf("bad window: %+v", r)
	}
	if r := run(t, db, "", "study", "--benchmark", "NOPE"); r.code != 2 || !strings.Contains(r.err, "benchmark NOPE has no prices") {
		t.Errorf("bad benchmark: %+v", r)
	}
}

func TestSummaryOnExampleData(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", "../../data/example/prices")
	r := run(t, db, "", "summary", "--ticker", "VMW", "--format", "json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("%+v %v", r, err)
	}
	// From the CSV: VMW's worst day was 2008-01-29 (-33.89% adjusted), its best 2007-08-21 (+15.11%).
	v := rows[0]
	if v["worst_day"] != "2008-01-29" || v["best_day"] != "2007-08-21" || v["first_day"] != "2007-08-15" || v["days"] != float64(230) {
		t.Fatalf("%v", v)
	}
	r = run(t, db, "", "summary", "--ticker", "VMW", "--format", "table")
	if !strings.Contains(r.out, "-33.89%") || !strings.Contains(r.out, "$57.71") {
		t.Fatalf("table:\n%s", r.out)
	}
	if r := run(t, db, "", "summary", "--ticker", "VMW", "--from", "2009-01-01"); r.code != 2 || !strings.Contains(r.err, "no prices for VMW") {
		t.Fatalf("empty range: %+v", r)
	}
}

func TestClaimsCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", "../../data/example/prices")
	if r := run(t, db, "", "sql", "--write", `INSERT INTO articles (title, body) VALUES ('VMW breaks $66', 'text');
		INSERT INTO claims (article_id, ticker, date, metric, op, value, unit, text) VALUES
		(1, 'VMW', DATE '2007-08-21', 'close', 'eq', 65.99, 'USD', 'closing at $65.99'),
		(1, 'VMW', DATE '2007-08-14', 'first_day_return', 'eq', 76, 'pct', 'moved up 76%')`); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	r := run(t, db, "", "claims", "--format", "csv")
	want := "claim_id,article,ticker,date,metric,op,claimed,unit,verdict,actual,row_date,reason,text\n" +
		"2,VMW breaks $66,VMW,2007-08-14,first_day_return,eq,76,pct,unverifiable,,,no row for VMW on 2007-08-14 (its prices start 2007-08-15),moved up 76%\n" +
		"1,VMW breaks $66,VMW,2007-08-21,close,eq,65.99,USD,verified,65.989998,2007-08-21,,closing at $65.99\n"
	if r.code != 0 || r.out != want {
		t.Fatalf("got %+v\nwant %s", r, want)
	}
}

func TestSummaryWithoutBenchmark(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", "../../data/example/prices/VMW.csv")
	// The default benchmark is not loaded: a note, and no days above or below.
	r := run(t, db, "", "summary", "--format", "csv")
	if r.code != 0 || strings.Contains(r.out, "days_above") || !strings.Contains(r.out, "VMW,2007-08-15,2008-07-14,230,") ||
		!strings.Contains(r.err, "No prices for the default benchmark GSPC") {
		t.Errorf("default benchmark missing: %+v", r)
	}
	// Named, it must exist.
	if r := run(t, db, "", "summary", "--benchmark", "GSPC"); r.code != 2 || !strings.Contains(r.err, "benchmark GSPC has no prices") {
		t.Errorf("named benchmark missing: %+v", r)
	}
	if r := run(t, db, "", "summary", "--benchmark", "", "--format", "csv"); r.code != 0 || r.err != "" || strings.Contains(r.out, "days_above") {
		t.Errorf("no benchmark: %+v", r)
	}
}
