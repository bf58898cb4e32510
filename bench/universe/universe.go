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

// Quirks are the irregularities of a real Yahoo universe (6,474 tickers, 24.5M rows, 1962-2020)
// that a generated one can carry, each as a share of rows or tickers.
type Quirks struct {
	// ZeroOpenTickers is the share of tickers with Open = 0 rows (Yahoo's "no opening price"), and
	// ZeroOpenHistory the share of each one's oldest history where they are: in the real universe
	// 624 of 6,474 tickers (10%) have them, 3.6% of all rows, nearly all in older history. On those
	// rows High and Low often equal the close.
	ZeroOpenTickers, ZeroOpenHistory float64
	// NullRows is the share of rows that are a date and `null` everywhere else (days without trade).
	NullRows float64
	// BadRows is the share of rows that are truly inconsistent: low above high, or a close of 0.
	BadRows float64
	// UnderscoreNames is the share of files named with a leading '_' (the vendor's '^').
	UnderscoreNames float64
}

// Yahoo are the quirks as measured on the real universe: Open = 0 on 3.6% of rows (10% of tickers,
// their oldest 36%), null rows 0.27% (as in ../shared/data/universe-sample), about 330 truly bad
// rows in 24.5M, and a few names starting with '_'.
var Yahoo = Quirks{ZeroOpenTickers: 0.10, ZeroOpenHistory: 0.36, NullRows: 0.0027, BadRows: 330 / 24.5e6, UnderscoreNames: 0.002}

// Generate writes tickers files of days rows each into dir, all of them well-formed.
func Generate(dir string, tickers, days int, seed uint64) error {
	return GenerateWith(dir, tickers, days, seed, Quirks{})
}

// GenerateWith writes tickers files of days rows each into dir with the given quirks.
func GenerateWith(dir string, tickers, days int, seed uint64, q Quirks) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	calendar := tradingDays(days)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var line []byte
	for i := 0; i < tickers; i++ {
		name := Ticker(i) + ".csv"
		if q.UnderscoreNames > 0 && rng.Float64() < q.UnderscoreNames {
			name = "_" + name
		}
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		w := bufio.NewWriterSize(f, 1<<20)
		w.WriteString("Date,Open,High,Low,Close,Adj Close,Volume\n")
		price := 10 + rng.Float64()*90
		vol := 0.01 + rng.Float64()*0.03
		zeroOpenUntil := 0
		if q.ZeroOpenTickers > 0 && rng.Float64() < q.ZeroOpenTickers {
			zeroOpenUntil = int(float64(len(calendar)) * q.ZeroOpenHistory)
		}
		for j, d := range calendar {
			line = line[:0]
			line = append(line, d...)
			if q.NullRows > 0 && rng.Float64() < q.NullRows {
				line = append(line, ",null,null,null,null,null,null\n"...)
				w.Write(line)
				continue
			}
			open := price * math.Exp(rng.NormFloat64()*vol/4)
			closeP := price * math.Exp(rng.NormFloat64()*vol)
			high := math.Max(open, closeP) * (1 + rng.Float64()*vol/2)
			low := math.Min(open, closeP) * (1 - rng.Float64()*vol/2)
			if j < zeroOpenUntil {
				open, high, low = 0, math.Max(high, closeP), math.Min(low, closeP)
				if rng.Float64() < 0.3 {
					high, low = closeP, closeP
				}
			}
			if q.BadRows > 0 && rng.Float64() < q.BadRows {
				if rng.IntN(2) == 0 {
					high, low = low, high
				} else {
					closeP = 0
				}
			}
			for _, v := range []float64{open, high, low, closeP, closeP * 0.98} {
				line = append(line, ',')
				line = strconv.AppendFloat(line, v, 'f', 6, 64)
			}
			line = append(line, ',')
			line = strconv.AppendInt(line, int64(1e5+rng.Float64()*5e6), 10)
			line = append(line, '\n')
			w.Write(line)
			if closeP > 0 {
				price = closeP
			}
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
	return EnsureWith(dir, tickers, days, Quirks{})
}

// EnsureWith generates the universe with quirks q into dir unless dir already exists.
func EnsureWith(dir string, tickers, days int, q Quirks) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	fmt.Fprintf(os.Stderr, "generating %d tickers x %d days into %s (quirks %+v)\n", tickers, days, dir, q)
	return GenerateWith(dir, tickers, days, 1, q)
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
