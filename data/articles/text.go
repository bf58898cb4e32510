package articles

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventline/eventline/internal/badinput"
)

// readText reads a file that is one article. The title is the first non-empty line (white
// space collapsed, cut at a word boundary when it is a whole paragraph rather than a title);
// the Body is the whole text of the file, title line included and verbatim (line endings and
// all), so that a rune offset within Body is the same offset within the file: downstream
// extractors report where in the file they found a date or an event. BodyOffset is 0, or 1
// when the file starts with a byte order mark, which is not part of Body.
func (r *reader) readText() error {
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	lr := newLineReader(f)
	var body strings.Builder
	a := Article{Line: 1}
	for {
		l, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return lineError(r.path, err)
		}
		if l.num == 1 {
			a.BodyOffset = l.offset
		}
		if a.Title == "" {
			a.Title = clipTitle(l.text)
		}
		// Past MaxBody the text is only checked and counted: emit keeps no more of it.
		if body.Len() <= MaxBody {
			body.WriteString(l.text)
			body.WriteString(l.ending)
		}
		a.bodyBytes += len(l.text) + len(l.ending)
	}
	a.Body = body.String()
	return r.emit(a)
}

// maxClip is the length, in runes, beyond which a title taken from a first line is cut.
const maxClip = 200

// clipTitle makes a title of a first line: white space collapsed, and cut after at most
// maxClip runes, at a word boundary, when the line is a paragraph that has no title.
func clipTitle(s string) string {
	// Collapsing the white space of a whole 50 MB line to keep 200 runes of it cost seconds.
	s = normalizeTitle(cutText(s, 8*maxClip))
	if utf8.RuneCountInString(s) <= maxClip {
		return s
	}
	cut := s[:len(string([]rune(s[:min(len(s), 4*maxClip)])[:maxClip]))]
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}

// post is a bundle post being collected line by line.
type post struct {
	title     string
	line      int
	meta      *Meta
	body      strings.Builder
	bodyStart int // rune offset of the body's first non-space rune; -1 before it
}

func newPost(title string, line int) *post {
	return &post{title: title, line: line, bodyStart: -1}
}

// add appends a line of the file to the post's body, verbatim, so that the body is a slice
// of the file and BodyOffset maps offsets within it back to the file. Leading blank lines
// and indentation are left out (BodyOffset points past them).
func (p *post) add(l line) {
	text := l.text
	if p.bodyStart < 0 {
		trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
		if trimmed == "" {
			return
		}
		p.bodyStart = l.offset + utf8.RuneCountInString(text[:len(text)-len(trimmed)])
		text = trimmed
	}
	p.body.WriteString(text)
	p.body.WriteString(l.ending)
}

func (p *post) article() Article {
	a := Article{Title: p.title, Line: p.line, Body: strings.TrimRightFunc(p.body.String(), unicode.IsSpace)}
	if p.bodyStart > 0 {
		a.BodyOffset = p.bodyStart
	}
	if p.meta != nil {
		a.Published, a.Source, a.URL = p.meta.Published, p.meta.Source, p.meta.URL
	}
	return a
}

// readBundle reads a listing page of several posts, each a title line, a blank line and body
// paragraphs. With metadata it splits exactly on the metadata's titles; without, it guesses
// which lines are titles (see isTitle).
func (r *reader) readBundle() error {
	if len(r.opts.Meta) > 0 {
		return r.readBundleMeta()
	}
	return r.readBundleHeuristic()
}

