package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/internal/table"
)

// --- eventline aliases ---

type aliasesOptions struct {
	IO      *IOStreams
	DBPath  string
	Queries []string
	Text    string
	Date    time.Time
	Format  table.Format
}

func newCmdAliases(f *factory) *cobra.Command {
	opts := &aliasesOptions{IO: f.IO}
	var date string
	cmd := &cobra.Command{
		Use:   "aliases [NAME|TICKER...]",
		Short: "Show how company names link to tickers, and where each link comes from",
		Long: `Show what links a company's name to a ticker: the user's aliases (eventline ingest aliases),
the built-in seed aliases, and the embedded directory of US listings since 2015 (NASDAQ, NYSE,
NYSE American, NYSE Arca, Cboe), in that order of precedence. For each name or ticker given, every
entry that knows it, with its source, the days the directory saw it listed, whether it is a fund
(linked by ticker and full name only) and whether it needs evidence (an ordinary word such as
"Apple", linked only after "Inc", inside a sentence, or where the article named it before).

With --text, link the text as extraction does on --date (default: today) and show each company
named, its ticker and where the link came from: user, seed, directory, directory-before-history
(a date before the directory's history, 2015), directory-before-listing (a date in the 30 days
before a new listing's first day: the offering's news), learned (the article tied the name to a ticker),
ticker (a ticker in ticker context that no list knows). Without arguments, list the aliases table.`,
		Example: `  eventline aliases EMC
  eventline aliases --date 2007-08-14 --text "Sun Microsystems (NASDAQ: JAVA) and EMC rose."
  eventline aliases --format csv > aliases.csv`,
	}
	cmd.Flags().StringVar(&opts.Text, "text", "", "link this text and show each company named")
	cmd.Flags().StringVar(&date, "date", "", "the text's date, YYYY-MM-DD (default today)")
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		if date != "" {
			if opts.Date, err = time.Parse(time.DateOnly, date); err != nil {
				return &usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", date)}
			}
		}
		if opts.Text != "" && len(args) > 0 {
			return &usageError{errors.New("give names or --text, not both")}
		}
		opts.Queries, opts.DBPath = args, f.DBPath()
		return runAliases(cmd.Context(), opts)
	}
	return cmd
}

func runAliases(ctx context.Context, opts *aliasesOptions) error {
	// The database's aliases when it exists (read only), else the seed's.
	path := ""
	if _, err := os.Stat(opts.DBPath); err == nil {
		path = opts.DBPath
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: path != ""})
	if err != nil {
		return err
	}
	defer st.Close()
	cos, err := extract.LoadCompanies(ctx, st.DB)
	if err != nil {
		return err
	}
	if opts.Text != "" {
		day := opts.Date
		if day.IsZero() {
			day = time.Now().UTC().Truncate(24 * time.Hour)
		}
		t := table.New("text", "start", "end", "name", "ticker", "exchange", "source", "cited")
		for _, m := range cos.Article(day, nil).Find(opts.Text) {
			t.Append(m.Text, m.Start, m.End, m.Name, m.Ticker, m.Exchange, m.Source, m.Cited)
		}
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	t := table.New("query", "alias", "name", "ticker", "exchange", "source", "first_seen", "last_seen", "fund", "needs_evidence")
	for _, i := range []int{6, 7} {
		t.Columns[i].Blank = true
	}
	queries := opts.Queries
	if len(queries) == 0 {
		rows, err := st.DB.QueryContext(ctx, `SELECT alias, name, coalesce(ticker, ''), coalesce(exchange, ''), origin FROM aliases ORDER BY origin DESC, alias`)
		if err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var a, n, tk, ex, src string
			if err := rows.Scan(&a, &n, &tk, &ex, &src); err != nil {
				return fmt.Errorf("aliases: %w", err)
			}
			t.Append("", a, n, tk, ex, src, "", "", false, false)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("aliases: %w", err)
		}
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	for _, q := range queries {
		ls := cos.Links(q)
		if len(ls) == 0 {
			fmt.Fprintf(opts.IO.ErrOut, "eventline: %q: no alias, name or ticker of that spelling\n", q)
		}
		for _, l := range ls {
			t.Append(q, l.Alias, l.Name, l.Ticker, l.Exchange, l.Source, l.First, l.Last, l.Fund, l.Common)
		}
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
