package usecase

import (
	"context"
	"database/sql"
	"slices"

	"github.com/eventline/eventline/analytics"
)

// StudyOptions say what to study and what to keep.
type StudyOptions struct {
	// Study is the event study to run; its Benchmark "" means the default one.
	Study analytics.StudyOptions
	// By groups the statistics: all, ticker or type.
	By string
	// PathDays, when above 0, adds the windows of the CAR path from day -k to +k: they give Path
	// and are neither in Returns nor stored.
	PathDays int
	// Save replaces the event_returns and event_study tables with this study.
	Save bool
}

// StudyResult is an event study.
type StudyResult struct {
	Benchmark string
	// Returns are the event windows of Study.Windows; Aggregates their statistics across events.
	Returns    []analytics.EventReturn
	Aggregates []analytics.Aggregate
	// Aligned are the events with their event days; those without one carry the reason.
	Aligned []analytics.Alignment
	// Path is the mean CAR path over PathDays, when asked for.
	Path analytics.CARPath
	// Studied counts the (event, ticker) pairs with an event day.
	Studied int
	// Notes are what the study's design did that a reader should know: price_move events left
	// out, overlapping windows, t0 moved past an after-close release, CARs left empty (NULL) for
	// a missing benchmark price. They describe Returns, not the path windows.
	Notes []string
}

// Study runs an event study against the benchmark (Required), for the `study` command, the
// report, the study chart and the summary by event type.
func Study(ctx context.Context, db *sql.DB, opts StudyOptions) (*StudyResult, error) {
	so := opts.Study
	bench, err := Benchmark(ctx, db, so.Benchmark, Required)
	if err != nil {
		return nil, err
	}
	so.Benchmark = bench
	so.Windows = slices.Clone(so.Windows)
	if opts.PathDays > 0 {
		for _, w := range analytics.PathWindows(opts.PathDays) {
			if !slices.Contains(so.Windows, w) {
				so.Windows = append(so.Windows, w)
			}
		}
	}
	rs, aligned, err := analytics.Study(ctx, db, so)
	if err != nil {
		return nil, err
	}
	res := &StudyResult{Benchmark: bench, Aligned: aligned}
	type key struct {
		id     int64
		ticker string
	}
	studied := map[key]bool{}
	for _, r := range rs {
		studied[key{r.EventID, r.Ticker}] = true
		if slices.Contains(opts.Study.Windows, r.Window) {
			res.Returns = append(res.Returns, r)
		}
	}
	res.Studied = len(studied)
	res.Notes = analytics.StudyNotes(opts.Study, aligned, res.Returns)
	res.Aggregates = analytics.Aggregates(res.Returns, opts.By)
	if so.DailyTests {
		if err := analytics.DailyTests(ctx, db, so, res.Returns, opts.By, res.Aggregates); err != nil {
			return nil, err
		}
	}
	if opts.PathDays > 0 {
		res.Path = analytics.CARPaths(rs, opts.PathDays)
	}
	if opts.Save {
		if err := analytics.SaveStudy(ctx, db, bench, opts.By, res.Returns, res.Aggregates); err != nil {
			return nil, err
		}
	}
	return res, nil
}
