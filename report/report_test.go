package report

import (
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
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

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/testdb"
)

var keep = flag.String("keep", "", "also write the example report to this directory, to look at")

// outDir is where a test writes its report: a temporary directory, or under -keep.
func outDir(t *testing.T, name string) string {
	if *keep == "" {
		return t.TempDir()
	}
	return filepath.Join(*keep, name)
}

func day0(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }

// The curated events of the tests: VMware's IPO (the day before Yahoo's series starts), Citrix's
// XenSource deal, VMware's guidance cut, and its change of CEO a few days before the prices end.
var testEvents = []struct{ date, ticker, typ, headline, url string }{
	{"2007-08-14", "VMW", "ipo", "VMware prices its IPO at $29 & begins trading on the NYSE", "https://example.com/vmw-ipo"},
	{"2007-08-15", "CTXS", "acquisition", "Citrix to acquire XenSource for $500 million", "https://example.com/xensource"},
	{"2008-01-29", "VMW", "earnings", "VMware warns 2008 revenue growth will slow <below 50%>", ""},
	{"2008-07-08", "VMW", "executive", "Paul Maritz replaces Diane Greene as VMware CEO", "https://example.com/maritz"},
}

// exampleDB loads the embedded example prices and the test events into a fresh database.
func exampleDB(t *testing.T, withEvents bool) *sql.DB {
	t.Helper()
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	if !withEvents {
		return st.DB
	}
	for _, e := range testEvents {
		p, err := events.ParsePeriod(e.date)
		if err != nil {
			t.Fatal(err)
		}
		ev := &events.Event{Period: p, Type: events.Type(e.typ), Status: "occurred", Headline: e.headline, Tickers: []string{e.ticker},
			Origin: events.Curated, SourceURL: e.url}
		if _, err := events.Insert(ctx, st.DB, ev); err != nil {
			t.Fatal(err)
		}
	}
	return st.DB
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func TestWriteExample(t *testing.T) {
	db := exampleDB(t, true)
	out := outDir(t, "example")
	start := time.Now()
	res, err := Write(context.Background(), db, Options{Out: out, Database: "r.duckdb"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("report written in %v: %v", time.Since(start), res.Files)
	if strings.Join(res.Tickers, ",") != "CTXS,VMW" || res.Benchmark != "GSPC" || res.Events != 4 || res.Studied != 3 {
		t.Errorf("result: %+v", res)
	}
	for _, f := range []string{"index.html", "report.md", "queries.sql", "summary.csv", "events.csv", "event_returns.csv",
		"event_study.csv", "claims.csv"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	html, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(html)
	// Resources must be inline: no src, no stylesheet links, no url() to anything remote.
	for _, re := range []string{`(?i)\ssrc\s*=`, `(?i)<link\b`, `(?i)url\(\s*['"]?(https?:)?//`, `(?i)@import`} {
		if m := regexp.MustCompile(re).FindString(page); m != "" {
			t.Errorf("index.html loads an external resource: %q", m)
		}
	}
	for _, want := range []string{
		`<a href="https://example.com/xensource">Citrix to acquire XenSource for $500 million</a>`,
		`VMware warns 2008 revenue growth will slow &lt;below 50%&gt;`,
		`No claims (claims come from articles).`,
		`<td class="num">1416.60</td>`, // GSPC's first close: an index, in points, not dollars
		`VMW has no prices before 2007-08-15`,
		`VMW returned -29.82% from 2007-08-15 to 2008-07-14 (maximum drawdown -69.79%); GSPC returned -12.68% over the same days.`,
		`The largest abnormal return around an event: VMW -32.15% over days -1 to &#43;1 of 2008-01-29`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	if strings.Contains(page, "<below") {
		t.Error("index.html does not escape a headline")
	}

	// Every chart is a PNG and an SVG, and inline in the page with one hover title per event
	// marker: VMW's IPO falls the day before its prices start and sits at the left edge.
	markers := map[string]int{"VMW": 3, "CTXS": 1, "GSPC": 0, "comparison": 4, "event_study": 0}
	for name, want := range markers {
		for _, ext := range []string{".png", ".svg"} {
			b, err := os.ReadFile(filepath.Join(out, "charts", name+ext))
			if err != nil {
				t.Fatal(err)
			}
			if ext == ".png" && !strings.HasPrefix(string(b), "\x89PNG") {
				t.Errorf("%s.png is no PNG", name)
			}
		}
		id := "chart-" + name
		if name == "event_study" {
			id = "chart-car"
		}
		i := strings.Index(page, `<figure class="chart" id="`+id+`">`)
		if i < 0 {
			t.Errorf("index.html has no figure %s", id)
			continue
		}
		fig := page[i : i+strings.Index(page[i:], "</figure>")]
		if n := strings.Count(fig, "<title>"); n != want || strings.Count(fig, `<g class="event"`) != want {
			t.Errorf("%s: %d hover titles, %d markers, want %d", id, n, strings.Count(fig, `<g class="event"`), want)
		}
	}
	for _, want := range []string{
		"<title>#2 2007-08-15 CTXS: Citrix to acquire XenSource for $500 million (example.com)</title>",
		"<title>#3 2008-01-29 VMW: VMware warns 2008 revenue growth will slow &lt;below 50%&gt;</title>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks the hover title %s", want)
		}
	}
	md, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"](charts/VMW.png)", "](charts/comparison.png)", "](charts/event_study.png)",
		"| 3 | 2008-01-29 | VMW | earnings | occurred | VMware warns 2008 revenue growth will slow &lt;below 50%&gt; |"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}

	events := readCSV(t, filepath.Join(out, "events.csv"))
	if len(events) != 5 || events[1][2] != "2007-08-14" || events[2][4] != "[CTXS]" || events[4][5] != "executive" {
		t.Errorf("events.csv: %q", events)
	}
	summary := readCSV(t, filepath.Join(out, "summary.csv"))
	if len(summary) != 4 || summary[1][0] != "CTXS" || summary[2][0] != "VMW" || summary[3][0] != "GSPC" {
		t.Errorf("summary.csv: %q", summary)
	}
	study := readCSV(t, filepath.Join(out, "event_study.csv"))
	if len(study) != 4 || study[1][4] != "[-5,+20]" || study[2][4] != "[-1,+1]" || study[2][5] != "3" {
		t.Errorf("event_study.csv: %q", study)
	}
	returns := readCSV(t, filepath.Join(out, "event_returns.csv"))
	if len(returns) != 1+3*3 {
		t.Errorf("event_returns.csv has %d rows, want 9", len(returns)-1)
	}
	claims := readCSV(t, filepath.Join(out, "claims.csv"))
	if len(claims) != 1 {
		t.Errorf("claims.csv: %q", claims)
	}
}

func TestWriteBadInput(t *testing.T) {
	db := exampleDB(t, false)
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"unknown ticker", Options{Tickers: []string{"ACME"}}, "unknown ticker ACME: it has no prices (loaded: CTXS, GSPC, VMW)"},
		{"unknown benchmark", Options{Benchmark: "SPX"}, "benchmark SPX has no prices"},
		{"reversed range", Options{From: day0("2008-01-01"), To: day0("2007-01-01")}, "the range starts 2008-01-01, after it ends 2007-01-01"},
		{"empty range", Options{Tickers: []string{"VMW"}, From: day0("2009-01-01")}, "no prices for VMW between 2009-01-01 and the end (its prices run 2007-08-15 to 2008-07-14)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Out = t.TempDir()
			_, err := Write(context.Background(), db, tt.opts)
			if err == nil || !IsInputError(err) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an input error with %q", err, tt.want)
			}
		})
	}
}

