package main

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/store"
)

// The filters and choices that several commands share are validated and completed in one place,
// for every command that has them, so that no command can forget: --type takes known event types
// only, --from may not be after --to, and the shell completes formats, kinds, event types and
// tickers (from the database).

// checkFilters refuses a filter that cannot match: an unknown event type, a range that ends
// before it starts. It runs before every command.
func checkFilters(cmd *cobra.Command) error {
	if fl := cmd.Flags().Lookup("type"); fl != nil && fl.Changed {
		for _, t := range flagValues(fl) {
			if _, ok := events.ParseType(strings.ToLower(t)); !ok {
				return usageErrorf("--type %q: not an event type; use one of %s", t, strings.Join(events.TypeNames(), ", "))
			}
		}
	}
	from, to := cmd.Flags().Lookup("from"), cmd.Flags().Lookup("to")
	if from != nil && to != nil && from.Changed && to.Changed {
		f, err1 := time.Parse("2006-01-02", from.Value.String())
		t, err2 := time.Parse("2006-01-02", to.Value.String())
		if err1 == nil && err2 == nil && f.After(t) {
			return usageErrorf("--from %s is after --to %s: the range is empty", from.Value.String(), to.Value.String())
		}
	}
	return nil
}

// flagValues are a flag's values, comma-separated or repeated.
func flagValues(fl *pflag.Flag) []string {
	if sv, ok := fl.Value.(pflag.SliceValue); ok {
		return sv.GetSlice()
	}
	var out []string
	for _, v := range strings.Split(fl.Value.String(), ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// registerCompletions adds value completion to the shared flags of c that have none yet.
func registerCompletions(c *cobra.Command, f *factory) {
	fixed := map[string][]string{
		"type":   events.TypeNames(),
		"status": events.StatusNames(),
		"kind":   {"price", "compare", "study"},
		"style":  {"line", "candle"},
		"theme":  {"light", "dark"},
		"model":  {"market", "market-adjusted", "constant-mean", "ff3", "carhart"},
		"by":     {"all", "ticker", "type"},
	}
	c.Flags().VisitAll(func(fl *pflag.Flag) {
		if _, ok := c.GetFlagCompletionFunc(fl.Name); ok {
			return
		}
		switch fl.Name {
		case "ticker", "tickers", "benchmark":
			c.RegisterFlagCompletionFunc(fl.Name, func(cmd *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
				return completeTickers(cmd.Context(), f, prefix), cobra.ShellCompDirectiveNoFileComp
			})
		default:
			if vals, ok := fixed[fl.Name]; ok {
				c.RegisterFlagCompletionFunc(fl.Name, cobra.FixedCompletions(vals, cobra.ShellCompDirectiveNoFileComp))
			}
		}
	})
}

// completeTickers lists the database's tickers; a missing database completes nothing.
func completeTickers(ctx context.Context, f *factory, prefix string) []string {
	if ctx == nil {
		ctx = context.Background()
	}
	path := f.DBPath()
	if store.CheckPath(path) != nil {
		return nil
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return nil
	}
	defer st.Close()
	rows, err := st.DB.QueryContext(ctx, `SELECT ticker FROM securities WHERE starts_with(ticker, upper(?)) ORDER BY ticker`, prefix)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if rows.Scan(&t) == nil {
			out = append(out, t)
		}
	}
	return out
}
