package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/internal/shared"
)

const examples = "../../data/example"

// jsonLines decodes extract's output.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		objs = append(objs, m)
	}
	return objs
}

func TestExtractPrintsJSONLines(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "absent.duckdb")
	note := fixture(t, dir, "note.txt", "VMware note\n\nToday, one week after IPO, VMware closed at $65.99.\n")
	r := run(t, db, "", "extract", "--published", "2007-08-21", "--anchors", examples+"/events.csv", note)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("extract created the database")
	}
	kinds := map[string]int{}
	for _, o := range jsonLines(t, r.out) {
		kinds[o["kind"].(string)]++
		if o["article"] != "VMware note" {
			t.Errorf("object without its article: %v", o)
		}
		switch o["kind"] {
		case "timex":
			// Offsets of text input are within the file.
			file := "VMware note\n\nToday, one week after IPO, VMware closed at $65.99.\n"
			s, e := int(o["start"].(float64)), int(o["end"].(float64))
			if file[s:e] != o["text"] {
				t.Errorf("timex %v: file[%d:%d] = %q", o, s, e, file[s:e])
			}
			if o["text"] == "one week after IPO" && (o["value"] != "2007-08-21" || !strings.HasPrefix(o["resolved_by"].(string), "event:")) {
				t.Errorf("anchored timex: %v", o)
			}
		case "claim":
			if o["ticker"] != "VMW" || o["date"] != "2007-08-21" || o["metric"] != "close" || o["value"] != 65.99 {
				t.Errorf("claim: %v", o)
			}
		}
	}
	// A closing price alone states no move: a claim, not an event.
	if kinds["article"] != 1 || kinds["timex"] < 2 || kinds["claim"] != 1 || kinds["event"] != 0 {
		t.Errorf("kinds %v in\n%s", kinds, r.out)
	}
	r = run(t, db, "", "extract", "--format", "table", "--published", "2007-08-21", note)
	if r.code != 0 || !strings.Contains(r.out, "│ claim ") {
		t.Errorf("table: %+v", r)
	}
}

func TestIngestArticlesIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	if r := run(t, db, "", "ingest", "prices", examples+"/prices"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	files, _ := filepath.Glob(examples + "/articles/*.md")
	args := append([]string{"ingest", "articles", "--anchors", examples + "/events.csv"}, files...)
	r := run(t, db, "", args...)
	if r.code != 0 || !strings.Contains(r.err, "Stored 6 articles") {
		t.Fatalf("%+v", r)
	}
	count := func() string {
		r := run(t, db, "", "sql", "--format", "csv", `SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM events) AS e,
			(SELECT count(*) FROM event_mentions) AS m, (SELECT count(*) FROM claims) AS c, (SELECT count(*) FROM timexes) AS x`)
		return r.out
	}
	before := count()
	r = run(t, db, "", args...)
	if r.code != 0 || !strings.Contains(r.err, "(6 replaced)") {
		t.Fatalf("again: %+v", r)
	}
	if after := count(); after != before {
		t.Errorf("re-ingesting changed the counts:\n%s\n%s", before, after)
	}
	// The curated IPO event gained the IPO article's mentions (the debut in the title, the lead's
	// first trade, the pricing the day before) instead of a twin.
	r = run(t, db, "", "events", "--ticker", "VMW", "--format", "csv")
	if !strings.Contains(r.out, "2007-08-14,day,,ipo,occurred,[VMW],VMware begins trading on the NYSE after pricing its IPO at $29,,curated,,3,") {
		t.Errorf("events:\n%s", r.out)
	}
	if strings.Count(r.out, ",ipo,") != 1 {
		t.Errorf("a duplicate IPO event:\n%s", r.out)
	}
	// Every claim of the example articles is dated and checked; the IPO day has no row.
	r = run(t, db, "", "claims", "--format", "csv")
	if strings.Count(r.out, ",verified,") != 7 || !strings.Contains(r.out, "no row for VMW on 2007-08-14") {
		t.Errorf("claims:\n%s", r.out)
	}
	r = run(t, db, "", "events", "--type", "forecast,acquisition", "--from", "2007-10-01", "--format", "json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil || len(rows) != 1 || rows[0]["date"] != "2007-Q4" {
		t.Errorf("filtered events: %+v %v", r, err)
	}
}

