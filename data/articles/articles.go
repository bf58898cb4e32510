// Package articles reads news articles from files in several formats into one Article type.
// Read hands the articles to a callback one at a time, so that large inputs (a JSON Lines file
// of millions of articles, a long bundle) are never held in memory at once.
//
// The formats (Options.Format, the --input-format values):
//
//   - text: one article per file. Title is the first non-empty line; Body is the whole file
//     verbatim, so that offsets within Body are offsets within the file.
//   - bundle: a listing page of several posts, each a title line, a blank line and body
//     paragraphs. With Options.Meta it is split exactly on the listed titles; without, on
//     the lines that look like titles (a Warning says how many posts were found). Each Body
//     is a verbatim slice of the file starting at BodyOffset.
//   - markdown: YAML front matter (title, date or published, source, url, tickers) and a
//     Markdown body, markup removed.
//   - rss: the items of an RSS 2.0 or Atom feed.
//   - jsonl: one JSON object per line: title, published, body, url, source, tickers.
//   - html: the text of a page's <article>, <main> or <body>.
//   - auto: by extension (.txt, .md, .xml/.rss/.atom/.feed, .jsonl/.ndjson, .html/.htm),
//     else by the first bytes; a text file is a bundle when at least two titles of the
//     metadata stand alone on its lines (see detect).
//
// An article's publication date is its own (front matter, feed, JSON, HTML), else the date of
// the metadata row with its title, else Options.Published; without any, a Warning says that
// relative dates in it stay unresolved.
//
// Problems with the input are returned as *badinput.Error values that name the file, the line
// and the value; problems that do not stop reading are returned as Warnings.
package articles

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
	"github.com/eventline/eventline/internal/isodate"
)

// Article is one news article, whatever format it was read from.
type Article struct {
	Title      string
	Published  time.Time // zero when unknown
	Source     string
	URL        string
	Tickers    []string // from front matter or feed/JSON/HTML metadata, upper-cased; not validated here
	Body       string   // plain text, paragraphs separated by a blank line; for text and bundle input the file's own text, verbatim
	File       string   // path as given to Read
	Format     string   // text | bundle | markdown | rss | jsonl | html (rss covers Atom too)
	Line       int      // 1-based line where the article starts; 0 when not meaningful (feeds)
	BodyOffset int      // rune offset of Body's first rune within the file, for text and bundle input; 0 otherwise

	bodyBytes int // the length of the whole body, when a reader kept only what emit keeps of it
}

// Options says how to read a file.
type Options struct {
	// Format is one of Formats; "" means auto.
	Format string
	// Meta dates the articles by title and, for a bundle, splits it exactly on the listed
	// titles, which must then all appear in the bundle, in order, each alone on a line.
	Meta []Meta
	// Published is the publication date of every article that has none otherwise.
	Published time.Time
}

// Warning is a problem that does not stop reading, such as a heuristic bundle split or an
// article without a publication date.
type Warning struct {
	File    string
	Line    int    // 0 when the warning is about the whole file
	Article string // the article's title, "" when the warning is about the whole file
	Message string
}

func (w Warning) String() string {
	var b strings.Builder
	b.WriteString(w.File)
	if w.Line > 0 {
		fmt.Fprintf(&b, ":%d", w.Line)
	}
	b.WriteString(": ")
	if w.Article != "" {
		fmt.Fprintf(&b, "%q: ", w.Article)
	}
	b.WriteString(w.Message)
	return b.String()
}

// Formats lists the accepted --input-format values.
var Formats = []string{"auto", "text", "bundle", "markdown", "rss", "jsonl", "html"}

// maxLine bounds one line of line-oriented input (text, bundle, JSON Lines). It is far above
// any real article (a 10 MB line is fine) and stops a binary file without newlines from
// being read whole into memory.
const maxLine = 64 << 20

