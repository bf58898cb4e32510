package eventeval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/eventline/eventline/data/articles"
	"github.com/eventline/eventline/data/extract"
)

func TestDebugTickers(t *testing.T) {
	if os.Getenv("DBG") == "" {
		t.Skip()
	}
	dir := "/work/shared/data/news/reuters-train"
	golds, _ := readGold(filepath.Join(dir, "gold.jsonl"))
	as, _ := extract.ReadAliases(filepath.Join(dir, "aliases.csv"))
	x := &extract.Extractor{Companies: extract.NewCompanies(as)}
	count := map[string]int{}
	out, _ := os.Create("/tmp/dbg.jsonl")
	defer out.Close()
	x.Parallel(context.Background(), []string{filepath.Join(dir, "articles.jsonl")}, articles.Options{Format: "jsonl"}, 0, func(r extract.Result) error {
		g := golds[r.Article.URL]
		for _, e := range r.Events {
			for _, tk := range e.Tickers {
				if !slices.Contains(g.Tickers, tk) {
					// find mention text
					txt := ""
					for _, m := range e.Mentions {
						for _, c := range x.Companies.Find(m.Sentence) {
							if c.Ticker == tk {
								txt = c.Text
							}
						}
					}
					count[txt+" -> "+tk]++
				}
			}
			b, _ := json.Marshal(map[string]any{"url": r.Article.URL, "title": r.Article.Title, "topics": g.Topics, "gold": g.Tickers, "type": e.Type, "status": e.Status, "date": e.Value, "tickers": e.Tickers, "companies": e.Companies, "sentence": e.Mentions[0].Sentence, "headline": e.Headline})
			out.Write(append(b, '\n'))
		}
		return nil
	})
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	for _, k := range keys[:min(60, len(keys))] {
		fmt.Println(count[k], k)
	}
}
