package corpus_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/eventline/eventline/data/eventeval/corpus"
	"github.com/eventline/eventline/internal/badinput"
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRead joins a corpus's articles with their gold labels: an article without a label is left
// out, and the article's own tickers stay apart from the gold ones.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, corpus.ArticlesFile, `{"url":"u1","title":"Acme to buy Northwind","published":"2024-03-04","body":"Acme agreed to buy Northwind.","tickers":["ACME"]}
{"url":"u2","title":"Unlabelled","published":"2024-03-05","body":"Nothing here."}
`)
	write(t, dir, corpus.GoldFile, `{"url":"u1","topics":["acq"],"tickers":["ACME","NWT"]}
`)
	docs, err := corpus.Read(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Article.Title != "Acme to buy Northwind" || d.Article.Published.Format("2006-01-02") != "2024-03-04" ||
		len(d.Gold.Topics) != 1 || len(d.Gold.Tickers) != 2 || len(d.Article.Tickers) != 1 {
		t.Errorf("document %+v", d)
	}
}

// TestReadGoldBadLine reports a line that is no label as FILE:LINE bad input.
func TestReadGoldBadLine(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, corpus.GoldFile, "{\"url\":\"u1\",\"topics\":[],\"tickers\":[]}\n{\"topics\":[\"acq\"]}\n")
	_, err := corpus.ReadGold(filepath.Join(dir, corpus.GoldFile))
	var bad *badinput.Error
	if !errors.As(err, &bad) || bad.Problems[0].Line != 2 {
		t.Fatalf("error %v, want bad input at line 2", err)
	}
}