// readBundleMeta splits on the lines equal (after trimming and collapsing white space) to the
// metadata's titles, which must all appear, in order. A first pass checks that, so that a
// missing title is reported before any article is handed on.
func (r *reader) readBundleMeta() error {
	meta := r.opts.Meta
	titles := make([]string, len(meta))
	for i, m := range meta {
		if titles[i] = normalizeTitle(m.Title); titles[i] == "" {
			return badinput.New(badinput.Problem{File: r.path, Column: "title", Rule: fmt.Sprintf("metadata row %d has an empty title: cannot split the bundle on it", i+1)})
		}
	}
	if err := r.checkTitles(titles); err != nil {
		return err
	}
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	lr := newLineReader(f)
	var cur *post
	preamble := 0
	k := 0
	for {
		l, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return lineError(r.path, err)
		}
		if k < len(titles) && normalizeTitle(l.text) == titles[k] {
			if cur != nil {
				if err := r.emit(cur.article()); err != nil {
					return err
				}
			}
			cur = newPost(normalizeTitle(l.text), l.num)
			cur.meta = &meta[k]
			k++
			continue
		}
		if cur == nil {
			if strings.TrimSpace(l.text) != "" && preamble == 0 {
				preamble = l.num
			}
			continue
		}
		cur.add(l)
	}
	if preamble > 0 {
		r.warn(preamble, "", "text before the first title %q is not part of any post: ignored", titles[0])
	}
	if cur != nil {
		return r.emit(cur.article())
	}
	return nil
}

// checkTitles makes sure every title appears on a line of its own, in order.
func (r *reader) checkTitles(titles []string) error {
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	lr := newLineReader(f)
	where := map[string]int{} // every title line, in case the order is wrong
	k, last := 0, 0
	for {
		l, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return lineError(r.path, err)
		}
		t := normalizeTitle(l.text)
		if t == "" {
			continue
		}
		if _, ok := where[t]; !ok {
			where[t] = l.num
		}
		if k < len(titles) && t == titles[k] {
			k++
			last = l.num
		}
	}
	if k == len(titles) {
		return nil
	}
	m := r.opts.Meta[k]
	rule := "title of the metadata not found on a line of its own in the bundle"
	if n, ok := where[titles[k]]; ok {
		rule = fmt.Sprintf("title of the metadata found at line %d, before the previous title (line %d): list the titles in the order of the file", n, last)
	}
	if m.Line > 0 {
		rule += fmt.Sprintf(" (metadata line %d)", m.Line)
	}
	return badinput.New(badinput.Problem{File: r.path, Column: "title", Value: m.Title, Rule: rule})
}

// paragraph is a run of non-blank lines with the blank lines before it.
type paragraph struct {
	blanks []line
	lines  []line
}

func (p *paragraph) last() string { return strings.TrimSpace(p.lines[len(p.lines)-1].text) }

// paragraphReader reads a file paragraph by paragraph.
type paragraphReader struct {
	lr      *lineReader
	pending *line
}

func (pr *paragraphReader) next() (*paragraph, error) {
	p := &paragraph{}
	for {
		var l line
		if pr.pending != nil {
			l, pr.pending = *pr.pending, nil
		} else {
			var err error
			l, err = pr.lr.next()
			if err == io.EOF {
				if len(p.lines) == 0 {
					return nil, io.EOF
				}
				return p, nil
			}
			if err != nil {
				return nil, err
			}
		}
		if strings.TrimSpace(l.text) == "" {
			if len(p.lines) > 0 {
				pr.pending = &l
				return p, nil
			}
			p.blanks = append(p.blanks, l)
			continue
		}
		p.lines = append(p.lines, l)
	}
}