func TestWriteWithoutEvents(t *testing.T) {
	db := exampleDB(t, false)
	out := t.TempDir()
	res, err := Write(context.Background(), db, Options{Out: out, Title: "Prices only"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.Tickers, ",") != "CTXS,VMW" || res.Events != 0 {
		t.Errorf("result: %+v", res)
	}
	html, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h1>Prices only</h1>", "No events for these tickers", "No events with an event day", "No claims (claims come from articles)."} {
		if !strings.Contains(string(html), want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
}

// TestWriteClaims: claims from an article show with their verdicts and a link to the article, and
// an event mentioned by the article takes the article as its source.
func TestWriteClaims(t *testing.T) {
	db := exampleDB(t, true)
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO articles (title, published, source, url, body) VALUES
			('VMware soars in debut', DATE '2007-08-15', 'Reuters', 'https://example.com/reuters/vmw', 'body')`,
		`INSERT INTO claims (article_id, ticker, date, metric, value, unit, text) VALUES
			(1, 'VMW', DATE '2007-08-15', 'close', 57.71, 'USD', 'closed at $57.71'),
			(1, 'VMW', DATE '2007-08-14', 'day_return', 76, 'pct', 'moved up 76%'),
			(1, 'VMW', DATE '2007-08-16', 'close', 60, 'USD', 'closed at $60 | a pipe')`,
		`INSERT INTO event_mentions SELECT event_id, 1, 'Citrix said it would buy XenSource.', 0, 10, NULL FROM events WHERE type = 'acquisition'`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	out := outDir(t, "claims")
	res, err := Write(ctx, db, Options{Out: out, Tickers: []string{"vmw", "CTXS"}, Benchmark: "gspc"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Claims != 3 || strings.Join(res.Tickers, ",") != "VMW,CTXS" {
		t.Errorf("result: %+v", res)
	}
	claims := readCSV(t, filepath.Join(out, "claims.csv"))
	verdicts := []string{}
	for _, r := range claims[1:] {
		verdicts = append(verdicts, r[9])
	}
	if len(claims) != 4 || strings.Join(verdicts, ",") != "unverifiable,verified,contradicted" || claims[1][13] != "https://example.com/reuters/vmw" {
		t.Errorf("claims.csv: %q", claims)
	}
	html, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<span class="verdict verified">verified</span>`,
		`<span class="verdict contradicted">contradicted</span>`,
		`<td class="num">$57.71</td>`,
		`<td class="num">76.00%</td>`,
		`<a href="https://example.com/reuters/vmw">VMware soars in debut</a>`,
		`<a href="https://example.com/reuters/vmw">Reuters</a>`,
		`(Reuters)</title>`,
		`Of 3 claims from the articles, 1 verified, 1 contradicted and 1 unverifiable against the prices.`,
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	md, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), `closed at \$60 \| a pipe`) {
		t.Errorf("report.md does not escape a claim's text:\n%s", md)
	}
}

