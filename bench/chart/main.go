// Command chart benchmarks `eventline chart`: one generated ticker of 5,000 trading days with 200
// events (fixed seed) in a fresh database, rendered to PNG and to SVG by the whole eventline
// process, against a matplotlib script (bench/chart/peer.py, pandas + matplotlib) drawing the same
// chart from the same data. The contenders run interleaved, several times; the minimum and median
// wall times of each are reported, with the ratios.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/eventline/eventline/bench/universe"
)

var types = []string{"ipo", "acquisition", "partnership", "product", "forecast", "analyst",
	"price_move", "legal", "criticism", "executive", "earnings", "other"}

func main() {
	out := flag.String("out", "bench/out/chart", "work directory: data, database and images")
	days := flag.Int("days", 5000, "trading days")
	events := flag.Int("events", 200, "events")
	runs := flag.Int("runs", 5, "repetitions of each contender")
	bin := flag.String("eventline", "", "eventline binary to measure (default: the current code, built into bench/out/eventline)")
	python := flag.String("python", "/usr/bin/python3", "python with pandas and matplotlib")
	flag.Parse()
	if err := bench(*out, *days, *events, *runs, *bin, *python); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func bench(dir string, days, events, runs int, bin, python string) error {
	bin, err := universe.BuildEventline(bin)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	uni := filepath.Join(dir, "universe")
	os.RemoveAll(uni)
	if err := universe.Generate(uni, 1, days, 1); err != nil {
		return err
	}
	prices := filepath.Join(uni, universe.Ticker(0)+".csv")
	evPath := filepath.Join(dir, "events.csv")
	if err := writeEvents(prices, evPath, events); err != nil {
		return err
	}
	db := filepath.Join(dir, "chart.duckdb")
	os.Remove(db)
	for _, args := range [][]string{{"ingest", "prices", prices}, {"ingest", "events", evPath}} {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s: %w", strings.Join(args, " "), err)
		}
	}
	peer := filepath.Join("bench", "chart", "peer.py")
	contenders := []struct {
		name string
		argv []string
	}{
		{"eventline png", []string{bin, "--db", db, "chart", "--ticker", universe.Ticker(0), "--out", filepath.Join(dir, "eventline.png")}},
		{"eventline svg", []string{bin, "--db", db, "chart", "--ticker", universe.Ticker(0), "--out", filepath.Join(dir, "eventline.svg")}},
		{"matplotlib png", []string{python, peer, prices, evPath, filepath.Join(dir, "matplotlib.png")}},
		{"matplotlib svg", []string{python, peer, prices, evPath, filepath.Join(dir, "matplotlib.svg")}},
	}
	times := make([][]time.Duration, len(contenders))
	for r := 0; r < runs; r++ {
		for i, c := range contenders {
			cmd := exec.Command(c.argv[0], c.argv[1:]...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s: %w\n%s", c.name, err, stderr.String())
			}
			times[i] = append(times[i], time.Since(start))
			if r == 0 && strings.HasPrefix(c.name, "eventline") {
				fmt.Print(stderr.String())
			}
		}
	}
	fmt.Printf("%d trading days, %d events, %d runs each (interleaved)\n", days, events, runs)
	fmt.Printf("%-16s %8s %8s\n", "contender", "min", "median")
	mins := make([]time.Duration, len(contenders))
	medians := make([]time.Duration, len(contenders))
	for i, c := range contenders {
		ts := slices.Clone(times[i])
		slices.Sort(ts)
		mins[i], medians[i] = ts[0], ts[len(ts)/2]
		fmt.Printf("%-16s %7.3fs %7.3fs\n", c.name, mins[i].Seconds(), medians[i].Seconds())
	}
	for i, f := range []string{"png", "svg"} {
		ratio := medians[i].Seconds() / medians[i+2].Seconds()
		fmt.Printf("%s: eventline / matplotlib (medians) %.2fx; targets: under 0.3 s %s, under 1/3 of matplotlib %s\n",
			f, ratio, met(medians[i] < 300*time.Millisecond), met(ratio < 1.0/3))
	}
	return nil
}

func met(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

// writeEvents picks events trading days of the generated series with a fixed seed, cycling
// through the event types, in eventline's curated CSV layout.
func writeEvents(prices, path string, n int) error {
	f, err := os.Open(prices)
	if err != nil {
		return err
	}
	defer f.Close()
	var dates []string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		d, _, _ := strings.Cut(sc.Text(), ",")
		dates = append(dates, d)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.Write([]string{"date", "ticker", "type", "title"})
	for i := 0; i < n; i++ {
		typ := types[i%len(types)]
		w.Write([]string{dates[rng.IntN(len(dates))], universe.Ticker(0), typ,
			fmt.Sprintf("Event %d: a %s headline of ordinary length for the legend", i+1, strings.ReplaceAll(typ, "_", " "))})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
