package articles

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/shared"
)

// inventedBundle is a listing page with the traps of real ones: a quoted note after an
// introduction, a numbered FAQ entry with a one-line answer, a question in a body, a list.
const inventedBundle = `Acme to acquire Widget Works

Acme said today that it will buy Widget Works for $2 billion in cash.

The companies published the following note:

Widget Works Acquired by Acme in March 2026

The deal is expected to close in the third quarter.

Is this a good price for Acme shareholders?

Most analysts we spoke to think it is, although some would have preferred a share buyback instead of a large acquisition.

Hooli to leave the index?

Hooli may be dropped from the index next month, people familiar with the matter said.

From the index provider's FAQ page:

2.1. Does a removal take effect at once?

Not in all cases.

- first list item

Read the full notice at the source.

Initech: what the layoffs mean

Initech cut 200 jobs on Monday.

Thanks to a reader for the tip.
`

func titles(as []Article) []string {
	var ts []string
	for _, a := range as {
		ts = append(ts, a.Title)
	}
	return ts
}

func TestBundleHeuristic(t *testing.T) {
	path := write(t, "page.txt", inventedBundle)
	got, ws := mustRead(t, path, Options{Format: "bundle"})
	want := []string{"Acme to acquire Widget Works", "Hooli to leave the index?", "Initech: what the layoffs mean"}
	if !reflect.DeepEqual(titles(got), want) {
		t.Fatalf("titles = %q, want %q", titles(got), want)
	}
	if !hasWarning(ws, "split heuristically into 3 posts; give --meta to split exactly") {
		t.Errorf("warnings = %v", ws)
	}
	if got[1].Line != 15 || got[2].Body != "Initech cut 200 jobs on Monday.\n\nThanks to a reader for the tip." {
		t.Errorf("line %d, body %q", got[1].Line, got[2].Body)
	}
	checkOffsets(t, inventedBundle, got)
}

func TestBundleHeuristicCases(t *testing.T) {
	tests := []struct {
		name, content string
		titles        []string
	}{
		{"one post", "Only title\n\nOnly body.\n", []string{"Only title"}},
		{"title then subtitle", "Title\n\nA subtitle\n\nBody.\n\nNext title\n\nBody.\n", []string{"Title", "Next title"}},
		{"trailing short line is not a title", "Title\n\nBody.\n\nSigned off\n", []string{"Title"}},
		{"long line is not a title", "Title\n\nBody.\n\n" + strings.Repeat("word ", 30) + "\n\nBody.\n", []string{"Title"}},
		{"quoted line", "Title\n\nBody.\n\n“A quote standing alone”\n\nBody.\n", []string{"Title"}},
		{"no title first", "A first paragraph\nof two lines.\n\nTitle\n\nBody.\n", []string{"", "Title"}},
		{"trailers and date lines", "Title\n\nAugust 22, 2026\n\nBody.\n\nContinue reading →\n\nPosted by Jane in News\n\n3 comments\n\nNext title\n\n2026-08-21 10:00\n\nBody.\n",
			[]string{"Title", "Next title"}},
		{"headlines that start like trailers", "More layoffs at Acme\n\nBody.\n\nShare buyback at Initech\n\nBody.\n\nBy the numbers: the Acme deal and its price\n\nBody.\n\nBy Jane Doe\n\nBody.\n",
			[]string{"More layoffs at Acme", "Share buyback at Initech", "By the numbers: the Acme deal and its price"}},
		{"exclamation", "Title\n\nBody.\n\nAcme soars!\n\nBody.\n", []string{"Title", "Acme soars!"}},
		{"CRLF", "Title\r\n\r\nBody.\r\n\r\nNext title\r\n\r\nBody.\r\n", []string{"Title", "Next title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustRead(t, write(t, "b.txt", tt.content), Options{Format: "bundle"})
			if !reflect.DeepEqual(titles(got), tt.titles) {
				t.Errorf("titles = %q, want %q", titles(got), tt.titles)
			}
			checkOffsets(t, tt.content, got)
		})
	}
}

// checkOffsets checks that every Body sits in the file at its BodyOffset.
func checkOffsets(t *testing.T, file string, as []Article) {
	t.Helper()
	runes := []rune(file)
	for _, a := range as {
		n := utf8.RuneCountInString(a.Body)
		if a.BodyOffset+n > len(runes) || string(runes[a.BodyOffset:a.BodyOffset+n]) != a.Body {
			t.Errorf("%q: Body is not the file's text at rune offset %d", a.Title, a.BodyOffset)
		}
	}
}

