package articles

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/eventline/eventline/internal/badinput"
)

// readMarkdown reads one article from Markdown with optional YAML front matter (between
// "---" lines): title, date or published, source, url or link, tickers (a list or a
// comma-separated string). Without a title in the front matter, the first heading (or else
// the first line) is the title, and a heading so used is left out of the Body.
func (r *reader) readMarkdown() error {
	data, err := r.readPage()
	if err != nil {
		return err
	}
	text, err := checkText(r.path, data)
	if err != nil {
		return err
	}
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = strings.TrimSuffix(lines[i], "\r")
	}
	a := Article{Line: 1}
	bodyStart := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		end := -1
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				end = i
				break
			}
		}
		if end < 0 {
			return badinput.New(badinput.Problem{File: r.path, Line: 1, Rule: "front matter opened with --- is never closed with a --- line"})
		}
		if err := r.frontMatter(strings.Join(lines[1:end], "\n"), &a); err != nil {
			return err
		}
		bodyStart = end + 1
	}
	body := lines[bodyStart:]
	if a.Title == "" {
		for i, l := range body {
			t := strings.TrimSpace(l)
			if t == "" {
				continue
			}
			if h := reHeading.FindStringSubmatch(t); h != nil {
				a.Title = cleanInline(strings.TrimSpace(strings.TrimRight(h[1], "# ")))
				body = body[i+1:]
			} else {
				a.Title = clipTitle(cleanInline(t))
			}
			break
		}
	}
	a.Body = markdownText(body)
	return r.emit(a)
}

