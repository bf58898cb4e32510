package main

// Crash atomicity: after a crash at any moment, each ingest (and each saved study and factors
// load, which replace stored rows) is all there or not there at all, and the tables agree. Two kinds of tests prove it. The first records a real WAL (the command killed
// as it prints its summary: after its commit, before the close that would checkpoint, so that the
// ingest lives in the WAL alone), cuts it at many points as a crash while committing would,
// reopens, and checks that the database holds exactly the state before the ingest or exactly the
// state after it. The second kills a child process running the
// real command at random moments. CI affords a few cuts and one kill of a small ingest per kind;
// EVENTLINE_CRASH_SOAK=N cuts at a hundred points and kills N large ingests per kind.

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventline/eventline/data/store"
)

// crashTables are the tables an ingest, a saved study or a factors load writes.
var crashTables = []string{"securities", "prices", "ingests", "ingest_rejects", "articles", "timexes", "events",
	"event_tickers", "event_mentions", "claims", "aliases", "event_returns", "event_study", "factors"}

// fingerprint sums a hash of every column of every table an ingest writes, leaving out the clock
// (when a row was written differs between two runs of the same ingest) and the study's statistics:
// they are sums of floating-point numbers in an order that varies between runs, so two runs of
// the same study differ in their last bits. Which rows a study stored (events, windows, its run
// id) is hashed.
func fingerprint(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	for _, table := range crashTables {
		skip := []string{"'started_at'", "'ingested_at'", "'created_at'"}
		if table == "event_returns" || table == "event_study" {
			var computed []any
			if err := db.QueryRow(`SELECT list(column_name) FROM duckdb_columns() WHERE table_name = ? AND data_type = 'DOUBLE'`,
				table).Scan(&computed); err != nil {
				t.Fatal(err)
			}
			for _, c := range computed {
				skip = append(skip, "'"+c.(string)+"'")
			}
		}
		rows, err := db.Query(`SELECT count(*), sum(hash(COLUMNS(c -> c NOT IN (` + strings.Join(skip, ", ") + `)))) FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
		}
		rows.Close()
		fmt.Fprintf(&b, "%s%v\n", table, vals)
	}
	return b.String()
}

// partOf says which tables of got are neither as before nor as after.
func partOf(before, after, got string) string {
	b, a, g := strings.Split(before, "\n"), strings.Split(after, "\n"), strings.Split(got, "\n")
	var out strings.Builder
	for i := range g {
		if i < len(b) && i < len(a) && g[i] != b[i] && g[i] != a[i] {
			fmt.Fprintf(&out, "\nbefore %s\nafter  %s\ngot    %s", b[i], a[i], g[i])
		}
	}
	if out.Len() == 0 {
		return "\nthe tables are each as before or as after, but not all alike:\nbefore " + before + "\nafter  " + after + "\ngot    " + got
	}
	return out.String()
}

// checkAgreement checks what must hold in any state: every price's ingest committed, every ticker
// has its securities row, no ingest is left pending, and findings hang off stored articles.
func checkAgreement(t *testing.T, db *sql.DB, label string) {
	t.Helper()
	for _, q := range []string{
		`SELECT count(*) FROM prices WHERE ingest_id NOT IN (SELECT ingest_id FROM ingests)`,
		`SELECT count(*) FROM ingest_rejects WHERE ingest_id NOT IN (SELECT ingest_id FROM ingests)`,
		`SELECT count(*) FROM aliases WHERE ingest_id IS NOT NULL AND ingest_id NOT IN (SELECT ingest_id FROM ingests)`,
		`SELECT count(*) FROM (SELECT DISTINCT ticker FROM prices) WHERE ticker NOT IN (SELECT ticker FROM securities)`,
		`SELECT count(*) FROM pending_ingests`,
		`SELECT count(*) FROM timexes WHERE article_id NOT IN (SELECT article_id FROM articles)`,
		`SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT article_id FROM articles)`,
		`SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT article_id FROM articles)
			OR event_id NOT IN (SELECT event_id FROM events)`,
		`SELECT count(*) FROM event_tickers WHERE event_id NOT IN (SELECT event_id FROM events)`,
		// The saved study is one run's: never new rows beside old ones.
		`SELECT greatest(count(*) - 1, 0) FROM (SELECT run_id FROM event_returns UNION SELECT run_id FROM event_study)`,
		// A factor has one value a day.
		`SELECT count(*) FROM (SELECT frequency, factor, date FROM factors GROUP BY ALL HAVING count(*) > 1)`,
	} {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %s: %v", label, q, err)
		}
		if n != 0 {
			t.Errorf("%s: %d rows break: %s", label, n, q)
		}
	}
}

func copyFile(t *testing.T, src, dst string, size int64) {
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
	if size < 0 {
		_, err = io.Copy(out, in)
	} else {
		_, err = io.CopyN(out, in, size)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// priceFiles writes n Yahoo files of days rows each; from a higher level the same dates get
// other prices, so that a second load updates rows.
func priceFiles(t *testing.T, dir, prefix string, n, days int, level float64) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		b.WriteString("Date,Open,High,Low,Close,Adj Close,Volume\n")
		d := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
		for j := 0; j < days; j++ {
			p := level + float64(j%50)/10
			fmt.Fprintf(&b, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d\n", d.AddDate(0, 0, j).Format("2006-01-02"), p, p+1, p-1, p+0.5, p+0.4, 1000+j)
		}
		fixture(t, dir, fmt.Sprintf("%s%04d.csv", prefix, i), b.String())
	}
	return dir
}

// articleFile writes a JSON Lines feed of n articles, each with dates sentences of three dates
// (timexes, enough of them that DuckDB writes row groups straight to the file as they are
// appended) and one sentence with an event and two claims.
func articleFile(t *testing.T, dir string, n, dates int) string {
	t.Helper()
	var b strings.Builder
	day := func(k int) string {
		return time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, k*37).Format("January 2, 2006")
	}
	for i := 0; i < n; i++ {
		var body strings.Builder
		for j := 0; j < dates; j++ {
			fmt.Fprintf(&body, "%s, %s and %s were quiet days. ", day(i+j), day(i+j+1), day(i+j+2))
		}
		fmt.Fprintf(&body, "On March %d, 2007, VMware shares rose 5%% to close at $%d.50.", 1+i%28, 20+i%50)
		fmt.Fprintf(&b, `{"title": "Market note %d", "published": "2020-06-01", "url": "https://example.com/n/%d", "body": %q}`+"\n",
			i, i, body.String())
	}
	os.MkdirAll(dir, 0o755)
	return fixture(t, dir, "feed.jsonl", b.String())
}

// eventFile writes n curated events of a type.
func eventFile(t *testing.T, dir string, n int, typ string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("date,ticker,type,title\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s,VMW,%s,Product release %d\n", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format("2006-01-02"), typ, i)
	}
	os.MkdirAll(dir, 0o755)
	return fixture(t, dir, "events.csv", b.String())
}

// aliasFile writes n user aliases of companies; from another suffix the same aliases name other
// companies, so that a second file replaces stored aliases.
func aliasFile(t *testing.T, dir string, n int, suffix string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("alias,name,ticker,exchange\n")
	for i := 0; i < n; i++ {
		ticker := []byte("QAAAA")
		for k, v := 4, i; k > 0; k, v = k-1, v/26 {
			ticker[k] = byte('A' + v%26)
		}
		fmt.Fprintf(&b, "Maker %d,Maker %d %s,%s,NYSE\n", i, i, suffix, ticker)
	}
	os.MkdirAll(dir, 0o755)
	return fixture(t, dir, "aliases.csv", b.String())
}

// factorFile writes a daily factor file in Kenneth French's layout of days rows of six factors
// from 1926, at a level of its own, so that a second file replaces stored values.
func factorFile(t *testing.T, dir string, days int, level float64) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("This file was created from CRSP data.\n\n,Mkt-RF,SMB,HML,RMW,CMA,RF\n")
	d := time.Date(1926, 7, 1, 0, 0, 0, 0, time.UTC)
	for j := 0; j < days; j++ {
		v := level + float64(j%97)/100
		fmt.Fprintf(&b, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.3f\n", d.AddDate(0, 0, j).Format("20060102"), v, -v, v/2, v/3, -v/4, 0.01)
	}
	b.WriteString("\nCopyright 2026 Eugene F. Fama and Kenneth R. French\n")
	os.MkdirAll(dir, 0o755)
	return fixture(t, dir, "F-F_daily.CSV", b.String())
}

// studyEvents stores n curated events, set-wise in SQL, spread over the tickers K0000 to K{tickers-1}
// of priceFiles, every step days from the second year of their prices.
func studyEvents(t *testing.T, db string, n, tickers, step int) {
	t.Helper()
	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, q := range []string{
		`INSERT INTO events (date, granularity, start_date, end_date, type, headline, origin)
		SELECT strftime(d, '%Y-%m-%d'), 'day', d, d, 'product', 'Release ' || i, 'curated'
		FROM (SELECT i, DATE '1981-01-01' + CAST((i // $1) * $2 AS INTEGER) AS d FROM range($3) t(i))`,
		`INSERT INTO event_tickers (event_id, ticker) SELECT event_id, 'K' || lpad(CAST((event_id - 1) % $1 AS VARCHAR), 4, '0') FROM events`,
	} {
		args := []any{tickers, step, n}
		if strings.Contains(q, "event_tickers") {
			args = args[:1]
		}
		if _, err := st.DB.Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
}

// crashCase is one ingest: what is stored before it (written into dir/old and ingested into the
// database with the real commands; nothing, and no database file, when before is nil), what it
// reads (written into dir/new: large, there are enough rows for DuckDB's optimistic writes, as a
// row group is 122,880 rows and each of two threads fills its own; small, the ingest takes a
// fraction of a second) and its command line.
type crashCase struct {
	name string
	// slow cases are cut at one point in CI (where the commit ends), not at five.
	slow   bool
	before func(t *testing.T, db, dir string, large bool)
	inputs func(t *testing.T, dir string, large bool)
	args   func(dir string) []string
}

// eventline runs the command in-process and fails the test unless it succeeds.
func eventline(t *testing.T, db string, args ...string) {
	t.Helper()
	ios, _, _, errOut := TestIO()
	if code := Main(context.Background(), append([]string{"--db", db}, args...), ios); code != 0 {
		t.Fatalf("eventline %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
}

func crashCases() []crashCase {
	pricesBefore := func(t *testing.T, db, dir string, _ bool) {
		// K0000..K0002 are there before, at other prices: the ingest updates them (deleting
		// stored rows) as well as inserting.
		eventline(t, db, "ingest", "prices", priceFiles(t, filepath.Join(dir, "old"), "K", 3, 40, 10))
	}
	articlesBefore := func(t *testing.T, db, dir string, large bool) {
		pricesBefore(t, db, dir, large)
		// The feed's first articles are there before: the ingest replaces them. So are a few of
		// the curated events, of another type: the events ingest updates them.
		eventline(t, db, "ingest", "articles", articleFile(t, filepath.Join(dir, "old"), 20, 5))
		eventline(t, db, "ingest", "events", eventFile(t, filepath.Join(dir, "old"), 10, "ipo"))
	}
	newPrices := func(t *testing.T, dir string, large bool) {
		if large {
			priceFiles(t, filepath.Join(dir, "new"), "K", 60, 5000, 30)
		} else {
			priceFiles(t, filepath.Join(dir, "new"), "K", 10, 500, 30)
		}
	}
	prices := func(dir string) []string { return []string{"ingest", "prices", filepath.Join(dir, "new")} }
	return []crashCase{
		{name: "prices", before: pricesBefore, inputs: newPrices, args: prices},
		// The first command on a new database also creates its schema: an upgrade whose WAL
		// DuckDB 1.5.6 cannot replay (data/store/migrate_wal.go).
		{name: "prices into a new database", inputs: newPrices, args: prices},
		// A new --source label changes the type of prices.source within the ingest's transaction,
		// written out in full so that DuckDB can replay it (addSourceLabels in data/prices).
		{name: "prices with a new source", before: pricesBefore, inputs: newPrices,
			args: func(dir string) []string {
				return []string{"ingest", "prices", "--source", "vendor-x", filepath.Join(dir, "new")}
			}},
		{name: "articles", before: articlesBefore,
			inputs: func(t *testing.T, dir string, large bool) {
				n := map[bool]int{true: 1, false: 0}[large]
				articleFile(t, filepath.Join(dir, "new"), 30+120*n, 20+280*n)
			},
			args: func(dir string) []string {
				return []string{"ingest", "articles", filepath.Join(dir, "new", "feed.jsonl")}
			}},
		// One statement per alias, in one transaction; a large file holds more aliases than a
		// row group.
		{name: "aliases", slow: true, before: func(t *testing.T, db, dir string, _ bool) {
			eventline(t, db, "ingest", "aliases", aliasFile(t, filepath.Join(dir, "old"), 100, "Inc"))
		},
			inputs: func(t *testing.T, dir string, large bool) {
				n := map[bool]int{true: 125000, false: 500}[large]
				aliasFile(t, filepath.Join(dir, "new"), n, "Corp")
			},
			args: func(dir string) []string {
				return []string{"ingest", "aliases", filepath.Join(dir, "new", "aliases.csv")}
			}},
		// A saved study replaces event_returns and event_study; a large one is 13,500 events in ten
		// windows, 135,000 rows. Its input is the database: prices and events stored before, and
		// the study of one window that it replaces.
		{name: "study", slow: true,
			before: func(t *testing.T, db, dir string, large bool) {
				if large {
					eventline(t, db, "ingest", "prices", priceFiles(t, filepath.Join(dir, "old"), "K", 40, 5000, 10))
					studyEvents(t, db, 13500, 40, 10)
				} else {
					eventline(t, db, "ingest", "prices", priceFiles(t, filepath.Join(dir, "old"), "K", 4, 1000, 10))
					studyEvents(t, db, 300, 4, 8)
				}
				eventline(t, db, "study", "--benchmark", "K0000", "--window", "0,0", "--ticker", "K0001")
			},
			inputs: func(*testing.T, string, bool) {},
			args: func(string) []string {
				args := []string{"study", "--benchmark", "K0000", "--overlap", "keep"}
				for k := 0; k < 10; k++ {
					args = append(args, "--window", fmt.Sprintf("-%d,%d", k, k))
				}
				return args
			}},
		// A daily factor file since 1926 is about 25,000 days of four to six factors; the file
		// loaded before holds the first days at other values.
		{name: "factors",
			before: func(t *testing.T, db, dir string, _ bool) {
				eventline(t, db, "ingest", "factors", factorFile(t, filepath.Join(dir, "old"), 300, 1))
			},
			inputs: func(t *testing.T, dir string, large bool) {
				factorFile(t, filepath.Join(dir, "new"), map[bool]int{true: 25000, false: 2000}[large], 2)
			},
			args: func(dir string) []string {
				return []string{"ingest", "factors", filepath.Join(dir, "new", "F-F_daily.CSV")}
			}},
		// A large events file holds more events (and event tickers) than a row group.
		{name: "events", before: articlesBefore,
			inputs: func(t *testing.T, dir string, large bool) {
				eventFile(t, filepath.Join(dir, "new"), map[bool]int{true: 130000, false: 50}[large], "product")
			},
			args: func(dir string) []string {
				return []string{"ingest", "events", filepath.Join(dir, "new", "events.csv")}
			}},
	}
}

// prepareCrashCase stores what a case has before its ingest in dir/base.duckdb, writes what the
// ingest reads, and returns dir, the database and the fingerprint of the state before.
func prepareCrashCase(t *testing.T, c crashCase, large bool) (dir, base, before string) {
	t.Helper()
	dir = t.TempDir()
	base = filepath.Join(dir, "base.duckdb")
	if c.before != nil {
		c.before(t, base, dir, large)
	}
	// Fingerprinted on a copy: opening a missing database would create it.
	before = openFingerprint(t, copyDB(t, base, -1), "before")
	c.inputs(t, dir, large)
	return dir, base, before
}

// copyDB copies a database and its WAL (cut to walSize bytes, unless walSize is negative) to a
// new temporary path and returns it; a database that does not exist is not copied.
func copyDB(t *testing.T, db string, walSize int64) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "copy.duckdb")
	if _, err := os.Stat(db); err != nil {
		return dst
	}
	copyFile(t, db, dst, -1)
	if _, err := os.Stat(db + ".wal"); err == nil {
		copyFile(t, db+".wal", dst+".wal", walSize)
	}
	return dst
}

// TestCrashHelperProcess is the child process of the crash tests: it runs the command line in
// EVENTLINE_CRASH_ARGS and, with EVENTLINE_CRASH_AT_SUMMARY, kills itself as the command prints
// its summary: after the commit, before the database is closed (and checkpointed), so that the
// ingest is in the WAL alone.
func TestCrashHelperProcess(t *testing.T) {
	args := os.Getenv("EVENTLINE_CRASH_ARGS")
	if args == "" {
		return
	}
	ios, _, _, _ := TestIO()
	ios.ErrOut = os.Stderr
	if os.Getenv("EVENTLINE_CRASH_AT_SUMMARY") != "" {
		// A command that prints data (study) has committed before it prints any.
		ios.ErrOut, ios.Out = dieAtSummary{}, dieAtSummary{any: true}
	}
	os.Exit(Main(context.Background(), strings.Split(args, "\x1f"), ios))
}

// dieAtSummary kills the process at an ingest's summary on stderr or, with any, at its first
// write.
type dieAtSummary struct{ any bool }

func (d dieAtSummary) Write(p []byte) (int, error) {
	if d.any || bytes.HasPrefix(p, []byte("Loaded ")) || bytes.HasPrefix(p, []byte("Stored ")) {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // the signal is on its way
	}
	return os.Stderr.Write(p)
}

// crashChild is the command for a child process running eventline on db.
func crashChild(db string, args []string, atSummary bool) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelperProcess$")
	cmd.Env = append(os.Environ(), "EVENTLINE_CRASH_ARGS="+strings.Join(append([]string{"--db", db}, args...), "\x1f"))
	if atSummary {
		cmd.Env = append(cmd.Env, "EVENTLINE_CRASH_AT_SUMMARY=1")
	}
	return cmd
}

// openFingerprint opens db as a command would and returns its fingerprint, checking that its
// tables agree.
func openFingerprint(t *testing.T, db, label string) string {
	t.Helper()
	st, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatalf("%s: open: %v", label, err)
	}
	defer st.Close()
	checkAgreement(t, st.DB, label)
	return fingerprint(t, st.DB)
}

// TestCutWALKeepsIngestsWhole records the WAL of each kind of ingest (the command killed after its
// commit) and cuts it at the last bytes, where the commit's end is, and at points along it.
func TestCutWALKeepsIngestsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("records WALs of large ingests")
	}
	for _, c := range crashCases() {
		t.Run(c.name, func(t *testing.T) {
			dir, dbPath, before := prepareCrashCase(t, c, true)
			cmd := crashChild(dbPath, c.args(dir), true)
			out, err := cmd.CombinedOutput()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
				t.Fatalf("the ingest was not killed after its commit: %v\n%s", err, out)
			}
			wal, err := os.Stat(dbPath + ".wal")
			if err != nil {
				t.Fatal(err)
			}
			// The state after is what the whole WAL replays to.
			whole := copyDB(t, dbPath, -1)
			after := openFingerprint(t, whole, "the whole WAL")
			if after == before {
				t.Fatal("the ingest changed nothing")
			}
			// The commit's end is in the WAL's last bytes: DuckDB 1.5.6 kept the optimistically
			// written rows for every cut of 1 to 21 bytes. CI cuts a few of them and a point in
			// the middle; EVENTLINE_CRASH_SOAK cuts each of the last 64 bytes and 32 points.
			cuts := []int64{1, 16, 21, 22, wal.Size() / 2}
			if c.slow {
				cuts = cuts[:1]
			}
			if os.Getenv("EVENTLINE_CRASH_SOAK") != "" {
				cuts = nil
				for k := int64(1); k <= 64; k++ {
					cuts = append(cuts, k)
				}
				for k := int64(1); k < 32; k++ {
					cuts = append(cuts, wal.Size()*k/32)
				}
			}
			var sawBefore, sawAfter int
			for _, cut := range cuts {
				if cut > wal.Size() {
					continue
				}
				label := fmt.Sprintf("WAL of %d bytes cut by %d", wal.Size(), cut)
				d := copyDB(t, dbPath, wal.Size()-cut)
				got := openFingerprint(t, d, label)
				switch got {
				case before:
					sawBefore++
				case after:
					sawAfter++
				default:
					t.Fatalf("%s: the database holds part of the ingest:%s", label, partOf(before, after, got))
				}
				if cut == 1 {
					// What opening repaired stays repaired.
					if again := openFingerprint(t, d, label+", reopened"); again != got {
						t.Fatalf("%s: reopening changed the database again", label)
					}
				}
			}
			t.Logf("%d cuts: %d left the state before, %d after", len(cuts), sawBefore, sawAfter)
		})
	}
}

