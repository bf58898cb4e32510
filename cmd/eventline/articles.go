package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventline/eventline/analytics"
	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/data/timex"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/english"
	"github.com/eventline/eventline/internal/isodate"
	"github.com/eventline/eventline/internal/table"
	"github.com/eventline/eventline/usecase"
)

// articleInput is what extract and ingest articles share: the files and how to read them.
type articleInput struct {
	Files     []string
	Read      articles.Options
	Anchors   []string // curated event files whose events anchor relative dates
	metaPath  string
	published string
}

func (in *articleInput) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&in.Read.Format, "input-format", "auto", "article format: "+strings.Join(articles.Formats, "|"))
	cmd.Flags().StringVar(&in.metaPath, "meta", "", "articles metadata CSV (title, published, source, url): dates articles and splits bundles exactly")
	cmd.Flags().StringSliceVar(&in.Anchors, "anchors", nil, "curated events (CSV or JSON, as for ingest events) that relative dates like \"one week after IPO\" resolve against")
	cmd.Flags().StringVar(&in.published, "published", "", "publication `DATE` (YYYY-MM-DD) for articles that carry none")
}

// parse checks the flags and reads the metadata file.
func (in *articleInput) parse(args []string) error {
	in.Files = args
	if !slices.Contains(articles.Formats, in.Read.Format) {
		return usageErrorf("--input-format %q: use one of %s", in.Read.Format, strings.Join(articles.Formats, ", "))
	}
	if in.published != "" {
		d, err := time.Parse("2006-01-02", in.published)
		if err != nil {
			return usageErrorf("--published %q: use YYYY-MM-DD", in.published)
		}
		in.Read.Published = d
	}
	if in.metaPath != "" {
		meta, err := articles.ReadMeta(in.metaPath)
		if err != nil {
			return err
		}
		in.Read.Meta = meta
	}
	return nil
}

// input reads the anchor files and gives what the use cases read.
func (in *articleInput) input() (usecase.ArticleInput, error) {
	recs, err := usecase.ReadEvents(in.Anchors)
	return usecase.ArticleInput{Files: in.Files, Read: in.Read, Anchors: recs}, err
}

func printNotes(w io.Writer, notes []string) {
	for _, n := range notes {
		fmt.Fprintf(w, "eventline: warning: %s\n", n)
	}
}

func printWarnings(w io.Writer, ws []articles.Warning) {
	for _, x := range ws {
		fmt.Fprintf(w, "eventline: warning: %s\n", x)
	}
}

// --- eventline extract ---

type extractOptions struct {
	IO     *IOStreams
	DBPath string
	Input  articleInput
	Format table.Format
}

