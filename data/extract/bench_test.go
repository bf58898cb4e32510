package extract_test

import (
	"os"
	"testing"

	"github.com/eventline/eventline/data/articles"
)

// BenchmarkExtract runs extraction over the example articles, or over the generated corpus of
// bench/extract when it is there (go run ./bench/extract writes it).
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(&testing.T{})
	var arts []articles.Article
	file := "../../bench/out/articles/news-2500.jsonl"
	if _, err := os.Stat(file); err != nil {
		b.Skip("no generated corpus: run go run ./bench/extract first")
	}
	if _, err := articles.Read(b.Context(), file, articles.Options{}, func(a articles.Article) error {
		arts = append(arts, a)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, a := range arts {
		size += int64(len(a.Title) + len(a.Body))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
