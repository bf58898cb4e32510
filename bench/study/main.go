// Command study benchmarks eventline's event study and summary tables on a generated universe:
// analytics.Study (three windows, market model) for 100,000 events, the same study written as one
// hand-tuned DuckDB statement, and analytics.Summary for every ticker. Each runs in a child
// process, so wall time and peak memory are measured alike.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/bench/universe"
	"github.com/eventline/eventline/data/store"
)

const benchmarkTicker = "T00000" // the synthetic market

// handTuned is the study as one statement written for this universe: per event and window, the
// CAR under the market model (OLS over trading days -250..-11) with the market-adjusted fallback
// under 60 estimation returns, summed. It takes the same shortcuts as analytics.Study (two sorted
// streams numbered as they go, 32-row block sums for the estimation window) and leaves out what Study adds:
// the alignment of event dates to trading days (every event here is on one), prices, SCAR,
// abnormal volume and one row per event window.
const handTuned = `
WITH tk AS (
	-- s: the stream, the first or the second half of the sorted tickers, so that each stream's scan
	-- reads only its own tickers' row groups.
	SELECT ticker, tid, ((tid - 1) * 2 // count(*) OVER ())::INTEGER AS s
	FROM (SELECT ticker, row_number() OVER (ORDER BY ticker)::INTEGER AS tid
		FROM (SELECT DISTINCT ticker FROM event_tickers UNION SELECT 'T00000'))
), m AS (
	SELECT date, adj_close / lag(adj_close) OVER (ORDER BY date) - 1 AS x FROM prices WHERE ticker = 'T00000'
), r AS MATERIALIZED (
	-- Two ordered streams over the two halves of the tickers, side by side, the second numbered
	-- from 2^40.
	SELECT tid, date, g, x, y FROM (
		SELECT tid, date, x, row_number() OVER () AS g,
			CASE WHEN lag(tid) OVER () = tid THEN p / lag(p) OVER () - 1 END AS y
		FROM (SELECT tk.tid, p.date, p.adj_close AS p, m.x
			FROM prices p JOIN tk USING (ticker) LEFT JOIN m USING (date) WHERE tk.s = 0 ORDER BY tk.tid, p.date)
		UNION ALL
		SELECT tid, date, x, row_number() OVER () + 1099511627776 AS g,
			CASE WHEN lag(tid) OVER () = tid THEN p / lag(p) OVER () - 1 END AS y
		FROM (SELECT tk.tid, p.date, p.adj_close AS p, m.x
			FROM prices p JOIN tk USING (ticker) LEFT JOIN m USING (date) WHERE tk.s = 1 ORDER BY tk.tid, p.date))
), b AS (
	SELECT tid, min(g) AS g1, max(g) AS g2 FROM r GROUP BY tid
), ev AS (
	-- Through a one-row list, which resets the planner's estimate: the joins below build on the
	-- events' rows, not on r.
	SELECT unnest(l, recursive := true) FROM (SELECT list({ek: ek, g0: g0, g1: g1, g2: g2, lo: lo, hi: hi}) AS l FROM (
		SELECT row_number() OVER () AS ek, r.g AS g0, b.g1, b.g2, greatest(r.g - 250, b.g1) AS lo, r.g - 11 AS hi
		FROM events e JOIN event_tickers t USING (event_id) JOIN tk USING (ticker)
		JOIN r ON r.tid = tk.tid AND r.date = e.start_date JOIN b ON b.tid = tk.tid))
), evb AS (
	SELECT *, (lo + 31) // 32 AS bl, (hi + 1) // 32 - 1 AS bh FROM ev
), blk AS (
	SELECT g // 32 AS bk, count(x * y) AS n, sum(x) FILTER (y IS NOT NULL) AS sx, sum(y) FILTER (x IS NOT NULL) AS sy,
		sum(x * y) AS sxy, sum(x * x) FILTER (y IS NOT NULL) AS sxx
	FROM r GROUP BY 1
), w AS (
	SELECT * FROM (VALUES (-1, 1), (0, 5), (-5, 20)) AS w(wa, wb)
), rows AS (
	-- Ranges of rows (the ragged ends, the windows), found in r by their 32-row blocks.
	SELECT *, unnest(range(a // 32, b // 32 + 1)) AS bk FROM (
		SELECT ek, NULL::INTEGER AS wa, unnest(CASE WHEN bl <= bh THEN [{a: lo, b: 32 * bl - 1}, {a: 32 * bh + 32, b: hi}]
			ELSE [{a: lo, b: hi}] END, recursive := true) FROM evb
		UNION ALL
		SELECT ev.ek, w.wa, greatest(ev.g0 + w.wa, ev.g1) AS a, least(ev.g0 + w.wb, ev.g2) AS b FROM ev CROSS JOIN w)
	WHERE a <= b
), sums AS MATERIALIZED (
	SELECT rows.ek, rows.wa, count(r.x * r.y) AS n, sum(r.x) FILTER (r.y IS NOT NULL) AS sx,
		sum(r.y) FILTER (r.x IS NOT NULL) AS sy, sum(r.x * r.y) AS sxy, sum(r.x * r.x) FILTER (r.y IS NOT NULL) AS sxx
	FROM rows JOIN r ON r.g // 32 = rows.bk AND r.g BETWEEN rows.a AND rows.b GROUP BY rows.ek, rows.wa
), fit AS (
	SELECT ek, n, (sxy - sx * sy / n) / nullif(sxx - sx * sx / n, 0) AS beta, sx / n AS mx, sy / n AS my
	FROM (SELECT ek, sum(n) AS n, sum(sx) AS sx, sum(sy) AS sy, sum(sxy) AS sxy, sum(sxx) AS sxx FROM (
		SELECT k.ek, blk.n, blk.sx, blk.sy, blk.sxy, blk.sxx
		FROM (SELECT ek, unnest(range(bl, bh + 1)) AS bk FROM evb) k JOIN blk USING (bk)
		UNION ALL SELECT ek, n, sx, sy, sxy, sxx FROM sums WHERE wa IS NULL) GROUP BY ek)
)
SELECT count(*), sum(CASE WHEN f.n >= 60 AND f.beta IS NOT NULL THEN s.sy - s.n * (f.my - f.beta * f.mx) - f.beta * s.sx
	ELSE s.sy - s.sx END)
FROM sums s LEFT JOIN fit f USING (ek) WHERE s.wa IS NOT NULL`

