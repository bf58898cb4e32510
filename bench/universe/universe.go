// Package universe writes a synthetic universe of daily prices in Yahoo Finance CSV format, with a fixed
// seed so that every run of a benchmark reads the same bytes.
package universe

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// tradingDays returns n weekdays ending on 2020-12-31.
func tradingDays(n int) []string {
	days := make([]string, 0, n)
	for d := time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC); len(days) < n; d = d.AddDate(0, 0, -1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = append(days, d.Format("2006-01-02"))
		}
	}
	for i, j := 0, len(days)-1; i < j; i, j = i+1, j-1 {
		days[i], days[j] = days[j], days[i]
	}
	return days
}

// Ticker names the i-th synthetic ticker; the event-study benchmark uses the same names.
func Ticker(i int) string { return fmt.Sprintf("T%05d", i) }

// Generate writes tickers files of days rows each into dir.
func Generate(dir string, tickers, days int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	calendar := tradingDays(days)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var line []byte
	for i := 0; i < tickers; i++ {
		f, err := os.Create(filepath.Join(dir, Ticker(i)+".csv"))
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		w.WriteString("Date,Open,High,Low,Close,Adj Close,Volume\n")
		price := 10 + rng.Float64()*90
		vol := 0.01 + rng.Float64()*0.03
		for _, d := range calendar {
			open := price * math.Exp(rng.NormFloat64()*vol/4)
			closeP := price * math.Exp(rng.NormFloat64()*vol)
			high := math.Max(open, closeP) * (1 + rng.Float64()*vol/2)
			low := math.Min(open, closeP) * (1 - rng.Float64()*vol/2)
			line = line[:0]
			line = append(line, d...)
			for _, v := range []float64{open, high, low, closeP, closeP * 0.98} {
				line = append(line, ',')
				line = strconv.AppendFloat(line, v, 'f', 6, 64)
			}
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(1e5+rng.Float64()*5e6), 10)
			line = append(line, '\n')
			w.Write(line)
			price = closeP
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Ensure generates the universe into dir unless dir already exists.
func Ensure(dir string, tickers, days int) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	fmt.Fprintf(os.Stderr, "generating %d tickers x %d days into %s\n", tickers, days, dir)
	return Generate(dir, tickers, days, 1)
}

// BuildEventline returns the eventline binary to measure: bin when given, else the current code,
// built afresh into bench/out/eventline (go build reuses its cache, so an unchanged tree costs a
// second), so that a benchmark never measures a stale build.
func BuildEventline(bin string) (string, error) {
	if bin != "" {
		if _, err := os.Stat(bin); err != nil {
			return "", fmt.Errorf("eventline binary: %w", err)
		}
		return bin, nil
	}
	bin = filepath.Join("bench", "out", "eventline")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/eventline").CombinedOutput(); err != nil {
		return "", fmt.Errorf("build eventline: %v\n%s", err, out)
	}
	return bin, nil
}