// TestWriteEmptyParts: a report is whole whatever is missing: events, the benchmark, the tickers
// beyond the benchmark; coarse events and forecasts get their markers.
func TestWriteEmptyParts(t *testing.T) {
	tests := []struct {
		name     string
		setup    []string
		opts     Options
		tickers  string
		bench    string
		markers  map[string]int // figure id → hover titles
		contains []string
		missing  []string // files not written
	}{
		{
			name:    "benchmark only",
			setup:   []string{`DELETE FROM prices WHERE ticker <> 'GSPC'`, `DELETE FROM event_tickers`, `DELETE FROM events`},
			tickers: "GSPC", bench: "GSPC",
			markers:  map[string]int{"chart-GSPC": 0},
			contains: []string{"No events for these tickers", "No events with an event day", "No claims (claims come from articles)."},
			missing:  []string{"charts/comparison.png", "charts/event_study.png", "charts/VMW.png"},
		},
		{
			name:    "no benchmark",
			setup:   []string{`DELETE FROM prices WHERE ticker = 'GSPC'`, `UPDATE securities SET currency = 'EUR' WHERE ticker = 'CTXS'`},
			tickers: "CTXS,VMW", bench: "",
			markers:  map[string]int{"chart-VMW": 3, "chart-CTXS": 1, "chart-comparison": 4},
			contains: []string{"No event study: it needs a benchmark", "no benchmark loaded", `<td class="num">€21.36</td>`, `<td class="num">$57.71</td>`},
			missing:  []string{"charts/GSPC.png", "charts/event_study.png"},
		},
		{
			name: "coarse events and forecasts",
			setup: []string{
				`INSERT INTO events (date, granularity, start_date, end_date, type, status, headline, origin)
					VALUES ('2007-09', 'month', DATE '2007-09-01', DATE '2007-09-30', 'product', 'occurred', 'VMworld 2007: ESX 3i', 'curated'),
					('2008-09-15', 'day', DATE '2008-09-15', DATE '2008-09-15', 'product', 'forecast', 'VMworld 2008 opens', 'curated')`,
				`INSERT INTO event_tickers (event_id, ticker) SELECT event_id, 'VMW' FROM events WHERE headline LIKE 'VMworld%'`,
			},
			opts:    Options{Tickers: []string{"VMW"}, From: day0("2007-06-01")},
			tickers: "VMW", bench: "GSPC",
			markers:  map[string]int{"chart-VMW": 5},
			contains: []string{"<title>#2 2007-09 VMW: VMworld 2007: ESX 3i</title>", "<title>#5 2008-09-15 (expected) VMW: VMworld 2008 opens</title>", "forecast"},
		},
		{
			name:    "a range without events",
			opts:    Options{From: day0("2008-03-01"), To: day0("2008-06-30")},
			tickers: "CTXS,VMW", bench: "GSPC",
			markers:  map[string]int{"chart-VMW": 0, "chart-CTXS": 0, "chart-comparison": 0},
			contains: []string{"No events for these tickers in this range", "Daily prices 2008-03-03 to 2008-06-30"},
			missing:  []string{"charts/event_study.png"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := exampleDB(t, true)
			for _, q := range tt.setup {
				if _, err := db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			opts := tt.opts
			opts.Out = outDir(t, strings.ReplaceAll(tt.name, " ", "_"))
			res, err := Write(context.Background(), db, opts)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(res.Tickers, ",") != tt.tickers || res.Benchmark != tt.bench {
				t.Errorf("result: %+v", res)
			}
			b, err := os.ReadFile(filepath.Join(opts.Out, "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			for id, want := range tt.markers {
				i := strings.Index(page, `<figure class="chart" id="`+id+`">`)
				if i < 0 {
					t.Errorf("no figure %s", id)
					continue
				}
				fig := page[i : i+strings.Index(page[i:], "</figure>")]
				if n := strings.Count(fig, "<title>"); n != want {
					t.Errorf("%s: %d hover titles, want %d", id, n, want)
				}
			}
			for _, want := range tt.contains {
				if !strings.Contains(page, want) {
					t.Errorf("index.html lacks %q", want)
				}
			}
			for _, f := range tt.missing {
				if _, err := os.Stat(filepath.Join(opts.Out, f)); err == nil {
					t.Errorf("%s written", f)
				}
			}
			for _, f := range []string{"summary.csv", "events.csv", "event_returns.csv", "event_study.csv", "claims.csv", "report.md", "queries.sql"} {
				readCSVOrText(t, filepath.Join(opts.Out, f))
			}
		})
	}
}

func readCSVOrText(t *testing.T, path string) {
	t.Helper()
	if strings.HasSuffix(path, ".csv") {
		readCSV(t, path)
		return
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

// TestWriteReadOnly: the report stores its study, and says so when it cannot.
func TestWriteReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ro.duckdb")
	testdb.ExamplePrices(t, path).Close()
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = Write(ctx, ro.DB, Options{Out: t.TempDir()})
	if err == nil || IsInputError(err) || !strings.Contains(err.Error(), "must be open for writing") {
		t.Fatalf("got %v", err)
	}
}

// The benchmark's return the highlights quote for a ticker is in the summary table, on the
// ticker's row, and equals GSPC's adjusted close ratio over the ticker's first and last days,
// computed here from the example's CSV.
func TestBenchmarkOverEachTickersDays(t *testing.T) {
	db := exampleDB(t, true)
	out := outDir(t, "same_days")
	if _, err := Write(context.Background(), db, Options{Out: out}); err != nil {
		t.Fatal(err)
	}
	read := func(path string) [][]string {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	adj := map[string]float64{}
	for _, r := range read(filepath.Join("..", "data", "example", "prices", "GSPC.csv"))[1:] {
		v, _ := strconv.ParseFloat(r[5], 64)
		adj[r[0]] = v
	}
	sum := read(filepath.Join(out, "summary.csv"))
	col := map[string]int{}
	for i, c := range sum[0] {
		col[c] = i
	}
	page, _ := os.ReadFile(filepath.Join(out, "index.html"))
	checked := 0
	for _, r := range sum[1:] {
		if r[col["ticker"]] == "GSPC" {
			if r[col["gspc_same_days"]] != "" {
				t.Errorf("GSPC against itself: %q", r[col["gspc_same_days"]])
			}
			continue
		}
		got, err := strconv.ParseFloat(r[col["gspc_same_days"]], 64)
		want := adj[r[col["last_day"]]]/adj[r[col["first_day"]]] - 1
		if err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("%s: GSPC over its days %q, want %v", r[0], r[col["gspc_same_days"]], want)
		}
		if !strings.Contains(string(page), fmt.Sprintf("GSPC returned %.2f%% over the same days", want*100)) {
			t.Errorf("%s: the highlight does not quote %.2f%%", r[0], want*100)
		}
		checked++
	}
	if checked != 2 {
		t.Errorf("%d tickers checked", checked)
	}
}

// The page's tables fit a 1,400 px window without scrolling sideways, the claims' too (with the
// longest claims, reasons and article titles the example's articles give), measured by a headless
// Chromium where one is installed.
func TestTablesFitTheWindow(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" || testing.Short() {
		t.Skip("no headless Chromium to measure the page with (or -short)")
	}
	db := exampleDB(t, true)
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO articles (title, published, source, url, body) VALUES
			('VMware sinks after warning that growth will slow in 2008 as customers delay their purchases', DATE '2008-01-29', 'Reuters', 'https://example.com/reuters/vmw', 'body')`,
		`INSERT INTO claims (article_id, ticker, date, metric, value, unit, text) VALUES
			(1, 'VMW', DATE '2008-01-29', 'day_return', -34, 'pct', 'fell 34%'),
			(1, 'VMW', DATE '2007-08-14', 'first_day_return', 76, 'pct', 'jumped 76 percent in their first day of trading'),
			(1, 'VMW', DATE '2008-01-29', 'close', 54.87, 'USD', 'closing at $54.87')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	out := outDir(t, "fit")
	if _, err := Write(ctx, db, Options{Out: out}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	probe := string(page) + `<script>document.querySelectorAll('.scroll').forEach(function (d) {
	var p = document.createElement('p'); p.textContent = 'WIDTH ' + (d.closest('section') || {}).id + ' ' + d.scrollWidth + ' ' + d.clientWidth;
	document.body.appendChild(p); });</script>`
	file := filepath.Join(t.TempDir(), "probe.html")
	if err := os.WriteFile(file, []byte(probe), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	dom, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
		"--dump-dom", "file://"+file).Output()
	if err != nil {
		t.Skipf("chromium: %v", err)
	}
	found := map[string]bool{}
	for _, m := range regexp.MustCompile(`WIDTH (\w+) (\d+) (\d+)`).FindAllStringSubmatch(string(dom), -1) {
		found[m[1]] = true
		scroll, _ := strconv.Atoi(m[2])
		client, _ := strconv.Atoi(m[3])
		if scroll > client {
			t.Errorf("the %s table is %d px wide in a %d px column", m[1], scroll, client)
		}
	}
	if !found["claims"] {
		t.Errorf("no claims table measured: %v", found)
	}
}