func newCmdExtract(f *factory) *cobra.Command {
	opts := &extractOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the dates, events and claims found in articles, without storing them",
		Long: `Read articles and print what extraction finds in them, without writing to the database:
one JSON object per line, with kind article, timex, event or claim, each naming its article.

Timex: text, start, end (character offsets in the article body; for text input, in the file),
type, value (TIMEX3), granularity, mod, resolved_by (absolute, publication, event:<id>,
unresolved). Event: date, date_text, granularity, type, status, detail (a dividend's or
guidance's kind, a split's direction, a deal's stage, a bankruptcy "emerged" from, "denied" or
"failed"), tickers, companies,
headline, sentence. Claim: ticker, date, metric, op, value, unit, text.

Company aliases and anchor events come from the database when it exists (read only), else from
the built-in aliases; --anchors adds curated events to resolve "one week after IPO" against.`,
		Example: `  eventline extract --meta articles.csv --anchors anchors.csv posts.txt
  eventline extract --published 2008-01-29 --format table note.txt
  eventline extract feed.xml | jq 'select(.kind == "event")'`,
		Args: minArgs(1, "at least one article file"),
	}
	opts.Input.flags(cmd)
	getFormat := formatFlag(cmd, table.JSONL, table.JSONL, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		if err := opts.Input.parse(args); err != nil {
			return err
		}
		opts.DBPath = f.DBPath()
		return runExtract(cmd.Context(), opts)
	}
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions) error {
	in, err := opts.Input.input()
	if err != nil {
		return err
	}
	resume := pauseCollector() // while the directory is built (startup.go)
	x, err := usecase.Extractor(ctx, opts.DBPath, in.Anchors)
	resume()
	if err != nil {
		return err
	}
	var t *table.Table
	if opts.Format == table.Text {
		t = table.New("article", "kind", "date", "what", "value", "text")
	}
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var line []byte
	var found findingBuffers
	warnings, err := x.Parallel(ctx, opts.Input.Files, opts.Input.Read, 0, func(r extract.Result) error {
		printNotes(opts.IO.ErrOut, usecase.UnknownTickers(x.Companies, r.Article))
		for _, f := range found.findings(r) {
			if t != nil {
				t.Append(f.row()...)
				continue
			}
			var ok bool
			if line, ok = appendFinding(line[:0], f); ok {
				line = append(line, '\n')
				if _, err := out.Write(line); err != nil {
					return err
				}
				continue
			}
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	})
	printWarnings(opts.IO.ErrOut, warnings)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if t != nil {
		return table.Write(opts.IO.Out, table.Text, t)
	}
	return nil
}

// finding is one object extract prints; row gives its line in the table format.
type finding interface{ row() []any }

type articleFinding struct {
	Kind      string `json:"kind"`
	Article   string `json:"article"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	File      string `json:"file"`
	Format    string `json:"format"`
}

func (f articleFinding) row() []any {
	return []any{f.Article, f.Kind, f.Published, f.Format, "", f.File}
}

type timexFinding struct {
	Kind        string `json:"kind"`
	Article     string `json:"article"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	Mod         string `json:"mod"`
	ResolvedBy  string `json:"resolved_by"`
}

func (f timexFinding) row() []any {
	return []any{f.Article, f.Kind, f.Value, f.Type, f.ResolvedBy, f.Text}
}

type eventFinding struct {
	Kind        string   `json:"kind"`
	Article     string   `json:"article"`
	Date        string   `json:"date"`
	DateText    string   `json:"date_text"`
	Granularity string   `json:"granularity"`
	Type        string   `json:"type"`
	Status      string   `json:"status"`
	Detail      string   `json:"detail"`
	Tickers     []string `json:"tickers"`
	Companies   []string `json:"companies"`
	Headline    string   `json:"headline"`
	Sentence    string   `json:"sentence"`
	ResolvedBy  string   `json:"resolved_by"`
}

func (f eventFinding) row() []any {
	return []any{f.Article, f.Kind, f.Date, f.Type + "/" + f.Status, strings.Join(f.Tickers, ";"), f.Headline}
}

type claimFinding struct {
	Kind      string  `json:"kind"`
	Article   string  `json:"article"`
	Ticker    string  `json:"ticker"`
	Date      string  `json:"date"`
	DateValue string  `json:"date_value"`
	Metric    string  `json:"metric"`
	Op        string  `json:"op"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Text      string  `json:"text"`
	Sentence  string  `json:"sentence"`
}

func (f claimFinding) row() []any {
	return []any{f.Article, f.Kind, f.Date, f.Metric + " " + f.Op, f.Value, f.Text}
}

// findings lists one article's results as the objects extract prints. Timex offsets of text
// input are shifted to be offsets in the file. Each kind is made in one slice and the list holds
// pointers into it: an allocation per kind rather than per finding (boxing each value in the
// interface was a third of the writer's time).
// findingBuffers hold the findings of the article being printed: each article's are printed
// before the next one's are made, and made afresh they were a tenth of the bytes extract
// allocated.
type findingBuffers struct {
	out     []finding
	article articleFinding
	ts      []timexFinding
	es      []eventFinding
	cs      []claimFinding
}

// resized returns s with length n, reusing its memory when it has room.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// findings returns r's findings, in b's memory: they are valid until the next call.
func (b *findingBuffers) findings(r extract.Result) []finding {
	a := r.Article
	pub := ""
	if !a.Published.IsZero() {
		pub = isodate.FormatDay(a.Published)
	}
	out := slices.Grow(b.out[:0], 1+len(r.Timexes)+len(r.Events)+len(r.Claims))
	b.article = articleFinding{"article", a.Title, pub, a.Source, a.URL, a.File, a.Format}
	out = append(out, &b.article)
	shift := 0
	if a.Format == "text" {
		shift = a.BodyOffset
	}
	b.ts = resized(b.ts, len(r.Timexes))
	ts := b.ts
	for i, x := range r.Timexes {
		ts[i] = timexFinding{"timex", a.Title, x.Text, x.Start + shift, x.End + shift, x.Type, x.Value,
			x.Granularity, x.Mod, x.ResolvedBy}
		out = append(out, &ts[i])
	}
	b.es = resized(b.es, len(r.Events))
	es := b.es
	for i, e := range r.Events {
		sentence := ""
		if len(e.Mentions) > 0 {
			sentence = e.Mentions[0].Sentence
		}
		es[i] = eventFinding{"event", a.Title, e.Value, e.DateText, e.Granularity, string(e.Type), string(e.Status), e.Detail,
			nonNil(e.Tickers), nonNil(e.Companies), e.Headline, sentence, e.ResolvedBy}
		out = append(out, &es[i])
	}
	b.cs = resized(b.cs, len(r.Claims))
	cs := b.cs
	for i, c := range r.Claims {
		cs[i] = claimFinding{"claim", a.Title, c.Ticker, c.Date, c.DateValue, c.Metric, c.Op, c.Value,
			c.Unit, c.Text, c.Sentence}
		out = append(out, &cs[i])
	}
	b.out = out
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// --- eventline ingest articles ---

type ingestArticlesOptions struct {
	IO    *IOStreams
	Store func(ctx context.Context, readOnly bool) (*store.Store, error)
	Input articleInput
}

func newCmdIngestArticles(f *factory) *cobra.Command {
	opts := &ingestArticlesOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "articles FILE...",
		Short: "Store articles with the dates, events and claims extracted from them",
		Long: `Read articles (text, bundles of posts, Markdown with front matter, RSS or Atom feeds, JSON
Lines, HTML), extract their temporal expressions, events and price claims, and store everything in
one transaction: articles, timexes, events (with event_tickers and event_mentions) and claims.

An article already stored (same title and publication date, or same URL) is replaced with its new
findings rather than duplicated. The same event told by several articles is stored once, with a
mention per sentence. --anchors files are stored as curated events (as ingest events does) and
anchor relative dates such as "one week after IPO".`,
		Example: `  eventline ingest articles --meta articles.csv --anchors anchor-events.csv posts.txt
  eventline ingest articles news/*.md
  eventline ingest articles --published 2007-08-21 note.txt`,
		Args: minArgs(1, "at least one article file"),
	}
	opts.Input.flags(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := opts.Input.parse(args); err != nil {
			return err
		}
		return runIngestArticles(cmd.Context(), opts)
	}
	return cmd
}

func runIngestArticles(ctx context.Context, opts *ingestArticlesOptions) error {
	in, err := opts.Input.input()
	if err != nil {
		return err
	}
	resume := pauseCollector() // while the directory is built (startup.go)
	defer resume()
	in.Directory = extract.LoadDirectory() // while the database opens
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	in.Directory.Wait()
	resume()
	var progress func(done, total int64)
	if opts.IO.IsStdoutTTY() {
		bar := newProgressBar(opts.IO, "Extracting articles")
		progress = bar.set
		defer bar.stop()
	}
	res, err := usecase.IngestArticles(ctx, st.DB, in, progress)
	printNotes(opts.IO.ErrOut, res.Notes)
	printWarnings(opts.IO.ErrOut, res.Warnings)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Stored %s from %s into %s (%d replaced): %d timexes, %d event mentions (%d new events), %d claims\n",
		english.Count(res.Articles, "article"), english.Count(len(opts.Input.Files), "file"), st.Path, res.Replaced, res.Timexes, res.Events, res.NewEvents, res.Claims)
	return nil
}

// --- eventline ingest aliases ---

type ingestAliasesOptions struct {
	IO    *IOStreams
	Store func(ctx context.Context, readOnly bool) (*store.Store, error)
	Files []string
}

func newCmdIngestAliases(f *factory) *cobra.Command {
	opts := &ingestAliasesOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "aliases FILE...",
		Short: "Add company aliases (alias, name, ticker, exchange) for linking names to tickers",
		Long: `Load company aliases from CSV files with the columns alias, name, ticker and exchange (ticker
and exchange empty for private companies). A row replaces the alias of the same name, seeded or
not. Extraction links a company to its ticker through these aliases.`,
		Example: `  eventline ingest aliases companies.csv
  eventline sql "SELECT * FROM aliases WHERE ticker = 'VMW'"`,
		Args: minArgs(1, "at least one CSV file"),
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Files = args
		return runIngestAliases(cmd.Context(), opts)
	}
	return cmd
}

func runIngestAliases(ctx context.Context, opts *ingestAliasesOptions) error {
	var rows []extract.Alias
	for _, f := range opts.Files {
		as, err := extract.ReadAliases(f)
		if err != nil {
			return err
		}
		rows = append(rows, as...)
	}
	st, err := opts.Store(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	inserted, updated, err := extract.StoreAliases(ctx, st.DB, rows, len(opts.Files))
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Stored %s from %s into %s: %d new, %d replaced\n", english.Count(len(rows), "alias", "aliases"), english.Count(len(opts.Files), "file"), st.Path, inserted, updated)
	return nil
}

// --- eventline events ---

type eventsOptions struct {
	IO     *IOStreams
	Store  func(ctx context.Context, readOnly bool) (*store.Store, error)
	Filter analytics.Filter
	Format table.Format
}

func newCmdEvents(f *factory) *cobra.Command {
	opts := &eventsOptions{IO: f.IO, Store: f.OpenStore}
	cmd := &cobra.Command{
		Use:   "events",
		Short: "The event timeline: curated and extracted events with their dates and sources",
		Long: `List the stored events in date order: date (TIMEX3 value), granularity, session (before_open,
regular or after_close, when the news gave a time), type, status, tickers, headline, detail (a
dividend raised or cut, a deal terminated or completed, who left and who came in a management
change), origin (curated or extracted), the words that dated it, how many sentences mention it
and the first article. --from and --to keep the events whose date (a day, week, month, quarter or
year) meets the range.`,
		Example: `  eventline events --ticker VMW
  eventline events --from 2007-08-01 --to 2007-08-31 --type acquisition --format markdown`,
		Args: noArgs,
	}
	parseFlags := tableFlags(cmd, &opts.Filter, &opts.Format)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := parseFlags(); err != nil {
			return err
		}
		return runEvents(cmd.Context(), opts)
	}
	return cmd
}

func runEvents(ctx context.Context, opts *eventsOptions) error {
	st, err := opts.Store(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	entries, err := analytics.Timeline(ctx, st.DB, opts.Filter)
	if err != nil {
		return err
	}
	t := table.New("event_id", "date", "granularity", "session", "type", "status", "tickers", "headline", "detail", "origin", "date_text", "mentions", "source")
	for _, e := range entries {
		t.Append(e.EventID, e.Date, e.Granularity, e.Session, e.Type, e.Status, list(e.Tickers), e.Headline, e.Detail, e.Origin,
			e.DateText, e.Mentions, e.Source)
	}
	// On a narrow terminal the event itself (date, type, status, tickers, headline) stays; where it
	// came from goes first. The date's form already shows its granularity.
	t.SetDetail("granularity", "session", "detail", "origin", "date_text", "mentions", "source")
	t.Column("session").Blank = true
	t.Column("detail").Blank = true
	if len(entries) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, "No events match: load some with eventline ingest events or eventline ingest articles.")
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}

// --- eventline eval timeml ---

type evalOptions struct {
	IO        *IOStreams
	Dir       string
	Verbose   bool
	Format    table.Format
	Disable   []string // rules switched off
	ByRule    bool     // a row per rule instead of per document
	Errors    bool     // a row per disagreement with the gold annotation
	ListRules bool
}

func newCmdEval(f *factory) *cobra.Command {
	eval := &cobra.Command{
		Use:   "eval",
		Short: "Measure the extraction against annotated data",
		Args:  noArgs,
	}
	opts := &evalOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "timeml DIR",
		Short: "Score the temporal tagger on TimeML documents (DATE expressions)",
		Long: `Tag the text of every *.tml file in DIR relative to its document creation time and compare
the DATE expressions with the gold TIMEX3 annotations: a predicted expression matches a gold one
where the spans overlap, and its value is right where it equals the gold value. Prints span and
value precision, recall and F1 (with -v, per document; --errors lists every missed, spurious or
wrong value with the rule that made it). The tagger's rules are named: --rules
counts each rule's expressions and how many are right, --disable RULE measures without one, and
--list-rules lists them with their patterns.`,
		Example: `  eventline eval timeml ../shared/data/timeml/aquaint
  eventline eval timeml -v --format csv corpus/ > scores.csv
  eventline eval timeml --rules ../shared/data/timeml/aquaint
  eventline eval timeml --errors ../shared/data/timeml/aquaint | grep value
  eventline eval timeml --disable weekend --disable soon ../shared/data/timeml/aquaint
  eventline eval timeml --list-rules`,
		Args: cobra.MaximumNArgs(1),
	}
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "a row per document")
	cmd.Flags().StringArrayVar(&opts.Disable, "disable", nil, "switch a rule off by name (repeatable)")
	cmd.Flags().BoolVar(&opts.ByRule, "rules", false, "a row per rule: its DATE expressions, span matches and right values")
	cmd.Flags().BoolVar(&opts.ListRules, "list-rules", false, "list the tagger's rules (no DIR)")
	cmd.Flags().BoolVar(&opts.Errors, "errors", false, "a row per missed, spurious or wrong value (kind, gold, predicted, rule)")
	getFormat := formatFlag(cmd, table.Text)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		var err error
		if opts.Format, err = getFormat(); err != nil {
			return err
		}
		switch {
		case opts.ListRules && len(args) > 0:
			return usageErrorf("--list-rules takes no DIR")
		case !opts.ListRules && len(args) == 0:
			return usageErrorf("eval timeml needs a DIR of TimeML (*.tml) files")
		case len(args) > 0:
			opts.Dir = args[0]
		}
		return runEval(opts)
	}
	eval.AddCommand(cmd)
	eval.AddCommand(newCmdEvalEvents(f))
	return eval
}

func runEval(opts *evalOptions) error {
	if opts.ListRules {
		t := table.New("rule", "pattern", "recognizes", "examples")
		for _, r := range timex.Rules() {
			var ex []string
			for _, e := range r.Examples {
				ex = append(ex, fmt.Sprintf("%s → %s", e.Expr, e.Value))
			}
			t.Append(r.Name, r.Pattern, r.Doc, strings.Join(ex, "; "))
		}
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	if fi, err := os.Stat(opts.Dir); err != nil || !fi.IsDir() {
		return badinput.Errorf(opts.Dir, "not a directory of TimeML (*.tml) files")
	}
	tagger, err := timex.NewTagger(opts.Disable...)
	if err != nil {
		return usageErrorf("--disable: %v", err)
	}
	ev, err := tagger.EvaluateTimeML(opts.Dir)
	if err != nil {
		return err
	}
	total, docs := ev.Total, ev.Docs
	if opts.Errors {
		t := table.New("document", "kind", "gold_text", "gold_value", "predicted_text", "predicted_value", "rule")
		for _, d := range docs {
			for _, m := range d.Mismatches {
				t.Append(d.File, m.Kind, m.Gold.Text, m.Gold.Value, m.Pred.Text, m.Pred.Value, m.Pred.Rule)
			}
		}
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	if opts.ByRule {
		t := table.New("rule", "predicted", "span_matched", "value_correct", "value_p")
		for _, r := range ev.Rules {
			p := 0.0
			if r.Predicted > 0 {
				p = float64(r.ValueCorrect) / float64(r.Predicted)
			}
			t.Append(r.Rule, r.Predicted, r.SpanMatched, r.ValueCorrect, p)
		}
		t.Columns[4].Format = func(v any) string { return fmt.Sprintf("%.3f", v) }
		return table.Write(opts.IO.Out, opts.Format, t)
	}
	t := table.New("document", "gold", "predicted", "span_matched", "value_correct", "span_p", "span_r", "span_f1", "value_p", "value_r", "value_f1")
	add := func(name string, s timex.Score) {
		t.Append(name, s.Gold, s.Predicted, s.SpanMatched, s.ValueCorrect, s.SpanP, s.SpanR, s.SpanF1, s.ValueP, s.ValueR, s.ValueF1)
	}
	if opts.Verbose {
		for _, d := range docs {
			add(d.File, d.Score)
		}
	}
	add("all ("+strconv.Itoa(len(docs))+" documents)", total)
	for i := 5; i < len(t.Columns); i++ {
		t.Columns[i].Format = func(v any) string { return fmt.Sprintf("%.3f", v) }
	}
	return table.Write(opts.IO.Out, opts.Format, t)
}
