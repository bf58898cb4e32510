package main

// Crash atomicity: after a crash at any moment, each ingest is all there or not there at all, and
// the tables agree. Two kinds of tests prove it. The first records a real WAL (the database
// closed without a checkpoint, so the last ingest lives only in the WAL), cuts it at many points
// as a crash while committing would, reopens, and checks that the database holds exactly the state
// before the ingest or exactly the state after it. The second kills a child process running the
// real command at random moments. CI affords a few cuts and one kill of a small ingest per kind;
// EVENTLINE_CRASH_SOAK=N cuts at a hundred points and kills N large ingests per kind.

import (
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
	"testing"
	"time"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/usecase"
)

// crashTables are the tables an ingest writes.
var crashTables = []string{"securities", "prices", "ingests", "ingest_rejects", "articles", "timexes", "events",
	"event_tickers", "event_mentions", "claims"}

// fingerprint sums a hash of every column of every table an ingest writes, leaving out the clock
// (when a row was written differs between two runs of the same ingest).
func fingerprint(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	for _, table := range crashTables {
		rows, err := db.Query(`SELECT count(*), sum(hash(COLUMNS(c -> c NOT IN ('started_at', 'ingested_at', 'created_at')))) FROM ` + table)
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
		fmt.Fprintf(&b, "%s%v ", table, vals)
	}
	return b.String()
}

// checkAgreement checks what must hold in any state: every price's ingest committed, every ticker
// has its securities row, no ingest is left pending, and findings hang off stored articles.
func checkAgreement(t *testing.T, db *sql.DB, label string) {
	t.Helper()
	for _, q := range []string{
		`SELECT count(*) FROM prices WHERE ingest_id NOT IN (SELECT ingest_id FROM ingests)`,
		`SELECT count(*) FROM ingest_rejects WHERE ingest_id NOT IN (SELECT ingest_id FROM ingests)`,
		`SELECT count(*) FROM (SELECT DISTINCT ticker FROM prices) WHERE ticker NOT IN (SELECT ticker FROM securities)`,
		`SELECT count(*) FROM pending_ingests`,
		`SELECT count(*) FROM timexes WHERE article_id NOT IN (SELECT article_id FROM articles)`,
		`SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT article_id FROM articles)`,
		`SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT article_id FROM articles)
			OR event_id NOT IN (SELECT event_id FROM events)`,
		`SELECT count(*) FROM event_tickers WHERE event_id NOT IN (SELECT event_id FROM events)`,
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
	return fixture(t, dir, "feed.jsonl", b.String())
}

// eventFile writes n curated events.
func eventFile(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("date,ticker,type,title\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s,VMW,product,Product release %d\n", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format("2006-01-02"), i)
	}
	return fixture(t, dir, "events.csv", b.String())
}

// crashCase is one ingest: what is stored before it, and the ingest itself.
type crashCase struct {
	name   string
	before func(t *testing.T, st *store.Store, dir string)
	ingest func(t *testing.T, st *store.Store, dir string) // in-process, on st
	args   func(dir string) []string                       // the same as a command line, for the kill test
}