func TestBundleMeta(t *testing.T) {
	meta := []Meta{
		{Title: "Acme to acquire Widget Works", Published: day("2026-03-02"), Source: "Wire", Line: 2},
		{Title: "Is this a good price for Acme shareholders?", Published: day("2026-03-02"), Line: 3},
		{Title: "Hooli  to leave the index?", Published: day("2026-03-01"), URL: "https://x.example", Line: 4},
		{Title: "Initech: what the layoffs mean", Published: day("2026-02-27"), Line: 5},
	}
	path := write(t, "page.txt", "Preamble text.\n\n"+strings.Replace(inventedBundle, "Hooli to leave", "Hooli\u00a0to leave", 1))
	got, ws := mustRead(t, path, Options{Meta: meta}) // auto: .txt whose lines hold the titles
	if len(got) != 4 {
		t.Fatalf("titles = %q", titles(got))
	}
	for i, a := range got {
		if a.Format != "bundle" || !a.Published.Equal(meta[i].Published) || a.Source != meta[i].Source || a.URL != meta[i].URL {
			t.Errorf("post %d = %+v", i, a)
		}
	}
	if got[2].Title != "Hooli to leave the index?" || got[2].Line != 17 { // white space collapsed
		t.Errorf("post 2: %q at line %d", got[2].Title, got[2].Line)
	}
	if len(ws) != 1 || ws[0].Line != 1 || !strings.Contains(ws[0].Message, "before the first title") {
		t.Errorf("warnings = %v", ws)
	}

	tests := []struct {
		name string
		meta []Meta
		subs []string
	}{
		{"title not found", []Meta{meta[0], {Title: "Acme to acquire Widget Works, again", Line: 7}},
			[]string{"page.txt: column title: value \"Acme to acquire Widget Works, again\"", "not found", "metadata line 7"}},
		{"curly quotes differ", []Meta{meta[0], {Title: "Initech: what the layoffs mean\u201d"}}, []string{"not found"}},
		{"empty title", []Meta{meta[0], {Title: " "}}, []string{"metadata row 2 has an empty title"}},
		{"out of order", []Meta{meta[3], meta[0]}, []string{"found at line 1, before the previous title (line 29)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := readAll(t, write(t, "page.txt", inventedBundle), Options{Format: "bundle", Meta: tt.meta})
			wantBad(t, err, 0, tt.subs...)
			if len(got) != 0 {
				t.Errorf("%d articles handed on before the error", len(got))
			}
		})
	}
}

// TestReferenceBundle reads the reference corpus beside the project (skipped when absent).
func TestReferenceBundle(t *testing.T) {
	dir := shared.Dir(t, "seed")
	path := filepath.Join(dir, "virtualization-info-2007-08.txt")
	meta, err := ReadMeta(filepath.Join(dir, "articles.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(meta) != 9 {
		t.Fatalf("articles.csv has %d rows, want 9", len(meta))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	exact, ws := mustRead(t, path, Options{Meta: meta})
	if len(exact) != 9 || len(ws) != 0 {
		t.Fatalf("with metadata: %d posts %q, warnings %v", len(exact), titles(exact), ws)
	}
	for i, a := range exact {
		if a.Format != "bundle" || a.Title != meta[i].Title || !a.Published.Equal(meta[i].Published) || a.Source != "virtualization.info" {
			t.Errorf("post %d: %q %v %q, want %q %v", i, a.Title, a.Published, a.Source, meta[i].Title, meta[i].Published)
		}
		if a.Body == "" || a.Line == 0 {
			t.Errorf("post %d: empty body or no line", i)
		}
	}
	checkOffsets(t, string(data), exact)

	guessed, ws := mustRead(t, path, Options{Format: "bundle"})
	if !reflect.DeepEqual(titles(guessed), titles(exact)) {
		t.Errorf("heuristic titles:\n%q\nwant\n%q", titles(guessed), titles(exact))
	}
	for i := range guessed {
		if i < len(exact) && (guessed[i].Body != exact[i].Body || guessed[i].BodyOffset != exact[i].BodyOffset) {
			t.Errorf("post %d: heuristic body differs from the exact one", i)
		}
	}
	if !hasWarning(ws, "split heuristically into 9 posts") {
		t.Errorf("warnings = %v", ws)
	}

	// The same page with Windows line endings splits the same way.
	crlf := strings.ReplaceAll(string(data), "\n", "\r\n")
	guessed, _ = mustRead(t, write(t, "crlf.txt", crlf), Options{Format: "bundle"})
	if !reflect.DeepEqual(titles(guessed), titles(exact)) {
		t.Errorf("heuristic titles with CRLF:\n%q", titles(guessed))
	}
	checkOffsets(t, crlf, guessed)

	// Without metadata a .txt file is one text.
	whole, _ := mustRead(t, path, Options{})
	if len(whole) != 1 || whole[0].Format != "text" || whole[0].Body != string(data) {
		t.Errorf("auto without metadata: %d articles", len(whole))
	}
}
