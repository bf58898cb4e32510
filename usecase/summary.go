package usecase

import (
	"context"
	"database/sql"
	"strings"

	"github.com/eventline/eventline/analytics"
)

// SummaryOptions select the tickers, range and benchmark of a summary.
type SummaryOptions struct {
	// Summary's Benchmark "" means the default one, when it is loaded.
	analytics.SummaryOptions
	// NoBenchmark leaves the benchmark out (no days above or below it).
	NoBenchmark bool
}

// SummaryResult describes each ticker over the range.
type SummaryResult struct {
	Benchmark string // "" when none
	Tickers   []analytics.TickerSummary
	Notes     []string
}

// Summary describes each selected ticker over the range against the benchmark (Optional).
// No prices in the range is an input error.
func Summary(ctx context.Context, db *sql.DB, opts SummaryOptions) (*SummaryResult, error) {
	res := &SummaryResult{}
	so := opts.SummaryOptions
	if opts.NoBenchmark {
		so.Benchmark = ""
	} else {
		named := so.Benchmark != ""
		var err error
		if so.Benchmark, err = Benchmark(ctx, db, so.Benchmark, Optional); err != nil {
			return nil, err
		}
		if so.Benchmark == "" && !named {
			res.Notes = append(res.Notes, MissingBenchmark("no days above or below it"))
		}
	}
	res.Benchmark = so.Benchmark
	var err error
	if res.Tickers, err = analytics.Summary(ctx, db, so); err != nil {
		return nil, err
	}
	if len(res.Tickers) == 0 {
		what := "any ticker"
		if len(so.Tickers) > 0 {
			what = strings.Join(so.Tickers, ", ")
		}
		return nil, Inputf("no prices for %s in that range", what)
	}
	return res, nil
}
