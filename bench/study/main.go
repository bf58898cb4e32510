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
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/bench/universe"
)

const benchmarkTicker = "T00000" // the synthetic market

// handTuned is the study as one lean statement: the estimation fit and the window CARs under the
// market model, nothing else.
const handTuned = `
WITH r AS MATERIALIZED (
	SELECT ticker, date, row_number() OVER w AS i, adj_close / lag(adj_close) OVER w - 1 AS ret
	FROM prices WINDOW w AS (PARTITION BY ticker ORDER BY date)
), m AS (
	SELECT date, ret AS mret FROM r WHERE ticker = 'T00000'
), ev AS (
	SELECT e.event_id, t.ticker, r.i AS i0
	FROM events e JOIN event_tickers t USING (event_id) JOIN r ON r.ticker = t.ticker AND r.date = e.start_date
), est AS (
	SELECT ev.event_id, regr_slope(r.ret, m.mret) AS b, regr_intercept(r.ret, m.mret) AS a
	FROM ev CROSS JOIN range(-250, -10) AS k(off)
	JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k.off JOIN m ON m.date = r.date
	GROUP BY ev.event_id
), w AS (
	SELECT * FROM (VALUES (-1, 1), (0, 5), (-5, 20)) AS w(wa, wb)
)
SELECT count(*), sum(car) FROM (
	SELECT ev.event_id, w.wa, w.wb, sum(r.ret - (est.a + est.b * m.mret)) AS car
	FROM ev JOIN est USING (event_id) CROSS JOIN w CROSS JOIN LATERAL range(w.wa, w.wb + 1) AS k(off)
	JOIN r ON r.ticker = ev.ticker AND r.i = ev.i0 + k.off JOIN m ON m.date = r.date
	GROUP BY ALL)`

func main() {
	db := flag.String("db", "bench/out/study.duckdb", "database (built from the universe if missing)")
	dir := flag.String("dir", "bench/out/universe25", "universe directory (generated if missing)")
	tickers := flag.Int("tickers", 5000, "tickers to generate")
	days := flag.Int("days", 5000, "days per ticker to generate")
	events := flag.Int("events", 100000, "events to study")
	bin := flag.String("eventline", "bench/out/eventline", "eventline binary (built if missing)")
	mode := flag.String("mode", "", "internal: study, sql or summary, run in this process")
	modes := flag.String("modes", "study,sql,summary", "contenders to time, comma-separated (empty: only prepare the database)")
	runs := flag.Int("runs", 1, "runs of each contender, interleaved; the minimum is reported")
	flag.Parse()
	var err error
	if *mode != "" {
		err = runMode(*mode, *db)
	} else {
		err = bench(*db, *dir, *tickers, *days, *events, *bin, *modes, *runs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func runMode(mode, path string) error {
	ctx := context.Background()
	db, err := sql.Open("duckdb", path+"?access_mode=READ_ONLY")
	if err != nil {
		return err
	}
	defer db.Close()
	switch mode {
	case "study":
		opts := analytics.DefaultStudyOptions()
		opts.Benchmark = benchmarkTicker
		rs, _, err := analytics.Study(ctx, db, opts)
		if err != nil {
			return err
		}
		aggs := analytics.Aggregates(rs, "all")
		fmt.Fprintf(os.Stderr, "study: %d event windows, %d aggregates\n", len(rs), len(aggs))
	case "sql":
		var n int64
		var car float64
		if err := db.QueryRowContext(ctx, handTuned).Scan(&n, &car); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "hand-tuned: %d event windows\n", n)
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
		if err := universe.BuildEventline(bin); err != nil {
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
		fmt.Sprintf(`INSERT INTO event_tickers SELECT n + 1, 'T' || lpad((1 + n %% %d)::VARCHAR, 5, '0') FROM range(%d) AS t(n)`, tickers-1, events),
	} {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("prepare events: %w", err)
		}
	}
	return nil
}

type measure struct {
	wall time.Duration
	rss  int64
}

func child(mode, db string) (measure, error) {
	self, err := os.Executable()
	if err != nil {
		return measure{}, err
	}
	cmd := exec.Command(self, "-mode", mode, "-db", db)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, fmt.Errorf("%s: %w", mode, err)
	}
	m := measure{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.rss = ru.Maxrss
	}
	return m, nil
}

func bench(db, dir string, tickers, days, events int, bin, modes string, runs int) error {
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
			m, err := child(mode, db)
			if err != nil {
				return err
			}
			fmt.Printf("run %d %-10s %7.2fs  peak RSS %6.0f MiB\n", run, mode, m.wall.Seconds(), float64(m.rss)/1024)
			b, ok := best[mode]
			if !ok || m.wall < b.wall {
				b.wall = m.wall
			}
			b.rss = max(b.rss, m.rss)
			best[mode] = b
		}
	}
	for _, mode := range order {
		fmt.Printf("min %-10s %7.2fs  max peak RSS %6.0f MiB\n", mode, best[mode].wall.Seconds(), float64(best[mode].rss)/1024)
	}
	if s, ok := best["study"]; ok {
		if h, ok := best["sql"]; ok {
			fmt.Printf("ratio study / hand-tuned SQL  %.2fx\n", s.wall.Seconds()/h.wall.Seconds())
		}
	}
	return nil
}
