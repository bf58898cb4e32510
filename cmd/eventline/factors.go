package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/factors"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/english"
)

type ingestFactorsOptions struct {
	IO    *IOStreams
	Store func(ctx context.Context, readOnly bool) (*store.Store, error)
	Files []string
}

func newCmdIngestFactors(f *factory) *cobra.Command {
	opts := &ingestFactorsOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "factors FILE...",
		Short: "Load factor returns (Fama-French, momentum) in Kenneth French's CSV layout",
		Long: `Load factor returns for the event study's factor models (study --model ff3 or carhart) from
CSV files in the layout of Kenneth French's data library: lines of prose, a header line that
starts with a comma (",Mkt-RF,SMB,HML,RF" or ",Mom"), then rows of a date (YYYYMMDD daily, YYYYMM
monthly) and values in percent. The yearly block of monthly files is skipped. Values are stored
as fractions in the factors table; loading a file again replaces the same factors and dates.
Event studies need the daily files (F-F_Research_Data_Factors_daily.CSV, F-F_Momentum_Factor_daily.CSV).`,
		Example: `  eventline ingest factors F-F_Research_Data_Factors_daily.CSV F-F_Momentum_Factor_daily.CSV
  eventline sql "SELECT factor, min(date), max(date), count(*) FROM factors GROUP BY ALL"`,
		Args: minArgs(1, "at least one factor file"),
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Files = args
		return runIngestFactors(cmd.Context(), opts)
	}
	return cmd
}

func runIngestFactors(ctx context.Context, opts *ingestFactorsOptions) error {
	var all []factors.Row
	for _, f := range opts.Files {
		rs, err := factors.Read(f)
		if err != nil {
			return err
		}
		all = append(all, rs...)
	}
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := factors.Store(ctx, st.DB, all)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Stored %d factor values (%s) from %s to %s, from %s, into %s\n", s.Rows,
		strings.Join(s.Factors, ", "), s.From.Format("2006-01-02"), s.To.Format("2006-01-02"), english.Count(len(opts.Files), "file"), st.Path)
	if !s.Daily {
		fmt.Fprintln(opts.IO.ErrOut, "These are monthly factors: event studies use daily ones (the *_daily.CSV files).")
	}
	return nil
}
