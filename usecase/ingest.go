package usecase

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/events"
	"github.com/eventline/eventline/data/extract"
	"github.com/eventline/eventline/data/store"
	"github.com/eventline/eventline/data/timex"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/rows"
)

// ReadEvents reads curated event files; the problems of every file are reported together.
func ReadEvents(files []string) ([]events.Record, error) {
	var recs []events.Record
	var problems []badinput.Problem
	for _, f := range files {
		rs, err := events.ReadFile(f)
		var b *badinput.Error
		if errors.As(err, &b) {
			problems = append(problems, b.Problems...)
			continue
		}
		if err != nil {
			return nil, err
		}
		recs = append(recs, rs...)
	}
	if len(problems) > 0 {
		return nil, badinput.New(problems...)
	}
	return recs, nil
}

// IngestEvents stores curated event records and the ingest's record in one transaction; files
// is how many files they came from.
func IngestEvents(ctx context.Context, db *sql.DB, recs []events.Record, files int) (events.Summary, error) {
	var sum events.Summary
	batch, err := store.BeginIngest(ctx, db, "events") // the commit marker: see data/store/recover.go
	if err != nil {
		return sum, err
	}
	defer batch.Release(context.WithoutCancel(ctx))
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return sum, err
	}
	defer tx.Rollback()
	if sum, err = events.Store(ctx, tx, recs); err != nil {
		return sum, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ingests VALUES (?, 'events', current_timestamp, ?, ?, ?, ?, 0)`,
		batch.ID, files, sum.Inserted, sum.Updated, sum.Unchanged); err != nil {
		return sum, fmt.Errorf("ingest events: %w", err)
	}
	if err := batch.Finish(ctx, tx); err != nil {
		return sum, err
	}
	if err := tx.Commit(); err != nil {
		return sum, fmt.Errorf("ingest events: %w", err)
	}
	return sum, nil
}

// ArticleInput is what `extract`, `ingest articles` and the demo read: the files, how to read
// them, and the curated events that anchor relative dates.
type ArticleInput struct {
	Files   []string
	Read    articles.Options
	Anchors []events.Record
	// Directory is the company directory being read, when the caller started reading it before
	// opening the database (extract.LoadDirectory); nil reads it here.
	Directory *extract.DirectoryLoad
}

// ArticleResult says what an article ingest stored, and what a reader should know.
type ArticleResult struct {
	extract.Summary
	// Warnings are the readers' (a bundle split by heuristic, a skipped entry); Notes are tickers
	// in article metadata that no alias knows.
	Warnings []articles.Warning
	Notes    []string
}

// UnknownTickers are notes on the tickers of an article's metadata that no alias knows.
func UnknownTickers(cos *extract.Companies, a articles.Article) []string {
	var out []string
	for _, t := range a.Tickers {
		if _, ok := cos.Ticker(t); !ok {
			out = append(out, fmt.Sprintf("%s: article %q: ticker %s is not in the aliases table (add it with eventline ingest aliases)", a.File, a.Title, t))
		}
	}
	return out
}

// IngestArticles stores the anchor records and the articles' findings in one transaction, on one
// connection so that DuckDB's appender writes within it: any failure leaves the database as it
// was. progress, when set, is told how many bytes of the files are read, after each file.
func IngestArticles(ctx context.Context, db *sql.DB, in ArticleInput, progress func(done, total int64)) (*ArticleResult, error) {
	res := &ArticleResult{}
	dir := in.Directory
	if dir == nil {
		dir = extract.LoadDirectory()
	}
	cos, err := dir.Companies(ctx, db)
	if err != nil {
		return res, err
	}
	batch, err := store.BeginIngest(ctx, db, "articles") // the commit marker: see data/store/recover.go
	if err != nil {
		return res, err
	}
	defer batch.Release(context.WithoutCancel(ctx))
	err = rows.InTransaction(ctx, db, func(conn *sql.Conn) error {
		if len(in.Anchors) > 0 {
			if _, err := events.Store(ctx, conn, in.Anchors); err != nil {
				return err
			}
		}
		anc, err := extract.LoadAnchors(ctx, conn, cos)
		if err != nil {
			return err
		}
		w, err := extract.NewWriter(ctx, conn)
		if err != nil {
			return err
		}
		defer w.Discard() // on a failure, the append in progress ends before the rollback
		w.IngestID = batch.ID
		x := &extract.Extractor{Companies: cos, Anchors: anc}
		var done, total int64
		sizes := make([]int64, len(in.Files))
		for i, f := range in.Files {
			if fi, err := os.Stat(f); err == nil {
				sizes[i] = fi.Size()
				total += fi.Size()
			}
		}
		for i, f := range in.Files {
			ws, err := x.Parallel(ctx, []string{f}, in.Read, 0, func(r extract.Result) error {
				res.Notes = append(res.Notes, UnknownTickers(cos, r.Article)...)
				return w.Write(ctx, r)
			})
			res.Warnings = append(res.Warnings, ws...)
			if err != nil {
				return err
			}
			if done += sizes[i]; progress != nil {
				progress(done, total)
			}
		}
		if err := w.Close(ctx); err != nil {
			return err
		}
		res.Warnings = append(res.Warnings, w.Warnings...)
		res.Summary = w.Summary
		if _, err := conn.ExecContext(ctx, `INSERT INTO ingests VALUES (?, 'articles', current_timestamp, ?, ?, ?, 0, 0)`,
			batch.ID, len(in.Files), res.Articles-res.Replaced, res.Replaced); err != nil {
			return fmt.Errorf("ingest articles: %w", err)
		}
		return batch.Finish(ctx, conn)
	})
	return res, err
}

// Extractor reads articles as ingest would, without storing anything: with the aliases and
// anchor events of the database at dbPath when it exists (opened read-only), else the built-in
// aliases, and the anchors given.
func Extractor(ctx context.Context, dbPath string, anchors []events.Record) (*extract.Extractor, error) {
	path := ""
	if _, err := os.Stat(dbPath); err == nil {
		path = dbPath
	}
	if err := store.CheckPath(path); err != nil {
		return nil, err
	}
	dir := extract.LoadDirectory() // while the database opens
	if path == "" {
		return seedExtractor(ctx, dir, anchors)
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	cos, err := dir.Companies(ctx, st.DB)
	if err != nil {
		return nil, err
	}
	anc, err := extract.LoadAnchors(ctx, st.DB, cos)
	if err != nil {
		return nil, err
	}
	return &extract.Extractor{Companies: cos, Anchors: withAnchors(anc, anchors, cos)}, nil
}

// withAnchors appends the anchor records given to the anchors of a database.
func withAnchors(anc []timex.Anchor, anchors []events.Record, cos *extract.Companies) []timex.Anchor {
	for _, r := range anchors {
		id := fmt.Sprintf("%s:%d", r.Value, r.Line)
		anc = append(anc, extract.Anchor(id, r.Value, r.Type, r.Headline, r.Companies, r.Tickers, cos))
	}
	return anc
}

// seedExtractor is Extractor where there is no database: the seed aliases, the directory and the
// anchors given, which is all a new database would hold, without making one (store.SeedAliases).
func seedExtractor(ctx context.Context, dir *extract.DirectoryLoad, anchors []events.Record) (*extract.Extractor, error) {
	seed, err := store.SeedAliases()
	if err != nil {
		return nil, err
	}
	as := make([]extract.Alias, len(seed))
	for i, a := range seed {
		as[i] = extract.Alias{Alias: a.Alias, Company: extract.Company{Name: a.Name, Ticker: a.Ticker, Exchange: a.Exchange}, Origin: extract.SourceSeed}
	}
	cos, err := dir.With(ctx, as)
	if err != nil {
		return nil, err
	}
	return &extract.Extractor{Companies: cos, Anchors: withAnchors(nil, anchors, cos)}, nil
}
