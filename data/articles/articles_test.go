package articles

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// write creates a file named name holding content in a fresh temporary directory.
func write(t testing.TB, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readAll(t testing.TB, path string, opts Options) ([]Article, []Warning, error) {
	t.Helper()
	var got []Article
	ws, err := Read(context.Background(), path, opts, func(a Article) error {
		got = append(got, a)
		return nil
	})
	return got, ws, err
}

func mustRead(t testing.TB, path string, opts Options) ([]Article, []Warning) {
	t.Helper()
	got, ws, err := readAll(t, path, opts)
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return got, ws
}

// wantBad checks that err is bad input whose first problem is on line with a message
// containing each of subs.
func wantBad(t testing.TB, err error, line int, subs ...string) {
	t.Helper()
	var bad *badinput.Error
	if !errors.As(err, &bad) {
		t.Fatalf("error = %v (%T), want a *badinput.Error", err, err)
	}
	if got := bad.Problems[0].Line; got != line {
		t.Errorf("line = %d, want %d (%v)", got, line, err)
	}
	for _, s := range subs {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not contain %q", err, s)
		}
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func hasWarning(ws []Warning, sub string) bool {
	for _, w := range ws {
		if strings.Contains(w.Message, sub) {
			return true
		}
	}
	return false
}

func TestText(t *testing.T) {
	const doc = "\n  Acme Corp lifts its outlook\n\nAcme said on Tuesday that sales rose.\r\nThe shares gained 4%.\n"
	tests := []struct {
		name, content string
		offset        int
	}{
		{"plain", doc, 0},
		{"byte order mark", "\ufeff" + doc, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, "acme.txt", tt.content)
			got, ws := mustRead(t, path, Options{Published: day("2026-03-03")})
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			a := got[0]
			if a.Title != "Acme Corp lifts its outlook" || a.Format != "text" || a.Line != 1 || a.File != path {
				t.Errorf("article = %+v", a)
			}
			if a.Body != doc || a.BodyOffset != tt.offset {
				t.Errorf("body = %q at %d, want the whole file at %d", a.Body, a.BodyOffset, tt.offset)
			}
			// Offsets within Body are offsets within the file.
			file := []rune(tt.content)
			i := strings.Index(a.Body, "Tuesday")
			off := a.BodyOffset + utf8.RuneCountInString(a.Body[:i])
			if string(file[off:off+7]) != "Tuesday" {
				t.Errorf("offset %d in the file is %q", off, string(file[off:off+7]))
			}
			if !a.Published.Equal(day("2026-03-03")) || len(ws) != 0 {
				t.Errorf("published %v, warnings %v", a.Published, ws)
			}
		})
	}
}

func TestMarkdown(t *testing.T) {
	const md = `---
title: "Acme to buy Widget Works"
date: 2026-02-10 09:30
source: Example Wire
url: https://news.example/acme
tickers: [acme, wdgt]
---
# A heading

Acme **agreed** to buy _Widget Works_ for $2 billion, [the company said](https://acme.example/pr).
The deal should close in *June*.

![a chart](chart.png)

- first point
* second point

` + "```" + `
raw **code** stays
` + "```" + `
`
	path := write(t, "acme.md", md)
	got, ws := mustRead(t, path, Options{})
	if len(got) != 1 || len(ws) != 0 {
		t.Fatalf("got %d articles, warnings %v", len(got), ws)
	}
	a := got[0]
	want := Article{
		Title: "Acme to buy Widget Works", Published: time.Date(2026, 2, 10, 9, 30, 0, 0, time.UTC),
		Source: "Example Wire", URL: "https://news.example/acme", Tickers: []string{"ACME", "WDGT"},
		Body: "A heading\n\nAcme agreed to buy Widget Works for $2 billion, the company said. The deal should close in June.\n\n" +
			"- first point\n- second point\n\nraw **code** stays",
		File: path, Format: "markdown", Line: 1,
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("got  %+v\nwant %+v", a, want)
	}
}

