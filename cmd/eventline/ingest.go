package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jedib0t/go-pretty/v6/progress"
	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/prices"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/english"
	"github.com/eventline/eventline/internal/table"
	"github.com/eventline/eventline/usecase"
)

type ingestPricesOptions struct {
	IO      *IOStreams
	Store   func(ctx context.Context, readOnly bool) (*store.Store, error)
	Load    prices.Options
	Verbose bool
	Format  table.Format
}

func newCmdIngestPrices(f *factory) *cobra.Command {
	opts := &ingestPricesOptions{IO: f.IO, Store: f.OpenStore}
	var maps []string
	cmd := &cobra.Command{
		Use:   "prices PATH...",
		Short: "Load daily prices from CSV files (Yahoo, Stooq or any CSV)",
		Long: `Load daily price series from CSV files, directories (every *.csv inside) and glob patterns.

Yahoo Finance (Date,Open,High,Low,Close,Adj Close,Volume) and Stooq (Date,Open,High,Low,Close,Volume)
headers are recognized; header matching ignores case, spaces and a UTF-8 BOM, and ',', ';', tab and
'|' delimiters are detected. Any other CSV loads with --map FIELD=COLUMN (fields: date, open, high,
low, close, adj_close, volume; date and close are required). The ticker comes from --ticker, else
the file name (GSPC.csv -> GSPC; a leading ^ or _ is dropped: _PRN.csv -> PRN). A file named like a
Yahoo index (^GSPC.csv) records its ticker as an index, whose charts and reports show
points rather than dollars; --kind stock|index|etf says what every ticker of the batch is.

Rows are parsed by DuckDB's CSV reader and checked in SQL: dates and numbers must parse, a ticker
has each date once, prices are positive, volume is a whole number and not negative, and
low <= open, close <= high. Any problem rejects the whole batch (nothing is written, exit status 2)
unless --lenient, which loads the good rows and files and keeps the bad ones (a row, or a whole
file it cannot read) in the ingest_rejects table. Yahoo's placeholder rows (a date with null
values) are skipped and counted; Yahoo's Open of 0 means no opening price: it is stored as NULL,
the row is checked without it and counted as repaired. Loading a file again is idempotent: rows are
upserted on (ticker, date) and counted as inserted, updated or unchanged.`,
		Example: `  eventline ingest prices data/VMW.csv data/GSPC.csv
  eventline ingest prices data/                      # every *.csv in data/
  eventline ingest prices 'stooq/*.csv' -v
  eventline ingest prices --ticker ACME --map date=Day,close=Price --date-format %d.%m.%Y acme.csv
  eventline ingest prices --lenient dirty.csv && eventline sql "SELECT * FROM ingest_rejects"`,
		Args: minArgs(1, "at least one file, directory or glob"),
	}
	cmd.Flags().StringVar(&opts.Load.Ticker, "ticker", "", "ticker for every file (default: from each file name)")
	cmd.Flags().StringSliceVar(&maps, "map", nil, "map fields to columns: `date=Day,close=Price,...`")
	cmd.Flags().StringVar(&opts.Load.DateFormat, "date-format", "", "strptime format of the date column, e.g. %m/%d/%Y (default ISO 8601)")
	cmd.Flags().StringVar(&opts.Load.Source, "source", "", "source label for the rows (default: yahoo, yfinance, stooq or csv as detected)")
	cmd.Flags().StringVar(&opts.Load.Kind, "kind", "", "what the tickers are: "+strings.Join(prices.SecurityKinds, "|")+" (default: an index for ^NAME.csv, else as stored)")
	cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions(prices.SecurityKinds, cobra.ShellCompDirectiveNoFileComp))
	cmd.Flags().BoolVar(&opts.Load.IgnoreExtra, "ignore-extra", false, "skip columns that map to no field instead of refusing the file")
	cmd.Flags().BoolVar(&opts.Load.Lenient, "lenient", false, "load the good rows and keep bad ones in ingest_rejects")
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "print counts per file")
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		if opts.Load.Kind != "" && !slices.Contains(prices.SecurityKinds, opts.Load.Kind) {
			return usageErrorf("--kind %q: use one of %s", opts.Load.Kind, strings.Join(prices.SecurityKinds, ", "))
		}
		opts.Load.Paths = args
		opts.Load.Map = map[string]string{}
		for _, m := range maps {
			field, col, ok := strings.Cut(m, "=")
			if !ok || strings.TrimSpace(field) == "" || strings.TrimSpace(col) == "" {
				return usageErrorf("--map %q: use FIELD=COLUMN, e.g. --map close=Price", m)
			}
			opts.Load.Map[strings.ToLower(strings.TrimSpace(field))] = strings.TrimSpace(col)
		}
		return runIngestPrices(cmd.Context(), opts)
	}
	return cmd
}

