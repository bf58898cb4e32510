package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventline/eventline/data/articles"
)

// TestFaultKeepsRun checks that a fault in the rules on one article (here an Extractor with no
// company recognizer, which Extract cannot work without) costs that article's findings and a
// warning naming it, not the run: the articles after it are still read and handed on, on one
// worker and on several.
func TestFaultKeepsRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.jsonl")
	body := `{"title": "Acme beats estimates", "published": "2024-06-12", "body": "Acme Corp reported higher profit."}
{"title": "Velcor to cut jobs", "published": "2024-06-12", "body": "Velcor Inc said it would cut 500 jobs."}
`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	x := &Extractor{}
	for _, workers := range []int{1, 2} {
		var titles []string
		ws, err := x.Parallel(context.Background(), []string{path}, articles.Options{}, workers, func(r Result) error {
			titles = append(titles, r.Article.Title)
			return nil
		})
		if err != nil {
			t.Fatalf("workers %d: %v", workers, err)
		}
		if len(titles) != 2 {
			t.Errorf("workers %d: results for %q, want both articles", workers, titles)
		}
		if len(ws) != 2 || ws[0].Article != "Acme beats estimates" || ws[0].Line != 1 || !strings.Contains(ws[0].Message, "internal error") {
			t.Errorf("workers %d: warnings %+v, want one per article naming it", workers, ws)
		}
	}
}
