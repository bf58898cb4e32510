package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/null"
	"github.com/eventline/eventline/internal/table"
)

type claimsOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Filter analytics.Filter
	Format table.Format
}

func newCmdClaims(f *factory) *cobra.Command {
	opts := &claimsOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "Check the articles' numeric claims against the prices",
		Long: `Check every claim stored from the articles (closing, opening, intraday prices, day returns,
first-day returns, returns over a period) against the prices: verified, contradicted or
unverifiable, with the actual value and the row used, or the reason it cannot be checked (ticker
not loaded, no row for that date, metric not computable). Prices match within 0.5% or a cent,
percentages within one percentage point. A claim about a day with no row is never compared with
another day's prices.`,
		Example: `  eventline claims
  eventline claims --ticker VMW --format markdown`,
		Args: noArgs,
	}
	parseFlags := tableFlags(cmd, &opts.Filter, &opts.Format)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := parseFlags(); err != nil {
			return err
		}
		if len(opts.Filter.Types) > 0 { // claims belong to articles, not to typed events
			return usageErrorf("claims have no event type: --type filters events (eventline events, study, summary --types)")
		}
		return runClaims(cmd.Context(), opts)
	}
	return cmd
}

func runClaims(ctx context.Context, opts *claimsOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	cs, err := analytics.CheckClaims(ctx, st.DB, opts.Filter)
	if err != nil {
		return err
	}
	t := table.New("claim_id", "article", "ticker", "date", "metric", "op", "claimed", "unit", "verdict", "actual", "row_date", "reason", "text")
	for _, c := range cs {
		t.Append(c.ClaimID, c.Article, c.Ticker, null.Cell(c.Date), c.Metric, c.Op, c.Claimed, c.Unit, c.Verdict,
			null.Cell(c.Actual), null.Cell(c.RowDate), c.Reason, c.Text)
	}
	t.SetUnit(table.Fixed2, "claimed", "actual")
	// On a narrow terminal the claim and its verdict stay; the article title is the first to go.
	t.SetDetail("article", "op", "unit", "row_date")
	for i := range t.Columns {
		t.Columns[i].Blank = true
	}
	if len(cs) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, "No claims stored: claims come from articles (eventline ingest articles).")
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