func runIngestPrices(ctx context.Context, opts *ingestPricesOptions) error {
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.IO.IsStdoutTTY() {
		bar := newProgressBar(opts.IO, "Loading prices")
		opts.Load.Progress = bar.set
		defer bar.stop()
	}
	sum, err := prices.Ingest(ctx, st.DB, opts.Load)
	if err != nil {
		return err
	}
	if opts.Verbose {
		t := table.New("ticker", "files", "format", "inserted", "updated", "unchanged", "rejected", "skipped", "repaired")
		for _, f := range sum.Files {
			t.Append(f.Ticker, strings.Join(f.Files, ", "), f.Format, f.Inserted, f.Updated, f.Unchanged, f.Rejected, f.Skipped, f.Repaired)
		}
		if err := table.Write(opts.IO.Out, opts.Format, t); err != nil {
			return err
		}
	}
	fmt.Fprintf(opts.IO.ErrOut, "Loaded %s, %s into %s: %d inserted, %d updated, %d unchanged, %d rejected, %d skipped (ingest %d)\n",
		english.Count(countFiles(sum), "file"), english.Count(len(sum.Files), "ticker"), st.Path, sum.Inserted, sum.Updated, sum.Unchanged, sum.Rejected, sum.Skipped, sum.IngestID)
	if sum.Repaired > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "Repaired %s: Yahoo's Open of 0 (no opening price) stored as NULL\n", english.Count(int(sum.Repaired), "row"))
	}
	for i, p := range sum.Refused {
		if i == badinput.MaxShown {
			fmt.Fprintf(opts.IO.ErrOut, "... and %d more\n", len(sum.Refused)-i)
			break
		}
		fmt.Fprintf(opts.IO.ErrOut, "Refused (not loaded): %s\n", p)
	}
	if sum.Rejected > 0 || len(sum.Refused) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "Rejected rows are in ingest_rejects: eventline sql \"SELECT file, line, column_name, value, rule FROM ingest_rejects WHERE ingest_id = %d\"\n", sum.IngestID)
	}
	return nil
}

func countFiles(sum *prices.Summary) int {
	n := 0
	for _, f := range sum.Files {
		n += len(f.Files)
	}
	return n
}

// progressBar draws on stderr, and only when a person watches stdout.
type progressBar struct {
	pw      progress.Writer
	tracker *progress.Tracker
}

func newProgressBar(ios *IOStreams, message string) *progressBar {
	pw := progress.NewWriter()
	pw.SetOutputWriter(ios.ErrOut)
	pw.SetAutoStop(false)
	pw.SetTrackerLength(30)
	pw.SetUpdateFrequency(100e6)
	pw.Style().Visibility.ETA = true
	pw.Style().Visibility.Value = true
	t := &progress.Tracker{Message: message, Units: progress.UnitsBytes}
	pw.AppendTracker(t)
	go pw.Render()
	return &progressBar{pw: pw, tracker: t}
}

func (b *progressBar) set(done, total int64) {
	b.tracker.UpdateTotal(total)
	b.tracker.SetValue(done)
}

func (b *progressBar) stop() {
	b.tracker.MarkAsDone()
	b.pw.Stop()
	for b.pw.IsRenderInProgress() {
	}
}

type ingestEventsOptions struct {
	IO    *IOStreams
	Store func(ctx context.Context, readOnly bool) (*store.Store, error)
	Files []string
}

func newCmdIngestEvents(f *factory) *cobra.Command {
	opts := &ingestEventsOptions{IO: f.IO, Store: f.OpenStore}
	return &cobra.Command{
		Use:   "events FILE...",
		Short: "Load curated events from CSV or JSON",
		Long: `Load hand-curated events from CSV (.csv), JSON (.json: an array of objects) or JSON Lines
(.jsonl). Columns or keys: date, ticker (or tickers: "VMW;EMC"), type, title, and optionally status,
companies ("VMware;EMC"), source_url, notes.

Dates are ISO 8601 calendar values: 2007-08-14 for a day, or 2007-W33, 2007-08, 2007-Q3, 2007-H1,
2007 for coarser events. Types: ` + strings.Join(events.TypeNames(), ", ") + `.
Statuses: occurred (default), forecast, report. A curated event is identified by its date and
title: loading a file again updates those events instead of adding copies.`,
		Example: `  eventline ingest events anchors.csv
  eventline ingest events events.json`,
		Args: minArgs(1, "at least one events file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			return runIngestEvents(cmd.Context(), opts)
		},
	}
}

func runIngestEvents(ctx context.Context, opts *ingestEventsOptions) error {
	recs, err := usecase.ReadEvents(opts.Files)
	if err != nil {
		return err
	}
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := usecase.IngestEvents(ctx, st.DB, recs, len(opts.Files))
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Loaded %s from %s into %s: %d inserted, %d updated, %d unchanged\n",
		english.Count(len(recs), "event"), english.Count(len(opts.Files), "file"), st.Path, sum.Inserted, sum.Updated, sum.Unchanged)
	return nil
}