func TestMarkdownVariants(t *testing.T) {
	tests := []struct {
		name, content string
		title         string
		published     time.Time
		tickers       []string
		body          string
	}{
		{"no front matter", "# Widget Works profit falls\n\nProfit fell.\n", "Widget Works profit falls", time.Time{}, nil, "Profit fell."},
		{"comma tickers and RFC 3339", "---\ntitle: T\npublished: 2026-02-10T08:00:00-05:00\ntickers: acme, wdgt\n---\nBody.\n",
			"T", time.Date(2026, 2, 10, 13, 0, 0, 0, time.UTC), []string{"ACME", "WDGT"}, "Body."},
		{"date with a zone", "---\ntitle: T\ndate: 2026-02-10 10:00:00 +02:00\n---\nBody.\n", "T", time.Date(2026, 2, 10, 8, 0, 0, 0, time.UTC), nil, "Body."},
		{"bare date", "---\ntitle: T\ndate: 2026-02-10\n---\n\nBody.\n", "T", day("2026-02-10"), nil, "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustRead(t, write(t, "a.md", tt.content), Options{})
			a := got[0]
			if a.Title != tt.title || !a.Published.Equal(tt.published) || !reflect.DeepEqual(a.Tickers, tt.tickers) || a.Body != tt.body {
				t.Errorf("got %+v", a)
			}
		})
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Acme beats estimates</title><link>https://news.example/1</link>
<pubDate>Tue, 10 Feb 2026 14:00:00 GMT</pubDate><category>NYSE:ACME</category><category>Earnings</category>
<description><![CDATA[<p>Acme earned <b>more</b> than expected.</p><p>Shares rose.</p><script>x()</script>]]></description></item>
<item><title>Undated item</title><description>Plain text.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Widget Works names a chief executive</title><link href="https://news.example/2"/>
<updated>2026-02-11T09:00:00Z</updated><content type="html">&lt;p&gt;A new CEO.&lt;/p&gt;</content></entry>
</feed>`

func TestFeeds(t *testing.T) {
	got, ws := mustRead(t, write(t, "wire.rss", rssFeed), Options{})
	if len(got) != 2 {
		t.Fatalf("got %d items, want 2", len(got))
	}
	a := got[0]
	if a.Title != "Acme beats estimates" || a.Source != "Example Wire" || a.URL != "https://news.example/1" ||
		!a.Published.Equal(time.Date(2026, 2, 10, 14, 0, 0, 0, time.UTC)) || a.Format != "rss" || a.Line != 0 {
		t.Errorf("item = %+v", a)
	}
	if a.Body != "Acme earned more than expected.\n\nShares rose." || !reflect.DeepEqual(a.Tickers, []string{"ACME"}) {
		t.Errorf("body %q, tickers %v", a.Body, a.Tickers)
	}
	if !hasWarning(ws, "no publication date") || got[1].Body != "Plain text." {
		t.Errorf("warnings %v, second %+v", ws, got[1])
	}

	got, _ = mustRead(t, write(t, "feed", atomFeed), Options{}) // no extension: sniffed
	if len(got) != 1 || got[0].Title != "Widget Works names a chief executive" || got[0].Body != "A new CEO." ||
		got[0].Source != "Atom Wire" || got[0].URL != "https://news.example/2" || !got[0].Published.Equal(time.Date(2026, 2, 11, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("atom = %+v", got)
	}
}

func TestJSONL(t *testing.T) {
	const lines = `{"title": "Acme beats estimates", "published": "2026-02-10", "body": "First.\r\n\r\nSecond.", "url": "https://news.example/1", "source": "Wire", "tickers": ["acme"]}

{"title": "Widget Works", "date": "2026-02-11 10:00", "text": "\n  Body  \n \n\n\nmore\n", "tickers": "wdgt; acme", "extra": 1}
`
	got, ws := mustRead(t, write(t, "a.jsonl", lines), Options{})
	if len(got) != 2 || len(ws) != 0 {
		t.Fatalf("got %+v, warnings %v", got, ws)
	}
	want := Article{Title: "Acme beats estimates", Published: day("2026-02-10"), Source: "Wire", URL: "https://news.example/1",
		Tickers: []string{"ACME"}, Body: "First.\n\nSecond.", File: got[0].File, Format: "jsonl", Line: 1}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("got  %+v\nwant %+v", got[0], want)
	}
	if got[1].Line != 3 || !reflect.DeepEqual(got[1].Tickers, []string{"WDGT", "ACME"}) ||
		!got[1].Published.Equal(time.Date(2026, 2, 11, 10, 0, 0, 0, time.UTC)) || got[1].Body != "  Body\n\nmore" {
		t.Errorf("second = %+v", got[1])
	}
}

func TestHTML(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><title>Acme opens a plant</title>
<meta property="article:published_time" content="2026-02-12T07:00:00Z">
<meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://news.example/3">
<meta name="tickers" content="acme"><style>p{}</style><script>var x = "<p>no</p>";</script></head>
<body><header>Site header</header><nav>Home | News</nav>
<article><h1>Acme opens a plant</h1><p>Acme opened a   plant in <a href="/ohio">Ohio</a>.</p>
<div>It employs 300 people.<br>Production starts in May.</div><aside>Related: other news</aside>
<ul><li>One</li><li>Two</li></ul></article>
<footer>Copyright</footer></body></html>`
	got, ws := mustRead(t, write(t, "a.html", page), Options{})
	if len(got) != 1 || len(ws) != 0 {
		t.Fatalf("got %+v, warnings %v", got, ws)
	}
	want := Article{Title: "Acme opens a plant", Published: time.Date(2026, 2, 12, 7, 0, 0, 0, time.UTC), Source: "Example Wire",
		URL: "https://news.example/3", Tickers: []string{"ACME"},
		Body: "Acme opened a plant in Ohio.\n\nIt employs 300 people.\n\nProduction starts in May.\n\nOne\n\nTwo",
		File: got[0].File, Format: "html", Line: 1}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("got  %+v\nwant %+v", got[0], want)
	}

	// A page that declares another character set is converted.
	got, _ = mustRead(t, write(t, "latin1.html", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body>Cr\xe8me</body></html>"), Options{})
	if got[0].Title != "Café" || got[0].Body != "Crème" {
		t.Errorf("latin-1 page = %+v", got[0])
	}

	// No <article>: <main>, then <body>; a <time datetime> dates it; the <h1> titles it.
	const bare = `<html><body><h1>Plant news</h1><main><p>In main.</p><time datetime="2026-02-13">Feb 13</time></main><p>Outside.</p></body></html>`
	got, _ = mustRead(t, write(t, "b.htm", bare), Options{})
	if got[0].Title != "Plant news" || got[0].Body != "In main.\n\nFeb 13" || !got[0].Published.Equal(day("2026-02-13")) {
		t.Errorf("bare = %+v", got[0])
	}
}

func TestAuto(t *testing.T) {
	meta := []Meta{{Title: "First post", Published: day("2026-01-02")}, {Title: "Second post", Published: day("2026-01-01")}}
	const bundle = "First post\n\nBody one.\n\nSecond post\n\nBody two.\n"
	tests := []struct {
		name, file, content string
		meta                []Meta
		format              string
	}{
		{"txt", "a.txt", bundle, nil, "text"},
		{"txt with meta naming its titles", "a.txt", bundle, meta, "bundle"},
		{"txt with meta naming other titles", "a.txt", "Other\n\nBody.\n", meta, "text"},
		{"md", "a.markdown", "Title\n\nBody\n", nil, "markdown"},
		{"atom", "a.atom", atomFeed, nil, "rss"},
		{"ndjson", "a.ndjson", `{"title":"x"}`, nil, "jsonl"},
		{"htm", "a.htm", "<p>x</p>", nil, "html"},
		{"sniff xml", "a.dat", rssFeed, nil, "rss"},
		{"sniff html", "a.dat", "\n<!doctype html><title>x</title>", nil, "html"},
		{"sniff front matter", "a", "---\ntitle: x\n---\nBody\n", nil, "markdown"},
		{"sniff json", "a", ` {"title":"x"}`, nil, "jsonl"},
		{"sniff a JSON array", "a.json", `[{"title":"x"}]`, nil, "error"},
		{"sniff nothing", "a", "Just a note\n", nil, "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := readAll(t, write(t, tt.file, tt.content), Options{Meta: tt.meta})
			if tt.format == "error" {
				wantBad(t, err, 1, "want one JSON object per line")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Format != tt.format {
				t.Fatalf("got %+v, want format %s", got, tt.format)
			}
		})
	}
}

func TestPublishedPrecedence(t *testing.T) {
	meta := []Meta{{Title: "Dated twice", Published: day("2026-01-05"), Source: "Meta source", URL: "https://meta.example"}}
	opts := Options{Meta: meta, Published: day("2026-01-09")}
	tests := []struct {
		name, file, content string
		want                time.Time
	}{
		{"own date wins", "a.md", "---\ntitle: Dated twice\ndate: 2026-01-01\n---\nx\n", day("2026-01-01")},
		{"then the metadata", "b.md", "---\ntitle: Dated   twice\n---\nx\n", day("2026-01-05")},
		{"then the option", "c.md", "---\ntitle: Someone else\n---\nx\n", day("2026-01-09")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ws := mustRead(t, write(t, tt.file, tt.content), opts)
			if !got[0].Published.Equal(tt.want) || len(ws) != 0 {
				t.Errorf("published %v, want %v (warnings %v)", got[0].Published, tt.want, ws)
			}
		})
	}
	got, ws := mustRead(t, write(t, "d.md", "---\ntitle: Dated twice\n---\nx\n"), Options{Meta: meta})
	if got[0].Source != "Meta source" || got[0].URL != "https://meta.example" || len(ws) != 0 {
		t.Errorf("metadata not applied: %+v %v", got[0], ws)
	}
	// Past ten undated articles, one warning counts the rest.
	_, ws = mustRead(t, write(t, "many.jsonl", strings.Repeat("{\"title\":\"x\"}\n", 15)), Options{})
	if len(ws) != 11 || ws[9].Line != 10 || !strings.Contains(ws[10].Message, "5 more articles have no publication date (15 in all)") {
		t.Errorf("warnings = %v", ws)
	}
	_, ws = mustRead(t, write(t, "e.md", "---\ntitle: Undated\n---\nx\n"), Options{})
	if len(ws) != 1 || ws[0].Article != "Undated" || !strings.Contains(ws[0].Message, "no publication date") {
		t.Errorf("warnings = %v", ws)
	}
}