// TestEventsShowDetail stores articles whose events carry a detail (a management change's people,
// a deal called off) and lists it in the events' detail column.
func TestEventsShowDetail(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	a := fixture(t, dir, "a.md", "---\ntitle: Nike changes its chief\npublished: 2024-09-20\n---\n"+
		"Nike said chief executive Jane Roe stepped down and was replaced by Sam Poe.\n")
	b := fixture(t, dir, "b.md", "---\ntitle: Pfizer deal off\npublished: 2024-09-21\n---\n"+
		"Pfizer called off its planned purchase of Northwind Traders Corp.\n")
	if r := run(t, db, "", "ingest", "articles", a, b); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	r := run(t, db, "", "events", "--format", "csv")
	for _, want := range []string{",executive,occurred,[NKE],Leadership change at Nike,out: Jane Roe; in: Sam Poe,extracted,",
		",acquisition,occurred,[PFE],Pfizer and Northwind Traders Corp end their deal,terminated,extracted,"} {
		if !strings.Contains(r.out, want) {
			t.Errorf("events lack %q:\n%s", want, r.out)
		}
	}
}

func TestIngestArticlesBadInputWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	good := fixture(t, dir, "good.md", "---\ntitle: Fine\npublished: 2007-08-14\n---\nVMware began trading today.\n")
	for _, tt := range []struct {
		name, content, want string
	}{
		{"baddate.md", "---\ntitle: Bad\npublished: 14/08/2007\n---\nText.\n", "baddate.md"},
		{"empty.txt", "", "empty.txt"},
		{"latin1.txt", "Caf\xe9 news\n\nbody\n", "latin1.txt:1"},
		{"feed.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>x</title>", "feed.xml"},
	} {
		bad := fixture(t, dir, tt.name, tt.content)
		r := run(t, db, "", "ingest", "articles", good, bad)
		if r.code != 2 || !strings.Contains(r.err, tt.want) || strings.Contains(r.err, "goroutine") {
			t.Errorf("%s: %+v", tt.name, r)
		}
	}
	r := run(t, db, "", "sql", "--format", "csv", "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM events) AS n")
	if r.out != "n\n0\n" {
		t.Errorf("a failed ingest left rows: %+v", r)
	}
	if r := run(t, db, "", "ingest", "articles", "--published", "yesterday", good); r.code != 2 || !strings.Contains(r.err, "--published") {
		t.Errorf("bad --published: %+v", r)
	}
	if r := run(t, db, "", "ingest", "articles", "--input-format", "pdf", good); r.code != 2 {
		t.Errorf("bad --input-format: %+v", r)
	}
	// An unknown ticker in front matter is a warning naming the file and article.
	odd := fixture(t, dir, "odd.md", "---\ntitle: Odd\npublished: 2007-08-14\ntickers: [ZZZZ]\n---\nText.\n")
	if r := run(t, db, "", "ingest", "articles", odd); r.code != 0 || !strings.Contains(r.err, `odd.md: article "Odd": ticker ZZZZ is not in the aliases table`) {
		t.Errorf("unknown ticker: %+v", r)
	}
}