func crashCases() []crashCase {
	pricesBefore := func(t *testing.T, st *store.Store, dir string) {
		// K0000..K0002 are there before, at other prices: the ingest updates them (deleting
		// stored rows) as well as inserting.
		old := priceFiles(t, filepath.Join(dir, "old"), "K", 3, 40, 10)
		if _, err := prices.Ingest(context.Background(), st.DB, prices.Options{Paths: []string{old}}); err != nil {
			t.Fatal(err)
		}
	}
	articlesBefore := func(t *testing.T, st *store.Store, dir string) {
		pricesBefore(t, st, dir)
		// The feed's first articles are there before: the ingest replaces them.
		feed := articleFile(t, filepath.Join(dir, "old"), 20, 5)
		if _, err := usecase.IngestArticles(context.Background(), st.DB, usecase.ArticleInput{Files: []string{feed}, Read: readOptionsFor(t, feed)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return []crashCase{
		{
			name:   "prices",
			before: pricesBefore,
			ingest: func(t *testing.T, st *store.Store, dir string) {
				if _, err := prices.Ingest(context.Background(), st.DB, prices.Options{Paths: []string{filepath.Join(dir, "new")}}); err != nil {
					t.Fatal(err)
				}
			},
			args: func(dir string) []string { return []string{"ingest", "prices", filepath.Join(dir, "new")} },
		},
		{
			name:   "articles",
			before: articlesBefore,
			ingest: func(t *testing.T, st *store.Store, dir string) {
				feed := filepath.Join(dir, "new", "feed.jsonl")
				if _, err := usecase.IngestArticles(context.Background(), st.DB, usecase.ArticleInput{Files: []string{feed}, Read: readOptionsFor(t, feed)}, nil); err != nil {
					t.Fatal(err)
				}
			},
			args: func(dir string) []string {
				return []string{"ingest", "articles", filepath.Join(dir, "new", "feed.jsonl")}
			},
		},
		{
			name:   "events",
			before: articlesBefore,
			ingest: func(t *testing.T, st *store.Store, dir string) {
				opts := &ingestEventsOptions{IO: discardIO(), Files: []string{filepath.Join(dir, "new", "events.csv")},
					Store: func(context.Context, bool) (*store.Store, error) { return st, nil }}
				if err := runIngestEvents(context.Background(), opts); err != nil {
					t.Fatal(err)
				}
			},
			args: func(dir string) []string {
				return []string{"ingest", "events", filepath.Join(dir, "new", "events.csv")}
			},
		},
	}
}

// writeNewInputs writes what each case ingests. Large, there are enough rows for DuckDB's
// optimistic writes (a row group is 122,880 rows, and each of two threads fills its own); small,
// the ingest takes a fraction of a second.
func writeNewInputs(t *testing.T, name, dir string, large bool) {
	t.Helper()
	n := map[bool]int{true: 1, false: 0}[large]
	switch name {
	case "prices":
		priceFiles(t, filepath.Join(dir, "new"), "K", 10+50*n, 500+4500*n, 30)
	case "articles":
		os.MkdirAll(filepath.Join(dir, "new"), 0o755)
		articleFile(t, filepath.Join(dir, "new"), 30+120*n, 20+280*n)
	case "events":
		os.MkdirAll(filepath.Join(dir, "new"), 0o755)
		eventFile(t, filepath.Join(dir, "new"), 50+250*n)
	}
}

func discardIO() *IOStreams {
	ios, _, _, _ := TestIO()
	return ios
}

func readOptionsFor(t *testing.T, file string) articles.Options {
	t.Helper()
	return articles.Options{Format: "auto"}
}

// TestCutWALKeepsIngestsWhole records the WAL of each kind of ingest and cuts it at every one of
// its last bytes (where the commit's end is) and at points all along it.
func TestCutWALKeepsIngestsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("records WALs of large ingests")
	}
	for _, c := range crashCases() {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			dbPath := filepath.Join(dir, "rec.duckdb")
			st, err := store.Open(ctx, dbPath, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			c.before(t, st, dir)
			// From here on nothing is checkpointed: the ingest lives in the WAL alone.
			for _, q := range []string{`CHECKPOINT`, `SET checkpoint_threshold = '1TB'`, `PRAGMA disable_checkpoint_on_shutdown`} {
				if _, err := st.DB.Exec(q); err != nil {
					t.Fatal(q, err)
				}
			}
			before := fingerprint(t, st.DB)
			writeNewInputs(t, c.name, dir, true)
			c.ingest(t, st, dir) // which may close st, as the command does
			st.DB.Close()
			wal, err := os.Stat(dbPath + ".wal")
			if err != nil {
				t.Fatal(err)
			}
			// The state after is what the whole WAL replays to.
			whole := filepath.Join(t.TempDir(), "whole.duckdb")
			copyFile(t, dbPath, whole, -1)
			copyFile(t, dbPath+".wal", whole+".wal", -1)
			st, err = store.Open(ctx, whole, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			after := fingerprint(t, st.DB)
			st.Close()
			if after == before {
				t.Fatal("the ingest changed nothing")
			}
			// The commit's end is in the WAL's last bytes: DuckDB 1.5.6 kept the optimistically
			// written rows for every cut of 1 to 21 bytes. CI cuts a few of them and a point in
			// the middle; EVENTLINE_CRASH_SOAK cuts each of the last 64 bytes and 32 points.
			cuts := []int64{0, 1, 16, 21, 22, wal.Size() / 2}
			if os.Getenv("EVENTLINE_CRASH_SOAK") != "" {
				cuts = nil
				for k := int64(0); k <= 64; k++ {
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
				d := filepath.Join(t.TempDir(), "cut.duckdb")
				copyFile(t, dbPath, d, -1)
				copyFile(t, dbPath+".wal", d+".wal", wal.Size()-cut)
				st, err := store.Open(ctx, d, store.Options{})
				if err != nil {
					t.Fatalf("%s: open: %v", label, err)
				}
				got := fingerprint(t, st.DB)
				checkAgreement(t, st.DB, label)
				st.Close()
				switch got {
				case before:
					sawBefore++
				case after:
					sawAfter++
				default:
					t.Fatalf("%s: the database holds part of the ingest:\nbefore %s\nafter  %s\ngot    %s", label, before, after, got)
				}
				if cut == 1 {
					// What opening repaired stays repaired.
					st, err = store.Open(ctx, d, store.Options{ReadOnly: true})
					if err != nil {
						t.Fatal(err)
					}
					if again := fingerprint(t, st.DB); again != got {
						t.Fatalf("%s: reopening changed the database again", label)
					}
					st.Close()
				}
			}
			t.Logf("%d cuts: %d left the state before, %d after", len(cuts), sawBefore, sawAfter)
		})
	}
}

// TestKilledIngestIsWholeOrAbsent kills the real command, in a child process, at random moments
// of each kind of ingest and checks that the database reopens with all of it or none of it.
func TestKilledIngestIsWholeOrAbsent(t *testing.T) {
	if args := os.Getenv("EVENTLINE_CRASH_CHILD"); args != "" {
		os.Exit(Main(context.Background(), strings.Split(args, "\x1f"), SystemIO()))
	}
	if testing.Short() {
		t.Skip("kills child processes mid-ingest")
	}
	kills, large := 1, false
	if n, err := strconv.Atoi(os.Getenv("EVENTLINE_CRASH_SOAK")); err == nil && n > 0 {
		kills, large = n, true
	}
	for _, c := range crashCases() {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			base := filepath.Join(dir, "base.duckdb")
			st, err := store.Open(ctx, base, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			c.before(t, st, dir)
			before := fingerprint(t, st.DB)
			st.Close()
			writeNewInputs(t, c.name, dir, large)
			child := func(db string) *exec.Cmd {
				cmd := exec.Command(os.Args[0], "-test.run=^TestKilledIngestIsWholeOrAbsent$")
				cmd.Env = append(os.Environ(), "EVENTLINE_CRASH_CHILD="+strings.Join(append([]string{"--db", db}, c.args(dir)...), "\x1f"))
				return cmd
			}
			// One run to the end gives the state after, and how long the ingest takes.
			full := filepath.Join(t.TempDir(), "full.duckdb")
			copyFile(t, base, full, -1)
			start := time.Now()
			if out, err := child(full).CombinedOutput(); err != nil {
				t.Fatalf("uninterrupted ingest: %v\n%s", err, out)
			}
			took := time.Since(start)
			st, err = store.Open(ctx, full, store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			after := fingerprint(t, st.DB)
			st.Close()
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 10))
			var sawBefore, sawAfter int
			for i := 0; i < kills; i++ {
				db := filepath.Join(t.TempDir(), "k.duckdb")
				copyFile(t, base, db, -1)
				cmd := child(db)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				delay := time.Duration(rng.Int64N(int64(took)))
				time.Sleep(delay)
				cmd.Process.Kill()
				cmd.Wait()
				st, err := store.Open(ctx, db, store.Options{})
				if err != nil {
					t.Fatalf("kill after %v: open: %v", delay, err)
				}
				got := fingerprint(t, st.DB)
				checkAgreement(t, st.DB, fmt.Sprintf("kill after %v", delay))
				st.Close()
				switch got {
				case before:
					sawBefore++
				case after:
					sawAfter++
				default:
					t.Fatalf("killed after %v of %v: the database holds part of the ingest:\nbefore %s\nafter  %s\ngot    %s", delay, took, before, after, got)
				}
			}
			t.Logf("ingest took %v; %d kills: %d left the state before, %d after", took, kills, sawBefore, sawAfter)
		})
	}
}
