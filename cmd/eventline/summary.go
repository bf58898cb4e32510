package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/null"
	"github.com/eventline/eventline/internal/table"
	"github.com/eventline/eventline/usecase"
)

type summaryOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Filter analytics.Filter
	Bench  string
	// BenchSet says --benchmark was given: a missing benchmark is then an error, not a note.
	BenchSet bool
	Types    bool
	// PriceMoves adds price_move events to --types (left out by default: selection on the outcome).
	PriceMoves bool
	Format     table.Format
}

func newCmdSummary(f *factory) *cobra.Command {
	opts := &summaryOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "summary",
		Short: "Per-ticker summary: returns, volatility, drawdown, best and worst days",
		Long: `Summarize each ticker over a range: first and last trading day, first and last close, total and
annualized return (adjusted closes), annualized volatility, maximum drawdown with its peak and
trough days, best and worst days, days above and below the benchmark, and, where an IPO price is
known (an ipo_price claim), the return since the IPO and the first-day return when the IPO day is
in the data. With --types: per event type, the number of events and their mean CAR over [0,+5]
(market model, as eventline study computes it, with its defaults: price_move events left out
unless --include-price-moves, overlapping windows counted once).`,
		Example: `  eventline summary --benchmark GSPC
  eventline summary --ticker VMW --from 2007-08-01 --to 2008-07-31 --format markdown
  eventline summary --types`,
		Args: noArgs,
	}
	parseFlags := tableFlags(cmd, &opts.Filter, &opts.Format)
	cmd.Flags().StringVar(&opts.Bench, "benchmark", "", "benchmark ticker (default "+usecase.DefaultBenchmark+" when loaded; '' for none)")
	cmd.Flags().BoolVar(&opts.Types, "types", false, "summarize by event type instead of by ticker")
	cmd.Flags().BoolVar(&opts.PriceMoves, "include-price-moves", false, "with --types: count price_move events too")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := parseFlags(); err != nil {
			return err
		}
		opts.Bench = strings.ToUpper(opts.Bench)
		opts.BenchSet = cmd.Flags().Changed("benchmark")
		return runSummary(cmd.Context(), opts)
	}
	return cmd
}

func runSummary(ctx context.Context, opts *summaryOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.Types {
		so := analytics.DefaultStudyOptions()
		so.Filter, so.Benchmark, so.Windows = opts.Filter, opts.Bench, []analytics.Window{{From: 0, To: 5}}
		so.IncludePriceMoves = opts.PriceMoves
		res, err := usecase.Study(ctx, st.DB, usecase.StudyOptions{Study: so, By: "type"})
		if err != nil {
			return fromUsecase(err)
		}
		for _, n := range res.Notes {
			fmt.Fprintln(opts.IO.ErrOut, n)
		}
		t := table.New("type", "events", "mean_car", "median_car")
		for _, a := range res.Aggregates {
			t.Append(a.Group, a.N, a.MeanCAR, a.MedianCAR)
		}
		t.SetUnit(table.Percent, "mean_car", "median_car")
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	res, err := usecase.Summary(ctx, st.DB, usecase.SummaryOptions{
		SummaryOptions: analytics.SummaryOptions{Tickers: opts.Filter.Tickers, From: opts.Filter.From, To: opts.Filter.To, Benchmark: opts.Bench},
		NoBenchmark:    opts.BenchSet && opts.Bench == "",
	})
	if err != nil {
		return fromUsecase(err)
	}
	for _, n := range res.Notes {
		fmt.Fprintln(opts.IO.ErrOut, n)
	}
	opts.Bench = res.Benchmark
	ss := res.Tickers
	cols := []string{"ticker", "first_day", "last_day", "days", "first_close", "last_close", "total_return", "annualized_return",
		"annualized_volatility", "max_drawdown", "peak_day", "trough_day", "best_day", "best_return", "worst_day", "worst_return",
		"days_above_" + strings.ToLower(opts.Bench), "days_below_" + strings.ToLower(opts.Bench), "ipo_price", "since_ipo", "first_day_return"}
	if opts.Bench == "" {
		cols = slices.Delete(cols, 16, 18)
	}
	t := table.New(cols...)
	for _, s := range ss {
		row := []any{s.Ticker, s.FirstDay, s.LastDay, s.Days, s.FirstClose, s.LastClose, s.TotalReturn, s.AnnualizedReturn,
			s.AnnualizedVolatility, s.MaxDrawdown, s.PeakDay, s.TroughDay, s.BestDay, s.BestReturn, s.WorstDay, s.WorstReturn,
			s.DaysAbove, s.DaysBelow, null.Cell(s.IPOPrice), null.Cell(s.SinceIPO), null.Cell(s.FirstDayReturn)}
		if opts.Bench == "" {
			row = slices.Delete(row, 16, 18)
		}
		t.Append(row...)
	}
	t.SetUnit(table.Dollars, "first_close", "last_close", "ipo_price")
	t.SetUnit(table.Percent, "total_return", "annualized_return", "max_drawdown", "best_return", "worst_return", "since_ipo", "first_day_return")
	t.SetUnit(table.Share, "annualized_volatility")
	// On a narrow terminal the returns and the risk stay; the days and prices behind them go first.
	t.SetDetail("days", "first_close", "last_close", "peak_day", "trough_day", "best_day", "worst_day", "ipo_price")
	if opts.Bench != "" {
		t.SetDetail("days_above_"+strings.ToLower(opts.Bench), "days_below_"+strings.ToLower(opts.Bench))
	}
	t.SetBlank()
	return table.Write(opts.IO.Out, opts.Format, t)
}