// TestKilledIngestIsWholeOrAbsent kills the real command, in a child process, at random moments
// of each kind of ingest and checks that the database reopens with all of it or none of it.
func TestKilledIngestIsWholeOrAbsent(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes mid-ingest")
	}
	kills, large := 1, false
	if n, err := strconv.Atoi(os.Getenv("EVENTLINE_CRASH_SOAK")); err == nil && n > 0 {
		kills, large = n, true
	}
	for _, c := range crashCases() {
		t.Run(c.name, func(t *testing.T) {
			dir, base, before := prepareCrashCase(t, c, large)
			// One run to the end gives the state after, and how long the ingest takes.
			full := copyDB(t, base, -1)
			start := time.Now()
			if out, err := crashChild(full, c.args(dir), false).CombinedOutput(); err != nil {
				t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
			}
			took := time.Since(start)
			after := openFingerprint(t, full, "after")
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 10))
			var sawBefore, sawAfter int
			for i := 0; i < kills; i++ {
				db := copyDB(t, base, -1)
				cmd := crashChild(db, c.args(dir), false)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				delay := time.Duration(rng.Int64N(int64(took)))
				time.Sleep(delay)
				cmd.Process.Kill()
				cmd.Wait()
				label := fmt.Sprintf("killed after %v of %v", delay, took)
				switch got := openFingerprint(t, db, label); got {
				case before:
					sawBefore++
				case after:
					sawAfter++
				default:
					t.Fatalf("%s: the database holds part of the ingest:%s", label, partOf(before, after, got))
				}
			}
			t.Logf("ingest took %v; %d kills: %d left the state before, %d after", took, kills, sawBefore, sawAfter)
		})
	}
}
