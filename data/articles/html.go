package articles

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/eventline/eventline/internal/badinput"
)

// readHTML reads one article from an HTML page: the text of <article>, else <main>, else
// <body>, without scripts, styles, navigation, headers, footers and asides. The title is
// <title>, else the first <h1>; the date is <meta property="article:published_time">, else
// the first <time datetime>, else <meta name="date">. A date there that does not parse is
// a warning, not an error: pages come from the web, and the other sources of a date remain.
func (r *reader) readHTML() error {
	data, err := r.readPage()
	if err != nil {
		return err
	}
	data = decodeDeclared(data)
	text, err := checkText(r.path, data)
	if err != nil {
		return err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser takes any text for HTML; what it refuses is a page nested deeper than its
		// stack of open elements allows (512), which no real page comes near.
		if line := deepestLine(text); line > 0 && strings.Contains(err.Error(), "open stack of elements") {
			return badinput.New(badinput.Problem{File: r.path, Line: line,
				Rule: fmt.Sprintf("elements are nested more than %d deep here: the page is refused (real pages nest a few dozen)", maxHTMLDepth)})
		}
		return badinput.Errorf(r.path, "cannot read the page: %v", err)
	}
	var (
		title, h1, published, timeAttr, metaDate, source, canonical, ogURL string
		tickers                                                            []string
		article, main, body                                                *html.Node
	)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = normalizeTitle(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = normalizeTitle(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name"))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "article:published_time":
					published = first(published, content)
				case "date", "dc.date", "pubdate":
					metaDate = first(metaDate, content)
				case "og:site_name":
					source = first(source, content)
				case "og:url":
					ogURL = first(ogURL, content)
				case "tickers", "ticker":
					tickers = append(tickers, splitTickers(content)...)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					canonical = first(canonical, attr(n, "href"))
				}
			case atom.Time:
				timeAttr = first(timeAttr, attr(n, "datetime"))
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	root := article
	if root == nil {
		root = main
	}
	if root == nil {
		root = body
	}
	a := Article{Title: first(title, h1), Source: source, URL: first(canonical, ogURL), Tickers: cleanTickers(tickers), Line: 1}
	for _, d := range []string{published, timeAttr, metaDate} {
		if d == "" {
			continue
		}
		t, err := parseDate(d)
		if err != nil {
			r.warn(0, a.Title, "publication date %q in the page does not parse: ignored", d)
			continue
		}
		a.Published = t
		break
	}
	if root != nil {
		paras := htmlParagraphs(root)
		// The first heading repeats the title: keep it out of the body.
		if len(paras) > 0 && a.Title != "" && paras[0] == h1 {
			paras = paras[1:]
		}
		a.Body = strings.Join(paras, "\n\n")
	}
	return r.emit(a)
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text of a node and its descendants.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// skipped are the elements whose text is not part of an article.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Iframe: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Head: true,
}

// blocks are the elements that break paragraphs.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Br: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Body: true,
}

// htmlParagraphs returns the text of n as paragraphs: block elements end paragraphs, white
// space within one collapses to single spaces (except in <pre>).
func htmlParagraphs(n *html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				return
			}
			s := strings.Join(strings.Fields(n.Data), " ")
			if s == "" {
				if n.Data != "" && cur.Len() > 0 {
					cur.WriteByte(' ')
				}
				return
			}
			if startsSpace(n.Data) && cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(s)
			if endsSpace(n.Data) {
				cur.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || n.DataAtom == atom.Pre)
		}
		if block {
			flush()
		}
	}
	walk(n, false)
	flush()
	// Collapse the doubled spaces that inline boundaries leave.
	for i, p := range paras {
		if !strings.Contains(p, "\n") {
			paras[i] = strings.Join(strings.Fields(p), " ")
		}
	}
	return paras
}

func startsSpace(s string) bool { return s != "" && strings.ContainsRune(" \t\r\n\f", rune(s[0])) }
func endsSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\r\n\f", rune(s[len(s)-1]))
}

// htmlToText converts an HTML fragment (a feed item's content) to plain text paragraphs.
// Text without tags is returned with its white space tidied only.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidyText(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return tidyText(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return strings.Join(htmlParagraphs(root), "\n\n")
}

// tidyText normalizes plain text: line endings to "\n", lines trimmed at their right,
// paragraphs separated by exactly one blank line.
func tidyText(s string) string {
	if isTidy(s) {
		return s // most bodies: no copy
	}
	return tidyLines(s)
}

// tidyLines is tidyText line by line.
func tidyLines(s string) string {
	var b strings.Builder
	blank := false
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if blank {
				b.WriteString("\n")
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// isTidy says whether tidyText would give s back as it is: no carriage return, no line ending in
// spaces or tabs, no line of white space alone, no blank line first or last or after another.
func isTidy(s string) bool {
	if s == "" || strings.IndexByte(s, '\r') >= 0 {
		return false
	}
	blank := true // before the first line: a blank line there is dropped
	for {
		l, rest, more := strings.Cut(s, "\n")
		if l == "" {
			if blank || !more {
				return false // first, after another or last
			}
			blank = true
		} else {
			if c := l[len(l)-1]; c == ' ' || c == '\t' || strings.TrimSpace(l) == "" {
				return false
			}
			blank = false
		}
		if !more {
			return true
		}
		s = rest
	}
}

var reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decodeDeclared converts a page that is not UTF-8 from the character set its <meta> declares
// (such as ISO-8859-1 or Windows-1252). A page that is not UTF-8 and declares nothing is left
// alone, for checkText to report the line.
func decodeDeclared(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	m := reMetaCharset.FindSubmatch(data[:min(len(data), 4096)])
	if m == nil {
		return data
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil || name == "utf-8" {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// maxHTMLDepth is the deepest nesting of elements the HTML parser keeps (golang.org/x/net/html
// refuses a page whose stack of open elements passes 512).
const maxHTMLDepth = 512

// deepestLine finds the line where elements nest deepest, counting start and end tags as they
// are written (the first such line; 0 without any element). Elements whose end tag may be left
// out (p, li, td...) and void elements (br, img...) are not counted, so that a page that leaves
// them open is not taken for a deep one.
func deepestLine(text string) int {
	z := html.NewTokenizer(strings.NewReader(text))
	depth, deepest, deepestAt, line := 0, 0, 0, 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return deepestAt
		}
		raw := z.Raw()
		name, _ := z.TagName()
		counted := !uncountedElements[atom.Lookup(name)]
		switch {
		case tt == html.StartTagToken && counted:
			if depth++; depth > deepest {
				deepest, deepestAt = depth, line
			}
		case tt == html.EndTagToken && counted && depth > 0:
			depth--
		}
		line += strings.Count(string(raw), "\n")
	}
}

// uncountedElements are void elements and those whose end tag HTML lets a page leave out.
var uncountedElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Rb: true, atom.Rt: true,
	atom.Rp: true, atom.Rtc: true, atom.Colgroup: true, atom.Caption: true, atom.Html: true, atom.Head: true, atom.Body: true,
}
