package extract_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/extract"
)

// writeCorpus writes n short articles as JSON Lines, each naming its number in its title.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"title":"Note %d","published":"2007-08-%02d","body":"VMware shares rose %d%% today, closing at $%d.50. Citrix agreed to acquire XenSource."}`+"\n", i, 1+i%28, 1+i%40, 50+i%30)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func summary(r extract.Result) string {
	var parts []string
	parts = append(parts, r.Article.Title)
	for _, e := range r.Events {
		parts = append(parts, fmt.Sprintf("%s/%s/%s/%v", e.Value, e.Type, e.Status, e.Tickers))
	}
	for _, c := range r.Claims {
		parts = append(parts, fmt.Sprintf("%s %s %g", c.Ticker, c.Metric, c.Value))
	}
	return strings.Join(parts, " | ")
}

// TestParallelKeepsOrder: the parallel pipeline gives what Each gives, in the same order, for any
// number of workers.
func TestParallelKeepsOrder(t *testing.T) {
	x := newExtractor(t)
	path := writeCorpus(t, 300)
	var want []string
	if _, err := x.Each(context.Background(), []string{path}, articles.Options{}, func(r extract.Result) error {
		want = append(want, summary(r))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(want) != 300 || len(strings.Split(want[0], " | ")) < 3 {
		t.Fatalf("Each gave %d results, first %q", len(want), want[0])
	}
	for _, workers := range []int{1, 2, 3, 8} {
		var got []string
		if _, err := x.Parallel(context.Background(), []string{path, path}, articles.Options{}, workers, func(r extract.Result) error {
			got = append(got, summary(r))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, append(slices.Clone(want), want...)) {
			t.Errorf("%d workers: results differ from Each's or are out of order", workers)
		}
	}
}

// TestParallelStops: an error from the callback stops the pipeline and comes back; a cancelled
// context does too.
func TestParallelStops(t *testing.T) {
	x := newExtractor(t)
	path := writeCorpus(t, 500)
	stop := errors.New("stop")
	n := 0
	_, err := x.Parallel(context.Background(), []string{path}, articles.Options{}, 4, func(r extract.Result) error {
		if n++; n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("err %v after %d results, want stop after 10", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	_, err = x.Parallel(ctx, []string{path}, articles.Options{}, 4, func(r extract.Result) error {
		if n++; n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n >= 500 {
		t.Errorf("err %v after %d results, want context.Canceled before the end", err, n)
	}
}

// TestParallelLongArticles: articles longer than a batch's text go one to a batch, in order.
func TestParallelLongArticles(t *testing.T) {
	x := newExtractor(t)
	var b strings.Builder
	for i := range 12 {
		body := strings.Repeat(fmt.Sprintf("VMware shares rose %d%% today. ", 1+i), 200*(1+i%3))
		fmt.Fprintf(&b, `{"title":"Long %d","published":"2007-08-%02d","body":%q}`+"\n", i, 1+i, body)
	}
	path := filepath.Join(t.TempDir(), "long.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	collect := func(workers int) []string {
		var got []string
		if _, err := x.Parallel(context.Background(), []string{path}, articles.Options{}, workers, func(r extract.Result) error {
			got = append(got, summary(r))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	want := collect(1)
	if len(want) != 12 {
		t.Fatalf("%d results, want 12", len(want))
	}
	if got := collect(3); !slices.Equal(got, want) {
		t.Errorf("3 workers: results differ from one worker's or are out of order")
	}
}
