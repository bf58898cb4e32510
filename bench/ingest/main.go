// Command ingest benchmarks `eventline ingest prices` against raw DuckDB loading the same files.
//
// Both run as child processes on a fresh database each, so that wall time and peak memory
// (the child's maximum resident set) are measured the same way in the same run.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/eventline/eventline/bench/universe"
)

const yahooColumns = `{'Date': 'DATE', 'Open': 'DOUBLE', 'High': 'DOUBLE', 'Low': 'DOUBLE', 'Close': 'DOUBLE', 'Adj Close': 'DOUBLE', 'Volume': 'BIGINT'}`

// The raw baselines: DuckDB's reader with explicit types and no validation (Yahoo's `null` cells
// read as NULL, as they must be for the typed columns to parse). The first is the bare parse; the
// second builds the same table shape as eventline (a ticker from the file name).
var rawQueries = map[string]string{
	"raw":        `CREATE TABLE prices AS SELECT * FROM read_csv(%s, columns = ` + yahooColumns + `, header = true, nullstr = 'null')`,
	"raw-ticker": `CREATE TABLE prices AS SELECT upper(ltrim(parse_filename(filename, true), '^_')) AS ticker, * EXCLUDE (filename) FROM read_csv(%s, columns = ` + yahooColumns + `, header = true, nullstr = 'null', filename = true)`,
}

func main() {
	dir := flag.String("dir", "", "universe directory, generated if missing (default bench/out/universe-yahoo, or bench/out/universe with -quirks=false)")
	quirks := flag.Bool("quirks", true, "generate the universe with real Yahoo quirks (Open = 0, null rows, bad rows, '_' names) and ingest it with --lenient")
	again := flag.Bool("again", true, "also time a second ingest of the same files (every row unchanged)")
	tickers := flag.Int("tickers", 2000, "tickers to generate")
	days := flag.Int("days", 5000, "days per ticker to generate")
	bin := flag.String("eventline", "", "eventline binary to measure (default: the current code, built into bench/out/eventline)")
	runs := flag.Int("runs", 3, "repetitions; the minimum and median of each are reported")
	rawMode := flag.String("raw", "", "internal: run one raw baseline into -db")
	db := flag.String("db", "", "internal: database for -raw")
	flag.Parse()
	if *rawMode != "" {
		if err := runRaw(*rawMode, *db, *dir); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *dir == "" {
		*dir = "bench/out/universe"
		if *quirks {
			*dir = "bench/out/universe-yahoo"
		}
	}
	if err := bench(*dir, *tickers, *days, *bin, *runs, *quirks, *again); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func runRaw(mode, db, dir string) error {
	conn, err := sql.Open("duckdb", db)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.ExecContext(context.Background(), fmt.Sprintf(rawQueries[mode], "'"+filepath.Join(dir, "*.csv")+"'"))
	return err
}

type measure struct {
	wall time.Duration
	cpu  time.Duration // user + system: steadier than wall time on a busy machine
	rss  int64         // KiB
}

func timeChild(name string, args ...string) (measure, error) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, fmt.Errorf("%s %v: %w", name, args, err)
	}
	m := measure{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.rss = ru.Maxrss
		m.cpu = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	}
	return m, nil
}

func bench(dir string, tickers, days int, bin string, runs int, quirks, again bool) error {
	q := universe.Quirks{}
	if quirks {
		q = universe.Yahoo
	}
	if err := universe.EnsureWith(dir, tickers, days, q); err != nil {
		return err
	}
	bin, err := universe.BuildEventline(bin)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "ingest-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	fmt.Printf("%d files in %s\n", len(files), dir)
	names := []string{"raw", "raw-ticker", "eventline"}
	if again {
		names = append(names, "eventline-again")
	}
	ingest := []string{"ingest", "prices", dir}
	if quirks {
		ingest = []string{"ingest", "prices", "--lenient", dir}
	}
	results := map[string][]measure{}
	// Interleaved repetitions, so that a slow spell of the machine hits every contender alike.
	for r := 0; r < runs; r++ {
		eventlineDB := filepath.Join(tmp, fmt.Sprintf("e%d.duckdb", r))
		for _, name := range names {
			var m measure
			var err error
			switch name {
			case "eventline", "eventline-again": // the second finds every row stored: all unchanged
				m, err = timeChild(bin, append([]string{"--db", eventlineDB}, ingest...)...)
			default:
				m, err = timeChild(self, "-raw", name, "-db", filepath.Join(tmp, fmt.Sprintf("%s%d.duckdb", name, r)), "-dir", dir)
			}
			if err != nil {
				return err
			}
			results[name] = append(results[name], m)
		}
		for _, f := range []string{eventlineDB} {
			os.Remove(f)
		}
	}
	fmt.Printf("%-16s %9s %9s %9s %9s %14s\n", "run", "min", "median", "cpu min", "cpu med", "max peak RSS")
	best, bestCPU := map[string]float64{}, map[string]float64{}
	for _, name := range names {
		ms := results[name]
		walls := make([]float64, len(ms))
		cpus := make([]float64, len(ms))
		var rss int64
		for i, m := range ms {
			walls[i] = m.wall.Seconds()
			cpus[i] = m.cpu.Seconds()
			rss = max(rss, m.rss)
		}
		sort.Float64s(walls)
		sort.Float64s(cpus)
		best[name], bestCPU[name] = walls[0], cpus[0]
		fmt.Printf("%-16s %8.2fs %8.2fs %8.2fs %8.2fs %10.0f MiB\n", name, walls[0], walls[len(walls)/2], cpus[0], cpus[len(cpus)/2], float64(rss)/1024)
	}
	fmt.Printf("ratio eventline / raw         %.2fx wall, %.2fx cpu (min over min)\n", best["eventline"]/best["raw"], bestCPU["eventline"]/bestCPU["raw"])
	fmt.Printf("ratio eventline / raw-ticker  %.2fx wall, %.2fx cpu (min over min)\n", best["eventline"]/best["raw-ticker"], bestCPU["eventline"]/bestCPU["raw-ticker"])
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average %s", la)
	}
	return nil
}