// frontMatter fills a from the YAML front matter src, which starts at line 2 of the file.
func (r *reader) frontMatter(src string, a *Article) error {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		return badinput.New(badinput.Problem{File: r.path, Line: yamlLine(err), Rule: "front matter is not valid YAML: " + yamlCause(err)})
	}
	if len(doc.Content) == 0 {
		return nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return badinput.New(badinput.Problem{File: r.path, Line: m.Line + 1, Rule: "front matter must be a mapping of keys to values (title: ..., date: ...)"})
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := strings.ToLower(m.Content[i].Value), m.Content[i+1]
		line := val.Line + 1 // the front matter starts on the file's second line
		scalar := func() (string, error) {
			if val.Kind != yaml.ScalarNode {
				return "", badinput.New(badinput.Problem{File: r.path, Line: line, Column: key, Rule: key + " must be a single value"})
			}
			return strings.TrimSpace(val.Value), nil
		}
		var err error
		switch key {
		case "title":
			a.Title, err = scalar()
			a.Title = normalizeTitle(a.Title)
		case "source":
			a.Source, err = scalar()
		case "url", "link":
			a.URL, err = scalar()
		case "date", "published":
			var s string
			if s, err = scalar(); err == nil && s != "" {
				t, perr := parseDate(s)
				if perr != nil {
					return badinput.New(badinput.Problem{File: r.path, Line: line, Column: key, Value: s, Rule: perr.Error()})
				}
				if a.Published.IsZero() || key == "published" {
					a.Published = t
				}
			}
		case "tickers", "ticker":
			switch val.Kind {
			case yaml.SequenceNode:
				var ts []string
				for _, n := range val.Content {
					if n.Kind != yaml.ScalarNode {
						return badinput.New(badinput.Problem{File: r.path, Line: n.Line + 1, Column: key, Rule: "tickers must be a list of symbols"})
					}
					ts = append(ts, n.Value)
				}
				a.Tickers = cleanTickers(ts)
			case yaml.ScalarNode:
				a.Tickers = splitTickers(val.Value)
			default:
				return badinput.New(badinput.Problem{File: r.path, Line: line, Column: key, Rule: "tickers must be a list or a comma-separated string"})
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

var reYAMLLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlLine returns the file line of a YAML error (the front matter starts at line 2).
func yamlLine(err error) int {
	if m := reYAMLLine.FindStringSubmatch(err.Error()); m != nil {
		if n, e := strconv.Atoi(m[1]); e == nil {
			return n + 1
		}
	}
	return 1
}

func yamlCause(err error) string {
	s := reYAMLLine.ReplaceAllString(err.Error(), "")
	return strings.TrimPrefix(s, "yaml: ")
}

var (
	reHeading   = regexp.MustCompile(`^#{1,6}\s+(.*)$`)
	reFence     = regexp.MustCompile("^\\s*(```|~~~)")
	reRule      = regexp.MustCompile(`^\s*([-*_])(\s*([-*_]))\s*([-*_]\s*)+$`)
	reLinkDef   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	reImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	reLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]`)
	reAutoLink  = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	reStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	reEmStar    = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	reEmUnder   = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])`)
	reCode      = regexp.MustCompile("`([^`]*)`")
	reListStart = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
	reQuote     = regexp.MustCompile(`^\s*(?:>\s?)+`)
)

// cleanInline removes inline Markdown: images, links (keeping their text), emphasis and code
// markers.
func cleanInline(s string) string {
	s = reImage.ReplaceAllString(s, "")
	s = reLink.ReplaceAllString(s, "$1$2")
	s = reAutoLink.ReplaceAllString(s, "$1")
	s = reStrong.ReplaceAllString(s, "$2")
	s = reEmStar.ReplaceAllString(s, "$1")
	s = reEmUnder.ReplaceAllString(s, "$1$2$3")
	s = reCode.ReplaceAllString(s, "$1")
	return s
}

// markdownText turns Markdown lines into plain text paragraphs. Headings, emphasis, links and
// images lose their markup; code blocks are kept as they are, without their fences; list
// items and code lines keep their own lines while the wrapped lines of a paragraph are joined.
func markdownText(lines []string) string {
	var paras []string
	var cur []string
	joined := false // whether cur holds wrapped prose to join with spaces
	flush := func() {
		if len(cur) > 0 {
			sep := "\n"
			if joined {
				sep = " "
			}
			paras = append(paras, strings.Join(cur, sep))
		}
		cur, joined = nil, false
	}
	inCode := false
	for _, l := range lines {
		if reFence.MatchString(l) {
			flush()
			inCode = !inCode
			continue
		}
		if inCode {
			cur = append(cur, l)
			continue
		}
		t := strings.TrimSpace(reQuote.ReplaceAllString(l, ""))
		switch {
		case t == "":
			flush()
			continue
		case reRule.MatchString(t) || reLinkDef.MatchString(t):
			flush()
			continue
		case reHeading.MatchString(t):
			flush()
			h := reHeading.FindStringSubmatch(t)[1]
			if h = cleanInline(strings.TrimSpace(strings.TrimRight(h, "# "))); h != "" {
				paras = append(paras, h)
			}
			continue
		}
		if reListStart.MatchString(t) {
			if joined {
				flush()
			}
			t = "- " + reListStart.ReplaceAllString(t, "")
			cur = append(cur, cleanInline(t))
			continue
		}
		t = cleanInline(t)
		if t == "" {
			continue
		}
		if len(cur) > 0 && !joined {
			flush()
		}
		cur = append(cur, t)
		joined = true
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// checkText makes sure data is UTF-8 text and returns it without a byte order mark.
func checkText(path string, data []byte) (string, error) {
	if !utf8.Valid(data) {
		return "", badinput.New(badinput.Problem{File: path, Line: invalidUTF8Line(data), Rule: "not valid UTF-8 text (convert the file to UTF-8)"})
	}
	if n := nulLine(data); n > 0 {
		return "", badinput.New(badinput.Problem{File: path, Line: n, Rule: "NUL byte: binary data, not text"})
	}
	return strings.TrimPrefix(string(data), "\ufeff"), nil
}

func nulLine(data []byte) int {
	for i, b := range data {
		if b == 0 {
			return strings.Count(string(data[:i]), "\n") + 1
		}
	}
	return 0
}
