// Package eventeval scores event extraction against news labelled per document: each document
// has gold topics (the news categories it is about, such as Reuters' acq and earn) and gold
// tickers (the listed companies it is about). Extraction is scored at document level: a document
// is predicted to be about a category when one of its news events (see News) has a type that the
// category covers; and every ticker of those events is checked against the document's gold
// tickers.
//
// Where the gold topics are eventline types (a corpus labelled by event type, as the modern
// development set in testdata/modern is), each type present in the gold is scored the same way,
// with micro-averaged precision, recall and F1 over them, beside the same scores for the keyword
// baseline (see Keywords).
//
// A corpus directory holds articles.jsonl (the articles, with url and published), gold.jsonl (one
// object per document: url, topics, tickers) and optionally aliases.csv (the companies, as for
// ingest aliases); package corpus reads it.
package eventeval

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/directory"
	"github.com/eventline/eventline/data/eventeval/corpus"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
)

// Categories maps the document categories scored to the event types that count for them. They
// follow the Reuters-21578 topic definitions: acq is mergers and acquisitions, stakes, tender
// offers and sales of units; earn is earnings and their forecasts, dividends and stock splits.
var Categories = []Category{
	{Name: "acq", Types: []events.Type{events.Acquisition}},
	{Name: "earn", Types: []events.Type{events.Earnings, events.Dividend, events.Split, events.Guidance}},
}

// Category is a gold topic and the event types that predict it.
type Category struct {
	Name  string
	Types []events.Type
}

// Score is precision, recall and F1 over counts.
type Score struct {
	Gold, Predicted, Correct int
	P, R, F1                 float64
}