func TestIngestAliases(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	csv := fixture(t, dir, "aliases.csv", "alias,name,ticker,exchange\nAcme Widgets,Acme,ACME,NYSE\nAcme,Acme,ACME,NYSE\nTiny Startup,Tiny Startup,,\n")
	if r := run(t, db, "", "ingest", "aliases", csv); r.code != 0 || !strings.Contains(r.err, "Stored 3 aliases") {
		t.Fatalf("%+v", r)
	}
	note := fixture(t, dir, "n.txt", "Acme news\n\nAcme Widgets acquired Tiny Startup on 3 March 2008.\n")
	r := run(t, db, "", "extract", "--published", "2008-03-05", note)
	if !strings.Contains(r.out, `"tickers":["ACME"]`) || !strings.Contains(r.out, `"companies":["Acme","Tiny Startup"]`) {
		t.Errorf("extract with user aliases: %+v", r)
	}
	bad := fixture(t, dir, "bad.csv", "alias,name,ticker\n,Nameless,NOPE\nGood,Good,not a ticker\n")
	r = run(t, db, "", "ingest", "aliases", bad)
	if r.code != 2 || !strings.Contains(r.err, "bad.csv:2: column alias") || !strings.Contains(r.err, `bad.csv:3: column ticker: value "NOT A TICKER"`) {
		t.Errorf("bad aliases: %+v", r)
	}
}

func TestEvalTimeML(t *testing.T) {
	dir := shared.Dir(t, "data/timeml/aquaint")
	r := run(t, filepath.Join(t.TempDir(), "e.duckdb"), "", "eval", "timeml", "--format", "json", dir)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.out), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("%+v %v", r, err)
	}
	if f1 := rows[0]["value_f1"].(float64); f1 < 0.85 {
		t.Errorf("value F1 %.3f on the development set, want at least 0.85", f1)
	}
	if r := run(t, "x.duckdb", "", "eval", "timeml", "/no/such/dir"); r.code != 2 {
		t.Errorf("missing dir: %+v", r)
	}
	// Per rule: the counts add up to the total.
	r = run(t, filepath.Join(t.TempDir(), "e.duckdb"), "", "eval", "timeml", "--rules", "--format", "json", dir)
	var byRule []map[string]any
	if err := json.Unmarshal([]byte(r.out), &byRule); err != nil || len(byRule) < 5 {
		t.Fatalf("--rules: %+v %v", r, err)
	}
	sum := 0.0
	for _, row := range byRule {
		sum += row["predicted"].(float64)
	}
	if sum != rows[0]["predicted"].(float64) {
		t.Errorf("rules predict %v, in all %v", sum, rows[0]["predicted"])
	}
	// The error listing: a row per disagreement, so that the right values and the rows add up
	// to what the two lists hold (a value error counts once in each).
	r = run(t, filepath.Join(t.TempDir(), "e.duckdb"), "", "eval", "timeml", "--errors", "--format", "json", dir)
	var errs []map[string]any
	if err := json.Unmarshal([]byte(r.out), &errs); err != nil {
		t.Fatalf("--errors: %+v %v", r, err)
	}
	kinds := map[string]float64{}
	for _, row := range errs {
		kinds[row["kind"].(string)]++
	}
	gold, pred, right := rows[0]["gold"].(float64), rows[0]["predicted"].(float64), rows[0]["value_correct"].(float64)
	if kinds["missed"]+kinds["value"]+right != gold || kinds["spurious"]+kinds["value"]+right != pred {
		t.Errorf("--errors %v against gold %v, predicted %v, right %v", kinds, gold, pred, right)
	}
}

// TestEvalTimeMLRules lists the tagger's rules and refuses an unknown one; neither needs the
// TimeML documents.
func TestEvalTimeMLRules(t *testing.T) {
	r := run(t, "x.duckdb", "", "eval", "timeml", "--list-rules", "--format", "csv")
	if r.code != 0 || !strings.Contains(r.out, "weekday,") || !strings.Contains(r.out, "year-period,%year %ordinal") {
		t.Errorf("--list-rules: %+v", r)
	}
	if r := run(t, "x.duckdb", "", "eval", "timeml", "--disable", "no-such-rule", t.TempDir()); r.code != 2 || !strings.Contains(r.err, "no-such-rule") {
		t.Errorf("--disable no-such-rule: %+v", r)
	}
	if r := run(t, "x.duckdb", "", "eval", "timeml"); r.code != 2 {
		t.Errorf("no DIR: %+v", r)
	}
}