func TestReadMeta(t *testing.T) {
	got, err := ReadMeta(write(t, "m.csv", "\ufeffurl,Published,extra,title\nhttps://x.example,2026-01-02,z,\"A “quoted”  title\"\n,,,Undated\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Meta{{Title: "A “quoted” title", Published: day("2026-01-02"), URL: "https://x.example", Line: 2}, {Title: "Undated", Line: 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	tests := []struct {
		name, content string
		line          int
		subs          []string
	}{
		{"bad date", "title,published\nA,2026-01-02\nB,02/01/2026\n", 3, []string{`column published: value "02/01/2026"`, "YYYY-MM-DD"}},
		{"no title column", "headline_text,published\nA,2026-01-02\n", 1, []string{"no title column"}},
		{"empty title", "title,published\n,2026-01-02\n", 2, []string{"title must not be empty"}},
		{"empty file", "", 0, []string{"empty"}},
		{"only a header", "title,published\n", 0, []string{"no rows"}},
		{"bad quotes", "title,published\n\"A,2026-01-02\n", 2, []string{"not valid CSV"}},
		{"invalid UTF-8", "title,published\nA\xff,2026-01-02\n", 2, []string{"UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMeta(write(t, "m.csv", tt.content))
			wantBad(t, err, tt.line, tt.subs...)
		})
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name, file, content, format string
		line                        int
		subs                        []string
	}{
		{"empty file", "a.txt", "", "", 0, []string{"empty"}},
		{"blank file", "a.jsonl", " \n\n", "", 0, []string{"empty"}},
		{"invalid UTF-8 in text", "a.txt", "Title\n\nok\nbad \xc3\x28 here\n", "", 4, []string{"a.txt:4:", "UTF-8"}},
		{"invalid UTF-8 in a bundle", "a.txt", "T\n\nB\n\xff\n", "bundle", 4, []string{"UTF-8"}},
		{"invalid UTF-8 in JSON Lines", "a.jsonl", "{\"title\":\"a\"}\n{\"title\":\"\xff\"}\n", "", 2, []string{"UTF-8"}},
		{"invalid UTF-8 in Markdown", "a.md", "---\ntitle: x\n---\n\nok\n\xfe\n", "", 6, []string{"UTF-8"}},
		{"invalid UTF-8 in HTML", "a.html", "<p>\n\xff</p>", "", 2, []string{"UTF-8"}},
		{"binary garbage", "a.txt", "\x00\x01\x02\x03garbage\x00", "", 1, []string{"binary"}},
		{"binary garbage as JSON Lines", "a.jsonl", "\x89PNG\r\n\x1a\n\x00\x00", "", 1, []string{"not valid UTF-8"}},
		{"feed that does not parse", "a.rss", "<rss><channel><title>x</title>\n<item><title>y</item>", "", 2, []string{"a.rss:2: ", "feed does not parse"}},
		{"not a feed", "a.xml", "hello, world", "", 0, []string{"not an RSS or Atom feed"}},
		{"front-matter date", "a.md", "---\ntitle: x\n\ndate: 14/08/2007\n---\nBody\n", "", 4, []string{`a.md:4: column date: value "14/08/2007"`, "YYYY-MM-DD"}},
		{"front matter not YAML", "a.md", "---\ntitle: x\n  - : [\n---\nBody\n", "", 3, []string{"not valid YAML"}},
		{"front matter not closed", "a.md", "---\ntitle: x\nBody\n", "", 1, []string{"never closed"}},
		{"JSON Lines bad line", "a.jsonl", "{\"title\":\"a\"}\n{\"title\": \"b\",}\n", "", 2, []string{"a.jsonl:2:", "not a valid JSON object"}},
		{"JSON Lines bad date", "a.jsonl", "{\"title\":\"a\",\"published\":\"yesterday\"}\n", "", 1, []string{`column published: value "yesterday"`}},
		{"JSON Lines bad type", "a.jsonl", "{\"title\":3}\n", "", 1, []string{"title must be a string"}},
		{"JSON Lines bad tickers", "a.jsonl", "{\"title\":\"a\",\"tickers\":{}}\n", "", 1, []string{"column tickers"}},
		{"JSON Lines array", "a.jsonl", "[1,2]\n", "", 1, []string{"one JSON object per line"}},
		{"JSON Lines two objects", "a.jsonl", "{} {}\n", "", 1, []string{"more than one JSON value"}},
		{"unknown format", "a.txt", "x", "docx", 0, []string{`value "docx"`, "unknown input format", "jsonl"}},
		{"HTML nested too deep", "a.html", "<html><head><title>Deep</title></head>\n<body>\n<p>Fine so far.\n" +
			strings.Repeat("<div>", 300) + "\n" + strings.Repeat("<section><span>", 150) + "x", "", 5,
			[]string{"a.html:5:", "nested more than 512 deep"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var called int
			_, err := Read(context.Background(), write(t, tt.file, tt.content), Options{Format: tt.format}, func(Article) error {
				called++
				return nil
			})
			wantBad(t, err, tt.line, tt.subs...)
			if strings.Contains(err.Error(), "not HTML") {
				t.Errorf("a page the HTML parser reads is called not HTML: %v", err)
			}
		})
	}

	_, err := Read(context.Background(), filepath.Join(t.TempDir(), "missing.txt"), Options{}, func(Article) error { return nil })
	wantBad(t, err, 0, "cannot read")
	_, err = Read(context.Background(), t.TempDir(), Options{}, func(Article) error { return nil })
	wantBad(t, err, 0, "directory")
}

func TestStopsAtCallbackError(t *testing.T) {
	path := write(t, "a.jsonl", "{\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"title\":\"c\"}\n")
	stop := errors.New("stop")
	n := 0
	_, err := Read(context.Background(), path, Options{}, func(Article) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err %v after %d articles, want stop after 2", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Read(ctx, path, Options{}, func(Article) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