func newScore(gold, predicted, correct int) Score {
	s := Score{Gold: gold, Predicted: predicted, Correct: correct}
	if predicted > 0 {
		s.P = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		s.R = float64(correct) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Result is the evaluation of a corpus.
type Result struct {
	Documents  int
	Categories map[string]Score // by Category.Name
	// Tickers: Predicted counts the distinct tickers of each document's subject events (see
	// Subject), Gold the document's gold tickers, Correct those among them (see SameSymbol). Only
	// documents with gold tickers count: a corpus tagged by hand leaves most documents without
	// any (a eurobond issue by Dow Chemical has none), which says that nobody tagged them, not
	// that they name no listed company. RawTickers counts every document and compares symbols as
	// written; AllTickers does too, over the tickers of all news events, asides included.
	Tickers, RawTickers, AllTickers Score
	// Types scores each event type that some gold document is labelled with, Micro all of them
	// together (counts summed over the types); KeywordTypes and KeywordMicro score the keyword
	// baseline the same way. TypeOrder lists the scored types in the order of events.Types. All
	// are empty where the gold carries no event types (Reuters' topics).
	Types, KeywordTypes map[events.Type]Score
	Micro, KeywordMicro Score
	TypeOrder           []events.Type
	Docs                []Doc
}

// Doc is one document's gold labels and what extraction found.
type Doc struct {
	URL, Title      string
	Topics          []string
	GoldTickers     []string
	Types           []events.Type // the types of its events, distinct
	Tickers         []string      // its events' tickers, distinct
	Predicted, Gold []string      // the categories predicted and gold
	GoldTypes       []events.Type // the gold topics that are event types
	KeywordTypes    []events.Type // the types the keyword baseline predicts
}

// Evaluate extracts the events of DIR/articles.jsonl with the companies of base plus
// DIR/aliases.csv (when present) and scores them against DIR/gold.jsonl. Documents without a gold
// label are skipped. workers is passed to extract.Extractor.Parallel.
func Evaluate(ctx context.Context, dir string, base []extract.Alias, workers int) (Result, error) {
	return EvaluateWith(ctx, dir, Options{Aliases: base, Workers: workers})
}

// Options says which companies extraction links and how many workers it runs.
type Options struct {
	Aliases []extract.Alias // before DIR/aliases.csv
	// Directory, when set, links the listed companies of the article's day as eventline does out
	// of the box (modern news needs it; a corpus of 1987 is before its horizon).
	Directory *directory.Directory
	Workers   int // passed to extract.Extractor.Parallel
}

// EvaluateWith is Evaluate with the listing directory as an option.
func EvaluateWith(ctx context.Context, dir string, opts Options) (Result, error) {
	base, workers := opts.Aliases, opts.Workers
	golds, err := corpus.ReadGold(filepath.Join(dir, corpus.GoldFile))
	if err != nil {
		return Result{}, err
	}
	aliases := slices.Clone(base)
	if p := filepath.Join(dir, corpus.AliasesFile); exists(p) {
		as, err := extract.ReadAliases(p)
		if err != nil {
			return Result{}, err
		}
		aliases = append(aliases, as...)
	}
	x := &extract.Extractor{Companies: extract.NewDirectoryCompanies(opts.Directory, aliases)}
	res := Result{Categories: map[string]Score{}}
	counts := map[string]*[3]int{} // gold, predicted, correct
	for _, c := range Categories {
		counts[c.Name] = &[3]int{}
	}
	var tk, tkRaw, tkAll [3]int
	typeCounts := map[events.Type]*[3]int{}
	kwCounts := map[events.Type]*[3]int{}
	for _, t := range events.Types {
		typeCounts[t], kwCounts[t] = &[3]int{}, &[3]int{}
	}
	_, err = x.Parallel(ctx, []string{filepath.Join(dir, corpus.ArticlesFile)}, articles.Options{Format: "jsonl"}, workers, func(r extract.Result) error {
		g, ok := golds[r.Article.URL]
		if !ok {
			return nil
		}
		d := Doc{URL: g.URL, Title: r.Article.Title, Topics: g.Topics, GoldTickers: g.Tickers}
		var all []string
		for _, e := range Subject(r) {
			if !slices.Contains(d.Types, e.Type) {
				d.Types = append(d.Types, e.Type)
			}
			for _, t := range e.Tickers {
				if !slices.Contains(d.Tickers, t) {
					d.Tickers = append(d.Tickers, t)
				}
			}
		}
		for _, e := range r.Events {
			if News(e, r.Article.Published) {
				for _, t := range e.Tickers {
					if !slices.Contains(all, t) {
						all = append(all, t)
					}
				}
			}
		}
		sort.Strings(d.Tickers)
		d.GoldTypes = typeTopics(g.Topics)
		d.KeywordTypes = KeywordTypes(r.Article)
		count(typeCounts, d.GoldTypes, d.Types)
		count(kwCounts, d.GoldTypes, d.KeywordTypes)
		for _, c := range Categories {
			isGold := slices.Contains(g.Topics, c.Name)
			predicted := slices.ContainsFunc(d.Types, func(t events.Type) bool { return slices.Contains(c.Types, t) })
			n := counts[c.Name]
			if isGold {
				n[0]++
				d.Gold = append(d.Gold, c.Name)
			}
			if predicted {
				n[1]++
				d.Predicted = append(d.Predicted, c.Name)
			}
			if isGold && predicted {
				n[2]++
			}
		}
		if len(g.Tickers) > 0 {
			tk[0] += len(g.Tickers)
			tk[1] += len(d.Tickers)
			for _, t := range d.Tickers {
				if slices.ContainsFunc(g.Tickers, func(gt string) bool { return SameSymbol(gt, t) }) {
					tk[2]++
				}
			}
		}
		tkRaw[0] += len(g.Tickers)
		tkRaw[1] += len(d.Tickers)
		for _, t := range d.Tickers {
			if slices.Contains(g.Tickers, t) {
				tkRaw[2]++
			}
		}
		tkAll[0] += len(g.Tickers)
		tkAll[1] += len(all)
		for _, t := range all {
			if slices.Contains(g.Tickers, t) {
				tkAll[2]++
			}
		}
		res.Documents++
		res.Docs = append(res.Docs, d)
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	for name, n := range counts {
		res.Categories[name] = newScore(n[0], n[1], n[2])
	}
	res.Tickers = newScore(tk[0], tk[1], tk[2])
	res.Types, res.KeywordTypes = map[events.Type]Score{}, map[events.Type]Score{}
	var micro, kwMicro [3]int
	for _, t := range events.Types {
		n, k := typeCounts[t], kwCounts[t]
		if n[0] == 0 { // a type no document is labelled with is not scored
			continue
		}
		res.TypeOrder = append(res.TypeOrder, t)
		res.Types[t] = newScore(n[0], n[1], n[2])
		res.KeywordTypes[t] = newScore(k[0], k[1], k[2])
		for i := range 3 {
			micro[i] += n[i]
			kwMicro[i] += k[i]
		}
	}
	res.Micro = newScore(micro[0], micro[1], micro[2])
	res.KeywordMicro = newScore(kwMicro[0], kwMicro[1], kwMicro[2])
	res.RawTickers = newScore(tkRaw[0], tkRaw[1], tkRaw[2])
	res.AllTickers = newScore(tkAll[0], tkAll[1], tkAll[2])
	return res, nil
}

// count adds one document's gold and predicted types to the per-type counts (gold, predicted,
// correct).
func count(counts map[events.Type]*[3]int, gold, predicted []events.Type) {
	for _, t := range gold {
		if n, ok := counts[t]; ok {
			n[0]++
			if slices.Contains(predicted, t) {
				n[2]++
			}
		}
	}
	for _, t := range predicted {
		if n, ok := counts[t]; ok {
			n[1]++
		}
	}
}

// SameSymbol says whether a gold symbol and a predicted one name the same listing: equal, or
// equal but for an exchange suffix that one of them carries (Reuters writes "BAC.N" for BAC on the
// New York exchange, "GENE.O" for Nasdaq's GENE; aliases carry either form).
func SameSymbol(gold, predicted string) bool {
	if gold == predicted {
		return true
	}
	g, gs, _ := strings.Cut(gold, ".")
	p, ps, _ := strings.Cut(predicted, ".")
	return g == p && (gs == "" || ps == "")
}

// Subject returns the events an article is about, by the rule newswires write by: the title and
// the lead sentence state the story's news, and the body gives its details and background. A
// deal, a result or a payout that the body mentions on the way (the acquisition that explains a
// rating action, a sale behind a gain, a broker named in a bond issue) is an aside, not the
// article's subject. So the subject is the news events (see News) told in the title or the lead;
// where those tell none, the body's news events. The lead is the first sentence as extraction
// read it (r.Lead), after a wire dateline: "NEW YORK (AP) - Ellery Computer Corp's stock
// plunged ..." is the lead's news, not the body's.
func Subject(r extract.Result) []extract.Event {
	lead := max(leadEnd(r.Article.Body), r.Lead+1)
	var head, body []extract.Event
	for _, e := range r.Events {
		if !News(e, r.Article.Published) {
			continue
		}
		if slices.ContainsFunc(e.Mentions, func(m extract.Mention) bool { return m.Start < lead }) {
			head = append(head, e)
		} else {
			body = append(body, e)
		}
	}
	if len(head) > 0 {
		return head
	}
	return body
}

// leadEnd returns the character offset just after the start of the body's first sentence: a
// mention that starts before it is the title's (offset -1) or the lead's.
func leadEnd(body string) int {
	n := 0
	for _, r := range body {
		if !unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n + 1
}

// News says whether an event is news on the day its article appeared rather than background: it
// ends no earlier than a month before publication ("acquired in June 1986" in an article of 1987
// recalls the past; a deal to close next year is news). Documents are scored by their news.
func News(e extract.Event, published time.Time) bool {
	return published.IsZero() || !e.End.Before(published.AddDate(0, 0, -31))
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
