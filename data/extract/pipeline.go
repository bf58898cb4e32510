package extract

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/eventline/eventline/data/articles"
)

// Articles travel through Parallel in batches of about batchText bytes of text (at most
// batchArticles articles) rather than one by one: three channel hand-offs per batch instead of
// per article (reader to worker to writer), and fewer threads parked and woken (voluntary
// context switches of the bench's 10,000 articles on two cores: about 3,000 before, 2,000
// after). Sixteen kilobytes is a dozen or so news articles: enough to amortize a hand-off,
// little enough that the writer is never long without work and memory stays small.
const (
	batchText     = 16 << 10
	batchArticles = 64
)

// Parallel reads every file like Each and extracts the articles on workers goroutines (0 means
// one per core), calling fn with the results in input order from the calling goroutine, so that
// fn needs no locking and output is the same as Each's. At most a few batches of articles per
// worker are in flight at once, so memory does not grow with the number of articles. It stops
// at the first error from reading or from fn.
func (x *Extractor) Parallel(ctx context.Context, paths []string, opts articles.Options, workers int, fn func(Result) error) ([]articles.Warning, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 {
		return x.Each(ctx, paths, opts, fn)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		as  []articles.Article
		out chan []Result // buffered 1: a worker never waits for the consumer
	}
	jobs := make(chan job, workers)
	// order carries each batch's result channel in input order; its capacity bounds the batches
	// in flight.
	order := make(chan chan []Result, 2*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rs := make([]Result, len(j.as))
				for i, a := range j.as {
					rs[i] = x.extractGuarded(a)
				}
				j.out <- rs
			}
		}()
	}

	var warnings []articles.Warning
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		var batch []articles.Article
		size := 0
		send := func() error {
			if len(batch) == 0 {
				return nil
			}
			out := make(chan []Result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{batch, out}:
			case <-ctx.Done():
				close(out) // no worker will fill it
				return ctx.Err()
			}
			batch, size = nil, 0
			return nil
		}
		for _, p := range paths {
			ws, err := articles.Read(ctx, p, opts, func(a articles.Article) error {
				batch = append(batch, a)
				if size += len(a.Title) + len(a.Body); size >= batchText || len(batch) >= batchArticles {
					return send()
				}
				return nil
			})
			warnings = append(warnings, ws...)
			if err != nil {
				readErr = err
				return
			}
		}
		if err := send(); err != nil {
			readErr = err
		}
	}()

	var fnErr error
	var failed []articles.Warning
	for out := range order {
		rs, ok := <-out
		for _, r := range rs {
			if !ok || fnErr != nil || ctx.Err() != nil {
				break // drain, so that the reader and the workers finish
			}
			if r.failure != "" {
				failed = append(failed, failureWarning(r))
			}
			if fnErr = fn(r); fnErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	// The reader has returned (order is closed), so warnings and readErr are settled.
	warnings = append(warnings, failed...)
	if fnErr != nil {
		return warnings, fnErr
	}
	if readErr != nil {
		return warnings, readErr
	}
	return warnings, ctx.Err()
}

// extractGuarded is Extract for a run over many articles: a fault in the rules on one article
// (a panic: a bug, never the input's fault) must not stop the run and throw a stack trace at the
// user. The article is kept with no findings and the failure is reported as a warning naming it,
// so that a rerun after a fix finds what it holds.
func (x *Extractor) extractGuarded(a articles.Article) (r Result) {
	defer func() {
		if p := recover(); p != nil {
			r = Result{Article: a, failure: fmt.Sprint(p)}
		}
	}()
	return x.Extract(a)
}

// failureWarning is the warning for an article extraction failed on.
func failureWarning(r Result) articles.Warning {
	return articles.Warning{File: r.Article.File, Line: r.Article.Line, Article: r.Article.Title,
		Message: "extraction failed on this article (an internal error: " + r.failure +
			"); it is kept without dates, events or claims; please report it"}
}