// Read reads the articles of the file at path and calls fn for each, in file order. It stops
// at fn's first error and returns it unchanged. Bad input is reported as a *badinput.Error.
func Read(ctx context.Context, path string, opts Options, fn func(Article) error) ([]Warning, error) {
	format := strings.ToLower(strings.TrimSpace(opts.Format))
	if format == "" {
		format = "auto"
	}
	known := false
	for _, f := range Formats {
		known = known || f == format
	}
	if !known {
		return nil, badinput.New(badinput.Problem{File: path, Value: opts.Format,
			Rule: "unknown input format; want one of " + strings.Join(Formats, ", ")})
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	if format == "auto" {
		var err error
		if format, err = detect(path, opts.Meta); err != nil {
			return nil, err
		}
	}
	r := &reader{ctx: ctx, path: path, opts: opts, fn: fn, format: format, meta: indexMeta(opts.Meta)}
	var err error
	switch format {
	case "text":
		err = r.readText()
	case "bundle":
		err = r.readBundle()
	case "markdown":
		err = r.readMarkdown()
	case "rss":
		err = r.readFeed()
	case "jsonl":
		err = r.readJSONL()
	case "html":
		err = r.readHTML()
	}
	if more := r.undated - maxUndatedWarnings; more > 0 {
		r.warn(0, "", "%d more articles have no publication date (%d in all): give --published or --meta", more, r.undated)
	}
	return r.warnings, err
}

// checkFile refuses what cannot hold articles: a missing file, a directory, an empty file.
func checkFile(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return badinput.Errorf(path, "cannot read: %v", unwrapPath(err))
	}
	if st.IsDir() {
		return badinput.Errorf(path, "is a directory, not an articles file")
	}
	f, err := os.Open(path)
	if err != nil {
		return badinput.Errorf(path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	// Whitespace-only is empty too; look at no more than the first blocks to decide.
	br := bufio.NewReader(f)
	for {
		r, _, err := br.ReadRune()
		if err == io.EOF {
			return badinput.Errorf(path, "file is empty: no articles")
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if !unicode.IsSpace(r) && r != '\ufeff' {
			return nil
		}
	}
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// detect chooses a format for auto: by extension first, then by the first bytes.
//
// A .txt file (or one the content does not identify) is a bundle when at least two titles of
// the metadata stand alone on lines of the file, and a single text otherwise. Without
// metadata a .txt file is never taken for a bundle: splitting an article with subheadings
// into posts would be worse than keeping a bundle whole, and --input-format bundle asks for
// the heuristic split explicitly.
func detect(path string, meta []Meta) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return "markdown", nil
	case ".xml", ".rss", ".atom", ".feed":
		return "rss", nil
	case ".jsonl", ".ndjson":
		return "jsonl", nil
	case ".html", ".htm", ".xhtml":
		return "html", nil
	case ".txt", ".text":
		return textOrBundle(path, meta)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", badinput.Errorf(path, "cannot read: %v", unwrapPath(err))
	}
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	f.Close()
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	if format := sniff(head[:n]); format != "" {
		return format, nil
	}
	return textOrBundle(path, meta)
}

// sniff names the format that the first bytes of a file announce, or "" for none.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(trimmed)
	switch {
	case bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")):
		return "markdown"
	case bytes.HasPrefix(trimmed, []byte("{")) || bytes.HasPrefix(trimmed, []byte("[")):
		// A JSON array is not JSON Lines, but the JSON Lines reader says so clearly.
		return "jsonl"
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")):
		return "html"
	case bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) ||
		bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		return "rss"
	case bytes.HasPrefix(lower, []byte("<?xml")):
		if bytes.Contains(lower, []byte("<html")) {
			return "html"
		}
		return "rss"
	}
	return ""
}

