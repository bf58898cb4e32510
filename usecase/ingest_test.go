package usecase_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/example"
	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/testdb"
	"github.com/eventline/eventline/usecase"
)

// TestIngestArticles: the example articles and their anchors go in together; a batch with a
// bad file leaves the database as it was.
func TestIngestArticles(t *testing.T) {
	ctx := context.Background()
	st := testdb.ExamplePrices(t, "")
	dir := t.TempDir()
	files, err := example.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	anchors, err := usecase.ReadEvents([]string{files.Events})
	if err != nil || len(anchors) == 0 {
		t.Fatalf("anchors: %d, %v", len(anchors), err)
	}
	res, err := usecase.IngestArticles(ctx, st.DB, usecase.ArticleInput{Files: files.Articles, Anchors: anchors}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != len(files.Articles) || res.Events == 0 || res.Claims == 0 {
		t.Errorf("stored %+v", res.Summary)
	}
	counts := func() [3]int {
		var c [3]int
		for i, table := range []string{"articles", "events", "ingests"} {
			if err := st.DB.QueryRow(`SELECT count(*) FROM ` + table).Scan(&c[i]); err != nil {
				t.Fatal(err)
			}
		}
		return c
	}
	before := counts()
	empty := filepath.Join(dir, "empty.md")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = usecase.IngestArticles(ctx, st.DB, usecase.ArticleInput{Files: append(files.Articles[:1:1], empty)}, nil)
	if _, ok := err.(*badinput.Error); !ok {
		t.Fatalf("an empty file: %v, want bad input", err)
	}
	if after := counts(); after != before {
		t.Errorf("a failed ingest changed the database: %v, was %v", after, before)
	}
	// Reading the same articles again replaces them.
	res, err = usecase.IngestArticles(ctx, st.DB, usecase.ArticleInput{Files: files.Articles}, nil)
	if err != nil || res.Replaced != len(files.Articles) {
		t.Errorf("again: %+v, %v", res, err)
	}
}

func TestReadEventsReportsEveryFile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.csv", "b.csv"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("date,ticker,type,title\nyesterday,VMW,ipo,VMware IPO\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	_, err := usecase.ReadEvents(paths)
	b, ok := err.(*badinput.Error)
	if !ok || len(b.Problems) != 2 {
		t.Fatalf("%v: want a problem in each file", err)
	}
}
