package extract

import (
	"context"
	"runtime"
	"sync"

	"github.com/eventline/eventline/data/articles"
)

// Parallel reads every file like Each and extracts the articles on workers goroutines (0 means
// one per core), calling fn with the results in input order from the calling goroutine, so that
// fn needs no locking and output is the same as Each's. At most a few articles per worker are in
// flight at once, so memory does not grow with the number of articles. It stops at the first
// error from reading or from fn.
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
		a   articles.Article
		out chan Result // buffered 1: a worker never waits for the consumer
	}
	jobs := make(chan job, workers)
	// order carries each article's result channel in input order; its capacity bounds the
	// articles in flight.
	order := make(chan chan Result, 4*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- x.Extract(j.a)
			}
		}()
	}

	var warnings []articles.Warning
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		for _, p := range paths {
			ws, err := articles.Read(ctx, p, opts, func(a articles.Article) error {
				out := make(chan Result, 1)
				select {
				case order <- out:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case jobs <- job{a, out}:
				case <-ctx.Done():
					close(out) // no worker will fill it
					return ctx.Err()
				}
				return nil
			})
			warnings = append(warnings, ws...)
			if err != nil {
				readErr = err
				return
			}
		}
	}()

	var fnErr error
	for out := range order {
		r, ok := <-out
		if !ok || fnErr != nil {
			continue // drain, so that the reader and the workers finish
		}
		if fnErr = fn(r); fnErr != nil {
			cancel()
		}
	}
	wg.Wait()
	// The reader has returned (order is closed), so warnings and readErr are settled.
	if fnErr != nil {
		return warnings, fnErr
	}
	if readErr != nil {
		return warnings, readErr
	}
	return warnings, ctx.Err()
}
