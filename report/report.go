// Package report writes eventline's analyst report: one directory with a self-contained HTML page,
// the same in Markdown, every table as CSV, every chart as PNG and SVG, and queries.sql, the SQL
// that reproduces the tables from the database.
//
// It sits beside analytics and charts rather than in either because it combines both into
// documents that neither owns: analytics measures, charts draws, report lays the two out.
package report

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/eventline/eventline/usecase"
)

// Options say what to report on and where.
type Options struct {
	// Out is the directory to write; it is created if missing, and files of an earlier report
	// in it are replaced.
	Out string
	// Tickers to report on; empty means every ticker with events (and prices), else every ticker
	// with prices except the benchmark.
	Tickers []string
	// Benchmark is the market index for abnormal returns and the comparison chart; empty means
	// GSPC when it is loaded, else none (and no event study).
	Benchmark string
	// From and To limit prices and events to a range of days; zero means open.
	From, To time.Time
	// Title heads the documents; empty makes one from the tickers.
	Title string
	// Database names the database in the documents' parameters (display only).
	Database string
	// Generated is the time printed as the report's date; zero means now.
	Generated time.Time
}

// Result says what Write wrote.
type Result struct {
	Dir       string
	Files     []string // every file written, as paths under Dir, in the order written
	Tickers   []string
	Benchmark string // "" when none was loaded
	Events    int    // events in the timeline
	Studied   int    // events with an event day in the event study
	Claims    int
	// Notes are what a reader of stderr should know: events without an event day, a missing
	// benchmark, empty sections.
	Notes []string
}

// InputError is a problem with the options (an unknown ticker, an empty range), as opposed to a
// failure of the database or the file system. Commands exit with status 2 for it.
type InputError = usecase.InputError

func inputErrorf(format string, args ...any) error { return usecase.Inputf(format, args...) }

// Write gathers the report's data from db, draws its charts and writes the directory. The event
// study it runs replaces the event_returns and event_study tables, as `eventline study` does, so
// that queries.sql reproduces the study's tables; db must therefore be writable.
func Write(ctx context.Context, db *sql.DB, opts Options) (*Result, error) {
	if opts.Out == "" {
		return nil, inputErrorf("no output directory given")
	}
	if opts.Generated.IsZero() {
		opts.Generated = time.Now()
	}
	rd, err := usecase.Report(ctx, db, usecase.ReportOptions{Tickers: opts.Tickers, Benchmark: opts.Benchmark, From: opts.From, To: opts.To})
	if err != nil {
		return nil, err
	}
	if len(rd.Path.Paths) < minBand {
		rd.Path.Lower, rd.Path.Upper = nil, nil
	}
	d := &data{ReportData: rd, Title: opts.Title, Database: opts.Database, Generated: opts.Generated}
	if err := os.MkdirAll(filepath.Join(opts.Out, "charts"), 0o755); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	w := &writer{dir: opts.Out}
	doc, err := build(ctx, d, w)
	if err != nil {
		return nil, err
	}
	if err := doc.write(w); err != nil {
		return nil, err
	}
	return &Result{
		Dir:       opts.Out,
		Files:     w.files,
		Tickers:   d.Tickers,
		Benchmark: d.Benchmark,
		Events:    len(d.Events),
		Studied:   d.Studied,
		Claims:    len(d.Claims),
		Notes:     d.Notes,
	}, nil
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func dayOr(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return day(t)
}

// writer writes the report's files under dir and remembers them.
type writer struct {
	dir   string
	files []string
}

// file writes one file, name being slash-separated under the directory.
func (w *writer) file(name string, data []byte) error {
	if err := os.WriteFile(filepath.Join(w.dir, filepath.FromSlash(name)), data, 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	w.files = append(w.files, name)
	return nil
}

// IsInputError says whether err is a problem with the options rather than a failure.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}