// TestReferenceCorpusEndToEnd ingests the reference posts with VMW loaded and checks the claims
// the analytics issue names.
func TestReferenceCorpusEndToEnd(t *testing.T) {
	seed := shared.Dir(t, "seed")
	dir := t.TempDir()
	db := filepath.Join(dir, "e.duckdb")
	run(t, db, "", "ingest", "prices", examples+"/prices")
	r := run(t, db, "", "ingest", "articles", "--meta", filepath.Join(seed, "articles.csv"), "--anchors",
		filepath.Join(seed, "anchor-events.csv"), filepath.Join(seed, "virtualization-info-2007-08.txt"))
	if r.code != 0 || !strings.Contains(r.err, "Stored 9 articles") {
		t.Fatalf("%+v", r)
	}
	r = run(t, db, "", "claims", "--ticker", "VMW", "--format", "csv")
	for _, want := range []string{
		"VMW,2007-08-21,close,eq,65.99,USD,verified,65.989998",
		"VMW,2007-08-21,high,gt,66,USD,verified,66.589996",
		"VMW,2007-08-21,day_return,eq,15,pct,verified,15.1",
		"VMW,2007-08-14,first_day_return,eq,76,pct,unverifiable,,,no row for VMW on 2007-08-14",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("no %q in\n%s", want, r.out)
		}
	}
	// Determina, told by two posts, is one event dated 13 August 2007.
	r = run(t, db, "", "sql", "--format", "csv", `SELECT date, count(*) OVER () AS n FROM events WHERE list_contains(companies, 'Determina')`)
	if r.out != "date,n\n2007-08-13,1\n" {
		t.Errorf("Determina: %+v", r)
	}
}

func TestDemo(t *testing.T) {
	out := filepath.Join(t.TempDir(), "demo")
	for i := 0; i < 2; i++ { // a second run starts afresh and gives the same database
		r := run(t, "ignored.duckdb", "", "demo", "--out", out)
		if r.code != 0 || !strings.Contains(r.out, filepath.Join(out, "report", "index.html")) {
			t.Fatalf("run %d: %+v", i, r)
		}
	}
	if _, err := os.Stat("ignored.duckdb"); err == nil {
		os.Remove("ignored.duckdb")
		t.Error("the demo touched --db")
	}
	for _, f := range []string{"eventline.duckdb", "data/prices/VMW.csv", "data/events.csv", "report/index.html",
		"report/report.md", "report/queries.sql", "report/claims.csv", "report/charts/VMW.png", "report/charts/VMW.svg"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("missing %s: %v", f, err)
		}
	}
	db := filepath.Join(out, "eventline.duckdb")
	r := run(t, db, "", "sql", "--format", "csv", `SELECT (SELECT count(*) FROM articles) AS articles,
		(SELECT count(*) FROM claims) AS claims, (SELECT count(DISTINCT ticker) FROM prices) AS tickers`)
	if r.out != "articles,claims,tickers\n6,11,3\n" {
		t.Errorf("demo database: %+v", r)
	}
	r = run(t, db, "", "claims", "--format", "csv")
	if strings.Count(r.out, ",verified,") != 7 || strings.Contains(r.out, ",contradicted,") {
		t.Errorf("demo claims:\n%s", r.out)
	}
}

func TestIngestArticlesProgressOnlyOnATerminal(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob(examples + "/articles/*.md")
	for _, tty := range []bool{false, true} {
		ios, _, _, errOut := TestIO()
		ios.SetStdoutTTY(tty)
		db := filepath.Join(dir, fmt.Sprintf("e%v.duckdb", tty))
		if code := Main(context.Background(), append([]string{"--db", db, "ingest", "articles"}, files...), ios); code != 0 {
			t.Fatalf("tty %v: exit %d: %s", tty, code, errOut)
		}
		if got := strings.Contains(errOut.String(), "Extracting articles"); got != tty {
			t.Errorf("tty %v: progress shown %v:\n%s", tty, got, errOut)
		}
	}
}
