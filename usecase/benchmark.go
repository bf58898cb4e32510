package usecase

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/eventline/eventline/analytics"
)

// DefaultBenchmark is the market index a use case measures against when none is named (the
// S&P 500, GSPC); analytics names it, since its default study options carry it.
const DefaultBenchmark = analytics.DefaultBenchmark

// Need says what a use case does without a benchmark.
type Need int

const (
	// Optional: without the default benchmark the use case goes on without one (no days above
	// or below it, no event study), and says so.
	Optional Need = iota
	// Required: the use case measures against the benchmark and cannot run without one.
	Required
)

// Benchmark is the one policy for "which benchmark, and is it loaded?": name when given (it must
// have prices), else DefaultBenchmark when it has prices. Without it, a Required benchmark is an
// input error and an Optional one is "" (MissingBenchmark says so).
func Benchmark(ctx context.Context, db *sql.DB, name string, need Need) (string, error) {
	name = strings.ToUpper(strings.TrimSpace(name))
	cov, err := Coverage(ctx, db, time.Time{}, time.Time{})
	if err != nil {
		return "", err
	}
	named := name != ""
	if !named {
		name = DefaultBenchmark
	}
	if _, ok := cov[name]; ok {
		return name, nil
	}
	if !named && need == Optional {
		return "", nil
	}
	return "", Inputf("benchmark %s has no prices (loaded: %s): load it (eventline ingest prices %s.csv) or name another with --benchmark",
		name, loadedList(cov), name)
}

// MissingBenchmark is the note of a use case that went on without the default benchmark,
// saying what it left out.
func MissingBenchmark(without string) string {
	return fmt.Sprintf("No prices for the default benchmark %s (no benchmark loaded): %s; load it, or name another with --benchmark.", DefaultBenchmark, without)
}