func main() {
	db := flag.String("db", "bench/out/study.duckdb", "database (built from the universe if missing)")
	dir := flag.String("dir", "bench/out/universe25", "universe directory (generated if missing)")
	tickers := flag.Int("tickers", 5000, "tickers to generate")
	days := flag.Int("days", 5000, "days per ticker to generate")
	events := flag.Int("events", 100000, "events to study")
	bin := flag.String("eventline", "", "eventline binary to measure (default: the current code, built into bench/out/eventline)")
	mode := flag.String("mode", "", "internal: study, sql or summary, run in this process")
	modes := flag.String("modes", "study,sql,summary", "contenders to time, comma-separated (empty: only prepare the database); study:N measures with batches of N tickers")
	runs := flag.Int("runs", 1, "runs of each contender, interleaved; the minimum is reported")
	memory := flag.String("memory", "", "DuckDB memory_limit for the contenders (default: DuckDB's, 80% of RAM)")
	settings := flag.String("settings", "", "more DuckDB settings for the contenders, as name=value&name=value (e.g. allocator_flush_threshold=1GB)")
	batch := flag.Int("batch", 0, "tickers a study statement measures (StudyOptions.BatchTickers; 0: analytics.DefaultBatchTickers)")
	flag.Parse()
	var err error
	if *mode != "" {
		err = runMode(*mode, *db, *memory, *settings, *batch)
	} else {
		err = bench(*db, *dir, *tickers, *days, *events, *bin, *modes, *runs, *memory, *settings, *batch)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func runMode(mode, path, memory, settings string, batch int) error {
	ctx := context.Background()
	// Opened as eventline opens its databases (store.DSN: its DuckDB settings), read-only.
	dsn := store.DSN(path, true)
	if memory != "" {
		dsn += "&memory_limit=" + memory
	}
	if settings != "" {
		dsn += "&" + settings
	}
	db, err := sql.Open("duckdb", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	// study:N (or study-daily:N) measures with batches of N tickers, to compare sizes in one run.
	if m, n, ok := strings.Cut(mode, ":"); ok {
		if batch, err = strconv.Atoi(n); err != nil || batch < 1 {
			return fmt.Errorf("mode %q: the batch after the colon must be a positive number", mode)
		}
		mode = m
	}
	switch mode {
	case "study", "study-daily":
		opts := analytics.DefaultStudyOptions()
		opts.Benchmark = benchmarkTicker
		opts.BatchTickers = batch
		// study-daily adds the tests on daily abnormal returns (--daily-tests), off by default.
		opts.DailyTests = mode == "study-daily"
		rs, _, err := analytics.Study(ctx, db, opts)
		if err != nil {
			return err
		}
		aggs := analytics.Aggregates(rs, "all")
		if opts.DailyTests {
			if err := analytics.DailyTests(ctx, db, opts, rs, "all", aggs); err != nil {
				return err
			}
		}
		var car float64
		for _, r := range rs {
			if !math.IsNaN(r.CAR) {
				car += r.CAR
			}
		}
		fmt.Fprintf(os.Stderr, "study: %d event windows, %d aggregates, CARs sum to %.9f\n", len(rs), len(aggs), car)
	case "sql":
		var n int64
		var car float64
		if err := db.QueryRowContext(ctx, handTuned).Scan(&n, &car); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "hand-tuned: %d event windows, CARs sum to %.9f\n", n, car)
	case "summary":
		ss, err := analytics.Summary(ctx, db, analytics.SummaryOptions{Benchmark: benchmarkTicker})
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "summary: %d tickers\n", len(ss))
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	return nil
}

func prepare(path, dir string, tickers, days, events int, bin string) error {
	if _, err := os.Stat(path); err != nil {
		if err := universe.Ensure(dir, tickers, days); err != nil {
			return err
		}
		bin, err := universe.BuildEventline(bin)
		if err != nil {
			return err
		}
		cmd := exec.Command(bin, "--db", path, "ingest", "prices", dir)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	db, err := sql.Open("duckdb", path)
	if err != nil {
		return err
	}
	defer db.Close()
	// Events on trading days chosen by a hash of their number: the same every run, spread over
	// every ticker, with room for the estimation window before and the longest window after.
	for _, q := range []string{
		`DELETE FROM event_tickers`, `DELETE FROM events`,
		fmt.Sprintf(`INSERT INTO events (event_id, date, granularity, start_date, end_date, type, status, headline, origin)
			WITH cal AS (SELECT date, row_number() OVER (ORDER BY date) AS i FROM prices WHERE ticker = 'T00000'),
			ev AS (SELECT n, 300 + hash(n) %% ((SELECT count(*) FROM cal) - 330) AS i FROM range(%d) AS t(n))
			SELECT n + 1, strftime(cal.date, '%%Y-%%m-%%d'), 'day', cal.date, cal.date,
				['acquisition', 'product', 'earnings'][1 + n %% 3], 'occurred', 'event ' || n, 'curated'
			FROM ev JOIN cal USING (i)`, events),
		fmt.Sprintf(`INSERT INTO event_tickers (event_id, ticker) SELECT n + 1, 'T' || lpad((1 + n %% %d)::VARCHAR, 5, '0') FROM range(%d) AS t(n)`, tickers-1, events),
	} {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("prepare events: %w", err)
		}
	}
	return nil
}

type measure struct {
	wall time.Duration
	cpu  time.Duration // user + system: on a shared machine the figure that load does not inflate much
	rss  int64
}

func child(mode, db, memory, settings string, batch int) (measure, error) {
	self, err := os.Executable()
	if err != nil {
		return measure{}, err
	}
	cmd := exec.Command(self, "-mode", mode, "-db", db, "-memory", memory, "-settings", settings, "-batch", fmt.Sprint(batch))
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, fmt.Errorf("%s: %w", mode, err)
	}
	m := measure{wall: time.Since(start)}
	m.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.rss = ru.Maxrss
	}
	return m, nil
}