// textOrBundle implements the .txt rule of detect.
func textOrBundle(path string, meta []Meta) (string, error) {
	if len(meta) < 2 {
		return "text", nil
	}
	titles := make(map[string]bool, len(meta))
	for _, m := range meta {
		if t := normalizeTitle(m.Title); t != "" {
			titles[t] = true
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return "", badinput.Errorf(path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	lr := newLineReader(f)
	found := map[string]bool{}
	for {
		line, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			// Leave the precise report to the reader that the format chooses.
			return "text", nil
		}
		if t := normalizeTitle(line.text); titles[t] {
			found[t] = true
			if len(found) >= 2 {
				return "bundle", nil
			}
		}
	}
	return "text", nil
}

// reader carries what every format's reader needs.
type reader struct {
	ctx      context.Context
	path     string
	opts     Options
	fn       func(Article) error
	format   string
	meta     map[string]Meta
	warnings []Warning
	undated  int // articles without a publication date
}

// maxUndatedWarnings is how many articles without a date get a warning of their own.
const maxUndatedWarnings = 10

func (r *reader) warn(line int, article, format string, args ...any) {
	r.warnings = append(r.warnings, Warning{File: r.path, Line: line, Article: article, Message: fmt.Sprintf(format, args...)})
}

// emit completes an article (dates it by precedence, fills File and Format) and hands it to fn.
// Precedence of the publication date: the article's own, then the metadata row with its
// title, then Options.Published.
func (r *reader) emit(a Article) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	a.File = r.path
	a.Format = r.format
	if m, ok := r.meta[normalizeTitle(a.Title)]; ok && a.Title != "" {
		if a.Published.IsZero() {
			a.Published = m.Published
		}
		if a.Source == "" {
			a.Source = m.Source
		}
		if a.URL == "" {
			a.URL = m.URL
		}
	}
	if a.Published.IsZero() {
		a.Published = r.opts.Published
	}
	if len(a.Title) > MaxTitle {
		r.warn(a.Line, "", "the title has %d bytes, more than the %d eventline keeps: cut", len(a.Title), MaxTitle)
		a.Title = cutText(a.Title, MaxTitle)
	}
	if len(a.Body) > MaxBody {
		r.warn(a.Line, a.Title, "the body has %d bytes, more than the %d eventline reads in one article: only its first %d bytes, up to a sentence end, are stored and searched",
			max(len(a.Body), a.bodyBytes), MaxBody, MaxBody)
		a.Body = strings.Clone(cutText(a.Body, MaxBody)) // a copy, so that the whole text can go
	}
	if a.Published.IsZero() {
		// One warning per article would grow with the input: past a few, only count.
		if r.undated++; r.undated <= maxUndatedWarnings {
			r.warn(a.Line, a.Title, "no publication date: relative dates stay unresolved")
		}
	}
	return r.fn(a)
}

// maxPage bounds what is read of a file that is parsed whole (HTML, Markdown): past it, the markup
// of a page costs memory many times its size, and its text would be cut to MaxBody anyway.
const maxPage = 8 << 20

// readPage reads a file parsed whole, up to maxPage bytes, and warns when there is more.
func (r *reader) readPage() ([]byte, error) {
	f, err := os.Open(r.path)
	if err != nil {
		return nil, badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPage+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", r.path, err)
	}
	if len(data) > maxPage {
		data = data[:maxPage]
		// A character cut in two at the end goes.
		i := len(data) - 1
		for i > 0 && i > len(data)-utf8.UTFMax && !utf8.RuneStart(data[i]) {
			i--
		}
		if !utf8.FullRune(data[i:]) {
			data = data[:i]
		}
		if st, err := f.Stat(); err == nil {
			r.warn(0, "", "the file has %d bytes, more than the %d eventline reads of one page: only the first %d are read", st.Size(), maxPage, len(data))
		}
	}
	return data, nil
}

// MaxBody bounds the text of one article: 1 MiB is some 170,000 words, ten times the longest news
// story, and bounds the memory and time that extracting one article takes (a 50 MB article took
// 35 seconds and 3.7 GB, for half a million findings of one repeated sentence).
const MaxBody = 1 << 20

// MaxTitle bounds a title: a one-line file of 50 MB is all title for the text reader.
const MaxTitle = 1000

// cutText cuts s to at most n bytes, at the last sentence end or line break in its last tenth,
// else at the last space, else at a character boundary, so that no word or character is broken.
func cutText(s string, n int) string {
	if n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	s = s[:n]
	tenth := len(s) - len(s)/10
	for _, sep := range []string{"\n", ". ", " "} {
		if i := strings.LastIndex(s, sep); i >= tenth || (sep == " " && i > 0) {
			return strings.TrimRightFunc(s[:i+len(sep)], unicode.IsSpace)
		}
	}
	return s
}

// indexMeta maps normalized titles to their metadata rows; the first row of a title wins.
func indexMeta(meta []Meta) map[string]Meta {
	idx := make(map[string]Meta, len(meta))
	for _, m := range meta {
		k := normalizeTitle(m.Title)
		if _, ok := idx[k]; !ok {
			idx[k] = m
		}
	}
	return idx
}

// normalizeTitle trims a title and collapses its runs of white space (including no-break
// spaces) to one space. Quotes and case are kept: titles must match exactly otherwise.
func normalizeTitle(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// dateLayouts are the publication date forms accepted everywhere; dates without a zone are UTC.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate parses a publication date in one of dateLayouts.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := isodate.Day(s); err == nil { // dateLayouts[0], read without the layout walk
		return t, nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("not a date: want YYYY-MM-DD, RFC 3339 or YYYY-MM-DD HH:MM")
}

// splitTickers splits a ticker list given as one string ("VMW, EMC" or "VMW;EMC").
func splitTickers(s string) []string {
	return cleanTickers(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }))
}

