// Package corpus reads a corpus of news labelled per document: DIR/articles.jsonl (the articles,
// with url and published), DIR/gold.jsonl (one object per document: url, topics, tickers) and
// optionally DIR/aliases.csv (its companies, as for ingest aliases). The Reuters-21578
// development set beside the project is one. Scoring (data/eventeval) and the linking tests of
// data/extract read corpora through it, so that both see the same documents.
package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/internal/badinput"
)

// The files of a corpus directory.
const (
	ArticlesFile = "articles.jsonl"
	GoldFile     = "gold.jsonl"
	AliasesFile  = "aliases.csv"
)

// Gold is one document's labels: the news categories it is about (Reuters' acq, earn) and the
// tickers of the listed companies it is about.
type Gold struct {
	URL     string   `json:"url"`
	Topics  []string `json:"topics"`
	Tickers []string `json:"tickers"`
}

// Doc is an article with its labels (both name tickers: the article's metadata, and the gold).
type Doc struct {
	Article articles.Article
	Gold    Gold
}

// ReadGold reads a gold.jsonl file by document URL. A line that is not a label object with a url
// is bad input (FILE:LINE).
func ReadGold(path string) (map[string]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, badinput.Errorf(path, "cannot read the gold labels: %v", err)
	}
	defer f.Close()
	out := map[string]Gold{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g Gold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil || g.URL == "" {
			return nil, badinput.New(badinput.Problem{File: path, Line: line, Rule: "a gold label is a JSON object with url, topics and tickers"})
		}
		out[g.URL] = g
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// Read reads the documents of a corpus directory that have a gold label, in file order, as
// articles.Read parses them.
func Read(ctx context.Context, dir string) ([]Doc, error) {
	golds, err := ReadGold(filepath.Join(dir, GoldFile))
	if err != nil {
		return nil, err
	}
	var docs []Doc
	_, err = articles.Read(ctx, filepath.Join(dir, ArticlesFile), articles.Options{Format: "jsonl"}, func(a articles.Article) error {
		if g, ok := golds[a.URL]; ok {
			docs = append(docs, Doc{Article: a, Gold: g})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}