func bench(db, dir string, tickers, days, events int, bin, modes string, runs int, memory, settings string, batch int) error {
	if err := prepare(db, dir, tickers, days, events, bin); err != nil {
		return err
	}
	abs, _ := filepath.Abs(db)
	fmt.Printf("%s: %d events\n", abs, events)
	var order []string
	for m := range strings.SplitSeq(modes, ",") {
		if m = strings.TrimSpace(m); m != "" {
			order = append(order, m)
		}
	}
	best := map[string]measure{}
	for run := 1; run <= runs; run++ {
		for _, mode := range order {
			m, err := child(mode, db, memory, settings, batch)
			if err != nil {
				return err
			}
			fmt.Printf("run %d %-10s %7.2fs  cpu %7.2fs  peak RSS %6.0f MiB\n", run, mode, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/1024)
			b, ok := best[mode]
			if !ok || m.wall < b.wall {
				b.wall = m.wall
			}
			if !ok || m.cpu < b.cpu {
				b.cpu = m.cpu
			}
			b.rss = max(b.rss, m.rss)
			best[mode] = b
		}
	}
	// Each contender once in the summary, though -modes may name it more than once.
	seen := map[string]bool{}
	order = slices.DeleteFunc(order, func(m string) bool { dup := seen[m]; seen[m] = true; return dup })
	for _, mode := range order {
		fmt.Printf("min %-10s %7.2fs  cpu %7.2fs  max peak RSS %6.0f MiB\n", mode, best[mode].wall.Seconds(), best[mode].cpu.Seconds(), float64(best[mode].rss)/1024)
	}
	if h, ok := best["sql"]; ok {
		for _, mode := range order {
			if s := best[mode]; mode == "study" || strings.HasPrefix(mode, "study:") {
				fmt.Printf("ratio %s / hand-tuned SQL  %.2fx wall, %.2fx cpu\n", mode, s.wall.Seconds()/h.wall.Seconds(), s.cpu.Seconds()/h.cpu.Seconds())
			}
		}
	}
	return nil
}