// cleanTickers trims and upper-cases tickers and drops empty and repeated ones.
func cleanTickers(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range in {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// line is one line of a file, without its line ending.
type line struct {
	text   string
	num    int // 1-based
	offset int // rune offset of the line's first rune within the file
	ending string
}

// lineReader reads lines of any length up to maxLine, checking that they are UTF-8 text.
// Unlike bufio.Scanner it has no small token limit.
type lineReader struct {
	br     *bufio.Reader
	limit  int // longest line accepted, in bytes
	num    int
	offset int
	buf    []byte
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10), limit: maxLine}
}

// errLine is a problem with one line's bytes; the caller names the file.
type errLine struct {
	num  int
	rule string
}

func (e *errLine) Error() string { return fmt.Sprintf("line %d: %s", e.num, e.rule) }

func (lr *lineReader) next() (line, error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.buf = append(lr.buf, chunk...)
		if len(lr.buf) > lr.limit {
			return line{}, &errLine{lr.num + 1, fmt.Sprintf("line longer than %s: not line-oriented text", byteSize(lr.limit))}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(lr.buf) == 0 {
			return line{}, io.EOF
		}
		if err != nil && err != io.EOF {
			return line{}, err
		}
		break
	}
	lr.num++
	b := lr.buf
	ending := ""
	if bytes.HasSuffix(b, []byte("\r\n")) {
		b, ending = b[:len(b)-2], "\r\n"
	} else if bytes.HasSuffix(b, []byte("\n")) {
		b, ending = b[:len(b)-1], "\n"
	}
	if !utf8.Valid(b) {
		return line{}, &errLine{lr.num, "not valid UTF-8 text (convert the file to UTF-8)"}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return line{}, &errLine{lr.num, "NUL byte: binary data, not text"}
	}
	l := line{text: string(b), num: lr.num, offset: lr.offset, ending: ending}
	lr.offset += validRuneCount(b) + len(ending) // perf8.go
	if lr.num == 1 {
		l.text = strings.TrimPrefix(l.text, "\ufeff")
		if len(l.text) < len(b) {
			l.offset++ // the byte order mark is a rune of the file
		}
	}
	return l, nil
}

// lineError turns a lineReader error into a bad-input report for path.
func lineError(path string, err error) error {
	var el *errLine
	if errors.As(err, &el) {
		return badinput.New(badinput.Problem{File: path, Line: el.num, Rule: el.rule})
	}
	return fmt.Errorf("read %s: %w", path, err)
}

func byteSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
