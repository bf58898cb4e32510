package articles

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestJSONLStreaming reads 20,000 articles and checks, through the heap size seen from the
// callback, that they are not all held at once.
func TestJSONLStreaming(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 40 MB file")
	}
	const n = 20000
	path := filepath.Join(t.TempDir(), "many.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	body := strings.Repeat("Acme sold widgets. ", 100)
	for i := range n {
		fmt.Fprintf(w, `{"title":"Article %d","published":"2026-01-02","body":%q,"tickers":["acme"]}`+"\n", i, body)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)

	count := 0
	var peak uint64
	var ms runtime.MemStats
	ws, err := Read(context.Background(), path, Options{}, func(a Article) error {
		if a.Title != fmt.Sprintf("Article %d", count) || a.Line != count+1 {
			return fmt.Errorf("article %d is %q at line %d", count, a.Title, a.Line)
		}
		count++
		if count%1000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		return nil
	})
	if err != nil || len(ws) != 0 {
		t.Fatalf("err %v, warnings %v", err, ws)
	}
	if count != n {
		t.Errorf("read %d articles, want %d", count, n)
	}
	if len(ws) != 0 {
		t.Errorf("warnings %v", ws)
	}
	if peak > uint64(st.Size())/2 {
		t.Errorf("heap reached %d bytes for a %d-byte file: articles are held in memory", peak, st.Size())
	}
}

// TestLongLine reads a single 10 MB line as JSON Lines and as text: the line is fine, and the
// article keeps its first MaxBody bytes (TestLongArticlesAreCut checks the cut).
func TestLongLine(t *testing.T) {
	long := strings.Repeat("word ", 2<<20) // 10 MiB
	tests := []struct {
		file, content string
	}{
		{"long.jsonl", `{"title":"Long","body":"` + long + `"}`},
		{"long.txt", long},
		{"long.md", "---\ntitle: Long\n---\n" + long},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, _ := mustRead(t, write(t, tt.file, tt.content), Options{})
			if len(got) != 1 || len(got[0].Body) < MaxBody-MaxBody/10 || len(got[0].Body) > MaxBody {
				t.Fatalf("got %d articles", len(got))
			}
			if n := utf8.RuneCountInString(got[0].Title); n > maxClip+1 {
				t.Errorf("title of %d runes", n)
			}
		})
	}
	got, _ := mustRead(t, write(t, "long.txt", "Title\n\nBody\n\nNext\n\n"+long), Options{Format: "bundle"})
	if len(got) != 2 {
		t.Errorf("bundle: %q", titles(got))
	}
}

// TestLineLimit checks the clear failure past the longest line accepted (64 MiB in use; a few
// bytes here).
func TestLineLimit(t *testing.T) {
	lr := newLineReader(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\n"))
	lr.limit = 50
	if l, err := lr.next(); err != nil || l.text != "short" {
		t.Fatalf("first line %q, %v", l.text, err)
	}
	_, err := lr.next()
	wantBad(t, lineError("f.jsonl", err), 2, "f.jsonl:2: line longer than 50 bytes")
}

// FuzzRead checks that no input makes any format panic.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"", "\x00\xff\xfe", "Title\n\nBody.\n\nNext\n\nBody?\n", inventedBundle, rssFeed, atomFeed,
		"---\ntitle: x\ndate: 2026-01-01\ntickers: [a, [b]]\n---\n# H\n\n*a* _b_ [c](d) ![e](f)\n```\ng\n",
		"---\n- a\n---\n", "---\n: :\n", `{"title":"a","tickers":3}` + "\n{", "<html><body><article><p>x<pre> y </pre></article>",
		"<?xml version=\"1.0\"?><rss><channel><item><title>&lt;b&gt;x</title></item></channel></rss>",
	} {
		f.Add(seed)
	}
	formats := Formats[1:]
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data string) {
		path := filepath.Join(dir, "fuzz")
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, format := range append(formats, "auto") {
			_, _ = Read(context.Background(), path, Options{Format: format}, func(a Article) error {
				if a.Format == "" || a.File != path {
					t.Errorf("%s: article without its format or file: %+v", format, a)
				}
				return nil
			})
		}
		_, _ = ReadMeta(path)
	})
}
