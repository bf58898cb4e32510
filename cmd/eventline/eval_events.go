package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/table"
)

// --- eventline eval events ---

type evalEventsOptions struct {
	IO       *IOStreams
	Dir      string
	Verbose  bool
	Errors   bool
	Workers  int
	Baseline string
	Format   table.Format
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
share of event tickers that are gold). Where the gold topics are eventline types (dividend,
buyback, ...), each type in the gold is scored the same way, with micro-averaged figures over
them; --baseline keywords adds the same rows for a one-line keyword regex per type, the list
extraction must beat. --errors lists the documents scored wrong.`,
		Example: `  eventline eval events ../shared/data/news/reuters-train
  eventline eval events --errors ../shared/data/news/reuters-train | grep 'acq fn'
  eventline eval events --baseline keywords data/eventeval/testdata/modern`,
		Args: cobra.ExactArgs(1),
	}
	cmd.Flags().BoolVar(&opts.Errors, "errors", false, "a row per document scored wrong (false positive or negative)")
	cmd.Flags().StringVar(&opts.Baseline, "baseline", "", "also score a baseline: keywords (a one-line regex per event type)")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "extraction workers (default: one per core)")
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		if opts.Baseline != "" && opts.Baseline != "keywords" {
			return badinput.Errorf("--baseline", "value %q: the only baseline is keywords", opts.Baseline)
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
	dir, err := directory.Load()
	if err != nil {
		return err
	}
	res, err := eventeval.EvaluateWith(cmd.Context(), opts.Dir, eventeval.Options{Directory: dir, Workers: opts.Workers})
	if err != nil {
		return err
	}
	if opts.Errors {
		t := table.New("category", "error", "url", "title", "types", "tickers", "gold_tickers")
		for _, d := range res.Docs {
			for _, ty := range res.TypeOrder {
				gold, pred := slices.Contains(d.GoldTypes, ty), slices.Contains(d.Types, ty)
				if gold == pred {
					continue
				}
				kind := "fn"
				if pred {
					kind = "fp"
				}
				t.Append(string(ty), kind, d.URL, d.Title, strings.Join(typeStrings(d.Types), ";"), strings.Join(d.Tickers, ";"), strings.Join(d.GoldTickers, ";"))
			}
			for _, c := range eventeval.Categories {
				gold, pred := slices.Contains(d.Gold, c.Name), slices.Contains(d.Predicted, c.Name)
				// As in the scores below: a corpus labelled by event type has no Reuters topics,
				// and every event of the category would read as a false positive.
				if gold == pred || res.Categories[c.Name].Gold == 0 && len(res.TypeOrder) > 0 {
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
	// by says what predicted: extraction, or the baseline named by --baseline.
	t := table.New("measure", "by", "gold", "predicted", "correct", "precision", "recall", "f1")
	row := func(measure, by string, s eventeval.Score) {
		t.Append(measure, by, s.Gold, s.Predicted, s.Correct, s.P, s.R, s.F1)
	}
	for _, c := range eventeval.Categories {
		// A corpus labelled by event type has no Reuters topics: their rows would be all zeros.
		if s := res.Categories[c.Name]; s.Gold > 0 || len(res.TypeOrder) == 0 {
			row(c.Name, "extraction", s)
		}
	}
	row("tickers", "extraction", res.Tickers)
	row("tickers-raw", "extraction", res.RawTickers)
	row("tickers-all-events", "extraction", res.AllTickers)
	for _, ty := range res.TypeOrder {
		row(string(ty), "extraction", res.Types[ty])
		if opts.Baseline != "" {
			row(string(ty), opts.Baseline, res.KeywordTypes[ty])
		}
	}
	if len(res.TypeOrder) > 0 {
		row("micro", "extraction", res.Micro)
		if opts.Baseline != "" {
			row("micro", opts.Baseline, res.KeywordMicro)
		}
	}
	for i := 5; i < len(t.Columns); i++ {
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
