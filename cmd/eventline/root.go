package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/table"
)

const (
	exitOK      = 0
	exitFailure = 1
	exitBad     = 2
)

// usageError marks a mistake in how the command was called: exit status 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// silentError carries an exit status for a failure already reported on stderr.
type silentError struct{ code int }

func (e *silentError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func exitCode(err error) int {
	var u *usageError
	var b *badinput.Error
	var s *silentError
	switch {
	case errors.As(err, &s):
		return s.code
	case errors.As(err, &u), errors.As(err, &b):
		return exitBad
	}
	return exitFailure
}

func printError(ios *IOStreams, err error) {
	var s *silentError
	if errors.As(err, &s) {
		return
	}
	msg := err.Error()
	fmt.Fprintf(ios.ErrOut, "eventline: %s\n", msg)
	var u *usageError
	if errors.As(err, &u) && !strings.Contains(msg, "--help") {
		fmt.Fprintln(ios.ErrOut, "Run 'eventline --help' or 'eventline COMMAND --help' for usage.")
	}
}

// factory holds what every command needs: the streams and the database location.
type factory struct {
	IO     *IOStreams
	dbFlag string
}

// DBPath is --db, else $EVENTLINE_DB, else ./eventline.duckdb.
func (f *factory) DBPath() string { return store.ResolvePath(f.dbFlag) }

// OpenStore opens the database for a command.
func (f *factory) OpenStore(ctx context.Context, readOnly bool) (*store.Store, error) {
	st, err := store.Open(ctx, f.DBPath(), store.Options{ReadOnly: readOnly})
	if st != nil {
		for _, r := range st.Recovered { // a crash interrupted an ingest: say what opening undid
			fmt.Fprintf(f.IO.ErrOut, "eventline: warning: %s: %s\n", st.Path, r)
		}
	}
	return st, err
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	f := &factory{IO: ios}
	root := &cobra.Command{
		Use:   "eventline",
		Short: "Stock and corporate-event timeline analytics",
		Long: `eventline loads daily price series and news articles into one DuckDB database, pulls dated
corporate events out of the articles, joins them to trading days, measures what the market did
around them, and renders annotated charts, summary tables and reports. Everything stays queryable
with SQL (eventline sql).`,
		Example: `  eventline demo                       # the whole job on the built-in example
  eventline ingest prices data/*.csv
  eventline ingest articles --anchors events.csv news/*.md
  eventline events --ticker VMW
  eventline study --benchmark GSPC && eventline claims
  eventline report --out report/
  eventline sql "SELECT ticker, min(date), max(date) FROM prices GROUP BY ticker"`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.PersistentFlags().StringVar(&f.dbFlag, "db", "", "DuckDB database file (default $EVENTLINE_DB, else ./eventline.duckdb)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })

	ingest := &cobra.Command{
		Use:   "ingest",
		Short: "Load prices, events, articles, aliases or factors into the database",
		Args:  noArgs,
	}
	ingest.AddCommand(newCmdIngestPrices(f))
	ingest.AddCommand(newCmdIngestEvents(f))
	ingest.AddCommand(newCmdIngestArticles(f))
	ingest.AddCommand(newCmdIngestAliases(f))
	ingest.AddCommand(newCmdIngestFactors(f))
	root.AddCommand(ingest)
	root.AddCommand(newCmdDemo(f))
	root.AddCommand(newCmdExtract(f))
	root.AddCommand(newCmdEvents(f))
	root.AddCommand(newCmdEval(f))
	root.AddCommand(newCmdSQL(f, nil))
	root.AddCommand(newCmdInfo(f, nil))
	root.AddCommand(newCmdAliases(f, nil))
	root.AddCommand(newCmdExport(f, nil))
	root.AddCommand(newCmdStudy(f))
	root.AddCommand(newCmdSummary(f))
	root.AddCommand(newCmdClaims(f))
	root.AddCommand(newCmdChart(f, nil))
	root.AddCommand(newCmdReport(f))
	return root
}

// noArgs rejects stray arguments with a usage error (exit 2), and shows help for a bare group.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("%s: unknown command or argument %q", cmd.CommandPath(), args[0])
	}
	return nil
}

// minArgs is cobra.MinimumNArgs with a usage error.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("%s needs %s", cmd.CommandPath(), what)
		}
		return nil
	}
}

// formatFlag registers --format with the given choices and returns a getter that validates it.
func formatFlag(cmd *cobra.Command, def table.Format, allowed ...table.Format) func() (table.Format, error) {
	if len(allowed) == 0 {
		allowed = table.Formats
	}
	var names []string
	for _, a := range allowed {
		names = append(names, string(a))
	}
	var value string
	cmd.Flags().StringVar(&value, "format", string(def), "output format: "+strings.Join(names, "|"))
	return func() (table.Format, error) {
		f, err := table.ParseFormat(value, allowed...)
		if err != nil {
			return "", &usageError{err}
		}
		return f, nil
	}
}
