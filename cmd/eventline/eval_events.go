package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/eventeval"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/table"
)

// --- eventline eval events ---

type evalEventsOptions struct {
	IO      *IOStreams
	Dir     string
	Verbose bool
	Errors  bool
	Workers int
	Format  table.Format
}

func newCmdEvalEvents(f *factory) *cobra.Command {
	opts := &evalEventsOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "events DIR",
		Short: "Score event detection on news labelled per document (topics and tickers)",
		Long: `Extract the events of DIR/articles.jsonl (with the companies of DIR/aliases.csv) and score them
against DIR/gold.jsonl, one object per document with its url, topics and tickers. A document is
predicted to be about acq when it has an acquisition event, about earn when it has an earnings,
dividend, split or guidance event; precision, recall and F1 are counted over documents. The
tickers row counts each document's event tickers against its gold tickers (precision is the
share of event tickers that are gold). --errors lists the documents scored wrong.`,
		Example: `  eventline eval events ../shared/data/news/reuters-train
  eventline eval events --errors ../shared/data/news/reuters-train | grep 'acq fn'`,
		Args: cobra.ExactArgs(1),
	}
	cmd.Flags().BoolVar(&opts.Errors, "errors", false, "a row per document scored wrong (false positive or negative)")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "extraction workers (default: one per core)")
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		opts.Dir = args[0]
		return runEvalEvents(cmd, opts)
	}
	return cmd
}

func runEvalEvents(cmd *cobra.Command, opts *evalEventsOptions) error {
	if fi, err := os.Stat(opts.Dir); err != nil || !fi.IsDir() {
		return badinput.Errorf(opts.Dir, "not a directory with articles.jsonl and gold.jsonl")
	}
	res, err := eventeval.Evaluate(cmd.Context(), opts.Dir, nil, opts.Workers)
	if err != nil {
		return err
	}
	if opts.Errors {
		t := table.New("category", "error", "url", "title", "types", "tickers", "gold_tickers")
		for _, d := range res.Docs {
			for _, c := range eventeval.Categories {
				gold, pred := slices.Contains(d.Gold, c.Name), slices.Contains(d.Predicted, c.Name)
				if gold == pred {
					continue
				}
				kind := "fn"
				if pred {
					kind = "fp"
				}
				types := typeStrings(d.Types)
				t.Append(c.Name, kind, d.URL, d.Title, strings.Join(types, ";"), strings.Join(d.Tickers, ";"), strings.Join(d.GoldTickers, ";"))
			}
			wrong := func(tk string) bool {
				return !slices.ContainsFunc(d.GoldTickers, func(g string) bool { return eventeval.SameSymbol(g, tk) })
			}
			if len(d.GoldTickers) > 0 && slices.ContainsFunc(d.Tickers, wrong) {
				t.Append("tickers", "fp", d.URL, d.Title, strings.Join(typeStrings(d.Types), ";"), strings.Join(d.Tickers, ";"), strings.Join(d.GoldTickers, ";"))
			}
		}
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	t := table.New("measure", "gold", "predicted", "correct", "precision", "recall", "f1")
	for _, c := range eventeval.Categories {
		s := res.Categories[c.Name]
		t.Append(c.Name, s.Gold, s.Predicted, s.Correct, s.P, s.R, s.F1)
	}
	s := res.Tickers
	t.Append("tickers", s.Gold, s.Predicted, s.Correct, s.P, s.R, s.F1)
	s = res.RawTickers
	t.Append("tickers-raw", s.Gold, s.Predicted, s.Correct, s.P, s.R, s.F1)
	s = res.AllTickers
	t.Append("tickers-all-events", s.Gold, s.Predicted, s.Correct, s.P, s.R, s.F1)
	for i := 4; i < len(t.Columns); i++ {
		t.Columns[i].Format = func(v any) string { return fmt.Sprintf("%.3f", v) }
	}
	fmt.Fprintf(opts.IO.ErrOut, "%d documents scored\n", res.Documents)
	return table.Write(opts.IO.Out, opts.Format, t)
}

func typeStrings(ts []events.Type) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}