// readBundleHeuristic splits a bundle on the lines that look like titles, reading one
// paragraph ahead.
func (r *reader) readBundleHeuristic() error {
	f, err := os.Open(r.path)
	if err != nil {
		return badinput.Errorf(r.path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	pr := &paragraphReader{lr: newLineReader(f)}
	p, err := pr.next()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return lineError(r.path, err)
	}
	var prev *paragraph
	var cur *post
	posts := 0
	for p != nil {
		next, err := pr.next()
		if err == io.EOF {
			next = nil
		} else if err != nil {
			return lineError(r.path, err)
		}
		switch {
		case cur == nil && len(p.lines) == 1 && titleLength(p.last()):
			cur = newPost(normalizeTitle(p.last()), p.lines[0].num)
			posts++
		case cur == nil:
			r.warn(p.lines[0].num, "", "the bundle does not start with a title line: the first post has no title")
			cur = newPost("", p.lines[0].num)
			posts++
			cur.addParagraph(p)
		case cur.bodyStart >= 0 && isTitle(p, prev, next):
			if err := r.emit(cur.article()); err != nil {
				return err
			}
			cur = newPost(normalizeTitle(p.last()), p.lines[0].num)
			posts++
		default:
			cur.addParagraph(p)
		}
		prev, p = p, next
	}
	if cur != nil {
		if err := r.emit(cur.article()); err != nil {
			return err
		}
	}
	r.warn(0, "", "split heuristically into %d posts; give --meta to split exactly", posts)
	return nil
}

func (p *post) addParagraph(para *paragraph) {
	for _, l := range para.blanks {
		p.add(l)
	}
	for _, l := range para.lines {
		p.add(l)
	}
}

// maxTitle is the length, in runes, from which a line is taken for prose rather than a title.
const maxTitle = 120

// maxAnswerWords bounds the one-line answer that follows a question in a FAQ ("Not in this
// release."); a headline's first paragraph is longer.
const maxAnswerWords = 8

func titleLength(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n < maxTitle
}

var (
	// reListItem matches the starts of list items, numbered FAQ entries and quote markers.
	reListItem = regexp.MustCompile(`^(?:[-*+•–—>#]\s|\d+(?:\.\d+)*[.)]\s|\(?[a-zA-Z0-9]\)\s)`)
	// reTrailer matches the lines that listing pages put around posts: links to the rest,
	// bylines, tags, comment counts.
	reTrailer = regexp.MustCompile(`^(?i:read more|continue reading|read the (?:full|whole|rest)\b|more\s*[»→…]?$|via\s|source:|tags?:|filed under\b|posted\s+(?:by|in|on|at)\b|by\s+\S+(?:\s+\S+){0,3}$|comments?$|\d+\s+comments?$|permalink|share(?:\s+this)?$|related(?:\s+(?:posts|articles|stories))?$)`)
	// reDateLine matches a line that is only a date ("August 22, 2007", "22 Aug 2007",
	// "2007-08-22", "Wednesday, August 22, 2007 10:00").
	reDateLine = regexp.MustCompile(`^(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{4}-\d{2}-\d{2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?i:am|pm)?(?:\s*[A-Z]{2,4})?)?$`)
	// reQuestionWord matches the words a question sentence starts with ("Is it ...?"), as
	// opposed to a headline that ends in a question mark ("Dell to offer ...?").
	reQuestionWord = regexp.MustCompile(`^(?i:is|are|was|were|do|does|did|can|could|will|would|shall|should|may|might|must|has|have|had|who|what|when|where|why|which|how|isn't|aren't|doesn't|don't|didn't|won't|wouldn't|shouldn't|can't|couldn't)\b`)
)

// isTitle guesses whether paragraph p, between prev and next, is the title of a new post.
// A title is one short line standing alone, followed by a body paragraph, that reads like a
// headline rather than like a sentence of a body:
//
//   - it does not end like a sentence or an introduction (. : ; , …), nor follow a paragraph
//     that ends with ":" (which introduces a quote: a quoted note looks just like a title);
//   - it is not a list item, a numbered FAQ entry, a line in quotation marks, a date alone
//     or a listing page's trailer ("Read more →", "Posted by ...", "3 comments");
//   - when it ends in "?", it does not start like a question sentence ("Is ...", "Do you
//     ...") and is not followed by a one-line answer of a few words.
func isTitle(p, prev, next *paragraph) bool {
	if len(p.lines) != 1 || next == nil {
		return false
	}
	t := p.last()
	if !titleLength(t) {
		return false
	}
	if prev != nil && strings.HasSuffix(prev.last(), ":") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".:;,…→»›", last) {
		return false
	}
	if reListItem.MatchString(t) || reTrailer.MatchString(t) || reDateLine.MatchString(t) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(`"'“‘«`, first) && strings.ContainsRune(`"'”’»`, last) {
		return false
	}
	if last == '?' {
		if reQuestionWord.MatchString(t) {
			return false
		}
		if len(next.lines) == 1 && len(strings.Fields(next.last())) < maxAnswerWords {
			return false
		}
	}
	return true
}
