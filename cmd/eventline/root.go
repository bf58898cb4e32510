package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/outdir"
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
	case errors.As(err, &u), errors.As(err, &b), errors.As(err, new(*table.FieldError)),
		errors.Is(err, store.ErrNotDatabase), errors.Is(err, store.ErrNoFolder), outdir.IsRefused(err):
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

	cpuProfile  string       // --cpuprofile
	stopProfile func() error // set while a CPU profile is being written
}

// finish stops a CPU profile the command started, once it has returned.
func (f *factory) finish() error {
	if f.stopProfile == nil {
		return nil
	}
	stop := f.stopProfile
	f.stopProfile = nil
	return stop()
}

// DBPath is --db, else $EVENTLINE_DB, else ./eventline.duckdb.
func (f *factory) DBPath() string { return store.ResolvePath(f.dbFlag) }

// OpenStore opens the database for a command. A path that is not a DuckDB file (a CSV given as
// --db by mistake) is refused with exit status 2 before DuckDB can open it as a throwaway
// in-memory database.
func (f *factory) OpenStore(ctx context.Context, readOnly bool) (*store.Store, error) {
	path := f.DBPath()
	if err := store.CheckPath(path); err != nil {
		if errors.Is(err, store.ErrNotDatabase) {
			return nil, &usageError{err}
		}
		return nil, err
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: readOnly})
	if st != nil {
		for _, r := range st.Recovered { // a crash interrupted an ingest: say what opening undid
			fmt.Fprintf(f.IO.ErrOut, "eventline: warning: %s: %s\n", st.Path, r)
		}
	}
	return st, err
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	root, _ := newRoot(ios)
	return root
}

// newRoot is newRootCmd with the factory its commands share, which Main asks to finish.
func newRoot(ios *IOStreams) (*cobra.Command, *factory) {
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
	root.PersistentFlags().StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	root.PersistentFlags().MarkHidden("cpuprofile")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if f.cpuProfile != "" && f.stopProfile == nil {
			stop, err := startCPUProfile(f.cpuProfile)
			if err != nil {
				return err
			}
			f.stopProfile = stop
		}
		limit := -1
		if fl := cmd.Flags().Lookup("limit"); fl != nil && fl.Changed {
			n, err := strconv.Atoi(fl.Value.String())
			if err != nil || n < 0 {
				return usageErrorf("--limit %q: give a number of rows, 0 for all", fl.Value.String())
			}
			limit = n
		}
		fields, jq, err := jsonFlags(cmd)
		if err != nil {
			return err
		}
		ios.tableOut(limit)
		if scr, ok := ios.Out.(*table.Screen); ok {
			scr.Fields, scr.JQ = fields, jq
		}
		return checkFilters(cmd)
	}

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
	root.AddCommand(newCmdSQL(f))
	root.AddCommand(newCmdInfo(f))
	root.AddCommand(newCmdAliases(f))
	root.AddCommand(newCmdExport(f))
	root.AddCommand(newCmdStudy(f))
	root.AddCommand(newCmdSummary(f))
	root.AddCommand(newCmdClaims(f))
	root.AddCommand(newCmdChart(f, nil))
	root.AddCommand(newCmdReport(f))
	root.AddCommand(newCmdVersion(f))
	showVersion := root.Flags().Bool("version", false, "show eventline's, DuckDB's and the schema's versions")
	root.Args = cobra.ArbitraryArgs
	root.RunE = func(cmd *cobra.Command, args []string) error {
		if *showVersion && len(args) == 0 {
			_, err := fmt.Fprint(ios.Out, versionText(cmd.Context()))
			return err
		}
		return groupRun(cmd, args)
	}
	for _, c := range allCommands(root) {
		usageRules(c)
		registerCompletions(c, f)
	}
	return root, f
}

// usageRules makes every way of calling a command wrongly a usage error (exit status 2): a
// group without a subcommand or with an unknown one (eventline ingest, eventline frobnicate),
// and arguments that cobra's own validators refuse (eval timeml with none).
func usageRules(c *cobra.Command) {
	if c.HasSubCommands() && !c.Runnable() {
		c.Args = cobra.ArbitraryArgs
		c.RunE = groupRun
		if c.Example == "" { // the first example of each subcommand
			var ex []string
			for _, sub := range c.Commands() {
				if first, _, _ := strings.Cut(sub.Example, "\n"); first != "" {
					ex = append(ex, first)
				}
			}
			c.Example = strings.Join(ex, "\n")
		}
		return
	}
	if orig := c.Args; orig != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			err := orig(cmd, args)
			var u *usageError
			if err != nil && !errors.As(err, &u) {
				return &usageError{fmt.Errorf("%s: %w", cmd.CommandPath(), err)}
			}
			return err
		}
	}
	// Flag help shows the value's name (DIR, FILE) the way cobra's backquotes ask, without the
	// backquotes themselves in the text.
	c.Flags().VisitAll(func(fl *pflag.Flag) {
		if name, usage := pflag.UnquoteUsage(fl); name != "" && strings.Contains(fl.Usage, "`") {
			fl.Usage = usage
			if fl.Annotations == nil {
				fl.Annotations = map[string][]string{}
			}
			fl.Value = namedValue{fl.Value, name}
		}
	})
}

// groupRun runs a command group called without a known subcommand: a usage error.
func groupRun(cmd *cobra.Command, args []string) error {
	var names []string
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	if len(args) > 0 {
		return usageErrorf("unknown command %q for %s: use one of %s", args[0], cmd.CommandPath(), strings.Join(names, ", "))
	}
	return usageErrorf("%s needs a command: one of %s", cmd.CommandPath(), strings.Join(names, ", "))
}

// allCommands lists c and every command under it.
func allCommands(c *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{c}
	for _, sub := range c.Commands() {
		out = append(out, allCommands(sub)...)
	}
	return out
}

// namedValue keeps a flag's value name (DIR, FILE) after the backquotes that gave it are gone
// from its usage text: pflag takes the name from the value's type when the usage has none.
type namedValue struct {
	pflag.Value
	name string
}

func (v namedValue) Type() string { return v.name }

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
	help := "output format: " + strings.Join(names, "|")
	if def == table.Text {
		help += " (default: a table fitted to the terminal, tab-separated rows in a pipe)"
		cmd.Flags().StringVar(&value, "format", "", help)
		cmd.Flags().Int("limit", 0, "show at most `N` rows (default: all in a pipe, the first and last 20 on a terminal; 0 for all)")
		cmd.Flags().String("json", "", "print JSON with only these comma-separated `FIELDS` (the table's column names)")
		cmd.Flags().String("jq", "", "filter the JSON rows with a jq `EXPRESSION` (gojq), e.g. '.[] | .ticker'")
	} else {
		cmd.Flags().StringVar(&value, "format", string(def), help)
	}
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp))
	return func() (table.Format, error) {
		if value == "" {
			return table.Auto, nil
		}
		f, err := table.ParseFormat(value, allowed...)
		if err != nil {
			return "", &usageError{err}
		}
		return f, nil
	}
}
